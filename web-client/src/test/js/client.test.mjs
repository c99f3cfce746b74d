// The client state machine, first step by step, then three clients against a simulated server with random
// delays, dropped connections and replays (seeded, no timers), the way @codemirror/collab tests its peers.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OtClient, RevisionGapError } from '../../main/resources/webroot/js/ot/client.js';
import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';
import { codePointUnits, random } from './random-edits.mjs';

const op = (...components) => TextOperation.fromJSON(components);

/** A client whose sends and remote edits are recorded, with an editor text kept like a binding would. */
function recordingClient({ rev = 0, text = '' } = {}) {
  const sent = [];
  const editor = { text };
  const client = new OtClient({
    rev,
    text,
    clientId: 'me',
    send: (sentRev, sentOp, clientSeq) => sent.push({ rev: sentRev, op: sentOp.toJSON(), clientSeq }),
    applyRemote: (remote) => { editor.text = remote.apply(editor.text); },
  });
  const edit = (operation) => {
    editor.text = operation.apply(editor.text);
    client.applyClient(operation);
  };
  return { client, sent, editor, edit };
}

describe('the OT client, step by step', () => {
  test('a local edit is sent at once when synchronized, and buffered while another is in flight', () => {
    const { client, sent, edit } = recordingClient({ rev: 3, text: 'abc' });
    assert.equal(client.state, 'synchronized');

    edit(op('x', 3));
    edit(op(4, 'y'));
    edit(op(5, 'z'));

    assert.deepEqual(sent, [{ rev: 3, op: ['x', 3], clientSeq: 1 }]);
    assert.equal(client.state, 'buffering');
  });

  test('the echo of the outstanding edit acknowledges it and sends the buffer with the next clientSeq', () => {
    const { client, sent, edit } = recordingClient({ rev: 3, text: 'abc' });
    edit(op('x', 3));
    edit(op(4, 'y'));
    edit(op(5, 'z'));

    client.applyServer({ rev: 4, op: ['x', 3], client: 'me', clientSeq: 1 });
    assert.equal(client.state, 'awaiting');
    assert.deepEqual(sent[1], { rev: 4, op: [4, 'yz'], clientSeq: 2 });

    client.applyServer({ rev: 5, op: [4, 'yz'], client: 'me', clientSeq: 2 });
    assert.equal(client.state, 'synchronized');
    assert.equal(client.serverText, 'xabcyz');
  });

  test('a remote edit is transformed past the pending edits before it reaches the editor', () => {
    const { client, editor, edit } = recordingClient({ text: 'ab' });
    edit(op(1, 'X', 1));
    edit(op(3, 'Y'));

    client.applyServer({ rev: 1, op: [1, 'R', -1], client: 'other', clientSeq: 9 });

    // Ties put the pending (client) edit first, as the server does when it transforms our edit past this one.
    assert.equal(editor.text, 'aXRY');
    assert.equal(client.serverText, 'aR');
  });

  test('events already seen are ignored, and a skipped revision is an error', () => {
    const { client, editor } = recordingClient({ rev: 5, text: 'ab' });
    client.applyServer({ rev: 5, op: [-2], client: 'other', clientSeq: 1 });
    assert.equal(editor.text, 'ab');
    assert.throws(() => client.applyServer({ rev: 7, op: [2, 'c'], client: 'other', clientSeq: 2 }), RevisionGapError);
  });

  test('reconnecting resends the outstanding edit exactly as first sent, even after remote edits moved it', () => {
    const { client, sent, edit } = recordingClient({ rev: 2, text: 'ab' });
    edit(op(2, '!'));
    client.applyServer({ rev: 3, op: ['>', 2], client: 'other', clientSeq: 1 });

    client.reconnected();

    assert.deepEqual(sent, [{ rev: 2, op: [2, '!'], clientSeq: 1 }, { rev: 2, op: [2, '!'], clientSeq: 1 }]);
  });

  test('a remote caret where this client has typed stays before the pending text, as its owner will have it', () => {
    const { client, edit } = recordingClient({ text: 'notes: ' });
    edit(op(7, 'mine'));

    assert.deepEqual(client.transformSelection({ anchor: 7, head: 7 }), { anchor: 7, head: 7 });
    assert.deepEqual(client.transformSelection({ anchor: 0, head: 7 }), { anchor: 0, head: 7 });
  });

  test('a remote selection moves through the pending edits into the editor text', () => {
    const { client, edit } = recordingClient({ text: 'hello world' });
    edit(op('>> ', 11));
    edit(op(8, -6));

    // The editor shows ">> hello": "hello" moved right by the insert, "world" is gone.
    assert.deepEqual(client.transformSelection({ anchor: 0, head: 5 }), { anchor: 3, head: 8 });
    assert.deepEqual(client.transformSelection({ anchor: 6, head: 11 }), { anchor: 8, head: 8 });
  });
});

