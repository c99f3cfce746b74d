// Issue 15, the assumption log in the browser: the store follows the log's events, the commands match the
// contract, Alt+A picks the right words from the notes, and the views' pure parts decide who may do what, what the
// candidate is asked after a twist and what the scorecard shows as evidence.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateView, createStore, canStateAssumptions, assumptionsOf } from '../../main/resources/webroot/js/store.js';
import {
  assumptionAdd, assumptionEdit, assumptionHold, assumptionNotice, assumptionOverturn, assumptionWithdraw, twistAdd,
} from '../../main/resources/webroot/js/protocol.js';
import {
  assumptionFromNotes, assumptionNews, checkChoices, formatDelay, noticeDelayMs, outcomeLine, suggestionNews,
  twistEvidence,
} from '../../main/resources/webroot/js/assumptions.js';
import { notesShortcutFor, shortcutFor } from '../../main/resources/webroot/js/shortcuts.js';
import { premisesOf } from '../../main/resources/webroot/js/deck.js';
import { entryActions } from '../../main/resources/webroot/js/views/assumptions.js';
import { twistToCheck } from '../../main/resources/webroot/js/views/assumption-check.js';
import { suggestionsOf } from '../../main/resources/webroot/js/views/deck.js';

const ADA = 'p-ada'; // interviewer
const BO = 'p-bo'; // candidate
const CY = 'p-cy'; // observer
const MIN = 60000;

const a1 = {
  id: 'a1', text: 'About 50k requests/s at peak', by: BO, at: 100_000, elapsedMs: 2 * MIN, phase: 'Clarify', status: 'open',
};
const a2 = {
  id: 'a2', text: 'Labels arrive within a day', by: BO, at: 200_000, elapsedMs: 4 * MIN, phase: 'Clarify', status: 'open',
};
const a3 = {
  id: 'a3', text: 'Budget is fixed', by: ADA, at: 300_000, elapsedMs: 6 * MIN, phase: 'High-level design', status: 'open',
};

const twistEntry = {
  kind: 'twist', ref: 't3', stress: 'label-delay', title: 'Labels arrive late', text: 'Chargebacks take 90 days.',
  at: 1_000_000, elapsedMs: 20 * MIN, phase: 'Deep dive',
};
const factEntry = {
  kind: 'fact', ref: 'q1', title: 'How much traffic?', text: '50k/s at peak.', at: 500_000, elapsedMs: 8 * MIN,
  phase: 'High-level design',
};

const round = (overrides = {}) => ({
  number: 1, stage: 'running', title: 'Fraud', interviewer: ADA, candidate: BO, timeline: [],
  clarifications: [{ id: 'q1', question: 'How much traffic?', answer: '50k/s at peak.', revealed: false }],
  deck: [{ id: 't3', stress: 'label-delay', title: 'Labels arrive late', text: 'Chargebacks take 90 days.', guidance: 'g',
    assumes: ['labels arrive within a day'] }],
  scorecard: { ratings: {}, shared: false },
  assumptions: [a1, a2],
  ...overrides,
});

const room = (r) => ({
  id: 'r', title: 'Practice', mode: 'pair',
  participants: [
    { id: ADA, name: 'Ada', role: 'interviewer', host: true, online: true },
    { id: BO, name: 'Bo', role: 'candidate', host: false, online: true },
    { id: CY, name: 'Cy', role: 'observer', host: false, online: true },
  ],
  prompt: { title: 'Fraud', revealed: true },
  timer: { durationMs: 300000, state: 'running', remainingMs: 300000, since: 0, phase: 0, phases: [], elapsedMs: 0 },
  notes: { shared: { rev: 0, text: '', seen: {} } },
  round: r,
  rounds: [],
  settings: { autoAdvance: false, shadow: false },
});

const ROLES = { [ADA]: 'interviewer', [BO]: 'candidate', [CY]: 'observer' };

