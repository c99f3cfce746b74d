// Who is in the room: name, seat, host badge, online dot. Rows are keyed by participant id and updated in
// place, so a presence change does not rebuild the list (no flicker, focus and layout stay put).

import { h, setText } from '../dom.js';

const SEAT_LABELS = Object.freeze({ interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' });

function createRow(id) {
  const li = h('li', { class: 'participant', dataset: { participantId: id } });
  li.append(
    h('span', { class: 'dot', attrs: { 'aria-hidden': 'true' } }),
    h('span', { class: 'who' },
      h('span', { class: 'name' }),
      h('span', { class: 'you muted', text: ' (you)' }),
      h('span', { class: 'visually-hidden presence' })),
    h('span', { class: 'badges' },
      h('span', { class: 'seat tag' }),
      h('span', { class: 'host tag accent', text: 'host' })),
  );
  return li;
}

function updateRow(li, p, isYou) {
  li.dataset.online = String(Boolean(p.online));
  li.dataset.seat = p.role;
  li.dataset.host = String(Boolean(p.host));
  li.dataset.you = String(isYou);
  setText(li.querySelector('.name'), p.name);
  li.querySelector('.you').hidden = !isYou;
  setText(li.querySelector('.presence'), p.online ? ', online' : ', offline');
  setText(li.querySelector('.seat'), SEAT_LABELS[p.role] || p.role);
  li.querySelector('.host').hidden = !p.host;
}

export function createParticipantsView(list) {
  const rows = new Map();
  return {
    render(state) {
      const people = state.room ? state.room.participants : [];
      const you = state.you ? state.you.participant : null;
      const seen = new Set();
      people.forEach((p, index) => {
        seen.add(p.id);
        let li = rows.get(p.id);
        if (!li) {
          li = createRow(p.id);
          rows.set(p.id, li);
        }
        updateRow(li, p, p.id === you);
        if (list.children[index] !== li) list.insertBefore(li, list.children[index] || null);
      });
      for (const [id, li] of rows) {
        if (!seen.has(id)) {
          li.remove();
          rows.delete(id);
        }
      }
    },
  };
}
