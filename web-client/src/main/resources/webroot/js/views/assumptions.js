// The assumption log beside the notes (issue 15): every assumption stated in the round with its status, for
// everyone in the room. Its author can edit or withdraw it while the round runs; the interviewer can mark it
// overturned by a played twist or held by a revealed fact; the candidate can mark it broken by a played twist
// (the same as ticking it in the question after a twist). The add form and Alt+A in the notes state new ones.

import { h, setText } from '../dom.js';
import {
  assumptionsOf, canStateAssumptions, isCandidate, isInterviewer, me, nameOf, roundOf,
} from '../store.js';
import {
  assumptionAdd, assumptionEdit, assumptionHold, assumptionNotice, assumptionOverturn, assumptionWithdraw,
} from '../protocol.js';
import { STATUS_LABELS, outcomeLine, playedTwists, revealedFacts } from '../assumptions.js';
import { limitOf } from '../limits.js';
import { formatElapsed } from '../time.js';

/**
 * What this viewer may do to one entry right now: `edit`/`withdraw` (its author), `overturn`/`hold` (the round's
 * interviewer), `notice` (the round's candidate). Each needs the round running and something to point at (a played
 * card, a revealed fact). The server still decides; this only leaves out buttons it would refuse.
 */
export function entryActions(state, assumption) {
  const round = roundOf(state);
  const self = me(state);
  if (!round || !self || round.stage !== 'running' || assumption.status === 'withdrawn') return [];
  const actions = [];
  if (assumption.by === self.id) actions.push('edit', 'withdraw');
  const twists = playedTwists(round).length > 0;
  if (isInterviewer(state) && round.interviewer === self.id) {
    if (twists && assumption.status !== 'overturned') actions.push('overturn');
    if (assumption.status === 'open' && revealedFacts(round).length > 0) actions.push('hold');
  }
  if (isCandidate(state) && round.candidate === self.id && twists && assumption.noticedAt == null) actions.push('notice');
  return actions;
}

const ACTION_LABELS = Object.freeze({
  edit: 'Edit', withdraw: 'Withdraw', overturn: 'Overturned by…', hold: 'Held by…', notice: 'Broken by…',
});

/** Each button's accessible name: the action and the assumption it acts on. */
const ACTION_NAMES = Object.freeze({
  edit: (text) => `Edit “${text}”`,
  withdraw: (text) => `Withdraw “${text}”`,
  overturn: (text) => `Mark “${text}” overturned by a played twist…`,
  hold: (text) => `Mark “${text}” held by a revealed fact…`,
  notice: (text) => `Mark “${text}” broken by a played twist…`,
});

/** The picker an action opens: what to choose from, its label, and the command it sends. */
const PICKERS = Object.freeze({
  overturn: { label: 'Twist that overturned it', confirm: 'Mark overturned', command: assumptionOverturn, choices: 'twists' },
  notice: { label: 'Twist that breaks it', confirm: 'Mark broken', command: assumptionNotice, choices: 'twists' },
  hold: { label: 'Revealed fact that holds it', confirm: 'Mark held', command: assumptionHold, choices: 'facts' },
});

/**
 * @param panel    the panel's <section> (beside the notes; the same pane as the notes on a phone)
 * @param send     sends a room command; answers whether it went out
 * @param check    the candidate's question after a twist (js/views/assumption-check.js), placed at the panel's top
 */