function joined(you, r = round()) {
  const store = createStore();
  const seen = you === ADA ? r : candidateView(r);
  store.apply({ type: 'welcome', you: { participant: you, role: ROLES[you], host: you === ADA }, seq: 10, room: room(seen) });
  return store;
}

let seq = 10;
const event = (e) => ({ type: 'event', seq: ++seq, at: 1000, event: e });

describe('the store follows the assumption log', () => {
  test('a welcome brings the log, and everyone keeps it: the candidate’s view of a round is not redacted', () => {
    assert.deepEqual(assumptionsOf(joined(BO).get()).map((a) => a.id), ['a1', 'a2']);
    assert.deepEqual(candidateView(round()).assumptions, [a1, a2]);
  });

  test('assumption.added appends, in the order stated', () => {
    const store = joined(CY);
    store.apply(event({ kind: 'assumption.added', assumption: a3 }));
    assert.deepEqual(assumptionsOf(store.get()).map((a) => a.id), ['a1', 'a2', 'a3']);
  });

  test('assumption.changed replaces the entry with the same id, in place', () => {
    const store = joined(BO);
    const noticed = { ...a1, status: 'overturned', twist: 't3', noticedAt: 1_050_000 };
    store.apply(event({ kind: 'assumption.changed', change: 'noticed', by: BO, assumption: noticed }));
    assert.deepEqual(assumptionsOf(store.get()), [noticed, a2]);
  });

  test('a round without a log (an older server) gets one from its first event', () => {
    const store = joined(ADA, round({ assumptions: undefined }));
    assert.deepEqual(assumptionsOf(store.get()), []);
    store.apply(event({ kind: 'assumption.added', assumption: a1 }));
    assert.deepEqual(assumptionsOf(store.get()), [a1]);
  });

  test('assumption.suggested lands on the played deck card, and the play itself does not wipe it', () => {
    const store = joined(ADA);
    store.apply(event({ kind: 'twist.played', entry: twistEntry }));
    store.apply(event({ kind: 'assumption.suggested', twist: 't3', assumptions: ['a2'] }));
    const card = store.get().room.round.deck[0];
    assert.deepEqual(card.played, { at: twistEntry.at, elapsedMs: twistEntry.elapsedMs, phase: 'Deep dive', suggests: ['a2'] });
    // The same play again (a repeated event after a resume) keeps the suggestions.
    store.apply(event({ kind: 'twist.played', entry: twistEntry }));
    assert.deepEqual(store.get().room.round.deck[0].played.suggests, ['a2']);
  });

  test('a page without a deck has nowhere to keep suggestions and stays as it was', () => {
    const store = joined(BO);
    const before = store.get().room.round;
    store.apply(event({ kind: 'assumption.suggested', twist: 't3', assumptions: ['a2'] }));
    assert.deepEqual(store.get().room.round, before);
  });

  test('a new round starts with the log its server view brings (empty)', () => {
    const store = joined(BO);
    store.apply(event({ kind: 'round.changed', round: candidateView(round({ number: 2, stage: 'lobby', assumptions: [] })) }));
    assert.deepEqual(assumptionsOf(store.get()), []);
  });

  test('only the round’s candidate and interviewer state assumptions, and only while it runs', () => {
    assert.equal(canStateAssumptions(joined(ADA).get()), true);
    assert.equal(canStateAssumptions(joined(BO).get()), true);
    assert.equal(canStateAssumptions(joined(CY).get()), false);
    assert.equal(canStateAssumptions(joined(BO, round({ stage: 'feedback' })).get()), false);
  });
});

