// A yes-or-no question in a modal <dialog>, for actions that cannot be undone. Keyboard first: focus starts on
// Cancel (the safe answer), Escape cancels, and focus goes back to whatever asked.

export function createConfirm({ dialog, heading, text, ok }) {
  let pending = null;
  dialog.addEventListener('close', () => {
    const settle = pending;
    pending = null;
    if (settle) settle(dialog.returnValue === 'confirm');
  });
  return {
    /** Resolves true when the person confirms, false when they cancel or close the dialog. */
    ask({ title, body, confirmLabel }) {
      if (pending) return Promise.resolve(false);
      const opener = document.activeElement;
      heading.textContent = title;
      text.textContent = body;
      ok.textContent = confirmLabel;
      dialog.returnValue = '';
      return new Promise((resolve) => {
        pending = (yes) => {
          if (opener && opener.isConnected && typeof opener.focus === 'function') opener.focus();
          resolve(yes);
        };
        dialog.showModal();
      });
    },
  };
}
