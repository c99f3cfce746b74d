// "What a complete answer covers": the prompt's scope points, each ticked off by the interviewer with one click while
// the round runs or in its feedback, with the prompt's calibration and what a strong answer looks like. Built only in
// the interviewer's column (the server sends the guide to the interviewer's side alone until the round is done);
// shadowing observers see the same list without the checkboxes. User-facing text goes in via textContent only.

import { h, setText } from '../dom.js';
import { isInterviewer, roundOf } from '../store.js';
import { scopeTick } from '../protocol.js';

/** An id such as `data-and-labels` or `trade-off-reasoning` as words. */
const areaLabel = (id) => String(id || '').replace(/-/g, ' ');

export function createGuideView({ send }) {
  const calibration = h('p', { class: 'hint guide-calibration', id: 'guide-calibration' });
  const count = h('p', { class: 'hint', id: 'scope-count', attrs: { 'aria-live': 'polite' } });
  const list = h('ul', { class: 'scope-list', id: 'scope-list', attrs: { 'aria-label': 'What a complete answer covers' } });
  const strong = h('p', { class: 'guide-strong', id: 'guide-strong' });
  const strongBox = h('details', { class: 'guide-strong-box' },
    h('summary', { text: 'What a strong answer looks like' }), strong);
  const root = h('section', { class: 'guide-section', id: 'guide', attrs: { 'aria-labelledby': 'guide-heading' } },
    h('h3', { class: 'panel-subheading', id: 'guide-heading', text: 'What a complete answer covers' }),
    calibration, count, list, strongBox);
  const rows = new Map(); // point id -> { box }
  let key = null;

  return {
    root,
    render(state, { connected }) {
      const round = roundOf(state);
      const guide = round && round.guide;
      root.hidden = !guide;
      if (!guide) return;
      const editable = isInterviewer(state) && (round.stage === 'running' || round.stage === 'feedback');
      setText(calibration,
        `${guide.difficulty} · ${guide.levels} · weighs most: ${guide.focus.map(areaLabel).join(', ')}`);
      setText(strong, guide.strongAnswer);
      const newKey = JSON.stringify([guide.scope.map((s) => s.id), isInterviewer(state)]);
      if (newKey !== key) {
        key = newKey;
        rows.clear();
        list.replaceChildren(...guide.scope.map((point) => {
          const id = `scope-${point.id}`;
          const box = h('input', { type: 'checkbox', id, dataset: { point: point.id } });
          box.addEventListener('change', () => send(scopeTick(point.id, box.checked)));
          rows.set(point.id, { box });
          return h('li', { class: 'scope-point', dataset: { point: point.id } },
            box,
            h('label', { for: id },
              h('span', { class: 'tag', text: areaLabel(point.area) }), ' ', point.point));
        }));
      }
      for (const point of guide.scope) {
        const row = rows.get(point.id);
        if (!row) continue;
        row.box.checked = point.covered;
        row.box.disabled = !editable || !connected;
      }
      const covered = guide.scope.filter((s) => s.covered).length;
      setText(count, `${covered} of ${guide.scope.length} covered`);
    },
  };
}
