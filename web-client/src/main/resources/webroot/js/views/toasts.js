// Non-blocking messages (refused commands, reconnect news, who changed the timer). They stack in a corner, never
// move the layout, and leave on their own or when dismissed. One may carry an action (Undo, Show).

import { h } from '../dom.js';

const SHOW_MS = 6000;
const MAX_SHOWN = 3;

export function createToasts(container) {
  return {
    /**
     * @param action `{label, run, ariaLabel?}`: a button that runs once and closes the toast
     * @param ms     how long it stays
     * @param quiet  its text is not read out (the page already announced it another way)
     * @returns `{remove}`
     */
    show(message, kind = 'info', { action = null, ms = SHOW_MS, quiet = false } = {}) {
      const close = h('button', { class: 'toast-close', type: 'button', attrs: { 'aria-label': 'Dismiss' }, text: '×' });
      const text = h('span', { class: 'toast-text', text: message, attrs: quiet ? { 'aria-hidden': 'true' } : {} });
      const button = action ? h('button', { class: 'button toast-action', type: 'button', text: action.label,
        attrs: action.ariaLabel ? { 'aria-label': action.ariaLabel } : {} }) : null;
      const toast = h('div', { class: `toast ${kind}`, dataset: { kind } }, text, button, close);
      let timer = null;
      const remove = () => {
        clearTimeout(timer);
        toast.remove();
      };
      close.addEventListener('click', remove);
      if (button) {
        button.addEventListener('click', () => {
          action.run(); // first: the action may ask whether its toast is still shown
          remove();
        });
      }
      timer = setTimeout(remove, ms);
      container.append(toast);
      while (container.children.length > MAX_SHOWN) container.firstElementChild.remove();
      return { remove, get shown() { return toast.isConnected; } };
    },
  };
}
