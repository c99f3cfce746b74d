// One notes document kept in sync with the room: an OtClient between an editor and the socket. It sends
// `notes.op` and `notes.fetch`, reads their answers, and decides what each refusal means for the edits not yet
// saved. No DOM: the editor is any object with text(), flush(), applyRemote(op) and reset(text)
// (js/notes/textarea.js in the page, a plain object in the tests).

import { OtClient, RevisionGapError } from '../ot/client.js';
import { TextOperation } from '../ot/text-operation.js';
import { NOTES_LIMITS, notesFetch, notesOp } from '../protocol.js';

/** What the status indicator shows, as its `data-state`. */
export const SyncState = Object.freeze({ saved: 'saved', syncing: 'syncing', offline: 'offline' });

/** After `unavailable` or `rate-limited` the same request goes again this much later (it is idempotent). */
export const RETRY_MS = 1000;

/** Refusals that say "not now" rather than "never": the edit in flight is resent as it is. */
const TRANSIENT = new Set(['unavailable', 'rate-limited']);

/** A random id for one editor instance, the `client` of its edits: `c-` and 12 hex digits. */
export function newClientId(cryptoApi = globalThis.crypto) {
  const bytes = cryptoApi.getRandomValues(new Uint8Array(6));
  return `c-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export class NotesDocument {
  /**
   * @param doc        'shared' or 'private'
   * @param clientId   this editor's id (see newClientId)
   * @param editor     the editor binding; it calls `localEdit(op)` for every change the user makes
   * @param send       `(message)`: sends a command, returns its `id`, or null when not connected
   * @param onRefused  `(error)`: the server refused an edit for good; tell the user its `message`
   * @param onChange   `()`: the sync state or the text may have changed
   * @param onServerOp `(rev, op, by)`: the document reached `rev` through `op`, made by participant `by` (to
   *                   move remote carets)
   * @param onRebase   `(rev)`: the document jumped to `rev` without a known operation (carets are stale)
   * @param later      setTimeout, replaceable in tests
   */
  constructor({
    doc, clientId, editor, send, onRefused = () => {}, onChange = () => {}, onServerOp = () => {},
    onRebase = () => {}, later = (fn, ms) => setTimeout(fn, ms),
  }) {
    Object.assign(this, { doc, clientId, editor, send, onRefused, onChange, onServerOp, onRebase, later });
    this.ot = null;
    this.requests = new Map(); // command id -> { kind: 'op', clientSeq } | { kind: 'fetch' }
    this.fetching = false;
    this.refused = null; // clientSeq of the edit refused with resync-required, being rebased
    this.landed = null; // { clientSeq, rev } from the ack of an edit whose event may not have arrived yet
    this.generation = 0; // bumped per socket, so a retry scheduled for an old socket does nothing
  }

  get loaded() {
    return this.ot !== null;
  }

  get rev() {
    return this.ot ? this.ot.rev : null;
  }

  status(connected) {
    if (!connected) return SyncState.offline;
    if (!this.ot || this.ot.state !== 'synchronized' || this.fetching) return SyncState.syncing;
    return SyncState.saved;
  }

  /** The document from a welcome or snapshot (`{rev, text, seen}`): the first time, or after missing events. */
  load(view) {
    if (!view) return;
    if (this.ot) {
      this.rebase(view);
      return;
    }
    this.ot = new OtClient({
      rev: view.rev,
      text: view.text,
      clientId: this.clientId,
      send: (rev, op, clientSeq) => this.sendOp(rev, op, clientSeq),
      applyRemote: (op) => this.editor.applyRemote(op),
      maxOpChars: NOTES_LIMITS.maxOpChars,
    });
    this.editor.reset(view.text);
    this.onRebase(view.rev);
    this.onChange();
  }

  /** A new socket joined: answers to requests sent on the old one will never come. */
  newSocket() {
    this.requests.clear();
    this.fetching = false;
    this.generation++;
  }

  /** A new socket resumed and the missed events follow: send the edit in flight again. */
  reconnected() {
    this.refused = null;
    if (this.ot) this.ot.reconnected();
    this.onChange();
  }

  /** A change the user made, based on the editor text before it. */
  localEdit(op) {
    if (!this.ot) return;
    this.ot.applyClient(op);
    this.onChange();
  }

  /** One `notes.op` event of this document. */
  event(event) {
    if (!this.ot) return;
    this.editor.flush();
    const before = this.ot.rev;
    try {
      this.ot.applyServer(event);
    } catch (error) {
      if (!(error instanceof RevisionGapError)) throw error;
      this.fetch(); // a hole in the revisions: only the whole document can bring this editor back
      return;
    }
    if (this.ot.rev !== before) this.onServerOp(event.rev, TextOperation.fromJSON(event.op), event.by);
    this.onChange();
  }

  /** An `ack`, `error` or `notes.doc` answering one of this document's requests; false when not ours. */
  answer(message) {
    const request = this.requests.get(message.id);
    if (!request) return false;
    this.requests.delete(message.id);
    if (message.type === 'notes.doc') {
      this.fetched(message);
    } else if (message.type === 'ack') {
      if (request.kind === 'op' && message.rev != null) this.landed = { clientSeq: request.clientSeq, rev: message.rev };
    } else if (message.type === 'error') {
      if (request.kind === 'fetch') this.fetchRefused(message);
      else this.opRefused(request.clientSeq, message);
    }
    this.onChange();
    return true;
  }

  /** The server dropped a message of this socket without saying which: send the edit in flight again. */
  rateLimited() {
    if (this.ot && this.ot.inFlight != null) this.retry(this.ot.inFlight);
  }

  /** A selection in the editor, in the server text at `rev` (for `notes.cursor`). */
  toServerSelection(selection) {
    return this.ot ? this.ot.toServerSelection(selection) : selection;
  }

  /** A selection in the server text at `rev` (a remote caret), in the editor. */
  toEditorSelection(selection) {
    return this.ot ? this.ot.transformSelection(selection) : selection;
  }

  sendOp(rev, op, clientSeq) {
    const id = this.send(notesOp(this.doc, rev, op, this.clientId, clientSeq));
    if (id != null) this.requests.set(id, { kind: 'op', clientSeq });
  }

  fetch() {
    if (this.fetching) return;
    const id = this.send(notesFetch(this.doc));
    if (id == null) return; // offline: the next socket's welcome or replay brings the document up to date
    this.requests.set(id, { kind: 'fetch' });
    this.fetching = true;
  }

  opRefused(clientSeq, error) {
    if (clientSeq !== this.ot.inFlight) return; // about an edit already settled or rebased
    if (error.code === 'resync-required') {
      if (this.ot.resyncRequired(clientSeq)) {
        this.refused = clientSeq;
        this.fetch();
      }
    } else if (TRANSIENT.has(error.code)) {
      this.retry(clientSeq);
    } else {
      // Refused for good (too large, forbidden, malformed): what is not saved cannot be saved. Show the server's
      // text, which the refusal did not change, and read the document again in case this editor is what is wrong.
      this.editor.flush();
      this.editor.reset(this.ot.discardPending());
      this.landed = null;
      this.onRefused(error);
      this.fetch();
    }
  }

  fetchRefused(error) {
    this.fetching = false;
    if (TRANSIENT.has(error.code)) {
      const generation = this.generation;
      this.later(() => {
        if (generation === this.generation) this.fetch();
      }, RETRY_MS);
    } else {
      this.onRefused(error);
    }
  }

  /**
   * A fetched document. It carries no `seen`, so pending edits are rebased on it only when this client knows
   * whether its edit in flight is in the text: none in flight, refused (resync-required), or acknowledged at a
   * revision the document has reached. Otherwise rebasing could send an edit that also lands, twice; the events
   * will bring the outcome, and the document is read again.
   */
  fetched(doc) {
    this.fetching = false;
    if (!this.ot) {
      this.load({ rev: doc.rev, text: doc.text, seen: doc.seen || {} }); // the first text this editor gets
      return;
    }
    const inFlight = this.ot.inFlight;
    if (inFlight == null || inFlight === this.refused) {
      this.rebase({ rev: doc.rev, text: doc.text });
    } else if (this.landed && this.landed.clientSeq === inFlight && this.landed.rev <= doc.rev) {
      this.rebase({ rev: doc.rev, text: doc.text, seen: { [this.clientId]: inFlight } });
    } else if (doc.rev > this.ot.rev) {
      const generation = this.generation;
      this.later(() => {
        if (generation === this.generation && this.ot.rev < doc.rev) this.fetch();
      }, RETRY_MS);
    }
  }

  rebase(doc) {
    this.editor.flush();
    const before = this.ot.rev;
    const { remote } = this.ot.rebase(doc, this.editor.text());
    this.refused = null;
    if (!remote.isNoop()) this.editor.applyRemote(remote);
    if (this.ot.rev !== before) this.onRebase(this.ot.rev);
    this.onChange();
  }

  /** Sends the edit in flight again a little later, if it is still the one in flight by then. */
  retry(clientSeq) {
    const generation = this.generation;
    this.later(() => {
      if (generation === this.generation && this.ot.inFlight === clientSeq) this.ot.resendOutstanding();
    }, RETRY_MS);
  }
}
