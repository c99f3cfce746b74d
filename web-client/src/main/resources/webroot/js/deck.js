// Deck files: the JSON the room page exports and `deck.import` accepts,
// `{"twists":[{stress, title, text, guidance, when?, probe?, core?, assumes?}], "clarifications":[{question, answer}]}`,
// where `when` is `{phase, after?}` (the phase a card fits and a prerequisite), `probe` the follow-up question to ask
// once it is played, `core` whether it is one of the problem's central tensions and `assumes` the premises the card
// overturns (1–4 phrases, as a candidate would state them). Checked here first so a wrong file is named precisely
// before anything is sent; the server checks again and decides.

import { STRESSES } from './protocol.js';

const CARD_FIELDS = Object.freeze(['stress', 'title', 'text', 'guidance']);
const CLARIFICATION_FIELDS = Object.freeze(['question', 'answer']);
/** As the server's limit: a card overturns one assumption, stated in at most a few ways. */
export const MAX_PREMISES = 4;

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
  if (when && when.phase) craft.when = when.after ? { phase: when.phase, after: when.after } : { phase: when.phase };
  if (probe) craft.probe = probe;
  if (core) craft.core = true;
  if (Array.isArray(assumes) && assumes.length > 0) craft.assumes = [...assumes];
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
  if (item.core !== undefined) {
    if (typeof item.core !== 'boolean') fail(`${at}.core`, 'must be true or false');
    if (item.core) card.core = true;
  }
  if (item.assumes !== undefined) {
    if (!Array.isArray(item.assumes)) fail(`${at}.assumes`, 'must be a list of premises');
    if (item.assumes.length > MAX_PREMISES) fail(`${at}.assumes`, `at most ${MAX_PREMISES} premises`);
    const premises = item.assumes.map((premise, i) => checkString(premise, `${at}.assumes[${i}]`));
    if (premises.length > 0) card.assumes = premises;
  }
}

/** The exported file's text: indented, so a person can edit it by hand. */
export function deckFileText(round) {
  return `${JSON.stringify(deckFileOf(round), null, 2)}\n`;
}

/** The longest premise a card may name (the catalog validator's and the server's limit). */
export const MAX_PREMISE_CHARS = 120;

/**
 * A card's premises as typed in the "Add your own card" form, one per line: `{list}`, or `{problem}` naming what the
 * server would refuse (more than MAX_PREMISES, or one over MAX_PREMISE_CHARS).
 */
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
