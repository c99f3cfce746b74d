// The organizer's board as data: answers merged (a `since` answer carries only changed rooms), the clock corrected
// for the server's, stuck rooms first, filters, which rooms each action touches, and the sentence after an action.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FITS, clockText, hasFinishedRounds, isStuck, mergeBoard, sinceText, visibleRooms,
} from '../../main/resources/webroot/js/cohort/board.js';
import { ACTIONS, resultSummary } from '../../main/resources/webroot/js/cohort/actions.js';
import { observerLink } from '../../main/resources/webroot/js/cohort/board-view.js';

const MIN = 60_000;
const timer = (state, remainingMs, since = 0) => ({ durationMs: 45 * MIN, state, remainingMs, since, phase: 0,
  phases: [{ name: 'Clarify', durationMs: 5 * MIN }], elapsedMs: 0 });
const room = (id, stage, extra = {}) => ({ room: id, title: `Room ${id}`, round: 1, stage, prompt: 'Fraud',
  timer: timer('idle', 45 * MIN), members: [], twistsPlayed: 0, lastActivity: 0, warnings: [], ...extra });

describe('merging answers', () => {
  test('the first answer sets the rooms and their order; a later one replaces only the rooms it carries', () => {
    const first = mergeBoard(null, { cohort: 'c', title: 'Week 6', serverTime: 1000,
      rooms: [room('r1', 'lobby'), room('r2', 'lobby'), room('r3', 'lobby')] });
    const next = mergeBoard(first, { cohort: 'c', title: 'Week 6', serverTime: 2000,
      rooms: [room('r2', 'running')] });
    assert.deepEqual(next.rooms.map((r) => [r.room, r.stage]), [['r1', 'lobby'], ['r2', 'running'], ['r3', 'lobby']]);
    assert.equal(next.serverTime, 2000);
    assert.equal(first.rooms[1].stage, 'lobby', 'the earlier board is left as it was');
  });

  test('an empty `since` answer keeps every room', () => {
    const first = mergeBoard(null, { cohort: 'c', title: 'T', serverTime: 1, rooms: [room('r1', 'lobby')] });
    assert.deepEqual(mergeBoard(first, { cohort: 'c', title: 'T', serverTime: 2, rooms: [] }).rooms, first.rooms);
  });
});

describe('time left, as the room shows it', () => {
  test('a running timer counts down from its `since` in server time', () => {
    const r = room('r1', 'running', { timer: timer('running', 10 * MIN, 50_000) });
    assert.equal(clockText(r, 50_000), '10:00');
    assert.equal(clockText(r, 50_000 + 61_000), '08:59');
  });

  test('overtime reads +mm:ss; a paused timer stands still', () => {
    assert.equal(clockText(room('r', 'running', { timer: timer('running', 1000, 0) }), 131_000), '+02:10');
    assert.equal(clockText(room('r', 'running', { timer: timer('paused', 90_000, 0) }), 999_999), '01:30');
  });

  test('last activity in words', () => {
    assert.equal(sinceText(100_000, 130_000), 'just now');
    assert.equal(sinceText(0, 4 * MIN + 5000), '4 min ago');
    assert.equal(sinceText(0, 130 * MIN), '2 h ago');
    assert.equal(sinceText(undefined, 1), '—');
  });
});

describe('sort and filter', () => {
  const rooms = [
    room('a', 'running', { title: 'Room 2', timer: timer('running', 5 * MIN, 0) }),
    room('b', 'lobby', { title: 'Room 10', warnings: ['nobody-online'] }),
    room('c', 'running', { title: 'Room 1', timer: timer('running', 2 * MIN, 0), warnings: ['candidate-missing'] }),
    room('d', 'done', { title: 'Room 3' }),
    room('e', 'feedback', { title: 'Room 4' }),
  ];
  const ids = (list) => list.map((r) => r.room);

  test('by default rooms that need a look come first, then by title in number order', () => {
    assert.deepEqual(ids(visibleRooms(rooms)), ['c', 'b', 'a', 'd', 'e']);
  });

  test('by title', () => {
    assert.deepEqual(ids(visibleRooms(rooms, { sort: 'title' })), ['c', 'a', 'd', 'e', 'b']);
  });

  test('by time left: least first, rooms not running a round last', () => {
    assert.deepEqual(ids(visibleRooms(rooms, { sort: 'time' }, 0)), ['c', 'a', 'd', 'e', 'b']);
    const ended = room('f', 'feedback', { title: 'Room 0', timer: timer('paused', MIN, 0) });
    assert.deepEqual(ids(visibleRooms([...rooms, ended], { sort: 'time' }, 0)), ['c', 'a', 'f', 'd', 'e', 'b']);
  });

  test('filters', () => {
    assert.deepEqual(ids(visibleRooms(rooms, { filter: 'stuck' })), ['c', 'b']);
    assert.deepEqual(ids(visibleRooms(rooms, { filter: 'running', sort: 'title' })), ['c', 'a']);
    assert.deepEqual(ids(visibleRooms(rooms, { filter: 'lobby' })), ['b']);
    assert.deepEqual(ids(visibleRooms(rooms, { filter: 'done', sort: 'title' })), ['d', 'e']);
    assert.equal(visibleRooms(rooms, { filter: 'nonsense' }).length, 5);
  });

  test('a room is stuck exactly when the server warns about it', () => {
    assert.equal(isStuck(rooms[1]), true);
    assert.equal(isStuck(rooms[0]), false);
  });
});

