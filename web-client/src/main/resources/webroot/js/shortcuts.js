// Keyboard shortcuts of the room page. Which key means what is data here; what each action does is the page's
// business (js/views/shortcuts.js). Nothing fires while the user types: notes, forms and evidence are text first,
// except Alt+A in the shared notes, which is about the text being typed (it states the line as an assumption).
//
// A key that changes what everyone in the room sees (the timer, the phase) needs Alt: a sentence typed with the
// focus outside a text box ("now move on") must never skip phases for the whole room. Single keys are only for
// what happens on this screen alone (this list, dismissing the banner).

/**
 * Shown by `?`, in this order. `code` is the physical key (KeyboardEvent.code) for Alt shortcuts: with Alt held,
 * `key` is a different character on a Mac (Option+N types "˜"), while `code` is the same everywhere.
 * `shared: true` marks what changes the room for everyone (the page shows who did it, with Undo).
 */
export const SHORTCUTS = Object.freeze([
  { key: '?', label: '?', action: 'help', description: 'Show or hide these shortcuts' },
  { key: 'Escape', label: 'Esc', action: 'dismiss', description: 'Dismiss the twist banner or this list' },
  { alt: true, codes: ['KeyK'], label: 'Alt+K', action: 'toggle-timer', shared: true,
    description: 'Start the round, pause or resume the timer' },
  { alt: true, codes: ['KeyN'], label: 'Alt+N', action: 'next-phase', shared: true, description: 'Next phase' },
  { alt: true, codes: ['KeyP'], label: 'Alt+P', action: 'previous-phase', shared: true, description: 'Previous phase' },
  { alt: true, codes: ['Equal', 'NumpadAdd'], label: 'Alt++', action: 'add-minute', shared: true,
    description: 'One more minute in this phase' },
  { alt: true, codes: ['Minus', 'NumpadSubtract'], label: 'Alt+−', action: 'remove-minute', shared: true,
    description: 'One minute less in this phase' },
  { alt: true, codes: ['KeyZ'], label: 'Alt+Z', action: 'undo', shared: true,
    description: 'Undo the last timer change (as its Undo button)' },
  // The one key that works while typing, and only there: the notes editor handles it (notesShortcutFor).
  { alt: true, codes: ['KeyA'], label: 'Alt+A', action: 'add-assumption', shared: true, inNotes: true,
    description: 'In the shared notes: add the line you are on (or the selected text) to the assumption log' },
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

/** The action a keydown asks for, or null. `event` needs `key`, `code`, `target` and the modifier flags. */
export function shortcutFor(event) {
  if (event.ctrlKey || event.metaKey || event.isComposing) return null;
  if (event.key !== 'Escape' && isTyping(event.target)) return null;
  if (event.altKey) {
    const shortcut = SHORTCUTS.find((s) => s.alt && !s.inNotes && s.codes.includes(event.code));
    return shortcut ? shortcut.action : null;
  }
  const shortcut = SHORTCUTS.find((s) => !s.alt && s.key === event.key);
  return shortcut ? shortcut.action : null;
}

/**
 * The action a keydown in the shared notes editor asks for (the keys marked `inNotes`), or null. Typing is the point
 * there, so only Alt with the key counts, by its physical key (Option+A types "å" on a Mac).
 */
export function notesShortcutFor(event) {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) return null;
  const shortcut = SHORTCUTS.find((s) => s.inNotes && s.codes.includes(event.code));
  return shortcut ? shortcut.action : null;
}
