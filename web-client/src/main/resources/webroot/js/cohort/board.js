// The live board as data, pure: answers of GET /api/cohorts/<id> merged into one list of rooms, what counts as
// stuck, the orders and filters the organizer picks, and which rooms each action fits. The view renders this.

import { displaySeconds, formatClock, phaseName, remainingAt } from '../time.js';

/** Why a room needs the organizer, as the server names it, and how the board says it. */
export const WARNINGS = Object.freeze({
  'nobody-online': 'Nobody online',
  'candidate-missing': 'Candidate missing',
});

export const STAGES = Object.freeze({ lobby: 'Lobby', running: 'Running', feedback: 'Feedback', done: 'Done' });

/**
 * The board after one more answer. The room list is fixed when the cohort is created, so the first answer sets the
 * order; an answer with `since` carries only changed rooms, which replace their old selves in place.
 */
export function mergeBoard(board, answer) {
  const changed = new Map((answer.rooms || []).map((r) => [r.room, r]));
  const rooms = board ? board.rooms.map((r) => changed.get(r.room) || r) : [];
  const known = new Set(rooms.map((r) => r.room));
  for (const room of answer.rooms || []) if (!known.has(room.room)) rooms.push(room);
  return { cohort: answer.cohort, title: answer.title, serverTime: answer.serverTime, rooms };
}

/** A room that needs a look: the server warned about it (nobody online, the candidate's seat empty). */
export function isStuck(room) {
  return Array.isArray(room.warnings) && room.warnings.length > 0;
}

/** Time left on the room's timer at server time `serverNow`, in ms (negative is overtime); null with no timer. */
export function timeLeft(room, serverNow) {
  return room.timer ? remainingAt(room.timer, serverNow) : null;
}

/** The timer as the room shows it (`12:34`, overtime `+02:10`), or '' without a timer. */
export function clockText(room, serverNow) {
  const left = timeLeft(room, serverNow);
  return left == null ? '' : formatClock(displaySeconds(left));
}

/** The phase's name, or '' for a room whose timer has no plan. */
export function phaseText(room) {
  return phaseName(room.timer) || '';
}

/** "just now", "4 min ago", "2 h ago": how long since anything happened in the room. */
export function sinceText(lastActivity, serverNow) {
  if (!Number.isFinite(lastActivity)) return '—';
  const seconds = Math.max(0, Math.floor((serverNow - lastActivity) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.floor(minutes / 60)} h ago`;
}

export const FILTERS = Object.freeze({
  all: () => true,
  stuck: isStuck,
  running: (r) => r.stage === 'running',
  lobby: (r) => r.stage === 'lobby',
  done: (r) => r.stage === 'feedback' || r.stage === 'done',
});

const byTitle = (a, b) => String(a.title).localeCompare(String(b.title), undefined, { numeric: true });

/** Time left in a running round, or Infinity for a room whose clock is not counting a round. */
function runningLeft(room, serverNow) {
  return room.stage === 'running' && room.timer && room.timer.state !== 'idle' ? timeLeft(room, serverNow) : Infinity;
}

/** Orders: stuck rooms first (the default), by title, or by time left (least first; rooms not running last). */
export const SORTS = Object.freeze({
  stuck: () => (a, b) => Number(isStuck(b)) - Number(isStuck(a)) || byTitle(a, b),
  title: () => byTitle,
  time: (serverNow) => (a, b) => {
    const ta = runningLeft(a, serverNow);
    const tb = runningLeft(b, serverNow);
    return ta === tb ? byTitle(a, b) : ta < tb ? -1 : 1;
  },
});

/** The rooms to show, filtered and sorted; unknown names fall back to all rooms, stuck first. */
export function visibleRooms(rooms, { filter = 'all', sort = 'stuck' } = {}, serverNow = 0) {
  const keep = FILTERS[filter] || FILTERS.all;
  const order = (SORTS[sort] || SORTS.stuck)(serverNow);
  return rooms.filter(keep).sort(order);
}

/** Whether an action fits a room, by its stage and timer, as the server decides (it still has the last word). */
export const FITS = Object.freeze({
  start: (r) => r.stage === 'lobby',
  pause: (r) => r.stage === 'running' && Boolean(r.timer) && r.timer.state === 'running',
  resume: (r) => r.stage === 'running' && Boolean(r.timer) && r.timer.state === 'paused',
  end: (r) => r.stage === 'running' || r.stage === 'feedback', // in feedback, End closes the round
  'next-round': (r) => r.stage === 'done',
  broadcast: () => true,
});

/** "1 room", "3 rooms". */
export function rooms(n) {
  return `${n} room${n === 1 ? '' : 's'}`;
}

/**
 * Whether any round of the cohort has finished, so the reports' zip holds something: a room whose round is done,
 * or one already past its first round (each room's earlier rounds finished before the next began).
 */
export function hasFinishedRounds(rooms) {
  return rooms.some((r) => r.stage === 'done' || (Number(r.round) || 0) > 1);
}
