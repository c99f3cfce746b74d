// Markdown into the page: the tree of js/markdown/tree.js built with createElement, setAttribute and text nodes.
// No HTML string is ever parsed, and the allow-list is enforced here a second time, so a bug in the tree can
// leave out an element but never add a script, an image or a javascript: link.

import { ALLOWED, markdownTree, safeHref } from './tree.js';

/**
 * Replaces `container`'s children with `source` rendered as Markdown.
 *
 * @param options passed to markdownTree (`headingLevel`)
 */
export function renderMarkdown(container, source, options = {}) {
  container.replaceChildren(...markdownTree(source, options).map(toNode));
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