describe('resync after resync-required', () => {
  test('pending edits are rebased on the fresh text, each change kept where it was made', () => {
    const { client, sent, editor, edit } = recordingClient({ rev: 3, text: 'abcdef' });
    edit(op('X', 6));
    edit(op(7, 'Y'));
    // Meanwhile others made revisions 4 and 5 (the server put Z in the middle), and refused our edit as too old.
    assert.ok(client.resyncRequired(1));
    assert.ok(!client.resyncRequired(1), 'a second refusal of the same edit must not start a second resync');

    editor.text = client.resync({ rev: 5, text: 'abcZdef' }, editor.text);

    // A diff of the local text would have been one replacement of the whole text, moving Z to the end.
    assert.equal(editor.text, 'XabcZdefY');
    assert.equal(client.state, 'awaiting');
    assert.deepEqual(sent.at(-1), { rev: 5, op: ['X', 7, 'Y'], clientSeq: 2 });
    assert.ok(!client.resyncRequired(1), 'the old edit was replaced; its refusals are stale');

    client.applyServer({ rev: 6, op: ['X', 7, 'Y'], client: 'me', clientSeq: 2 });
    assert.equal(client.state, 'synchronized');
    assert.equal(client.serverText, editor.text);
  });

  test('changes the editor never reported are rebased as a diff', () => {
    const { client, sent } = recordingClient({ rev: 1, text: 'one two' });

    const text = client.resync({ rev: 4, text: 'one two three' }, 'one 2');

    assert.equal(text, 'one 2 three');
    assert.deepEqual(sent, [{ rev: 4, op: [4, '2', -3, 6], clientSeq: 1 }]);
  });

  test('a synchronized client takes the fresh text and sends nothing', () => {
    const { client, sent } = recordingClient({ rev: 1, text: 'old' });

    assert.equal(client.resync({ rev: 9, text: 'new' }, 'old'), 'new');
    assert.equal(client.state, 'synchronized');
    assert.equal(client.rev, 9);
    assert.deepEqual(sent, []);
  });
});

describe('reconnecting into a snapshot', () => {
  test('an edit in flight that landed is not sent again; the edits made after it are rebased on the snapshot', () => {
    const { client, sent, editor, edit } = recordingClient({ rev: 2, text: 'abc' });
    edit(op('X', 3)); // in flight as clientSeq 1
    edit(op(4, 'Y')); // buffered
    // While we were away the server applied X, then someone appended "!".
    const snapshot = { rev: 4, text: 'Xabc!', seen: { me: 1, other: 7 } };

    editor.text = client.resync(snapshot, editor.text);

    assert.equal(editor.text, 'XabcY!');
    assert.deepEqual(sent.at(-1), { rev: 4, op: [4, 'Y', 1], clientSeq: 2 });
    assert.equal(sent.length, 2, 'X went out once');
  });

  test('an edit in flight that did not land is rebased with the rest and sent as a new edit', () => {
    const { client, sent, editor, edit } = recordingClient({ rev: 2, text: 'abc' });
    edit(op('X', 3));
    edit(op(4, 'Y'));
    const snapshot = { rev: 3, text: 'abc!', seen: { me: 0, other: 7 } };

    editor.text = client.resync(snapshot, editor.text);

    assert.equal(editor.text, 'XabcY!');
    assert.deepEqual(sent.at(-1), { rev: 3, op: ['X', 3, 'Y', 1], clientSeq: 2 });
  });

  test('a snapshot without this client in seen means its edit in flight did not land', () => {
    const { client, editor, edit } = recordingClient({ rev: 0, text: '' });
    edit(op('hi'));

    editor.text = client.resync({ rev: 1, text: 'yo', seen: { other: 1 } }, editor.text);

    assert.equal(editor.text, 'hiyo');
    assert.equal(client.inFlight, 2);
  });
});

