// The prompt's clarifying questions with their answers, for the interviewer's side: the candidate gets a fact only
// by asking, and the interviewer can reveal it to the room with one click (it then joins the timeline).

import { h } from '../dom.js';
import { isInterviewer, roundOf, stageOf } from '../store.js';
import { factReveal } from '../protocol.js';

export function createClarificationsView({ send }) {
  const list = h('ul', { class: 'clarifications', attrs: { 'aria-label': 'Clarifying questions' } });
  const empty = h('p', { class: 'hint', text: 'This prompt has no prepared answers.' });
  const root = h('section', { class: 'clarifications-section', attrs: { 'aria-labelledby': 'clarifications-heading' } },
    h('h3', { class: 'panel-subheading', id: 'clarifications-heading', text: 'Clarifications' }),
    h('p', { class: 'hint', text: 'Answer when asked; reveal to share a fact with the room.' }),
    list, empty);
  const rows = new Map(); // id -> { li, key }

  function row(c, { acts, running, connected }) {
    return [
      h('p', { class: 'clarification-question', text: c.question }),
      h('p', { class: 'clarification-answer' }, h('span', { class: 'muted', text: '→ ' }), c.answer || ''),
      acts ? h('button', {
        class: 'button', type: 'button', dataset: { action: 'reveal' },
        disabled: c.revealed || !running || !connected,
        title: running ? '' : 'Facts can be revealed while the round runs',
        attrs: { 'aria-label': c.revealed ? `Revealed: ${c.question}` : `Reveal the answer to “${c.question}”` },
        text: c.revealed ? 'Revealed' : 'Reveal',
        onclick: () => send(factReveal(c.id)),
      }) : (c.revealed ? h('span', { class: 'tag', text: 'Revealed' }) : null),
    ];
  }

  return {
    root,
    render(state, { connected }) {
      const round = roundOf(state);
      const items = (round && round.clarifications) || [];
      const context = { acts: isInterviewer(state), running: stageOf(state) === 'running', connected };
      const seen = new Set();
      items.forEach((c, index) => {
        seen.add(c.id);
        let entry = rows.get(c.id);
        if (!entry) {
          entry = { li: h('li', { class: 'clarification', dataset: { clarificationId: c.id } }), key: null };
          rows.set(c.id, entry);
        }
        const key = JSON.stringify([c, context]);
        if (entry.key !== key) {
          const hadFocus = entry.li.contains(document.activeElement);
          entry.key = key;
          entry.li.dataset.revealed = String(Boolean(c.revealed));
          entry.li.replaceChildren(...row(c, context).filter(Boolean));
          if (hadFocus) {
            const question = entry.li.querySelector('.clarification-question');
            question.tabIndex = -1;
            question.focus();
          }
        }
        if (list.children[index] !== entry.li) list.insertBefore(entry.li, list.children[index] || null);
      });
      for (const [id, entry] of rows) {
        if (!seen.has(id)) {
          entry.li.remove();
          rows.delete(id);
        }
      }
      empty.hidden = items.length > 0;
    },
  };
}
