// The notes of the room page: one NotesDocument per editor on the page, fed by the store (welcome, snapshot,
// events) and by the connection (answers to notes commands, other people's carets), and this user's caret in the
// shared notes sent to the others, at most every CURSOR_EVERY_MS. The documents hold the notes' text; the store
// keeps none (js/store.js), so a document delivered before its editor exists waits here, in `arrived`, until then.

import { NotesDocument, newClientId } from './document.js';
import { bindTextarea } from './textarea.js';
import { RemoteCarets, hueOf } from './carets.js';
import { LABEL_MS, createCaretOverlay } from './caret-overlay.js';
import { notesCursor } from '../protocol.js';
import { limitOf } from '../limits.js';
import { nameOf } from '../store.js';
import { asSentence } from '../dom.js';
import { showSyncStatus } from '../views/notes.js';

const CURSOR_EVERY_MS = 100;
const HOUSEKEEPING_MS = 1000; // expiring carets, fading their labels


/**
 * @param connection the room's Connection (commands, raw sends)
 * @param toasts     for refusals the user must know about
 * @param getState   the store's current state (the server's limits, participants' names)
 */
export function createNotesSync({ connection, toasts, getState }) {
  const docs = new Map(); // 'shared' | 'private' -> entry
  // Documents of the last welcome or snapshot with no editor yet ({rev, text, seen}); dropped once an event of
  // theirs goes by without them, so what an editor starts from is never older than what it will be sent next.
  const arrived = new Map();
  let connected = false;
  let cursorTimer = null;
  let lastCursorAt = -Infinity;
  let lastCursor = null;

  function attach(name, { textarea, status, layer = null }) {
    if (docs.has(name)) return;
    const entry = { name, textarea, status, editable: !textarea.readOnly, drawPending: false };
    if (layer) {
      entry.carets = new RemoteCarets();
      entry.overlay = createCaretOverlay(textarea, layer);
    }
    entry.editor = bindTextarea(textarea, { onEdit: (op) => accept(entry, op), onWrite: () => drawSoon(entry) });
    entry.document = new NotesDocument({
      doc: name,
      clientId: newClientId(),
      editor: entry.editor,
      send: (message) => connection.command(message),
      maxOpChars: () => limitOf(getState().limits, 'maxOpChars'),
      onRefused: (error) => toasts.show(asSentence(error.message || `Refused: ${error.code}`), 'error'),
      onChange: () => showSyncStatus(status, entry.document.status()),
      onServerOp: (rev, op, by) => {
        if (entry.carets) entry.carets.serverOp(rev, op, by);
        drawSoon(entry);
      },
      onRebase: (rev) => {
        if (entry.carets) entry.carets.reset(rev);
        drawSoon(entry);
      },
    });
    docs.set(name, entry);
    if (name === 'shared') followLocalCaret(entry);
    const view = arrived.get(name);
    arrived.delete(name);
    if (view) entry.document.load(view);
    if (!connected) entry.document.disconnected();
    else if (!view) entry.document.fetch(); // say, a seat just made interviewer: its private notes came in no welcome
    showSyncStatus(status, entry.document.status());
  }

  function detach(name) {
    docs.delete(name);
  }

  /** Observers read the shared notes; the view sets readOnly, this refuses edits that slip through anyway. */
  function setEditable(name, editable) {
    const entry = docs.get(name);
    if (entry) entry.editable = editable;
  }

  function accept(entry, op) {
    if (!entry.editable || !entry.document.loaded) return false;
    const max = limitOf(getState().limits, 'maxNotesChars');
    if (op.targetLength > max && op.targetLength > op.baseLength) {
      toasts.show(`The notes hold at most ${max.toLocaleString('en')} characters.`, 'error');
      return false;
    }
    entry.document.localEdit(op);
    drawSoon(entry);
    if (entry.name === 'shared') cursorSoon();
    return true;
  }

  /** The page's socket came or went. Coming back, the documents wait for the welcome to say how they resume. */
  function setConnected(value) {
    const lost = connected && !value;
    connected = value;
    for (const entry of docs.values()) {
      if (lost) entry.document.disconnected();
      showSyncStatus(entry.status, entry.document.status());
    }
  }

  /** Store changes: welcome and snapshot load or resume the documents, events carry edits and presence. */
  function onStore(state, change) {
    if (change.type === 'welcome') {
      if (change.snapshot) keepArrivals(change.notes);
      for (const [name, entry] of docs) {
        entry.document.newSocket();
        if (!change.snapshot) entry.document.reconnected();
        else if (change.notes[name]) entry.document.load(change.notes[name]);
        else entry.document.fetch(); // a snapshot without this document: read it on its own
      }
      lastCursor = null; // the others may have dropped our caret while we were away
      const shared = docs.get('shared');
      if (shared && document.activeElement === shared.textarea) cursorSoon();
    } else if (change.type === 'snapshot') {
      keepArrivals(change.notes);
      for (const [name, entry] of docs) entry.document.load(change.notes[name]);
    } else if (change.type === 'event') {
      const { event } = change;
      if (event.kind === 'notes.op') {
        const entry = docs.get(event.doc);
        if (entry) entry.document.event(event);
        else arrived.delete(event.doc);
      } else if (event.kind === 'presence.changed' && !event.online) {
        const shared = docs.get('shared');
        if (shared && shared.carets.remove(event.participant)) drawSoon(shared);
      }
    }
  }

  /** Keeps the delivered documents that no editor shows yet, for the editor that attaches next. */
  function keepArrivals(notes) {
    arrived.clear();
    for (const [name, view] of Object.entries(notes)) if (!docs.has(name)) arrived.set(name, view);
  }

  /** Messages meant for the notes; true when one was handled here and needs nothing else. */
  function receive(message) {
    if (message.type === 'notes.cursor') {
      const entry = docs.get(message.doc);
      if (entry && entry.carets && entry.carets.update(message, Date.now())) drawSoon(entry);
      return true;
    }
    if (message.type === 'error' && message.id == null && message.code === 'rate-limited') {
      for (const entry of docs.values()) entry.document.rateLimited();
      return false; // the toast still says so
    }
    if (message.id == null) return false;
    for (const entry of docs.values()) {
      if (entry.document.answer(message)) return true;
    }
    return false;
  }

  // ----- this user's caret -----

  function followLocalCaret(entry) {
    const { textarea } = entry;
    document.addEventListener('selectionchange', () => {
      if (document.activeElement === textarea) cursorSoon();
    });
    for (const type of ['focus', 'select', 'keyup', 'mouseup']) textarea.addEventListener(type, cursorSoon);
  }

  /** Throttled: the first move goes at once, then at most one per CURSOR_EVERY_MS, the last one always. */
  function cursorSoon() {
    if (cursorTimer !== null) return;
    cursorTimer = setTimeout(sendCursor, Math.max(0, lastCursorAt + CURSOR_EVERY_MS - Date.now()));
  }

  function sendCursor() {
    cursorTimer = null;
    const entry = docs.get('shared');
    if (!connected || !entry || !entry.editable || !entry.document.loaded) return;
    entry.editor.flush();
    const { anchor, head } = entry.document.toServerSelection(entry.editor.selection());
    const cursor = notesCursor('shared', entry.document.rev, anchor, head);
    if (lastCursor && ['rev', 'anchor', 'head'].every((k) => lastCursor[k] === cursor[k])) return;
    if (connection.send(cursor)) {
      lastCursor = cursor;
      lastCursorAt = Date.now();
    }
  }

  // ----- other people's carets -----

  function drawSoon(entry) {
    if (!entry.overlay || entry.drawPending) return;
    entry.drawPending = true;
    requestAnimationFrame(() => {
      entry.drawPending = false;
      draw(entry);
    });
  }

  function draw(entry) {
    const state = getState();
    const carets = entry.carets.current().map((c) => ({
      ...c,
      ...entry.document.toEditorSelection(c),
      name: nameOf(state, c.participant),
      hue: hueOf(c.participant),
    }));
    entry.overlay.render(carets, Date.now());
  }

  setInterval(() => {
    const now = Date.now();
    for (const entry of docs.values()) {
      if (!entry.carets) continue;
      const expired = entry.carets.expire(now);
      const fading = entry.carets.current().some((c) => now - c.at <= LABEL_MS + HOUSEKEEPING_MS);
      if (expired || fading) drawSoon(entry);
    }
  }, HOUSEKEEPING_MS);

  return { attach, detach, setEditable, setConnected, onStore, receive };
}
