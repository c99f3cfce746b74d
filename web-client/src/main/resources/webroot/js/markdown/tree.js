// Markdown → a tree of plain values ({tag, attrs, children} and strings), which js/markdown/render.js turns into
// DOM nodes. Pure (no DOM), so Node tests can check it against hostile input.
//
// marked's lexer reads the Markdown; marked's HTML renderer is never used. Only the elements and attributes in
// ALLOWED can come out. Raw HTML in the source (tags, comments) comes out as the literal text it is, and a link
// whose address is not http, https or mailto comes out as the Markdown that was typed.

import { Lexer } from '../vendor/marked.esm.js';
import { decodeEntities } from './entities.js';

/** The elements a tree may hold, each with the attributes it may carry. Nothing else is ever built. */
export const ALLOWED = Object.freeze({
  h1: ['class'], h2: ['class'], h3: ['class'], h4: ['class'], h5: ['class'], h6: ['class'],
  p: ['class'], em: [], strong: [], del: [], code: [], pre: [], blockquote: [], hr: [], br: [],
  ul: [], ol: ['start'], li: [], span: ['class'], div: ['class'],
  a: ['href', 'title', 'rel', 'target'],
  table: [], thead: [], tbody: [], tr: [], th: ['data-align'], td: ['data-align'],
});

/** Link schemes a reader may follow. `javascript:`, `data:`, `vbscript:`, relative paths: never. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Table alignments as marked reports them; anything else gets no attribute. */
const ALIGNMENTS = new Set(['left', 'center', 'right']);
/** Links open beside the room, and the new page gets no handle on this one (nor its URL, which holds the key). */
const LINK_ATTRS = Object.freeze({ rel: 'noopener noreferrer', target: '_blank' });

/**
 * The address a link may point to, normalised by the URL parser, or null when it must not be a link: entities are
 * decoded and the parser strips the blanks and control characters browsers ignore, so `jav&#x61;script:` and
 * `\tjavascript:` are caught like `javascript:`.
 */
export function safeHref(raw) {
  if (typeof raw !== 'string') return null;
  let url;
  try {
    url = new URL(decodeEntities(raw).trim());
  } catch {
    return null; // relative, or not an address at all
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

function el(tag, attrs = {}, children = []) {
  return { tag, attrs, children };
}

/**
 * The tree of `source`.
 *
 * @param headingLevel the element a top-level `#` heading becomes (deeper ones follow, up to h6), so that the
 *                     notes' headings sit below the panel's own heading in the page outline
 */
export function markdownTree(source, { headingLevel = 1 } = {}) {
  const text = String(source ?? '');
  try {
    return blocks(new Lexer({ gfm: true, breaks: false }).lex(text), { headingLevel });
  } catch {
    // A failure (say, nesting too deep for the stack) must not hide the notes: show them as typed.
    return text ? [el('p', { class: 'md-raw' }, [text])] : [];
  }
}

function blocks(tokens, context) {
  return (tokens || []).flatMap((token) => block(token, context));
}

function block(token, context) {
  switch (token.type) {
    case 'space':
    case 'def': // a link reference definition shows nothing; the links that use it carry its address
      return [];
    case 'heading': {
      const level = Math.min(6, context.headingLevel + token.depth - 1);
      return [el(`h${level}`, { class: `md-h${token.depth}` }, inline(token.tokens))];
    }
    case 'paragraph':
      return [el('p', {}, inline(token.tokens))];
    case 'text': // the text of a tight list item
      return token.tokens ? inline(token.tokens) : [decodeEntities(token.text)];
    case 'code':
      return [el('pre', {}, [el('code', {}, [token.text])])];
    case 'blockquote':
      return [el('blockquote', {}, blocks(token.tokens, context))];
    case 'list':
      return [list(token, context)];
    case 'table':
      return [table(token)];
    case 'hr':
      return [el('hr')];
    case 'html': // raw HTML is shown as what it is: text
      return [el('p', { class: 'md-raw' }, [token.text.replace(/\n+$/, '')])];
    case 'checkbox':
      return [checkbox(token)];
    default: // a token this code does not know (a newer marked): its source, as text
      return [el('p', { class: 'md-raw' }, [String(token.raw ?? token.text ?? '')])];
  }
}

function list(token, context) {
  const attrs = {};
  const start = Number(token.start);
  if (token.ordered && Number.isInteger(start) && start !== 1) attrs.start = String(start);
  return el(token.ordered ? 'ol' : 'ul', attrs, token.items.map((item) => el('li', {}, blocks(item.tokens, context))));
}

/** A task list's box, as a character: an input element would suggest it can be ticked here. */
function checkbox(token) {
  return el('span', { class: 'md-task' }, [token.checked ? '☑ ' : '☐ ']);
}

function table(token) {
  const cell = (tag) => (c) => el(tag, ALIGNMENTS.has(c.align) ? { 'data-align': c.align } : {}, inline(c.tokens));
  return el('div', { class: 'md-table' }, [el('table', {}, [
    el('thead', {}, [el('tr', {}, token.header.map(cell('th')))]),
    el('tbody', {}, token.rows.map((row) => el('tr', {}, row.map(cell('td'))))),
  ])]);
}

function inline(tokens) {
  return (tokens || []).flatMap(inlineToken);
}

function inlineToken(token) {
  switch (token.type) {
    case 'text':
      return token.tokens ? inline(token.tokens) : [decodeEntities(token.text)];
    case 'escape': // a backslash-escaped character, already without its backslash
      return [token.text];
    case 'strong':
    case 'em':
    case 'del':
      return [el(token.type, {}, inline(token.tokens))];
    case 'codespan':
      return [el('code', {}, [token.text])];
    case 'br':
      return [el('br')];
    case 'link':
      return link(token, inline(token.tokens));
    case 'image': // no images: they would load from wherever the writer says; a link to it instead
      return link(token, [decodeEntities(token.text) || token.href]);
    case 'html': // an inline tag or comment, as the text it is
      return [token.text];
    case 'checkbox':
      return [checkbox(token)];
    default:
      return [String(token.raw ?? token.text ?? '')];
  }
}

function link(token, children) {
  const href = safeHref(token.href);
  if (!href) return [token.raw]; // what was typed, so the writer sees why it is not a link
  const attrs = { href, ...LINK_ATTRS };
  if (token.title) attrs.title = decodeEntities(token.title);
  return [el('a', attrs, children)];
}
