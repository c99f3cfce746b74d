// A <textarea> as an OT editor: it reports each change the user makes as an operation and applies other people's
// edits without moving the user's caret, selection or scroll position. The binding keeps `shadow`, the text the
// OT client believes the editor shows; the textarea differs from it only while the user is typing (until the
// input event) or composing with an IME (until compositionend: rewriting the value mid-composition would cancel
// it, so remote edits wait and are transformed past the composed text).

import { TextOperation } from '../ot/text-operation.js';
import { diffByLines, diffToOperation } from '../ot/diff.js';
import { mapRange } from '../ot/selection.js';

/**
 * @param textarea the element; its current value is the starting text
 * @param onEdit   `(op)`: the user changed the text; return false to refuse the change (the text is restored)
 * @param onWrite  `()`: the binding changed the text or the selection (e.g. to redraw carets)
 */
export function bindTextarea(textarea, { onEdit, onWrite = () => {} }) {
  let shadow = textarea.value;
  let composing = false;
  let composeBase = null; // shadow when the composition started
  let queued = null; // remote edits that arrived during the composition, based on composeBase

  /**
   * Rewrites the textarea through `op`, someone else's edit, keeping the selection on the same text and the scroll
   * where it was. Text inserted exactly at the caret goes after it (see js/ot/selection.js): the user goes on
   * typing after their own last letter, not after the other person's.
   */
  function write(op) {
    const { selectionStart, selectionEnd, selectionDirection, scrollTop, scrollLeft } = textarea;
    textarea.value = op.apply(textarea.value);
    const { from, to } = mapRange(op, selectionStart, selectionEnd);
    textarea.setSelectionRange(from, to, selectionDirection);
    textarea.scrollTop = scrollTop;
    textarea.scrollLeft = scrollLeft;
    onWrite();
  }

  /** Hands the user's change since the last call to the OT client, unless it is refused. */
  function flush() {
    if (composing || textarea.value === shadow) return;
    const before = shadow;
    shadow = textarea.value;
    if (onEdit(diffToOperation(before, shadow)) === false) {
      shadow = before;
      write(diffToOperation(textarea.value, before));
    }
  }

  function settleComposition() {
    if (!queued) {
      flush();
      return;
    }
    const remote = queued;
    queued = null;
    const local = diffToOperation(composeBase, textarea.value);
    const [localAfter, remoteAfter] = TextOperation.transform(local, remote);
    write(remoteAfter); // the textarea now shows the remote edits and the composed text
    const before = shadow;
    shadow = textarea.value; // = localAfter.apply(before)
    if (!localAfter.isNoop() && onEdit(localAfter) === false) {
      shadow = before;
      write(diffToOperation(textarea.value, before));
    }
  }

  textarea.addEventListener('compositionstart', () => {
    flush();
    composing = true;
    composeBase = shadow;
    queued = null;
  });
  textarea.addEventListener('compositionend', () => {
    composing = false;
    settleComposition();
  });
  textarea.addEventListener('input', (e) => {
    if (!e.isComposing && !composing) flush();
  });

  return {
    /** The text the OT client has; call flush() first to include what the user just typed. */
    text: () => shadow,

    flush,

    /** Another participant's edit, already transformed for this editor's text. */
    applyRemote(op) {
      shadow = op.apply(shadow);
      if (composing) {
        queued = queued ? queued.compose(op) : op;
      } else {
        write(op);
      }
    },

    /** Shows `text` instead (a rebase, a refusal), as an edit, so the caret stays on the same words. */
    reset(text) {
      if (text !== shadow) this.applyRemote(diffByLines(shadow, text));
    },

    /** The selection as `{anchor, head}` in the editor text. */
    selection() {
      const { selectionStart, selectionEnd, selectionDirection } = textarea;
      return selectionDirection === 'backward'
        ? { anchor: selectionEnd, head: selectionStart }
        : { anchor: selectionStart, head: selectionEnd };
    },
  };
}
