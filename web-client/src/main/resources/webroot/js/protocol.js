// The wire vocabulary of protocol/README.md, in one place. Everything the client sends is built here,
// so a reader can compare this file with the Java records in dev.curveball.protocol line by line.

export const PROTOCOL_VERSION = 1;
export const WEBSOCKET_PATH = '/ws';

/** Seats a participant can hold (Role.java). */
export const SEATS = Object.freeze(['interviewer', 'candidate', 'observer']);

/** Room modes (Mode.java). */
export const MODES = Object.freeze(['pair', 'group']);

/**
 * Error codes that answer a `hello` and will not change by asking again: the client stops reconnecting and
 * tells the user instead of looping.
 */
export const FATAL_HELLO_ERRORS = new Set([
  'bad-token',
  'link-reset',
  'unknown-room',
  'unsupported-protocol',
  'room-full',
  'bad-message',
  'too-large',
  'too-many-sockets',
]);

/**
 * Close codes that mean "this client did something the server will refuse again" (policy violation, frame too
 * large). Reconnecting would loop, so the client stops.
 */
export const FATAL_CLOSE_CODES = new Set([1008, 1009]);

/** The first message on a socket. `resume` is `{secret, lastSeq}` or absent. */
export function hello({ room, token, name, resume }) {
  const message = { type: 'hello', protocol: PROTOCOL_VERSION, room, token, name };
  if (resume && resume.secret) {
    // Absent fields are left out rather than sent as null (README, first paragraph).
    message.resume = resume.lastSeq == null
      ? { secret: resume.secret }
      : { secret: resume.secret, lastSeq: resume.lastSeq };
  }
  return message;
}

export function ping(t) {
  return { type: 'ping', t };
}

// Commands. The connection assigns the `id` that the server echoes in `ack` / `error`.

export function promptSet(title, text) {
  return { type: 'prompt.set', title, text };
}

export function timerStart() {
  return { type: 'timer.start' };
}

export function timerPause() {
  return { type: 'timer.pause' };
}

export function timerResume() {
  return { type: 'timer.resume' };
}

export function timerReset(durationMs) {
  return durationMs == null ? { type: 'timer.reset' } : { type: 'timer.reset', durationMs };
}

/** Kinds of stress a twist card can carry (the server refuses any other). */
export const STRESSES = Object.freeze([
  'latency', 'scale', 'cost', 'data-quality', 'label-delay', 'drift', 'privacy', 'feedback-loops',
  'human-oversight', 'cold-start', 'outage', 'evaluation',
]);

/** A round's stages, in the order it goes through them. */
export const STAGES = Object.freeze(['lobby', 'running', 'feedback', 'done']);

/** Scorecard and feedback levels run from 1 (weakest) to 4. */
export const LEVELS = Object.freeze([1, 2, 3, 4]);

export function timerNext() {
  return { type: 'timer.next' };
}

export function timerPrevious() {
  return { type: 'timer.previous' };
}

/** Adds (or, negative, removes) time from the current phase. */
export function timerAdjust(deltaMs) {
  return { type: 'timer.adjust', deltaMs };
}

/** `phases` is `[{name, durationMs}]`; only while the timer is idle. */
export function timerPhases(phases) {
  return { type: 'timer.phases', phases };
}

// Rounds and seats.

export function roundEnd() {
  return { type: 'round.end' };
}

export function roundClose() {
  return { type: 'round.close' };
}

/** With no argument the server picks a catalog prompt the new candidate has not had in this room. */
export function roundNext({ promptId, prompt } = {}) {
  if (promptId) return { type: 'round.next', promptId };
  if (prompt) return { type: 'round.next', prompt: { title: prompt.title, text: prompt.text } };
  return { type: 'round.next' };
}

/** Host, in the lobby. Absent seats and order are left out, not sent as null. */
/** Host only: takes a participant out of the room (and resets the invite link); answered with `invite`. */
export function participantRemove(participant) {
  return { type: 'participant.remove', participant };
}

/** Host only: replaces the invite link; answered with `invite`, the new link's token. */
export function inviteReset() {
  return { type: 'invite.reset' };
}

export function seatsSet({ interviewer, candidate, order }) {
  const message = { type: 'seats.set' };
  if (interviewer) message.interviewer = interviewer;
  if (candidate) message.candidate = candidate;
  if (order) message.order = order;
  return message;
}

/** Host only; a field left undefined keeps its value. */
export function settingsSet({ autoAdvance, shadow }) {
  const message = { type: 'settings.set' };
  if (autoAdvance != null) message.autoAdvance = autoAdvance;
  if (shadow != null) message.shadow = shadow;
  return message;
}

// Twist cards and clarifications (interviewer only).

export function twistPlay(card) {
  return { type: 'twist.play', card };
}