describe('assumption commands', () => {
  test('each of the six has the contract’s type and fields', () => {
    assert.deepEqual(assumptionAdd('x'), { type: 'assumption.add', text: 'x' });
    assert.deepEqual(assumptionEdit('a1', 'y'), { type: 'assumption.edit', assumption: 'a1', text: 'y' });
    assert.deepEqual(assumptionWithdraw('a1'), { type: 'assumption.withdraw', assumption: 'a1' });
    assert.deepEqual(assumptionNotice('a1', 't3'), { type: 'assumption.notice', assumption: 'a1', twist: 't3' });
    assert.deepEqual(assumptionOverturn('a1', 't3'), { type: 'assumption.overturn', assumption: 'a1', twist: 't3' });
    assert.deepEqual(assumptionHold('a1', 'q1'), { type: 'assumption.hold', assumption: 'a1', fact: 'q1' });
  });

  test('a card of one’s own carries its premises only when it has some', () => {
    const card = { stress: 'cost', title: 'T', text: 'X', guidance: 'G' };
    assert.equal('assumes' in twistAdd(card).card, false);
    assert.equal('assumes' in twistAdd({ ...card, assumes: [] }).card, false);
    assert.deepEqual(twistAdd({ ...card, assumes: ['budget is fixed'] }).card.assumes, ['budget is fixed']);
  });
});

describe('Alt+A: the words it takes from the notes', () => {
  const notes = '# Requirements\n- about 50k requests/s at peak\n\n1. labels arrive within a day\n> p99 under 100 ms\n';
  const at = (s) => notes.indexOf(s) + 2;

  test('the line under the caret, without its list, quote or heading marker', () => {
    assert.equal(assumptionFromNotes(notes, at('about'), at('about')), 'about 50k requests/s at peak');
    assert.equal(assumptionFromNotes(notes, at('labels'), at('labels')), 'labels arrive within a day');
    assert.equal(assumptionFromNotes(notes, at('p99'), at('p99')), 'p99 under 100 ms');
    assert.equal(assumptionFromNotes(notes, 0, 0), 'Requirements');
  });

  test('the caret at the very end of a line still means that line', () => {
    const end = notes.indexOf('\n', at('about'));
    assert.equal(assumptionFromNotes(notes, end, end), 'about 50k requests/s at peak');
  });

  test('a selection wins over the line, and its lines are joined', () => {
    const from = notes.indexOf('50k');
    assert.equal(assumptionFromNotes(notes, from, from + '50k requests/s'.length), '50k requests/s');
    const start = notes.indexOf('about');
    const end = notes.indexOf(' within');
    assert.equal(assumptionFromNotes(notes, end, start), 'about 50k requests/s at peak labels arrive');
  });

  test('an empty line gives nothing to add', () => {
    const blank = notes.indexOf('\n\n') + 1;
    assert.equal(assumptionFromNotes(notes, blank, blank), '');
    assert.equal(assumptionFromNotes('', 0, 0), '');
  });

  test('Alt+A is a notes key: in the editor it adds, anywhere else it does nothing', () => {
    const key = (mods) => ({ key: 'a', code: 'KeyA', target: { tagName: 'TEXTAREA' }, ...mods });
    assert.equal(notesShortcutFor(key({ altKey: true })), 'add-assumption');
    assert.equal(notesShortcutFor({ ...key({ altKey: true }), key: 'å' }), 'add-assumption', 'Option+A on a Mac');
    assert.equal(notesShortcutFor(key({})), null, 'typing an a');
    assert.equal(notesShortcutFor(key({ altKey: true, ctrlKey: true })), null);
    assert.equal(notesShortcutFor(key({ altKey: true, isComposing: true })), null);
    assert.equal(shortcutFor({ ...key({ altKey: true }), target: { tagName: 'BODY' } }), null,
      'outside the notes there is no line to add');
  });
});

