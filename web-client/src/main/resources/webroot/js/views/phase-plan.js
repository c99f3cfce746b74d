// The host's phase plan editor in the lobby: one row per phase (name, whole minutes), add and remove, the total,
// and "Save phases" sending `timer.phases`. The rows follow the room's plan until the host edits them; from then on
// they hold the host's draft, which a `timer.changed` ("planned") from someone else does not overwrite. The draft
// ends when the room's plan equals it (the save landed) or when a new round opens. A refused save is shown like
// every refusal (room.js toasts the server's message) and leaves the draft as typed.

import { h, setText } from '../dom.js';
import { timerPhases } from '../protocol.js';
import { phasesOf } from '../time.js';
import {
  PLAN_LIMITS, draftOf, phasesFromDraft, planProblem, sameDraft, totalMinutes, withPhaseAdded, withPhaseRemoved,
} from '../phase-plan.js';

function phaseRow(phase, index, count) {
  const nameId = `phase-name-${index}`;
  const minutesId = `phase-minutes-${index}`;
  const label = `Phase ${index + 1}`;
  return h('li', { class: 'plan-row', dataset: { phaseIndex: String(index) } },
    h('label', { for: nameId, class: 'visually-hidden', text: `${label} name` }),
    h('input', { id: nameId, name: 'phase-name', type: 'text', value: phase.name, maxLength: PLAN_LIMITS.maxNameChars,
      autocomplete: 'off', required: true }),
    h('label', { for: minutesId, class: 'visually-hidden', text: `${label} minutes` }),
    h('input', { id: minutesId, name: 'phase-minutes', type: 'number', value: phase.minutes, class: 'minute-input',
      min: String(PLAN_LIMITS.minMinutes), max: String(PLAN_LIMITS.maxMinutes), step: '1', inputMode: 'numeric',
      required: true }),
    h('span', { class: 'muted', text: 'min', attrs: { 'aria-hidden': 'true' } }),
    h('button', { type: 'button', class: 'button quiet icon-button', text: '×', disabled: count <= 1,
      dataset: { action: 'remove' }, attrs: { 'aria-label': `Remove ${label.toLowerCase()}` } }));
}

export function createPhasePlanEditor({ send }) {
  let draft = null; // null: the rows show the room's plan; otherwise what the host has made of them
  let roundNumber = null;
  let connected = false;
  let planned = []; // the room's plan as rows

  const list = h('ol', { class: 'plan-rows' });
  const total = h('p', { class: 'hint', id: 'phase-plan-total' });
  const error = h('p', { class: 'form-error', attrs: { role: 'alert' }, hidden: true });
  const add = h('button', { id: 'btn-add-phase', class: 'button', type: 'button', text: 'Add phase' });
  const save = h('button', { id: 'btn-save-phases', class: 'button', type: 'submit', text: 'Save phases' });
  const root = h('form', { id: 'phase-plan', class: 'plan-form', noValidate: true,
    attrs: { 'aria-labelledby': 'phase-plan-heading' } },
  h('h3', { class: 'panel-subheading', id: 'phase-plan-heading', text: 'Phase plan (host)' }),
  list, total, error,
  h('div', { class: 'actions' }, add, save));

  /** What the rows hold now. */
  function rows() {
    return [...list.children].map((li) => ({
      name: li.querySelector('input[name="phase-name"]').value,
      minutes: li.querySelector('input[name="phase-minutes"]').value,
    }));
  }

  function input(index, field) {
    const li = list.children[index];
    return li ? li.querySelector(`input[name="phase-${field}"]`) : null;
  }

  /**
   * Rebuilds the rows for `target` unless they already say the same (a trailing space the host just typed stays),
   * keeping focus on the same input where there still is one.
   */
  function show(target) {
    if (sameDraft(rows(), target)) return;
    const focused = list.contains(document.activeElement) ? document.activeElement : null;
    const at = focused ? [...list.children].indexOf(focused.closest('li')) : -1;
    list.replaceChildren(...target.map((phase, i) => phaseRow(phase, i, target.length)));
    const field = focused && focused.name ? focused.name.slice('phase-'.length) : null;
    const again = at >= 0 && field ? input(Math.min(at, target.length - 1), field) : null;
    if (again) again.focus();
  }

  function refresh() {
    const shown = rows();
    add.disabled = shown.length >= PLAN_LIMITS.maxPhases;
    save.disabled = !connected;
    setText(total, `Total ${totalMinutes(shown)} min${draft ? ' · not saved' : ''}`);
  }

  function edit(next, focus) {
    show(next);
    draft = sameDraft(next, planned) ? null : next;
    error.hidden = true;
    refresh();
    if (focus) focus();
  }

  list.addEventListener('input', () => {
    draft = sameDraft(rows(), planned) ? null : rows();
    refresh();
  });
  list.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-action="remove"]');
    if (!button) return;
    const index = [...list.children].indexOf(button.closest('li'));
    edit(withPhaseRemoved(rows(), index), () => {
      const next = input(Math.min(index, list.children.length - 1), 'name');
      (next || add).focus();
    });
  });
  add.addEventListener('click', () => {
    edit(withPhaseAdded(rows()), () => input(list.children.length - 1, 'name').focus());
  });
  root.addEventListener('submit', (e) => {
    e.preventDefault();
    const current = rows();
    const problem = planProblem(current);
    if (problem) {
      error.textContent = problem.message;
      error.hidden = false;
      const target = problem.index == null ? null : input(problem.index, problem.field);
      if (target) target.focus();
      return;
    }
    error.hidden = true;
    send(timerPhases(phasesFromDraft(current)));
  });

  return {
    root,
    render(state, options) {
      connected = options.connected;
      const round = state.room.round;
      const number = round ? round.number : null;
      if (number !== roundNumber) {
        roundNumber = number;
        draft = null; // a draft from an earlier lobby is not a plan for this round
      }
      planned = draftOf(phasesOf(state.room.timer));
      if (draft && sameDraft(draft, planned)) draft = null; // saved, or edited back to what the room has
      if (!draft) show(planned);
      refresh();
    },
  };
}
