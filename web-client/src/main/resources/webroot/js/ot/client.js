// The editing side of OT for one notes document: the ot.js client state machine. At most one edit is in flight
// to the server (the outstanding one); edits made meanwhile are composed into one buffer and sent when the
// server confirms. Every server edit is transformed past the pending ones before it reaches the editor, and the
// server, which transforms our edits past everyone else's, gets the same result (transform's tie-break puts the
// pending, client-side edit first on both sides).
//
// Its `serverText` is the page's one copy of the document as the server has it (js/store.js keeps none).
//
// No transport and no DOM: the caller wires `send` to a `notes.op` command, feeds every `notes.op` event of the
// document to `applyServer`, and applies what `applyRemote` receives to the editor.

import { TextOperation } from './text-operation.js';
import { diffByLines, diffToOperation } from './diff.js';
import { mapSelection } from './selection.js';

/** What the UI shows: "saved" when synchronized, "syncing" otherwise. */
export const ClientState = Object.freeze({
  synchronized: 'synchronized',
  awaiting: 'awaiting',
  buffering: 'buffering',
});

/** An event skipped a revision: this client can no longer follow the document and must fetch it. */
export class RevisionGapError extends Error {
  constructor(expected, got) {
    super(`expected the edit making revision ${expected} but got revision ${got}; fetch the document and resync`);
    this.name = 'RevisionGapError';
  }
}

const SYNCHRONIZED = Object.freeze({ name: ClientState.synchronized });

// The pending state is a value, replaced on every transition. `sent` is the outstanding edit exactly as it went
// on the wire (so a resend is byte-for-byte the same command and the server can apply it once); `outstanding` is
// that edit transformed up to `rev`, i.e. what it does to the server text this client has; `landedAt` is the
// revision the server's `ack` says it made, while its event has not arrived yet (null until then).
const awaiting = (sent, outstanding, landedAt = null) =>
  Object.freeze({ name: ClientState.awaiting, sent, outstanding, landedAt });
const buffering = (sent, outstanding, buffer, landedAt = null) =>
  Object.freeze({ name: ClientState.buffering, sent, outstanding, buffer, landedAt });

const asOperation = (op) => (op instanceof TextOperation ? op : TextOperation.fromJSON(op));

export class OtClient {
  /**
   * @param rev         the document's revision, as in the snapshot or `notes.doc`
   * @param text        the document's text at `rev` (kept to rebase pending edits, and to undo them for carets)
   * @param clientId    this editor instance's random id, the `client` of its `notes.op` commands
   * @param send        `(rev, op, clientSeq)`: send one `notes.op` command
   * @param applyRemote `(op)`: apply another participant's edit, already transformed, to the editor
   * @param maxOpChars  the server's limit on characters one edit may insert, or a function reading it when an edit
   *                    goes out (the limit arrives with each welcome); a larger pending edit (say, a long
   *                    stretch typed offline) goes out as several edits instead of being refused
   */
  constructor({ rev, text = '', clientId, send, applyRemote, maxOpChars = Infinity }) {
    this.maxOpChars = typeof maxOpChars === 'function' ? maxOpChars : () => maxOpChars;
    this.rev = rev;
    this.serverText = text;
    this.clientId = clientId;
    this.sendOp = send;
    this.applyRemote = applyRemote;
    this.nextClientSeq = 1;
    this.pending = SYNCHRONIZED;
    this.resyncUnderway = false;
  }

  /** 'synchronized' | 'awaiting' | 'buffering'. */
  get state() {
    return this.pending.name;
  }

  /** A local edit, based on the editor's current text. */
  applyClient(op) {
    const edit = asOperation(op);
    const p = this.pending;
    switch (p.name) {
      case ClientState.synchronized:
        this.sendNew(edit);
        break;
      case ClientState.awaiting:
        this.pending = buffering(p.sent, p.outstanding, edit, p.landedAt);
        break;
      default:
        this.pending = buffering(p.sent, p.outstanding, p.buffer.compose(edit), p.landedAt);
    }
  }