describe('when a broken assumption was noticed', () => {
  test('from the play to the notice, or to an edit after the play, whichever came first', () => {
    assert.equal(noticeDelayMs({ noticedAt: 1_072_000 }, 1_000_000), 72_000);
    assert.equal(noticeDelayMs({ noticedAt: 1_072_000, revisedAt: 1_030_000 }, 1_000_000), 30_000);
    assert.equal(noticeDelayMs({ revisedAt: 900_000 }, 1_000_000), null, 'an edit before the play is not noticing it');
    assert.equal(noticeDelayMs({}, 1_000_000), null);
    assert.equal(formatDelay(72_000), '1:12');
    assert.equal(formatDelay(5_999), '0:05');
  });

  test('an entry says what broke it and when it was noticed, or which fact holds it', () => {
    const r = round({ timeline: [factEntry, twistEntry], clarifications: [{ id: 'q1', question: 'How much traffic?', revealed: true }] });
    assert.equal(outcomeLine({ ...a2, status: 'overturned', twist: 't3', noticedAt: 1_072_000 }, r),
      'Broken by “Labels arrive late” · noticed after 1:12');
    assert.equal(outcomeLine({ ...a2, status: 'overturned', twist: 't3' }, r),
      'Broken by “Labels arrive late” · not noticed by the candidate');
    assert.equal(outcomeLine({ ...a1, status: 'held', fact: 'q1' }, r), 'Held by “How much traffic?”');
    assert.equal(outcomeLine(a1, r), '');
  });

  test('the scorecard’s evidence lists each overturned assumption with its card, and the never-noticed ones', () => {
    const r = round({
      timeline: [twistEntry],
      assumptions: [
        { ...a1, status: 'held', fact: 'q1' },
        { ...a2, status: 'overturned', twist: 't3', noticedAt: 1_072_000 },
        { ...a3, status: 'overturned', twist: 't3' },
      ],
    });
    assert.deepEqual(twistEvidence(r), [
      { id: 'a2', noticed: true,
        text: '“Labels arrive within a day”: broken by “Labels arrive late” (played 20:00, Deep dive); noticed after 1:12' },
      { id: 'a3', noticed: false,
        text: '“Budget is fixed”: broken by “Labels arrive late” (played 20:00, Deep dive); never noticed' },
    ]);
    assert.deepEqual(twistEvidence(round()), []);
  });
});

describe('the candidate’s question after a twist', () => {
  const played = (r) => ({ ...r, timeline: [twistEntry] });
  const live = { type: 'event', event: { kind: 'twist.played', entry: twistEntry } };

  test('the round’s candidate is asked about a twist that arrives live', () => {
    assert.equal(twistToCheck(joined(BO, played(round())).get(), live), twistEntry);
  });

  test('nobody else is asked, nor about twists already in a welcome, nor with nothing to tick', () => {
    assert.equal(twistToCheck(joined(ADA, played(round())).get(), live), null);
    assert.equal(twistToCheck(joined(CY, played(round())).get(), live), null);
    assert.equal(twistToCheck(joined(BO, played(round())).get(), { type: 'welcome', snapshot: true }), null);
    const none = round({ assumptions: [{ ...a1, status: 'withdrawn' }, { ...a2, status: 'held', fact: 'q1' }] });
    assert.equal(twistToCheck(joined(BO, played(none)).get(), live), null);
  });

  test('it offers the open assumptions and those overturned but not yet noticed', () => {
    const r = round({ assumptions: [
      a1,
      { ...a2, status: 'overturned', twist: 't3' },
      { ...a3, status: 'overturned', twist: 't3', noticedAt: 5 },
      { ...a3, id: 'a4', status: 'withdrawn' },
    ] });
    assert.deepEqual(checkChoices(r).map((a) => a.id), ['a1', 'a2']);
  });
});

