// Alt+A in the shared notes (issue 15): the line under the caret, or the selection, becomes an assumption.

import { canStateAssumptions } from '../store.js';
import { limitOf } from '../limits.js';
import { assumptionFromNotes } from '../assumptions.js';
import { notesShortcutFor } from '../shortcuts.js';

/** Listens on {@code textarea}; {@code add(text)} sends it (the log and the live region say it once the room has it). */
export function bindAssumptionShortcut({ textarea, store, toasts, announce, add }) {
  textarea.addEventListener('keydown', (event) => {
    if (notesShortcutFor(event) !== 'add-assumption') return;
    event.preventDefault(); // Option+A would type "å" on a Mac
    const state = store.get();
    if (!canStateAssumptions(state)) {
      toasts.show('Assumptions can be stated by the candidate and the interviewer while the round runs.', 'info');
      return;
    }
    const text = assumptionFromNotes(textarea.value, textarea.selectionStart, textarea.selectionEnd);
    if (!text) {
      announce('This line is empty: nothing to add as an assumption.');
      return;
    }
    const max = limitOf(state.limits, 'maxCardChars');
    if (text.length > max) {
      toasts.show(`That is too long for an assumption (at most ${max} characters). Select a shorter part.`, 'error');
      return;
    }
    add(text);
  });
}