  /** One `notes.op` event of this document (`{rev, op, client, clientSeq}`), in the order they arrive. */
  applyServer({ rev, op, client, clientSeq }) {
    // After a reconnect or a resync the server may repeat edits this client already has.
    if (rev <= this.rev) return;
    if (rev !== this.rev + 1) throw new RevisionGapError(this.rev + 1, rev);
    const edit = asOperation(op);
    this.serverText = edit.apply(this.serverText);
    this.rev = rev;
    const p = this.pending;
    if (p.name !== ClientState.synchronized && client === this.clientId && clientSeq === p.sent.clientSeq) {
      this.acknowledged(p);
      return;
    }
    if (p.name === ClientState.synchronized) {
      this.applyRemote(edit);
    } else if (p.name === ClientState.awaiting) {
      const [outstanding, remote] = TextOperation.transform(p.outstanding, edit);
      this.pending = awaiting(p.sent, outstanding, p.landedAt);
      this.applyRemote(remote);
    } else {
      const [outstanding, afterOutstanding] = TextOperation.transform(p.outstanding, edit);
      const [buffer, remote] = TextOperation.transform(p.buffer, afterOutstanding);
      this.pending = buffering(p.sent, outstanding, buffer, p.landedAt);
      this.applyRemote(remote);
    }
  }

  /** The `clientSeq` of the edit in flight, or null when synchronized. */
  get inFlight() {
    return this.pending.name === ClientState.synchronized ? null : this.pending.sent.clientSeq;
  }

  /** After a new socket joined: the outstanding edit may or may not have reached the server, so send it again. */
  reconnected() {
    // A refusal that arrived on the old socket was answered by a fetch that the old socket also lost.
    this.resyncUnderway = false;
    this.resendOutstanding();
  }

  /**
   * Sends the edit in flight again, exactly as first sent: the server applies a `clientSeq` once, so this is safe
   * whenever the first copy may have been lost (a new socket, a message dropped by the rate limit).
   */
  resendOutstanding() {
    const p = this.pending;
    if (p.name !== ClientState.synchronized) this.sendOp(p.sent.rev, p.sent.op, p.sent.clientSeq);
  }

  /**
   * Forgets every pending edit (the server refused the one in flight for good) and returns the server text at
   * `rev`, which the editor must show instead.
   */
  discardPending() {
    this.pending = SYNCHRONIZED;
    this.resyncUnderway = false;
    return this.serverText;
  }

  /**
   * The server answered `resync-required` to the edit with `clientSeq`. True when the caller should fetch the
   * document and call `resync` with it; false when the refusal is stale (a resend refused twice, or an edit
   * already rebased), so that one edit is never rebased, and sent, twice.
   */
  resyncRequired(clientSeq) {
    const p = this.pending;
    if (this.resyncUnderway || p.name === ClientState.synchronized || p.sent.clientSeq !== clientSeq) return false;
    this.resyncUnderway = true;
    return true;
  }

  /**
   * Rebases the pending edits on the server's current document `{rev, text}` and sends them as one new edit.
   * `localText` is the editor's text; returns the text the editor must show instead.
   *
   * A snapshot's document also has `seen` (client id to the last `clientSeq` applied). When it says the edit in
   * flight landed, its effect is already in `text`: only the edits made after it are rebased, so it is neither
   * lost nor applied twice. Without `seen` (a `notes.doc`), the edit in flight is taken as not applied, which holds
   * after `resync-required` (the server refused it).
   */
  resync(doc, localText) {
    return this.rebase(doc, localText).text;
  }

  /**
   * As `resync`, but also returns `remote`, the edit that turns `localText` into `text`: the editor applies it
   * like any remote edit, so the caret follows the same rule as for live edits (its own pending text stays before
   * it, other people's text at the caret goes after it) instead of a guess from comparing the two texts.
   */
  rebase(doc, localText) {
    this.resyncUnderway = false;
    // The fetch may be answered at a revision this client has already reached; its own text is then as good.
    const base = doc.rev > this.rev ? doc : { rev: this.rev, text: this.serverText };
    let ops = this.pendingOps();
    let from = this.serverText;
    if (base === doc && this.landedIn(doc)) {
      // Our text with the landed edit applied is the server text before everyone else's edits since `rev`.
      from = ops[0].apply(from);
      ops = ops.slice(1);
    }
    const local = localChanges(from, ops, localText);
    // The server's edits since our text are only known as two texts: the lines both share are kept, so a pending
    // edit there lands exactly where it was made; one inside a changed line moves to the edge of the change.
    const remote = diffByLines(from, base.text);
    const [rebased, remoteAfterLocal] = TextOperation.transform(local, remote);
    this.rev = base.rev;
    this.serverText = base.text;
    this.pending = SYNCHRONIZED;
    if (!rebased.isNoop()) this.sendNew(rebased);
    return { text: remoteAfterLocal.apply(localText), remote: remoteAfterLocal };
  }

