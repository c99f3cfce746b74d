// Who is in the room: name, seat, host badge, online dot. Rows are keyed by participant id and kept across
// renders, so a presence change touches one row instead of rebuilding the list (no flicker, focus stays put).

import { h } from '../dom.js';

const SEAT_LABELS = Object.freeze({ interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' });

/** The row's content; only what applies is in the DOM, so its text reads as it looks. */
function rowContent(p, isYou, onRemove) {
  return [
    // Presence is spoken from the dot's label, not from hidden text, so the row's visible text is just what it shows.
    h('span', { class: 'dot', attrs: { role: 'img', 'aria-label': p.online ? 'online' : 'offline' } }),
    h('span', { class: 'who' },
      h('span', { class: 'line' },
        h('span', { class: 'name', text: p.name }),
        isYou ? h('span', { class: 'you muted', text: ' (you)' }) : null),
      h('span', { class: 'line badges' },
        h('span', { class: 'seat', text: SEAT_LABELS[p.role] || p.role }),
        p.host ? h('span', { class: 'host tag accent', text: 'host' }) : null)),
    onRemove ? h('button', {
      class: 'button quiet remove-participant',
      type: 'button',
      text: 'Remove',
      attrs: { 'aria-label': `Remove ${p.name}` },
      onclick: () => onRemove(p),
    }) : null,
  ];
}

/**
 * @param onRemove         called with a participant when the host asks to remove them; the host sees a Remove
 *                         button on everyone who did not enter with the host link
 * @param focusAfterRemove where focus goes when the row holding it leaves the list
 */
export function createParticipantsView(list, { onRemove = null, focusAfterRemove = null } = {}) {
  const rows = new Map(); // id -> { li, key }
  return {
    render(state) {
      const people = state.room ? state.room.participants : [];
      const you = state.you ? state.you.participant : null;
      const hostHere = Boolean(onRemove && state.you && state.you.host);
      const seen = new Set();
      people.forEach((p, index) => {
        seen.add(p.id);
        const isYou = p.id === you;
        let row = rows.get(p.id);
        if (!row) {
          row = { li: h('li', { class: 'participant', dataset: { participantId: p.id } }), key: null };
          rows.set(p.id, row);
        }
        const removable = hostHere && !p.host && !isYou;
        const key = JSON.stringify([p.name, p.role, p.host, p.online, isYou, removable]);
        if (row.key !== key) {
          row.key = key;
          Object.assign(row.li.dataset, {
            online: String(Boolean(p.online)), seat: p.role, host: String(Boolean(p.host)), you: String(isYou),
          });
          row.li.replaceChildren(...rowContent(p, isYou, removable ? onRemove : null).filter(Boolean));
        }
        if (list.children[index] !== row.li) list.insertBefore(row.li, list.children[index] || null);
      });
      for (const [id, row] of rows) {
        if (!seen.has(id)) {
          const hadFocus = row.li.contains(document.activeElement);
          row.li.remove();
          if (hadFocus && focusAfterRemove) focusAfterRemove.focus();
          rows.delete(id);
        }
      }
    },
  };
}
