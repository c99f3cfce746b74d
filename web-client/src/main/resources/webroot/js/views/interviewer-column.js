// The interviewer's column: the twist deck, the clarifications, the private notes and the scorecard. It is built
// only for the interviewer's side (store.seesInterviewerSide: the server sent this viewer the deck) and removed
// when that stops, so nobody else's page holds it at all, not even hidden (UI.md). The private notes are the
// interviewer's own: a shadowing observer gets the rest of the column without them.

import { h } from '../dom.js';
import { isInterviewer, seesInterviewerSide } from '../store.js';
import { createDeckView } from './deck.js';
import { createClarificationsView } from './clarifications.js';
import { createGuideView } from './guide.js';
import { createNotesPreview } from './notes-preview.js';

const JUMP_GAP_PX = 8; // between the pinned jump links and the heading brought up under them

/**
 * @param grid      the round grid (the column goes at its end)
 * @param notes     the notes sync (js/notes/sync.js), for the private notes
 * The scorecard is not built here: the page moves it between `scorecardSlot` and the feedback screen.
 */
export function createInterviewerColumn({ grid, notes, send, toasts }) {
  let column = null;
  let parts = null;

  function privateNotes() {
    const textarea = h('textarea', {
      id: 'notes-private',
      class: 'notes-text',
      spellcheck: true,
      dataset: { limit: 'maxNotesChars' },
      placeholder: 'What you notice: signals, follow-up questions, timings. Only you can read this.',
      attrs: {
        autocomplete: 'off', 'aria-labelledby': 'notes-private-heading', 'aria-describedby': 'notes-private-hint',
      },
    });
    const status = h('span', { id: 'notes-private-status', class: 'notes-status', dataset: { state: 'syncing' } });
    const section = h('section', { class: 'private-notes', attrs: { 'aria-labelledby': 'notes-private-heading' } },
      h('div', { class: 'notes-head' },
        h('h3', { class: 'panel-subheading', id: 'notes-private-heading', text: 'Private notes' }),
        status),
      textarea,
      h('p', { class: 'hint', id: 'notes-private-hint', text: 'Never shown to the candidate or observers.' }));
    createNotesPreview({ textarea, head: section.firstElementChild, label: 'Private notes', headingLevel: 4 });
    return { section, textarea, status };
  }

  /**
   * Deck · Facts · Private notes · Scorecard: buttons, not `#` links, because the page's fragment holds the room key
   * (a `#deck` link would replace it). Each scrolls its part to the top of the column and focuses its heading.
   */
  function jumpLinks(own) {
    const targets = [['Deck', 'deck-heading'], ['Facts', 'clarifications-heading'],
      ...(own ? [['Private notes', 'notes-private-heading']] : []), ['Scorecard', 'scorecard-heading']];
    const links = h('nav', { class: 'jump-links', attrs: { 'aria-label': 'Interviewer column' } },
      targets.map(([label, id]) => h('button', {
        type: 'button', class: 'jump-link', text: label, dataset: { target: id },
        onclick: () => {
          const heading = document.getElementById(id);
          if (!heading) return;
          heading.tabIndex = -1;
          if (column.contains(heading) && column.scrollHeight > column.clientHeight) {
            // Only the column moves: the notes beside it stay where the interviewer left them.
            const offset = heading.getBoundingClientRect().top - links.getBoundingClientRect().bottom - JUMP_GAP_PX;
            column.scrollTo({ top: column.scrollTop + offset, behavior: 'instant' });
          } else {
            heading.scrollIntoView({ block: 'start', behavior: 'instant' }); // e.g. the scorecard, moved to feedback
          }
          heading.focus({ preventScroll: true });
        },
      })));
    return links;
  }

  function build(state) {
    const deck = createDeckView({ send, toasts });
    const clarifications = createClarificationsView({ send });
    const guide = createGuideView({ send });
    const scorecardSlot = h('div', { class: 'scorecard-slot' });
    const own = isInterviewer(state) ? privateNotes() : null;
    column = h('aside', {
      id: 'interviewer-column',
      class: 'panel interviewer-panel',
      dataset: { pane: 'interviewer' },
      attrs: { 'aria-labelledby': 'interviewer-heading' },
    },
    h('h2', { class: 'panel-heading', id: 'interviewer-heading', text: 'Interviewer only' }),
    jumpLinks(Boolean(own)),
    isInterviewer(state) ? null : h('p', { class: 'hint', text: 'You are shadowing the interviewer: you see what they see.' }),
    guide.root,
    deck.root,
    clarifications.root,
    own ? own.section : null,
    scorecardSlot);
    grid.append(column);
    grid.classList.add('with-interviewer');
    if (own) notes.attach('private', { textarea: own.textarea, status: own.status });
    parts = { deck, clarifications, guide, scorecardSlot, ownNotes: Boolean(own) };
  }

  function remove() {
    if (parts.ownNotes) notes.detach('private');
    column.remove();
    column = null;
    parts = null;
    grid.classList.remove('with-interviewer');
  }

  return {
    render(state, { connected }) {
      const wanted = seesInterviewerSide(state);
      // A seat change (observer → interviewer) changes whether the private notes belong here: build afresh.
      if (column && (!wanted || parts.ownNotes !== isInterviewer(state))) remove();
      if (wanted && !column) build(state);
      if (!column) return;
      parts.deck.render(state, { connected });
      parts.clarifications.render(state, { connected });
      parts.guide.render(state, { connected });
    },
    /** Where the scorecard sits while the round runs; null while there is no column. */
    get scorecardSlot() {
      return parts ? parts.scorecardSlot : null;
    },
  };
}
