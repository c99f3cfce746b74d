// One WebSocket to the room, kept alive: it says hello (with resume), reconnects with backoff, measures the
// server clock, and emits what arrives. It knows the protocol's envelope, not what the room means.

import { FATAL_CLOSE_CODES, FATAL_HELLO_ERRORS, ping } from './protocol.js';
import { ServerClock } from './clock.js';

const QUICK_PINGS = 3; // samples taken right after joining, so the timer is accurate within a second
const QUICK_PING_GAP_MS = 250;
/** A joined socket pings this often. */
export const PING_EVERY_MS = 2000;
/**
 * A ping with nothing at all heard back within this: the network dropped, even if no close ever arrives (a
 * half-open TCP connection never fires one). The badge then says "Reconnecting…" and a fresh socket resumes the room.
 */
export const PONG_GRACE_MS = 1500;
/** So a dropped network shows on the badge at most this long after it dropped: the next ping, then its grace. */
export const SILENCE_LIMIT_MS = PING_EVERY_MS + PONG_GRACE_MS;
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 10000;
/** A socket not welcomed this long after it was opened (handshake included): try another one. */
export const WELCOME_WAIT_MS = 10000;

/**
 * What the connection needs from the browser, passed in so that tests can drive it with a fake socket and a clock
 * they advance by hand. Only `setTimeout`/`clearTimeout` are used for time, repeating pings included.
 */
export function browserEnvironment() {
  return {
    WebSocket: globalThis.WebSocket,
    window: globalThis.window,
    online: () => globalThis.navigator.onLine !== false,
    fetch: (url) => globalThis.fetch(url),
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (id) => globalThis.clearTimeout(id),
    now: () => Date.now(),
    random: () => Math.random(),
  };
}

const OFFLINE_DETAIL = 'No network. Your edits are kept and sent when the connection is back.';

/** Connection states, shown to the user as they are (UI.md: "connection state always visible and honest"). */
export const State = Object.freeze({
  connecting: 'connecting',
  connected: 'connected',
  reconnecting: 'reconnecting',
  offline: 'offline',
});

export class Connection {
  /**
   * @param url        the WebSocket URL
   * @param buildHello returns the hello to send on each new socket (it reads the current resume state)
   * @param env        the browser's sockets, timers and network state (`browserEnvironment()` unless testing)
   */
  constructor({ url, buildHello, env = browserEnvironment() }) {
    this.env = env;
    this.url = url;
    // Every node of a cluster serves every room: when ours goes away, the next reconnect tries the next one.
    this.urls = [url];
    this.buildHello = buildHello;
    this.clock = new ServerClock(env.now);
    this.listeners = new Map();
    this.socket = null;
    this.joined = false;
    this.stopped = false;
    this.everJoined = false;
    this.attempt = 0;
    this.nextId = 1;
    this.timers = new Set();
    this.framesHeard = 0;
    this.state = State.offline;
    env.window.addEventListener('online', () => this.reconnectNow());
    env.window.addEventListener('offline', () => {
      if (!this.joined && !this.stopped) this.setState(State.offline, OFFLINE_DETAIL);
    });
  }

