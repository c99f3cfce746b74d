// The board's rooms, one tile per room: title, stage, round, prompt, phase and time left, members with online
// dots and seats, twists played, last activity, warnings, and "Open as observer". Tiles are kept per room: a room's
// summary is redrawn only when the server sent a new one, the clock on every tick through setText (so a second that
// did not change touches nothing); tiles move only when the order really changed, and keep the focus when they do.

import { h, setText } from '../dom.js';
import {
  STAGES, WARNINGS, clockText, isStuck, phaseText, rooms as roomCount, sinceText, timeLeft, visibleRooms,
} from './board.js';

const SEAT_LABELS = Object.freeze({ interviewer: 'Interviewer', candidate: 'Candidate', observer: 'Observer' });

/** The room page's link that admits the organizer as observer and host of this room. */
export function observerLink(roomId, token) {
  return `/r/${encodeURIComponent(roomId)}#t=${encodeURIComponent(token)}`;
}

function tile(room, token) {
  const els = {
    title: h('h3', { class: 'board-room-title' }),
    stage: h('span', { class: 'tag stage-tag' }),
    round: h('span', { class: 'board-round muted' }),
    warnings: h('span', { class: 'board-warnings' }),
    prompt: h('p', { class: 'board-prompt muted' }),
    phase: h('span', { class: 'board-phase' }),
    clock: h('span', { class: 'board-clock', attrs: { 'aria-label': 'Time left' } }),
    members: h('ul', { class: 'board-members', attrs: { 'aria-label': 'Members' } }),
    twists: h('span', { class: 'board-twists' }),
    activity: h('span', { class: 'board-activity' }),
  };
  const open = h('a', {
    class: 'button board-open', href: observerLink(room.room, token), target: '_blank', rel: 'noopener',
    dataset: { room: room.room },
  }, 'Open as observer', h('span', { class: 'visually-hidden', text: ` (${room.title}, new tab)` }));
  const el = h('li', { class: 'board-room', dataset: { room: room.room } },
    // The spaces keep the words apart for screen readers; the flex layout ignores them.
    h('div', { class: 'board-room-head' }, els.title, ' ', els.stage, ' ', els.round, ' ', els.warnings),
    els.prompt,
    h('p', { class: 'board-timer' }, els.clock, ' ', els.phase),
    els.members,
    h('p', { class: 'board-meta muted' }, els.twists, h('span', { attrs: { 'aria-hidden': 'true' }, text: ' · ' }),
      els.activity),
    h('div', { class: 'board-room-actions' }, open));
  return { el, els, room: null };
}

function memberItem(member) {
  const online = Boolean(member.online);
  return h('li', { class: 'board-member', dataset: { online: String(online), seat: member.seat } },
    h('span', { class: 'dot', attrs: { 'aria-hidden': 'true' } }),
    h('span', { class: 'board-member-name', text: member.name }), ' ',
    h('span', { class: 'board-seat muted', text: SEAT_LABELS[member.seat] || member.seat }),
    h('span', { class: 'visually-hidden', text: online ? ', online' : ', offline' }));
}

/** What moves with the clock alone: time left, its phase, and "last activity". Redrawn on every tick. */
function fillClock(t, room, serverNow) {
  const { els } = t;
  // A clock only while it means something: the lobby's (the first phase, not started) and the round's. After
  // the round ends the room's timer stands still, and the stage says where the room is.
  const timed = room.stage === 'lobby' || room.stage === 'running';
  const left = timed ? timeLeft(room, serverNow) : null;
  setText(els.clock, timed ? clockText(room, serverNow) : '');
  els.clock.dataset.overtime = String(left != null && left < 0 && room.timer.state !== 'idle');
  els.clock.dataset.status = room.timer ? room.timer.state : 'none';
  setText(els.activity, `last activity ${sinceText(room.lastActivity, serverNow)}`);
}

/** Everything else, redrawn only when the server sent a new summary of the room (a new object). */
function fillSummary(t, room) {
  const { els } = t;
  setText(els.title, room.title || room.room);
  setText(els.stage, STAGES[room.stage] || room.stage || '');
  els.stage.dataset.stage = room.stage || '';
  setText(els.round, room.round ? `Round ${room.round}` : '');
  setText(els.prompt, room.prompt || '');
  els.prompt.hidden = !room.prompt;
  const timed = room.stage === 'lobby' || room.stage === 'running';
  setText(els.phase, timed ? [phaseText(room), room.timer && room.timer.state === 'paused' ? 'paused' : '']
    .filter(Boolean).join(' · ') : '');
  const twists = Number(room.twistsPlayed) || 0;
  setText(els.twists, `${twists} twist${twists === 1 ? '' : 's'} played`);
  els.members.replaceChildren(...(room.members || []).map(memberItem));
  const warnings = Array.isArray(room.warnings) ? room.warnings : [];
  els.warnings.replaceChildren(...warnings.map((w) => h('span', { class: 'tag warning-tag', dataset: { warning: w },
    text: WARNINGS[w] || w })));
  t.el.dataset.stage = room.stage || '';
  t.el.dataset.stuck = String(isStuck(room));
}

function fill(t, room, serverNow) {
  if (t.room !== room) {
    fillSummary(t, room);
    t.room = room;
  }
  fillClock(t, room, serverNow);
}

/**
 * @param list    the <ol> of tiles
 * @param empty   the message shown when the filter leaves no room
 * @param count   the one-line summary above the list
 */
export function createBoardView({ list, empty, count, token }) {
  const tiles = new Map(); // room id → tile
  let order = [];

  return {
    /** Draws the board at server time `serverNow`, filtered and sorted by `view` ({filter, sort}). */
    render(board, view, serverNow) {
      const shown = visibleRooms(board.rooms, view, serverNow);
      for (const room of shown) {
        if (!tiles.has(room.room)) tiles.set(room.room, tile(room, token));
        fill(tiles.get(room.room), room, serverNow);
      }
      const ids = shown.map((r) => r.room);
      if (ids.join('\n') !== order.join('\n')) {
        // Moving a node drops the focus from inside it: give it back, so a room changing place keeps the keyboard.
        const focused = list.contains(document.activeElement) ? document.activeElement : null;
        list.replaceChildren(...ids.map((id) => tiles.get(id).el));
        if (focused && focused.isConnected && document.activeElement !== focused) focused.focus();
        order = ids;
      }
      const all = board.rooms;
      const running = all.filter((r) => r.stage === 'running').length;
      const lobby = all.filter((r) => r.stage === 'lobby').length;
      const stuck = all.filter(isStuck).length;
      setText(count, [roomCount(all.length), `${running} running`, `${lobby} in the lobby`,
        `${stuck} need${stuck === 1 ? 's' : ''} a look`].join(' · '));
      empty.hidden = shown.length > 0;
    },
  };
}
