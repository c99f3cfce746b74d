// Markdown into the page. The tree (js/markdown/tree.js) is built in a worker, off the page's thread, and turned
// into DOM nodes here with createElement, setAttribute and text nodes: no HTML string is ever parsed, and the
// allow-list is enforced a second time, so a bug in the tree can leave out an element but never add a script, an
// image or a javascript: link.

import { h } from '../dom.js';
import { ALLOWED, markdownTree, safeHref } from './tree.js';

/**
 * Longest a render may take before the text is shown plain instead. marked is superlinear on some input (30,000
 * characters of "*_a " take tens of seconds): in the worker that costs nobody a frozen page, and past this budget
 * the worker is stopped. Ordinary notes of 100,000 characters render in well under it.
 */
export const RENDER_BUDGET_MS = 1500;
const TOO_SLOW = 'Too intricate to render in time: shown as plain text.';

/**
 * A container that shows Markdown, rendered as it changes. Only the latest text asked for is ever shown: a render
 * that is overtaken is dropped, and while one is under way newer text waits for it (at most one in flight).
 *
 * @param headingLevel the element a `#` heading becomes
 * @param empty        shown instead when the text is blank
 */
export function createMarkdownView(container, { headingLevel = 1, empty = '', budgetMs = RENDER_BUDGET_MS } = {}) {
  let worker = null; // started on first use; false when the browser cannot run it (then the page renders)
  let pending = null; // {source, timer}: sent to the worker, not answered yet
  let wanted = null; // the Markdown the caller wants shown; null while it shows plain text instead
  let shown = null; // the Markdown the container shows

  function paint(tree, source, rendered = 'markdown') {
    container.replaceChildren(...tree.map(toNode));
    container.dataset.rendered = rendered;
    shown = source;
  }

  function start() {
    try {
      worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    } catch {
      worker = false;
      return;
    }
    worker.addEventListener('message', ({ data }) => answered(data.tree));
    // A browser without module workers fails to load it: render on the page from then on.
    worker.addEventListener('error', () => {
      stop();
      worker = false;
      next();
    });
  }

  function stop() {
    if (pending) clearTimeout(pending.timer);
    pending = null;
    if (worker) worker.terminate();
    worker = null;
  }

  function next() {
    const source = wanted;
    if (pending || source === null || source === shown) return;
    if (!source.trim()) {
      paint(empty ? [{ tag: 'p', attrs: { class: 'md-empty' }, children: [empty] }] : [], source, 'empty');
      return;
    }
    if (worker === null) start();
    if (worker === false) {
      paint(markdownTree(source, { headingLevel }), source);
      return;
    }
    pending = { source, timer: setTimeout(() => tooSlow(source), budgetMs) };
    worker.postMessage({ source, headingLevel });
  }

  function answered(tree) {
    if (!pending) return;
    const { source, timer } = pending;
    clearTimeout(timer);
    pending = null;
    if (source === wanted) paint(tree, source);
    next();
  }

  function tooSlow(source) {
    stop(); // the only way to end a render under way; the next one starts a fresh worker
    if (source === wanted) {
      container.replaceChildren(h('p', { class: 'md-note', text: TOO_SLOW }), h('p', { class: 'md-raw', text: source }));
      container.dataset.rendered = 'plain';
      shown = source;
    }
    next();
  }

  return {
    /** Shows `source` rendered, as soon as it is. */
    show(source) {
      wanted = String(source ?? '');
      next();
    },
    /** Shows `text` as it is (a loading message, an error); a render under way for older text is dropped. */
    showText(text) {
      wanted = null;
      shown = null;
      container.textContent = text;
      container.dataset.rendered = 'text';
    },
    /** Ends the worker, for a view that leaves the page. */
    close() {
      wanted = null;
      stop();
    },
  };
}

function toNode(node) {
  if (typeof node === 'string') return document.createTextNode(node);
  const allowed = ALLOWED[node.tag];
  if (!allowed) return document.createTextNode(textOf(node));
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!allowed.includes(name)) continue;
    if (name === 'href') {
      const href = safeHref(value);
      if (href) element.setAttribute('href', href);
    } else {
      element.setAttribute(name, String(value));
    }
  }
  element.append(...node.children.map(toNode));
  return element;
}

function textOf(node) {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