describe('what a binding needs besides the state machine', () => {
  test('the edit in flight can be resent as first sent, and nothing is sent when synchronized', () => {
    const { client, sent, edit } = recordingClient({ rev: 1, text: 'a' });
    client.resendOutstanding();
    assert.deepEqual(sent, []);

    edit(op(1, 'b'));
    edit(op(2, 'c'));
    assert.equal(client.inFlight, 1);
    client.resendOutstanding();

    assert.deepEqual(sent, [{ rev: 1, op: [1, 'b'], clientSeq: 1 }, { rev: 1, op: [1, 'b'], clientSeq: 1 }]);
  });

  test('discarding pending edits returns the server text and later edits start afresh', () => {
    const { client, sent, editor, edit } = recordingClient({ rev: 1, text: 'keep' });
    edit(op(4, ' refused'));
    edit(op(12, ' too'));

    editor.text = client.discardPending();

    assert.equal(editor.text, 'keep');
    assert.equal(client.state, 'synchronized');
    assert.equal(client.inFlight, null);
    edit(op(4, '!'));
    assert.deepEqual(sent.at(-1), { rev: 1, op: [4, '!'], clientSeq: 2 });
  });

  test('a caret in the editor moves back into the server text through the pending edits', () => {
    const { client, edit } = recordingClient({ text: 'hello world' });
    edit(op('>> ', 11));
    edit(op(8, -6));

    // The editor shows ">> hello"; the server still has "hello world".
    assert.deepEqual(client.toServerSelection({ anchor: 3, head: 8 }), { anchor: 0, head: 11 });
    assert.deepEqual(client.toServerSelection({ anchor: 1, head: 1 }), { anchor: 0, head: 0 });
    assert.deepEqual(client.transformSelection(client.toServerSelection({ anchor: 5, head: 5 })),
      { anchor: 5, head: 5 });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Three peers and a server, every message through a FIFO queue per direction, delivered in a random order.

const TOKEN = /\[[A-Z]\d+\]/g;

// In marker mode each edit's token is one character of the private use area instead: a rebase on a snapshot,
// which knows the server's edits only as text, may move an edit to the edge of a changed line and so into the
// middle of a "[A12]" token, but a single character cannot be split, so each one present once proves that no
// typed character was lost or doubled.
const MARKER_BASE = 0xe000;
const MARKERS_PER_PEER = 2000;
const isMarker = (ch) => ch >= '\ue000' && ch <= '\uf8ff';

/** The authority: NotesRules in the Java server, as the ot.js server does it. */
class Server {
  constructor(historyLimit, stats) {
    this.historyLimit = historyLimit;
    this.stats = stats;
    this.text = '';
    this.rev = 0;
    this.history = []; // history[i] made revision rev - history.length + i + 1
    this.seen = new Map(); // client id -> last clientSeq applied
    this.log = []; // every event; log[i] made revision i + 1
  }

  receive(peer, message) {
    if (message.type === 'notes.fetch') {
      peer.deliver({ type: 'notes.doc', rev: this.rev, text: this.text });
      return;
    }
    const { rev, client, clientSeq } = message;
    if (clientSeq <= (this.seen.get(client) ?? 0)) {
      this.stats.duplicates++;
      return;
    }
    assert.ok(rev <= this.rev, `rev ${rev} is ahead of the server's ${this.rev}`);
    const oldestBase = this.rev - this.history.length;
    if (rev < oldestBase) {
      this.stats.refusals++;
      peer.deliver({ type: 'error', code: 'resync-required', clientSeq });
      return;
    }
    let edit = TextOperation.fromJSON(message.op);
    for (const applied of this.history.slice(rev - oldestBase)) edit = TextOperation.transform(edit, applied)[0];
    this.text = edit.apply(this.text);
    this.rev++;
    this.history.push(edit);
    if (this.history.length > this.historyLimit) this.history.shift();
    this.seen.set(client, clientSeq);
    const event = { rev: this.rev, op: edit.toJSON(), client, clientSeq };
    this.log.push(event);
    for (const p of this.peers) p.deliver({ type: 'event', event });
  }
}

/** One browser tab: the OT client, its editor text, and its socket's two queues. */
class Peer {
  constructor(name, server, stats, markers = false) {
    this.name = name;
    this.markers = markers;
    this.server = server;
    this.stats = stats;
    this.text = '';
    this.connected = true;
    this.uplink = [];
    this.downlink = [];
    this.lastRev = 0; // the last event this tab processed, which is where a resume replays from
    this.tokens = [];
    this.client = new OtClient({
      rev: 0,
      text: '',
      clientId: `c-${name}`,
      send: (rev, operation, clientSeq) =>
        this.post({ type: 'notes.op', rev, op: operation, client: `c-${name}`, clientSeq }),
      applyRemote: (remote) => { this.text = remote.apply(this.text); },
    });
  }

  /** Through JSON both ways, as on the wire. Messages sent while offline are lost. */
  post(message) {
    if (this.connected) this.uplink.push(JSON.stringify(message));
  }

  deliver(message) {
    if (this.connected) this.downlink.push(JSON.stringify(message));
  }

  receiveOne() {
    const message = JSON.parse(this.downlink.shift());
    switch (message.type) {
      case 'event':
        this.client.applyServer(message.event);
        this.lastRev = Math.max(this.lastRev, message.event.rev);
        break;
      case 'error':
        if (this.client.resyncRequired(message.clientSeq)) this.post({ type: 'notes.fetch' });
        break;
      default:
        this.stats.resyncs++;
        this.text = this.client.resync(message, this.text);
    }
  }

  sendOne() {
    this.server.receive(this, JSON.parse(this.uplink.shift()));
  }

  /** The socket dies: whatever was in flight either way is lost. */
  disconnect() {
    this.connected = false;
    this.uplink = [];
    this.downlink = [];
  }

  /**
   * A new socket resumes: the server replays the events after the last one seen and the client resends; or, when
   * the log no longer reaches back (`snapshot`), the welcome brings the document with `seen` and the client
   * rebases on it.
   */
  reconnect(snapshot = false) {
    this.connected = true;
    if (snapshot) {
      const { rev, text } = this.server;
      this.stats.snapshots++;
      this.text = this.client.resync({ rev, text, seen: Object.fromEntries(this.server.seen) }, this.text);
      this.lastRev = rev;
      return;
    }
    for (const event of this.server.log.slice(this.lastRev)) this.deliver({ type: 'event', event });
    this.client.reconnected();
  }

  /** A random edit that inserts a new token, or deletes filler (never a token), or both. */
  edit(rng) {
    const { text } = this;
    const token = this.markers
      ? String.fromCharCode(MARKER_BASE + MARKERS_PER_PEER * (this.name.charCodeAt(0) - 65) + this.tokens.length)
      : `[${this.name}${this.tokens.length}]`;
    const at = safeIndex(text, rng.int(text.length + 1));
    const builder = TextOperation.builder().retain(at);
    let end = at;
    const kind = rng.int(10);
    if (kind >= 5) {
      // Delete up to four code points of filler, stopping at a token.
      for (let n = 1 + rng.int(4); n > 0 && end < text.length && text[end] !== '[' && !isMarker(text[end]); n--) {
        end += codePointUnits(text, end);
      }
      builder.delete(end - at);
    }
    if (kind < 8 || end === at) {
      builder.insert(rng.text(2) + token + rng.text(2));
      this.tokens.push(token);
    }
    let operation = builder.retain(text.length - end).build();
    if (kind === 0) {
      // A second, distant change in the same edit, so that pending edits are not always one span.
      const after = operation.apply(text);
      const there = safeIndex(after, rng.int(after.length + 1));
      operation = operation.compose(TextOperation.builder()
        .retain(there).insert(`y${rng.text(1)}`).retain(after.length - there).build());
    }
    this.localEdit(operation);
  }

  localEdit(operation) {
    this.text = operation.apply(this.text);
    this.client.applyClient(operation);
  }

  /** The editor text must always be the server text this client has, with its pending edits applied. */
  checkConsistent() {
    const expected = this.client.pendingOps().reduce((text, p) => p.apply(text), this.client.serverText);
    assert.equal(this.text, expected, `${this.name}'s editor drifted from its OT state`);
  }
}

/** Moves a random index out of a token and out of the middle of a surrogate pair. */
function safeIndex(text, index) {
  for (const match of text.matchAll(TOKEN)) {
    if (index > match.index && index < match.index + match[0].length) return match.index;
  }
  const unit = text.charCodeAt(index);
  return index > 0 && unit >= 0xdc00 && unit <= 0xdfff ? index - 1 : index;
}

/** Runs one seeded session of `edits` local edits, then lets every queue drain. Returns the world to check. */
function simulate({
  seed, edits, historyLimit = Infinity, disconnectChance = 0.01, snapshotChance = 0, markers = false,
}) {
  const rng = random(seed);
  const stats = { edits: 0, disconnects: 0, duplicates: 0, refusals: 0, resyncs: 0, snapshots: 0 };
  const server = new Server(historyLimit, stats);
  const peers = ['A', 'B', 'C'].map((name) => new Peer(name, server, stats, markers));
  server.peers = peers;
  const withQueue = (queue) => peers.filter((p) => p.connected && p[queue].length > 0);

  for (let step = 0; stats.edits < edits; step++) {
    const roll = rng.next();
    if (roll < 0.2) {
      rng.pick(peers).edit(rng);
      stats.edits++;
    } else if (roll < 0.45) {
      const ready = withQueue('uplink');
      if (ready.length > 0) rng.pick(ready).sendOne();
    } else if (roll < 1 - disconnectChance * 2) {
      const ready = withQueue('downlink');
      if (ready.length > 0) rng.pick(ready).receiveOne();
    } else {
      const peer = rng.pick(peers);
      if (peer.connected) {
        peer.disconnect();
        stats.disconnects++;
      } else {
        peer.reconnect(rng.chance(snapshotChance));
      }
    }
    if (step % 97 === 0) peers.forEach((p) => p.checkConsistent());
  }

  peers.filter((p) => !p.connected).forEach((p) => p.reconnect());
  for (;;) {
    const ready = [...withQueue('uplink').map((p) => () => p.sendOne()),
      ...withQueue('downlink').map((p) => () => p.receiveOne())];
    if (ready.length === 0) break;
    rng.pick(ready)();
  }
  return { server, peers, stats };
}

function assertConverged({ server, peers }) {
  for (const peer of peers) {
    assert.equal(peer.text, server.text, `${peer.name} did not converge`);
    assert.equal(peer.client.state, 'synchronized');
    assert.equal(peer.client.rev, server.rev);
    assert.equal(peer.client.serverText, server.text);
  }
  const found = [...server.text.matchAll(TOKEN)].map((m) => m[0]).concat([...server.text].filter(isMarker)).sort();
  const made = peers.flatMap((p) => p.tokens).sort();
  assert.deepEqual(found, made, 'every local edit is in the final text exactly once');
}

describe('three clients against a simulated server', () => {
  /** Runs the seeds, checks each world, and adds up its counters. */
  function runAll(t, seeds, options) {
    const totals = {};
    for (const seed of seeds) {
      const world = simulate({ seed, ...options });
      assertConverged(world);
      const counts = { ...world.stats, revisions: world.server.rev };
      for (const [key, n] of Object.entries(counts)) totals[key] = (totals[key] ?? 0) + n;
    }
    t.diagnostic(JSON.stringify(totals));
    return totals;
  }

  test('converge on the same text with every edit present once, through delays, drops and resends', (t) => {
    const totals = runAll(t, [11, 12, 13, 14, 15], { edits: 1000 });
    assert.ok(totals.edits >= 2000 && totals.revisions >= 2000, 'too few edits to trust');
    assert.ok(totals.disconnects > 0, 'no client ever disconnected');
    assert.ok(totals.duplicates > 0, 'no resend of an edit the server already had: exactly-once went untested');
  });

  test('converge when the server keeps little history and refuses old edits with resync-required', (t) => {
    const totals = runAll(t, [21, 22], { edits: 500, historyLimit: 3, disconnectChance: 0.02 });
    assert.ok(totals.refusals > 0 && totals.resyncs > 0, 'resync went untested');
  });

  test('converge when reconnecting clients get a snapshot with seen instead of a replay', (t) => {
    const totals = runAll(t, [31, 32, 33, 34], {
      edits: 800, disconnectChance: 0.03, snapshotChance: 0.7, markers: true,
    });
    assert.ok(totals.snapshots > 20, 'too few snapshots to trust');
  });
});

test('an edit larger than the server accepts goes out as several edits that together make it', async () => {
  const { splitInserts } = await import('../../main/resources/webroot/js/ot/client.js');
  const { TextOperation: Op } = await import('../../main/resources/webroot/js/ot/text-operation.js');
  const doc = 'abcdef';
  const op = Op.fromJSON([2, 'xyz🚀w', -2, 'q', 2]);
  for (const max of [0, 1, 3, 4, 5, 6]) {
    const [first, rest] = splitInserts(op, max);
    const inserted = first.ops.filter((c) => typeof c === 'string').join('').length;
    assert.ok(inserted <= max, `at most ${max} inserted, got ${inserted}`);
    assert.equal(rest.apply(first.apply(doc)), op.apply(doc), `max ${max}`);
  }
  assert.deepEqual(splitInserts(op, 100), [op, null]);
});

test('a client holding a long offline edit sends it in parts, each under the limit, and converges', () => {
  const sent = [];
  const client = new OtClient({ rev: 0, text: '', clientId: 'c1', maxOpChars: 4,
    send: (rev, op, clientSeq) => sent.push({ rev, op, clientSeq }), applyRemote: () => {} });
  client.applyClient(TextOperation.fromJSON(['0123456789']));
  let text = '';
  let rev = 0;
  while (sent.length > 0) {
    const { op, clientSeq } = sent.shift();
    assert.ok(op.ops.filter((c) => typeof c === 'string').join('').length <= 4);
    text = op.apply(text);
    rev += 1;
    client.applyServer({ rev, op, client: 'c1', clientSeq });
  }
  assert.equal(text, '0123456789');
  assert.equal(client.state, 'synchronized');
});
