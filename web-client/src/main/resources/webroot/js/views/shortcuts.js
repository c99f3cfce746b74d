// The `?` list of keyboard shortcuts, and the keydown handler that runs them (js/shortcuts.js says which key is
// which, and that none fires while the user types).

import { h } from '../dom.js';
import { SHORTCUTS, shortcutFor } from '../shortcuts.js';

/** @param actions `{[action]: () => void}`; an action the page does not offer right now is simply absent. */
export function createShortcuts({ dialog, list, openButton, actions }) {
  list.replaceChildren(...SHORTCUTS.flatMap((s) => [
    h('dt', {}, h('kbd', { text: s.label })),
    h('dd', { text: s.description }),
  ]));
  const toggle = () => {
    if (dialog.open) dialog.close();
    else dialog.showModal();
  };
  openButton.addEventListener('click', toggle);

  document.addEventListener('keydown', (event) => {
    const action = shortcutFor(event);
    if (!action) return;
    if (action === 'help') {
      event.preventDefault();
      toggle();
      return;
    }
    if (dialog.open) return; // the dialog handles its own Escape
    const run = actions[action];
    if (run && run() !== false) event.preventDefault();
  });
}
