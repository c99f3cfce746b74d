// Keyboard shortcuts: keys that change the room for everyone need Alt, single keys stay on this screen, and the
// undo notice says who changed the timer and which command takes it back.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SHORTCUTS, isTyping, shortcutFor } from '../../main/resources/webroot/js/shortcuts.js';
import { timerChangeNotice } from '../../main/resources/webroot/js/timer-undo.js';

const el = (tagName, props = {}) => ({ tagName, ...props });
const press = (key, code, { target = el('BODY'), ...mods } = {}) => shortcutFor({ key, code, target, ...mods });

describe('keyboard shortcuts', () => {
  test('a sentence typed outside a text box changes nothing shared', () => {
    const sentence = 'now move on, pause + add -1 min? no';
    for (const ch of sentence.replace('?', '')) {
      const code = /[a-z]/.test(ch) ? `Key${ch.toUpperCase()}` : ch === ' ' ? 'Space' : ch === '-' ? 'Minus' : 'Equal';
      assert.equal(press(ch, code), null, `“${ch}” alone does nothing`);
    }
  });

  test('Alt with the key changes the room (by the physical key, as a Mac types other characters with Option)', () => {
    assert.equal(press('˜', 'KeyN', { altKey: true }), 'next-phase');
    assert.equal(press('n', 'KeyN', { altKey: true }), 'next-phase');
    assert.equal(press('π', 'KeyP', { altKey: true }), 'previous-phase');
    assert.equal(press('k', 'KeyK', { altKey: true }), 'toggle-timer');
    assert.equal(press('=', 'Equal', { altKey: true }), 'add-minute');
    assert.equal(press('+', 'NumpadAdd', { altKey: true }), 'add-minute');
    assert.equal(press('-', 'Minus', { altKey: true }), 'remove-minute');
    assert.equal(press('z', 'KeyZ', { altKey: true }), 'undo');
    assert.equal(press('x', 'KeyX', { altKey: true }), null);
  });

  test('single keys act on this screen only', () => {
    assert.equal(press('?', 'Slash', { shiftKey: true }), 'help');
    assert.equal(press('Escape', 'Escape'), 'dismiss');
    for (const s of SHORTCUTS) {
      assert.equal(Boolean(s.alt), Boolean(s.shared), `${s.label}: shared means Alt, and Alt means shared`);
    }
  });

  test('never fire while typing, Alt or not; Escape still leaves', () => {
    for (const target of [el('TEXTAREA'), el('INPUT', { type: 'text' }), el('SELECT'), el('DIV', { isContentEditable: true })]) {
      assert.ok(isTyping(target));
      assert.equal(press('n', 'KeyN', { target, altKey: true }), null, `Alt+N in ${target.tagName}`);
      assert.equal(press('?', 'Slash', { target }), null);
    }
    assert.equal(press('Escape', 'Escape', { target: el('TEXTAREA') }), 'dismiss');
  });

  test('Ctrl or Cmd leave the key to the browser', () => {
    assert.equal(press('n', 'KeyN', { ctrlKey: true }), null);
    assert.equal(press('n', 'KeyN', { metaKey: true, altKey: true }), null);
  });
});

