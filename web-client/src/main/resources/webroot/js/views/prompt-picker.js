// The landing page's prompt choice: "Surprise me", "Write your own", or one prompt from the catalog, found by
// searching titles and tags, by a tag chip or by difficulty. All of them are radios named `prompt` in one form, so exactly one is
// chosen at any time and the browser gives the arrow keys and Enter-submits for free. Catalog text goes into the
// page through text nodes only.

import { h, setText } from '../dom.js';

/** Tags offered as chips: those shared by at least this many prompts (the rest are found by typing). */
const MIN_PROMPTS_PER_CHIP = 2;

/** The difficulties a prompt may have, easiest first: the filter's buttons. */
export const DIFFICULTIES = Object.freeze(['easy', 'medium', 'hard']);

/**
 * True when every word of `query` is in the title or a tag, the prompt carries `tag` (if one is chosen) and has
 * `difficulty` (if one is chosen).
 */
export function matchesPrompt(prompt, query, tag, difficulty = null) {
  if (tag && !prompt.tags.includes(tag)) return false;
  if (difficulty && prompt.difficulty !== difficulty) return false;
  const haystack = [prompt.title, ...prompt.tags].join(' ').toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

/** Tags shared by several prompts, the most used first, ties alphabetical. */
export function chipTags(prompts) {
  const counts = new Map();
  for (const prompt of prompts) {
    for (const tag of new Set(prompt.tags)) counts.set(tag, (counts.get(tag) || 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= MIN_PROMPTS_PER_CHIP)
    .sort(([a, ca], [b, cb]) => cb - ca || a.localeCompare(b))
    .map(([tag]) => tag);
}

/**
 * The picker's parts in a page that uses the standard ids (the landing page, the cohort page); the "write your own"
 * parts are null where the page has none.
 */
export function promptPickerParts(form, byId) {
  const optional = (id) => document.getElementById(id);
  return {
    form,
    search: byId('prompt-search'),
    tagRow: byId('prompt-tags'),
    list: byId('prompt-list'),
    listMessage: byId('prompt-list-message'),
    count: byId('prompt-count'),
    chosen: byId('prompt-chosen'),
    surprise: byId('prompt-surprise'),
    custom: optional('prompt-custom'),
    customFields: optional('prompt-custom-fields'),
    customTitle: optional('prompt-title'),
    customText: optional('prompt-text'),
  };
}

/** The catalog's prompts (`GET /api/catalog`); rejects when the server answers without them. */
export async function loadCatalog() {
  const response = await fetch('/api/catalog', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`the catalog answered ${response.status}`);
  const answer = await response.json();
  if (!answer || !Array.isArray(answer.prompts)) throw new Error('the catalog answered without prompts');
  return answer.prompts;
}

/**
 * Binds the picker to its elements (see index.html). Returns `showCatalog(prompts)`, `showUnavailable()` and
 * `choice()`, the value `createRoomRequest` takes as `prompt`. Without `custom` (and its fields) there is no "Write
 * your own": the cohort page offers only the catalog and "Surprise me".
 */
export function bindPromptPicker({ form, search, tagRow, list, listMessage, count, chosen, surprise, custom,
  customFields, customTitle, customText }) {
  let prompts = [];
  let byId = new Map();
  let activeTag = null;
  let activeDifficulty = null;
  const difficultyRow = h('div', { class: 'chips difficulty-row', id: 'difficulty-row',
    attrs: { role: 'group', 'aria-label': 'Difficulty' } },
  DIFFICULTIES.map((difficulty) => h('button', {
    type: 'button', class: 'chip', dataset: { difficulty }, attrs: { 'aria-pressed': 'false' }, text: difficulty,
    onclick: () => {
      activeDifficulty = activeDifficulty === difficulty ? null : difficulty;
      filter();
    },
  })));
  tagRow.before(difficultyRow);

  const radios = () => form.querySelectorAll('input[type="radio"][name="prompt"]');
  const checked = () => [...radios()].find((r) => r.checked) || null;
  const optionOf = (radio) => radio && radio.closest('[data-prompt-id]');
  const visibleOptions = () => [...list.querySelectorAll('[data-prompt-id]')].filter((o) => !o.hidden);

  function choice() {
    const radio = checked();
    if (custom && radio === custom) {
      return { kind: 'custom', title: customTitle.value.trim(), text: customText.value.trim() };
    }
    const option = optionOf(radio);
    if (option) return { kind: 'catalog', id: option.dataset.promptId, title: option.dataset.title };
    return { kind: 'surprise' };
  }

  function showChoice() {
    const picked = choice();
    if (customFields) customFields.hidden = picked.kind !== 'custom';
    if (picked.kind === 'catalog') setText(chosen, picked.title);
    else if (picked.kind === 'custom') setText(chosen, picked.title || 'your own — write it below or in the room');
    else setText(chosen, 'a surprise, drawn from the catalog when the room is created');
  }

  function filter() {
    const query = search.value.trim();
    let shown = 0;
    for (const option of list.querySelectorAll('[data-prompt-id]')) {
      option.hidden = !matchesPrompt(byId.get(option.dataset.promptId), query, activeTag, activeDifficulty);
      if (!option.hidden) shown += 1;
    }
    for (const chip of tagRow.children) {
      chip.setAttribute('aria-pressed', String(chip.dataset.tag === activeTag));
    }
    for (const chip of difficultyRow.children) {
      chip.setAttribute('aria-pressed', String(chip.dataset.difficulty === activeDifficulty));
    }
    listMessage.hidden = shown > 0;
    if (!shown) {
      const what = [query && `“${query}”`, activeTag && `the tag ${activeTag}`,
        activeDifficulty && `difficulty ${activeDifficulty}`].filter(Boolean).join(' and ');
      setText(listMessage, `No prompt matches ${what}.`);
    }
    setText(count, shown === prompts.length
      ? `${prompts.length} prompts`
      : `${shown} of ${prompts.length} prompts`);
  }

  function option(prompt) {
    const twists = `${prompt.twists} twist${prompt.twists === 1 ? '' : 's'}`;
    const calibration = [prompt.difficulty, prompt.levels].filter(Boolean).join(' · ');
    const focus = Array.isArray(prompt.focus) && prompt.focus.length
      ? `weighs most: ${prompt.focus.map((f) => f.replace(/-/g, ' ')).join(', ')}` : '';
    return h('label', { class: 'prompt-option', dataset: { promptId: prompt.id, title: prompt.title,
      difficulty: prompt.difficulty || '' } },
    h('input', { type: 'radio', name: 'prompt', value: prompt.id }),
    h('span', { class: 'prompt-option-body' },
      h('span', { class: 'prompt-option-title', text: prompt.title }),
      calibration ? h('span', { class: 'prompt-option-calibration', text: calibration }) : null,
      h('span', { class: 'prompt-option-meta muted', text: `${prompt.tags.join(' · ')} — ${twists}` }),
      focus ? h('span', { class: 'prompt-option-meta muted', text: focus }) : null));
  }

  function chip(tag) {
    return h('button', {
      type: 'button',
      class: 'chip',
      dataset: { tag },
      attrs: { 'aria-pressed': 'false' },
      text: tag,
      onclick: () => {
        activeTag = activeTag === tag ? null : tag;
        filter();
      },
    });
  }

  function showCatalog(catalog) {
    prompts = catalog;
    byId = new Map(prompts.map((p) => [p.id, p]));
    tagRow.replaceChildren(...chipTags(prompts).map(chip));
    list.querySelectorAll('[data-prompt-id]').forEach((o) => o.remove());
    list.append(...prompts.map(option));
    filter();
  }

  function showUnavailable() {
    setText(listMessage, 'The catalog could not be loaded. “Surprise me” still lets the server pick one.');
    listMessage.hidden = false;
    setText(count, '');
  }

  form.addEventListener('change', (e) => {
    if (e.target.name === 'prompt') showChoice();
  });
  if (customTitle) customTitle.addEventListener('input', showChoice);
  search.addEventListener('input', filter);
  // From the search box, the down arrow goes to the list: the chosen prompt if it is shown, else the first one.
  search.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    const shown = visibleOptions();
    const target = shown.find((o) => o === optionOf(checked())) || shown[0];
    if (!target) return;
    e.preventDefault();
    const radio = target.querySelector('input');
    radio.focus();
    if (!radio.checked) {
      radio.checked = true;
      showChoice();
    }
  });

  // A back navigation may restore "Write your own"; show what the form holds, not what the markup says.
  if (!checked()) surprise.checked = true;
  showChoice();
  return { showCatalog, showUnavailable, choice };
}
