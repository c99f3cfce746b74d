// The cohort additions to the room page: an organizer's broadcast is a timeline entry the store applies like a
// played twist, raises the banner when it arrives live, and shows in the timeline with its own icon; a personal
// link's name lets its person in without the name form.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bannerEntry, candidateView, createStore } from '../../main/resources/webroot/js/store.js';
import { bannerWords } from '../../main/resources/webroot/js/views/banner.js';
import { bannerToast } from '../../main/resources/webroot/js/views/raise-banner.js';
import { createTimelineView } from '../../main/resources/webroot/js/views/timeline.js';
import { nameToJoinWith } from '../../main/resources/webroot/js/views/join.js';
import { checkLink } from '../../main/resources/webroot/js/link-check.js';
import { FakeElement, installFakeDocument } from './fake-dom.mjs';

const ADA = 'p-ada';
const BO = 'p-bo';
const broadcast = { kind: 'broadcast', ref: 'broadcast-1', title: 'Organizer', text: '10 minutes left — wrap up',
  at: 5000, elapsedMs: 35 * 60_000, phase: 'Wrap-up' };
const twist = { kind: 'twist', ref: 't3', title: 'Labels arrive late', text: 'Chargebacks take 90 days.', at: 1000,
  elapsedMs: 1_200_000, phase: 'Deep dive', stress: 'label-delay' };

const round = (overrides = {}) => ({ number: 1, stage: 'running', title: 'Fraud', interviewer: ADA, candidate: BO,
  timeline: [], clarifications: [], ...overrides });
const room = (overrides = {}) => ({
  id: 'r', title: 'Practice', mode: 'pair',
  participants: [
    { id: ADA, name: 'Ada', role: 'interviewer', host: false, online: true },
    { id: BO, name: 'Bo', role: 'candidate', host: false, online: true },
  ],
  prompt: { title: 'Fraud', revealed: true }, timer: null, notes: {}, round: round(), rounds: [],
  settings: { autoAdvance: false, shadow: false }, ...overrides,
});

function joined(you, overrides = {}) {
  const store = createStore();
  store.apply({ type: 'welcome', you: { participant: you, role: 'candidate', host: false }, seq: 10, room: room(overrides) });
  return store;
}
let seq = 10;
const event = (e) => ({ type: 'event', seq: ++seq, at: 5000, event: e });

describe('the store and a broadcast', () => {
  test('joins the round’s timeline after what was there, for the candidate as for anyone', () => {
    const store = joined(BO, { round: candidateView(round({ timeline: [twist] })) });
    store.apply(event({ kind: 'broadcast', entry: broadcast }));
    assert.deepEqual(store.get().room.round.timeline, [twist, broadcast]);
  });

  test('the same broadcast twice (a resume repeats it) is in the timeline once', () => {
    const store = joined(BO);
    const message = event({ kind: 'broadcast', entry: broadcast });
    store.apply(message);
    store.apply({ ...message, seq: ++seq });
    assert.equal(store.get().room.round.timeline.length, 1);
  });

  test('raises the banner when it arrives live, never from a welcome or snapshot that already holds it', () => {
    const store = joined(BO);
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    store.apply(event({ kind: 'broadcast', entry: broadcast }));
    store.apply({ type: 'snapshot', seq: ++seq, room: room({ round: round({ timeline: [broadcast] }) }) });
    assert.deepEqual(changes.map(bannerEntry), [broadcast, null]);
  });

  test('a room without a round keeps its state, and the banner still says it', () => {
    const store = joined(BO, { round: null });
    const changes = [];
    store.subscribe((state, change) => changes.push(change));
    store.apply(event({ kind: 'broadcast', entry: broadcast }));
    assert.equal(store.get().room.round, null);
    assert.deepEqual(bannerEntry(changes[0]), broadcast);
  });
});

