// Keyboard shortcuts of the room page. Which key means what is data here; what each action does is the page's
// business (js/views/shortcuts.js). Nothing fires while the user types: notes, forms and evidence are text first.

/** Shown by `?`, in this order. */
export const SHORTCUTS = Object.freeze([
  { key: '?', label: '?', action: 'help', description: 'Show or hide these shortcuts' },
  { key: ' ', label: 'Space', action: 'toggle-timer', description: 'Start the round, pause or resume the timer' },
  { key: 'n', label: 'N', action: 'next-phase', description: 'Next phase' },
  { key: 'p', label: 'P', action: 'previous-phase', description: 'Previous phase' },
  { key: '+', label: '+', action: 'add-minute', description: 'One more minute in this phase' },
  { key: '-', label: '−', action: 'remove-minute', description: 'One minute less in this phase' },
  { key: 'Escape', label: 'Esc', action: 'dismiss', description: 'Dismiss the twist banner or this list' },
]);

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/** True when keys typed at `el` are text (or a choice), not commands. */
export function isTyping(el) {
  if (!el || !el.tagName) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUT_TYPES.has((el.type || 'text').toLowerCase());
  return Boolean(el.isContentEditable);
}

/** Space and Enter already press a focused button or follow a focused link; a shortcut must not act as well. */
function pressesControl(el) {
  if (!el || !el.tagName) return false;
  return ['button', 'a', 'summary', 'input'].includes(el.tagName.toLowerCase());
}

/** The action a keydown asks for, or null. `event` needs `key`, `target` and the modifier flags. */
export function shortcutFor(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (event.key !== 'Escape' && isTyping(event.target)) return null;
  if (event.key === ' ' && pressesControl(event.target)) return null;
  const key = event.key === '=' ? '+' : event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const shortcut = SHORTCUTS.find((s) => s.key === key);
  return shortcut ? shortcut.action : null;
}
