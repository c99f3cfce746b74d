// Text operations for the shared notes: the browser twin of protocol/.../ot/TextOperation.java. Both engines must
// normalise, compose and transform identically, or two screens drift apart; ot-vectors.json, generated from the
// Java engine, is replayed against this file by web-client/src/test/js/text-operation.test.mjs.
//
// An operation is a list of components over UTF-16 code units (JavaScript string indices): a positive integer
// retains that many units, a string inserts itself, a negative integer deletes that many units.

/** The invariants an operation can break, with the codes the Java engine's OtException.Invariant uses. */
export const Invariant = Object.freeze({
  baseLengthMismatch: 'base-length-mismatch',
  splitSurrogatePair: 'split-surrogate-pair',
  emptyComponent: 'empty-component',
  badComponent: 'bad-component',
});

/**
 * Which side of text inserted exactly at a position the position keeps to (CodeMirror's `assoc`): `before` leaves
 * it where it was, `after` moves it past the inserted text.
 */
export const Assoc = Object.freeze({ before: -1, after: 1 });

/** An operation that breaks one of the invariants; `invariant` is the code, the message has the numbers. */
export class OtError extends Error {
  constructor(invariant, detail) {
    super(`${invariant}: ${detail}`);
    this.name = 'OtError';
    this.invariant = invariant;
  }
}

// Java reads components as `Integer`; a larger count arrives as a `Long` and is a bad component there.
const MAX_COUNT = 0x7fffffff;

const isRetain = (c) => typeof c === 'number' && c > 0;
const isDelete = (c) => typeof c === 'number' && c < 0;
const isInsert = (c) => typeof c === 'string';
/** UTF-16 surrogate halves: no operation may cut between them. */
export const isHigh = (unit) => unit >= 0xd800 && unit <= 0xdbff;
export const isLow = (unit) => unit >= 0xdc00 && unit <= 0xdfff;

/** True when `index` falls between the two halves of a surrogate pair of `text`. */
function splitsPair(text, index) {
  return index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index));
}

/**
 * An edit of a plain-text document. Always normalised, like the Java engine: no empty components, no two
 * neighbours of the same kind, and an insert never directly follows a delete, so equal edits have equal JSON.
 * Immutable; build one with `TextOperation.builder()` or `TextOperation.fromJSON(array)`.
 */
export class TextOperation {
  /** Use the builder or fromJSON; this trusts that `ops` is already normalised. */
  constructor(ops, baseLength, targetLength) {
    this.ops = Object.freeze(ops);
    this.baseLength = baseLength;
    this.targetLength = targetLength;
    Object.freeze(this);
  }

  static builder() {
    return new Builder();
  }

  /** Reads the JSON form; every component must be a non-zero whole number or a non-empty string of whole pairs. */
  static fromJSON(json) {
    if (!Array.isArray(json)) {
      throw new OtError(Invariant.badComponent, 'an operation is an array of components');
    }
    const builder = new Builder();
    json.forEach((component, i) => {
      if (typeof component === 'string') {
        if (component === '') throw new OtError(Invariant.emptyComponent, `component ${i} inserts nothing`);
        requireWholePairs(component, i);
        builder.insert(component);
      } else if (Number.isInteger(component) && Math.abs(component) <= MAX_COUNT) {
        if (component === 0) throw new OtError(Invariant.emptyComponent, `component ${i} is zero`);
        if (component > 0) builder.retain(component);
        else builder.delete(-component);
      } else {
        throw new OtError(Invariant.badComponent,
          `component ${i} is ${JSON.stringify(component)}, not a whole number or a string`);
      }
    });
    return builder.build();
  }

  /** The JSON form is the component array itself, e.g. `[5, "hi", -2]`. */
  toJSON() {
    return [...this.ops];
  }

  isNoop() {
    return this.ops.length === 0 || (this.ops.length === 1 && isRetain(this.ops[0]));
  }

  equals(other) {
    return other instanceof TextOperation && this.ops.length === other.ops.length
      && this.ops.every((c, i) => c === other.ops[i]);
  }

  apply(doc) {
    if (doc.length !== this.baseLength) {
      throw new OtError(Invariant.baseLengthMismatch,
        `the operation spans ${this.baseLength} code units but the document has ${doc.length}`);
    }
    const out = [];
    let position = 0;
    for (const c of this.ops) {
      requireBoundary(doc, position);
      if (isInsert(c)) {
        out.push(c);
      } else if (isRetain(c)) {
        out.push(doc.slice(position, position + c));
        position += c;
      } else {
        position -= c;
      }
    }
    requireBoundary(doc, position);
    return out.join('');
  }

