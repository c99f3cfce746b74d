// Two or three people typing at the same spot, each through the page's own code (a textarea binding over a fake
// textarea, a NotesDocument, RemoteCarets) against a simulated server that transforms edits as NotesRules does.
// Messages are delivered in a random order (seeded, no timers). Each typist's letters must stay together: after
// every step the text just before its caret is everything it has typed, and at the end each sentence is whole in
// the converged text, and everyone draws each other's caret where its owner has it.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bindTextarea } from '../../main/resources/webroot/js/notes/textarea.js';
import { NotesDocument } from '../../main/resources/webroot/js/notes/document.js';
import { RemoteCarets } from '../../main/resources/webroot/js/notes/carets.js';
import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';
import { random } from './random-edits.mjs';

/** Just what bindTextarea uses of a <textarea>. */
class FakeTextarea {
  constructor(value) {
    this.value = value;
    this.selectionStart = value.length;
    this.selectionEnd = value.length;
    this.selectionDirection = 'none';
    this.scrollTop = 0;
    this.scrollLeft = 0;
    this.listeners = new Map();
  }

  addEventListener(type, listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, []);
    this.listeners.get(type).push(listener);
  }

  setSelectionRange(start, end, direction = 'none') {
    this.selectionStart = start;
    this.selectionEnd = end;
    this.selectionDirection = direction;
  }

  /** A key press: the character replaces the selection, the caret follows it, then the input event fires. */
  typeKey(ch) {
    const at = this.selectionStart;
    this.value = this.value.slice(0, at) + ch + this.value.slice(this.selectionEnd);
    this.setSelectionRange(at + 1, at + 1);
    for (const listener of this.listeners.get('input') ?? []) listener({ isComposing: false });
  }
}

/** NotesRules: transform over the edits since `rev`, apply, broadcast; refuse bases older than the history. */
class Server {
  constructor(text, historyLimit) {
    this.text = text;
    this.rev = 0;
    this.history = []; // the last edits; history[i] made revision rev - history.length + i + 1
    this.historyLimit = historyLimit;
    this.seen = new Map();
    this.peers = [];
    this.refusals = 0;
  }

  receive(peer, message) {
    if (message.type === 'notes.cursor') {
      for (const other of this.peers) {
        if (other !== peer) other.deliver({ ...message, participant: peer.participant });
      }
      return;
    }
    if (message.type === 'notes.fetch') {
      peer.deliver({ type: 'notes.doc', id: message.id, doc: 'shared', rev: this.rev, text: this.text });
      return;
    }
    const { id, rev, client, clientSeq } = message;
    if (clientSeq <= (this.seen.get(client) ?? 0)) {
      peer.deliver({ type: 'ack', id });
      return;
    }
    const oldestBase = this.rev - this.history.length;
    if (rev < oldestBase) {
      this.refusals++;
      peer.deliver({ type: 'error', id, code: 'resync-required', message: 'fetch the document' });
      return;
    }
    let edit = TextOperation.fromJSON(message.op);
    for (const applied of this.history.slice(rev - oldestBase)) edit = TextOperation.transform(edit, applied)[0];
    this.text = edit.apply(this.text);
    this.rev++;
    this.history.push(edit);
    if (this.history.length > this.historyLimit) this.history.shift();
    this.seen.set(client, clientSeq);
    const event = {
      kind: 'notes.op', doc: 'shared', rev: this.rev, op: edit.toJSON(), by: peer.participant, client, clientSeq,
    };
    for (const p of this.peers) p.deliver({ type: 'event', event });
    peer.deliver({ type: 'ack', id, rev: this.rev });
  }
}

