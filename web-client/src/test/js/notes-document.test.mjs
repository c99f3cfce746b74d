// One notes document between an editor and the socket: what it sends, and what each answer does to the edits
// not yet saved. The editor and the socket are plain objects; timers run when the test says so.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocState, NotesDocument, newClientId } from '../../main/resources/webroot/js/notes/document.js';
import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';

const op = (...components) => TextOperation.fromJSON(components);

/** A document wired to a fake editor and socket. `type(op)` is the user typing; `timers` run on demand. */
function setup({ rev = 0, text = '', seen = {}, loaded = true, limits = {} } = {}) {
  const sent = [];
  const refusals = [];
  const timers = [];
  let nextId = 1;
  let online = true;
  const editor = {
    value: text,
    text() { return this.value; },
    flush() {},
    applyRemote(remote) { this.value = remote.apply(this.value); },
    reset(next) { this.value = next; },
  };
  const doc = new NotesDocument({
    doc: 'shared',
    clientId: 'c-me',
    editor,
    send: (message) => {
      if (!online) return null;
      const id = nextId++;
      sent.push({ ...message, id });
      return id;
    },
    maxOpChars: () => limits.maxOpChars ?? Infinity,
    onRefused: (error) => refusals.push(error.message),
    later: (fn) => timers.push(fn),
  });
  if (loaded) doc.load({ rev, text, seen });
  const type = (edit) => {
    editor.value = edit.apply(editor.value);
    doc.localEdit(edit);
  };
  const echo = (message, newRev) => doc.event({
    kind: 'notes.op', doc: 'shared', rev: newRev, op: message.op, client: message.client, clientSeq: message.clientSeq,
  });
  const runTimers = () => timers.splice(0).forEach((fn) => fn());
  return {
    doc, editor, sent, refusals, type, echo, runTimers, setOnline: (value) => { online = value; },
  };
}

