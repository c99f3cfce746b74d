// The twist banner: a played card, across the top of the notes for everyone, until someone dismisses it on their
// own screen. Only a twist that arrives live raises it (store.bannerEntry); the timeline keeps every twist anyway.

import { setText } from '../dom.js';
import { formatElapsed } from '../time.js';

export function createBannerView({ banner, stress, when, title, text, dismiss, alert }) {
  let previousFocus = null;

  function hide() {
    banner.hidden = true;
    // Back to where the user was, not to the top of the page.
    if (banner.contains(document.activeElement) && previousFocus && previousFocus.isConnected) previousFocus.focus();
  }

  dismiss.addEventListener('click', hide);

  return {
    /** Shows a timeline entry of kind `twist`; a newer twist replaces an older one still shown. */
    show(entry) {
      setText(stress, (entry.stress || '').replace(/-/g, ' '));
      stress.hidden = !entry.stress;
      setText(when, [formatElapsed(entry.elapsedMs), entry.phase].filter(Boolean).join(' · '));
      setText(title, entry.title || '');
      setText(text, entry.text || '');
      banner.hidden = false;
      previousFocus = document.activeElement;
      alert(`Twist: ${entry.title}. ${entry.text}`);
    },
    hide,
    get shown() {
      return !banner.hidden;
    },
  };
}