describe('which rooms an action touches', () => {
  const rooms = [
    room('lobby', 'lobby'),
    room('running', 'running', { timer: timer('running', MIN, 0) }),
    room('paused', 'running', { timer: timer('paused', MIN, 0) }),
    room('feedback', 'feedback'),
    room('done', 'done'),
  ];
  const table = [
    ['start', ['lobby']],
    ['pause', ['running']],
    ['resume', ['paused']],
    ['end', ['running', 'paused', 'feedback']],
    ['next-round', ['done']],
    ['broadcast', ['lobby', 'running', 'paused', 'feedback', 'done']],
  ];
  for (const [action, fits] of table) {
    test(`${action} fits ${fits.join(', ')}`, () => {
      assert.deepEqual(rooms.filter(FITS[action]).map((r) => r.room), fits);
    });
  }

  test('the confirmation names the count', () => {
    assert.equal(ACTIONS.start.ok(3), 'Start 3 rooms');
    assert.equal(ACTIONS.start.ok(1), 'Start 1 room');
    assert.match(ACTIONS.start.body(3), /3 rooms now in the lobby/);
    assert.match(ACTIONS.broadcast.body(2, { message: 'Wrap up' }), /“Wrap up” appears as a banner in 2 rooms/);
  });

  test('ending says what happens to running rooms and to rooms in feedback', () => {
    const fitting = rooms.filter(FITS.end);
    assert.equal(ACTIONS.end.body(fitting.length, { fitting }), '2 rooms running a round move to feedback; 1 room in '
      + 'feedback closes the round, and its report is final. It cannot be undone.');
    const one = [rooms[1]];
    assert.equal(ACTIONS.end.body(1, { fitting: one }), '1 room running a round moves to feedback. It cannot be undone.');
  });
});

describe('the sentence after an action', () => {
  const titles = { r1: 'Room 1', r2: 'Room 2', r3: 'Room 3', r4: 'Room 4', r5: 'Room 5' };
  const titleOf = (id) => titles[id];

  test('all applied', () => {
    assert.equal(resultSummary({ action: 'start', applied: 3, skipped: 0,
      rooms: ['r1', 'r2', 'r3'].map((room) => ({ room, result: 'applied' })) }, titleOf), 'Started 3 rooms.');
  });

  test('skipped rooms are named with the server’s reason', () => {
    assert.equal(resultSummary({ action: 'start', applied: 5, skipped: 1, rooms: [
      { room: 'r1', result: 'applied' },
      { room: 'r3', result: 'skipped', code: 'invalid-state', message: 'the round is already running' },
    ] }, titleOf), 'Started 5 rooms; 1 skipped: Room 3 — the round is already running.');
  });

  test('many skipped rooms are counted after the first three', () => {
    const skipped = ['r1', 'r2', 'r3', 'r4', 'r5'].map((room) => ({ room, result: 'skipped', code: 'invalid-state' }));
    assert.equal(resultSummary({ action: 'pause', applied: 0, skipped: 5, rooms: skipped }, titleOf),
      'Paused 0 rooms; 5 skipped: Room 1 — invalid-state; Room 2 — invalid-state; Room 3 — invalid-state; '
      + 'and 2 more.');
  });

  test('a broadcast says where the message went', () => {
    assert.equal(resultSummary({ action: 'broadcast', applied: 1, skipped: 0, rooms: [] }), 'Sent the message to 1 room.');
  });
});

test('"Open as observer" is the room page with the organizer’s key in the fragment', () => {
  assert.equal(observerLink('abc', 'K+/='), '/r/abc#t=K%2B%2F%3D');
});

test('the reports’ zip has something once a room’s round is done or a room is past its first round', () => {
  assert.equal(hasFinishedRounds([room('a', 'lobby'), room('b', 'running'), room('c', 'feedback')]), false);
  assert.equal(hasFinishedRounds([room('a', 'lobby'), room('b', 'done')]), true);
  assert.equal(hasFinishedRounds([room('a', 'lobby', { round: 2 })]), true);
});
