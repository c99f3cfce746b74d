// The room as this client knows it: one state object, replaced (never edited) by welcome, snapshot and event
// messages, the way the server's Room.apply produces a new state per command. Views subscribe and render.

import { TextOperation } from './ot/text-operation.js';

/** The state before any welcome. `seq` is the highest event number seen, sent back as `lastSeq` on resume. */
const EMPTY = Object.freeze({ you: null, seq: null, room: null });

/** Applies one room event to a room snapshot; unknown kinds leave it as it is (newer servers may add kinds). */
export function applyEvent(room, event) {
  switch (event.kind) {
    case 'participant.joined': {
      const others = room.participants.filter((p) => p.id !== event.participant.id);
      return { ...room, participants: [...others, event.participant] };
    }
    case 'presence.changed':
      return {
        ...room,
        participants: room.participants.map((p) =>
          (p.id === event.participant ? { ...p, online: event.online } : p)),
      };
    case 'prompt.changed':
    case 'prompt.revealed':
      return { ...room, prompt: event.prompt };
    case 'timer.changed':
      return { ...room, timer: event.timer };
    case 'notes.op':
      return { ...room, notes: withEdit(room.notes, event) };
    default:
      return room;
  }
}

/**
 * The notes as the server has them after one `notes.op` event: `{rev, text, seen}` per document, as in a snapshot.
 * (What an editor shows, with edits not yet saved, is the editor's business: js/notes/.)
 */
function withEdit(notes, event) {
  const doc = notes && notes[event.doc];
  if (!doc || event.rev !== doc.rev + 1) return notes; // not a document we read, or one we already have
  const text = TextOperation.fromJSON(event.op).apply(doc.text);
  const seen = { ...doc.seen, [event.client]: event.clientSeq };
  return { ...notes, [event.doc]: { rev: event.rev, text, seen } };
}

export function createStore() {
  let state = EMPTY;
  const subscribers = new Set();

  function replace(next, change) {
    state = next;
    for (const fn of subscribers) fn(state, change);
  }

  function onEvent(message) {
    // After a resume the server may repeat events the welcome snapshot already holds; numbers only grow.
    if (!state.room || (state.seq != null && message.seq <= state.seq)) return;
    const event = message.event;
    replace({
      ...state,
      seq: message.seq,
      room: applyEvent(state.room, event),
    }, { type: 'event', event, at: message.at });
  }

  return {
    get: () => state,

    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },

    /** Feeds one server message; messages that do not describe the room are ignored here. */
    apply(message) {
      switch (message.type) {
        case 'welcome':
          // A resume whose lastSeq is still in the room's log gets no room: our state is current up to `seq`
          // and the missed events follow. We only send lastSeq while holding a room, so there is one to keep.
          replace(message.room
            ? { you: message.you, seq: message.seq, room: message.room }
            : { ...state, you: message.you, seq: message.seq }, { type: 'welcome', snapshot: Boolean(message.room) });
          break;
        case 'snapshot':
          replace({ ...state, seq: message.seq, room: message.room }, { type: 'snapshot' });
          break;
        case 'event':
          onEvent(message);
          break;
        default:
          break;
      }
    },
  };
}

/** This client's participant as the room lists it (its seat can change between rounds), else from welcome. */
export function me(state) {
  if (!state.you || !state.room) return null;
  const listed = state.room.participants.find((p) => p.id === state.you.participant);
  return listed || { id: state.you.participant, role: state.you.role, host: state.you.host, online: true };
}

export function nameOf(state, participantId) {
  const p = state.room && state.room.participants.find((x) => x.id === participantId);
  return p ? p.name : 'someone';
}

/** UI-side mirror of the server's rule; the server still decides and answers `forbidden` if we are wrong. */
export function canControlTimer(state) {
  const self = me(state);
  return Boolean(self && (self.host || self.role === 'interviewer'));
}

export function isHost(state) {
  const self = me(state);
  return Boolean(self && self.host);
}
