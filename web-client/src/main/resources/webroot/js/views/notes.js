// The notes panels: the shared notes in the middle column (read-only for observers), and for the interviewer a
// right-hand column with their private notes. That column is built only for the interviewer and removed when the
// seat changes, so nobody else's page holds it at all, not even hidden (UI.md).

import { h, setText } from '../dom.js';
import { me } from '../store.js';

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

/**
 * @param grid   the round grid (the column goes at its end)
 * @param shared `{textarea, status, layer, readOnlyTag, hint}` of the shared notes panel
 * @param notes  the notes sync (js/notes/sync.js)
 */
export function createNotesView({ grid, shared, notes }) {
  let column = null;

  function showInterviewerColumn() {
    const textarea = h('textarea', {
      id: 'notes-private',
      class: 'notes-text',
      spellcheck: true,
      maxLength: 100000,
      placeholder: 'What you notice: signals, follow-up questions, timings. Only you can read this.',
      attrs: {
        autocomplete: 'off', 'aria-labelledby': 'notes-private-heading', 'aria-describedby': 'notes-private-hint',
      },
    });
    const status = h('span', { id: 'notes-private-status', class: 'notes-status', dataset: { state: 'syncing' } });
    column = h('aside', { class: 'panel interviewer-panel', attrs: { 'aria-labelledby': 'interviewer-heading' } },
      h('h2', { class: 'panel-heading', id: 'interviewer-heading', text: 'Interviewer only' }),
      h('section', { class: 'private-notes', attrs: { 'aria-labelledby': 'notes-private-heading' } },
        h('div', { class: 'notes-head' },
          h('h3', { class: 'panel-subheading', id: 'notes-private-heading', text: 'Private notes' }),
          status),
        textarea,
        h('p', { class: 'hint', id: 'notes-private-hint', text: 'Never shown to the candidate or observers.' })));
    grid.append(column);
    grid.classList.add('with-interviewer');
    notes.attach('private', { textarea, status });
  }

  function removeInterviewerColumn() {
    notes.detach('private');
    column.remove();
    column = null;
    grid.classList.remove('with-interviewer');
  }

  return {
    render(state) {
      const self = me(state);
      const role = self ? self.role : null;
      const editable = WRITERS.has(role);
      if (shared.textarea.readOnly === editable) shared.textarea.readOnly = !editable;
      shared.readOnlyTag.hidden = editable;
      setText(shared.hint, editable
        ? 'Markdown. Everyone in the room sees what you type as you type it.'
        : 'The interviewer and the candidate write here; you follow along.');
      notes.attach('shared', { textarea: shared.textarea, status: shared.status, layer: shared.layer });
      notes.setEditable('shared', editable);

      const interviewer = role === 'interviewer';
      if (interviewer && !column) showInterviewerColumn();
      else if (!interviewer && column) removeInterviewerColumn();
    },
  };
}
