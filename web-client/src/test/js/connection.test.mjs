import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BACKOFF_BASE_MS, BACKOFF_CAP_MS, Connection, PING_EVERY_MS, PONG_GRACE_MS, WELCOME_WAIT_MS,
  socketUrls,
} from '../../main/resources/webroot/js/connection.js';
import { fakeBrowser } from './fake-browser.mjs';

const URL = 'ws://127.0.0.1:8080/ws';
const SERVER_AHEAD_MS = 60_000; // the server's clock runs a minute ahead of this browser's

/** A page's connection in a fake browser, with the badge's states as the page would have rendered them. */
function page(options) {
  const browser = fakeBrowser(options);
  const hellos = [];
  const connection = new Connection({
    url: URL,
    buildHello: () => {
      const message = { type: 'hello', protocol: 1, room: 'r', token: 't', name: 'Ada' };
      hellos.push(message);
      return message;
    },
    env: browser.env,
  });
  const badge = [];
  connection.on('state', ({ state, detail }) => badge.push({ state, detail, at: browser.time.now() }));
  return { ...browser, connection, badge, hellos, shown: () => badge[badge.length - 1].state };
}

/** The latest socket completes its handshake and the server welcomes the hello. */
function welcome(p) {
  const socket = p.latest();
  socket.accept();
  socket.deliver({ type: 'welcome', protocol: 1, seq: 1, serverTime: p.time.now() + SERVER_AHEAD_MS, room: {} });
  return socket;
}

/** A server that answers every ping on `socket` after `delayMs`, until the test silences it. */
function answerPings(p, socket, delayMs = 5) {
  const server = { answering: true, answered: 0 };
  const original = socket.send.bind(socket);
  socket.send = (text) => {
    original(text);
    const message = JSON.parse(text);
    if (message.type !== 'ping' || !server.answering) return;
    p.time.setTimeout(() => {
      if (!server.answering) return; // the network dropped while the pong was on its way
      server.answered++;
      socket.deliver({ type: 'pong', t: message.t, serverTime: p.time.now() - delayMs / 2 + SERVER_AHEAD_MS });
    }, delayMs);
  };
  return server;
}

test('the cluster list becomes WebSocket URLs, secure where the page is', () => {
  assert.deepEqual(socketUrls(['http://127.0.0.1:8081', 'https://b.example.org/']),
    ['ws://127.0.0.1:8081/ws', 'wss://b.example.org/ws']);
});

test('anything that is not a list of http URLs is ignored', () => {
  assert.deepEqual(socketUrls(null), []);
  assert.deepEqual(socketUrls(['javascript:alert(1)', 42, 'ftp://x']), []);
});

test('a page says connecting, then connected once the server welcomes its hello', () => {
  const p = page();
  p.connection.start();
  assert.equal(p.shown(), 'connecting');
  p.latest().accept();
  assert.deepEqual(p.latest().sentOfType('hello'), p.hellos, 'the hello goes out as soon as the socket opens');
  assert.equal(p.shown(), 'connecting', 'an open socket is not yet a joined room');
  welcome(p);
  assert.equal(p.shown(), 'connected');
});

test('a socket that answers every ping stays connected for an hour', () => {
  const p = page();
  p.connection.start();
  const server = answerPings(p, p.latest(), 40);
  welcome(p);
  p.time.tick(3_600_000);
  assert.deepEqual(p.badge.map((b) => b.state), ['connecting', 'connected']);
  assert.equal(p.sockets.length, 1);
  assert.ok(server.answered >= 3_600_000 / PING_EVERY_MS, `only ${server.answered} pongs`);
});

test('pongs that come late, but within the grace, do not count as a dropped network', () => {
  const p = page();
  p.connection.start();
  answerPings(p, p.latest(), PONG_GRACE_MS - 1);
  welcome(p);
  p.time.tick(10 * 60_000);
  assert.equal(p.shown(), 'connected');
  assert.equal(p.sockets.length, 1);
});

test('when the network drops without a close, the badge says reconnecting within one ping interval and the grace',
  () => {
    const p = page();
    p.connection.start();
    const first = p.latest();
    const server = answerPings(p, first);
    welcome(p);
    p.time.tick(30_000 + 1_234); // a while into the round, between two pings

    server.answering = false; // the cable is pulled: nothing arrives, nothing closes
    const droppedAt = p.time.now();
    while (p.shown() === 'connected' && p.time.now() - droppedAt < 60_000) p.time.tick(10);

    const noticedAfter = p.time.now() - droppedAt;
    assert.equal(p.shown(), 'reconnecting');
    assert.ok(noticedAfter <= PING_EVERY_MS + PONG_GRACE_MS, `noticed ${noticedAfter} ms after the drop`);
    assert.ok(first.closedByPage, 'the half-open socket is given up, not left to linger');

    p.time.tick(BACKOFF_BASE_MS); // the first retry comes after at most the first backoff
    assert.equal(p.sockets.length, 2, 'a fresh socket is on its way');
    answerPings(p, p.latest());
    welcome(p);
    assert.equal(p.shown(), 'connected');
    assert.equal(p.hellos.length, 2, 'the new socket says hello again, so the room resumes');
  });

