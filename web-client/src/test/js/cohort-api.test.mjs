// The cohort page's calls and what it does with the answers: the create request, the key only in a header, the
// codes that end a visit, the poller's `since` and clock, and the links as CSV.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CohortError, createCohort, createCohortRequest, fetchBoard, maxCohortPeople, postAction,
} from '../../main/resources/webroot/js/cohort/api.js';
import { createPoller } from '../../main/resources/webroot/js/cohort/poller.js';
import { csvCell, linkRows, linksCsv, linksFilename } from '../../main/resources/webroot/js/cohort/links.js';
import { FakeTime } from './fake-browser.mjs';

const answering = (status, body, seen = [], headers = {}) => async (url, init) => {
  seen.push({ url, init });
  return { ok: status >= 200 && status < 300, status, json: async () => body,
    headers: { get: (name) => headers[name] ?? null } };
};

describe('creating a cohort', () => {
  test('people go in the order given, with a catalog prompt by id and the length', () => {
    assert.deepEqual(createCohortRequest({ title: 'Week 6', names: ['Bo', 'Ada'], groupSize: 2,
      prompt: { kind: 'catalog', id: 'card-fraud', title: 'x' }, durationMinutes: 60 }),
    { title: 'Week 6', people: [{ name: 'Bo' }, { name: 'Ada' }], groupSize: 2, promptId: 'card-fraud',
      durationMinutes: 60 });
  });

  test('"Surprise me" asks for a surprise, and no length means the server’s default', () => {
    assert.deepEqual(createCohortRequest({ title: 'T', names: ['A', 'B'], groupSize: 3, prompt: { kind: 'surprise' } }),
      { title: 'T', people: [{ name: 'A' }, { name: 'B' }], groupSize: 3, surprise: true });
  });

  test('a refusal carries the server’s code and the field it names', async () => {
    await assert.rejects(createCohort({}, answering(400, { code: 'bad-message', message: 'people: at least 2' })),
      (err) => err instanceof CohortError && err.code === 'bad-message' && err.message === 'people: at least 2');
  });

  test('rate limiting says to wait, and how long', async () => {
    await assert.rejects(createCohort({}, answering(429, { code: 'rate-limited', message: 'm' }, [], { 'Retry-After': '3' })),
      (err) => err.code === 'rate-limited' && err.retryAfterMs === 3000 && /Wait a moment/.test(err.message));
  });

  test('an unreachable server is said so', async () => {
    await assert.rejects(createCohort({}, async () => { throw new TypeError('offline'); }),
      (err) => err.code === 'unreachable' && /Could not reach/.test(err.message));
  });

  test('an answer without links is not taken for a cohort', async () => {
    await assert.rejects(createCohort({}, answering(201, { cohort: 'c' })), (err) => err.code === 'bad-answer');
  });

  test('the limit on people comes from /api/limits, and is unbounded when not said', () => {
    assert.equal(maxCohortPeople({ maxCohortPeople: 400 }), 400);
    assert.equal(maxCohortPeople(null), Infinity);
  });
});

describe('the board and actions', () => {
  test('the key travels in the Authorization header, never in the URL', async () => {
    const seen = [];
    await fetchBoard('c1', 'KEY+/', 1234, answering(200, { rooms: [] }, seen));
    assert.equal(seen[0].url, '/api/cohorts/c1?since=1234');
    assert.equal(seen[0].init.headers.Authorization, 'Bearer KEY+/');
    assert.ok(!seen[0].url.includes('KEY'));
  });

  test('an action posts its name, and a broadcast its message', async () => {
    const seen = [];
    await postAction('c1', 'K', 'start', null, answering(200, {}, seen));
    await postAction('c1', 'K', 'broadcast', 'Wrap up', answering(200, {}, seen));
    assert.equal(seen[0].url, '/api/cohorts/c1/actions');
    assert.deepEqual(JSON.parse(seen[0].init.body), { action: 'start' });
    assert.deepEqual(JSON.parse(seen[1].init.body), { action: 'broadcast', message: 'Wrap up' });
    assert.equal(seen[1].init.headers.Authorization, 'Bearer K');
  });

  for (const [status, code, words] of [[401, 'bad-token', /organizer link does not open/],
    [404, 'unknown-cohort', /does not exist/]]) {
    test(`${code} becomes a sentence that says what to do`, async () => {
      await assert.rejects(fetchBoard('c1', 'K', null, answering(status, { code, message: 'm' })),
        (err) => err.code === code && words.test(err.message));
    });
  }
});

