// Who changed the shared timer, in words, and the command that takes the change back: the undo toast that follows
// every pause, resume, phase move and minute added or removed by a person (keys and buttons alike), so a change
// nobody meant is seen by everyone and undone in one press. Pure: the page shows the notice (js/room.js).

import { timerAdjust, timerNext, timerPause, timerPrevious, timerResume } from './protocol.js';

/** `1 minute`, `2 minutes`. */
function minutesText(ms) {
  const n = Math.round(Math.abs(ms) / 60000);
  return `${n} minute${n === 1 ? '' : 's'}`;
}

/**
 * The notice for one `timer.changed` event, or null when it is not a person's undoable change (started, reset,
 * planned, the server advancing by itself, the round stopping).
 * @param before the timer before the event (null when unknown: then a phase move or an adjustment cannot be undone)
 * @param event  the `timer.changed` event
 * @param who    the name to show: "you" for this viewer's own change
 * @returns `{text, undo}`: the sentence ("Phase skipped by Ada") and the inverse command to send
 */
export function timerChangeNotice(before, event, who) {
  if (!event || event.kind !== 'timer.changed' || !event.timer) return null;
  const after = event.timer;
  switch (event.change) {
    case 'paused':
      return { text: `Timer paused by ${who}`, undo: timerResume() };
    case 'resumed':
      return { text: `Timer resumed by ${who}`, undo: timerPause() };
    case 'phase': {
      if (!before || before.phase === after.phase) return null;
      return after.phase > before.phase
        ? { text: `Phase skipped by ${who}`, undo: timerPrevious() }
        : { text: `Back to the previous phase by ${who}`, undo: timerNext() };
    }
    case 'adjusted': {
      const delta = before ? (after.durationMs || 0) - (before.durationMs || 0) : 0;
      if (delta === 0) return null;
      return delta > 0
        ? { text: `${minutesText(delta)} added by ${who}`.replace(/^./, (c) => c.toUpperCase()), undo: timerAdjust(-delta) }
        : { text: `${minutesText(delta)} removed by ${who}`.replace(/^./, (c) => c.toUpperCase()), undo: timerAdjust(-delta) };
    }
    default:
      return null;
  }
}