describe('a notes document', () => {
  test('sends each edit as notes.op with its revision, client and clientSeq, and is saved once it comes back', () => {
    const { doc, sent, type, echo } = setup({ rev: 4, text: 'abc' });
    assert.equal(doc.status(), 'saved');

    type(op(3, '!'));

    assert.deepEqual(sent, [{ type: 'notes.op', doc: 'shared', rev: 4, op: [3, '!'], client: 'c-me', clientSeq: 1, id: 1 }]);
    assert.equal(doc.status(), 'syncing');
    echo(sent[0], 5);
    assert.equal(doc.status(), 'saved');
    doc.disconnected();
    assert.equal(doc.status(), 'offline');
  });

  test('an edit longer than the welcome\'s maxOpChars goes out in parts, at the limit said when each is sent', () => {
    const limits = { maxOpChars: 4 };
    const { sent, type, echo } = setup({ limits });
    type(op('abcdefghij'));
    assert.deepEqual(sent.map((m) => m.op), [['abcd']]);
    limits.maxOpChars = 3; // a resume on another node announced less
    echo(sent[0], 1);
    echo(sent[1], 2);
    echo(sent[2], 3);
    assert.deepEqual(sent.map((m) => m.op.filter((c) => typeof c === 'string').join('')), ['abcd', 'efg', 'hij']);
  });

  test('client ids are c- and 12 hex digits, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newClientId()));
    assert.equal(ids.size, 50);
    for (const id of ids) assert.match(id, /^c-[0-9a-f]{12}$/);
  });

  test('resync-required fetches the document and rebases the pending edits on it', () => {
    const { doc, editor, sent, type } = setup({ rev: 1, text: 'abc' });
    type(op('X', 3));

    assert.ok(doc.answer({ type: 'error', id: 1, code: 'resync-required', message: 'too old' }));
    assert.deepEqual(sent[1], { type: 'notes.fetch', doc: 'shared', id: 2 });
    assert.equal(doc.status(), 'syncing');
    doc.answer({ type: 'notes.doc', id: 2, doc: 'shared', rev: 9, text: 'abc\nmore' });

    assert.equal(editor.value, 'Xabc\nmore');
    assert.deepEqual(sent[2], { type: 'notes.op', doc: 'shared', rev: 9, op: ['X', 8], client: 'c-me', clientSeq: 2, id: 3 });
  });

  test('a refusal for good drops what is not saved, shows the server text, says why and reads the document', () => {
    const { doc, editor, sent, refusals, type } = setup({ rev: 2, text: 'keep' });
    type(op(4, ' huge paste'));
    type(op(15, ' and more'));

    doc.answer({ type: 'error', id: 1, code: 'too-large', message: 'notes hold at most 100000 characters' });

    assert.equal(editor.value, 'keep');
    assert.deepEqual(refusals, ['notes hold at most 100000 characters']);
    assert.equal(sent.at(-1).type, 'notes.fetch');
    doc.answer({ type: 'notes.doc', id: sent.at(-1).id, doc: 'shared', rev: 2, text: 'keep' });
    assert.equal(doc.status(), 'saved');
  });

  test('unavailable sends the same edit again a moment later, unless it was settled meanwhile', () => {
    const { doc, sent, type, runTimers, echo } = setup({ rev: 0, text: '' });
    type(op('a'));

    doc.answer({ type: 'error', id: 1, code: 'unavailable', message: 'try again' });
    runTimers();
    assert.deepEqual(sent[1], { ...sent[0], id: 2 });

    doc.answer({ type: 'error', id: 2, code: 'unavailable', message: 'try again' });
    echo(sent[0], 1);
    runTimers();
    assert.equal(sent.length, 2);
  });

  test('a rate-limited message without id resends the edit in flight, which the server applies once', () => {
    const { doc, sent, type, runTimers } = setup();
    type(op('a'));
    doc.rateLimited();
    runTimers();
    assert.equal(sent.length, 2);
    assert.equal(sent[1].clientSeq, sent[0].clientSeq);
  });

  test('a refusal of an edit that is no longer in flight changes nothing', () => {
    const { doc, editor, sent, refusals, type, echo } = setup({ rev: 0, text: '' });
    type(op('a'));
    echo(sent[0], 1);
    type(op(1, 'b'));

    assert.ok(doc.answer({ type: 'error', id: 1, code: 'forbidden', message: 'late' }));
    assert.equal(editor.value, 'ab');
    assert.deepEqual(refusals, []);
  });

  test('answers to requests of an old socket are not ours after a new socket joined', () => {
    const { doc, type } = setup();
    type(op('a'));
    doc.newSocket();
    assert.equal(doc.answer({ type: 'error', id: 1, code: 'forbidden', message: 'x' }), false);
  });

  test('a resume resends the edit in flight; a snapshot that saw it lands it without sending it again', () => {
    const resumed = setup({ rev: 0, text: '' });
    resumed.type(op('a'));
    resumed.doc.newSocket();
    resumed.doc.reconnected();
    assert.deepEqual(resumed.sent[1], { ...resumed.sent[0], id: 2 });

    const { doc, editor, sent, type } = setup({ rev: 0, text: 'one\ntwo\n' });
    type(op(3, '!', 5)); // in flight
    type(op(8, '?', 1)); // buffered
    doc.newSocket();
    // The server applied our "!" and someone added a first line.
    doc.load({ rev: 2, text: 'zero\none!\ntwo\n', seen: { 'c-me': 1 } });
    assert.equal(editor.value, 'zero\none!\ntwo?\n');
    assert.deepEqual(sent.map((m) => [m.clientSeq, m.op]), [[1, [3, '!', 5]], [2, [13, '?', 1]]]);
  });

  test('a fetched document is not rebased on while the edit in flight may still land', () => {
    const { doc, editor, sent, type, runTimers } = setup({ rev: 0, text: '' });
    type(op('a'));
    // A hole in the revisions: this client cannot follow and reads the whole document.
    doc.event({ kind: 'notes.op', doc: 'shared', rev: 3, op: ['zzz'], client: 'c-other', clientSeq: 3 });
    const fetch = sent.at(-1);
    assert.equal(fetch.type, 'notes.fetch');

    doc.answer({ type: 'notes.doc', id: fetch.id, doc: 'shared', rev: 3, text: 'zzz' });
    assert.equal(editor.value, 'a', 'our edit may land at any moment: rebasing now could apply it twice');

    doc.answer({ type: 'ack', id: 1, seq: 20, rev: 4 });
    runTimers();
    const again = sent.at(-1);
    assert.equal(again.type, 'notes.fetch');
    doc.answer({ type: 'notes.doc', id: again.id, doc: 'shared', rev: 4, text: 'azzz' });
    assert.equal(editor.value, 'azzz');
    assert.equal(doc.status(), 'saved');
  });
});

