// The round's timeline: played twists (⚡), revealed facts (?), seat moves in the lobby (⇄) and the cohort
// organizer's broadcasts (✉), each at the round's running time and phase.
// Entries only ever join at the end, so existing rows are kept and new ones appended: nothing above moves.

import { h, setText } from '../dom.js';
import { roundOf } from '../store.js';
import { formatElapsed } from '../time.js';

const ICONS = Object.freeze({ twist: '⚡', fact: '?', seats: '⇄', broadcast: '✉' });
const KIND_LABELS = Object.freeze({ twist: 'Twist', fact: 'Fact', seats: 'Seats', broadcast: 'Broadcast' });

function entryRow(entry) {
  return h('li', { class: 'timeline-entry', dataset: { kind: entry.kind, ref: entry.ref } },
    h('span', { class: 'timeline-time', text: formatElapsed(entry.elapsedMs) }),
    h('span', { class: 'timeline-icon', attrs: { 'aria-hidden': 'true' }, text: ICONS[entry.kind] || '•' }),
    h('div', { class: 'timeline-body' },
      h('span', { class: 'timeline-title' },
        h('span', { class: 'visually-hidden', text: `${KIND_LABELS[entry.kind] || entry.kind}: ` }), entry.title || ''),
      entry.phase ? h('span', { class: 'timeline-phase muted', text: entry.phase }) : null,
      h('p', { class: 'timeline-text', text: entry.text || '' })));
}

export function createTimelineView({ list, empty }) {
  let shown = []; // entries drawn, in order; replaced wholesale when the round changes under them

  return {
    render(state) {
      const round = roundOf(state);
      const entries = round && Array.isArray(round.timeline) ? round.timeline : [];
      const keyOf = (e) => `${e.kind}:${e.ref}`;
      const prefix = shown.length <= entries.length && shown.every((e, i) => keyOf(e) === keyOf(entries[i]));
      if (!prefix) list.replaceChildren();
      for (const entry of entries.slice(prefix ? shown.length : 0)) list.append(entryRow(entry));
      shown = entries;
      empty.hidden = entries.length > 0;
      setText(empty, round ? 'Twists played, facts revealed and seat changes appear here, with when they happened.' : '');
    },
  };
}
