// The prompt column: title and text (rendered as Markdown) for everyone, and for the host a small editor that
// sends prompt.set.

import { setText } from '../dom.js';
import { createMarkdownView } from '../markdown/render.js';
import { isHost, me, stageOf } from '../store.js';

const NOT_YET = 'The prompt text appears when the round starts.';

export function createPromptView({ titleEl, textEl, form, titleInput, textInput, onSave }) {
  // Server updates must not overwrite what the host is in the middle of typing.
  let dirty = false;
  let shown = null;
  let body = null; // what the text element shows: {text, waiting}
  const markdown = createMarkdownView(textEl, { headingLevel: 4 });

  form.addEventListener('input', () => {
    dirty = true;
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const title = titleInput.value.trim();
    if (!title) {
      titleInput.focus();
      return;
    }
    if (onSave(title, textInput.value)) dirty = false;
  });

  function bodyText(prompt, state) {
    if (prompt && prompt.text) return { text: prompt.text, waiting: false };
    if (prompt && !prompt.revealed && me(state) && me(state).role !== 'interviewer' && !isHost(state)) {
      return { text: NOT_YET, waiting: true };
    }
    return { text: isHost(state) ? 'No prompt text yet. Write one below.' : 'No prompt text yet.', waiting: true };
  }

  return {
    render(state) {
      const prompt = state.room ? state.room.prompt : null;
      setText(titleEl, prompt && prompt.title ? prompt.title : 'No prompt yet');
      const next = bodyText(prompt, state);
      if (!body || next.text !== body.text || next.waiting !== body.waiting) {
        // The prompt is Markdown (a catalog prompt lists its constraints); the placeholders are plain sentences.
        if (next.waiting) markdown.showText(next.text);
        else markdown.show(next.text);
        textEl.classList.toggle('waiting', next.waiting);
        textEl.classList.toggle('markdown', !next.waiting);
        body = next;
      }

      // A round's prompt is chosen before it starts; once it runs, the statement is what everyone works from.
      const stage = stageOf(state);
      form.hidden = !isHost(state) || (stage != null && stage !== 'lobby');
      if (!form.hidden && !dirty && prompt !== shown) {
        titleInput.value = (prompt && prompt.title) || '';
        textInput.value = (prompt && prompt.text) || '';
      }
      shown = prompt;
    },
  };
}