test('a socket that answers no ping after the welcome is given up within a ping interval and the grace', () => {
  const p = page();
  p.connection.start();
  welcome(p); // and then not a single pong
  p.time.tick(PONG_GRACE_MS - 1);
  assert.equal(p.shown(), 'connected', 'no ping has waited its whole grace yet');
  p.time.tick(PING_EVERY_MS);
  assert.equal(p.shown(), 'reconnecting');
});

test('a hidden tab whose timers the browser runs once a minute does not take that for a dropped network', () => {
  const p = page();
  // Chrome's intensive throttling: chained timers of a tab hidden for 5 minutes run on the next whole minute.
  const setTimeout = p.env.setTimeout;
  p.env.setTimeout = (fn, ms) => setTimeout(fn, Math.ceil((p.time.now() + ms) / 60_000) * 60_000 - p.time.now());
  p.connection.start();
  const server = answerPings(p, p.latest(), 40); // pongs are messages: they arrive on time
  welcome(p);
  p.time.tick(30 * 60_000);
  assert.deepEqual(p.badge.map((b) => b.state), ['connecting', 'connected']);
  assert.equal(p.sockets.length, 1);
  assert.ok(server.answered >= 25, `${server.answered} pings answered`);

  server.answering = false; // and when the network does drop, the next slowed ping still notices it
  p.time.tick(3 * 60_000);
  assert.equal(p.shown(), 'reconnecting');
});

test('a handshake the network swallows is abandoned and tried again', () => {
  const p = page();
  p.connection.start();
  welcome(p);
  p.latest().drop(1006);
  p.time.tick(BACKOFF_BASE_MS);
  const hanging = p.latest();
  assert.equal(p.sockets.length, 2);
  p.time.tick(WELCOME_WAIT_MS - 1);
  assert.equal(p.sockets.length, 2, 'still waiting for the handshake');
  p.time.tick(1);
  assert.ok(hanging.closedByPage, 'a socket never opened is closed after the welcome wait');
  assert.equal(p.shown(), 'reconnecting');
  p.time.tick(BACKOFF_CAP_MS);
  assert.equal(p.sockets.length, 3, 'and another one is tried');
});

test('reconnect attempts are spaced by a doubling backoff with jitter, up to a cap', () => {
  for (const [jitter, share] of [[0, 0.5], [0.999, 0.9995]]) {
    const p = page({ random: () => jitter });
    p.connection.start();
    welcome(p);
    for (let i = 0; i < 8; i++) {
      p.latest().drop(1006); // every node refuses: the socket closes at once
      const before = p.sockets.length;
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** i);
      const wait = Math.ceil(ceiling * share);
      p.time.tick(wait - 1);
      assert.equal(p.sockets.length, before, `attempt ${i + 1} waits ${wait} ms (jitter ${jitter})`);
      p.time.tick(1);
      assert.equal(p.sockets.length, before + 1, `attempt ${i + 1} goes out after ${wait} ms (jitter ${jitter})`);
      assert.equal(p.shown(), 'reconnecting');
    }
  }
});

test('a welcome resets the backoff', () => {
  const p = page({ random: () => 0 });
  p.connection.start();
  welcome(p);
  for (let i = 0; i < 4; i++) {
    p.latest().drop(1006);
    p.time.tick(BACKOFF_CAP_MS);
  }
  welcome(p);
  p.latest().drop(1006);
  p.time.tick(BACKOFF_BASE_MS / 2);
  assert.equal(p.shown(), 'reconnecting');
  assert.equal(p.latest().readyState, 0, 'the first retry after a good session comes after the base delay');
});

test('without a network the badge says offline and that edits are kept; the network back reconnects at once', () => {
  const p = page();
  p.connection.start();
  welcome(p);
  p.setOnline(false);
  p.latest().drop(1006);
  assert.equal(p.shown(), 'offline');
  assert.match(p.badge[p.badge.length - 1].detail, /edits are kept/);
  const before = p.sockets.length;
  p.setOnline(true);
  assert.equal(p.sockets.length, before + 1, 'no waiting out the backoff');
  assert.equal(p.shown(), 'reconnecting');
});

test('a refused hello ends the connection with the reason, and nothing retries', () => {
  const p = page();
  p.connection.start();
  const fatal = [];
  p.connection.on('fatal', (f) => fatal.push(f));
  p.latest().accept();
  p.latest().deliver({ type: 'error', code: 'unknown-room', message: 'no such room' });
  assert.equal(p.shown(), 'offline');
  assert.deepEqual(fatal, [{ message: 'no such room', code: 'unknown-room' }]);
  p.time.tick(10 * 60_000);
  assert.equal(p.sockets.length, 1);
});

test('pongs teach the page the server clock', () => {
  const p = page();
  p.connection.start();
  answerPings(p, p.latest(), 30);
  welcome(p);
  p.time.tick(1_000);
  const offset = p.connection.serverNow() - p.time.now();
  assert.ok(Math.abs(offset - SERVER_AHEAD_MS) <= 15, `estimated offset ${offset}`);
});
