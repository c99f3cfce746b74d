// Earlier rounds of this room, each with its report: a study group downloads them all at the end.

import { h } from '../dom.js';
import { nameOf } from '../store.js';

export function createPastRoundsView({ panel, list, reports }) {
  let key = null;
  return {
    render(state) {
      const rounds = (state.room && Array.isArray(state.room.rounds)) ? state.room.rounds : [];
      panel.hidden = rounds.length === 0;
      const next = JSON.stringify([rounds, state.room.participants.map((p) => [p.id, p.name])]);
      if (next === key) return;
      key = next;
      list.replaceChildren(...rounds.map((r) => {
        const button = h('button', { class: 'button quiet', type: 'button', dataset: { round: String(r.number) },
          text: 'Report', attrs: { 'aria-label': `Download the report of round ${r.number}` } });
        button.addEventListener('click', () => reports.download(r.number, button));
        const who = r.interviewer && r.candidate
          ? `${nameOf(state, r.interviewer)} → ${nameOf(state, r.candidate)}` : '';
        return h('li', { class: 'past-round' },
          h('div', { class: 'past-round-text' },
            h('span', { class: 'past-round-title', text: `Round ${r.number} · ${r.title || 'Untitled'}` }),
            who ? h('span', { class: 'muted', text: who }) : null),
          button);
      }));
    },
  };
}
