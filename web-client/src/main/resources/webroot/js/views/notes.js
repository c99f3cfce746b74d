// The shared notes panel in the middle column, and the sync state shown beside each notes editor.

import { setText } from '../dom.js';
import { canStateAssumptions, me, stageOf } from '../store.js';
import { createNotesPreview } from './notes-preview.js';

const STATUS_LABELS = Object.freeze({
  saved: 'Saved ✓',
  syncing: 'Syncing…',
  offline: 'Offline — edits kept',
});

/** Writes a document's sync state into its indicator, touching the DOM only when it changed. */
export function showSyncStatus(el, state) {
  if (el.dataset.state !== state) el.dataset.state = state;
  setText(el, STATUS_LABELS[state] || state);
}

const WRITERS = new Set(['interviewer', 'candidate']);

const HINTS = Object.freeze({
  writer: 'Markdown. Everyone in the room sees what you type as you type it.',
  reader: 'The interviewer and the candidate write here; you follow along.',
  closed: 'This round is closed: its report keeps these notes. The next round starts on a clean page.',
});

/** Said under the notes while Alt+A can state an assumption (js/views/assumptions.js). */
const ALT_A_HINT = 'Alt+A adds the line you are on (or the selected text) to the assumptions.';

/**
 * The shared notes panel: read-only for observers, and for everyone once the round is closed (its report keeps the
 * notes as they were and the server refuses edits; the sync state is hidden, as nothing more will be saved). The
 * interviewer's private notes live in the interviewer's column (js/views/interviewer-column.js).
 *
 * @param shared `{textarea, status, layer, readOnlyTag, hint}` of the shared notes panel
 * @param notes  the notes sync (js/notes/sync.js)
 */
export function createNotesView({ shared, notes }) {
  createNotesPreview({
    textarea: shared.textarea, head: shared.status.parentElement, label: 'Shared notes', headingLevel: 3,
  });
  return {
    render(state) {
      const self = me(state);
      const role = self ? self.role : null;
      const closed = stageOf(state) === 'done';
      const editable = WRITERS.has(role) && !closed;
      if (shared.textarea.readOnly === editable) shared.textarea.readOnly = !editable;
      shared.readOnlyTag.hidden = editable;
      setText(shared.readOnlyTag, closed ? 'Read only · round closed' : 'Read only');
      shared.status.hidden = closed;
      const hint = HINTS[closed ? 'closed' : editable ? 'writer' : 'reader'];
      setText(shared.hint, canStateAssumptions(state) ? `${hint} ${ALT_A_HINT}` : hint);
      notes.attach('shared', { textarea: shared.textarea, status: shared.status, layer: shared.layer });
      notes.setEditable('shared', editable);
    },
  };
}
