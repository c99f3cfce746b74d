// What the room's timer keys do (Alt+K, Alt+N, …; the key map itself is in shortcuts.js). Each action checks what
// the page would offer right now and does nothing (answers false) otherwise.

import { canControlTimer, stageOf } from './store.js';
import { timerAdjust, timerNext, timerPause, timerPrevious, timerResume } from './protocol.js';
import { timerStatus } from './time.js';

const MINUTE_MS = 60000;

/**
 * @param store       the room's store
 * @param send        sends a room command; answers whether it went out
 * @param startButton the Start button, pressed as a person would (it asks first when the candidate's seat is empty)
 * @param undo        undoes the last timer change, when the undo toast offers it
 * @param banner      the twist banner, dismissed by Esc
 */
export function createTimerShortcuts({ store, send, startButton, undo, banner }) {
  const running = () => {
    const state = store.get();
    return canControlTimer(state) && (stageOf(state) == null || stageOf(state) === 'running');
  };
  const started = () => running() && timerStatus(store.get().room.timer) !== 'idle';
  return {
    'toggle-timer': () => {
      const state = store.get();
      if (!state.room || !canControlTimer(state)) return false;
      const status = timerStatus(state.room.timer);
      const stageNow = stageOf(state);
      if (status === 'idle' && (stageNow == null || stageNow === 'lobby')) {
        startButton.click();
        return true;
      }
      if (!running()) return false;
      if (status === 'running') return send(timerPause());
      if (status === 'paused') return send(timerResume());
      return false;
    },
    'next-phase': () => started() && send(timerNext()),
    'previous-phase': () => started() && send(timerPrevious()),
    'add-minute': () => started() && send(timerAdjust(MINUTE_MS)),
    'remove-minute': () => started() && send(timerAdjust(-MINUTE_MS)),
    undo,
    dismiss: () => {
      if (!banner.shown) return false;
      banner.hide();
      return true;
    },
  };
}
