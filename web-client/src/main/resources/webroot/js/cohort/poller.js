// Keeps the board current: GET the board once a second, asking only for rooms changed since the previous answer's
// serverTime, and estimate the server's clock from each round trip (js/clock.js) so time left is the rooms' own.
// One request at a time; after a failure it waits longer (or as long as Retry-After says), and a refused key or an
// unknown cohort stops it for good.

import { ServerClock } from '../clock.js';
import { mergeBoard } from './board.js';

export const POLL_MS = 1000;
const MAX_BACKOFF_MS = 8000;
/** Errors that asking again will not change. */
const FINAL = new Set(['bad-token', 'unknown-cohort']);

/**
 * @param fetchBoard `(since) → Promise<answer>`
 * @param onBoard    `(board)` after every answer
 * @param onTrouble  `(error | null)`: a failure to show, or null once answers come again
 * @param onFatal    `(error)`: the board cannot be read, and will not be
 */
export function createPoller({ fetchBoard, onBoard, onTrouble, onFatal, env = globalThis, intervalMs = POLL_MS }) {
  const now = () => (env.now ? env.now() : Date.now());
  const clock = new ServerClock(now);
  let board = null;
  let failures = 0;
  let timer = null;
  let stopped = false;

  function schedule(ms) {
    if (!stopped) timer = env.setTimeout(poll, ms);
  }

  async function poll() {
    timer = null;
    const sentAt = now();
    let answer;
    try {
      answer = await fetchBoard(board ? board.serverTime : null);
    } catch (err) {
      if (stopped) return;
      if (FINAL.has(err.code)) {
        stopped = true;
        onFatal(err);
        return;
      }
      failures += 1;
      onTrouble(err);
      schedule(err.retryAfterMs != null ? err.retryAfterMs : Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** failures));
      return;
    }
    if (stopped) return;
    if (Number.isFinite(answer.serverTime)) clock.addSample(sentAt, answer.serverTime, now());
    board = mergeBoard(board, answer);
    if (failures) onTrouble(null);
    failures = 0;
    onBoard(board);
    schedule(intervalMs);
  }

  return {
    start() {
      stopped = false;
      poll();
    },
    /** Asks at once (after an action), instead of waiting for the next second. */
    now() {
      if (stopped || timer == null) return;
      env.clearTimeout(timer);
      poll();
    },
    stop() {
      stopped = true;
      if (timer != null) env.clearTimeout(timer);
    },
    serverNow: () => clock.serverNow(),
    get board() {
      return board;
    },
  };
}