describe('who changed the timer, and the undo', () => {
  const MIN = 60000;
  const phases = [{ name: 'Clarify', durationMs: 5 * MIN }, { name: 'Design', durationMs: 15 * MIN }];
  const timer = { durationMs: 5 * MIN, state: 'running', remainingMs: 4 * MIN, since: 0, phase: 0, phases, elapsedMs: 0 };
  const changed = (change, after) => ({ kind: 'timer.changed', change, timer: after, by: 'p1' });

  test('a phase skipped is undone by going back, and back by going on', () => {
    const next = { ...timer, phase: 1, durationMs: 15 * MIN };
    assert.deepEqual(timerChangeNotice(timer, changed('phase', next), 'Ada'),
      { text: 'Phase skipped by Ada', undo: { type: 'timer.previous' } });
    assert.deepEqual(timerChangeNotice(next, changed('phase', timer), 'you'),
      { text: 'Back to the previous phase by you', undo: { type: 'timer.next' } });
  });

  test('pause and resume undo each other', () => {
    assert.deepEqual(timerChangeNotice(timer, changed('paused', { ...timer, state: 'paused' }), 'Ada'),
      { text: 'Timer paused by Ada', undo: { type: 'timer.resume' } });
    assert.deepEqual(timerChangeNotice(timer, changed('resumed', timer), 'Ada'),
      { text: 'Timer resumed by Ada', undo: { type: 'timer.pause' } });
  });

  test('minutes added are taken off again, by the amount the phase really changed', () => {
    assert.deepEqual(timerChangeNotice(timer, changed('adjusted', { ...timer, durationMs: 6 * MIN }), 'Ada'),
      { text: '1 minute added by Ada', undo: { type: 'timer.adjust', deltaMs: -MIN } });
    assert.deepEqual(timerChangeNotice(timer, changed('adjusted', { ...timer, durationMs: 3 * MIN }), 'Ada'),
      { text: '2 minutes removed by Ada', undo: { type: 'timer.adjust', deltaMs: 2 * MIN } });
  });

  test('what no person undoes has no notice', () => {
    for (const change of ['started', 'reset', 'planned', 'advanced', 'stopped']) {
      assert.equal(timerChangeNotice(timer, changed(change, timer), 'Ada'), null, change);
    }
    assert.equal(timerChangeNotice(null, changed('phase', timer), 'Ada'), null, 'no earlier timer, no direction');
    assert.equal(timerChangeNotice(timer, { kind: 'notes.op' }, 'Ada'), null);
  });
});

describe('the undo toast', async () => {
  const { createTimerNotices } = await import('../../main/resources/webroot/js/views/timer-notices.js');
  const MIN = 60000;
  const phases = [{ name: 'Clarify', durationMs: 5 * MIN }, { name: 'Design', durationMs: 15 * MIN }];
  const t0 = { durationMs: 5 * MIN, state: 'running', remainingMs: 5 * MIN, since: 0, phase: 0, phases, elapsedMs: 0 };
  const t1 = { ...t0, phase: 1, durationMs: 15 * MIN };
  const people = [{ id: 'ada', name: 'Ada', role: 'interviewer', host: true }, { id: 'bo', name: 'Bo', role: 'candidate' }];
  const stateOf = (you, timer) => ({ you: { participant: you }, room: { participants: people, timer, round: { stage: 'running' } } });
  const fakes = () => {
    const shown = [];
    const sent = [];
    const toasts = { show(text, kind, options) {
      const toast = { text, options, shown: true, remove() { toast.shown = false; } };
      shown.push(toast);
      return toast;
    } };
    return { shown, sent, toasts, send: (m) => sent.push(m) > 0 };
  };

  test('everyone sees who skipped the phase; only who runs the timer gets Undo, which sends the way back', () => {
    for (const [you, name, undoable] of [['bo', 'Ada', false], ['ada', 'you', true]]) {
      const { shown, sent, toasts, send } = fakes();
      let state = stateOf(you, t0);
      const notices = createTimerNotices({ toasts, send, getState: () => state });
      notices.onStore(state, { type: 'welcome' });
      state = stateOf(you, t1);
      notices.onStore(state, { type: 'event', event: { kind: 'timer.changed', change: 'phase', timer: t1, by: 'ada' } });
      assert.equal(shown[0].text, `Phase skipped by ${name}`);
      assert.equal(Boolean(shown[0].options.action), undoable);
      assert.equal(notices.undo(), undoable);
      assert.deepEqual(sent, undoable ? [{ type: 'timer.previous' }] : []);
    }
  });

  test('Undo does nothing once the timer changed again', () => {
    const { sent, toasts, send } = fakes();
    let state = stateOf('ada', t0);
    const notices = createTimerNotices({ toasts, send, getState: () => state });
    notices.onStore(state, { type: 'welcome' });
    state = stateOf('ada', t1);
    notices.onStore(state, { type: 'event', event: { kind: 'timer.changed', change: 'phase', timer: t1, by: 'ada' } });
    state = stateOf('ada', { ...t1, remainingMs: 14 * MIN }); // a later change nobody undoes here (say, a reset)
    assert.equal(notices.undo(), false);
    assert.deepEqual(sent, []);
  });
});
