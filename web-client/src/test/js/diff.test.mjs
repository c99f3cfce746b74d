// The line diff used to rebase pending edits on a document known only as text (snapshot, notes.doc).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diffByLines } from '../../main/resources/webroot/js/ot/diff.js';
import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';
import { random, randomOperation } from './random-edits.mjs';

const op = (...components) => TextOperation.fromJSON(components);

describe('the line diff', () => {
  test('turns the old text into the new one for hundreds of random edits, in normalised form', () => {
    const rng = random(7);
    for (let i = 0; i < 600; i++) {
      let before = rng.text(40);
      for (let n = rng.int(3); n > 0; n--) before = randomOperation(rng, before).apply(before);
      const after = randomOperation(rng, before).apply(before);
      const diff = diffByLines(before, after);
      const where = `before=${JSON.stringify(before)} after=${JSON.stringify(after)}`;
      assert.equal(diff.apply(before), after, where);
      assert.ok(diff.equals(TextOperation.fromJSON(diff.toJSON())), where);
    }
  });

  test('keeps the lines both texts share and replaces only inside the lines that changed', () => {
    const before = 'one\ntwo\nthree\nfour\n';
    const after = 'ONE\ntwo\nthree\nfour!\n';

    assert.deepEqual(diffByLines(before, after).toJSON(), ['ONE', -3, 15, '!', 1]);
    assert.deepEqual(diffByLines('a\nb\n', 'a\nx\nb\n').toJSON(), [2, 'x\n', 2]);
    assert.deepEqual(diffByLines('a\nb\nc', 'a\nc').toJSON(), [2, -2, 1]);
    assert.deepEqual(diffByLines('same', 'same').toJSON(), [4]);
    assert.deepEqual(diffByLines('', '').toJSON(), []);
    assert.deepEqual(diffByLines('', 'new\n').toJSON(), ['new\n']);
  });

  test('rebases an insert in an untouched line to exactly where it was made, between distant changes', () => {
    const server = 'Title\n\nParagraph A\n\nParagraph B\n\nParagraph C\n';
    const now = 'Title!\n\nParagraph A\n\nParagraph B\n\nParagraph C, longer\n';
    const local = op(31, ' (mine)', 14); // at the end of "Paragraph B"

    const [rebased] = TextOperation.transform(local, diffByLines(server, now));

    assert.equal(rebased.apply(now), 'Title!\n\nParagraph A\n\nParagraph B (mine)\n\nParagraph C, longer\n');
  });
});
