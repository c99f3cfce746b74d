// The shared timer: the largest number on the page, drawn from server time so every screen flips the second
// together, plus the controls that apply right now for the host or the interviewer.

import { displaySeconds, formatClock, remainingAt, timerStatus } from '../time.js';
import { canControlTimer } from '../store.js';
import { setText } from '../dom.js';
import { timerPause, timerReset, timerResume, timerStart } from '../protocol.js';

// Short enough that two screens flip within a frame or two of each other, long enough to cost nothing.
const TICK_MS = 125;

const PHASE_LABELS = Object.freeze({
  idle: 'Not started',
  running: 'Running',
  paused: 'Paused',
  overtime: 'Overtime',
});

export function createTimerView({ block, display, phase, buttons, serverNow, send, announce }) {
  let state = null;
  let wasOvertime = null;

  buttons.start.addEventListener('click', () => send(timerStart()));
  buttons.pause.addEventListener('click', () => send(timerPause()));
  buttons.resume.addEventListener('click', () => send(timerResume()));
  buttons.reset.addEventListener('click', () => send(timerReset()));

  function tick() {
    const timer = state && state.room ? state.room.timer : null;
    if (!timer) return;
    const seconds = displaySeconds(remainingAt(timer, serverNow()));
    const text = formatClock(seconds);
    const overtime = seconds < 0;
    if (display.dataset.seconds !== String(seconds) || display.textContent !== text) {
      display.textContent = text;
      display.dataset.seconds = String(seconds);
      display.classList.toggle('overtime', overtime);
      display.setAttribute('aria-label', overtime ? `Overtime ${text.slice(1)}` : `Time left ${text}`);
    }
    const status = timerStatus(timer);
    const shown = overtime && status === 'running' ? 'overtime' : status;
    if (phase.dataset.status !== shown) phase.dataset.status = shown;
    setText(phase, PHASE_LABELS[shown] || shown);
    // Announce the moment time runs out once, not every second after it.
    if (overtime && wasOvertime === false && status === 'running') {
      announce('Time is up. The timer is in overtime.');
    }
    wasOvertime = overtime;
  }

  setInterval(tick, TICK_MS);

  return {
    render(next, { connected }) {
      state = next;
      const timer = state.room ? state.room.timer : null;
      block.hidden = !timer;
      if (!timer) return;
      const status = timerStatus(timer);
      display.dataset.status = status;
      const controls = canControlTimer(state);
      buttons.start.hidden = !controls || status !== 'idle';
      buttons.pause.hidden = !controls || status !== 'running';
      buttons.resume.hidden = !controls || status !== 'paused';
      buttons.reset.hidden = !controls || status === 'idle';
      for (const b of Object.values(buttons)) b.disabled = !connected;
      tick();
    },
  };
}