describe('who may do what to an entry', () => {
  const r = round({
    timeline: [factEntry, twistEntry],
    clarifications: [{ id: 'q1', question: 'How much traffic?', answer: '50k', revealed: true }],
    assumptions: [a1, a3],
  });

  test('its author edits and withdraws it; the candidate may also mark it broken by a played twist', () => {
    assert.deepEqual(entryActions(joined(BO, r).get(), a1), ['edit', 'withdraw', 'notice']);
  });

  test('the interviewer marks it overturned or held, and edits only their own', () => {
    const state = joined(ADA, r).get();
    assert.deepEqual(entryActions(state, a1), ['overturn', 'hold']);
    assert.deepEqual(entryActions(state, a3), ['edit', 'withdraw', 'overturn', 'hold']);
    assert.deepEqual(entryActions(state, { ...a1, status: 'held', fact: 'q1' }), ['overturn'], 'a held one can still break');
    assert.deepEqual(entryActions(state, { ...a1, status: 'overturned', twist: 't3' }), []);
  });

  test('nothing to point at, nothing to offer: no played card, no revealed fact', () => {
    const quiet = round({ assumptions: [a1] });
    assert.deepEqual(entryActions(joined(ADA, quiet).get(), a1), []);
    assert.deepEqual(entryActions(joined(BO, quiet).get(), a1), ['edit', 'withdraw']);
  });

  test('observers, withdrawn entries and rounds that no longer run get no actions', () => {
    assert.deepEqual(entryActions(joined(CY, r).get(), a1), []);
    assert.deepEqual(entryActions(joined(BO, r).get(), { ...a1, status: 'withdrawn' }), []);
    assert.deepEqual(entryActions(joined(BO, { ...r, stage: 'feedback' }).get(), a1), []);
  });
});

describe('the interviewer’s suggestions on a played card', () => {
  test('“May break” lists the suggested assumptions, with Overturned only where it still applies', () => {
    const card = { id: 't3', title: 'Labels arrive late', played: { at: 1, suggests: ['a1', 'a2', 'a9'] } };
    const log = [{ ...a1, status: 'withdrawn' }, { ...a2, status: 'overturned', twist: 't3' }];
    assert.deepEqual(suggestionsOf(card, [...log, a3]).map((s) => [s.id, s.overturnable, s.byThisCard]),
      [['a1', false, false], ['a2', false, true]], 'an unknown id (a9) is left out');
    assert.equal(suggestionsOf(card, [a2])[0].overturnable, true);
    assert.deepEqual(suggestionsOf({ id: 't5' }, [a1]), []);
  });

  test('the interviewer hears which assumptions the card may break', () => {
    const state = joined(ADA, round({ timeline: [twistEntry] })).get();
    assert.equal(suggestionNews(state, { kind: 'assumption.suggested', twist: 't3', assumptions: ['a2'] }),
      '“Labels arrive late” may break an assumption: “Labels arrive within a day”.');
  });
});

describe('what the live region says about the log', () => {
  const state = joined(BO, round({ timeline: [twistEntry] })).get();

  test('an addition, the viewer’s own as “You”', () => {
    assert.equal(assumptionNews(state, { kind: 'assumption.added', assumption: a1 }),
      'You added an assumption: About 50k requests/s at peak');
    assert.equal(assumptionNews(state, { kind: 'assumption.added', assumption: a3 }),
      'Ada added an assumption: Budget is fixed');
  });

  test('each change names who made it and what became of the assumption', () => {
    const changed = (change, by, extra = {}) => assumptionNews(state,
      { kind: 'assumption.changed', change, by, assumption: { ...a2, ...extra } });
    assert.equal(changed('overturned', ADA, { status: 'overturned', twist: 't3' }),
      'Ada marked “Labels arrive within a day” as overturned by “Labels arrive late”.');
    assert.equal(changed('noticed', BO, { status: 'overturned', twist: 't3' }),
      'You marked “Labels arrive within a day” as broken by “Labels arrive late”.');
    assert.equal(changed('withdrawn', BO, { status: 'withdrawn' }), 'You withdrew the assumption “Labels arrive within a day”.');
    assert.equal(changed('held', ADA, { status: 'held' }), 'Ada marked “Labels arrive within a day” as held by a revealed fact.');
  });
});

describe('a card’s premises (assumes) in the add-card form', () => {
  test('typed one per line: at most four, each at most 120 characters', () => {
    assert.deepEqual(premisesOf(' labels within a day \n\n fixed budget '), { list: ['labels within a day', 'fixed budget'], problem: null });
    assert.match(premisesOf('a\nb\nc\nd\ne').problem, /At most 4/);
    assert.match(premisesOf(`ok\n${'x'.repeat(121)}`).problem, /Premise 2 is over 120/);
  });
});