  on(event, fn) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event).add(fn);
    return () => this.listeners.get(event).delete(fn);
  }

  emit(event, detail) {
    for (const fn of this.listeners.get(event) || []) fn(detail);
  }

  setState(state, detail) {
    this.state = state;
    this.emit('state', { state, detail });
  }

  start() {
    this.stopped = false;
    this.open();
  }

  serverNow() {
    return this.clock.serverNow();
  }

  /** Sends a message as is; false when there is no open socket to carry it. */
  send(message) {
    if (!this.socket || this.socket.readyState !== this.env.WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Sends a room command with a fresh `id`; returns the id, or null when not connected. */
  command(message) {
    if (!this.joined) return null;
    const id = this.nextId++;
    return this.send({ ...message, id }) ? id : null;
  }

  open() {
    this.setState(this.everJoined ? State.reconnecting : State.connecting);
    let socket;
    try {
      socket = new this.env.WebSocket(this.url);
      this.socketUrl = this.url;
    } catch (e) {
      this.fail(`Cannot open a connection: ${e.message}`);
      return;
    }
    this.socket = socket;
    this.joined = false;
    // Counted from here, not from `open`: a network that swallows the handshake never fires `open` either.
    this.later(() => {
      if (this.socket === socket && !this.joined) this.dropSocket();
    }, WELCOME_WAIT_MS);
    // Handlers check `this.socket === socket` so a socket we gave up on cannot act after its replacement exists.
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.send(this.buildHello());
    };
    socket.onmessage = (e) => {
      if (this.socket !== socket) return;
      this.receive(e.data);
    };
    socket.onclose = (e) => {
      if (this.socket !== socket) return;
      this.closed(e.code, e.reason);
    };
  }

  receive(data) {
    let message;
    try {
      message = JSON.parse(data);
    } catch {
      return; // The server only sends JSON; a broken frame is not worth dropping the room over.
    }
    if (message.type === 'welcome') this.joined = true;
    if (this.joined) this.heard();
    switch (message.type) {
      case 'welcome':
        this.everJoined = true;
        this.attempt = 0;
        this.clock.seed(message.serverTime);
        this.startPings();
        this.setState(State.connected);
        this.learnNodes();
        break;
      case 'pong':
        if (typeof message.t === 'number') this.clock.addSample(message.t, message.serverTime);
        break;
      case 'error':
        if (!this.joined && this.refusedHello(message)) return;
        break;
      default:
        break;
    }
    this.emit('message', message);
  }

  /** An error before welcome answers our hello. True when it ended this connection. */
  refusedHello(error) {
    if (FATAL_HELLO_ERRORS.has(error.code)) {
      this.fail(error.message || error.code, error.code);
      return true;
    }
    if (error.code === 'unavailable' || error.code === 'rate-limited') {
      this.dropSocket(); // transient: try again after a pause
      return true;
    }
    return false;
  }

  closed(code, reason) {
    this.socket = null;
    this.joined = false;
    this.clearTimers();
    if (this.stopped) return;
    if (FATAL_CLOSE_CODES.has(code)) {
      const why = code === 1009 ? 'a message was too large' : 'the server refused this connection';
      this.fail(`Disconnected: ${reason || why} (code ${code}).`, `close-${code}`);
      return;
    }
    this.scheduleReconnect();
  }

  /** Gives up on the current socket now (it may be half-open and never fire close) and reconnects later. */
  dropSocket() {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      try {
        socket.close();
      } catch {
        // Already closing; nothing to do.
      }
    }
    this.closed(null, null);
  }

  /** A frame arrived on the joined socket: it answers every ping sent before it. */
  heard() {
    this.framesHeard++;
  }

  /** Asks the cluster which nodes are alive, so a reconnect can go elsewhere if this node dies. */
  learnNodes() {
    this.env.fetch('/api/cluster')
      .then((response) => (response.ok ? response.json() : null))
      .then((answer) => {
        const urls = socketUrls(answer && answer.nodes);
        if (urls.length > 0) this.urls = urls.includes(this.url) ? urls : [this.url, ...urls];
      })
      .catch(() => {
        // The page's own node may be the one that is gone: keep the list learnt before.
      });
  }

  /** The next node in the list, after the one whose socket just failed. */
  rotate() {
    if (this.urls.length < 2) return;
    const failed = this.urls.indexOf(this.socketUrl);
    this.url = this.urls[(failed + 1) % this.urls.length];
  }

  scheduleReconnect() {
    this.rotate();
    // Exponential backoff with jitter, so a restarted server is not hit by every client in the same instant.
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** this.attempt);
    const delay = ceiling / 2 + this.env.random() * (ceiling / 2);
    this.attempt++;
    const offline = !this.env.online();
    this.setState(offline ? State.offline : this.everJoined ? State.reconnecting : State.connecting,
      offline ? OFFLINE_DETAIL : null);
    this.later(() => this.open(), delay);
  }

  /** The browser is back online: skip the rest of the backoff wait. */
  reconnectNow() {
    if (this.stopped || this.socket) return;
    this.clearTimers();
    this.open();
  }

  fail(message, code) {
    this.stopped = true;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    this.joined = false;
    if (socket) socket.close();
    this.setState(State.offline, message);
    this.emit('fatal', { message, code });
  }

  /**
   * A few quick pings to learn the clock, then one every `PING_EVERY_MS`. Each ping must hear something back within
   * `PONG_GRACE_MS`. The check counts from the ping actually sent, not from the last frame, so a hidden tab whose
   * timers the browser slows to once a minute pings late but never mistakes its own lateness for a dead network.
   */
  startPings() {
    const probe = () => {
      const heardBefore = this.framesHeard; // a count, not a time: a clock set back cannot hide a drop
      this.send(ping(this.env.now()));
      this.later(() => {
        if (this.framesHeard === heardBefore) this.dropSocket();
      }, PONG_GRACE_MS);
    };
    for (let i = 0; i < QUICK_PINGS; i++) this.later(probe, i * QUICK_PING_GAP_MS);
    const every = () => {
      probe();
      this.later(every, PING_EVERY_MS);
    };
    this.later(every, PING_EVERY_MS);
  }

  /** Runs `fn` after `ms` unless the socket's timers are cleared first (on close or failure). */
  later(fn, ms) {
    const handle = {
      cancel: () => {
        this.env.clearTimeout(id);
        this.timers.delete(handle);
      },
    };
    const id = this.env.setTimeout(() => {
      this.timers.delete(handle);
      fn();
    }, ms);
    this.timers.add(handle);
    return handle;
  }

  clearTimers() {
    for (const t of this.timers) t.cancel();
    this.timers.clear();
  }
}

/** `http://host:port` base URLs of the cluster's nodes, as WebSocket URLs. */
export function socketUrls(nodes) {
  if (!Array.isArray(nodes)) return [];
  return nodes
    .filter((node) => typeof node === 'string' && /^https?:\/\//.test(node))
    .map((node) => `${node.replace(/^http/, 'ws').replace(/\/$/, '')}/ws`);
}
