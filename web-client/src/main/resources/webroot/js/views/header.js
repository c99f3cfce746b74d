// The header's words: room title, the round's prompt title, "Round N" and its stage; who is here (an avatar with
// initials per person, online or not, "+N" for the rest) and which seat I hold ("You: Candidate"), so presence
// and my seat are visible from every screen, phones included.

import { h, setText } from '../dom.js';
import { me, roundOf, stageOf } from '../store.js';
import { SEAT_LABELS, initialsOf, presenceSummary, youLabel } from '../presence.js';

const STAGE_LABELS = Object.freeze({ lobby: 'Lobby', running: 'Running', feedback: 'Feedback', done: 'Done' });

/** What a person's avatar says to a screen reader and in its tooltip: full name, seat, presence. */
function describe(p, isYou) {
  const seat = SEAT_LABELS[p.role] || p.role;
  return `${p.name}${isYou ? ' (you)' : ''}, ${seat.toLowerCase()}, ${p.online ? 'online' : 'offline'}`;
}

function avatar(p, isYou) {
  const words = describe(p, isYou);
  return h('li', {
    class: 'presence-item',
    title: words,
    dataset: { online: String(Boolean(p.online)), you: String(isYou), participantId: p.id },
  },
  h('span', { class: 'avatar', text: initialsOf(p.name), attrs: { 'aria-hidden': 'true' } }),
  h('span', { class: 'presence-dot', attrs: { 'aria-hidden': 'true' } }),
  h('span', { class: 'visually-hidden', text: words }));
}

/** "+2": a native disclosure that lists the folded people by full name, by mouse, keyboard or touch. */
function overflow(folded, you) {
  return h('li', { class: 'presence-more' },
    h('details', {},
      h('summary', { class: 'avatar more', attrs: { 'aria-label': `${folded.length} more: ${folded.map((p) => p.name).join(', ')}` } },
        `+${folded.length}`),
      h('ul', { class: 'presence-overflow' },
        folded.map((p) => h('li', { dataset: { online: String(Boolean(p.online)) } },
          h('span', { class: 'presence-dot', attrs: { 'aria-hidden': 'true' } }),
          h('span', { text: describe(p, p.id === you) }))))));
}

export function createHeaderView({ roundHeading, promptTitle, roundNumber, stage, presence, youChip }) {
  let presenceKey = null;

  function renderPresence(state) {
    const people = state.room.participants;
    const you = state.you ? state.you.participant : null;
    const key = JSON.stringify([you, people.map((p) => [p.id, p.name, p.online, p.role])]);
    if (key === presenceKey) return;
    presenceKey = key;
    const open = Boolean(presence.querySelector('.presence-more details[open]')); // stays open across a change
    const { shown, folded } = presenceSummary(people);
    presence.replaceChildren(...shown.map((p) => avatar(p, p.id === you)),
      ...(folded.length ? [overflow(folded, you)] : []));
    if (open && folded.length) presence.querySelector('.presence-more details').open = true;
  }

  function renderYou(state) {
    const self = me(state);
    youChip.hidden = !self;
    setText(youChip, youLabel(self));
    youChip.dataset.seat = self ? self.role : '';
  }

  return {
    render(state) {
      renderPresence(state);
      renderYou(state);
      const round = roundOf(state);
      roundHeading.hidden = !round;
      if (!round) return;
      const prompt = state.room.prompt;
      setText(promptTitle, round.title || (prompt && prompt.title) || 'No prompt yet');
      setText(roundNumber, `Round ${round.number}`);
      // The stage's own name is the text (browser tests read it); the badge's look comes from data-stage.
      const name = stageOf(state);
      setText(stage, name);
      stage.dataset.stage = name;
      stage.title = STAGE_LABELS[name] || name;
    },
  };
}
