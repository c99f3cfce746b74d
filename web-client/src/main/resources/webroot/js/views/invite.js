// Inviting, for the host: the invite link this browser saved when it created the room, in the people panel's
// invite box and as a "Copy invite link" button in the lobby, beside the seat still waiting for someone.

import { bindCopyButton } from '../copy.js';
import { h } from '../dom.js';
import { isHost } from '../store.js';
import { remembered } from '../storage.js';

/** The link to hand out, for the host of a room this browser created; null for everyone else. */
function inviteFor(state, roomId) {
  return isHost(state) ? remembered.invite(roomId) : null;
}

export function createInviteView({ box, input, copyButton, roomId }) {
  bindCopyButton(copyButton, input);
  return {
    render(state) {
      const link = inviteFor(state, roomId);
      box.hidden = !link;
      if (link && input.value !== link) input.value = link;
    },
  };
}

/**
 * The lobby's invite button. Built once and kept, so its "Copied" confirmation and focus survive renders; the
 * link is read at the moment of the click.
 */
export function createLobbyInvite({ roomId }) {
  let link = null;
  const button = h('button', { id: 'btn-copy-invite', class: 'button', type: 'button', text: 'Copy invite link' });
  const root = h('p', { class: 'lobby-invite', hidden: true }, button,
    h('span', { class: 'hint', text: 'Send it to your partner: the first to open it takes the free seat.' }));
  bindCopyButton(button, () => link);
  return {
    root,
    render(state) {
      link = inviteFor(state, roomId);
      root.hidden = !link;
    },
  };
}
