// The host's phase plan editor as data. A draft is what the editor's rows hold, `[{name, minutes}]` with `minutes`
// as typed (a string), so a half-typed row survives renders; it becomes `timer.phases` only once it passes the
// same bounds the server checks (TimerRules), in whole minutes.

import { minutes } from './time.js';

const MINUTE_MS = 60000;

/** The server's bounds on a plan (TimerRules: 12 phases, 60-character names, 1 minute to 8 hours, 8 hours in all). */
export const PLAN_LIMITS = Object.freeze({
  maxPhases: 12,
  maxNameChars: 60,
  minMinutes: 1,
  maxMinutes: 480,
});

/** The server's plan (`[{name, durationMs}]`) as editor rows. */
export function draftOf(phases) {
  return (phases || []).map((p) => ({ name: p.name, minutes: String(minutes(p.durationMs)) }));
}

/** A typed minutes value as a whole number, or null when it is not one. */
function wholeMinutes(text) {
  const t = String(text == null ? '' : text).trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

function normalised(row) {
  const m = wholeMinutes(row.minutes);
  return { name: String(row.name || '').trim(), minutes: m == null ? String(row.minutes) : String(m) };
}

/** Whether two drafts would save as the same plan (names compare trimmed, minutes as numbers). */
export function sameDraft(a, b) {
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const x = normalised(row);
    const y = normalised(b[i]);
    return x.name === y.name && x.minutes === y.minutes;
  });
}

/** Minutes in the plan, counting only rows whose minutes are a whole number. */
export function totalMinutes(draft) {
  return draft.reduce((sum, row) => sum + (wholeMinutes(row.minutes) || 0), 0);
}

/**
 * The first thing the server would refuse in this draft, as `{index, field, message}` (`index` and `field` name the
 * input to focus; both are null for a problem of the whole plan), or null when it can be saved.
 */
export function planProblem(draft) {
  const { maxPhases, maxNameChars, minMinutes, maxMinutes } = PLAN_LIMITS;
  if (draft.length < 1 || draft.length > maxPhases) {
    return { index: null, field: null, message: `A plan has between 1 and ${maxPhases} phases.` };
  }
  for (let i = 0; i < draft.length; i++) {
    const name = String(draft[i].name || '').trim();
    if (!name) return { index: i, field: 'name', message: `Phase ${i + 1} needs a name.` };
    if (name.length > maxNameChars) {
      return { index: i, field: 'name', message: `Phase ${i + 1}: a name has at most ${maxNameChars} characters.` };
    }
    const m = wholeMinutes(draft[i].minutes);
    if (m == null || m < minMinutes || m > maxMinutes) {
      const message = `Phase ${i + 1}: a whole number of minutes from ${minMinutes} to ${maxMinutes}.`;
      return { index: i, field: 'minutes', message };
    }
  }
  if (totalMinutes(draft) > maxMinutes) {
    return { index: null, field: null, message: `The whole plan runs at most ${maxMinutes} minutes.` };
  }
  return null;
}

/** A valid draft (see planProblem) as the `phases` of `timer.phases`. */
export function phasesFromDraft(draft) {
  return draft.map((row) => ({ name: String(row.name).trim(), durationMs: wholeMinutes(row.minutes) * MINUTE_MS }));
}

/** The draft with one more (unnamed, five-minute) phase at the end; unchanged at the limit. */
export function withPhaseAdded(draft) {
  return draft.length >= PLAN_LIMITS.maxPhases ? draft : [...draft, { name: '', minutes: '5' }];
}

/** The draft without row `index`; the last phase stays. */
export function withPhaseRemoved(draft, index) {
  return draft.length <= 1 ? draft : draft.filter((_, i) => i !== index);
}
