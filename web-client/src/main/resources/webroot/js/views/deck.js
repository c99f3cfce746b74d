// The twist deck in the interviewer's column: each card with its stress, text and guidance, a Play button and a
// schedule (at minute N, or when a phase starts); a form for a card of one's own; deck files in and out.
// Shadowing observers see the same cards without any control: the server lets only the interviewer act.

import { h, setText } from '../dom.js';
import { isInterviewer, roundOf, stageOf } from '../store.js';
import { STRESSES, assumptionOverturn, deckImport, twistAdd, twistPlay, twistSchedule } from '../protocol.js';
import {
  DeckFileError, MAX_PREMISES, MAX_PREMISE_CHARS, deckFileText, parseDeckFile, premisesOf,
} from '../deck.js';
import { formatElapsed } from '../time.js';
import { saveFile } from '../download.js';

const MAX_FILE_BYTES = 256 * 1024; // a deck of a few hundred cards; anything larger is not a deck file

const stressLabel = (stress) => String(stress || '').replace(/-/g, ' ');

/** What a card's state line says: played, scheduled, or nothing. */
export function cardStatus(card, phases) {
  if (card.played) {
    return { state: 'played', text: `Played at ${formatElapsed(card.played.elapsedMs)}${card.played.phase ? ` · ${card.played.phase}` : ''}` };
  }
  const schedule = card.schedule;
  if (schedule && schedule.atMinute != null) return { state: 'scheduled', text: `Plays at minute ${schedule.atMinute}` };
  if (schedule && schedule.atPhase != null) {
    const phase = phases[schedule.atPhase];
    return { state: 'scheduled', text: `Plays when ${phase ? phase.name : `phase ${schedule.atPhase + 1}`} starts` };
  }
  return { state: 'ready', text: '' };
}

/** The schedule select's value for a card: '' (none), 'minute', or 'phase:<index>'. */
function scheduleValue(card) {
  const schedule = card.schedule || {};
  if (schedule.atMinute != null) return 'minute';
  if (schedule.atPhase != null) return `phase:${schedule.atPhase}`;
  return '';
}

/**
 * The phase the schedule suggests for a card: a core card's `when` phase, found by name in the round's phase plan;
 * null for other cards, or when the plan no longer has that phase.
 */
export function suggestedPhase(card, phases) {
  if (!card.core || !card.when || !card.when.phase) return null;
  const index = phases.findIndex((p) => p.name === card.when.phase);
  return index >= 0 ? index : null;
}

/**
 * What a card that escalates another says about it: the title of the card to play first, found in the same deck;
 * null for a card that follows none (or one no longer in the deck).
 */
export function escalationNote(card, deck) {
  if (!card.follows) return null;
  const first = deck.find((c) => c.id === card.follows);
  return first ? `Escalates “${first.title}”: play it after that card` : null;
}

/** A card's advice (issue 14): core mark, when it fits, and the follow-up question; all text via textContent. */
function cardCraft(card, deck) {
  const when = card.when && card.when.phase
    ? `Best in ${card.when.phase}${card.when.after ? `, once ${card.when.after}` : ''}` : null;
  const escalates = escalationNote(card, deck);
  return [
    card.core ? h('p', { class: 'card-core hint' }, h('span', { class: 'tag', text: 'Core' }),
      ' the central tension: play it first') : null,
    escalates ? h('p', { class: 'card-follows hint', text: escalates }) : null,
    when ? h('p', { class: 'card-when hint', text: when }) : null,
    card.probe ? h('p', { class: 'card-probe' }, h('span', { class: 'muted', text: 'Then ask: ' }), card.probe) : null,
  ];
}

/**
 * The assumptions the server suggests a played card may break (`played.suggests`), as the interviewer's side shows
 * them: each with whether an "Overturned" button still applies (not for one withdrawn or already overturned).
 */
