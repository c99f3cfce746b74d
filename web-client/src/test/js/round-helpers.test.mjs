// Pure helpers of the round screen: timer math with phases, mm:ss, deck files, rotation preview (shortcuts:
// shortcuts.test.mjs).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  displaySeconds, elapsedAt, formatClock, formatElapsed, phaseName, phaseSegments, remainingAt, shownRemainingAt,
} from '../../main/resources/webroot/js/time.js';
import { DeckFileError, deckFileOf, deckFileText, parseDeckFile } from '../../main/resources/webroot/js/deck.js';
import { nextSeats } from '../../main/resources/webroot/js/rotation.js';

const MIN = 60000;
const phases = [
  { name: 'Clarify', durationMs: 5 * MIN },
  { name: 'High-level design', durationMs: 15 * MIN },
  { name: 'Deep dive', durationMs: 20 * MIN },
  { name: 'Wrap-up', durationMs: 5 * MIN },
];

describe('timer math with phases', () => {
  const running = { durationMs: 15 * MIN, state: 'running', remainingMs: 10 * MIN, since: 1000, phase: 1, phases, elapsedMs: 10 * MIN };

  test('a running timer counts the phase down and the round up from since', () => {
    assert.equal(remainingAt(running, 1000 + 30000), 10 * MIN - 30000);
    assert.equal(elapsedAt(running, 1000 + 30000), 10 * MIN + 30000);
  });

  test('a paused or idle timer shows what it says', () => {
    const paused = { ...running, state: 'paused' };
    assert.equal(remainingAt(paused, 999999), 10 * MIN);
    assert.equal(elapsedAt(paused, 999999), 10 * MIN);
    assert.equal(elapsedAt({ state: 'idle', remainingMs: 1, since: 0 }, 5), 0, 'no elapsedMs from an older server');
  });

  test('past the phase’s end is overtime, shown as +mm:ss', () => {
    const now = 1000 + 10 * MIN + 130000;
    const seconds = displaySeconds(remainingAt(running, now));
    assert.equal(seconds, -130);
    assert.equal(formatClock(seconds), '+02:10');
  });

  test('the current phase is named, and the bar splits the plan with the current phase at its adjusted length', () => {
    assert.equal(phaseName(running), 'High-level design');
    const adjusted = { ...running, durationMs: 17 * MIN };
    const segments = phaseSegments(adjusted);
    assert.deepEqual(segments.map((s) => s.status), ['done', 'current', 'next', 'next']);
    assert.deepEqual(segments.map((s) => s.durationMs), [5 * MIN, 17 * MIN, 20 * MIN, 5 * MIN]);
    assert.ok(Math.abs(segments.reduce((a, s) => a + s.share, 0) - 1) < 1e-9);
  });

  test('a timer without phases has an empty bar and no phase name', () => {
    assert.deepEqual(phaseSegments({ state: 'idle', remainingMs: 1, since: 0 }), []);
    assert.equal(phaseName({ state: 'idle' }), null);
  });
});

describe('mm:ss for the timeline', () => {
  for (const [ms, shown] of [[0, '00:00'], [999, '00:00'], [312000, '05:12'], [580999, '09:40'], [3725000, '1:02:05'], [-5, '00:00']]) {
    test(`${ms} ms reads ${shown}`, () => assert.equal(formatElapsed(ms), shown));
  }
});

