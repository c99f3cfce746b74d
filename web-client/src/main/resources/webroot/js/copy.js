// Copy a link from a read-only input. The async clipboard API needs a secure context (https or localhost);
// on plain http from another machine it is missing or refuses, so we fall back to selecting the text for the
// user (and the legacy copy command, which still works in most browsers from a click).

const FEEDBACK_MS = 2000;

export async function copyFrom(input) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(input.value);
      return true;
    }
  } catch {
    // Fall through to the selection fallback.
  }
  input.focus();
  input.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** Wires a copy button to an input, with a short "Copied" (or "Press Ctrl+C") confirmation on the button. */
export function bindCopyButton(button, input) {
  const label = button.textContent;
  let reset = null;
  button.addEventListener('click', async () => {
    const copied = await copyFrom(input);
    button.textContent = copied ? 'Copied' : 'Press Ctrl+C';
    button.dataset.copied = String(copied);
    clearTimeout(reset);
    reset = setTimeout(() => {
      button.textContent = label;
      delete button.dataset.copied;
    }, FEEDBACK_MS);
  });
}
