// The twist banner: a played card (or a cohort organizer's broadcast), above the notes for everyone, until someone
// dismisses it on their own screen.
// It sits in the flow above the notes (never over them), and after a few seconds folds into a one-line chip that
// names the twist, so the notes get their room back; "Show" opens it again. A new round clears it: a twist belongs
// to its round. Only a twist that arrives live raises it (store.bannerEntry); the timeline keeps every twist anyway.

import { h, setText } from '../dom.js';
import { formatElapsed } from '../time.js';

/** How long a new twist is shown whole before it folds into a chip. */
export const BANNER_OPEN_MS = 8000;

/**
 * What the banner says for an entry: its kicker, the region's name, and the sentence said at once to screen
 * readers. A twist reads "⚡ Twist"; a cohort organizer's broadcast "✉ Broadcast", with the message itself.
 */
export function bannerWords(entry) {
  if (entry.kind === 'broadcast') {
    return { kicker: '✉ Broadcast', label: 'Message from the organizer',
      alert: `Message from ${entry.title || 'the organizer'}: ${entry.text || ''}` };
  }
  return { kicker: '⚡ Twist', label: 'Twist played', alert: `Twist: ${entry.title}. ${entry.text}` };
}

export function createBannerView({ banner, stress, when, title, text, dismiss, alert, openMs = BANNER_OPEN_MS }) {
  let previousFocus = null;
  let round = null; // the round number of the twist shown
  let foldTimer = null;
  const expand = h('button', { id: 'twist-banner-expand', class: 'button quiet', type: 'button', text: 'Show',
    attrs: { 'aria-expanded': 'false', 'aria-controls': 'twist-banner-text' } });
  dismiss.before(expand);
  const kicker = banner.querySelector('.twist-banner-kicker');

  function setOpen(open) {
    banner.dataset.state = open ? 'open' : 'chip';
    expand.hidden = open;
    expand.setAttribute('aria-expanded', String(open));
  }

  function fold() {
    clearTimeout(foldTimer);
    // Never fold what the user is reading with the keyboard: the focus stays where it is.
    if (banner.contains(document.activeElement) && document.activeElement !== expand) return;
    setOpen(false);
  }

  function hide() {
    clearTimeout(foldTimer);
    banner.hidden = true;
    round = null;
    // Back to where the user was, not to the top of the page.
    if (banner.contains(document.activeElement) && previousFocus && previousFocus.isConnected) previousFocus.focus();
  }

  dismiss.addEventListener('click', hide);
  expand.addEventListener('click', () => {
    setOpen(true);
    dismiss.focus();
  });

  return {
    /**
     * Shows a timeline entry of kind `twist` or `broadcast`; a newer one replaces an older one still shown (which
     * stays in the timeline).
     * @param roundNumber the round it was played in (a new round clears it)
     */
    show(entry, roundNumber) {
      const words = bannerWords(entry);
      if (kicker) setText(kicker, words.kicker);
      banner.setAttribute('aria-label', words.label);
      banner.dataset.kind = entry.kind || 'twist';
      setText(stress, (entry.stress || '').replace(/-/g, ' '));
      stress.hidden = !entry.stress;
      setText(when, [formatElapsed(entry.elapsedMs), entry.phase].filter(Boolean).join(' · '));
      setText(title, entry.title || '');
      setText(text, entry.text || '');
      if (banner.hidden) previousFocus = document.activeElement;
      banner.hidden = false;
      round = roundNumber;
      setOpen(true);
      clearTimeout(foldTimer);
      foldTimer = setTimeout(fold, openMs);
      alert(words.alert);
    },
    /** Clears a twist of an earlier round. */
    render(state) {
      const current = state.room && state.room.round ? state.room.round.number : null;
      if (!banner.hidden && round != null && current !== round) hide();
    },
    hide,
    get shown() {
      return !banner.hidden;
    },
  };
}
