// The host's say over who is in the room: remove a person (after a confirmation) and reset the invite link. The
// server answers both with `invite`, the new link's token, which this browser keeps as the link to share.

import { inviteReset, participantRemove } from '../protocol.js';
import { isHost } from '../store.js';
import { remembered } from '../storage.js';

/** The invite link for a token, as the server's room links look (`/r/<id>#t=<token>`). */
export function inviteLink(origin, roomId, token) {
  return `${origin}/r/${encodeURIComponent(roomId)}#t=${token}`;
}

export function createHostAccess({ roomId, origin, send, confirm, tools, resetButton, toasts }) {
  resetButton.addEventListener('click', async () => {
    const yes = await confirm.ask({
      title: 'Reset the invite link?',
      body: 'The current invite link stops opening the room. People already here stay. You get a new link to share.',
      confirmLabel: 'Reset link',
    });
    if (yes) send(inviteReset());
  });
  return {
    /** Asks first; the row goes when the server's `participant.removed` arrives. */
    async remove(person) {
      const yes = await confirm.ask({
        title: `Remove ${person.name}?`,
        body: `${person.name} leaves the room now and cannot come back with their link: the invite link is reset `
          + 'too, and you get a new one to share with anyone still to come.',
        confirmLabel: 'Remove',
      });
      if (yes) send(participantRemove(person.id));
    },
    render(state) {
      tools.hidden = !isHost(state);
    },
    /** Takes the server's `invite` answer; false for any other message. */
    receive(message) {
      if (message.type !== 'invite') return false;
      remembered.setInvite(roomId, inviteLink(origin, roomId, message.token));
      toasts.show('The invite link was reset. Copy the new one under People.', 'info');
      return true;
    },
  };
}
