// Before the room: the name form, and the message shown when the room cannot be opened.

import { remembered } from '../storage.js';

export function createJoinView({ section, form, input, button, messageBox, messageTitle, messageText }) {
  return {
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

    /** A dead end the user must know about: no token, unknown room, refused link. */
    fail(title, text) {
      section.hidden = true;
      messageTitle.textContent = title;
      messageText.textContent = text;
      messageBox.hidden = false;
    },
  };
}
