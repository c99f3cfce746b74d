// Who changed the shared timer, shown to everyone as a toast ("Phase skipped by Ada"), with Undo for whoever may
// control the timer (js/timer-undo.js says which command takes each change back). The latest notice replaces an
// older one; Undo applies only while the timer is still as that change left it.

import { canControlTimer, nameOf, stageOf } from '../store.js';
import { timerChangeNotice } from '../timer-undo.js';

const UNDO_MS = 10000; // how long a notice, and its Undo, stays

/** @param send sends a room command (false when it could not go out) */
export function createTimerNotices({ toasts, send, getState }) {
  let before = null; // the timer before the change being looked at
  let last = null; // {toast, command, timer}

  function undo() {
    const state = getState();
    if (!last || !last.toast.shown || !state.room || state.room.timer !== last.timer) return false;
    if (!canControlTimer(state)) return false; // Alt+Z from someone who only watches the timer
    last.toast.remove();
    return send(last.command);
  }

  return {
    undo,
    /** After each store change. */
    onStore(state, change) {
      const timerBefore = before;
      before = state.room ? state.room.timer : null;
      if (change.type !== 'event' || change.event.kind !== 'timer.changed' || !state.room) return;
      const event = change.event;
      const mine = Boolean(state.you) && event.by === state.you.participant;
      const notice = timerChangeNotice(timerBefore, event, mine ? 'you' : nameOf(state, event.by));
      if (!notice) return;
      if (last) last.toast.remove();
      const stage = stageOf(state);
      const undoable = canControlTimer(state) && stage !== 'feedback' && stage !== 'done';
      const toast = toasts.show(notice.text, 'info', {
        ms: UNDO_MS,
        action: undoable ? { label: 'Undo', ariaLabel: `Undo: ${notice.text}`, run: undo } : null,
      });
      last = { toast, command: notice.undo, timer: state.room.timer };
    },
  };
}
