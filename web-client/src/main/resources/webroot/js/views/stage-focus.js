// The screen follows the round: when the round's stage moves (started, ended, closed, the next lobby), the page
// brings the user to the new step, scrolled into view with its heading focused and its next action on screen.
//
// Whose focus moves: a person who caused the move (they pressed Start, End round, Close feedback, Swap roles), or
// whose focus went nowhere (on the page itself, or on a control the move just hid). Anyone else is busy, typing
// in the notes say, and keeps their focus and scroll position: the move is announced (js/views/news.js) and a
// toast offers "Go there".

import { stageOf } from '../store.js';

const STAGE_TITLES = Object.freeze({
  lobby: (n) => `Round ${n} is in the lobby`,
  running: (n) => `Round ${n} started`,
  feedback: (n) => `Round ${n} ended: time for feedback`,
  done: (n) => `Round ${n} is done`,
});

const GAP_PX = 16; // between the sticky header and the heading brought up

function rendered(el) {
  return Boolean(el && el.isConnected && el.getClientRects().length > 0);
}

/** True when the keyboard focus is nowhere a person chose: the page itself, or a control no longer on screen. */
export function focusIsLost(doc = document) {
  const el = doc.activeElement;
  return !el || el === doc.body || el === doc.documentElement || !rendered(el);
}

/**
 * @param header  the page header (sticky on wide screens: the heading is brought up below it)
 * @param targets `(stage) => {heading, action, pane}`: the element to focus, the next action that must be on
 *                screen (or a list: the first one shown), and the narrow-screen pane it lives in (if any)
 * @param showPane `(name) => void`: selects a narrow-screen pane
 * @param toasts  for "Go there" when the focus stays put
 */
export function createStageFocus({ header, targets, showPane, toasts }) {
  let shown; // `${round}:${stage}` last seen; undefined before the first render (loading is not a move)
  let expected = false; // this person sent the command that moves the stage

  function go(stage) {
    const { heading, action, pane } = targets(stage);
    if (pane) showPane(pane);
    if (!rendered(heading)) return;
    if (heading.tabIndex < 0 && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    const sticky = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0;
    const top = heading.getBoundingClientRect().top + window.scrollY - sticky - GAP_PX;
    window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
    const next = [].concat(action || []).find(rendered);
    if (next) {
      const box = next.getBoundingClientRect();
      if (box.top < sticky || box.bottom > window.innerHeight) next.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }
  }

  return {
    /** The person is about to send a command that moves the stage: their focus follows it. */
    expect() {
      expected = true;
    },
    /** The command was refused: the next move, if any, is someone else's. */
    cancel() {
      expected = false;
    },
    /** After each render: moves the focus when the stage moved. */
    follow(state) {
      const stage = stageOf(state);
      const number = state.room && state.room.round ? state.room.round.number : null;
      const key = stage ? `${number}:${stage}` : null;
      if (shown === undefined || key === shown || !stage) {
        shown = key;
        return;
      }
      shown = key;
      const mine = expected;
      expected = false;
      if (mine || focusIsLost()) {
        go(stage);
      } else {
        toasts.show(STAGE_TITLES[stage](number), 'info', {
          quiet: true, // news.js says it
          action: { label: 'Go there', run: () => go(stage) },
        });
      }
    },
  };
}
