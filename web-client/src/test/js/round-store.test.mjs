// The store applies the round's events the way the server's Room does: seats, rounds, the timeline, settings.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bannerEntry, candidateView, createStore, me, seesInterviewerSide, stageOf,
} from '../../main/resources/webroot/js/store.js';

const ADA = 'p-ada';
const BO = 'p-bo';
const CY = 'p-cy';

const deck = () => [
  { id: 't3', stress: 'label-delay', title: 'Labels arrive late', text: 'Chargebacks take 90 days.', guidance: 'g3' },
  { id: 't5', stress: 'cost', title: 'Budget cut', text: 'Half the budget.', guidance: 'g5', schedule: { atMinute: 20 } },
];

const round = (overrides = {}) => ({
  number: 1, stage: 'running', title: 'Fraud', interviewer: ADA, candidate: BO, timeline: [],
  clarifications: [{ id: 'q1', question: 'How do labels arrive?', answer: 'Chargebacks.', revealed: false }],
  deck: deck(), scorecard: { ratings: {}, shared: false }, ...overrides,
});

const room = (overrides = {}) => ({
  id: 'r', title: 'Practice', mode: 'pair',
  participants: [
    { id: ADA, name: 'Ada', role: 'interviewer', host: true, online: true },
    { id: BO, name: 'Bo', role: 'candidate', host: false, online: true },
    { id: CY, name: 'Cy', role: 'observer', host: false, online: true },
  ],
  prompt: { title: 'Fraud', revealed: true },
  timer: { durationMs: 300000, state: 'running', remainingMs: 300000, since: 0, phase: 0, phases: [], elapsedMs: 0 },
  notes: { shared: { rev: 0, text: '', seen: {} } },
  round: round(),
  rounds: [],
  settings: { autoAdvance: false, shadow: false },
  ...overrides,
});

function joined(you = ADA, overrides = {}) {
  const store = createStore();
  const role = room(overrides).participants.find((p) => p.id === you).role;
  store.apply({ type: 'welcome', you: { participant: you, role, host: you === ADA }, seq: 10, room: room(overrides) });
  return store;
}

let seq = 10;
const event = (e) => ({ type: 'event', seq: ++seq, at: 1000, event: e });

const twist = {
  kind: 'twist', ref: 't3', stress: 'label-delay', title: 'Labels arrive late', text: 'Chargebacks take 90 days.',
  at: 1000, elapsedMs: 1200000, phase: 'Deep dive',
};
const fact = {
  kind: 'fact', ref: 'q1', title: 'How do labels arrive?', text: 'Chargebacks.', at: 900, elapsedMs: 900000,
  phase: 'High-level design',
};

