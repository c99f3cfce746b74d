// One notes document kept in sync with the room: an OtClient between an editor and the socket. It sends
// `notes.op` and `notes.fetch`, reads their answers, and decides what each refusal means for the edits not yet
// saved. No DOM: the editor is any object with text(), flush(), applyRemote(op) and reset(text)
// (js/notes/textarea.js in the page, a plain object in the tests).
//
// The document's text as the server has it lives here, in the OtClient, and nowhere else on the page: the store
// hands over the notes of a welcome or snapshot and keeps no copy (a fetched document, which the store never sees,
// would leave one stale).
//
// Where the document stands with the server is one value, `sync`, replaced on every transition (as OtClient's
// pending state is): what is not saved yet is the OtClient's business, how this document gets back in step after
// a gap, a refusal or a lost socket is this one's.

import { OtClient, RevisionGapError } from '../ot/client.js';
import { TextOperation } from '../ot/text-operation.js';
import { notesFetch, notesOp } from '../protocol.js';

/** What the status indicator shows, as its `data-state`. */
export const SyncState = Object.freeze({ saved: 'saved', syncing: 'syncing', offline: 'offline' });

/**
 * Where a document stands, as `NotesDocument.state` names it: the phase of `sync` and, while live, the OtClient's
 * own state.
 */
export const DocState = Object.freeze({
  loading: 'loading', // no text yet: a welcome, a snapshot or a notes.doc brings it
  synced: 'synced', // the editor shows the server's text; nothing waits to be saved
  awaiting: 'awaiting', // one edit in flight
  awaitingWithBuffer: 'awaiting-with-buffer', // one edit in flight, and edits made since, to go when it lands
  resyncing: 'resyncing', // the events cannot be followed, or pending edits must be rebased: the document is read again
  offline: 'offline', // no socket: edits are kept, nothing goes out, answers to earlier requests never come
});

// The phases of `sync`, one frozen value each. `refused` is the clientSeq of an edit the server answered with
// `resync-required`: the fetched document does not hold it, so it is rebased on it.
const LOADING = Object.freeze({ phase: 'loading' });
const LIVE = Object.freeze({ phase: 'live' });
const OFFLINE = Object.freeze({ phase: 'offline' });
/** A `notes.fetch` is out (request `id`). */
const fetching = (id, refused) => Object.freeze({ phase: 'fetching', id, refused });
/**
 * The fetch goes again after RETRY_MS (keeping `refused`), unless the events bring the document to `until` first
 * (a fetched document this editor could not use yet) or the socket goes.
 */
const waiting = (until, refused) => Object.freeze({ phase: 'waiting', until, refused });