/** One editor (a browser tab) of `participant`, typing `sentence` one key at a time from the end of the text. */
class Typist {
  constructor({ name, participant, sentence, server, text }) {
    Object.assign(this, { name, participant, sentence, server });
    this.typed = 0;
    this.uplink = [];
    this.downlink = [];
    this.nextId = 1;
    this.textarea = new FakeTextarea(text);
    this.carets = new RemoteCarets();
    this.editor = bindTextarea(this.textarea, { onEdit: (op) => this.document.localEdit(op) });
    this.document = new NotesDocument({
      doc: 'shared',
      clientId: `c-${name}`,
      editor: this.editor,
      send: (message) => {
        const id = this.nextId++;
        this.uplink.push(JSON.stringify({ ...message, id }));
        return id;
      },
      onRefused: (error) => assert.fail(`${name}'s edit was refused: ${error.code}`),
      onServerOp: (rev, op, by) => this.carets.serverOp(rev, op, by),
      onRebase: (rev) => this.carets.reset(rev),
      later: () => assert.fail('nothing here is transient'),
    });
    this.document.load({ rev: server.rev, text, seen: {} });
  }

  get done() {
    return this.typed === this.sentence.length;
  }

  typeOne() {
    this.textarea.typeKey(this.sentence[this.typed++]);
    this.sendCursor();
  }

  /** What sync.js sends after a key: the caret in the server text at the document's revision. */
  sendCursor() {
    this.editor.flush();
    const { anchor, head } = this.document.toServerSelection(this.editor.selection());
    this.uplink.push(JSON.stringify({ type: 'notes.cursor', doc: 'shared', rev: this.document.rev, anchor, head }));
  }

  deliver(message) {
    this.downlink.push(JSON.stringify(message));
  }

  sendOne() {
    this.server.receive(this, JSON.parse(this.uplink.shift()));
  }

  receiveOne() {
    const message = JSON.parse(this.downlink.shift());
    if (message.type === 'event') this.document.event(message.event);
    else if (message.type === 'notes.cursor') this.carets.update(message, 0);
    else assert.ok(this.document.answer(message), `${this.name} did not expect ${JSON.stringify(message)}`);
  }

  /** The letters typed so far sit together just before the caret. */
  checkOwnRun() {
    const { value, selectionStart: caret } = this.textarea;
    const typed = this.sentence.slice(0, this.typed);
    assert.equal(value.slice(caret - typed.length, caret), typed,
      `${this.name}'s letters came apart: ${JSON.stringify(value)}, caret at ${caret}`);
  }
}

/** A sentence of `length` letters from one alphabet, so that nobody else's letters can pass for them. */
function sentence(rng, alphabet, length) {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[rng.int(alphabet.length)];
  return out;
}

const ALPHABETS = ['abcdefghij ', 'ABCDEFGHIJ-', '0123456789.'];

/**
 * One seeded session: every typist's caret starts at the end of `text`; each starts typing at a random moment and
 * goes on at a random pace while messages travel in a random order; then every queue drains.
 */
function simulate({ seed, text, typists: who, historyLimit = Infinity, checkCarets = false }) {
  const rng = random(seed);
  const server = new Server(text, historyLimit);
  const typists = who.map(([name, participant], i) => new Typist({
    name, participant, server, text, sentence: sentence(rng, ALPHABETS[i], 10 + rng.int(30)),
  }));
  server.peers = typists;
  const starts = typists.map(() => rng.int(20));
  const ready = (queue) => typists.filter((t) => t[queue].length > 0);
  for (let step = 0; typists.some((t) => !t.done); step++) {
    const roll = rng.next();
    const typing = typists.filter((t, i) => !t.done && step >= starts[i]);
    if (roll < 0.35 && typing.length > 0) {
      rng.pick(typing).typeOne();
    } else if (roll < 0.65 && ready('uplink').length > 0) {
      rng.pick(ready('uplink')).sendOne();
    } else if (ready('downlink').length > 0) {
      rng.pick(ready('downlink')).receiveOne();
    }
    typists.forEach((t) => t.checkOwnRun());
    const quiet = ready('uplink').length === 0 && ready('downlink').length === 0;
    if (checkCarets && quiet) assertCaretsAgree({ typists });
  }
  for (;;) {
    const moves = [...ready('uplink').map((t) => () => t.sendOne()), ...ready('downlink').map((t) => () => t.receiveOne())];
    if (moves.length === 0) break;
    rng.pick(moves)();
    typists.forEach((t) => t.checkOwnRun());
  }
  return { server, typists };
}

