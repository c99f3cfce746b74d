// Deck files: the JSON the room page exports and `deck.import` accepts,
// `{"twists":[{stress, title, text, guidance, when?, probe?, core?, assumes?}], "clarifications":[{question, answer}]}`, where
// `when` is `{phase, after?}` (the phase a card fits and a prerequisite), `probe` the follow-up question to ask once
// it is played, `core` whether it is one of the problem's central tensions and `assumes` the premises it overturns
// (issue 15). Checked here first so a
// wrong file is named precisely before anything is sent; the server checks again and decides.

import { STRESSES } from './protocol.js';

const CARD_FIELDS = Object.freeze(['stress', 'title', 'text', 'guidance']);
const CLARIFICATION_FIELDS = Object.freeze(['question', 'answer']);

/** The exportable part of a round's deck and clarifications: what a person wrote, not ids or play state. */
export function deckFileOf(round) {
  const deck = (round && round.deck) || [];
  const clarifications = (round && round.clarifications) || [];
  return {
    twists: deck.map(({ stress, title, text, guidance, when, probe, core, assumes }) => ({
      stress, title, text, guidance: guidance || '', ...craftOf({ when, probe, core, assumes }),
    })),
    clarifications: clarifications
      .filter((c) => c.answer != null)
      .map(({ question, answer }) => ({ question, answer })),
  };
}

/** A card's optional advice, only the parts it has, so a card without them exports as before. */
function craftOf({ when, probe, core, assumes }) {
  const craft = {};
  if (Array.isArray(assumes) && assumes.length > 0) craft.assumes = [...assumes];
  if (when && when.phase) craft.when = when.after ? { phase: when.phase, after: when.after } : { phase: when.phase };
  if (probe) craft.probe = probe;
  if (core) craft.core = true;
  return craft;
}

/** The optional advice of a card in a file, checked like the rest; absent parts stay absent. */
function checkCraft(item, card, at) {
  if (item.when !== undefined) {
    const when = item.when;
    if (when === null || typeof when !== 'object' || Array.isArray(when)) fail(`${at}.when`, 'must be an object {phase, after}');
    card.when = { phase: checkString(when.phase, `${at}.when.phase`) };
    if (when.after !== undefined) card.when.after = checkString(when.after, `${at}.when.after`);
  }
  if (item.probe !== undefined) card.probe = checkString(item.probe, `${at}.probe`);
  if (item.assumes !== undefined) {
    if (!Array.isArray(item.assumes)) fail(`${at}.assumes`, 'must be a list of short phrases');
    const premises = item.assumes.map((p, i) => checkString(p, `${at}.assumes[${i}]`).trim());
    const { problem } = premisesOf(premises.join('\n'));
    if (problem || premises.length === 0) fail(`${at}.assumes`, problem || `must name 1 to ${MAX_PREMISES} premises`);
    card.assumes = premises;
  }
  if (item.core !== undefined) {
    if (typeof item.core !== 'boolean') fail(`${at}.core`, 'must be true or false');
    if (item.core) card.core = true;
  }
}

/** The exported file's text: indented, so a person can edit it by hand. */
export function deckFileText(round) {
  return `${JSON.stringify(deckFileOf(round), null, 2)}\n`;
}

/** A card's `assumes` (issue 15): 1–4 short premises, each at most 120 characters (the server's validator). */
export const MAX_PREMISES = 4;
export const MAX_PREMISE_CHARS = 120;

/** The premises typed one per line: `{list}`, or `{problem}` naming what the server would refuse. */
export function premisesOf(text) {
  const list = String(text || '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (list.length > MAX_PREMISES) return { list, problem: `At most ${MAX_PREMISES} premises; this has ${list.length}.` };
  const long = list.findIndex((p) => p.length > MAX_PREMISE_CHARS);
  if (long >= 0) return { list, problem: `Premise ${long + 1} is over ${MAX_PREMISE_CHARS} characters.` };
  return { list, problem: null };
}

export class DeckFileError extends Error {}

function fail(path, why) {
  throw new DeckFileError(`${path}: ${why}`);
}

function checkString(value, path) {
  if (typeof value !== 'string') fail(path, value === undefined ? 'is missing' : 'must be text');
  if (!value.trim()) fail(path, 'is empty');
  return value;
}

function checkList(value, path, fields, checkItem) {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(path, 'must be a list');
  return value.map((item, i) => {
    const at = `${path}[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) fail(at, 'must be an object');
    const clean = {};
    for (const field of fields) clean[field] = checkString(item[field], `${at}.${field}`);
    checkItem(clean, at, item);
    return clean;
  });
}

/**
 * A deck file's text → `{twists, clarifications}` with only the known fields, or a DeckFileError naming the first
 * wrong field in the server's words, e.g. `deck.twists[2].stress: "speed" is not a stress`.
 */
export function parseDeckFile(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DeckFileError(`deck: not JSON (${e.message})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) fail('deck', 'must be a JSON object');
  const twists = checkList(json.twists, 'deck.twists', CARD_FIELDS, (card, at, item) => {
    if (!STRESSES.includes(card.stress)) fail(`${at}.stress`, `${JSON.stringify(card.stress)} is not a stress`);
    checkCraft(item, card, at);
  });
  const clarifications = checkList(json.clarifications, 'deck.clarifications', CLARIFICATION_FIELDS, () => {});
  if (twists.length === 0 && clarifications.length === 0) fail('deck', 'has no twists and no clarifications');
  return { twists, clarifications };
}
