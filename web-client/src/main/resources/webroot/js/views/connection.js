// The connection badge in the header: always visible once we try to connect, and honest about it.

import { setText } from '../dom.js';

const LABELS = Object.freeze({
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
});

export function createConnectionView(el) {
  const label = el.querySelector('.connection-label');
  return {
    /** `detail` explains an offline state (no network, refused) in the tooltip. */
    render({ state, detail }) {
      el.hidden = false;
      if (el.dataset.state !== state) el.dataset.state = state;
      setText(label, LABELS[state] || state);
      el.title = detail || LABELS[state] || '';
    },
  };
}
