// Timer arithmetic, kept pure so every view computes the same second from the same inputs.

/** Milliseconds left at server time `serverNow`; negative is overtime (protocol README, "The timer"). */
export function remainingAt(timer, serverNow) {
  if (!timer) return 0;
  return timer.state === 'running' ? timer.remainingMs - (serverNow - timer.since) : timer.remainingMs;
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
