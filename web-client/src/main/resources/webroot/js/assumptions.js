// The assumption log's words and arithmetic (issue 15), kept pure so the views, the scorecard and the tests read
// the same: what an entry's status says, which twist or fact it points at, how long the candidate took to notice a
// broken premise, and which line of the notes Alt+A means.

import { nameOf } from './store.js';
import { formatElapsed } from './time.js';

export const STATUS_LABELS = Object.freeze({
  open: 'Open',
  held: 'Held',
  overturned: 'Overturned',
  withdrawn: 'Withdrawn',
});

/** The scorecard dimension whose level picker shows the log as evidence (catalog/rubric.json). */
export const ADAPTING_DIMENSION = 'adapting-to-twists';

// A notes line's Markdown dressing, dropped before it becomes an assumption: "- ", "* ", "1. ", "# ", "> ", "[ ] ".
const LINE_MARKERS = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)?/;

/**
 * What Alt+A in the notes adds: the selection when there is one, else the line the caret is on, without its list
 * or heading marker, and with the lines of a multi-line selection joined by spaces. '' when there is nothing to add.
 * `start`/`end` are the textarea's selection (UTF-16 offsets).
 */
export function assumptionFromNotes(text, start, end) {
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  let picked;
  if (from !== to) {
    picked = text.slice(from, to);
  } else {
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    const lineEnd = text.indexOf('\n', from);
    picked = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  }
  return picked.split('\n')
    .map((line) => line.replace(LINE_MARKERS, '').trim())
    .filter(Boolean)
    .join(' ');
}

/** Played twists as the timeline has them (everyone's page has a timeline; only the interviewer's has a deck). */
export function playedTwists(round) {
  const timeline = (round && round.timeline) || [];
  return timeline.filter((e) => e.kind === 'twist')
    .map((e) => ({ id: e.ref, title: e.title, at: e.at, elapsedMs: e.elapsedMs, phase: e.phase }));
}

/** Revealed clarifications, `{id, question}`: the interviewer's list, or the timeline's facts on other pages. */
export function revealedFacts(round) {
  if (!round) return [];
  const clarifications = (round.clarifications || []).filter((c) => c.revealed);
  if (clarifications.length > 0) return clarifications.map((c) => ({ id: c.id, question: c.question }));
  return (round.timeline || []).filter((e) => e.kind === 'fact').map((e) => ({ id: e.ref, question: e.title }));
}

/**
 * Milliseconds from the card's play to the moment the candidate showed they saw the break: the earlier of their
 * `assumption.notice` and an edit after the play (the report's "Noticed after"). Null when neither happened.
 */
export function noticeDelayMs(assumption, playedAt) {
  if (playedAt == null) return null;
  const moments = [assumption.noticedAt, assumption.revisedAt].filter((t) => t != null && t >= playedAt);
  return moments.length > 0 ? Math.min(...moments) - playedAt : null;
}

/** `m:ss` for a notice delay, as the report writes it. */
export function formatDelay(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

const quoted = (text) => `“${text}”`;

/** The twist that broke an assumption, from the timeline; null when it has none (or is not listed). */
function twistOf(assumption, round) {
  return assumption.twist ? playedTwists(round).find((t) => t.id === assumption.twist) || null : null;
}

/**
 * The line under an entry that says what became of it: `Broken by “card” · noticed after 1:12`, `Held by “fact”`,
 * or '' for an open or withdrawn one (its badge says enough).
 */
export function outcomeLine(assumption, round) {
  if (assumption.status === 'overturned') {
    const twist = twistOf(assumption, round);
    const title = twist ? quoted(twist.title) : 'a twist';
    const delay = twist ? noticeDelayMs(assumption, twist.at) : null;
    return `Broken by ${title} · ${delay == null ? 'not noticed by the candidate' : `noticed after ${formatDelay(delay)}`}`;
  }
  if (assumption.status === 'held') {
    const fact = revealedFacts(round).find((f) => f.id === assumption.fact);
    return `Held by ${fact ? quoted(fact.question) : 'a revealed fact'}`;
  }
  return '';
}

/**
 * Evidence for the scorecard's "adapting to twists": one line per overturned assumption with its card, when the
 * card was played and how long the candidate took to notice (or that they never did). Nothing is scored: the
 * interviewer reads these next to the level picker.
 */
export function twistEvidence(round) {
  const log = (round && round.assumptions) || [];
  return log.filter((a) => a.status === 'overturned').map((a) => {
    const twist = twistOf(a, round);
    const played = twist ? ` (played ${formatElapsed(twist.elapsedMs)}${twist.phase ? `, ${twist.phase}` : ''})` : '';
    const delay = twist ? noticeDelayMs(a, twist.at) : null;
    return {
      id: a.id,
      noticed: delay != null,
      text: `${quoted(a.text)}: broken by ${twist ? quoted(twist.title) : 'a twist'}${played}; `
        + `${delay == null ? 'never noticed' : `noticed after ${formatDelay(delay)}`}`,
    };
  });
}

/**
 * What the candidate's "Does this break one of your assumptions?" offers to tick: the assumptions still open, plus
 * those the interviewer marked overturned that the candidate has not noticed (the server accepts a notice for them).
 */
export function checkChoices(round) {
  const log = (round && round.assumptions) || [];
  return log.filter((a) => a.status === 'open' || (a.status === 'overturned' && a.noticedAt == null));
}

/**
 * The sentence a screen reader hears for an assumption event, or null. `by` is "You" for this viewer's own change.
 */
export function assumptionNews(state, event) {
  const who = state.you && event.by === state.you.participant ? 'You' : null;
  const a = event.assumption;
  if (event.kind === 'assumption.added') {
    const author = state.you && a.by === state.you.participant ? 'You' : nameOf(state, a.by);
    return `${author} added an assumption: ${a.text}`;
  }
  if (event.kind !== 'assumption.changed') return null;
  const name = who || nameOf(state, event.by);
  const round = state.room && state.room.round;
  const twist = twistOf(a, round);
  const card = twist ? quoted(twist.title) : 'a twist';
  switch (event.change) {
    case 'edited': return `${name} edited an assumption: ${a.text}`;
    case 'withdrawn': return `${name} withdrew the assumption ${quoted(a.text)}.`;
    case 'noticed': return `${name} marked ${quoted(a.text)} as broken by ${card}.`;
    case 'overturned': return `${name} marked ${quoted(a.text)} as overturned by ${card}.`;
    case 'held': return `${name} marked ${quoted(a.text)} as held by a revealed fact.`;
    default: return null;
  }
}

/** The sentence for the interviewer's side when the server suggests which assumptions a played card may break. */
export function suggestionNews(state, event) {
  const round = state.room && state.room.round;
  const log = (round && round.assumptions) || [];
  const twist = playedTwists(round).find((t) => t.id === event.twist);
  const texts = event.assumptions.map((id) => log.find((a) => a.id === id)).filter(Boolean).map((a) => quoted(a.text));
  if (texts.length === 0) return null;
  return `${twist ? quoted(twist.title) : 'The twist'} may break ${texts.length === 1 ? 'an assumption' : `${texts.length} assumptions`}: ${texts.join(', ')}.`;
}
