// Just enough of a DOM for a view that builds elements with dom.js's h() and reads back their text: elements with
// children, text, attributes, dataset and hidden. Installed as globalThis.document for the test that asks.

class FakeText {
  constructor(text) {
    this.nodeType = 3;
    this.data = String(text);
    this.parent = null;
  }

  get textContent() {
    return this.data;
  }
}

export class FakeElement {
  constructor(tag) {
    this.nodeType = 1;
    this.tagName = tag.toUpperCase();
    this.childNodes = [];
    this.attributes = new Map();
    this.dataset = {};
    this.listeners = {};
    this.hidden = false;
    this.className = '';
    this.parent = null;
  }

  get children() {
    return this.childNodes.filter((n) => n.nodeType === 1);
  }

  get textContent() {
    return this.childNodes.map((n) => n.textContent).join('');
  }

  set textContent(text) {
    this.replaceChildren(new FakeText(text));
  }

  setAttribute(name, value) {
    this.attributes.set(name, String(value));
  }

  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }

  addEventListener(type, fn) {
    (this.listeners[type] ||= []).push(fn);
  }

  append(...nodes) {
    for (const node of nodes) {
      const child = typeof node === 'string' ? new FakeText(node) : node;
      if (child.parent) child.parent.childNodes = child.parent.childNodes.filter((n) => n !== child);
      child.parent = this;
      this.childNodes.push(child);
    }
  }

  replaceChildren(...nodes) {
    this.childNodes = [];
    this.append(...nodes);
  }

  /** The first descendant (depth first) whose class list has `name`. */
  byClass(name) {
    for (const child of this.children) {
      if (child.className.split(/\s+/).includes(name)) return child;
      const found = child.byClass(name);
      if (found) return found;
    }
    return null;
  }
}

export function installFakeDocument() {
  globalThis.document = {
    createElement: (tag) => new FakeElement(tag),
    createTextNode: (text) => new FakeText(text),
  };
}
