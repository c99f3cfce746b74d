// The room as this client knows it: one state object, replaced (never edited) by welcome, snapshot and event
// messages, the way the server's Room.apply produces a new state per command. Views subscribe and render. The
// notes' text is the one thing it does not keep: js/notes/ does (see withoutNotes).

/**
 * The state before any welcome. `seq` is the highest event number seen, sent back as `lastSeq` on resume; `limits`
 * is what the server accepts (`welcome.limits`), for the forms and the notes.
 */
const EMPTY = Object.freeze({ you: null, seq: null, room: null, limits: null });

/**
 * Applies one room event to a room snapshot; unknown kinds leave it as it is (newer servers may add kinds).
 * `viewer` is this client's participant id: a seat change of its own drops what the old seat could see.
 */
export function applyEvent(room, event, viewer = null) {
  switch (event.kind) {
    case 'participant.joined': {
      const others = room.participants.filter((p) => p.id !== event.participant.id);
      return { ...room, participants: [...others, event.participant] };
    }
    case 'participant.removed':
      return { ...room, participants: room.participants.filter((p) => p.id !== event.participant) };
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
    case 'seats.changed':
      return withSeats(room, event.seats, viewer);
    case 'round.changed':
      return { ...room, round: event.round, rounds: withFinished(room.rounds, room.round, event.round) };
    case 'twist.played':
    case 'fact.revealed':
    case 'broadcast': // the organizer's message to every room of a cohort: a timeline entry like a twist
      return room.round ? { ...room, round: withTimelineEntry(room.round, event.entry) } : room;
    case 'settings.changed':
      return { ...room, settings: event.settings };
    case 'scope.ticked':
      return room.round && room.round.guide ? { ...room, round: withScopeTick(room.round, event) } : room;
    case 'assumption.added':
    case 'assumption.changed':
      return room.round ? { ...room, round: withAssumption(room.round, event.assumption) } : room;
    case 'assumption.suggested':
      return room.round ? { ...room, round: withSuggestions(room.round, event.twist, event.assumptions) } : room;
    default:
      return room;
  }
}

/** The round with one scope point of its guide ticked or unticked, after `scope.ticked`. */
function withScopeTick(round, event) {
  const scope = round.guide.scope.map((s) => (s.id === event.point ? { ...s, covered: event.covered } : s));
  return { ...round, guide: { ...round.guide, scope } };
}

/**
 * The round's assumption log with `assumption` in it: replaced in place when its id is known (an edit, a status
 * change), else appended (the log keeps the order they were stated in).
 */
function withAssumption(round, assumption) {
  const log = Array.isArray(round.assumptions) ? round.assumptions : [];
  const known = log.some((a) => a.id === assumption.id);
  return {
    ...round,
    assumptions: known ? log.map((a) => (a.id === assumption.id ? assumption : a)) : [...log, assumption],
  };
}

/**
 * The server's guess of which open assumptions a played card may break, kept on the deck card's `played` (the
 * interviewer's side only has a deck; a candidate's page never gets this event, and would have nowhere to put it).
 */
function withSuggestions(round, twist, suggests) {
  if (!Array.isArray(round.deck)) return round;
  return {
    ...round,
    deck: round.deck.map((card) => (card.id === twist ? { ...card, played: { ...(card.played || {}), suggests } } : card)),
  };
}

/**
 * Everyone's seat after `seats.changed`, and the member order: the server lists `seats` in member order (which
 * `seats.set` may have changed), so participants follow its key order; anyone it leaves out stays after those it
 * names. When this viewer's own seat changed, the round loses what only the old seat could read (the deck,
 * unrevealed answers, an unshared scorecard or feedback) at once: the `round.changed` that follows brings the new
 * seat's view, and nothing of the old one should be on screen meanwhile. The round's own `interviewer` and
 * `candidate` stay as they were until then: they name who played the round, which is what the list of finished
 * rounds keeps when the next round replaces it.
 */
function withSeats(room, seats, viewer) {
  const before = room.participants.find((p) => p.id === viewer);
  const rank = new Map(Object.keys(seats).map((id, i) => [id, i]));
  const placeOf = (p, i) => (rank.has(p.id) ? rank.get(p.id) : rank.size + i);
  const participants = room.participants
    .map((p, i) => ({ p: seats[p.id] ? { ...p, role: seats[p.id] } : p, place: placeOf(p, i) }))
    .sort((a, b) => a.place - b.place)
    .map(({ p }) => p);
  let round = room.round;
  if (round && viewer && before && seats[viewer] && seats[viewer] !== before.role) round = candidateView(round);
  return { ...room, participants, round };
}

/** A round as the candidate's side may see it (protocol README, "The round"). */
export function candidateView(round) {
  const { deck, scorecard, feedback, ...rest } = round;
  const view = { ...rest, clarifications: (round.clarifications || []).filter((c) => c.revealed) };
  if (scorecard && scorecard.shared) view.scorecard = scorecard;
  if (feedback && feedback.shared) view.feedback = feedback;
  return view;
}

/** The finished rounds after `round.changed`: a round that started and is now replaced by another joins them. */
function withFinished(rounds, previous, next) {
  const list = Array.isArray(rounds) ? rounds : [];
  if (!previous || !next || previous.number === next.number || previous.stage === 'lobby') return list;
  if (list.some((r) => r.number === previous.number)) return list;
  const { number, title, interviewer, candidate } = previous;
  return [...list, { number, title, interviewer, candidate }];
}

/**
 * A played twist or revealed fact joins the timeline (once: an entry is its kind and ref), and the deck card or
 * clarification it came from is marked, so the interviewer's column shows it as played without a new snapshot.
 */