describe('deck files', () => {
  const round = {
    deck: [{ id: 't1', stress: 'cost', title: 'Budget cut', text: 'Half.', guidance: 'Cache.', played: { at: 1 }, schedule: { atMinute: 3 } }],
    clarifications: [{ id: 'q1', question: 'Fresh?', answer: 'Five minutes.', revealed: true }],
  };

  test('export keeps what people wrote and leaves ids and play state out', () => {
    assert.deepEqual(deckFileOf(round), {
      twists: [{ stress: 'cost', title: 'Budget cut', text: 'Half.', guidance: 'Cache.' }],
      clarifications: [{ question: 'Fresh?', answer: 'Five minutes.' }],
    });
  });

  test('an exported file parses back to the same deck', () => {
    assert.deepEqual(parseDeckFile(deckFileText(round)), deckFileOf(round));
  });

  test('a card\'s when, probe and core travel out and back in', () => {
    const advised = {
      deck: [{ id: 't1', stress: 'drift', title: 'Storm', text: 'Rain.', guidance: 'Fallbacks.', core: true,
        when: { phase: 'Deep dive', after: 'a model exists' }, probe: 'What breaks first?' },
      { id: 't2', stress: 'cost', title: 'Cut', text: 'Half.', guidance: 'Cache.', core: false }],
      clarifications: [],
    };
    assert.deepEqual(deckFileOf(advised).twists, [
      { stress: 'drift', title: 'Storm', text: 'Rain.', guidance: 'Fallbacks.',
        when: { phase: 'Deep dive', after: 'a model exists' }, probe: 'What breaks first?', core: true },
      { stress: 'cost', title: 'Cut', text: 'Half.', guidance: 'Cache.' }]);
    assert.deepEqual(parseDeckFile(deckFileText(advised)), deckFileOf(advised));
  });

  test('a card\'s premises travel out and back in, and a card without them exports as before', () => {
    const round = {
      deck: [{ id: 't1', stress: 'label-delay', title: 'Late', text: 'Labels take 90 days.', guidance: 'Proxies.', core: true,
        assumes: ['labels arrive within a day', 'issuers report fraud quickly'] },
      { id: 't2', stress: 'cost', title: 'Cut', text: 'Half.', guidance: 'Cache.', assumes: [] }],
      clarifications: [],
    };
    assert.deepEqual(deckFileOf(round).twists, [
      { stress: 'label-delay', title: 'Late', text: 'Labels take 90 days.', guidance: 'Proxies.', core: true,
        assumes: ['labels arrive within a day', 'issuers report fraud quickly'] },
      { stress: 'cost', title: 'Cut', text: 'Half.', guidance: 'Cache.' }]);
    assert.deepEqual(parseDeckFile(deckFileText(round)), deckFileOf(round));
  });

  test('unknown fields are dropped and a missing list reads as empty', () => {
    const parsed = parseDeckFile('{"twists":[{"id":"x","stress":"drift","title":"a","text":"b","guidance":"c"}]}');
    assert.deepEqual(parsed, { twists: [{ stress: 'drift', title: 'a', text: 'b', guidance: 'c' }], clarifications: [] });
  });

  const bad = [
    ['not json', /^deck: not JSON/],
    ['[]', /^deck: must be a JSON object$/],
    ['{}', /^deck: has no twists and no clarifications$/],
    ['{"twists":{}}', /^deck\.twists: must be a list$/],
    ['{"twists":[1]}', /^deck\.twists\[0\]: must be an object$/],
    ['{"twists":[{"stress":"cost","title":"a","text":"b","guidance":"c"},{"stress":"cost","title":"a","text":"b","guidance":"c"},{"stress":"speed","title":"a","text":"b","guidance":"c"}]}',
      /^deck\.twists\[2\]\.stress: "speed" is not a stress$/],
    ['{"twists":[{"stress":"cost","text":"b","guidance":"c"}]}', /^deck\.twists\[0\]\.title: is missing$/],
    ['{"twists":[{"stress":"cost","title":" ","text":"b","guidance":"c"}]}', /^deck\.twists\[0\]\.title: is empty$/],
    ['{"clarifications":[{"question":"q","answer":3}]}', /^deck\.clarifications\[0\]\.answer: must be text$/],
    ['{"twists":[{"stress":"cost","title":"a","text":"b","guidance":"c","core":"yes"}]}', /^deck\.twists\[0\]\.core: must be true or false$/],
    ['{"twists":[{"stress":"cost","title":"a","text":"b","guidance":"c","when":{"after":"x"}}]}', /^deck\.twists\[0\]\.when\.phase: is missing$/],
    ['{"twists":[{"stress":"cost","title":"a","text":"b","guidance":"c","assumes":"x"}]}', /^deck\.twists\[0\]\.assumes: must be a list of premises$/],
    ['{"twists":[{"stress":"cost","title":"a","text":"b","guidance":"c","assumes":["x"," "]}]}', /^deck\.twists\[0\]\.assumes\[1\]: is empty$/],
    ['{"twists":[{"stress":"cost","title":"a","text":"b","guidance":"c","assumes":["a","b","c","d","e"]}]}', /^deck\.twists\[0\]\.assumes: at most 4 premises$/],
  ];
  for (const [text, message] of bad) {
    test(`refuses ${text.slice(0, 40)} naming the field`, () => {
      assert.throws(() => parseDeckFile(text), (e) => e instanceof DeckFileError && message.test(e.message));
    });
  }
});