describe('the poller', () => {
  const room = (id, stage) => ({ room: id, title: id, stage, members: [], warnings: [] });

  function setup(answers) {
    const time = new FakeTime(1_000_000);
    const asked = [];
    const boards = [];
    const trouble = [];
    const fatal = [];
    const poller = createPoller({
      fetchBoard: async (since) => {
        asked.push({ since, at: time.now() });
        const next = answers.shift();
        if (next instanceof Error) throw next;
        return next;
      },
      onBoard: (b) => boards.push(b),
      onTrouble: (e) => trouble.push(e && e.code),
      onFatal: (e) => fatal.push(e.code),
      env: { now: () => time.now(), setTimeout: (fn, ms) => time.setTimeout(fn, ms),
        clearTimeout: (id) => time.clearTimeout(id) },
    });
    return { time, asked, boards, trouble, fatal, poller };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  test('asks once a second, each time since the previous answer, and keeps the rooms it was not sent', async () => {
    const s = setup([
      { cohort: 'c', title: 'T', serverTime: 5_000_000, rooms: [room('r1', 'lobby'), room('r2', 'lobby')] },
      { cohort: 'c', title: 'T', serverTime: 5_001_000, rooms: [room('r1', 'running')] },
    ]);
    s.poller.start();
    await settle();
    assert.deepEqual(s.asked.map((a) => a.since), [null]);
    s.time.tick(999);
    await settle();
    assert.equal(s.asked.length, 1, 'not before a second has passed');
    s.time.tick(1);
    await settle();
    assert.deepEqual(s.asked.map((a) => a.since), [null, 5_000_000]);
    assert.deepEqual(s.boards[1].rooms.map((r) => r.stage), ['running', 'lobby']);
  });

  test('the clock follows the server’s, not this machine’s', async () => {
    const s = setup([{ cohort: 'c', title: 'T', serverTime: 9_000_000, rooms: [] }]);
    s.poller.start();
    await settle();
    assert.equal(s.poller.serverNow(), 9_000_000);
    s.time.tick(500);
    assert.equal(s.poller.serverNow(), 9_000_500);
  });

  test('a failure is shown and retried later; the next answer clears it', async () => {
    const s = setup([
      new CohortError('unreachable', 'down'),
      { cohort: 'c', title: 'T', serverTime: 1, rooms: [] },
    ]);
    s.poller.start();
    await settle();
    assert.deepEqual(s.trouble, ['unreachable']);
    s.time.tick(1999);
    await settle();
    assert.equal(s.asked.length, 1, 'it waits longer after a failure');
    s.time.tick(1);
    await settle();
    assert.deepEqual(s.trouble, ['unreachable', null]);
    assert.equal(s.boards.length, 1);
  });

  test('Retry-After is obeyed', async () => {
    const s = setup([new CohortError('rate-limited', 'busy', 429, 5000), { cohort: 'c', serverTime: 1, rooms: [] }]);
    s.poller.start();
    await settle();
    s.time.tick(4999);
    await settle();
    assert.equal(s.asked.length, 1);
    s.time.tick(1);
    await settle();
    assert.equal(s.asked.length, 2);
  });

  test('a refused key stops it for good', async () => {
    const s = setup([new CohortError('bad-token', 'no', 401)]);
    s.poller.start();
    await settle();
    s.time.tick(60_000);
    await settle();
    assert.deepEqual(s.fatal, ['bad-token']);
    assert.equal(s.asked.length, 1);
  });
});

describe('the links as CSV', () => {
  const created = { cohort: 'c', title: 'Week 6: mock loop!', links: { organizer: 'o' }, rooms: [
    { room: 'r1', title: 'Room 1', members: [
      { name: 'Ada', seat: 'interviewer', link: 'http://h/r/r1#t=a' },
      { name: 'Lovelace, "Countess"', seat: 'candidate', link: 'http://h/r/r1#t=b' }] },
    { room: 'r2', title: 'Room 2', members: [{ name: '=HYPERLINK("x")', seat: 'interviewer', link: 'http://h/r/r2#t=c' }] },
  ] };

  test('one row per person: name, room, seat, link, with quoting where needed', () => {
    assert.equal(linksCsv(linkRows(created)), 'name,room,seat,link\r\n'
      + 'Ada,Room 1,interviewer,http://h/r/r1#t=a\r\n'
      + '"Lovelace, ""Countess""",Room 1,candidate,http://h/r/r1#t=b\r\n'
      + '"\'=HYPERLINK(""x"")",Room 2,interviewer,http://h/r/r2#t=c\r\n');
  });

  test('a cell a spreadsheet would run as a formula is made text', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)']) assert.equal(csvCell(cell)[0], "'");
    assert.equal(csvCell('Ada-Mae'), 'Ada-Mae');
  });

  test('the file is named after the cohort', () => {
    assert.equal(linksFilename(created.title), 'week-6-mock-loop-links.csv');
    assert.equal(linksFilename(''), 'cohort-links.csv');
  });
});
