// Room news for screen readers: what happened, said once, in words (assumption log changes included). The timer view says phase changes and
// overtime itself, the banner says twists, and the undo toasts say who paused, resumed, moved a phase or changed
// the minutes, so none of these is repeated here.

import { nameOf } from '../store.js';
import { minutes, phasesOf } from '../time.js';
import { assumptionNews, suggestionNews } from '../assumptions.js';

/** Timer changes said here (pause, resume, phase moves and minutes are the undo toast's: js/timer-undo.js). */
const TIMER_NEWS = Object.freeze({ started: 'started', reset: 'reset', planned: 'given new phases' });

const STAGE_NEWS = Object.freeze({
  lobby: (n) => `Round ${n} is in the lobby.`,
  feedback: (n) => `Round ${n} ended. Time for feedback.`,
  done: (n) => `Round ${n} is done. Its report is ready.`,
});

/**
 * The one sentence that says a round started. The server sends three events for it (the prompt revealed, the
 * round running, the timer started); people hear it once, with who started it and the first phase.
 */
export function roundStartSentence(state, by) {
  const round = state.room.round;
  const timer = state.room.timer;
  const phase = phasesOf(timer)[timer ? timer.phase : -1];
  const first = phase ? ` ${phase.name}, ${minutes(phase.durationMs)} min.` : '';
  return `Round ${round.number} started by ${by}.${first} The prompt is now visible to everyone.`;
}

function who(state, id) {
  return state.you && id === state.you.participant ? 'you' : nameOf(state, id);
}

function announceEvent(announce, state, event) {
  const rounds = Boolean(state.room && state.room.round);
  switch (event.kind) {
    case 'timer.changed':
      if (event.change === 'started' && rounds) announce(roundStartSentence(state, who(state, event.by)));
      else if (TIMER_NEWS[event.change]) announce(`Timer ${TIMER_NEWS[event.change]} by ${nameOf(state, event.by)}.`);
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
      // With rounds, only a round's start reveals the prompt, and that sentence says so.
      if (!rounds) announce('The round started. The prompt is now visible to everyone.');
      break;
    case 'participant.joined':
      announce(`${event.participant.name} joined as ${event.participant.role}.`);
      break;
    case 'assumption.added':
    case 'assumption.changed': {
      const sentence = assumptionNews(state, event);
      if (sentence) announce(sentence);
      break;
    }
    case 'assumption.suggested': { // the interviewer's side only: the server sends it to no one else
      const sentence = suggestionNews(state, event);
      if (sentence) announce(sentence);
      break;
    }
    default:
      break;
  }
}

/** What became shared in this round since the last look: `{scorecard, feedback}` as booleans. */
function sharedOf(round) {
  return {
    scorecard: Boolean(round && round.scorecard && round.scorecard.shared),
    feedback: Boolean(round && round.feedback && round.feedback.shared),
  };
}

/** @param announce says a sentence through the page's polite live region */
export function createNews(announce) {
  let shownStage = null; // `${round}:${stage}` last seen, so only a real move is announced (not a deck update)
  let shared = null; // `{number, scorecard, feedback}` last seen
  return {
    onStore(state, change) {
      const round = state.room && state.room.round;
      const key = round ? `${round.number}:${round.stage}` : null;
      const now = round ? { number: round.number, ...sharedOf(round) } : null;
      if (change.type === 'event') {
        announceEvent(announce, state, change.event);
        if (key !== shownStage && round && STAGE_NEWS[round.stage]) announce(STAGE_NEWS[round.stage](round.number));
        if (now && shared && shared.number === now.number) {
          if (now.scorecard && !shared.scorecard) {
            announce(`${who(state, round.interviewer).replace(/^you$/, 'You')} shared the scorecard.`);
          }
          if (now.feedback && !shared.feedback) {
            announce(`${who(state, round.candidate).replace(/^you$/, 'You')} shared feedback for the interviewer.`);
          }
        }
      }
      shownStage = key;
      shared = now;
    },
  };
}
