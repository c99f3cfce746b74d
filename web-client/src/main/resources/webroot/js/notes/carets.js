// Other participants' carets in one document. Each is kept in the server's coordinates at the current revision:
// a `notes.cursor` says where a caret was at some revision, so it is moved through the server edits that came
// after it (or waits for the ones its sender had seen and this client has not), and through every edit that
// arrives later. The editor's own pending edits are applied when drawing (NotesDocument.toEditorSelection).
// No DOM.

/** A caret not heard from for this long is dropped (its owner went idle or away). */
export const CARET_TTL_MS = 30000;

import { mapOwnSelection, mapSelection } from '../ot/selection.js';

/** How many recent server edits are kept to move carets sent at an older revision. */
const HISTORY = 100;

/** A stable hue (0–359) per participant id, so someone's caret has the same colour on every screen. */
export function hueOf(participantId) {
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < participantId.length; i++) {
    hash ^= participantId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 360;
}

/**
 * A caret moved through the server edit `op` by participant `by`: its owner's own typing carries it along, anyone
 * else's text inserted exactly at it goes after it, as on the owner's screen (js/ot/selection.js).
 */
const move = (participant, caret, { rev, op, by }) => ({
  ...caret, rev, ...(by === participant ? mapOwnSelection : mapSelection)(op, caret),
});

export class RemoteCarets {
  constructor() {
    this.carets = new Map(); // participant -> { rev, anchor, head, at }
    this.history = []; // { rev, op }, oldest first
    this.rev = null;
  }

  /** The document was loaded or rebased at `rev` without a known edit: old positions mean nothing now. */
  reset(rev) {
    this.carets.clear();
    this.history = [];
    this.rev = rev;
  }

  /** The document reached `rev` through the server edit `op`, made by participant `by`. */
  serverOp(rev, op, by = null) {
    const edit = { rev, op, by };
    this.history.push(edit);
    if (this.history.length > HISTORY) this.history.shift();
    this.rev = rev;
    for (const [participant, caret] of this.carets) {
      if (caret.rev < rev) this.carets.set(participant, move(participant, caret, edit));
    }
  }

  /** A `notes.cursor` message received at `now`. False when it cannot be placed (older than the kept edits). */
  update({ participant, rev, anchor, head }, now) {
    if (this.rev == null) return false;
    let caret = { rev, anchor, head, at: now };
    if (rev < this.rev) {
      const later = this.history.filter((h) => h.rev > rev);
      if (later.length !== this.rev - rev) return false;
      caret = later.reduce((c, edit) => move(participant, c, edit), caret);
    }
    this.carets.set(participant, caret);
    return true;
  }

  /** True when the participant had a caret. */
  remove(participant) {
    return this.carets.delete(participant);
  }

  /** Drops the carets not updated for CARET_TTL_MS; true when any went. */
  expire(now) {
    let removed = false;
    for (const [participant, caret] of this.carets) {
      if (now - caret.at >= CARET_TTL_MS) removed = this.carets.delete(participant) || removed;
    }
    return removed;
  }

  /** The carets at the current revision, `{participant, anchor, head, at}` in server coordinates. */
  current() {
    return [...this.carets]
      .filter(([, caret]) => caret.rev === this.rev)
      .map(([participant, { anchor, head, at }]) => ({ participant, anchor, head, at }));
  }
}
