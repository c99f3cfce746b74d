// The join flow as data: initials and the "+N" fold of the header's avatars, the "You: …" chip, and what a link
// check answers the page for each of the server's answers (and when the server cannot be asked).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf, presenceSummary, youLabel } from '../../main/resources/webroot/js/presence.js';
import { checkLink } from '../../main/resources/webroot/js/link-check.js';

const person = (name, online = true) => ({ id: `p-${name}`, name, role: 'observer', host: false, online });

describe('header avatars', () => {
  test('initials tell people apart: first and last word, or the first two letters of one word', () => {
    assert.equal(initialsOf('Ada Lovelace'), 'AL');
    assert.equal(initialsOf('bernadette'), 'Be');
    assert.equal(initialsOf('Grace Brewster Hopper'), 'GH');
    assert.equal(initialsOf('  '), '?');
    assert.equal(initialsOf('😀 smile'), '😀S');
  });

  test('up to five people show as avatars with nobody folded', () => {
    const people = ['Ada', 'Bo', 'Cy', 'Dee', 'Eve'].map((n) => person(n));
    const { shown, folded } = presenceSummary(people);
    assert.deepEqual(shown.map((p) => p.name), ['Ada', 'Bo', 'Cy', 'Dee', 'Eve']);
    assert.deepEqual(folded, []);
  });

  test('six people show four avatars and "+2", and the two folded are the ones who left', () => {
    const people = [person('Ada'), person('Bo', false), person('Cy'), person('Dee'), person('Eve', false), person('Fay')];
    const { shown, folded } = presenceSummary(people);
    assert.deepEqual(shown.map((p) => p.name), ['Ada', 'Cy', 'Dee', 'Fay']);
    assert.deepEqual(folded.map((p) => p.name), ['Bo', 'Eve']);
  });

  test('the chip names my seat, and the host capability when I hold it', () => {
    assert.equal(youLabel({ role: 'candidate', host: false }), 'You: Candidate');
    assert.equal(youLabel({ role: 'interviewer', host: true }), 'You: Interviewer · host');
    assert.equal(youLabel(null), '');
  });
});

describe('link check', () => {
  const answering = (status, body, seen = []) => async (url, init) => {
    seen.push({ url, init });
    return { ok: status >= 200 && status < 300, status, json: async () => body };
  };

  test('sends the key in the body, never in the URL, and reads room, host and seat', async () => {
    const seen = [];
    const check = await checkLink('abcdefghjk', 'KEY+/=', null,
      answering(200, { room: { title: 'Thursday' }, host: 'Ada', seat: 'candidate' }, seen));
    assert.deepEqual(check, { opens: { title: 'Thursday', host: 'Ada', seat: 'candidate' } });
    assert.equal(seen[0].url, '/api/rooms/abcdefghjk/links/check');
    assert.equal(seen[0].init.method, 'POST');
    assert.deepEqual(JSON.parse(seen[0].init.body), { token: 'KEY+/=' });
  });

  test('a returning tab sends its resume secret too', async () => {
    const seen = [];
    await checkLink('abcdefghjk', 'KEY', 'SECRET', answering(200, { room: { title: 'T' }, host: null, seat: 'observer' }, seen));
    assert.deepEqual(JSON.parse(seen[0].init.body), { token: 'KEY', resume: 'SECRET' });
  });

  for (const [status, code, words] of [[401, 'bad-token', 'fresh invite link'], [404, 'unknown-room', 'does not exist'],
    [409, 'room-full', 'full']]) {
    test(`${code} becomes a refusal that says what to do`, async () => {
      const check = await checkLink('abcdefghjk', 'KEY', null, answering(status, { code, message: 'm' }));
      assert.equal(check.refused.code, code);
      assert.match(`${check.refused.title} ${check.refused.text}`, new RegExp(words));
      assert.match(check.refused.text, /Ask the host for a fresh invite link/);
    });
  }

  test('a server that cannot answer leaves the decision to the join itself', async () => {
    assert.deepEqual(await checkLink('abcdefghjk', 'KEY', null, async () => { throw new TypeError('offline'); }),
      { unknown: true });
    assert.deepEqual(await checkLink('abcdefghjk', 'KEY', null, answering(503, { code: 'unavailable' })),
      { unknown: true });
  });
});