// Where a document stands, one named state at a time, and what moves it from one to the next.
describe('a notes document\'s states', () => {
  const { loading, synced, awaiting, awaitingWithBuffer, resyncing, offline } = DocState;

  test('loading until a document arrives, then synced; a snapshot without one reads it', () => {
    const { doc, sent } = setup({ loaded: false });
    assert.equal(doc.state, loading);
    assert.equal(doc.status(), 'syncing');

    doc.newSocket();
    doc.reconnected(); // a resume brings no document: this one has none yet, so it asks
    assert.deepEqual(sent, [{ type: 'notes.fetch', doc: 'shared', id: 1 }]);
    assert.equal(doc.state, loading);

    doc.answer({ type: 'notes.doc', id: 1, doc: 'shared', rev: 3, text: 'hello' });
    assert.equal(doc.state, synced);
    assert.equal(doc.rev, 3);
  });

  test('synced, awaiting, awaiting with a buffer, and back as each echo arrives', () => {
    const { doc, sent, type, echo } = setup({ rev: 0, text: '' });
    assert.equal(doc.state, synced);

    type(op('a'));
    assert.equal(doc.state, awaiting);
    type(op(1, 'b'));
    type(op(2, 'c'));
    assert.equal(doc.state, awaitingWithBuffer);
    assert.equal(sent.length, 1, 'one edit in flight at a time');

    echo(sent[0], 1);
    assert.equal(doc.state, awaiting, 'the buffer goes out as the next edit');
    assert.deepEqual(sent[1].op, [1, 'bc']);
    echo(sent[1], 2);
    assert.equal(doc.state, synced);
    assert.equal(doc.status(), 'saved');
  });

  test('resync-required: resyncing until the fetched document comes, a second refusal of the same edit reads nothing more', () => {
    const { doc, editor, sent, type } = setup({ rev: 1, text: 'abc' });
    type(op(3, '!'));

    doc.answer({ type: 'error', id: 1, code: 'resync-required', message: 'too old' });
    assert.equal(doc.state, resyncing);
    doc.rateLimited(); // nothing to do with it: still one read out
    doc.answer({ type: 'error', id: 1, code: 'resync-required', message: 'too old' }); // an old duplicate
    assert.deepEqual(sent.map((m) => m.type), ['notes.op', 'notes.fetch']);

    doc.answer({ type: 'notes.doc', id: 2, doc: 'shared', rev: 4, text: 'xabc' });
    assert.equal(editor.value, 'xabc!');
    assert.equal(doc.state, awaiting, 'the rebased edit is in flight');
    assert.deepEqual(sent.at(-1), { type: 'notes.op', doc: 'shared', rev: 4, op: [4, '!'], client: 'c-me', clientSeq: 2, id: 3 });
  });

  test('a gap in the revisions resyncs; a read refused for now is asked again after a pause, while still needed', () => {
    const { doc, sent, runTimers } = setup({ rev: 0, text: '' });
    doc.event({ kind: 'notes.op', doc: 'shared', rev: 2, op: ['zz'], client: 'c-other', clientSeq: 2 });
    assert.equal(doc.state, resyncing);

    doc.answer({ type: 'error', id: 1, code: 'unavailable', message: 'busy' });
    assert.equal(doc.state, resyncing, 'still behind: waiting to ask again');
    assert.equal(sent.length, 1);
    runTimers();
    assert.deepEqual(sent.at(-1), { type: 'notes.fetch', doc: 'shared', id: 2 });

    doc.answer({ type: 'notes.doc', id: 2, doc: 'shared', rev: 2, text: 'zz' });
    assert.equal(doc.state, synced);
  });

  test('a fetched document it cannot use yet waits; the events catching up end the wait and no read goes again', () => {
    const { doc, sent, type, echo, runTimers } = setup({ rev: 0, text: '' });
    type(op('a'));
    doc.event({ kind: 'notes.op', doc: 'shared', rev: 2, op: ['zz'], client: 'c-other', clientSeq: 2 }); // a gap
    doc.answer({ type: 'notes.doc', id: 2, doc: 'shared', rev: 1, text: 'a' }); // holds our edit? it cannot tell
    // (rev 1 is ahead of this editor's 0, but whether "a" is ours or someone's is unknown without an ack)
    assert.equal(doc.state, resyncing);

    echo(sent[0], 1); // the event of our edit: the document is where the read said
    assert.equal(doc.state, synced);
    runTimers();
    assert.equal(sent.filter((m) => m.type === 'notes.fetch').length, 1, 'no read once the events caught up');
  });

  test('offline keeps the edits and sends nothing; the next socket resends the edit in flight and drops old answers', () => {
    const { doc, sent, type, setOnline, runTimers } = setup({ rev: 0, text: '' });
    type(op('a'));
    doc.answer({ type: 'error', id: 1, code: 'unavailable', message: 'busy' }); // a resend is scheduled...
    setOnline(false);
    doc.disconnected();
    assert.equal(doc.state, offline);
    assert.equal(doc.status(), 'offline');
    type(op(1, 'b'));
    runTimers(); // ...for a socket that is gone: it does nothing
    assert.equal(sent.length, 1);
    assert.equal(doc.state, offline);

    setOnline(true);
    doc.newSocket();
    doc.reconnected();
    assert.equal(doc.state, awaitingWithBuffer);
    assert.deepEqual(sent.map((m) => [m.clientSeq, m.op]), [[1, ['a']], [1, ['a']]], 'the same edit, once more');
    assert.equal(doc.answer({ type: 'ack', id: 1, seq: 5, rev: 1 }), false, 'an answer on the old socket is not ours');
  });

  test('an ack that names the revision lets a fetched document that reached it be used at once', () => {
    const { doc, editor, sent, type } = setup({ rev: 0, text: '' });
    type(op('a'));
    doc.answer({ type: 'ack', id: 1, seq: 3, rev: 1 });
    doc.event({ kind: 'notes.op', doc: 'shared', rev: 3, op: ['zz', 1], client: 'c-other', clientSeq: 1 }); // a gap
    assert.equal(doc.state, resyncing);

    doc.answer({ type: 'notes.doc', id: 2, doc: 'shared', rev: 3, text: 'zza' });
    assert.equal(doc.state, synced);
    assert.equal(editor.value, 'zza');
    assert.equal(sent.filter((m) => m.type === 'notes.op').length, 1, 'the landed edit is not sent again');
  });
});
