import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServerClock } from '../../main/resources/webroot/js/clock.js';

const AHEAD = 300_000; // the server's clock is five minutes ahead of this browser's

/** A clock whose "now" the test sets. */
function clockAt(start = 1_000_000) {
  const local = { now: start };
  return { local, clock: new ServerClock(() => local.now) };
}

/** A pong for a ping sent at `sentAt` that took `rtt` ms, stamped by the server `skew` ms off the midpoint. */
function sample(clock, sentAt, rtt, skew = 0) {
  clock.addSample(sentAt, sentAt + rtt / 2 + AHEAD + skew, sentAt + rtt);
}

test('before any answer the page assumes its own clock', () => {
  const { local, clock } = clockAt();
  assert.equal(clock.offset, 0);
  assert.equal(clock.roundTrip, null);
  assert.equal(clock.serverNow(), local.now);
});

test('one round trip gives the offset, assuming the server answered halfway', () => {
  const { local, clock } = clockAt();
  sample(clock, 1_000_000, 80);
  assert.equal(clock.offset, AHEAD);
  assert.equal(clock.roundTrip, 80);
  local.now = 1_005_000;
  assert.equal(clock.serverNow(), 1_005_000 + AHEAD);
});

test('the sample with the smallest round trip wins: it is the least distorted by queueing', () => {
  const { clock } = clockAt();
  sample(clock, 1_000, 400, 150); // a slow trip, stamped late: off by 150 ms
  sample(clock, 2_000, 20, 5);
  sample(clock, 3_000, 300, -120);
  assert.equal(clock.roundTrip, 20);
  assert.equal(clock.offset, AHEAD + 5);
});

test('only the last 8 samples count, so a clock that drifted is followed', () => {
  const { clock } = clockAt();
  sample(clock, 1_000, 10, 0); // the best trip ever, but from long ago
  for (let i = 1; i <= 7; i++) sample(clock, 1_000 + i * 5_000, 50, 200);
  assert.equal(clock.roundTrip, 10, 'still among the last 8');
  sample(clock, 41_000, 50, 200);
  assert.equal(clock.roundTrip, 50, 'the ninth sample pushes the oldest out');
  assert.equal(clock.offset, AHEAD + 200);
});

test('an answer from the future or a broken stamp is ignored', () => {
  const { clock } = clockAt();
  sample(clock, 1_000, 40);
  clock.addSample(5_000, 9_999_999, 4_000); // received before it was sent: our clock jumped back
  clock.addSample(NaN, 1, 2);
  clock.addSample(6_000, 1, Infinity);
  assert.equal(clock.roundTrip, 40);
  assert.equal(clock.offset, AHEAD);
});

test('the welcome gives a first guess that the first real sample replaces', () => {
  const { local, clock } = clockAt();
  clock.seed(local.now + AHEAD + 700); // off by the one-way trip
  assert.equal(clock.offset, AHEAD + 700);
  assert.equal(clock.roundTrip, Infinity);
  sample(clock, local.now, 60);
  assert.equal(clock.offset, AHEAD);
  clock.seed(local.now + 12_345); // a later welcome (a reconnect) does not undo what pongs measured
  assert.equal(clock.offset, AHEAD);
});
