// Room news for screen readers: what happened, said once, in words. The timer view says phase changes and
// overtime itself, and the banner says twists, so they are not repeated here.

import { nameOf } from '../store.js';

/** Timer changes the timer view does not already say (it announces phase changes and overtime itself). */
const TIMER_NEWS = Object.freeze({
  started: 'started', paused: 'paused', resumed: 'resumed', reset: 'reset', adjusted: 'adjusted', planned: 'given new phases',
});

const STAGE_NEWS = Object.freeze({
  lobby: (n) => `Round ${n} is in the lobby.`,
  running: (n) => `Round ${n} started.`,
  feedback: (n) => `Round ${n} ended. Time for feedback.`,
  done: (n) => `Round ${n} is done. Its report is ready.`,
});

function announceEvent(announce, state, event) {
  switch (event.kind) {
    case 'timer.changed':
      if (TIMER_NEWS[event.change]) announce(`Timer ${TIMER_NEWS[event.change]} by ${nameOf(state, event.by)}.`);
      break;
    case 'seats.changed': {
      const you = state.you && event.seats[state.you.participant];
      announce(you ? `Seats changed. You are now the ${you}.` : 'Seats changed.');
      break;
    }
    case 'fact.revealed':
      announce(`Fact revealed: ${event.entry.title} ${event.entry.text}`);
      break;
    case 'settings.changed':
      announce(`Settings changed: auto-advance ${event.settings.autoAdvance ? 'on' : 'off'}, observers ${event.settings.shadow ? 'shadow the interviewer' : 'follow the candidate'}.`);
      break;
    case 'prompt.revealed':
      announce('The round started. The prompt is now visible to everyone.');
      break;
    case 'participant.joined':
      announce(`${event.participant.name} joined as ${event.participant.role}.`);
      break;
    default:
      break;
  }
}

/** @param announce says a sentence through the page's polite live region */
export function createNews(announce) {
  let shownStage = null; // `${round}:${stage}` last seen, so only a real move is announced (not a deck update)
  return {
    onStore(state, change) {
      if (change.type === 'event') announceEvent(announce, state, change.event);
      const round = state.room && state.room.round;
      const key = round ? `${round.number}:${round.stage}` : null;
      if (change.type === 'event' && key !== shownStage && round && STAGE_NEWS[round.stage]) {
        announce(STAGE_NEWS[round.stage](round.number));
      }
      shownStage = key;
    },
  };
}
