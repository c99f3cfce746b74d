// DOM helpers. Text always goes in through textContent / text nodes, so user-written names, titles and
// prompts can never become markup.

/**
 * Creates an element. `props` keys starting with "on" become listeners, `class` sets className, `for` a label's
 * htmlFor, `dataset` and `attrs` set attributes; children are nodes or strings (strings become text nodes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'attrs') for (const [a, v] of Object.entries(value)) el.setAttribute(a, v);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'text') el.textContent = value;
    else if (key === 'for') el.htmlFor = value; // the property's name differs from the attribute's
    else el[key] = value;
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id} in the page`);
  return el;
}

/** Sets text only when it changed, so ticking views do not churn the DOM or screen readers. */
export function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

/** Server messages are lower-case fragments ("the timer is not idle"); show them as sentences. */
export function asSentence(text) {
  const t = String(text || '').trim();
  if (!t) return t;
  const capital = t[0].toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}