describe('rotation preview', () => {
  const people = (ids, offline = []) => ids.map((id) => ({ id, name: id, role: 'observer', online: !offline.includes(id) }));
  const room = (mode, ids, interviewer, candidate, offline) => ({
    mode, participants: people(ids, offline), round: { interviewer, candidate },
  });

  test('a pair swaps', () => {
    assert.deepEqual(nextSeats(room('pair', ['a', 'b'], 'a', 'b')), { interviewer: 'b', candidate: 'a' });
  });

  test('a group moves both seats one step, so the candidate interviews next', () => {
    assert.deepEqual(nextSeats(room('group', ['a', 'b', 'c', 'd'], 'a', 'b')), { interviewer: 'b', candidate: 'c' });
    assert.deepEqual(nextSeats(room('group', ['a', 'b', 'c', 'd'], 'd', 'a')), { interviewer: 'a', candidate: 'b' });
  });

  test('four rounds of a group of four make everyone candidate once and interviewer once', () => {
    let r = room('group', ['a', 'b', 'c', 'd'], 'a', 'b');
    const seen = { interviewer: [], candidate: [] };
    for (let i = 0; i < 4; i++) {
      seen.interviewer.push(r.round.interviewer);
      seen.candidate.push(r.round.candidate);
      r = { ...r, round: nextSeats(r) };
    }
    assert.deepEqual([...seen.interviewer].sort(), ['a', 'b', 'c', 'd']);
    assert.deepEqual([...seen.candidate].sort(), ['a', 'b', 'c', 'd']);
  });

  test('offline members are skipped', () => {
    assert.deepEqual(nextSeats(room('group', ['a', 'b', 'c', 'd'], 'a', 'b', ['c'])), { interviewer: 'b', candidate: 'd' });
  });

  test('the room’s member order wins over the order of joining', () => {
    const r = { ...room('group', ['a', 'b', 'c'], 'a', 'c'), order: ['a', 'c', 'b'] };
    assert.deepEqual(nextSeats(r), { interviewer: 'c', candidate: 'b' });
  });

  test('no seats to move, no preview', () => {
    assert.equal(nextSeats({ mode: 'pair', participants: [], round: { interviewer: 'a', candidate: null } }), null);
    assert.equal(nextSeats({ mode: 'pair', participants: [] }), null);
  });
});

describe('the rubric from the catalog', async () => {
  const { normaliseRubric } = await import('../../main/resources/webroot/js/catalog.js');

  test('levels lose their "n: " prefix and keep their number', () => {
    const rubric = normaliseRubric([{ id: 'data', name: 'Data', levels: ['1: none', '2: some', '3: good', '4: great'] }]);
    assert.deepEqual(rubric, [{ id: 'data', name: 'Data', levels: [
      { level: 1, text: 'none' }, { level: 2, text: 'some' }, { level: 3, text: 'good' }, { level: 4, text: 'great' }] }]);
  });

  test('an absent or malformed rubric is an empty one; a dimension without a name shows its id', () => {
    assert.deepEqual(normaliseRubric(undefined), []);
    assert.deepEqual(normaliseRubric('x'), []);
    assert.deepEqual(normaliseRubric([{ name: 'no id' }, { id: 'serving' }]), [{ id: 'serving', name: 'serving', levels: [] }]);
    assert.equal(normaliseRubric({ dimensions: [{ id: 'data' }] }).length, 1, 'the file’s own shape is read too');
  });
});

