// The lobby's invite box: the host sees the invite link this browser saved when it created the room.

import { bindCopyButton } from '../copy.js';
import { isHost } from '../store.js';
import { remembered } from '../storage.js';

export function createInviteView({ box, input, copyButton, roomId }) {
  bindCopyButton(copyButton, input);
  return {
    render(state) {
      const link = isHost(state) ? remembered.invite(roomId) : null;
      box.hidden = !link;
      if (link && input.value !== link) input.value = link;
    },
  };
}
