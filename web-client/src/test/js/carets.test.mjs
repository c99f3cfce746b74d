// Other people's carets, kept at the current revision whatever revision they were sent at.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CARET_TTL_MS, RemoteCarets, hueOf } from '../../main/resources/webroot/js/notes/carets.js';
import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';

const op = (...components) => TextOperation.fromJSON(components);

describe('remote carets', () => {
  test('a caret moves through every later server edit: text typed before it pushes it along', () => {
    const carets = new RemoteCarets();
    carets.reset(5);
    carets.update({ participant: 'p-bo', rev: 5, anchor: 10, head: 12 }, 0);

    carets.serverOp(6, op('## ', 20)); // someone typed above
    carets.serverOp(7, op(30, 'tail')); // and after it

    assert.deepEqual(carets.current(), [{ participant: 'p-bo', anchor: 13, head: 15, at: 0 }]);
  });

  test('someone else\'s text typed exactly at a caret goes after it; its owner\'s own typing carries it along', () => {
    const carets = new RemoteCarets();
    carets.reset(0);
    carets.update({ participant: 'p-bo', rev: 0, anchor: 4, head: 4 }, 0);

    carets.serverOp(1, op(4, 'ada', 2), 'p-ada');
    assert.deepEqual(carets.current()[0], { participant: 'p-bo', anchor: 4, head: 4, at: 0 });
    carets.serverOp(2, op(4, 'bo', 5), 'p-bo');
    assert.deepEqual(carets.current()[0], { participant: 'p-bo', anchor: 6, head: 6, at: 0 });
  });

  test('a selection keeps text typed at its edges by someone else outside it', () => {
    const carets = new RemoteCarets();
    carets.reset(0);
    carets.update({ participant: 'p-bo', rev: 0, anchor: 6, head: 2 }, 0);

    carets.serverOp(1, op(2, '<', 4, '>', 2), 'p-ada');

    assert.deepEqual(carets.current()[0], { participant: 'p-bo', anchor: 7, head: 3, at: 0 });
  });

  test('a caret sent at an older revision is moved through the edits since, by the same rule', () => {
    const carets = new RemoteCarets();
    carets.reset(1);
    carets.serverOp(2, op(3, 'ada'), 'p-ada');
    carets.serverOp(3, op(6, 'bo'), 'p-bo');

    carets.update({ participant: 'p-bo', rev: 1, anchor: 3, head: 3 }, 0);

    assert.deepEqual(carets.current(), [{ participant: 'p-bo', anchor: 3, head: 3, at: 0 }]);
  });

  test('a caret sent at an older revision is moved through the edits since', () => {
    const carets = new RemoteCarets();
    carets.reset(1);
    carets.serverOp(2, op('ab', 5));
    carets.serverOp(3, op(1, -1, 5));

    carets.update({ participant: 'p-bo', rev: 1, anchor: 3, head: 3 }, 0);

    assert.deepEqual(carets.current(), [{ participant: 'p-bo', anchor: 4, head: 4, at: 0 }]);
  });

  test('a caret sent at a revision this client has not reached waits for it, and is not moved by older edits', () => {
    const carets = new RemoteCarets();
    carets.reset(1);
    carets.update({ participant: 'p-bo', rev: 3, anchor: 2, head: 2 }, 0);
    assert.deepEqual(carets.current(), []);

    carets.serverOp(2, op('x', 3));
    carets.serverOp(3, op('y', 4));
    assert.deepEqual(carets.current(), [{ participant: 'p-bo', anchor: 2, head: 2, at: 0 }]);
    carets.serverOp(4, op('z', 5));
    assert.deepEqual(carets.current(), [{ participant: 'p-bo', anchor: 3, head: 3, at: 0 }]);
  });

  test('a caret older than the kept edits is not drawn at a guessed place', () => {
    const carets = new RemoteCarets();
    carets.reset(500);
    carets.serverOp(501, op('x'));
    assert.equal(carets.update({ participant: 'p-bo', rev: 400, anchor: 0, head: 0 }, 0), false);
    assert.deepEqual(carets.current(), []);
  });

  test('carets go after a quiet while, when their owner leaves, and when the document is rebased', () => {
    const carets = new RemoteCarets();
    carets.reset(0);
    carets.update({ participant: 'p-bo', rev: 0, anchor: 0, head: 0 }, 1000);
    carets.update({ participant: 'p-cy', rev: 0, anchor: 0, head: 0 }, 20000);

    assert.equal(carets.expire(1000 + CARET_TTL_MS - 1), false);
    assert.equal(carets.expire(1000 + CARET_TTL_MS), true);
    assert.deepEqual(carets.current().map((c) => c.participant), ['p-cy']);
    assert.equal(carets.remove('p-cy'), true);

    carets.update({ participant: 'p-bo', rev: 0, anchor: 0, head: 0 }, 1000);
    carets.reset(9);
    assert.deepEqual(carets.current(), []);
  });

  test('each participant has one stable hue', () => {
    assert.equal(hueOf('p-4f9a'), hueOf('p-4f9a'));
    assert.notEqual(hueOf('p-4f9a'), hueOf('p-17c2'));
    for (const id of ['p-1', 'p-2', 'p-zzzzzz', '']) {
      assert.ok(Number.isInteger(hueOf(id)) && hueOf(id) >= 0 && hueOf(id) < 360);
    }
  });
});
