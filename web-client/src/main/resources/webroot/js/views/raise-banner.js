// Raising the banner over the notes for an entry that arrives live (store.bannerEntry): a played twist or a cohort
// organizer's broadcast. Everyone sees it, except the interviewer who just played that twist from this tab (they
// hear a short confirmation instead); on a narrow screen showing another pane, a toast says it too, so it is
// noticed wherever the person is.

import { isInterviewer } from '../store.js';

const TOAST_MS = 15000;

/** The toast for a narrow screen's other pane: its text and the "Read it" button's accessible name. */
export function bannerToast(entry) {
  if (entry.kind === 'broadcast') {
    return { text: `✉ ${entry.title || 'Organizer'}: ${entry.text || ''}`, ariaLabel: 'Read the organizer’s message' };
  }
  return { text: `⚡ Twist: ${entry.title}`, ariaLabel: `Read the twist: ${entry.title}` };
}

/**
 * @param playedHere twist card ids this tab played
 * @param announce   the polite live region
 */
export function createBannerRaiser({ banner, tabs, toasts, announce, playedHere }) {
  return {
    raise(state, entry) {
      if (entry.kind === 'twist' && isInterviewer(state) && playedHere.has(entry.ref)) {
        announce(`Twist played: ${entry.title}.`);
        return;
      }
      banner.show(entry, state.room.round ? state.room.round.number : null);
      if (!tabs.hides('notes')) return;
      tabs.news('notes');
      const toast = bannerToast(entry);
      toasts.show(toast.text, 'twist', {
        quiet: true, // the banner already said it, at once
        ms: TOAST_MS,
        action: { label: 'Read it', ariaLabel: toast.ariaLabel, run: () => tabs.select('notes') },
      });
    },
  };
}