  /** The single operation with the effect of this one followed by `next`. */
  compose(next) {
    if (this.targetLength !== next.baseLength) {
      throw new OtError(Invariant.baseLengthMismatch,
        `the first operation produces ${this.targetLength} code units but the second spans ${next.baseLength}`);
    }
    const out = new Builder();
    const first = new Cursor(this.ops);
    const second = new Cursor(next.ops);
    while (first.more() || second.more()) {
      if (first.more() && isDelete(first.peek())) {
        out.delete(first.take(Infinity));
      } else if (second.more() && isInsert(second.peek())) {
        out.insert(second.takeInsert(Infinity));
      } else if (!first.more() || !second.more()) {
        throw new OtError(Invariant.baseLengthMismatch, 'the operations do not line up');
      } else {
        const n = Math.min(first.length(), second.length());
        const keep = isRetain(second.peek());
        if (isRetain(first.peek())) {
          first.take(n);
          if (keep) out.retain(second.take(n));
          else out.delete(second.take(n));
        } else {
          const inserted = first.takeInsert(n);
          second.take(n);
          if (keep) out.insert(inserted);
        }
      }
    }
    return out.build();
  }

  /**
   * Rewrites two concurrent operations on the same document so that each can follow the other:
   * `bPrime.apply(a.apply(doc)) === aPrime.apply(b.apply(doc))`. When both insert at the same place, `a`'s text
   * comes first. Returns `[aPrime, bPrime]`.
   */
  static transform(a, b) {
    if (a.baseLength !== b.baseLength) {
      throw new OtError(Invariant.baseLengthMismatch,
        `concurrent operations span ${a.baseLength} and ${b.baseLength} code units`);
    }
    const aPrime = new Builder();
    const bPrime = new Builder();
    const first = new Cursor(a.ops);
    const second = new Cursor(b.ops);
    while (first.more() || second.more()) {
      if (first.more() && isInsert(first.peek())) {
        const text = first.takeInsert(Infinity);
        aPrime.insert(text);
        bPrime.retain(text.length);
      } else if (second.more() && isInsert(second.peek())) {
        const text = second.takeInsert(Infinity);
        aPrime.retain(text.length);
        bPrime.insert(text);
      } else if (!first.more() || !second.more()) {
        throw new OtError(Invariant.baseLengthMismatch, 'the operations do not line up');
      } else {
        const n = Math.min(first.length(), second.length());
        const firstKeeps = isRetain(first.peek());
        const secondKeeps = isRetain(second.peek());
        first.take(n);
        second.take(n);
        if (firstKeeps && secondKeeps) {
          aPrime.retain(n);
          bPrime.retain(n);
        } else if (firstKeeps) {
          bPrime.delete(n);
        } else if (secondKeeps) {
          aPrime.delete(n);
        }
        // Both deleted the same text: neither needs to delete it again.
      }
    }
    return [aPrime.build(), bPrime.build()];
  }

  /** The operation that undoes this one on the document it produced; `doc` is the one it applied to. */
  invert(doc) {
    // Stricter than Java, which reads whatever `doc` holds at the deleted positions: a wrong document here would
    // make an inverse that deletes text the user never saw.
    if (doc.length !== this.baseLength) {
      throw new OtError(Invariant.baseLengthMismatch,
        `the operation spans ${this.baseLength} code units but the document has ${doc.length}`);
    }
    const out = new Builder();
    let position = 0;
    for (const c of this.ops) {
      if (isRetain(c)) {
        out.retain(c);
        position += c;
      } else if (isInsert(c)) {
        out.delete(c.length);
      } else {
        out.insert(doc.slice(position, position - c));
        position -= c;
      }
    }
    return out.build();
  }