export function suggestionsOf(card, assumptions) {
  const ids = (card.played && card.played.suggests) || [];
  return ids.map((id) => assumptions.find((a) => a.id === id)).filter(Boolean).map((a) => ({
    id: a.id,
    text: a.text,
    status: a.status,
    overturnable: a.status !== 'withdrawn' && a.status !== 'overturned',
    byThisCard: a.status === 'overturned' && a.twist === card.id,
  }));
}

/** "May break: …" under a played card, with one "Overturned" button per suggested assumption still open to it. */
function cardSuggestions(card, suggestions, { acts, running, connected }, send) {
  if (suggestions.length === 0) return null;
  return h('div', { class: 'card-suggests' },
    h('p', { class: 'card-suggests-head', text: 'May break:' }),
    h('ul', { class: 'card-suggests-list' }, suggestions.map((s) => h('li', { class: 'card-suggestion', dataset: { assumption: s.id } },
      h('span', { class: 'card-suggestion-text', text: `“${s.text}”` }),
      acts && s.overturnable ? h('button', {
        class: 'button', type: 'button', dataset: { action: `overturn-${s.id}` }, text: 'Overturned',
        disabled: !running || !connected,
        attrs: { 'aria-label': `Overturned: “${s.text}” by “${card.title}”` },
        onclick: () => send(assumptionOverturn(s.id, card.id)),
      }) : h('span', { class: 'tag', text: s.byThisCard ? 'Overturned ✓' : s.status })))));
}

function focusWithin(li, action) {
  const target = (action && li.querySelector(`[data-action="${action}"]:not([disabled])`)) || li.querySelector('.card-title');
  if (target === li.querySelector('.card-title')) target.tabIndex = -1;
  target.focus();
}