/** `{atMinute}` or `{atPhase}` (0-based); neither cancels the schedule. */
export function twistSchedule(card, { atMinute, atPhase } = {}) {
  const message = { type: 'twist.schedule', card };
  if (atMinute != null) message.atMinute = atMinute;
  else if (atPhase != null) message.atPhase = atPhase;
  return message;
}

/** `assumes`: the premises the card overturns (1–4 short phrases), left out when there are none. */
export function twistAdd({ stress, title, text, guidance, assumes }) {
  const card = { stress, title, text, guidance };
  if (Array.isArray(assumes) && assumes.length > 0) card.assumes = assumes;
  return { type: 'twist.add', card };
}

/** `deck` is a deck file as js/deck.js parses it. */
export function deckImport(deck) {
  return { type: 'deck.import', deck };
}

/** Ticks a scope point of the round's guide as covered, or takes the tick back. */
export function scopeTick(point, covered) {
  return { type: 'scope.tick', point, covered: Boolean(covered) };
}

export function factReveal(clarification) {
  return { type: 'fact.reveal', clarification };
}

// The assumption log (issue 15): what the round's candidate or interviewer states, and which twist broke it.
// Every command names an assumption by its id (`a1`, `a2`, …); `twist` is a played card, `fact` a revealed
// clarification.

/** The round's candidate or interviewer, while the round runs. */
export function assumptionAdd(text) {
  return { type: 'assumption.add', text };
}

/** Its author only; the status stays as it was. */
export function assumptionEdit(assumption, text) {
  return { type: 'assumption.edit', assumption, text };
}

/** Its author only. */
export function assumptionWithdraw(assumption) {
  return { type: 'assumption.withdraw', assumption };
}

/** The candidate: "this played twist breaks my assumption". */
export function assumptionNotice(assumption, twist) {
  return { type: 'assumption.notice', assumption, twist };
}

/** The interviewer: this played twist breaks it. */
export function assumptionOverturn(assumption, twist) {
  return { type: 'assumption.overturn', assumption, twist };
}

/** The interviewer: this revealed fact confirms it. */
export function assumptionHold(assumption, fact) {
  return { type: 'assumption.hold', assumption, fact };
}

// Feedback.

/**
 * A missing `level` clears the rating and keeps the evidence. With `notObserved`, the dimension is marked as not
 * observed in this round (no level): the verdict leaves it out.
 */
export function scorecardRate(dimension, level, evidence, notObserved = false) {
  const message = { type: 'scorecard.rate', dimension };
  if (level != null && !notObserved) message.level = level;
  message.evidence = evidence || '';
  if (notObserved) message.notObserved = true;
  return message;
}

export function feedbackRate(level, comment) {
  const message = { type: 'feedback.rate' };
  if (level != null) message.level = level;
  message.comment = comment || '';
  return message;
}

export function feedbackShare() {
  return { type: 'feedback.share' };
}

/** Where a round's Markdown report lives (read with `Authorization: Bearer <resume secret>`). */
export function reportUrl(roomId, roundNumber) {
  return `/api/rooms/${encodeURIComponent(roomId)}/rounds/${roundNumber}/report.md`;
}

// Notes. `doc` is 'shared' (everyone reads it) or 'private' (the interviewer's own); `op` is a TextOperation
// (js/ot/text-operation.js); positions are UTF-16 code units.

// Limits (how long an edit or a document may be) come from the server: welcome.limits, read by js/limits.js.

export function notesOp(doc, rev, op, client, clientSeq) {
  return { type: 'notes.op', doc, rev, op: op.toJSON(), client, clientSeq };
}

export function notesFetch(doc) {
  return { type: 'notes.fetch', doc };
}

/** Not a command: no `id`, never answered. */
export function notesCursor(doc, rev, anchor, head) {
  return { type: 'notes.cursor', doc, rev, anchor, head };
}

/**
 * The request body of `POST /api/rooms`. `prompt` is the host's choice, and the body carries exactly one of its
 * three forms: `{ kind: 'catalog', id }` → `promptId`, `{ kind: 'custom', title, text }` → `prompt`, anything
 * else (including nothing) → `surprise: true`, a catalog prompt the server draws. `durationMinutes`, when given, is
 * the room's length: a catalog prompt brings its plan for it (45 or 60 minutes), a prompt of one's own a plan of it.
 */
export function createRoomRequest({ title, mode, creatorSeat, prompt, durationMinutes }) {
  const body = { title, mode, creatorSeat };
  if (Number.isInteger(durationMinutes)) body.durationMinutes = durationMinutes;
  if (prompt && prompt.kind === 'catalog' && prompt.id) {
    body.promptId = prompt.id;
  } else if (prompt && prompt.kind === 'custom') {
    body.prompt = { title: prompt.title || '', text: prompt.text || '' };
  } else {
    body.surprise = true;
  }
  return body;
}

/** Where the WebSocket lives for the page we were served from. */
export function websocketUrl(location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WEBSOCKET_PATH}`;
}
