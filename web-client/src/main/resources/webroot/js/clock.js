// Estimates the offset between this browser's clock and the server's from ping/pong round trips
// (Cristian's algorithm). The sample with the smallest round trip is the one least distorted by queueing, so
// among the most recent samples we trust that one.

const KEPT_SAMPLES = 8;

export class ServerClock {
  constructor(now = () => Date.now()) {
    this.now = now;
    this.samples = [];
    this.best = null;
  }

  /**
   * A pong arrived: `sentAt` is the `t` we sent, `serverTime` the server's clock when it answered,
   * `receivedAt` our clock now. Assumes the answer was stamped halfway through the round trip.
   */
  addSample(sentAt, serverTime, receivedAt = this.now()) {
    const rtt = receivedAt - sentAt;
    if (!Number.isFinite(rtt) || rtt < 0) return;
    this.samples.push({ rtt, offset: serverTime - (sentAt + receivedAt) / 2 });
    if (this.samples.length > KEPT_SAMPLES) this.samples.shift();
    this.best = this.samples.reduce((a, b) => (b.rtt < a.rtt ? b : a));
  }

  /**
   * A rough first guess from a message stamped with the server time (welcome), used until the first pong:
   * it is off by at most one one-way trip, and a real sample always replaces it.
   */
  seed(serverTime, receivedAt = this.now()) {
    if (this.best == null) this.best = { rtt: Infinity, offset: serverTime - receivedAt };
  }

  get offset() {
    return this.best ? this.best.offset : 0;
  }

  get roundTrip() {
    return this.best ? this.best.rtt : null;
  }

  serverNow() {
    return this.now() + this.offset;
  }
}