const OT_STATES = Object.freeze({
  synchronized: DocState.synced, awaiting: DocState.awaiting, buffering: DocState.awaitingWithBuffer,
});

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
   * @param maxOpChars `()`: the server's limit on characters one edit inserts (welcome.limits), Infinity if unknown
   * @param onRefused  `(error)`: the server refused an edit for good; tell the user its `message`
   * @param onChange   `()`: the sync state or the text may have changed
   * @param onServerOp `(rev, op, by)`: the document reached `rev` through `op`, made by participant `by` (to
   *                   move remote carets)
   * @param onRebase   `(rev)`: the document jumped to `rev` without a known operation (carets are stale)
   * @param later      setTimeout, replaceable in tests
   */
  constructor({
    doc, clientId, editor, send, maxOpChars = () => Infinity, onRefused = () => {}, onChange = () => {},
    onServerOp = () => {}, onRebase = () => {}, later = (fn, ms) => setTimeout(fn, ms),
  }) {
    Object.assign(this, { doc, clientId, editor, send, maxOpChars, onRefused, onChange, onServerOp, onRebase, later });
    this.ot = null;
    this.sync = LOADING;
    // Command id -> { kind: 'op', clientSeq } | { kind: 'fetch' }, for this socket only: a new map per socket, so
    // its identity also tells a timer whether the socket it was set for is still the one.
    this.requests = new Map();
  }

  get loaded() {
    return this.ot !== null;
  }

  get rev() {
    return this.ot ? this.ot.rev : null;
  }

  /** One of DocState. */
  get state() {
    if (this.sync === OFFLINE) return DocState.offline;
    if (!this.ot) return DocState.loading;
    if (this.sync !== LIVE) return DocState.resyncing;
    return OT_STATES[this.ot.state];
  }

  /** What the status indicator shows: saved, syncing or offline. */
  status() {
    const state = this.state;
    if (state === DocState.offline) return SyncState.offline;
    return state === DocState.synced ? SyncState.saved : SyncState.syncing;
  }

  // ----- transitions from the page: sockets, documents, the user's edits -----

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
      maxOpChars: () => this.maxOpChars(),
    });
    this.editor.reset(view.text);
    this.become(LIVE);
    this.onRebase(view.rev);
    this.onChange();
  }

  /** The socket is gone: answers to what went out on it will never come; edits are kept for the next one. */
  disconnected() {
    this.requests = new Map();
    this.become(OFFLINE);
    this.onChange();
  }

  /** A new socket joined (its welcome arrived): the next call says how it resumes. */
  newSocket() {
    this.requests = new Map();
    this.become(this.ot ? LIVE : LOADING);
  }

  /**
   * The new socket resumed and the missed events follow: the edit in flight goes again (the server applies a
   * `clientSeq` once). A document with no text yet reads it.
   */
  reconnected() {
    if (this.ot) this.ot.reconnected();
    else this.fetch();
    this.onChange();
  }

  /** A change the user made, based on the editor text before it. */
  localEdit(op) {
    if (!this.ot) return;
    this.ot.applyClient(op);
    this.onChange();
  }

  // ----- transitions from the server: events and answers -----

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
    if (this.sync.phase === 'waiting' && this.sync.until != null && this.ot.rev >= this.sync.until) {
      this.become(LIVE); // the events brought what the document said: nothing to read again
    }
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
      if (request.kind === 'op' && message.rev != null) this.ot.landed(request.clientSeq, message.rev);
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

  /**
   * Reads the whole document (`notes.fetch`), unless a read is already out. `refused` is the edit in flight that
   * the server answered with `resync-required`, to rebase on what the read brings.
   */
  fetch(refused = null) {
    if (this.sync.phase === 'fetching') {
      if (refused != null) this.become(fetching(this.sync.id, refused));
      return;
    }
    const id = this.send(notesFetch(this.doc));
    if (id == null) return; // offline: the next socket's welcome or replay brings the document up to date
    this.requests.set(id, { kind: 'fetch' });
    this.become(fetching(id, refused));
  }

  // ----- carets -----

  /** A selection in the editor, in the server text at `rev` (for `notes.cursor`). */
  toServerSelection(selection) {
    return this.ot ? this.ot.toServerSelection(selection) : selection;
  }

  /** A selection in the server text at `rev` (a remote caret), in the editor. */
  toEditorSelection(selection) {
    return this.ot ? this.ot.transformSelection(selection) : selection;
  }

  // ----- inside -----

  become(next) {
    this.sync = next;
  }

  sendOp(rev, op, clientSeq) {
    const id = this.send(notesOp(this.doc, rev, op, this.clientId, clientSeq));
    if (id != null) this.requests.set(id, { kind: 'op', clientSeq });
  }

  opRefused(clientSeq, error) {
    if (clientSeq !== this.ot.inFlight) return; // about an edit already settled or rebased
    if (error.code === 'resync-required') {
      // Unless refused again while its rebase is under way: one edit is never rebased, and sent, twice.
      if (this.ot.resyncRequired(clientSeq)) this.fetch(clientSeq);
    } else if (TRANSIENT.has(error.code)) {
      this.retry(clientSeq);
    } else {
      // Refused for good (too large, forbidden, malformed): what is not saved cannot be saved. Show the server's
      // text, which the refusal did not change, and read the document again in case this editor is what is wrong.
      this.editor.flush();
      this.editor.reset(this.ot.discardPending());
      this.onRefused(error);
      this.fetch();
    }
  }

  fetchRefused(error) {
    if (TRANSIENT.has(error.code)) {
      this.waitAndFetch(null, this.sync.phase === 'fetching' ? this.sync.refused : null);
    } else {
      this.become(LIVE); // the events still move the document; the next gap asks again
      this.onRefused(error);
    }
  }

  /**
   * A fetched document. It carries no `seen`, so pending edits are rebased on it only when this client knows
   * whether its edit in flight is in the text: none in flight, refused (resync-required), or acknowledged at a
   * revision the document has reached. Otherwise rebasing could send an edit that also lands, twice; the events
   * will bring the outcome, and the document is read again if they do not.
   */
  fetched(doc) {
    const refused = this.sync.phase === 'fetching' ? this.sync.refused : null;
    if (!this.ot) {
      this.load({ rev: doc.rev, text: doc.text, seen: doc.seen || {} }); // the first text this editor gets
      return;
    }
    const inFlight = this.ot.inFlight;
    if (inFlight == null || inFlight === refused || this.ot.landedIn(doc)) {
      this.rebase({ rev: doc.rev, text: doc.text });
    } else if (doc.rev > this.ot.rev) {
      this.waitAndFetch(doc.rev, null);
    } else {
      this.become(LIVE); // this editor is already as far as the document: the events bring the rest
    }
  }

  /** Reads the document again a little later, unless the document moved on (or the socket went) meanwhile. */
  waitAndFetch(until, refused) {
    const wait = waiting(until, refused);
    this.become(wait);
    this.later(() => {
      if (this.sync !== wait) return;
      this.become(LIVE);
      this.fetch(refused);
    }, RETRY_MS);
  }

  rebase(doc) {
    this.editor.flush();
    const before = this.ot.rev;
    const { remote } = this.ot.rebase(doc, this.editor.text());
    this.become(LIVE);
    if (!remote.isNoop()) this.editor.applyRemote(remote);
    if (this.ot.rev !== before) this.onRebase(this.ot.rev);
    this.onChange();
  }

  /** Sends the edit in flight again a little later, if it is still the one in flight on the same socket by then. */
  retry(clientSeq) {
    const { requests } = this;
    this.later(() => {
      if (requests === this.requests && this.ot.inFlight === clientSeq) this.ot.resendOutstanding();
    }, RETRY_MS);
  }
}
