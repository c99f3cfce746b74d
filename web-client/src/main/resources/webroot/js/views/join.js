// Before the room: what the link opens (room, host, seat), the name form, and the message shown when the room
// cannot be opened.

import { remembered } from '../storage.js';
import { h, setText } from '../dom.js';

/** The seat the invitee will take, and what it means for them. */
const SEATS = Object.freeze({
  interviewer: { label: 'Interviewer', hint: 'you ask the questions and play the twists' },
  candidate: { label: 'Candidate', hint: 'you design the system while the interviewer asks' },
  observer: { label: 'Observer', hint: 'you follow the round and can take a seat in a later one' },
});

/**
 * The name to enter with at once, or null to ask for one. A cohort member's personal link names its person (the
 * seat was reserved for them): they go straight in under that name, even in a browser that remembers another one.
 * A reload of a tab already in the room comes back under the remembered name.
 * @param opens         what the link check said the link opens (`name` for a personal link), or undefined
 * @param resumeSecret  this tab's secret for the room, if it was in already
 * @param rememberedName the name this browser remembers
 */
export function nameToJoinWith(opens, resumeSecret, rememberedName) {
  if (opens && opens.name) return opens.name;
  if (resumeSecret && rememberedName) return rememberedName;
  return null;
}

export function createJoinView({
  section, heading, preview, roomEl, hostEl, seatEl, form, input, button,
  messageBox, messageTitle, messageText, retryButton,
}) {
  return {
    /** Names the room, its host and the seat this link will take, above the name form. */
    preview({ title, host, seat }) {
      const known = SEATS[seat];
      setText(heading, title ? `Join “${title}”` : 'Join the room');
      setText(roomEl, title || 'Practice room');
      setText(hostEl, host || 'Not here yet');
      if (known) seatEl.replaceChildren(h('strong', { text: known.label }), ` — ${known.hint}`);
      else setText(seatEl, String(seat || ''));
      seatEl.dataset.seat = seat || '';
      preview.hidden = false;
    },

    /** Shows the name form prefilled with the remembered name; calls `onJoin(name)` on submit. */
    ask(onJoin) {
      section.hidden = false;
      input.value = remembered.name() || '';
      input.focus();
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const name = input.value.trim();
        if (!name) {
          input.focus();
          return;
        }
        remembered.setName(name);
        button.disabled = true;
        section.hidden = true;
        onJoin(name);
      });
    },

    hide() {
      section.hidden = true;
    },

    /**
     * A dead end the user must know about: no token, unknown room, refused link. "Try again" is offered only when
     * trying again could work (`retry`); a refused key or a full room would only be refused again.
     */
    fail(title, text, { retry = false } = {}) {
      section.hidden = true;
      messageTitle.textContent = title;
      messageText.textContent = text;
      retryButton.hidden = !retry;
      messageBox.hidden = false;
    },
  };
}