function withTimelineEntry(round, entry) {
  const timeline = round.timeline || [];
  const known = timeline.some((e) => e.kind === entry.kind && e.ref === entry.ref);
  const next = { ...round, timeline: known ? timeline : [...timeline, entry] };
  const played = { at: entry.at, elapsedMs: entry.elapsedMs, phase: entry.phase };
  if (entry.kind === 'twist' && Array.isArray(round.deck)) {
    // Suggestions that came first (they follow the play, but keep them whatever the order) stay on the card.
    next.deck = round.deck.map((card) => (card.id === entry.ref ? { ...card, played: { ...card.played, ...played } } : card));
  }
  if (entry.kind === 'fact') {
    const clarifications = round.clarifications || [];
    next.clarifications = clarifications.some((c) => c.id === entry.ref)
      ? clarifications.map((c) => (c.id === entry.ref ? { ...c, answer: entry.text, revealed: true } : c))
      : [...clarifications, { id: entry.ref, question: entry.title, answer: entry.text, revealed: true }];
  }
  return next;
}

/** `welcome.you` after `seats.changed`: the seat a welcome handed out is not forever. */
function withYourSeat(you, event) {
  if (!you || event.kind !== 'seats.changed') return you;
  const seat = event.seats[you.participant];
  return seat && seat !== you.role ? { ...you, role: seat } : you;
}

/** Events whose timeline entry is raised as a banner over the notes: a played twist, an organizer's broadcast. */
const BANNER_EVENTS = new Set(['twist.played', 'broadcast']);

/**
 * The entry an event should announce with a banner (kind `twist` or `broadcast`): only one arriving live. Entries
 * already in a welcome or snapshot are history, shown in the timeline but never popped up again.
 */
export function bannerEntry(change) {
  if (!change || change.type !== 'event' || !BANNER_EVENTS.has(change.event.kind)) return null;
  return change.event.entry || null;
}

/**
 * A welcome's or snapshot's room as the store keeps it: without `notes`, which go to js/notes/ in the change
 * (`change.notes`, `{rev, text, seen}` per document). The notes documents keep the text, the one copy on the page:
 * they follow `notes.op` events, and also the fetched documents the store never sees, so a copy here would go stale.
 */
function withoutNotes(room) {
  const { notes, ...rest } = room;
  return rest;
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
    const viewer = state.you ? state.you.participant : null;
    replace({
      ...state,
      you: withYourSeat(state.you, event),
      seq: message.seq,
      room: applyEvent(state.room, event, viewer),
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
          // Each welcome brings its node's limits (a reconnect may land on another node); an older server sends none.
          if (message.room) {
            const room = withoutNotes(message.room);
            replace({ you: message.you, seq: message.seq, room, limits: message.limits || state.limits },
              { type: 'welcome', snapshot: true, notes: message.room.notes || {} });
          } else {
            replace({ ...state, you: message.you, seq: message.seq, limits: message.limits || state.limits },
              { type: 'welcome', snapshot: false });
          }
          break;
        case 'snapshot':
          replace({ ...state, seq: message.seq, room: withoutNotes(message.room) },
            { type: 'snapshot', notes: message.room.notes || {} });
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

/** The current round, or null from a server that sends none. */
export function roundOf(state) {
  return (state.room && state.room.round) || null;
}

/**
 * Who holds the interviewer's and the candidate's seats now, as `{interviewer, candidate}` ids (null for an empty
 * seat). The participants' seats are the live ones: `participant.joined` seats the first invitee without a
 * `round.changed`, so in the lobby the round's own fields can lag behind; they are only the fallback.
 */
export function seatHolders(state) {
  const round = roundOf(state);
  const holder = (seat) => {
    const p = state.room ? state.room.participants.find((x) => x.role === seat) : null;
    return p ? p.id : (round && round[seat]) || null;
  };
  return { interviewer: holder('interviewer'), candidate: holder('candidate') };
}

/** `lobby`, `running`, `feedback` or `done`; null without a round. */
export function stageOf(state) {
  const round = roundOf(state);
  return round ? round.stage : null;
}

export function settingsOf(state) {
  return (state.room && state.room.settings) || { autoAdvance: false, shadow: false };
}

/**
 * Whether this page shows the interviewer's column: when the server sent this viewer the deck (the interviewer, or
 * an observer the host lets shadow), or when this viewer holds the interviewer's seat (their private notes belong
 * there even before a `round.changed` brings the deck, and a server without rounds sends no deck at all). The
 * candidate's side has neither, so its page never builds the column.
 */
export function seesInterviewerSide(state) {
  const round = roundOf(state);
  return Boolean(round && Array.isArray(round.deck)) || isInterviewer(state);
}

/** Playing cards, revealing facts and rating belong to the interviewer's seat; shadowing observers only read. */
export function isInterviewer(state) {
  const self = me(state);
  return Boolean(self && self.role === 'interviewer');
}

export function isCandidate(state) {
  const self = me(state);
  return Boolean(self && self.role === 'candidate');
}

/** The round's assumption log, in the order stated; [] from a server without one. */
export function assumptionsOf(state) {
  const round = roundOf(state);
  return (round && Array.isArray(round.assumptions)) ? round.assumptions : [];
}

/**
 * Whether this viewer may state assumptions now: the round's candidate or interviewer while it runs. The server
 * decides (and answers `forbidden` or `invalid-state`); this only hides what would be refused.
 */
export function canStateAssumptions(state) {
  const round = roundOf(state);
  const self = me(state);
  if (!round || !self || round.stage !== 'running') return false;
  return self.id === round.candidate || self.id === round.interviewer;
}
