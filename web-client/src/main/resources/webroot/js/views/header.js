// The header's words: room title, the round's prompt title, "Round N" and its stage, and a dot per person
// (Ada ● Bo ● Cy ○) so presence is visible from every screen.

import { h, setText } from '../dom.js';
import { roundOf, stageOf } from '../store.js';

const STAGE_LABELS = Object.freeze({ lobby: 'Lobby', running: 'Running', feedback: 'Feedback', done: 'Done' });

export function createHeaderView({ roundHeading, promptTitle, roundNumber, stage, presence }) {
  let presenceKey = null;

  function renderPresence(state) {
    const people = state.room.participants;
    const key = JSON.stringify(people.map((p) => [p.id, p.name, p.online]));
    if (key === presenceKey) return;
    presenceKey = key;
    presence.replaceChildren(...people.map((p) => h('li', { class: 'presence-item', dataset: { online: String(Boolean(p.online)) } },
      h('span', { class: 'presence-name', text: p.name }),
      h('span', { class: 'dot', attrs: { role: 'img', 'aria-label': p.online ? 'online' : 'offline' } }))));
  }

  return {
    render(state) {
      renderPresence(state);
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