  /**
   * Moves a caret or selection end through this operation: text inserted before it pushes it right; text deleted
   * before it pulls it left. `assoc` says which side of a change touching the position it keeps to, as CodeMirror's
   * `mapPos` does: with `Assoc.after` (the default) text inserted exactly at it, or replacing text around it, goes
   * before it; with `Assoc.before` it stays before text inserted exactly at it, and a position inside replaced text
   * goes to the start of the replacement. Either way a position at the end of deleted text lands after whatever
   * replaced it.
   */
  transformPosition(index, assoc = Assoc.after) {
    let oldPos = 0; // in the document this operation applies to
    let newPos = 0; // the same place in the document it produces
    const ops = this.ops;
    for (let i = 0; i < ops.length; i++) {
      const c = ops[i];
      if (isRetain(c)) {
        if (index < oldPos + c) return newPos + index - oldPos;
        oldPos += c;
        newPos += c;
        continue;
      }
      // One change: an insert, a delete, or an insert and the delete it replaces (normalised order).
      const inserted = isInsert(c) ? c.length : 0;
      let deleted = 0;
      if (isDelete(c)) deleted = -c;
      else if (i + 1 < ops.length && isDelete(ops[i + 1])) deleted = -ops[++i];
      if (index <= oldPos + deleted) {
        const atEndOfDeletion = deleted > 0 && index === oldPos + deleted;
        return assoc === Assoc.after || atEndOfDeletion ? newPos + inserted : newPos;
      }
      oldPos += deleted;
      newPos += inserted;
    }
    return newPos + index - oldPos;
  }

  toString() {
    return JSON.stringify(this.ops);
  }
}

/** Builds normalised operations: empty components vanish, neighbours merge, inserts go before deletes. */
export class Builder {
  constructor() {
    this.ops = [];
    this.baseLength = 0;
    this.targetLength = 0;
  }

  retain(n) {
    requireCount(n, 'retain');
    if (n === 0) return this;
    this.baseLength += n;
    this.targetLength += n;
    const last = this.ops.length - 1;
    if (last >= 0 && isRetain(this.ops[last])) this.ops[last] += n;
    else this.ops.push(n);
    return this;
  }

  insert(text) {
    if (typeof text !== 'string') throw new TypeError(`insert takes a string, not ${typeof text}`);
    if (text === '') return this;
    this.targetLength += text.length;
    const ops = this.ops;
    const last = ops.length - 1;
    if (last >= 0 && isInsert(ops[last])) {
      ops[last] += text;
    } else if (last >= 0 && isDelete(ops[last])) {
      // Canonical order: an insert next to a delete goes first, so equal edits compare equal.
      if (last > 0 && isInsert(ops[last - 1])) ops[last - 1] += text;
      else ops.splice(last, 0, text);
    } else {
      ops.push(text);
    }
    return this;
  }

  delete(n) {
    requireCount(n, 'delete');
    if (n === 0) return this;
    this.baseLength += n;
    const last = this.ops.length - 1;
    if (last >= 0 && isDelete(this.ops[last])) this.ops[last] -= n;
    else this.ops.push(-n);
    return this;
  }

  build() {
    return new TextOperation([...this.ops], this.baseLength, this.targetLength);
  }
}

function requireCount(n, what) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} takes a whole count >= 0, not ${n}`);
}

function requireBoundary(doc, position) {
  if (splitsPair(doc, position)) {
    throw new OtError(Invariant.splitSurrogatePair, `position ${position} falls inside a surrogate pair`);
  }
}

function requireWholePairs(text, index) {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHigh(unit) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      i++;
    } else if (isHigh(unit) || isLow(unit)) {
      throw new OtError(Invariant.splitSurrogatePair, `component ${index} holds half a surrogate pair`);
    }
  }
}

/** Walks an operation's components, handing out parts of one when the other side needs less. */
class Cursor {
  constructor(ops) {
    this.ops = ops;
    this.index = 0;
    this.current = ops.length > 0 ? ops[0] : null;
  }

  more() {
    return this.current !== null;
  }

  peek() {
    return this.current;
  }

  /** Length in the base (retain, delete) or target (insert) document. */
  length() {
    return isInsert(this.current) ? this.current.length : Math.abs(this.current);
  }

  takeInsert(n) {
    const text = this.current;
    if (n >= text.length) {
      this.advance();
      return text;
    }
    this.current = text.slice(n);
    return text.slice(0, n);
  }

  /** Takes up to `n` units of the current component and returns how many it took. */
  take(n) {
    if (isInsert(this.current)) return this.takeInsert(n).length;
    const value = this.current;
    const size = Math.abs(value);
    if (n >= size) {
      this.advance();
      return size;
    }
    this.current = value > 0 ? value - n : value + n;
    return n;
  }

  advance() {
    this.index++;
    this.current = this.index < this.ops.length ? this.ops[this.index] : null;
  }
}