export function createAssumptionsView({ panel, send, check }) {
  const list = h('ol', { class: 'assumptions', attrs: { 'aria-labelledby': 'assumptions-heading' } });
  const empty = h('p', { class: 'hint assumptions-empty' });
  const input = h('input', {
    id: 'assumption-text', type: 'text', autocomplete: 'off', dataset: { limit: 'maxCardChars' },
    attrs: { 'aria-describedby': 'assumption-form-hint' },
  });
  const addButton = h('button', { id: 'btn-add-assumption', class: 'button', type: 'submit', text: 'Add' });
  const formHint = h('p', { class: 'hint', id: 'assumption-form-hint' });
  const formError = h('p', { class: 'form-error', attrs: { role: 'alert' }, hidden: true });
  const form = h('form', { class: 'assumption-form', attrs: { 'aria-label': 'Add an assumption' } },
    h('label', { for: 'assumption-text', text: 'New assumption' }),
    h('div', { class: 'copy-row' }, input, addButton),
    formError,
    formHint);
  panel.append(
    h('h2', { class: 'panel-heading', id: 'assumptions-heading', tabIndex: -1, text: 'Assumptions' }),
    check ? check.root : null,
    list, empty, form);

  const rows = new Map(); // id -> { li, key }
  const open = { editing: null, picking: null }; // one entry at a time: `{id}` / `{id, action}`
  let state = null;
  let connected = false;

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) {
      showError('Write the assumption first.');
      input.focus();
      return;
    }
    if (send(assumptionAdd(text))) {
      input.value = '';
      formError.hidden = true;
    }
  });
  input.addEventListener('input', () => {
    formError.hidden = true;
  });

  function showError(text) {
    setText(formError, text);
    formError.hidden = false;
  }

  /** Re-renders after a local change (an editor opened), then puts the focus on `selector` in entry `id`. */
  function rerender(id, selector) {
    api.render(state, { connected });
    const row = rows.get(id);
    const target = row && row.li.querySelector(selector);
    if (target) target.focus();
  }

  function closeAll(id, focusAction) {
    open.editing = null;
    open.picking = null;
    rerender(id, `[data-action="${focusAction}"]`);
  }

  function editor(a) {
    const fieldId = `assumption-edit-${a.id}`;
    const field = h('input', { id: fieldId, type: 'text', value: a.text, autocomplete: 'off', dataset: { limit: 'maxCardChars', role: 'edit-text' } });
    const formEl = h('form', { class: 'assumption-editor',
      onsubmit: (e) => {
        e.preventDefault();
        const text = field.value.trim();
        if (!text) {
          field.focus();
          return;
        }
        if (text === a.text || send(assumptionEdit(a.id, text))) closeAll(a.id, 'edit');
      },
      onkeydown: (e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation(); // the page's Escape (the twist banner) is not meant
        closeAll(a.id, 'edit');
      } },
    h('label', { for: fieldId, class: 'visually-hidden', text: `Edit “${a.text}”` }),
    field,
    h('div', { class: 'actions' },
      h('button', { class: 'button primary', type: 'submit', text: 'Save' }),
      h('button', { class: 'button quiet', type: 'button', text: 'Cancel', onclick: () => closeAll(a.id, 'edit') })));
    return formEl;
  }

  function picker(a, action, round) {
    const spec = PICKERS[action];
    const fieldId = `assumption-${action}-${a.id}`;
    const options = spec.choices === 'twists'
      ? playedTwists(round).map((t) => h('option', { value: t.id, text: t.title }))
      : revealedFacts(round).map((f) => h('option', { value: f.id, text: f.question }));
    const select = h('select', { id: fieldId, dataset: { role: 'pick' } }, options);
    if (spec.choices === 'twists' && options.length > 0) select.value = options[options.length - 1].value; // the latest card
    return h('form', { class: 'assumption-picker',
      onsubmit: (e) => {
        e.preventDefault();
        if (select.value && send(spec.command(a.id, select.value))) closeAll(a.id, action);
      },
      onkeydown: (e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        closeAll(a.id, action);
      } },
    h('label', { for: fieldId, text: spec.label }),
    select,
    h('div', { class: 'actions' },
      h('button', { class: 'button primary', type: 'submit', text: spec.confirm }),
      h('button', { class: 'button quiet', type: 'button', text: 'Cancel', onclick: () => closeAll(a.id, action) })));
  }

  function entry(a, round, actions) {
    const when = [formatElapsed(a.elapsedMs), a.phase].filter(Boolean).join(' · ');
    const outcome = outcomeLine(a, round);
    const editing = open.editing === a.id && actions.includes('edit');
    const picking = open.picking && open.picking.id === a.id && actions.includes(open.picking.action) ? open.picking.action : null;
    const buttons = actions.map((action) => h('button', {
      class: 'button quiet', type: 'button', dataset: { action }, text: ACTION_LABELS[action], disabled: !connected,
      attrs: { 'aria-label': ACTION_NAMES[action](a.text) },
      onclick: () => {
        if (action === 'withdraw') {
          send(assumptionWithdraw(a.id));
          return;
        }
        open.editing = action === 'edit' ? a.id : null;
        open.picking = action === 'edit' ? null : { id: a.id, action };
        rerender(a.id, action === 'edit' ? '[data-role="edit-text"]' : '[data-role="pick"]');
      },
    }));
    return [
      h('p', { class: 'assumption-text' },
        h('span', { class: 'tag assumption-status', dataset: { status: a.status }, text: STATUS_LABELS[a.status] || a.status }),
        ' ',
        h('span', { class: 'assumption-words', text: a.text })),
      h('p', { class: 'assumption-meta muted', text: `${nameOf(state, a.by)}${when ? ` · ${when}` : ''}${a.revisedAt ? ' · edited' : ''}` }),
      outcome ? h('p', { class: 'assumption-outcome', text: outcome }) : null,
      editing ? editor(a) : null,
      picking ? picker(a, picking, round) : null,
      buttons.length > 0 && !editing && !picking ? h('div', { class: 'assumption-actions' }, buttons) : null,
    ];
  }

  const api = {
    render(next, options) {
      state = next;
      connected = options.connected;
      const round = roundOf(state);
      const log = assumptionsOf(state);
      panel.hidden = !round;
      if (check) check.render(state, { connected });
      const seen = new Set();
      log.forEach((a, index) => {
        seen.add(a.id);
        let row = rows.get(a.id);
        if (!row) {
          row = { li: h('li', { class: 'assumption', dataset: { assumptionId: a.id } }), key: null };
          rows.set(a.id, row);
        }
        const actions = entryActions(state, a);
        const context = [a, actions, connected, open.editing === a.id, open.picking,
          outcomeLine(a, round), nameOf(state, a.by), playedTwists(round).length, revealedFacts(round).length];
        const key = JSON.stringify(context);
        if (row.key !== key) {
          const focused = row.li.contains(document.activeElement) ? document.activeElement : null;
          // A half-typed edit survives someone else's change to the log: the editor is rebuilt only if it closed.
          const typing = focused && focused.dataset.role === 'edit-text' && open.editing === a.id;
          if (!typing) {
            row.key = key;
            row.li.dataset.status = a.status;
            row.li.replaceChildren(...entry(a, round, actions).filter(Boolean));
            if (focused) {
              // The same control when it is still there, else the entry's words: focus is never lost to the page.
              const same = focused.dataset.action && row.li.querySelector(`[data-action="${focused.dataset.action}"]:not([disabled])`);
              const words = row.li.querySelector('.assumption-words');
              words.tabIndex = -1;
              (same || words).focus();
            }
          }
        }
        if (list.children[index] !== row.li) list.insertBefore(row.li, list.children[index] || null);
      });
      for (const [id, row] of rows) {
        if (!seen.has(id)) {
          row.li.remove();
          rows.delete(id);
        }
      }
      const writer = canStateAssumptions(state);
      setText(empty, writer
        ? 'Nothing assumed yet. State what you take as given (traffic, label delay, budget) so a twist can be tied to it.'
        : 'Assumptions the candidate and the interviewer state appear here.');
      empty.hidden = log.length > 0;
      form.hidden = !writer;
      const max = limitOf(state.limits, 'maxAssumptions');
      const full = log.length >= max;
      input.disabled = !connected || full;
      addButton.disabled = !connected || full;
      setText(formHint, full
        ? `This round holds the most assumptions it can (${max}, withdrawn ones included).`
        : 'Or press Alt+A in the notes to add the line you are on (or the selected text).');
    },
    /** Alt+A in the notes: states `text`; answers whether it went out. */
    add(text) {
      return send(assumptionAdd(text));
    },
  };
  return api;
}
