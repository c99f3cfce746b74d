// Edit | Preview beside a notes editor: the preview shows the notes rendered as Markdown and follows the live
// text (other people's edits too) while it is shown; Edit brings the editor back with the caret where it was.

import { h } from '../dom.js';
import { createMarkdownView } from '../markdown/render.js';

/**
 * Adds the toggle to a notes editor. The editor's parent gets `data-view="edit" | "preview"` (the css hides the
 * textarea and its caret layer in preview); the rendered notes go right after the textarea.
 *
 * @param textarea     the notes editor (its id names the new elements: `<id>-preview`, `<id>-edit-button`, …)
 * @param head         the row with the editor's heading: the toggle goes after the heading
 * @param label        what the notes are called, for screen readers ("Shared notes")
 * @param headingLevel the element a `#` heading in the notes becomes
 */
export function createNotesPreview({ textarea, head, label, headingLevel }) {
  const box = textarea.parentElement;
  const preview = h('div', {
    id: `${textarea.id}-preview`,
    class: 'markdown notes-preview',
    hidden: true,
    tabIndex: 0, // a region that scrolls must be reachable by keyboard
    attrs: { role: 'region', 'aria-label': `${label}, rendered` },
  });
  const editButton = h('button', { id: `${textarea.id}-edit-button`, class: 'notes-mode', type: 'button', text: 'Edit',
    attrs: { 'aria-pressed': 'true', 'aria-controls': textarea.id } });
  const previewButton = h('button', { id: `${textarea.id}-preview-button`, class: 'notes-mode', type: 'button',
    text: 'Preview', attrs: { 'aria-pressed': 'false', 'aria-controls': preview.id } });
  const toggle = h('div', { class: 'notes-modes', attrs: { role: 'group', 'aria-label': `${label}: edit or preview` } },
    editButton, previewButton);

  const view = createMarkdownView(preview, { headingLevel, empty: 'Nothing to preview yet.' });
  let showing = false;
  let asked = null; // the text last handed to the view
  let frame = 0;

  function draw() {
    asked = textarea.value;
    view.show(asked);
  }

  /**
   * Other people's edits reach the textarea through the notes binding, which fires no event; while the preview is
   * on screen, each frame compares the text and asks for a render when it changed (the view keeps at most one
   * under way, off the page's thread). Nothing runs while editing.
   */
  function follow() {
    if (!preview.isConnected) {
      view.close(); // the editor left the page (the interviewer's column went)
      return;
    }
    if (!showing) return;
    if (textarea.value !== asked) draw();
    frame = requestAnimationFrame(follow);
  }

  function show(mode) {
    showing = mode === 'preview';
    box.dataset.view = mode;
    preview.hidden = !showing;
    editButton.setAttribute('aria-pressed', String(!showing));
    previewButton.setAttribute('aria-pressed', String(showing));
  }

  previewButton.addEventListener('click', () => {
    if (showing) return;
    // The preview takes the editor's place at the editor's size (the user may have resized it): nothing jumps.
    if (textarea.offsetHeight > 0) preview.style.height = `${textarea.offsetHeight}px`;
    draw();
    show('preview');
    frame = requestAnimationFrame(follow);
  });

  editButton.addEventListener('click', () => {
    if (!showing) return;
    cancelAnimationFrame(frame);
    view.close(); // no worker idles behind an editor (the next Preview starts one)
    show('edit');
    // The binding kept the selection on the same words through other people's edits while the editor was
    // hidden; put it back explicitly in case focusing moves it.
    const { selectionStart, selectionEnd, selectionDirection } = textarea;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(selectionStart, selectionEnd, selectionDirection);
  });

  head.firstElementChild.after(toggle);
  textarea.after(preview);
  show('edit');

  return {
    preview,
    /** True while the rendered notes are shown instead of the editor. */
    get showing() {
      return showing;
    },
  };
}
