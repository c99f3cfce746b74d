// Draws other people's carets and selections over a textarea. A textarea cannot hold markup, so a mirror layer
// lies exactly over it: the same text (transparent) with the same font, padding, width and wrapping, scrolled
// with it, and marker elements at the caret positions. The text goes in as text nodes only.

import { h } from '../dom.js';

/** A caret's name label stays this long after it last moved, then fades (the caret itself stays). */
export const LABEL_MS = 4000;

/** A label needs this much room above its caret, or it goes below. */
const LABEL_ROOM_PX = 18;

/**
 * @param textarea the editor
 * @param layer    an empty element positioned over it (see .caret-layer in app.css)
 */
export function createCaretOverlay(textarea, layer) {
  let drawn = [];

  function fit() {
    const style = getComputedStyle(textarea);
    // clientWidth/clientHeight leave out the borders and a scrollbar, which wrap the text narrower.
    layer.style.top = style.borderTopWidth;
    layer.style.left = style.borderLeftWidth;
    layer.style.width = `${textarea.clientWidth}px`;
    layer.style.height = `${textarea.clientHeight}px`;
    layer.scrollTop = textarea.scrollTop;
  }

  textarea.addEventListener('scroll', () => {
    layer.scrollTop = textarea.scrollTop;
  });
  new ResizeObserver(() => {
    if (drawn.length > 0) fit();
  }).observe(textarea);

  return {
    /**
     * @param carets `{participant, name, hue, anchor, head, at}` in the textarea's text
     * @param now    for fading labels
     */
    render(carets, now) {
      drawn = carets;
      if (carets.length === 0) {
        layer.replaceChildren();
        return;
      }
      const text = textarea.value;
      const clamp = (i) => Math.max(0, Math.min(text.length, i));
      const placed = carets.map((c) => ({ ...c, anchor: clamp(c.anchor), head: clamp(c.head) }));
      layer.replaceChildren(...content(text, placed, now));
      fit();
      for (const marker of layer.querySelectorAll('.remote-caret')) {
        marker.classList.toggle('below', marker.offsetTop < LABEL_ROOM_PX);
      }
    },
  };
}

/** The mirror's children: text, selections as <mark>, carets as empty spans with a name label. */
function content(text, carets, now) {
  const cuts = new Set([0, text.length]);
  for (const c of carets) {
    cuts.add(c.anchor);
    cuts.add(c.head);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  points.forEach((from, i) => {
    for (const c of carets) if (c.head === from) nodes.push(caretMarker(c, now));
    const to = points[i + 1];
    if (to === undefined || to === from) return;
    const piece = text.slice(from, to);
    const over = carets.filter((c) => Math.min(c.anchor, c.head) <= from && to <= Math.max(c.anchor, c.head));
    nodes.push(over.length > 0
      ? withHue(h('mark', { class: 'remote-selection' }, piece), over[over.length - 1].hue)
      : document.createTextNode(piece));
  });
  // A text ending in a line break shows an empty last line in the textarea; the mirror needs a character there.
  nodes.push(document.createTextNode('\u200b'));
  return nodes;
}

function caretMarker(caret, now) {
  const idle = now - caret.at > LABEL_MS;
  return withHue(h('span', {
    class: idle ? 'remote-caret idle' : 'remote-caret',
    dataset: { participant: caret.participant },
  }, h('span', { class: 'remote-caret-name', text: caret.name })), caret.hue);
}

/** The participant's colour, as a custom property the stylesheet turns into light and dark variants. */
function withHue(el, hue) {
  el.style.setProperty('--caret-hue', String(hue));
  return el;
}