describe('a deck card’s state line', async () => {
  const { cardStatus } = await import('../../main/resources/webroot/js/views/deck.js');
  const phases = [{ name: 'Clarify' }, { name: 'Deep dive' }];

  test('says when a card played, or when it will', () => {
    assert.deepEqual(cardStatus({ played: { elapsedMs: 1200000, phase: 'Deep dive' } }, phases),
      { state: 'played', text: 'Played at 20:00 · Deep dive' });
    assert.deepEqual(cardStatus({ schedule: { atMinute: 20 } }, phases), { state: 'scheduled', text: 'Plays at minute 20' });
    assert.deepEqual(cardStatus({ schedule: { atPhase: 1 } }, phases), { state: 'scheduled', text: 'Plays when Deep dive starts' });
    assert.deepEqual(cardStatus({ schedule: { atPhase: 5 } }, phases), { state: 'scheduled', text: 'Plays when phase 6 starts' });
    assert.deepEqual(cardStatus({}, phases), { state: 'ready', text: '' });
  });
});

describe('a card that escalates another', async () => {
  const { escalationNote } = await import('../../main/resources/webroot/js/views/deck.js');
  const deck = [{ id: 't3', title: 'Only chargebacks remain as labels' }, { id: 't7', title: 'Disputes take 180 days', follows: 't3' }];

  test('names the card to play first, by its title', () => {
    assert.equal(escalationNote(deck[1], deck), 'Escalates “Only chargebacks remain as labels”: play it after that card');
  });

  test('says nothing for a card that follows none, or one no longer in the deck', () => {
    assert.equal(escalationNote(deck[0], deck), null);
    assert.equal(escalationNote({ id: 't9', follows: 't1' }, deck), null);
  });
});

describe('what a scorecard reads as', async () => {
  const { verdictOf } = await import('../../main/resources/webroot/js/catalog.js');
  const p = await import('../../main/resources/webroot/js/protocol.js');
  const verdicts = [
    { verdict: 'Strong hire', minAverage: 3.5, minLevel: 3 },
    { verdict: 'Hire', minAverage: 3.0, minLevel: 2 },
    { verdict: 'No hire', minAverage: 1.0, minLevel: 1 },
  ];

  test('is the first verdict whose average and lowest level it clears, leaving not-observed dimensions out', () => {
    const ratings = { data: { level: 4 }, modelling: { level: 3 }, serving: { notObserved: true, evidence: '' } };
    assert.deepEqual(verdictOf(ratings, verdicts),
      { average: 3.5, lowest: 3, rated: 2, notObserved: 1, verdict: 'Strong hire' });
    assert.equal(verdictOf({ data: { level: 4 }, modelling: { level: 1 } }, verdicts).verdict, 'No hire',
      'one weak dimension holds the verdict down');
    assert.equal(verdictOf({ data: { evidence: 'x' } }, verdicts), null, 'no level, no verdict');
  });

  test('a not-observed rating is sent without a level', () => {
    assert.deepEqual(p.scorecardRate('data', 3, 'ran out of time', true),
      { type: 'scorecard.rate', dimension: 'data', evidence: 'ran out of time', notObserved: true });
    assert.deepEqual(p.scorecardRate('data', 3, 'ok'), { type: 'scorecard.rate', dimension: 'data', level: 3, evidence: 'ok' });
  });
});

