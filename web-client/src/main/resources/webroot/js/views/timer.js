// The shared timer: the largest number on the page, drawn from server time so every screen flips the second
// together; the phase bar under way; and the controls that apply right now for the host or the interviewer.

import {
  displaySeconds, elapsedAt, formatClock, minutes, phaseName, phaseSegments, shownRemainingAt, timerStatus,
} from '../time.js';
import { canControlTimer, seatHolders, stageOf } from '../store.js';
import { h, setText } from '../dom.js';
import {
  roundEnd, timerAdjust, timerNext, timerPause, timerPrevious, timerReset, timerResume, timerStart,
} from '../protocol.js';

// Short enough that two screens flip within a frame or two of each other, long enough to cost nothing.
const TICK_MS = 125;
const MINUTE_MS = 60000;
const PHASE_FLASH_MS = 4000; // how long a new phase's name stays highlighted

const STATUS_LABELS = Object.freeze({
  idle: 'Not started',
  running: 'Running',
  paused: 'Paused',
  overtime: 'Overtime',
  stopped: 'Stopped',
});

/**
 * @param els      the header's timer elements: block, display, phaseName, status, bar, and the control buttons
 * @param announce screen-reader news (the phase change; the moment time runs out)
 */
export function createTimerView({ els, serverNow, send, announce }) {
  const { block, display, phaseName: nameEl, status: statusEl, bar, buttons } = els;
  let state = null;
  let wasOvertime = null;
  let shownPhase = null; // `${round}:${phase}` last drawn, to notice a phase change
  let barKey = null;
  let flashTimer = null;

  buttons.start.addEventListener('click', () => {
    // A round started with nobody in the candidate's seat is rarely meant: ask once.
    const empty = stageOf(state) === 'lobby' && !seatHolders(state).candidate;
    if (empty && !window.confirm('Nobody is in the candidate’s seat yet. Start the round anyway?')) return;
    send(timerStart());
  });
  buttons.pause.addEventListener('click', () => send(timerPause()));
  buttons.resume.addEventListener('click', () => send(timerResume()));
  buttons.previous.addEventListener('click', () => send(timerPrevious()));
  buttons.next.addEventListener('click', () => send(timerNext()));
  buttons.minus.addEventListener('click', () => send(timerAdjust(-MINUTE_MS)));
  buttons.plus.addEventListener('click', () => send(timerAdjust(MINUTE_MS)));
  buttons.reset.addEventListener('click', () => send(timerReset()));
  buttons.end.addEventListener('click', () => {
    // Ending a round cannot be undone (scheduled twists never fire after it): ask once.
    if (window.confirm('End the round now and open feedback?')) send(roundEnd());
  });

  /** Over once the round ended: its timer is history, not something that counts. */
  function stopped() {
    const stage = stageOf(state);
    return stage === 'feedback' || stage === 'done';
  }

  /** A finished round's clock says so and how long the round ran, never a time left. */
  function tickStopped(timer) {
    const ran = minutes(elapsedAt(timer, serverNow()));
    setText(display, 'Round over');
    display.dataset.seconds = '0';
    display.classList.remove('overtime');
    display.setAttribute('aria-label', `Round over · ${ran} min`);
    if (statusEl.dataset.status !== 'stopped') statusEl.dataset.status = 'stopped';
    setText(statusEl, `${ran} min`);
    wasOvertime = null;
  }

  function tick() {
    const timer = state && state.room ? state.room.timer : null;
    if (!timer) return;
    if (stopped()) {
      tickStopped(timer);
      return;
    }
    const seconds = displaySeconds(shownRemainingAt(timer, state.room.settings, serverNow()));
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
    if (statusEl.dataset.status !== shown) statusEl.dataset.status = shown;
    setText(statusEl, shown === 'overtime' ? 'Overtime — move on' : STATUS_LABELS[shown] || shown);
    // Announce the moment time runs out once, not every second after it.
    if (overtime && wasOvertime === false && status === 'running') {
      announce(`Time is up for ${phaseName(timer) || 'this phase'}. The timer is in overtime.`);
    }
    wasOvertime = overtime;
  }

  /** One segment per phase, widths by planned length; rebuilt only when the plan or the current phase changes. */
  function drawBar(timer) {
    const segments = phaseSegments(timer);
    const key = JSON.stringify(segments.map((s) => [s.name, s.durationMs, s.status]));
    if (key === barKey) return;
    barKey = key;
    bar.hidden = segments.length === 0;
    bar.replaceChildren(...segments.map((s, i) => h('li', {
      class: 'phase-segment',
      dataset: { status: s.status },
      style: `flex-grow: ${Math.max(s.share, 0.02)}`,
      title: `${s.name} · ${minutes(s.durationMs)} min`,
      attrs: s.status === 'current' ? { 'aria-current': 'step' } : {},
    }, h('span', { class: 'visually-hidden', text: `Phase ${i + 1}: ${s.name}, ${minutes(s.durationMs)} minutes` }))));
  }

  /** A new phase is said once and lit up for a moment; the first draw after loading is not a change. */
  function showPhase(timer) {
    const name = phaseName(timer);
    setText(nameEl, name || '');
    const round = state.room.round ? state.room.round.number : 0;
    const key = name == null ? null : `${round}:${timer.phase}`;
    if (shownPhase !== null && key !== null && key !== shownPhase && timerStatus(timer) !== 'idle') {
      const count = (timer.phases || []).length;
      announce(`Phase ${timer.phase + 1} of ${count}: ${name}.`);
      nameEl.dataset.changed = 'true';
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        nameEl.dataset.changed = 'false';
      }, PHASE_FLASH_MS);
    }
    shownPhase = key;
  }

  setInterval(tick, TICK_MS);

  return {
    render(next, { connected }) {
      state = next;
      const timer = state.room ? state.room.timer : null;
      block.hidden = !timer;
      if (!timer) return;
      const status = timerStatus(timer);
      const stage = stageOf(state);
      display.dataset.status = stopped() ? 'stopped' : status;
      drawBar(timer);
      showPhase(timer);

      const controls = canControlTimer(state);
      // Without rounds (an older server) the timer is all there is; with them, only a running round is timed.
      const live = stage == null || stage === 'running';
      const phases = (timer.phases || []).length;
      const started = status !== 'idle';
      buttons.start.hidden = !controls || status !== 'idle' || !(stage == null || stage === 'lobby');
      setText(buttons.start, stage === 'lobby' ? 'Start round' : 'Start');
      buttons.pause.hidden = !controls || !live || status !== 'running';
      buttons.resume.hidden = !controls || !live || status !== 'paused';
      buttons.previous.hidden = !controls || !live || !started || phases === 0;
      buttons.next.hidden = !controls || !live || !started || phases === 0;
      buttons.previous.disabled = timer.phase <= 0;
      buttons.next.disabled = timer.phase >= phases - 1;
      buttons.minus.hidden = !controls || !live || !started;
      buttons.plus.hidden = !controls || !live || !started;
      buttons.reset.hidden = !controls || stage != null || status === 'idle';
      buttons.end.hidden = !controls || stage !== 'running';
      for (const b of Object.values(buttons)) {
        if (!connected) b.disabled = true;
        else if (b !== buttons.previous && b !== buttons.next) b.disabled = false;
      }
      tick();
    },
  };
}
