// Carets and selections moved through edits, by one rule everywhere (the textarea, remote carets, pending edits):
// text someone else inserts exactly at my caret goes after it, so my caret stays at the end of what I am typing
// and two people typing at the same spot each keep their words whole. With the OT tie-break (the edit sequenced
// later, or still pending here, goes first at a shared position) this keeps each person's run contiguous: a
// remote run never lands between my caret and my own text. The rule is CodeMirror's `SelectionRange.map`.

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
