// The host's member order editor in a group room's lobby: the participants in the order rotations follow, each
// with move up / move down, and "Save order" sending `seats.set` with this round's seats and the new order. Like the
// phase plan, the list follows the room until the host moves someone, and the host's arrangement ends when the
// room's order equals it (the `seats.changed` of the save lists members in the new order) or a new round opens.

import { h, setText } from '../dom.js';
import { seatsSet } from '../protocol.js';
import { seatHolders } from '../store.js';
import { mergeOrder, moveMember } from '../rotation.js';

const MOVES = Object.freeze({ up: -1, down: 1 });

function sameOrder(a, b) {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function createMemberOrderEditor({ send }) {
  let draft = null; // null: the list shows the room's order; otherwise the host's arrangement of the same ids
  let roundNumber = null;
  let last = null; // the state last rendered, for moves between renders
  const rows = new Map(); // participant id -> { li, name, up, down }

  const list = h('ol', { class: 'member-order-list' });
  const status = h('p', { class: 'hint' });
  const save = h('button', { id: 'btn-save-order', class: 'button', type: 'submit', text: 'Save order' });
  const root = h('form', { id: 'member-order', class: 'member-order',
    attrs: { 'aria-labelledby': 'member-order-heading' } },
  h('h3', { class: 'panel-subheading', id: 'member-order-heading', text: 'Member order (host)' }),
  h('p', { class: 'hint', text: 'Each next round moves both seats one step down this list.' }),
  list, status,
  h('div', { class: 'actions' }, save));

  function row(id) {
    let r = rows.get(id);
    if (!r) {
      const name = h('span', { class: 'member-name' });
      const arrow = (action, text) => h('button', {
        type: 'button', class: 'button quiet icon-button', text, dataset: { action },
      });
      const up = arrow('up', '↑');
      const down = arrow('down', '↓');
      r = { li: h('li', { class: 'member-row', dataset: { memberId: id } }, name, up, down), name, up, down };
      rows.set(id, r);
    }
    return r;
  }

  function show(state, { connected }) {
    const people = new Map(state.room.participants.map((p) => [p.id, p]));
    const order = draft || [...people.keys()];
    order.forEach((id, index) => {
      const r = row(id);
      const name = people.get(id).name;
      setText(r.name, name);
      r.up.setAttribute('aria-label', `Move ${name} up`);
      r.down.setAttribute('aria-label', `Move ${name} down`);
      r.up.disabled = index === 0;
      r.down.disabled = index === order.length - 1;
      if (list.children[index] !== r.li) list.insertBefore(r.li, list.children[index] || null);
    });
    for (const [id, r] of rows) {
      if (!people.has(id)) {
        r.li.remove();
        rows.delete(id);
      }
    }
    const { interviewer, candidate } = seatHolders(state);
    const seated = Boolean(interviewer && candidate);
    save.disabled = !connected || !seated;
    setText(status, !seated ? 'Seat an interviewer and a candidate first.'
      : draft ? 'Not saved yet.' : 'This is the room’s order.');
  }

  list.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action]');
    if (!button || !last) return;
    const id = button.closest('li').dataset.memberId;
    const ids = last.state.room.participants.map((p) => p.id);
    const next = moveMember(draft || ids, id, MOVES[button.dataset.action]);
    draft = sameOrder(next, ids) ? null : next;
    show(last.state, last.options);
    // Moving the row took focus away; give it back, on the other arrow once this one reached the end.
    const r = rows.get(id);
    (button.disabled ? (button === r.up ? r.down : r.up) : button).focus();
  });
  root.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!last) return;
    const { interviewer, candidate } = seatHolders(last.state);
    const order = draft || last.state.room.participants.map((p) => p.id);
    send(seatsSet({ interviewer, candidate, order }));
  });

  return {
    root,
    render(state, options) {
      last = { state, options };
      const ids = state.room.participants.map((p) => p.id);
      const number = state.room.round ? state.room.round.number : null;
      if (number !== roundNumber) {
        roundNumber = number;
        draft = null;
      }
      if (draft) draft = mergeOrder(draft, ids);
      if (draft && sameOrder(draft, ids)) draft = null; // saved, or moved back to the room's order
      show(state, options);
    },
  };
}
