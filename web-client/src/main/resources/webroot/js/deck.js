// Deck files: the JSON the room page exports and `deck.import` accepts,
// `{"twists":[{stress, title, text, guidance}], "clarifications":[{question, answer}]}`. Checked here first so a
// wrong file is named precisely before anything is sent; the server checks again and decides.

import { STRESSES } from './protocol.js';

const CARD_FIELDS = Object.freeze(['stress', 'title', 'text', 'guidance']);
const CLARIFICATION_FIELDS = Object.freeze(['question', 'answer']);

/** The exportable part of a round's deck and clarifications: what a person wrote, not ids or play state. */
export function deckFileOf(round) {
  const deck = (round && round.deck) || [];
  const clarifications = (round && round.clarifications) || [];
  return {
    twists: deck.map(({ stress, title, text, guidance }) => ({ stress, title, text, guidance: guidance || '' })),
    clarifications: clarifications
      .filter((c) => c.answer != null)
      .map(({ question, answer }) => ({ question, answer })),
  };
}

/** The exported file's text: indented, so a person can edit it by hand. */
export function deckFileText(round) {
  return `${JSON.stringify(deckFileOf(round), null, 2)}\n`;
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
    checkItem(clean, at);
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
  const twists = checkList(json.twists, 'deck.twists', CARD_FIELDS, (card, at) => {
    if (!STRESSES.includes(card.stress)) fail(`${at}.stress`, `${JSON.stringify(card.stress)} is not a stress`);
  });
  const clarifications = checkList(json.clarifications, 'deck.clarifications', CLARIFICATION_FIELDS, () => {});
  if (twists.length === 0 && clarifications.length === 0) fail('deck', 'has no twists and no clarifications');
  return { twists, clarifications };
}
