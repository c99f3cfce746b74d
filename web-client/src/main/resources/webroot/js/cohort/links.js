// The personal links as a table and as CSV (name, room, seat, link), for the organizer to copy or download once
// the cohort exists. Pure.

/** One row per person, in room order then seat order, from the create answer. */
export function linkRows(created) {
  return created.rooms.flatMap((room) => room.members.map((m) => ({
    name: m.name, room: room.title || room.room, seat: m.seat, link: m.link,
  })));
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break. A cell a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) gets a leading apostrophe, so a name can never become a formula.
 */
export function csvCell(value) {
  let text = String(value == null ? '' : value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV with a header line, CRLF-separated as RFC 4180 writes it. */
export function linksCsv(rows) {
  const lines = [['name', 'room', 'seat', 'link'], ...rows.map((r) => [r.name, r.room, r.seat, r.link])];
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name for the download, from the cohort's title: "week-6-mock-loop-links.csv". */
export function linksFilename(title) {
  const slug = String(title || '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'cohort'}-links.csv`;
}