function assertWhole({ server, typists }, text) {
  assert.ok(server.text.startsWith(text), 'the text written before stays in front');
  for (const t of typists) {
    assert.equal(t.textarea.value, server.text, `${t.name} did not converge`);
    assert.ok(server.text.includes(t.sentence), `${t.name}'s ${JSON.stringify(t.sentence)} is not whole in `
      + JSON.stringify(server.text));
  }
}

/**
 * Everyone draws each other participant's caret where that participant's own editor has it (once all messages
 * have arrived, and once the participant has typed, so that its caret was sent).
 */
function assertCaretsAgree({ typists }) {
  for (const viewer of typists) {
    const drawn = new Map(viewer.carets.current().map((c) => {
      const { anchor, head } = viewer.document.toEditorSelection(c);
      return [c.participant, { anchor, head }];
    }));
    for (const owner of typists) {
      if (owner.participant === viewer.participant || owner.typed === 0) continue;
      const caret = owner.textarea.selectionStart;
      assert.deepEqual(drawn.get(owner.participant), { anchor: caret, head: caret },
        `${viewer.name} draws ${owner.name}'s caret elsewhere`);
    }
  }
}

/** Delivers every message still travelling, each socket's in order. */
function drain(typists) {
  while (typists.some((t) => t.uplink.length > 0 || t.downlink.length > 0)) {
    for (const t of typists) while (t.uplink.length > 0) t.sendOne();
    for (const t of typists) while (t.downlink.length > 0) t.receiveOne();
  }
}

const SEEDS = Array.from({ length: 300 }, (_, i) => 1000 + i);
const PAIR = [['interviewer', 'p-bo'], ['candidate', 'p-ada']];

describe('two people typing at the same spot', () => {
  test('each keeps their sentence whole at the end of a document, and carets are drawn where they are', () => {
    for (const seed of SEEDS) {
      const world = simulate({ seed, text: '## Requirements\n- ', typists: PAIR, checkCarets: true });
      assertWhole(world, '## Requirements\n- ');
      assertCaretsAgree(world);
    }
  });

  test('each keeps their sentence whole in an empty document', () => {
    for (const seed of SEEDS) {
      const world = simulate({ seed, text: '', typists: PAIR, checkCarets: true });
      assertWhole(world, '');
      assertCaretsAgree(world);
    }
  });

  test('each keeps their sentence whole when old edits are refused and rebased on the fetched text', () => {
    let refusals = 0;
    for (const seed of SEEDS) {
      const world = simulate({ seed, text: 'x', typists: PAIR, historyLimit: 2 });
      refusals += world.server.refusals;
      assertWhole(world, 'x');
    }
    assert.ok(refusals > 0, 'the resync path was exercised');
  });
});

describe('carets drawn on a third screen', () => {
  test('follow their owners when both type their first letter at once at the same spot', () => {
    for (const firstToServer of ['interviewer', 'candidate']) {
      const server = new Server('', Infinity);
      const make = (name, participant, words) => new Typist({ name, participant, server, text: '', sentence: words });
      const typists = [make('interviewer', 'p-bo', 'a'), make('candidate', 'p-ada', 'B'), make('observer', 'p-cy', '')];
      server.peers = typists;
      const [first, second] = firstToServer === 'interviewer' ? typists : [typists[1], typists[0]];
      first.typeOne();
      second.typeOne();
      first.sendOne(); // the edit
      second.sendOne();
      drain(typists);

      assertWhole({ server, typists }, '');
      assertCaretsAgree({ typists });
    }
  });
});

describe('three editors typing at the same spot', () => {
  test('interviewer, candidate and a second tab of the interviewer each keep their sentence whole', () => {
    for (const seed of SEEDS) {
      const world = simulate({
        seed, text: 'Notes: ', typists: [...PAIR, ['interviewer-tab-2', 'p-bo']],
      });
      assertWhole(world, 'Notes: ');
    }
  });

  test('three participants each keep their sentence whole, and see each other\'s carets where they are', () => {
    for (const seed of SEEDS) {
      const world = simulate({ seed, text: '', typists: [...PAIR, ['observer-turned-writer', 'p-cy']], checkCarets: true,
      });
      assertWhole(world, '');
      assertCaretsAgree(world);
    }
  });
});
