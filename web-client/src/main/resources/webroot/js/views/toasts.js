// Non-blocking messages (refused commands, reconnect news). They stack in a corner, never move the layout,
// and leave on their own or when dismissed.

import { h } from '../dom.js';

const SHOW_MS = 6000;
const MAX_SHOWN = 3;

export function createToasts(container) {
  return {
    show(message, kind = 'info') {
      const close = h('button', { class: 'toast-close', type: 'button', attrs: { 'aria-label': 'Dismiss' }, text: '×' });
      const toast = h('div', { class: `toast ${kind}`, dataset: { kind } }, h('span', { text: message }), close);
      const remove = () => toast.remove();
      close.addEventListener('click', remove);
      setTimeout(remove, SHOW_MS);
      container.append(toast);
      while (container.children.length > MAX_SHOWN) container.firstElementChild.remove();
    },
  };
}
