// The lobby: who sits where, the prompt's title (its text only for whoever may read it before the start), the
// phase plan, and what starts the round (the one Start round button is the timer's, in the header, always on screen). The host can also move the seats and change
// the room's settings here, since seats change only between rounds, plan the phases, and, in a group room, set the
// member order the rotations follow.

import { h, setText } from '../dom.js';
import { canControlTimer, isHost, nameOf, roundOf, seatHolders, settingsOf } from '../store.js';
import { seatsSet, settingsSet } from '../protocol.js';
import { minutes } from '../time.js';
import { createPhasePlanEditor } from './phase-plan.js';
import { createMemberOrderEditor } from './member-order.js';

/** `invite`: the host's "Copy invite link" (views/invite.js), shown right under the seats it fills. */
export function createLobbyView({ send, invite = null }) {
  const heading = h('h2', { id: 'lobby-heading', class: 'stage-heading', tabIndex: -1 });
  const promptLine = h('p', { class: 'lobby-prompt' });
  const seats = h('dl', { class: 'seats' });
  const plan = h('ol', { class: 'phase-plan', attrs: { 'aria-label': 'Phase plan' } });
  const waiting = h('p', { class: 'hint' });

  const interviewerSelect = h('select', { id: 'seat-interviewer' });
  const candidateSelect = h('select', { id: 'seat-candidate' });
  const seatsForm = h('form', { class: 'seats-form', onsubmit: (e) => {
    e.preventDefault();
    if (interviewerSelect.value && interviewerSelect.value === candidateSelect.value) {
      seatsError.hidden = false;
      return;
    }
    seatsError.hidden = true;
    send(seatsSet({ interviewer: interviewerSelect.value, candidate: candidateSelect.value }));
  } },
  h('h3', { class: 'panel-subheading', text: 'Seats (host)' }),
  h('div', { class: 'seat-fields' },
    h('div', { class: 'field' }, h('label', { for: 'seat-interviewer', text: 'Interviewer' }), interviewerSelect),
    h('div', { class: 'field' }, h('label', { for: 'seat-candidate', text: 'Candidate' }), candidateSelect)),
  h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', id: 'btn-set-seats', text: 'Set seats' })));
  const seatsError = h('p', { class: 'form-error', attrs: { role: 'alert' }, hidden: true,
    text: 'The interviewer and the candidate must be two different people.' });
  seatsForm.append(seatsError);

  const autoAdvance = h('input', { type: 'checkbox', id: 'setting-auto-advance',
    onchange: () => send(settingsSet({ autoAdvance: autoAdvance.checked })) });
  const shadow = h('input', { type: 'checkbox', id: 'setting-shadow',
    onchange: () => send(settingsSet({ shadow: shadow.checked })) });
  const settings = h('fieldset', { class: 'settings' },
    h('legend', { class: 'panel-subheading', text: 'Room settings (host)' }),
    h('label', { class: 'toggle', for: 'setting-auto-advance' }, autoAdvance,
      h('span', {}, 'Move to the next phase when one runs out ', h('span', { class: 'muted', text: '(otherwise it counts into overtime)' }))),
    h('label', { class: 'toggle', for: 'setting-shadow' }, shadow,
      h('span', {}, 'Let observers shadow the interviewer ', h('span', { class: 'muted', text: '(deck, answers, scorecard)' }))));

  const phasePlan = createPhasePlanEditor({ send });
  const memberOrder = createMemberOrderEditor({ send });
  const hostTools = h('div', { class: 'host-tools' }, seatsForm, memberOrder.root, phasePlan.root, settings);
  const root = h('section', { id: 'lobby', class: 'panel stage-section', attrs: { 'aria-labelledby': 'lobby-heading' } },
    h('div', { class: 'stage-main' },
      heading, promptLine, seats, invite && invite.root,
      h('h3', { class: 'panel-subheading', text: 'Phases' }), plan,
      waiting),
    hostTools);
  let optionsKey = null;

  function fillSeatOptions(state, seated) {
    const people = state.room.participants;
    const key = JSON.stringify([people.map((p) => [p.id, p.name]), seated.interviewer, seated.candidate]);
    if (key === optionsKey || seatsForm.contains(document.activeElement)) return;
    optionsKey = key;
    for (const [select, current] of [[interviewerSelect, seated.interviewer], [candidateSelect, seated.candidate]]) {
      select.replaceChildren(h('option', { value: '', text: 'Nobody' }),
        ...people.map((p) => h('option', { value: p.id, text: p.name })));
      select.value = current || '';
    }
  }

  return {
    root,
    render(state, { connected }) {
      const round = roundOf(state);
      setText(heading, `Lobby · Round ${round.number}`);
      const prompt = state.room.prompt;
      setText(promptLine, `Prompt: ${round.title || (prompt && prompt.title) || 'not chosen yet'}`);

      const seated = seatHolders(state);
      const observers = state.room.participants.filter((p) => p.id !== seated.interviewer && p.id !== seated.candidate);
      seats.replaceChildren(
        h('dt', { text: 'Interviewer' }), h('dd', { text: seated.interviewer ? nameOf(state, seated.interviewer) : 'nobody yet' }),
        h('dt', { text: 'Candidate' }), h('dd', { text: seated.candidate ? nameOf(state, seated.candidate) : 'waiting for someone to join' }),
        // replaceChildren, unlike h(), would write a null as the text "null"
        ...(observers.length ? [h('dt', { text: 'Observers' }), h('dd', { text: observers.map((p) => p.name).join(', ') })] : []));

      const phases = (state.room.timer && state.room.timer.phases) || [];
      plan.replaceChildren(...phases.map((p) => h('li', { text: `${p.name} · ${minutes(p.durationMs)} min` })));
      plan.hidden = phases.length === 0;

      const controls = canControlTimer(state);
      setText(waiting, controls
        ? 'Start round, at the top, starts the timer and shows the prompt to everyone.'
        : 'The round starts when the interviewer presses Start.');

      const host = isHost(state);
      hostTools.hidden = !host;
      if (host) {
        fillSeatOptions(state, seated);
        phasePlan.render(state, { connected });
        memberOrder.root.hidden = state.room.mode !== 'group';
        if (state.room.mode === 'group') memberOrder.render(state, { connected });
        const current = settingsOf(state);
        if (document.activeElement !== autoAdvance) autoAdvance.checked = Boolean(current.autoAdvance);
        if (document.activeElement !== shadow) shadow.checked = Boolean(current.shadow);
        for (const el of [autoAdvance, shadow, interviewerSelect, candidateSelect]) el.disabled = !connected;
      }
    },
  };
}
