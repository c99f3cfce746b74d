// The roster and its groups, pure: what the organizer pasted or uploaded becomes a list of names, and the names
// become groups by the same rule the server uses (it groups people in the order sent and never shuffles), so the
// preview is exactly what "Create cohort" will make. "Reshuffle" only reorders the list before it is sent.

/** Group sizes the organizer may choose: 2 makes pairs, 3..8 groups that rotate (the server's bounds). */
export const MIN_GROUP = 2;
export const MAX_GROUP = 8;

/** The seat each member of a group takes in round 1, by place: first interviewer, second candidate, rest observe. */
export function seatAt(index) {
  return index === 0 ? 'interviewer' : index === 1 ? 'candidate' : 'observer';
}

/** One CSV record's cells, with RFC 4180 quoting ("a ""b""" → a "b"); the separator is `sep`. */
export function csvCells(line, sep = ',') {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells.map((s) => s.trim());
}

/** The separator of a CSV roster (tab, semicolon or comma, as spreadsheets export them), or null for plain lines. */
function separatorOf(firstLine) {
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';') && !firstLine.includes(',')) return ';';
  if (firstLine.includes(',')) return ',';
  return null;
}

/**
 * The names in a pasted or uploaded roster, in order, blanks dropped. Plain text is one name per line. A CSV (its
 * first line has a comma, semicolon or tab) gives the column headed "name" (any case), its header row skipped;
 * without such a header, the first column of every row.
 */
export function parseRoster(text) {
  const lines = String(text || '').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  if (!lines.length) return [];
  const sep = separatorOf(lines[0]);
  if (!sep) return lines.map((l) => l.trim());
  const header = csvCells(lines[0], sep).map((c) => c.toLowerCase());
  const column = header.indexOf('name');
  const rows = column >= 0 ? lines.slice(1) : lines;
  return rows.map((l) => csvCells(l, sep)[Math.max(0, column)] || '').filter((name) => name !== '');
}

/** Names that appear more than once (ignoring case and spaces around them), each named once, in roster order. */
export function duplicateNames(names) {
  const seen = new Set();
  const twice = new Set();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  const shown = new Set();
  return names.filter((n) => {
    const key = n.trim().toLowerCase();
    if (!twice.has(key) || shown.has(key)) return false;
    shown.add(key);
    return true;
  });
}

/**
 * The sizes of the groups for `n` people in groups of `size`, largest first: the server's rule. k = ⌊n/size⌋
 * groups, one group of everyone when that is 0; when spreading n over k groups would make a group larger than
 * size + 1 (or than 8), one group more. Sizes then differ by at most one.
 * Pairs of 7 → 3,2,2; threes of 14 → 4,4,3,3; fours of 11 → 4,4,3; eights of 17 → 6,6,5.
 */
export function groupSizes(n, size) {
  if (!Number.isInteger(n) || n < 2) return [];
  const g = Math.min(MAX_GROUP, Math.max(MIN_GROUP, size));
  let k = Math.floor(n / g);
  if (k === 0) return [n];
  const largest = Math.ceil(n / k);
  if (largest > g + 1 || largest > MAX_GROUP) k = Math.ceil(n / g);
  const base = Math.floor(n / k);
  const larger = n % k;
  return Array.from({ length: k }, (_, i) => base + (i < larger ? 1 : 0));
}

/** The groups, in order, each `[{name, seat}]`: the list cut by `groupSizes`, seats by place. */
export function groupPeople(names, size) {
  const groups = [];
  let start = 0;
  for (const count of groupSizes(names.length, size)) {
    groups.push(names.slice(start, start + count).map((name, i) => ({ name, seat: seatAt(i) })));
    start += count;
  }
  return groups;
}

/** A new order of `names` (Fisher–Yates); `random` returns [0, 1) like Math.random. */
export function shuffled(names, random = Math.random) {
  const list = [...names];
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
