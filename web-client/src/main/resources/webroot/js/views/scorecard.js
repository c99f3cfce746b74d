// The scorecard: one row per rubric dimension, a level from 1 to 4 (or "not observed") and the evidence for it. The interviewer edits
// it while the round runs and in feedback, until it is shared; everyone else sees it read-only once shared.
// Each change goes out as `scorecard.rate` at once (a level) or when the evidence box loses focus.

import { h, setText } from '../dom.js';
import { LEVELS, scorecardRate } from '../protocol.js';
import { loadScoringRules, verdictOf } from '../catalog.js';
import { ADAPTING_DIMENSION, twistEvidence } from '../assumptions.js';

/** The level select's value for "not observed": not a level, left out of the verdict. */
const NOT_OBSERVED = 'not-observed';

/**
 * @param idPrefix distinguishes two scorecards on one page (the editable one and a shared copy), so labels stay unique
 * @param rubric   `() => [{id, name, levels: [{level, text}]}]` (js/catalog.js), [] while unknown
 */
export function createScorecardView({ send, idPrefix, rubric, title = 'Scorecard' }) {
  const list = h('div', { class: 'scorecard-dimensions' });
  const status = h('p', { class: 'hint scorecard-status' });
  const rule = h('p', { class: 'hint scorecard-rule', id: `${idPrefix}-rule`, hidden: true });
  const root = h('section', { class: 'scorecard', attrs: { 'aria-labelledby': `${idPrefix}-heading` } },
    h('h3', { class: 'panel-subheading', id: `${idPrefix}-heading`, text: title }),
    status,
    rule,
    list);
  let verdicts = [];
  let last = null; // the last render's arguments, to render again once the rules arrive
  loadScoringRules().then((rules) => {
    verdicts = rules.verdicts;
    setText(rule, rules.partialCredit ? `Partial credit: ${rules.partialCredit}` : '');
    rule.hidden = !rules.partialCredit;
    if (last) api.render(...last);
  });
  const rows = new Map(); // dimension id -> { el, select, evidence, levelHint, sent }
  let dimensionsKey = null;

  function describe(dimension, level) {
    const found = dimension.levels.find((l) => l.level === level);
    return found ? found.text : '';
  }

  function hintFor(dimension, value) {
    if (value === NOT_OBSERVED) return 'The round did not reach this; it is left out of the verdict.';
    return value ? describe(dimension, Number(value)) : '';
  }

  /**
   * Beside the level of "adapting to twists": what the assumption log shows (issue 15), for the interviewer to read
   * before picking a level. Only words: nothing here sets a level.
   */
  function logEvidence(dimension) {
    if (dimension.id !== ADAPTING_DIMENSION) return null;
    const list = h('ul', { class: 'assumption-evidence-list' });
    const box = h('div', { class: 'assumption-evidence', id: `${idPrefix}-${dimension.id}-log` },
      h('p', { class: 'hint', text: 'From the assumption log:' }), list);
    return { box, list, key: null };
  }

  function renderLog(log, round) {
    const lines = twistEvidence(round);
    const key = JSON.stringify(lines);
    if (key === log.key) return;
    log.key = key;
    log.list.replaceChildren(...(lines.length > 0
      ? lines.map((l) => h('li', { class: 'assumption-evidence-line', dataset: { noticed: String(l.noticed) }, text: l.text }))
      : [h('li', { class: 'muted', text: 'No stated assumption was broken by a twist yet.' })]));
  }

  function buildRow(dimension, editable) {
    const selectId = `${idPrefix}-${dimension.id}-level`;
    const evidenceId = `${idPrefix}-${dimension.id}-evidence`;
    const levelHint = h('p', { class: 'hint level-hint', id: `${selectId}-hint` });
    const log = logEvidence(dimension);
    if (!editable) {
      const level = h('span', { class: 'level-badge' });
      const evidence = h('p', { class: 'evidence-text' });
      const el = h('div', { class: 'dimension', dataset: { dimension: dimension.id } },
        h('div', { class: 'dimension-head' }, h('span', { class: 'dimension-name', text: dimension.name }), level),
        log ? log.box : null, levelHint, evidence);
      return { el, level, evidenceText: evidence, levelHint, dimension, log };
    }
    const select = h('select', { id: selectId, attrs: { 'aria-describedby': [`${selectId}-hint`, log ? log.box.id : null].filter(Boolean).join(' ') } },
      h('option', { value: '', text: '—' }),
      LEVELS.map((n) => h('option', { value: String(n), text: String(n), title: describe(dimension, n) })),
      h('option', { value: NOT_OBSERVED, text: 'Not observed' }));
    const evidence = h('textarea', {
      id: evidenceId, rows: 2, dataset: { limit: 'maxCardChars' }, class: 'evidence',
      placeholder: 'What you saw or heard that shows it',
    });
    const row = { select, evidence, levelHint, dimension, dirty: false, log };
    const rate = () => {
      const unobserved = select.value === NOT_OBSERVED;
      const level = select.value && !unobserved ? Number(select.value) : null;
      if (send(scorecardRate(dimension.id, level, evidence.value, unobserved))) row.dirty = false;
    };
    select.addEventListener('change', () => {
      setText(levelHint, hintFor(dimension, select.value));
      rate();
    });
    evidence.addEventListener('input', () => {
      row.dirty = true;
    });
    evidence.addEventListener('change', rate);
    row.el = h('fieldset', { class: 'dimension', dataset: { dimension: dimension.id } },
      h('legend', { class: 'dimension-name', text: dimension.name }),
      h('div', { class: 'dimension-level' }, h('label', { for: selectId, text: 'Level' }), select),
      log ? log.box : null,
      levelHint,
      h('label', { for: evidenceId, class: 'visually-hidden', text: `Evidence for ${dimension.name}` }),
      evidence);
    return row;
  }

  /** The rubric's dimensions, plus any rated dimension the rubric does not list (an older or missing rubric). */
  function dimensionsFor(ratings) {
    const known = rubric();
    const extra = Object.keys(ratings)
      .filter((id) => !known.some((d) => d.id === id))
      .map((id) => ({ id, name: id, levels: [] }));
    return [...known, ...extra];
  }

  const api = {
    root,
    /**
     * @param scorecard `{ratings, shared}` or absent
     * @param editable  the viewer is the round's interviewer and the scorecard is still open
     * @param round     the round, for the assumption log shown beside "adapting to twists" (absent: not shown)
     */
    render(scorecard, options) {
      last = [scorecard, options];
      const { editable, connected } = options;
      const ratings = (scorecard && scorecard.ratings) || {};
      const dimensions = dimensionsFor(ratings);
      const key = JSON.stringify([dimensions.map((d) => d.id), editable]);
      if (key !== dimensionsKey) {
        dimensionsKey = key;
        rows.clear();
        list.replaceChildren(...dimensions.map((d) => {
          const row = buildRow(d, editable);
          rows.set(d.id, row);
          return row.el;
        }));
      }
      for (const row of rows.values()) {
        if (row.log) {
          row.log.box.hidden = !options.round;
          if (options.round) renderLog(row.log, options.round);
        }
        const rating = ratings[row.dimension.id] || {};
        const level = rating.notObserved ? NOT_OBSERVED : rating.level == null ? '' : String(rating.level);
        if (row.select) {
          // Never overwrite what the interviewer is choosing or typing; the server's copy catches up on send.
          if (document.activeElement !== row.select && row.select.value !== level) {
            row.select.value = level;
            setText(row.levelHint, hintFor(row.dimension, level));
          }
          if (document.activeElement !== row.evidence && !row.dirty && row.evidence.value !== (rating.evidence || '')) {
            row.evidence.value = rating.evidence || '';
          }
          row.select.disabled = !connected;
          row.evidence.readOnly = !connected;
        } else {
          setText(row.level, level === NOT_OBSERVED ? 'Not observed' : level ? `${level} / 4` : 'Not rated');
          setText(row.levelHint, hintFor(row.dimension, level));
          setText(row.evidenceText, rating.evidence || '');
        }
      }
      const rated = Object.values(ratings).filter((r) => r && r.level != null).length;
      const reading = verdictOf(ratings, verdicts);
      const verdict = reading && reading.verdict
        ? ` Reads as: ${reading.verdict} (average ${reading.average.toFixed(1)}, lowest ${reading.lowest}).` : '';
      setText(status, dimensions.length === 0
        ? 'The rubric could not be loaded; ratings appear here as they are made.'
        : `${rated} of ${dimensions.length} rated${scorecard && scorecard.shared ? ' · shared with the room' : ''}.${verdict}`);
    },
  };
  return api;
}
