// Carets and selections moved through edits, by one rule everywhere (the textarea, remote carets, pending edits):
// text someone else inserts exactly at my caret goes after it. The rule is CodeMirror's `SelectionRange.map`.
//
// Why this keeps each person's run of typing in one piece when two people type at the same spot:
// - Everyone types at their own caret, so an insertion from someone else lands at their caret, which is never inside
//   my run unless they move it there (runs do not overlap). It lands exactly at my caret only when their run starts
//   right after mine; the rule then keeps my caret before it, still right after my own last letter.
// - Two insertions tie at one position only when one of the runs is empty there, i.e. someone starts typing. The
//   transform's tie-break orders them the same way on every screen (the edit the server applies later, or a
//   client's own pending edit, goes first), so one run ends where the other begins and neither is split; the
//   person whose run comes second has the first run inserted before their caret, which moves along.
// The property tests in web-client/src/test/js/same-spot-typing.test.mjs check this on random interleavings.

import { Assoc } from './text-operation.js';

/**
 * Moves `{from, to}` (from <= to) through `op`, an edit by someone else. A caret (from === to) stays before
 * text inserted at it; a range keeps text inserted at its edges outside, so it still covers the same words, and
 * collapses to the start of the replacement when everything it covered is replaced.
 */
export function mapRange(op, from, to) {
  if (from === to) {
    const at = op.transformPosition(from, Assoc.before);
    return { from: at, to: at };
  }
  const start = op.transformPosition(from, Assoc.after);
  const end = op.transformPosition(to, Assoc.before);
  return end < start ? { from: end, to: end } : { from: start, to: end };
}

/** `{anchor, head}` through `op`, an edit by someone else (see mapRange); the direction is kept. */
export function mapSelection(op, { anchor, head }) {
  const backward = head < anchor;
  const { from, to } = mapRange(op, Math.min(anchor, head), Math.max(anchor, head));
  return backward ? { anchor: to, head: from } : { anchor: from, head: to };
}

/**
 * `{anchor, head}` through `op`, an edit by the selection's owner: their own text typed at their caret moves it
 * along, as their editor did when they typed it.
 */
export function mapOwnSelection(op, { anchor, head }) {
  return { anchor: op.transformPosition(anchor, Assoc.after), head: op.transformPosition(head, Assoc.after) };
}
