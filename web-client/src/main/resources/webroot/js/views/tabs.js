// Narrow screens: one pane at a time (Prompt · Notes · Timeline · Interviewer). The grid's data-tab picks the pane
// and CSS hides the others only below the narrow breakpoint, so a wide screen is never affected.

import { seesInterviewerSide } from '../store.js';

export function createTabsView({ bar, grid }) {
  const tabs = [...bar.querySelectorAll('[role="tab"]')];

  function select(name) {
    grid.dataset.tab = name;
    for (const tab of tabs) {
      const on = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on) delete tab.dataset.news;
    }
  }

  bar.addEventListener('click', (e) => {
    const tab = e.target.closest('[role="tab"]');
    if (tab) select(tab.dataset.tab);
  });
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
  bar.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const shown = tabs.filter((t) => !t.hidden);
    const at = shown.findIndex((t) => t.dataset.tab === grid.dataset.tab);
    const next = shown[(at + (e.key === 'ArrowRight' ? 1 : shown.length - 1)) % shown.length];
    select(next.dataset.tab);
    next.focus();
  });
  select(grid.dataset.tab || 'notes');

  return {
    render(state) {
      bar.hidden = false;
      const interviewer = tabs.find((t) => t.dataset.tab === 'interviewer');
      interviewer.hidden = !seesInterviewerSide(state);
      if (interviewer.hidden && grid.dataset.tab === 'interviewer') select('notes');
    },
    /** Shows a pane (on narrow screens; wide ones show them all anyway). */
    select,
    /** True when pane `name` is off screen: narrow tabs are in use and another pane is chosen. */
    hides(name) {
      return getComputedStyle(bar).display !== 'none' && !bar.hidden && grid.dataset.tab !== name;
    },
    /** Marks a pane with news (a twist over the notes) while another pane is shown. */
    news(name) {
      const tab = tabs.find((t) => t.dataset.tab === name);
      if (tab && grid.dataset.tab !== name) tab.dataset.news = 'true';
    },
  };
}
