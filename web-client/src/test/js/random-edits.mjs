// Seeded randomness for the OT tests, so every failure replays exactly: the JavaScript twin of the Java tests'
// RandomEdits (different generator, same shape of documents and edits).

import { TextOperation } from '../../main/resources/webroot/js/ot/text-operation.js';

/** Plain letters, whitespace, an accented letter and two emoji (surrogate pairs in UTF-16). */
const PIECES = ['a', 'b', 'c', 'x', 'y', ' ', '\n', 'é', '😀', '🚀'];

/** mulberry32: a tiny, well-mixed 32-bit generator; `next()` is uniform in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (bound) => Math.floor(next() * bound);
  return {
    next,
    /** A whole number in [0, bound). */
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)],
    /** Up to `maxPieces` pieces of PIECES. */
    text(maxPieces) {
      let out = '';
      for (let i = int(maxPieces + 1); i > 0; i--) out += PIECES[int(PIECES.length)];
      return out;
    },
  };
}

/** Length in UTF-16 units of the code point starting at `index`. */
export function codePointUnits(text, index) {
  return text.codePointAt(index) > 0xffff ? 2 : 1;
}

/** A random operation that applies to `doc`; it only cuts the document between code points. */
export function randomOperation(rng, doc) {
  const op = TextOperation.builder();
  let position = 0;
  while (position < doc.length) {
    let end = position;
    for (let i = 1 + rng.int(4); i > 0 && end < doc.length; i--) end += codePointUnits(doc, end);
    switch (rng.int(4)) {
      case 0: op.delete(end - position); break;
      case 1: op.insert(rng.text(3)).retain(end - position); break;
      default: op.retain(end - position);
    }
    position = end;
  }
  if (rng.int(3) === 0) op.insert(rng.text(3));
  return op.build();
}
