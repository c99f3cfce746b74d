// The board's actions on every room at once: each asks first, naming how many rooms it will touch (by stage, as
// board.FITS counts them), then says per room what happened in the page's live region. The server decides what
// really fits; a room it skipped is named with its reason.

import { asSentence } from '../dom.js';
import { FITS, rooms } from './board.js';

/**
 * What each action asks, does and reports. `body(count, {message, fitting})` gets the rooms it fits; `none` is
 * said instead of asking when no room fits.
 */
export const ACTIONS = Object.freeze({
  start: {
    title: 'Start every room in the lobby?',
    body: (n) => `This starts round timers in ${rooms(n)} now in the lobby. Candidates see their prompt at once.`,
    ok: (n) => `Start ${rooms(n)}`,
    done: 'Started',
    none: 'No room is in the lobby: there is nothing to start.',
  },
  pause: {
    title: 'Pause every running timer?',
    body: (n) => `This pauses the timer in ${rooms(n)}. Each room can resume on its own, or you resume them all.`,
    ok: (n) => `Pause ${rooms(n)}`,
    done: 'Paused',
    none: 'No room has a running timer: there is nothing to pause.',
  },
  resume: {
    title: 'Resume every paused timer?',
    body: (n) => `This resumes the timer in ${rooms(n)}.`,
    ok: (n) => `Resume ${rooms(n)}`,
    done: 'Resumed',
    none: 'No room is paused: there is nothing to resume.',
  },
  end: {
    title: 'End the round in every room?',
    body: (n, { fitting = [] } = {}) => {
      const running = fitting.filter((r) => r.stage === 'running').length;
      const feedback = fitting.length - running;
      const parts = [
        running && `${rooms(running)} running a round move${running === 1 ? 's' : ''} to feedback`,
        feedback && `${rooms(feedback)} in feedback close${feedback === 1 ? 's' : ''} the round, and its report is final`,
      ].filter(Boolean);
      return `${parts.length ? `${parts.join('; ')}.` : `This touches ${rooms(n)}.`} It cannot be undone.`;
    },
    ok: (n) => `End ${rooms(n)}`,
    done: 'Ended the round in',
    none: 'No room is running a round or in feedback: there is nothing to end.',
  },
  'next-round': {
    title: 'Start the next round in every finished room?',
    body: (n) => `This opens the next round in ${rooms(n)} whose round is done; seats rotate to the next people.`,
    ok: (n) => `Next round in ${rooms(n)}`,
    done: 'Opened the next round in',
    none: 'No room has finished its round: there is no next round to open.',
  },
  broadcast: {
    title: 'Send this message to every room?',
    body: (n, { message } = {}) => `“${message}” appears as a banner in ${rooms(n)}, for everyone in them.`,
    ok: (n) => `Send to ${rooms(n)}`,
    done: 'Sent the message to',
    none: 'The cohort has no rooms.',
  },
});

/** How many skipped rooms are named one by one before "and N more". */
const NAMED_SKIPS = 3;

/**
 * The sentence after an action: "Started 5 rooms; 1 skipped: Room 3 — the timer is not idle." `titleOf` maps a
 * room id to the title people know it by.
 */
export function resultSummary(answer, titleOf = (id) => id) {
  const spec = ACTIONS[answer.action] || { done: `${answer.action}:` };
  const applied = Number(answer.applied) || 0;
  const skipped = (answer.rooms || []).filter((r) => r.result !== 'applied');
  let sentence = `${spec.done} ${rooms(applied)}`;
  if (skipped.length) {
    const named = skipped.slice(0, NAMED_SKIPS)
      .map((r) => `${titleOf(r.room)} — ${r.message || r.code || 'skipped'}`);
    const more = skipped.length > NAMED_SKIPS ? `; and ${skipped.length - NAMED_SKIPS} more` : '';
    sentence += `; ${skipped.length} skipped: ${named.join('; ')}${more}`;
  }
  return `${sentence}.`;
}

/**
 * Binds the action buttons (`data-action` on each) and the broadcast field.
 * @param rooms    the board's rooms now
 * @param run      `(action, message) → Promise<answer>`, the POST
 * @param confirm  views/confirm.js
 * @param say      puts a sentence in the live region
 * @param titleOf  room id → title
 */
export function bindActions({ buttons, messageInput, confirm, rooms: roomsNow, run, say, titleOf }) {
  let busy = false;

  async function perform(action, button) {
    if (busy) return;
    const spec = ACTIONS[action];
    const message = action === 'broadcast' ? messageInput.value.trim() : null;
    if (action === 'broadcast' && !message) {
      say('Write the message to send first.');
      messageInput.focus();
      return;
    }
    const fitting = roomsNow().filter(FITS[action]);
    const count = fitting.length;
    if (!count) {
      say(spec.none);
      return;
    }
    const yes = await confirm.ask({ title: spec.title, body: spec.body(count, { message, fitting }),
      confirmLabel: spec.ok(count) });
    if (!yes) return;
    // Busy, not disabled: a disabled button would drop the keyboard focus the dialog just gave back to it.
    busy = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const answer = await run(action, message);
      say(resultSummary(answer, titleOf));
      if (action === 'broadcast') messageInput.value = '';
    } catch (err) {
      // Unreachable: the request may have arrived all the same, and the board will show it. Refused: nothing changed.
      say(err.code === 'unreachable'
        ? 'The server could not be reached, so the action may not have gone through: the board shows what changed.'
        : `Nothing was done: ${asSentence(err.message)}`);
    } finally {
      busy = false;
      button.removeAttribute('aria-busy');
    }
  }

  for (const button of buttons) {
    button.addEventListener('click', () => perform(button.dataset.action, button));
  }
  messageInput.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const send = buttons.find((b) => b.dataset.action === 'broadcast');
    if (send) perform('broadcast', send);
  });
}
