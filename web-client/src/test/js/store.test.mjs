// The store keeps the notes as the server has them, so a late editor (or a reader of the state) starts right.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore } from '../../main/resources/webroot/js/store.js';

const room = (notes) => ({
  id: 'r', title: 't', mode: 'pair', participants: [], prompt: { title: 'p', revealed: false },
  timer: { durationMs: 1, state: 'idle', remainingMs: 1, since: 0 }, notes,
});
const notesOp = (seq, doc, rev, op, client, clientSeq) => ({
  type: 'event', seq, at: 0, event: { kind: 'notes.op', doc, rev, op, by: 'p-1', client, clientSeq },
});

describe('the store and the notes', () => {
  test('a notes.op event moves the document to its revision and records whose edit landed', () => {
    const store = createStore();
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, room: room({ shared: { rev: 0, text: 'ab', seen: {} } }) });

    store.apply(notesOp(2, 'shared', 1, [2, '!'], 'c-1', 1));
    store.apply(notesOp(3, 'private', 1, ['x'], 'c-2', 1)); // not a document this viewer holds

    assert.deepEqual(store.get().room.notes, { shared: { rev: 1, text: 'ab!', seen: { 'c-1': 1 } } });
    assert.deepEqual(changes[0], { type: 'welcome', snapshot: true });
  });

  test('a welcome without room keeps the notes and says so', () => {
    const store = createStore();
    const changes = [];
    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, room: room({ shared: { rev: 3, text: 'x', seen: {} } }) });
    store.subscribe((state, change) => changes.push(change));

    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1 });

    assert.equal(store.get().room.notes.shared.text, 'x');
    assert.deepEqual(changes, [{ type: 'welcome', snapshot: false }]);
  });
});