describe('the schedule’s suggestion for a core card', async () => {
  const { suggestedPhase } = await import('../../main/resources/webroot/js/views/deck.js');
  const phases = [{ name: 'Clarify' }, { name: 'High-level design' }, { name: 'Deep dive' }];

  test('is the core card’s phase by name, and nothing for other cards or a phase the plan lost', () => {
    assert.equal(suggestedPhase({ core: true, when: { phase: 'Deep dive' } }, phases), 2);
    assert.equal(suggestedPhase({ core: false, when: { phase: 'Deep dive' } }, phases), null);
    assert.equal(suggestedPhase({ core: true, when: { phase: 'Wrap-up' } }, phases), null);
    assert.equal(suggestedPhase({ core: true }, phases), null);
  });
});

describe('a scope tick', async () => {
  const { applyEvent } = await import('../../main/resources/webroot/js/store.js');
  const p = await import('../../main/resources/webroot/js/protocol.js');

  test('is sent as one small command', () => {
    assert.deepEqual(p.scopeTick('s3', true), { type: 'scope.tick', point: 's3', covered: true });
  });

  test('changes only that point of the guide when the event comes back', () => {
    const scope = [{ id: 's1', point: 'a', covered: false }, { id: 's2', point: 'b', covered: false }];
    const room = { round: { number: 1, guide: { scope } } };
    const after = applyEvent(room, { kind: 'scope.ticked', point: 's2', covered: true, by: 'p1' });
    assert.deepEqual(after.round.guide.scope.map((s) => s.covered), [false, true]);
    assert.equal(room.round.guide.scope[1].covered, false, 'the old state is untouched');
    assert.equal(applyEvent({ round: { number: 1 } }, { kind: 'scope.ticked', point: 's1', covered: true }).round.guide,
      undefined, 'a round without a guide ignores it');
  });
});

describe('round commands', async () => {
  const p = await import('../../main/resources/webroot/js/protocol.js');

  test('leave absent fields out rather than sending null', () => {
    assert.deepEqual(p.twistSchedule('t5'), { type: 'twist.schedule', card: 't5' });
    assert.deepEqual(p.twistSchedule('t5', { atMinute: 20 }), { type: 'twist.schedule', card: 't5', atMinute: 20 });
    assert.deepEqual(p.twistSchedule('t6', { atPhase: 0 }), { type: 'twist.schedule', card: 't6', atPhase: 0 });
    assert.deepEqual(p.settingsSet({ shadow: true }), { type: 'settings.set', shadow: true });
    assert.deepEqual(p.seatsSet({ interviewer: 'a', candidate: 'b' }), { type: 'seats.set', interviewer: 'a', candidate: 'b' });
    assert.deepEqual(p.roundNext(), { type: 'round.next' });
    assert.deepEqual(p.roundNext({ promptId: 'x' }), { type: 'round.next', promptId: 'x' });
    assert.deepEqual(p.scorecardRate('data', null, 'e'), { type: 'scorecard.rate', dimension: 'data', evidence: 'e' });
    assert.deepEqual(p.scorecardRate('data', 3, 'e'), { type: 'scorecard.rate', dimension: 'data', level: 3, evidence: 'e' });
  });

  test('the report lives under the room and the round number', () => {
    assert.equal(p.reportUrl('q7 k', 2), '/api/rooms/q7%20k/rounds/2/report.md');
  });
});

describe('the time a screen shows at a phase boundary', () => {
  const timer = {
    state: 'running', remainingMs: 60_000, since: 1_000_000, phase: 0, elapsedMs: 0, durationMs: 60_000,
    phases: [{ name: 'Clarify', durationMs: 60_000 }, { name: 'Design', durationMs: 600_000 }],
  };

  test('counts into overtime when the room does not move on by itself', () => {
    assert.equal(shownRemainingAt(timer, { autoAdvance: false }, 1_061_500), -1_500);
  });

  test('holds at 00:00 while the server is about to move to the next phase', () => {
    assert.equal(shownRemainingAt(timer, { autoAdvance: true }, 1_061_500), 0);
  });

  test('the last phase runs into overtime even with auto-advance', () => {
    assert.equal(shownRemainingAt({ ...timer, phase: 1 }, { autoAdvance: true }, 2_000_000), 60_000 - 1_000_000);
  });
});