export function createDeckView({ send, toasts }) {
  const list = h('ul', { class: 'deck', attrs: { 'aria-label': 'Twist cards' } });
  const rows = new Map(); // card id -> { li, key }
  const openGuidance = new Set(); // card ids whose guidance the interviewer opened
  const importError = h('p', { class: 'form-error', attrs: { role: 'alert' }, hidden: true });
  // Opened by the Import button; never a Tab stop of its own (it is invisible, so Tab would vanish into it).
  const fileInput = h('input', { type: 'file', accept: '.json,application/json', id: 'deck-import-file', class: 'visually-hidden',
    tabIndex: -1, attrs: { 'aria-hidden': 'true' } });
  const importButton = h('button', { class: 'button', type: 'button', id: 'btn-import-deck', text: 'Import deck…' });
  const exportButton = h('button', { class: 'button', type: 'button', id: 'btn-export-deck', text: 'Export deck' });
  const form = addCardForm();
  const tools = h('div', { class: 'deck-tools' },
    h('div', { class: 'actions' }, importButton, exportButton, fileInput),
    importError,
    form);
  const root = h('section', { class: 'deck-section', attrs: { 'aria-labelledby': 'deck-heading' } },
    h('h3', { class: 'panel-subheading', id: 'deck-heading', text: 'Twist deck' }),
    h('p', { class: 'hint', text: 'The candidate sees a card only once it is played.' }),
    list,
    tools);
  let state = null;

  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    importError.hidden = true;
    try {
      if (file.size > MAX_FILE_BYTES) throw new DeckFileError(`deck: the file is over ${MAX_FILE_BYTES / 1024} KB`);
      const deck = parseDeckFile(await file.text());
      if (send(deckImport(deck))) {
        toasts.show(`Importing ${deck.twists.length} cards and ${deck.clarifications.length} clarifications.`);
      }
    } catch (error) {
      importError.textContent = error instanceof DeckFileError ? `Not imported. ${error.message}` : `Not imported: ${error.message}`;
      importError.hidden = false;
    }
  });
  exportButton.addEventListener('click', () => {
    const round = roundOf(state);
    saveFile(`curveball-deck-round-${round ? round.number : 0}.json`, deckFileText(round), 'application/json');
  });

  function addCardForm() {
    const stress = h('select', { id: 'card-stress', required: true },
      STRESSES.map((s) => h('option', { value: s, text: stressLabel(s) })));
    // maxlength comes from the welcome's limits (js/limits.js), like every field that names one in data-limit.
    const title = h('input', {
      id: 'card-title', type: 'text', dataset: { limit: 'maxTitleLength' }, required: true, autocomplete: 'off',
    });
    const text = h('textarea', { id: 'card-text', rows: 3, dataset: { limit: 'maxCardChars' }, required: true });
    const guidance = h('textarea', {
      id: 'card-guidance', rows: 3, dataset: { limit: 'maxCardChars' }, required: true,
    });
    const assumes = h('textarea', { id: 'card-assumes', rows: 2, attrs: { 'aria-describedby': 'card-assumes-problem' } });
    const assumesProblem = h('p', { class: 'form-error', id: 'card-assumes-problem', attrs: { role: 'alert' }, hidden: true });
    const field = (id, label, input, hint) => h('div', { class: 'field' },
      h('label', { for: id, text: label }), input, hint ? h('p', { class: 'hint', text: hint }) : null);
    const el = h('details', { class: 'add-card' },
      h('summary', { text: 'Add your own card' }),
      h('form', {
        onsubmit: (e) => {
          e.preventDefault();
          const card = { stress: stress.value, title: title.value.trim(), text: text.value.trim(), guidance: guidance.value.trim() };
          if (!card.title || !card.text || !card.guidance) {
            (!card.title ? title : !card.text ? text : guidance).focus();
            return;
          }
          const premises = premisesOf(assumes.value);
          assumesProblem.hidden = !premises.problem;
          if (premises.problem) {
            setText(assumesProblem, premises.problem);
            assumes.focus();
            return;
          }
          card.assumes = premises.list;
          if (send(twistAdd(card))) {
            title.value = '';
            text.value = '';
            guidance.value = '';
            assumes.value = '';
          }
        },
      },
      field('card-stress', 'Stress', stress),
      field('card-title', 'Title', title),
      field('card-text', 'What the candidate hears', text, 'One changed assumption that forces a trade-off.'),
      field('card-guidance', 'Guidance (only you see it)', guidance, 'What a strong answer weighs.'),
      field('card-assumes', 'Premises it overturns (optional)', assumes,
        `One per line, at most ${MAX_PREMISES}, each up to ${MAX_PREMISE_CHARS} characters: “labels arrive within a day”.`),
      assumesProblem,
      h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', text: 'Add card' }))));
    return el;
  }

  function scheduleControl(card, phases, enabled) {
    const select = h('select', {
      disabled: !enabled,
      dataset: { action: 'schedule' },
      attrs: { 'aria-label': `When “${card.title}” plays by itself` },
    },
    h('option', { value: '', text: 'Not scheduled' }),
    h('option', { value: 'minute', text: 'At minute…' }),
    phases.map((p, i) => h('option', { value: `phase:${i}`,
      text: `At start of ${p.name}${i === suggestedPhase(card, phases) ? ' (suggested)' : ''}` })));
    select.value = scheduleValue(card);
    const minute = h('input', {
      type: 'number', min: 1, max: 600, step: 1, class: 'minute-input', disabled: !enabled,
      value: card.schedule && card.schedule.atMinute != null ? String(card.schedule.atMinute) : '',
      dataset: { action: 'schedule-minute' },
      attrs: { 'aria-label': 'Minute of the round', placeholder: 'min' },
    });
    minute.hidden = select.value !== 'minute';
    select.addEventListener('change', () => {
      minute.hidden = select.value !== 'minute';
      if (select.value === 'minute') {
        minute.focus();
      } else if (select.value === '') {
        send(twistSchedule(card.id));
      } else {
        send(twistSchedule(card.id, { atPhase: Number(select.value.slice('phase:'.length)) }));
      }
    });
    minute.addEventListener('change', () => {
      const value = Number(minute.value);
      if (Number.isInteger(value) && value >= 1) send(twistSchedule(card.id, { atMinute: value }));
    });
    return h('span', { class: 'schedule' }, select, minute);
  }

  /** A card's guidance, folded by default so the deck reads as a list of cards; stays open once opened. */
  function guidance(card) {
    const details = h('details', { class: 'card-guidance-toggle', open: openGuidance.has(card.id) },
      h('summary', { text: 'Guidance' }),
      h('p', { class: 'card-guidance' }, h('span', { class: 'muted', text: 'Look for: ' }), card.guidance));
    details.addEventListener('toggle', () => {
      if (details.open) openGuidance.add(card.id);
      else openGuidance.delete(card.id);
    });
    return details;
  }

  function cardRow(card, { acts, running, scheduling, connected, phases }, deck, suggestions) {
    const status = cardStatus(card, phases);
    const play = acts ? h('button', {
      class: 'button primary', type: 'button', dataset: { action: 'play' },
      disabled: !running || Boolean(card.played) || !connected,
      title: running ? '' : 'Cards can be played while the round runs',
      attrs: { 'aria-label': `Play “${card.title}”` },
      text: card.played ? 'Played' : 'Play',
      onclick: () => send(twistPlay(card.id)),
    }) : null;
    return [
      h('div', { class: 'card-head' },
        h('span', { class: 'tag stress', dataset: { stress: card.stress }, text: stressLabel(card.stress) }),
        h('span', { class: 'card-status', text: status.text })),
      h('h4', { class: 'card-title', text: card.title }),
      h('p', { class: 'card-text', text: card.text }),
      card.guidance ? guidance(card) : null,
      Array.isArray(card.assumes) && card.assumes.length > 0
        ? h('p', { class: 'card-assumes hint' }, h('span', { class: 'muted', text: 'Overturns: ' }), card.assumes.join('; '))
        : null,
      ...cardCraft(card, deck),
      cardSuggestions(card, suggestions, { acts, running, connected }, send),
      acts ? h('div', { class: 'card-actions' }, play,
        card.played ? null : scheduleControl(card, phases, scheduling && connected)) : null,
    ];
  }

  return {
    root,
    render(next, { connected }) {
      state = next;
      const round = roundOf(state);
      const deck = (round && round.deck) || [];
      const assumptions = (round && round.assumptions) || [];
      const stage = stageOf(state);
      const acts = isInterviewer(state);
      const phases = (state.room.timer && state.room.timer.phases) || [];
      const context = { acts, running: stage === 'running', scheduling: stage === 'lobby' || stage === 'running', connected, phases };
      tools.hidden = !acts;
      const seen = new Set();
      deck.forEach((card, index) => {
        seen.add(card.id);
        let row = rows.get(card.id);
        if (!row) {
          row = { li: h('li', { class: 'twist-card', dataset: { cardId: card.id } }), key: null };
          rows.set(card.id, row);
        }
        const suggestions = suggestionsOf(card, assumptions);
        const key = JSON.stringify([card, context, suggestions]);
        const focused = row.li.contains(document.activeElement) ? document.activeElement : null;
        // A schedule being edited keeps its controls (rebuilding would drop a half-typed minute), unless the card
        // was played meanwhile and they no longer apply.
        const editing = focused && focused.matches('select, input') && !card.played;
        if (row.key !== key && !editing) {
          row.key = key;
          row.li.dataset.state = cardStatus(card, phases).state;
          row.li.replaceChildren(...cardRow(card, context, deck, suggestions).filter(Boolean)); // absent parts are null: never "null" text
          // Focus stays on the same control of the card, or on the card's title, never lost to the page.
          if (focused) focusWithin(row.li, focused.dataset.action);
        }
        if (list.children[index] !== row.li) list.insertBefore(row.li, list.children[index] || null);
      });
      for (const [id, row] of rows) {
        if (!seen.has(id)) {
          row.li.remove();
          rows.delete(id);
        }
      }
      if (deck.length === 0 && !list.querySelector('.list-message')) {
        list.append(h('li', { class: 'list-message', text: 'No cards in this round’s deck yet.' }));
      } else if (deck.length > 0) {
        const message = list.querySelector('.list-message');
        if (message) message.remove();
      }
      setText(exportButton, `Export deck (${deck.length})`);
    },
  };
}
