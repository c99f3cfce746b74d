// What the landing page sends for each prompt choice, and how the catalog is filtered.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chipTags, matchesPrompt } from '../../main/resources/webroot/js/views/prompt-picker.js';
import { createRoomRequest } from '../../main/resources/webroot/js/protocol.js';

const fraud = { id: 'card-fraud', title: 'Real-time card payment fraud detection', tags: ['fraud', 'streaming'],
  difficulty: 'medium' };
const feed = { id: 'home-feed', title: 'Ranking the home feed', tags: ['ranking', 'recommendation'],
  difficulty: 'medium' };
const music = { id: 'playlists', title: 'Personalized playlists', tags: ['recommendation', 'ranking', 'music'],
  difficulty: 'hard' };

describe('the create request carries exactly one prompt choice', () => {
  const base = { title: 'T', mode: 'pair', creatorSeat: 'interviewer' };

  test('a catalog prompt is sent by id alone', () => {
    assert.deepEqual(createRoomRequest({ ...base, prompt: { kind: 'catalog', id: 'home-feed', title: 'x' } }),
      { ...base, promptId: 'home-feed' });
  });

  test('a prompt of your own is sent as title and text', () => {
    assert.deepEqual(createRoomRequest({ ...base, prompt: { kind: 'custom', title: 'Mine', text: '' } }),
      { ...base, prompt: { title: 'Mine', text: '' } });
  });

  test('the chosen length travels as whole minutes, and nothing is sent without one', () => {
    assert.deepEqual(createRoomRequest({ ...base, prompt: { kind: 'catalog', id: 'home-feed' }, durationMinutes: 60 }),
      { ...base, durationMinutes: 60, promptId: 'home-feed' });
    assert.deepEqual(createRoomRequest({ ...base, durationMinutes: undefined }), { ...base, surprise: true });
  });

  test('no choice at all asks for a surprise', () => {
    assert.deepEqual(createRoomRequest(base), { ...base, surprise: true });
    assert.deepEqual(createRoomRequest({ ...base, prompt: { kind: 'surprise' } }), { ...base, surprise: true });
  });
});

describe('the catalog filter', () => {
  const table = [
    ['', null, ['card-fraud', 'home-feed', 'playlists']],
    ['fraud', null, ['card-fraud']],
    ['FEED', null, ['home-feed']],
    ['ranking', null, ['home-feed', 'playlists']], // in a title for one, a tag for the other
    ['ranking music', null, ['playlists']], // every word must match
    ['', 'recommendation', ['home-feed', 'playlists']],
    ['feed', 'music', []],
    ['nothing like this', null, []],
  ];
  for (const [query, tag, expected] of table) {
    test(`"${query}" with tag ${tag} shows ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual([fraud, feed, music].filter((p) => matchesPrompt(p, query, tag)).map((p) => p.id), expected);
    });
  }

  const byDifficulty = [
    ['', null, 'medium', ['card-fraud', 'home-feed']],
    ['', null, 'hard', ['playlists']],
    ['', null, 'easy', []],
    ['ranking', null, 'medium', ['home-feed']],
    ['', 'recommendation', 'hard', ['playlists']],
  ];
  for (const [query, tag, difficulty, expected] of byDifficulty) {
    test(`"${query}" with tag ${tag} and difficulty ${difficulty} shows ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual([fraud, feed, music].filter((p) => matchesPrompt(p, query, tag, difficulty)).map((p) => p.id),
        expected);
    });
  }

  test('chips are the tags shared by several prompts, the most used first', () => {
    assert.deepEqual(chipTags([fraud, feed, music]), ['ranking', 'recommendation']);
  });
});
