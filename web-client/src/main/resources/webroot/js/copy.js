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

/** Copies text that is in no input (a button of its own): through a short-lived, off-screen text field. */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection fallback.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.left = '-9999px';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/**
 * Wires a copy button to an input (or to a function that answers the text), with a short "Copied" (or
 * "Press Ctrl+C") confirmation on the button.
 */
export function bindCopyButton(button, source) {
  const label = button.textContent;
  let reset = null;
  button.addEventListener('click', async () => {
    const copied = typeof source === 'function' ? await copyText(source()) : await copyFrom(source);
    button.textContent = copied ? 'Copied' : 'Press Ctrl+C';
    button.dataset.copied = String(copied);
    clearTimeout(reset);
    reset = setTimeout(() => {
      button.textContent = label;
      delete button.dataset.copied;
    }, FEEDBACK_MS);
  });
}
