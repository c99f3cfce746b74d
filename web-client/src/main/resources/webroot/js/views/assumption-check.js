// The candidate's question after a twist is played (issue 15): "Does this break one of your assumptions?", with the
// assumptions still open to tick, "Mark broken" (one `assumption.notice` per ticked one) and "None". It is not a
// dialog: it sits at the top of the assumption log and the round goes on around it. It is announced politely, and
// takes the focus only when the candidate is not typing (a twist in mid-sentence must not steal the notes' caret);
// Escape, None or Mark broken put the focus back where it was.

import { h, setText } from '../dom.js';
import { isCandidate, roundOf } from '../store.js';
import { assumptionNotice } from '../protocol.js';
import { checkChoices } from '../assumptions.js';
import { isTyping } from '../shortcuts.js';

/**
 * The twist a live event asks the candidate about: a `twist.played` entry arriving as an event (not history in a
 * welcome or snapshot), on the round's candidate's page, when they have something to tick. Null otherwise.
 */
export function twistToCheck(state, change) {
  if (!change || change.type !== 'event' || change.event.kind !== 'twist.played') return null;
  const round = roundOf(state);
  if (!round || round.stage !== 'running' || !isCandidate(state) || round.candidate !== state.you.participant) return null;
  if (checkChoices(round).length === 0) return null;
  return change.event.entry;
}

/**
 * @param send       sends a room command; answers whether it went out
 * @param announce   the polite live region
 * @param paneHidden true while a phone shows another pane than the notes (where the question sits)
 */
export function createAssumptionCheck({ send, announce, paneHidden = () => false }) {
  const heading = h('h3', { class: 'panel-subheading', id: 'assumption-check-heading', tabIndex: -1,
    text: 'Does this break one of your assumptions?' });
  const twistLine = h('p', { class: 'assumption-check-twist' });
  const choices = h('div', { class: 'assumption-choices' });
  const problem = h('p', { class: 'form-error', id: 'assumption-check-problem', attrs: { role: 'alert' }, hidden: true });
  const markButton = h('button', { id: 'btn-mark-broken', class: 'button primary', type: 'submit', text: 'Mark broken' });
  const noneButton = h('button', { id: 'btn-none-broken', class: 'button', type: 'button', text: 'None' });
  const form = h('form', {},
    h('fieldset', { class: 'assumption-choice-set' },
      h('legend', { class: 'visually-hidden', text: 'Assumptions this twist breaks' }),
      choices),
    problem,
    h('div', { class: 'actions' }, markButton, noneButton));
  const root = h('section', {
    id: 'assumption-check', class: 'assumption-check', hidden: true,
    attrs: { 'aria-labelledby': 'assumption-check-heading', 'aria-describedby': 'assumption-check-twist' },
  }, heading, twistLine, form);
  twistLine.id = 'assumption-check-twist';

  let twist = null; // the entry asked about
  let ticked = new Set();
  let before = null; // where the focus was when it appeared
  let shownKey = null;
  let state = null;

  function close() {
    const hadFocus = root.contains(document.activeElement);
    root.hidden = true;
    twist = null;
    ticked = new Set();
    shownKey = null;
    if (hadFocus && before && before.isConnected) before.focus();
    before = null;
  }

  function renderChoices() {
    const round = roundOf(state);
    const open = checkChoices(round);
    const key = JSON.stringify(open.map((a) => [a.id, a.text]));
    if (key === shownKey) return;
    const focusedId = root.contains(document.activeElement) ? document.activeElement.value : null;
    shownKey = key;
    for (const id of [...ticked]) if (!open.some((a) => a.id === id)) ticked.delete(id);
    choices.replaceChildren(...open.map((a) => {
      const boxId = `assumption-check-${a.id}`;
      const box = h('input', { type: 'checkbox', id: boxId, value: a.id, checked: ticked.has(a.id),
        onchange: () => {
          if (box.checked) ticked.add(a.id);
          else ticked.delete(a.id);
          problem.hidden = true;
        } });
      return h('label', { class: 'option', for: boxId }, box, h('span', { text: a.text }));
    }));
    if (focusedId) {
      const again = choices.querySelector(`input[value="${focusedId}"]`);
      if (again) again.focus();
    }
    if (open.length === 0) close(); // nothing left to tick (the interviewer marked them meanwhile)
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (ticked.size === 0) {
      setText(problem, 'Tick the assumptions this twist breaks, or choose None.');
      problem.hidden = false;
      return;
    }
    const ids = [...ticked];
    const sent = ids.filter((id) => send(assumptionNotice(id, twist.ref)));
    if (sent.length === ids.length) close();
  });
  noneButton.addEventListener('click', () => {
    announce('No assumption marked broken.');
    close();
  });
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation(); // only this question goes, not the twist banner too
    e.preventDefault();
    close();
  });

  return {
    root,
    /** Asks about `entry` (a played twist's timeline entry), replacing an earlier question still open. */
    ask(next, entry) {
      state = next;
      twist = entry;
      ticked = new Set();
      shownKey = null;
      problem.hidden = true;
      setText(twistLine, `⚡ ${entry.title}`);
      if (root.hidden) before = document.activeElement;
      root.hidden = false;
      renderChoices();
      if (root.hidden) return;
      const count = checkChoices(roundOf(state)).length;
      const elsewhere = paneHidden();
      const typing = isTyping(document.activeElement);
      const where = elsewhere ? ' Open the Notes tab to answer.'
        : typing ? ' The question is at the top of the assumption log; Escape there dismisses it.' : '';
      announce(`Does “${entry.title}” break one of your assumptions? ${count} to check.${where}`);
      if (!typing && !elsewhere) heading.focus();
    },
    render(next) {
      state = next;
      if (root.hidden) return;
      const round = roundOf(state);
      if (!round || round.stage !== 'running' || !isCandidate(state)) {
        close();
        return;
      }
      renderChoices();
    },
    get shown() {
      return !root.hidden;
    },
    dismiss: close,
  };
}
