// The host's lobby editors as data: the phase plan draft checked against the server's bounds, the member order
// moved one step at a time, the commands they send, and the store learning a new member order from seats.changed.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PLAN_LIMITS, draftOf, phasesFromDraft, planProblem, sameDraft, totalMinutes, withPhaseAdded, withPhaseRemoved,
} from '../../main/resources/webroot/js/phase-plan.js';
import { memberOrder, mergeOrder, moveMember, nextSeats } from '../../main/resources/webroot/js/rotation.js';
import { seatsSet, timerPhases } from '../../main/resources/webroot/js/protocol.js';
import { createStore, seatHolders } from '../../main/resources/webroot/js/store.js';

const MIN = 60000;
const plan = [{ name: 'Clarify', durationMs: 5 * MIN }, { name: 'Deep dive', durationMs: 20 * MIN }];
const rows = (...pairs) => pairs.map(([name, minutes]) => ({ name, minutes }));

describe('phase plan drafts', () => {
  test('the room’s plan becomes rows of name and whole minutes, and saves back as the same plan', () => {
    const draft = draftOf(plan);
    assert.deepEqual(draft, rows(['Clarify', '5'], ['Deep dive', '20']));
    assert.equal(planProblem(draft), null);
    assert.deepEqual(phasesFromDraft(draft), plan);
    assert.equal(totalMinutes(draft), 25);
  });

  test('names are saved trimmed and minutes as milliseconds', () => {
    assert.deepEqual(phasesFromDraft(rows(['  Wrap-up ', ' 07 '])), [{ name: 'Wrap-up', durationMs: 7 * MIN }]);
  });

  test('a draft that saves as the room’s plan is the same draft, so typing a trailing space is not an edit', () => {
    assert.equal(sameDraft(rows(['Clarify ', '05'], ['Deep dive', '20']), draftOf(plan)), true);
    assert.equal(sameDraft(rows(['Clarify', '6'], ['Deep dive', '20']), draftOf(plan)), false);
    assert.equal(sameDraft(rows(['Clarify', '5']), draftOf(plan)), false);
  });

  test('the total counts only rows whose minutes are whole numbers', () => {
    assert.equal(totalMinutes(rows(['a', '10'], ['b', ''], ['c', '2.5'], ['d', '3'])), 13);
  });

  const refusals = [
    ['no phases', [], null, null, /between 1 and 12 phases/],
    ['thirteen phases', Array.from({ length: 13 }, (_, i) => ({ name: `P${i}`, minutes: '1' })), null, null,
      /12 phases/],
    ['a blank name', rows(['Clarify', '5'], ['   ', '5']), 1, 'name', /Phase 2 needs a name/],
    ['a 61-character name', rows(['x'.repeat(61), '5']), 0, 'name', /at most 60 characters/],
    ['zero minutes', rows(['Clarify', '0']), 0, 'minutes', /from 1 to 480/],
    ['481 minutes', rows(['Clarify', '481']), 0, 'minutes', /from 1 to 480/],
    ['half a minute more', rows(['Clarify', '2.5']), 0, 'minutes', /whole number/],
    ['an empty minutes field', rows(['Clarify', '']), 0, 'minutes', /whole number/],
    ['more than eight hours in all', rows(['A', '300'], ['B', '181']), null, null, /at most 480 minutes/],
  ];
  for (const [what, draft, index, field, message] of refusals) {
    test(`a plan with ${what} is refused before it is sent, naming the input to fix`, () => {
      const problem = planProblem(draft);
      assert.ok(problem, 'expected a problem');
      assert.equal(problem.index, index);
      assert.equal(problem.field, field);
      assert.match(problem.message, message);
    });
  }

  test('the limits at their edges are accepted', () => {
    const twelve = Array.from({ length: PLAN_LIMITS.maxPhases }, (_, i) => ({ name: `P${i}`, minutes: '40' }));
    assert.equal(planProblem(twelve), null);
    assert.equal(planProblem(rows(['x'.repeat(60), '480'])), null);
    assert.equal(planProblem(rows(['One', '1'])), null);
  });

  test('adding stops at twelve phases and removing stops at one', () => {
    const one = rows(['Clarify', '5']);
    assert.deepEqual(withPhaseAdded(one), [...one, { name: '', minutes: '5' }]);
    const twelve = Array.from({ length: 12 }, (_, i) => ({ name: `P${i}`, minutes: '5' }));
    assert.equal(withPhaseAdded(twelve), twelve);
    assert.equal(withPhaseRemoved(one, 0), one);
    assert.deepEqual(withPhaseRemoved(rows(['a', '1'], ['b', '2'], ['c', '3']), 1), rows(['a', '1'], ['c', '3']));
  });

  test('Save phases sends timer.phases with the plan as the server reads it', () => {
    const message = timerPhases(phasesFromDraft(rows(['Clarify', '5'], ['Deep dive', '20'])));
    assert.deepEqual(message, { type: 'timer.phases', phases: plan });
  });
});

