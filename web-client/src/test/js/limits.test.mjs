// The forms' maxlength comes from the server (welcome.limits, GET /api/limits), never from a copy in the page.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyLimits, limitOf, loadLimits } from '../../main/resources/webroot/js/limits.js';

/** A field as applyLimits sees it: its `data-limit` and its `maxLength` (-1 when none, as in a browser). */
const field = (limit) => ({ dataset: limit ? { limit } : {}, maxLength: -1, matches: () => Boolean(limit) });
const form = (...fields) => ({ matches: () => false, querySelectorAll: () => fields.filter((f) => f.dataset.limit) });

describe('the server\'s limits in the forms', () => {
  test('each field gets the limit it names, and a field naming none or an unknown one is left alone', () => {
    const name = field('maxNameLength');
    const title = field('maxTitleLength');
    const unknown = field('maxSomethingNew');
    const free = field(null);

    applyLimits(form(name, title, unknown, free), { maxNameLength: 12, maxTitleLength: 30 });

    assert.deepEqual([name.maxLength, title.maxLength, unknown.maxLength, free.maxLength], [12, 30, -1, -1]);
  });

  test('a field that is itself the root gets its limit too; without limits nothing changes', () => {
    const notes = { ...field('maxNotesChars'), querySelectorAll: () => [] };
    applyLimits(notes, null);
    assert.equal(notes.maxLength, -1);
    applyLimits(notes, { maxNotesChars: 4000 });
    assert.equal(notes.maxLength, 4000);
  });

  test('GET /api/limits answers the limits; a failure or an error status answers null', async () => {
    const limits = { maxNameLength: 12 };
    assert.deepEqual(await loadLimits(async (url) => {
      assert.equal(url, '/api/limits');
      return { ok: true, json: async () => limits };
    }), limits);
    assert.equal(await loadLimits(async () => ({ ok: false, json: async () => ({}) })), null);
    assert.equal(await loadLimits(async () => { throw new TypeError('offline'); }), null);
  });

  test('a limit not said (yet) is no limit: the server still refuses', () => {
    assert.equal(limitOf({ maxOpChars: 64 }, 'maxOpChars'), 64);
    assert.equal(limitOf(null, 'maxOpChars'), Infinity);
    assert.equal(limitOf({ maxOpChars: 'lots' }, 'maxOpChars'), Infinity);
  });
});
