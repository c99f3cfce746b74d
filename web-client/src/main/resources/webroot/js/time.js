// Timer arithmetic, kept pure so every view computes the same second from the same inputs.

/** Milliseconds left at server time `serverNow`; negative is overtime (protocol README, "The timer"). */
export function remainingAt(timer, serverNow) {
  if (!timer) return 0;
  return timer.state === 'running' ? timer.remainingMs - (serverNow - timer.since) : timer.remainingMs;
}

/**
 * What the screen shows as left: as `remainingAt`, except that a phase the server is about to move past by itself
 * (auto-advance on, another phase after it) reads 00:00 rather than flashing into overtime until the move arrives.
 */
export function shownRemainingAt(timer, settings, serverNow) {
  const remaining = remainingAt(timer, serverNow);
  const advancing = Boolean(settings && settings.autoAdvance) && timer && timer.state === 'running'
    && Array.isArray(timer.phases) && timer.phase < timer.phases.length - 1;
  return advancing ? Math.max(0, remaining) : remaining;
}

/**
 * The whole seconds a screen shows. Counting down rounds up, so a fresh 45-minute timer reads 45:00 and the
 * display reaches 00:00 only when time is really up; in overtime the value is negative.
 */
export function displaySeconds(remainingMs) {
  const seconds = Math.ceil(remainingMs / 1000);
  return seconds === 0 ? 0 : seconds; // never -0
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** `mm:ss`, or `h:mm:ss` from one hour; overtime is prefixed with `+`. */
export function formatClock(seconds) {
  const sign = seconds < 0 ? '+' : '';
  const total = Math.abs(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${pad(m)}:${pad(s)}`;
}

/** `idle` (full duration, not started), `running` or `paused`, as the server says. */
export function timerStatus(timer) {
  return (timer && timer.state) || 'idle';
}

/** The round's running time at server time `serverNow` (protocol README, "The timer"). */
export function elapsedAt(timer, serverNow) {
  if (!timer) return 0;
  const base = timer.elapsedMs || 0;
  return timer.state === 'running' ? base + (serverNow - timer.since) : base;
}

/** A moment in the round (a timeline entry's `elapsedMs`) as `mm:ss`, counted down to the whole second. */
export function formatElapsed(ms) {
  return formatClock(Math.max(0, Math.floor((ms || 0) / 1000)));
}

/** The timer's phases, or an empty list from a server that sends none. */
export function phasesOf(timer) {
  return timer && Array.isArray(timer.phases) ? timer.phases : [];
}

/** The current phase's name, or null when the timer has no plan. */
export function phaseName(timer) {
  const phases = phasesOf(timer);
  const phase = phases[timer ? timer.phase : -1];
  return phase ? phase.name : null;
}

/**
 * The phase bar: one segment per phase, `done`, `current` or `next`, with its share of the planned time
 * (the current phase counts at its adjusted length) so the bar's widths match the plan.
 */
export function phaseSegments(timer) {
  const phases = phasesOf(timer);
  const current = timer ? timer.phase : -1;
  const lengths = phases.map((p, i) => (i === current && timer.durationMs ? timer.durationMs : p.durationMs) || 0);
  const total = lengths.reduce((a, b) => a + b, 0) || 1;
  return phases.map((p, i) => ({
    name: p.name,
    durationMs: lengths[i],
    share: lengths[i] / total,
    status: i < current ? 'done' : i === current ? 'current' : 'next',
  }));
}

/** Whole minutes, for plans and schedules ("15 min"). */
export function minutes(ms) {
  return Math.round((ms || 0) / 60000);
}