describe('what the banner and the toast say', () => {
  test('a broadcast is the organizer’s message, said at once in full', () => {
    assert.deepEqual(bannerWords(broadcast), { kicker: '✉ Broadcast', label: 'Message from the organizer',
      alert: 'Message from Organizer: 10 minutes left — wrap up' });
    assert.deepEqual(bannerToast(broadcast), { text: '✉ Organizer: 10 minutes left — wrap up',
      ariaLabel: 'Read the organizer’s message' });
  });

  test('a twist still reads as a twist', () => {
    assert.equal(bannerWords(twist).kicker, '⚡ Twist');
    assert.equal(bannerWords(twist).alert, 'Twist: Labels arrive late. Chargebacks take 90 days.');
    assert.equal(bannerToast(twist).text, '⚡ Twist: Labels arrive late');
  });
});

describe('the timeline', () => {
  test('shows a broadcast after the twist, with its own icon, its kind for screen readers, its time and phase', () => {
    installFakeDocument();
    const list = new FakeElement('ol');
    const empty = new FakeElement('p');
    const view = createTimelineView({ list, empty });
    view.render({ room: room({ round: round({ timeline: [twist, broadcast] }) }) });
    const [first, second] = list.children;
    assert.equal(first.dataset.kind, 'twist');
    assert.equal(second.dataset.kind, 'broadcast');
    assert.equal(second.byClass('timeline-icon').textContent, '✉');
    assert.equal(second.byClass('timeline-title').textContent, 'Broadcast: Organizer');
    assert.equal(second.byClass('timeline-text').textContent, '10 minutes left — wrap up');
    assert.equal(second.byClass('timeline-time').textContent, '35:00');
    assert.equal(second.byClass('timeline-phase').textContent, 'Wrap-up');
    assert.equal(empty.hidden, true);
  });

  test('a broadcast arriving later is appended; the rows above stay the same nodes', () => {
    installFakeDocument();
    const list = new FakeElement('ol');
    const view = createTimelineView({ list, empty: new FakeElement('p') });
    view.render({ room: room({ round: round({ timeline: [twist] }) }) });
    const twistRow = list.children[0];
    view.render({ room: room({ round: round({ timeline: [twist, broadcast] }) }) });
    assert.equal(list.children[0], twistRow);
    assert.equal(list.children.length, 2);
  });
});

describe('a personal link', () => {
  const answering = (body) => async () => ({ ok: true, status: 200, json: async () => body });

  test('the link check passes on the name the seat was reserved for', async () => {
    const check = await checkLink('r1', 'KEY', null,
      answering({ room: { title: 'Week 6 · Room 1' }, host: null, seat: 'candidate', name: 'Ada' }));
    assert.deepEqual(check, { opens: { title: 'Week 6 · Room 1', host: null, seat: 'candidate', name: 'Ada' } });
  });

  test('an ordinary invite has no name, and a blank one counts as none', async () => {
    assert.equal('name' in (await checkLink('r1', 'K', null, answering({ room: { title: 'T' }, seat: 'observer' }))).opens,
      false);
    assert.equal('name' in (await checkLink('r1', 'K', null,
      answering({ room: { title: 'T' }, seat: 'observer', name: '  ' }))).opens, false);
  });

  test('its person goes straight in under that name, even where the browser remembers another', () => {
    assert.equal(nameToJoinWith({ seat: 'candidate', name: 'Ada' }, null, null), 'Ada');
    assert.equal(nameToJoinWith({ seat: 'candidate', name: 'Ada' }, 'secret', 'Organizer'), 'Ada');
  });

  test('without one, a tab already in the room comes back under the remembered name, and anyone else is asked', () => {
    assert.equal(nameToJoinWith({ seat: 'observer' }, 'secret', 'Bo'), 'Bo');
    assert.equal(nameToJoinWith({ seat: 'observer' }, null, 'Bo'), null);
    assert.equal(nameToJoinWith(undefined, 'secret', null), null);
    assert.equal(nameToJoinWith(undefined, null, null), null);
  });
});