describe('member order', () => {
  const order = ['a', 'b', 'c', 'd'];

  test('moves one member one place up or down', () => {
    assert.deepEqual(moveMember(order, 'c', -1), ['a', 'c', 'b', 'd']);
    assert.deepEqual(moveMember(order, 'a', 1), ['b', 'a', 'c', 'd']);
  });

  test('stays put at either end and for someone not in the list', () => {
    assert.equal(moveMember(order, 'a', -1), order);
    assert.equal(moveMember(order, 'd', 1), order);
    assert.equal(moveMember(order, 'z', 1), order);
  });

  test('an arrangement in progress drops who left and appends who joined, so it names everyone once', () => {
    assert.deepEqual(mergeOrder(['b', 'c', 'a'], ['a', 'b', 'd']), ['b', 'a', 'd']);
    assert.deepEqual(mergeOrder(['c', 'a'], ['a', 'c', 'e']), ['c', 'a', 'e']);
  });

  test('Save order sends seats.set with this round’s seats and every participant once', () => {
    assert.deepEqual(seatsSet({ interviewer: 'b', candidate: 'c', order: ['c', 'b', 'a'] }),
      { type: 'seats.set', interviewer: 'b', candidate: 'c', order: ['c', 'b', 'a'] });
  });
});

describe('the store learns the member order from seats.changed', () => {
  const person = (id, role) => ({ id, name: id.toUpperCase(), role, host: id === 'a', online: true });
  const room = {
    id: 'r', title: 'Group practice', mode: 'group',
    participants: [
      person('a', 'interviewer'), person('b', 'candidate'), person('c', 'observer'), person('d', 'observer'),
    ],
    prompt: { title: 'Fraud', revealed: false },
    timer: { durationMs: 5 * MIN, state: 'idle', remainingMs: 5 * MIN, since: 0, phase: 0, phases: plan, elapsedMs: 0 },
    notes: { shared: { rev: 0, text: '', seen: {} } },
    round: {
      number: 1, stage: 'lobby', title: 'Fraud', interviewer: 'a', candidate: 'b', timeline: [], clarifications: [],
    },
    rounds: [],
    settings: { autoAdvance: false, shadow: false },
  };
  const joined = () => {
    const store = createStore();
    store.apply({ type: 'welcome', you: { participant: 'a', role: 'interviewer', host: true }, seq: 1, room });
    return store;
  };

  test('participants follow the key order of seats, which the server writes in member order', () => {
    const store = joined();
    store.apply({ type: 'event', seq: 2, at: 0, event: {
      kind: 'seats.changed', seats: { d: 'observer', a: 'interviewer', c: 'observer', b: 'candidate' }, by: 'a',
    } });
    const r = store.get().room;
    assert.deepEqual(r.participants.map((p) => p.id), ['d', 'a', 'c', 'b']);
    assert.deepEqual(r.participants.map((p) => p.role), ['observer', 'interviewer', 'observer', 'candidate']);
    assert.deepEqual(memberOrder(r), ['d', 'a', 'c', 'b']);
  });

  test('the rotation preview follows the new order', () => {
    const store = joined();
    assert.deepEqual(nextSeats(store.get().room), { interviewer: 'b', candidate: 'c' });
    store.apply({ type: 'event', seq: 2, at: 0, event: {
      kind: 'seats.changed', seats: { a: 'interviewer', d: 'observer', b: 'candidate', c: 'observer' }, by: 'a',
    } });
    assert.deepEqual(nextSeats(store.get().room), { interviewer: 'd', candidate: 'c' });
  });

  test('the seats Save order sends are the participants’ live seats, even when the round has not caught up', () => {
    const store = createStore();
    const lagging = { ...room, round: { ...room.round, candidate: undefined } };
    store.apply({ type: 'welcome', you: { participant: 'a', role: 'interviewer', host: true }, seq: 1, room: lagging });
    assert.deepEqual(seatHolders(store.get()), { interviewer: 'a', candidate: 'b' });
    const empty = { ...lagging, participants: lagging.participants.map((p) => ({ ...p, role: 'observer' })) };
    store.apply({ type: 'snapshot', seq: 2, room: empty });
    assert.deepEqual(seatHolders(store.get()), { interviewer: 'a', candidate: null });
  });

  test('someone seats.changed leaves out keeps their place after those it names', () => {
    const store = joined();
    store.apply({ type: 'event', seq: 2, at: 0, event: {
      kind: 'seats.changed', seats: { c: 'candidate', b: 'interviewer' }, by: 'a',
    } });
    assert.deepEqual(store.get().room.participants.map((p) => p.id), ['c', 'b', 'a', 'd']);
  });
});
