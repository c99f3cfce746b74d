// A browser for connection.js tests: sockets the test opens, answers and silences by hand, and a clock that moves
// only when the test says so. Nothing here sleeps; `tick` runs every timer that falls due, in order.

/** Timers on a clock that starts at `start` and advances only through `tick`. */
export class FakeTime {
  constructor(start = 1_000_000) {
    this.current = start;
    this.pending = new Map();
    this.nextId = 1;
  }

  now() {
    return this.current;
  }

  setTimeout(fn, ms) {
    const id = this.nextId++;
    this.pending.set(id, { at: this.current + Math.max(0, ms), fn, id });
    return id;
  }

  clearTimeout(id) {
    this.pending.delete(id);
  }

  /** Moves the clock forward by `ms`, running each timer at its own moment (timers they set included). */
  tick(ms) {
    const end = this.current + ms;
    for (;;) {
      const due = [...this.pending.values()].filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.pending.delete(due.id);
      this.current = due.at;
      due.fn();
    }
    this.current = end;
  }
}

/**
 * A browser with one network. `sockets` lists every WebSocket the page opened, newest last; each can be accepted,
 * fed frames, closed by the "server", or left hanging, which is what a dropped network does.
 */
export function fakeBrowser({ random = () => 0.5 } = {}) {
  const time = new FakeTime();
  const sockets = [];
  const listeners = new Map();
  const network = { online: true };

  class FakeSocket {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSED = 3;

    constructor(url) {
      this.url = url;
      this.readyState = FakeSocket.CONNECTING;
      this.sent = [];
      this.openedAt = time.now();
      this.closedByPage = false;
      sockets.push(this);
    }

    send(text) {
      this.sent.push(JSON.parse(text));
    }

    close() {
      this.closedByPage = true;
      this.readyState = FakeSocket.CLOSED;
    }

    /** The handshake completes. */
    accept() {
      this.readyState = FakeSocket.OPEN;
      this.onopen();
    }

    /** The server sends a frame. */
    deliver(message) {
      this.onmessage({ data: JSON.stringify(message) });
    }

    /** The server (or the network) closes the socket with this status. */
    drop(code = 1006) {
      this.readyState = FakeSocket.CLOSED;
      this.onclose({ code, reason: '' });
    }

    sentOfType(type) {
      return this.sent.filter((m) => m.type === type);
    }
  }

  const env = {
    WebSocket: FakeSocket,
    window: {
      addEventListener(type, fn) {
        listeners.set(type, [...(listeners.get(type) || []), fn]);
      },
    },
    online: () => network.online,
    fetch: () => Promise.resolve({ ok: false }),
    setTimeout: (fn, ms) => time.setTimeout(fn, ms),
    clearTimeout: (id) => time.clearTimeout(id),
    now: () => time.now(),
    random,
  };

  return {
    env,
    time,
    sockets,
    latest: () => sockets[sockets.length - 1],
    /** The operating system says the network went away or came back. */
    setOnline(online) {
      network.online = online;
      for (const fn of listeners.get(online ? 'online' : 'offline') || []) fn();
    },
  };
}