describe('seats.changed', () => {
  test('moves every participant to their new seat; the round keeps naming who played it', () => {
    const store = joined(CY);
    store.apply(event({ kind: 'seats.changed', seats: { [ADA]: 'candidate', [BO]: 'interviewer', [CY]: 'observer' }, by: ADA }));
    const { room: r } = store.get();
    assert.deepEqual(r.participants.map((p) => p.role), ['candidate', 'interviewer', 'observer']);
    assert.equal(r.round.interviewer, ADA);
    assert.equal(r.round.candidate, BO);
  });

  test('a finished round is listed with the seats it was played in, not the next round’s', () => {
    const store = joined(CY, { round: { ...round(), stage: 'done' } });
    store.apply(event({ kind: 'seats.changed', seats: { [ADA]: 'observer', [BO]: 'interviewer', [CY]: 'candidate' }, by: ADA }));
    store.apply(event({ kind: 'round.changed', round: { number: 2, stage: 'lobby', title: 'Next', interviewer: BO, candidate: CY, timeline: [], clarifications: [] } }));
    const [first] = store.get().room.rounds;
    assert.equal(first.number, 1);
    assert.equal(first.interviewer, ADA);
    assert.equal(first.candidate, BO);
  });

  test('flips the client’s own role, in you and in the participants list', () => {
    const store = joined(BO, { round: candidateView(round()) });
    store.apply(event({ kind: 'seats.changed', seats: { [ADA]: 'candidate', [BO]: 'interviewer', [CY]: 'observer' }, by: ADA }));
    assert.equal(store.get().you.role, 'interviewer');
    assert.equal(me(store.get()).role, 'interviewer');
  });

  test('an interviewer who becomes candidate loses the deck, the answers and the unshared scorecard at once', () => {
    const store = joined(ADA);
    assert.equal(seesInterviewerSide(store.get()), true);
    store.apply(event({ kind: 'seats.changed', seats: { [ADA]: 'candidate', [BO]: 'interviewer', [CY]: 'observer' }, by: ADA }));
    const r = store.get().room.round;
    assert.equal(r.deck, undefined);
    assert.equal(r.scorecard, undefined);
    assert.deepEqual(r.clarifications, []);
    assert.equal(seesInterviewerSide(store.get()), false);
    assert.equal(store.get().you.role, 'candidate');
  });

  test('a viewer whose seat did not change keeps what it sees', () => {
    const store = joined(CY, { round: round(), settings: { autoAdvance: false, shadow: true } });
    store.apply(event({ kind: 'seats.changed', seats: { [ADA]: 'candidate', [BO]: 'interviewer', [CY]: 'observer' }, by: ADA }));
    assert.equal(store.get().room.round.deck.length, 2);
  });
});

describe('round.changed', () => {
  test('replaces the round, and a started round it replaces joins the finished ones', () => {
    const store = joined(ADA, { round: round({ stage: 'done' }) });
    const next = { number: 2, stage: 'lobby', title: 'Search', interviewer: BO, candidate: ADA, timeline: [], clarifications: [] };
    store.apply(event({ kind: 'round.changed', round: next }));
    assert.deepEqual(store.get().room.round, next);
    assert.deepEqual(store.get().room.rounds, [{ number: 1, title: 'Fraud', interviewer: ADA, candidate: BO }]);
    assert.equal(stageOf(store.get()), 'lobby');
  });

  test('a new stage of the same round is not a finished round', () => {
    const store = joined(ADA);
    store.apply(event({ kind: 'round.changed', round: round({ stage: 'feedback' }) }));
    assert.equal(stageOf(store.get()), 'feedback');
    assert.deepEqual(store.get().room.rounds, []);
  });

  test('a round that never left its lobby is not listed as finished', () => {
    const store = joined(ADA, { round: round({ stage: 'lobby' }) });
    store.apply(event({ kind: 'round.changed', round: round({ number: 2, stage: 'lobby' }) }));
    assert.deepEqual(store.get().room.rounds, []);
  });

  test('a round the snapshot already lists is not listed twice', () => {
    const store = joined(ADA, { round: round({ stage: 'done' }), rounds: [{ number: 1, title: 'Fraud' }] });
    store.apply(event({ kind: 'round.changed', round: round({ number: 2, stage: 'lobby' }) }));
    assert.equal(store.get().room.rounds.length, 1);
  });
});

describe('twist.played and fact.revealed', () => {
  test('a played twist joins the timeline and marks its deck card played', () => {
    const store = joined(ADA);
    store.apply(event({ kind: 'twist.played', entry: twist }));
    const r = store.get().room.round;
    assert.deepEqual(r.timeline, [twist]);
    assert.deepEqual(r.deck.find((c) => c.id === 't3').played, { at: 1000, elapsedMs: 1200000, phase: 'Deep dive' });
    assert.equal(r.deck.find((c) => c.id === 't5').played, undefined);
  });

  test('the candidate, who has no deck, gets the timeline entry and still no deck', () => {
    const store = joined(BO, { round: candidateView(round()) });
    store.apply(event({ kind: 'twist.played', entry: twist }));
    assert.deepEqual(store.get().room.round.timeline, [twist]);
    assert.equal('deck' in store.get().room.round, false);
  });

  test('a revealed fact joins the timeline and the clarifications, for both sides', () => {
    const interviewer = joined(ADA);
    const candidate = joined(BO, { round: candidateView(round()) });
    for (const store of [interviewer, candidate]) {
      store.apply(event({ kind: 'fact.revealed', entry: fact }));
      const r = store.get().room.round;
      assert.deepEqual(r.timeline, [fact]);
      assert.deepEqual(r.clarifications, [{ id: 'q1', question: 'How do labels arrive?', answer: 'Chargebacks.', revealed: true }]);
    }
  });

  test('the same entry twice is in the timeline once', () => {
    const store = joined(ADA);
    store.apply(event({ kind: 'twist.played', entry: twist }));
    store.apply(event({ kind: 'twist.played', entry: twist }));
    assert.equal(store.get().room.round.timeline.length, 1);
  });
});