  /**
   * The server's `ack` says the edit with `clientSeq` made revision `rev`; its event may come later. Remembered
   * while that edit is in flight, so a document fetched meanwhile at `rev` or later is known to hold it.
   */
  landed(clientSeq, rev) {
    const p = this.pending;
    if (p.name === ClientState.synchronized || p.sent.clientSeq !== clientSeq) return;
    this.pending = p.name === ClientState.awaiting
      ? awaiting(p.sent, p.outstanding, rev)
      : buffering(p.sent, p.outstanding, p.buffer, rev);
  }

  /**
   * True when the document `{rev, seen}` holds the edit in flight: its `seen` (a snapshot's) says the server applied
   * it, or an `ack` said it made a revision the document has reached.
   */
  landedIn(doc) {
    const p = this.pending;
    if (p.name === ClientState.synchronized) return false;
    const seen = doc.seen && Object.hasOwn(doc.seen, this.clientId) ? doc.seen[this.clientId] : 0;
    return seen >= p.sent.clientSeq || (p.landedAt != null && p.landedAt <= doc.rev);
  }

  /**
   * Moves a selection in the server text at `rev` (e.g. a remote cursor) into the editor's text. This client's
   * pending text typed exactly at a remote caret goes after it: when it lands, the caret's owner keeps it before
   * that text too (js/ot/selection.js).
   */
  transformSelection(selection) {
    return this.pendingOps().reduce((s, op) => mapSelection(op, s), selection);
  }

  /**
   * Moves a selection in the editor's text back into the server text at `rev`, e.g. this client's caret for
   * `notes.cursor`: through the inverse of the pending edits, so a caret inside text not yet sent lands where that
   * text will be inserted.
   */
  toServerSelection({ anchor, head }) {
    const ops = this.pendingOps();
    if (ops.length === 0) return { anchor, head };
    const undo = ops.reduce((all, op) => all.compose(op)).invert(this.serverText);
    return { anchor: undo.transformPosition(anchor), head: undo.transformPosition(head) };
  }

  pendingOps() {
    const p = this.pending;
    if (p.name === ClientState.synchronized) return [];
    return p.name === ClientState.awaiting ? [p.outstanding] : [p.outstanding, p.buffer];
  }

  acknowledged(p) {
    this.pending = SYNCHRONIZED;
    if (p.name === ClientState.buffering) this.sendNew(p.buffer);
  }

  sendNew(op) {
    const [now, later] = splitInserts(op, this.maxOpChars());
    const sent = Object.freeze({ rev: this.rev, op: now, clientSeq: this.nextClientSeq++ });
    this.pending = later ? buffering(sent, now, later) : awaiting(sent, now);
    this.sendOp(sent.rev, sent.op, sent.clientSeq);
  }
}

/**
 * Splits an edit that inserts more than `max` characters into `[first, rest]` with `first.compose(rest)` equal to
 * it: `first` makes every deletion and the first `max` inserted characters (never half a surrogate pair), `rest`
 * inserts the remainder. `rest` is null when no split is needed.
 */
export function splitInserts(op, max) {
  const inserted = op.ops.reduce((n, c) => (typeof c === 'string' ? n + c.length : n), 0);
  if (inserted <= max) return [op, null];
  const first = TextOperation.builder();
  const rest = TextOperation.builder();
  let budget = max;
  for (const c of op.ops) {
    if (typeof c !== 'string') {
      if (c > 0) {
        first.retain(c);
        rest.retain(c);
      } else {
        first.delete(-c);
      }
      continue;
    }
    let cut = Math.min(budget, c.length);
    if (cut > 0 && cut < c.length && /[\uD800-\uDBFF]/.test(c[cut - 1])) cut--;
    first.insert(c.slice(0, cut));
    rest.retain(cut);
    rest.insert(c.slice(cut));
    budget -= cut;
  }
  return [first.build(), rest.build()];
}

/**
 * The edit from `serverText` to `localText`: the pending edits `ops` themselves whenever they produce it. A diff
 * would turn two distant changes into one replacement of all the text between them, and two clients rebasing at
 * once would each re-insert that text, duplicating it (the resync simulation in client.test.mjs fails that way).
 * The diff is only the fallback for an editor holding changes it never gave to `applyClient`.
 */
function localChanges(serverText, ops, localText) {
  const unchanged = TextOperation.builder().retain(serverText.length).build();
  const composed = ops.reduce((all, op) => all.compose(op), unchanged);
  return composed.apply(serverText) === localText ? composed : diffToOperation(serverText, localText);
}
