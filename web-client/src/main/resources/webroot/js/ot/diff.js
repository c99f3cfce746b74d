// Turning two texts into one operation: one replacement span, for an editor that reports only its new value (a
// textarea), or line by line, for the times the server's edits are only known as a new text (a snapshot, a
// fetched document). Lines that are the same in both are kept as they are, so an edit this client
// still has pending in such a line is rebased to exactly where it was made; only inside lines that changed does
// it move to the edge of the change.

import { Builder, TextOperation, isHigh, isLow } from './text-operation.js';

/** Past this many changed lines the line diff costs more than it saves: one replacement span is used instead. */
const MAX_CHANGED_LINES = 2000;

/**
 * An operation turning `oldText` into `newText`: a retain for every line the two share, and for each run of
 * changed lines the replacement of the span between their common prefix and suffix (see `diffToOperation`).
 */
export function diffByLines(oldText, newText) {
  if (oldText === newText) return TextOperation.builder().retain(oldText.length).build();
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    tail++;
  }
  const matches = matchedLines(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  if (matches === null) return diffToOperation(oldText, newText);

  const out = new Builder();
  const keep = (lines) => out.retain(lines.reduce((n, line) => n + line.length, 0));
  keep(a.slice(0, head));
  let i = 0;
  let j = 0;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  for (const [x, y] of [...matches, [middleA.length, middleB.length]]) {
    if (x > i || y > j) append(out, diffToOperation(middleA.slice(i, x).join(''), middleB.slice(j, y).join('')));
    if (x < middleA.length) keep([middleA[x]]);
    i = x + 1;
    j = y + 1;
  }
  keep(a.slice(a.length - tail));
  return out.build();
}

/** Lines with their line breaks, so that joining them gives the text back. */
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) || [];
}

function append(builder, op) {
  for (const c of op.ops) {
    if (typeof c === 'string') builder.insert(c);
    else if (c > 0) builder.retain(c);
    else builder.delete(-c);
  }
}

/**
 * The pairs `[x, y]` of equal lines `a[x] === b[y]` in a shortest edit script (Myers' O(ND) algorithm), in
 * order; null when more than MAX_CHANGED_LINES lines differ.
 */
function matchedLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_CHANGED_LINES);
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace = []; // trace[d]: v on diagonals -d-1 .. d+1 before step d
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
        ? v[offset + k + 1]
        : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace, n, m) {
  const matches = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d];
    const at = (k) => before[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      matches.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  return matches.reverse();
}

/**
 * The operation that turns `oldText` into `newText` by replacing the one span between their common prefix and
 * common suffix, e.g. a textarea's value before and after an input event. The cuts never fall inside a surrogate
 * pair, so the result always applies; it is not a minimal diff when the change touches several places.
 */
export function diffToOperation(oldText, newText) {
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHigh(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < shorter - prefix
    && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
    suffix++;
  }
  if (suffix > 0 && isLow(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  return new Builder()
    .retain(prefix)
    .delete(oldText.length - prefix - suffix)
    .insert(newText.slice(prefix, newText.length - suffix))
    .retain(suffix)
    .build();
}