describe('settings and timer', () => {
  test('settings.changed replaces the settings', () => {
    const store = joined(ADA);
    store.apply(event({ kind: 'settings.changed', settings: { autoAdvance: true, shadow: true }, by: ADA }));
    assert.deepEqual(store.get().room.settings, { autoAdvance: true, shadow: true });
  });

  test('timer.changed replaces the timer whatever the change is called', () => {
    const store = joined(ADA);
    for (const change of ['phase', 'advanced', 'adjusted', 'planned', 'stopped']) {
      const timer = { durationMs: 1, state: 'paused', remainingMs: 1, since: 5, phase: 1, phases: [], elapsedMs: 7, change };
      store.apply(event({ kind: 'timer.changed', change, timer, by: ADA }));
      assert.equal(store.get().room.timer, timer);
    }
  });
});

describe('the twist banner', () => {
  test('is raised by a twist arriving live, with the played entry', () => {
    const store = joined(BO, { round: candidateView(round()) });
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    store.apply(event({ kind: 'twist.played', entry: twist }));
    assert.deepEqual(bannerEntry(changes[0]), twist);
  });

  test('is not raised by twists already in a welcome or snapshot, nor by other events', () => {
    const store = createStore();
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    const played = room({ round: candidateView(round({ timeline: [twist] })) });
    store.apply({ type: 'welcome', you: { participant: BO, role: 'candidate', host: false }, seq: 50, room: played });
    store.apply({ type: 'snapshot', seq: 60, room: played });
    store.apply({ type: 'event', seq: 61, at: 0, event: { kind: 'fact.revealed', entry: fact } });
    assert.deepEqual(changes.map(bannerEntry), [null, null, null]);
  });

  test('is not raised again by an event the client already applied (a resume repeats it)', () => {
    const store = joined(BO, { round: candidateView(round()) });
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    const message = event({ kind: 'twist.played', entry: twist });
    store.apply(message);
    store.apply(message);
    assert.equal(changes.filter(bannerEntry).length, 1);
  });
});

describe('who sees the interviewer column', () => {
  test('exactly the viewers the server sent a deck to', () => {
    assert.equal(seesInterviewerSide(joined(ADA).get()), true);
    assert.equal(seesInterviewerSide(joined(BO, { round: candidateView(round()) }).get()), false);
    assert.equal(seesInterviewerSide(joined(CY, { round: candidateView(round()) }).get()), false);
    assert.equal(seesInterviewerSide(joined(CY).get()), true, 'a shadowing observer gets the deck');
  });

  test('the interviewer’s seat has the column even before a deck arrives', () => {
    const store = joined(BO, { round: candidateView(round()) });
    store.apply(event({ kind: 'seats.changed', seats: { [ADA]: 'candidate', [BO]: 'interviewer', [CY]: 'observer' }, by: ADA }));
    assert.equal(seesInterviewerSide(store.get()), true);
  });

  test('without rounds (an older server) the interviewer’s seat decides', () => {
    assert.equal(seesInterviewerSide(joined(ADA, { round: undefined }).get()), true);
    assert.equal(seesInterviewerSide(joined(BO, { round: undefined }).get()), false);
  });
});
