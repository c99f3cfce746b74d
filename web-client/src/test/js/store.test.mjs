// The store hands the notes of a welcome or snapshot to js/notes/, which keeps the text (the one copy on the page),
// and keeps the server's limits for the forms and the notes.

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
const LIMITS = { maxNameLength: 12, maxTitleLength: 30, maxOpChars: 64, maxNotesChars: 4000 };

describe('the store and the notes', () => {
  test('a welcome hands its notes over in the change and the room keeps no copy to go stale', () => {
    const store = createStore();
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    const notes = { shared: { rev: 0, text: 'ab', seen: {} } };
    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, room: room(notes) });

    store.apply(notesOp(2, 'shared', 1, [2, '!'], 'c-1', 1));

    assert.deepEqual(changes[0], { type: 'welcome', snapshot: true, notes });
    assert.equal(store.get().room.notes, undefined);
    assert.equal(store.get().seq, 2);
    assert.equal(changes[1].event.kind, 'notes.op', 'the notes read their events from the change');
  });

  test('a snapshot hands its notes over too', () => {
    const store = createStore();
    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, room: room({ shared: { rev: 0, text: '', seen: {} } }) });
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    const notes = { shared: { rev: 7, text: 'later', seen: { 'c-1': 3 } } };

    store.apply({ type: 'snapshot', seq: 9, room: room(notes) });

    assert.deepEqual(changes, [{ type: 'snapshot', notes }]);
    assert.equal(store.get().room.notes, undefined);
  });

  test('a welcome without room keeps the room and says so', () => {
    const store = createStore();
    const changes = [];
    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, room: room({ shared: { rev: 3, text: 'x', seen: {} } }) });
    store.subscribe((state, change) => changes.push(change));

    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1 });

    assert.equal(store.get().room.title, 't');
    assert.deepEqual(changes, [{ type: 'welcome', snapshot: false }]);
  });

  test('the limits of the latest welcome are kept, and a welcome without limits keeps the ones before', () => {
    const store = createStore();
    assert.equal(store.get().limits, null);

    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, room: room({}), limits: LIMITS });
    assert.deepEqual(store.get().limits, LIMITS);
    const other = { ...LIMITS, maxOpChars: 10 }; // a resume on another node
    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, limits: other });
    assert.deepEqual(store.get().limits, other);
    store.apply({ type: 'welcome', you: { participant: 'p-1' }, seq: 1, room: room({}) });
    assert.deepEqual(store.get().limits, other);
  });
});
