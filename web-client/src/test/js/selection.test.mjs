// How carets and selections move through someone else's edit: CodeMirror's SelectionRange.map rule.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mapOwnSelection, mapRange, mapSelection } from '../../main/resources/webroot/js/ot/selection.js';
import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';
import { random, randomOperation } from './random-edits.mjs';

const op = (...components) => TextOperation.fromJSON(components);

describe('mapping a selection through someone else\'s edit', () => {
  test('a caret stays before text inserted exactly at it, and moves with text inserted before it', () => {
    assert.deepEqual(mapRange(op(3, 'xy', 2), 3, 3), { from: 3, to: 3 });
    assert.deepEqual(mapRange(op(1, 'xy', 4), 3, 3), { from: 5, to: 5 });
    assert.deepEqual(mapRange(op(3, -2), 4, 4), { from: 3, to: 3 });
  });

  test('a range keeps text inserted at either edge outside and text inserted inside it inside', () => {
    assert.deepEqual(mapRange(op(2, '<', 3, '>', 1), 2, 5), { from: 3, to: 6 });
    assert.deepEqual(mapRange(op(3, 'in', 3), 2, 5), { from: 2, to: 7 });
  });

  test('a range whose text is replaced collapses to the start of the replacement', () => {
    assert.deepEqual(mapRange(op(1, 'new', -5, 1), 2, 4), { from: 1, to: 1 });
  });

  test('the direction of a selection is kept', () => {
    assert.deepEqual(mapSelection(op('>> ', 6), { anchor: 5, head: 1 }), { anchor: 8, head: 4 });
    assert.deepEqual(mapSelection(op('>> ', 6), { anchor: 1, head: 5 }), { anchor: 4, head: 8 });
  });

  test('the owner\'s own text typed at their caret carries it along', () => {
    assert.deepEqual(mapOwnSelection(op(3, 'xy', 2), { anchor: 3, head: 3 }), { anchor: 5, head: 5 });
  });

  test('on random edits a mapped range stays inside the new text and never turns around', () => {
    const rng = random(77);
    for (let i = 0; i < 500; i++) {
      const doc = rng.text(10);
      const edit = randomOperation(rng, doc);
      const a = rng.int(doc.length + 1);
      const b = rng.int(doc.length + 1);
      const { from, to } = mapRange(edit, Math.min(a, b), Math.max(a, b));
      assert.ok(from >= 0 && from <= to && to <= edit.targetLength, `${edit} moved [${a}, ${b}] to [${from}, ${to}]`);
    }
  });
});
