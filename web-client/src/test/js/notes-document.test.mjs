// One notes document between an editor and the socket: what it sends, and what each answer does to the edits
// not yet saved. The editor and the socket are plain objects; timers run when the test says so.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { NotesDocument, newClientId } from '../../main/resources/webroot/js/notes/document.js';
import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';

const op = (...components) => TextOperation.fromJSON(components);

/** A document wired to a fake editor and socket. `type(op)` is the user typing; `timers` run on demand. */
function setup({ rev = 0, text = '', seen = {} } = {}) {
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
    onRefused: (error) => refusals.push(error.message),
    later: (fn) => timers.push(fn),
  });
  doc.load({ rev, text, seen });
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
    assert.equal(doc.status(true), 'saved');

    type(op(3, '!'));

    assert.deepEqual(sent, [{ type: 'notes.op', doc: 'shared', rev: 4, op: [3, '!'], client: 'c-me', clientSeq: 1, id: 1 }]);
    assert.equal(doc.status(true), 'syncing');
    assert.equal(doc.status(false), 'offline');
    echo(sent[0], 5);
    assert.equal(doc.status(true), 'saved');
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
    assert.equal(doc.status(true), 'syncing');
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
    assert.equal(doc.status(true), 'saved');
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
    assert.equal(doc.status(true), 'saved');
  });
});
