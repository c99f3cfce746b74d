// The Markdown tree: what the notes, the prompt and the report become before they reach the DOM. Everything here
// goes to the page through createElement and text nodes, so the tests check two things: the Markdown a writer
// uses comes out as the elements a reader expects, and hostile input comes out as text, never as markup.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ALLOWED, markdownTree, safeHref } from '../../main/resources/webroot/js/markdown/tree.js';
import { decodeEntities } from '../../main/resources/webroot/js/markdown/entities.js';

/** Every element node of a tree, depth first. */
function elements(nodes) {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [n, ...elements(n.children)]));
}

function textOf(nodes) {
  return nodes.map((n) => (typeof n === 'string' ? n : textOf(n.children))).join('');
}

/** The tree holds only allowed elements and attributes, and every link goes to http, https or mailto. */
function assertSafe(tree) {
  for (const node of elements(tree)) {
    assert.ok(Object.hasOwn(ALLOWED, node.tag), `element ${node.tag} is not allowed`);
    for (const [name, value] of Object.entries(node.attrs)) {
      assert.ok(ALLOWED[node.tag].includes(name), `attribute ${name} on ${node.tag}`);
      assert.equal(typeof value, 'string');
      if (name === 'href') assert.match(value, /^(https?:\/\/|mailto:)/, `href ${value}`);
    }
  }
}

const tags = (tree) => elements(tree).map((n) => n.tag);
const links = (tree) => elements(tree).filter((n) => n.tag === 'a');

describe('markdown tree: what a writer uses', () => {
  test('headings start at the given level and keep their Markdown depth as a class', () => {
    const tree = markdownTree('# Requirements\n\n## Scale\n\n###### Six', { headingLevel: 3 });
    assert.deepEqual(tree.map((n) => [n.tag, n.attrs.class, textOf(n.children)]), [
      ['h3', 'md-h1', 'Requirements'], ['h4', 'md-h2', 'Scale'], ['h6', 'md-h6', 'Six']]);
  });

  test('paragraphs, emphasis, strong, strikethrough, code spans and hard line breaks', () => {
    const tree = markdownTree('Some *soft* and **hard** ~~old~~ `p99 < 50ms`  \nnext line');
    assertSafe(tree);
    assert.deepEqual(tags(tree), ['p', 'em', 'strong', 'del', 'code', 'br']);
    assert.equal(textOf(tree), 'Some soft and hard old p99 < 50msnext line', 'the break is an element, not text');
  });

  test('bullet, numbered and nested lists, with the numbered one keeping its start', () => {
    const tree = markdownTree('- features\n- model\n  - GBDT\n\n3. three\n4. four');
    assert.deepEqual(tags(tree), ['ul', 'li', 'li', 'ul', 'li', 'ol', 'li', 'li']);
    assert.equal(tree[1].attrs.start, '3');
    assert.equal(textOf(tree[0].children[1].children), 'modelGBDT');
  });

  test('a task list shows its boxes as characters, not as inputs', () => {
    const tree = markdownTree('- [x] clarify\n- [ ] deep dive');
    assert.ok(!tags(tree).includes('input'));
    assert.deepEqual(tree[0].children.map((li) => textOf(li.children)), ['☑ clarify', '☐ deep dive']);
  });

  test('a fenced code block keeps its text exactly, entities and tags included', () => {
    const tree = markdownTree('```python\nif p < 0.5 and x &amp; y:\n    <b>\n```');
    assert.deepEqual(tags(tree), ['pre', 'code']);
    assert.equal(textOf(tree), 'if p < 0.5 and x &amp; y:\n    <b>');
  });

  test('block quotes and rules', () => {
    const tree = markdownTree('> labels arrive late\n\n---');
    assert.deepEqual(tags(tree), ['blockquote', 'p', 'hr']);
  });

  test('a table with its alignments', () => {
    const tree = markdownTree('| Phase | Actual |\n| :-- | --: |\n| Clarify | 04:10 |');
    assertSafe(tree);
    assert.deepEqual(tags(tree), ['div', 'table', 'thead', 'tr', 'th', 'th', 'tbody', 'tr', 'td', 'td']);
    const cells = elements(tree).filter((n) => n.tag === 'td');
    assert.deepEqual(cells.map((c) => [c.attrs['data-align'], textOf(c.children)]), [['left', 'Clarify'], ['right', '04:10']]);
  });

  test('http, https and mailto links open in a new tab that gets no handle on the room', () => {
    const tree = markdownTree('[paper](https://example.org/a?b=1 "The paper") <http://ex.com> ops@example.com www.example.net');
    assertSafe(tree);
    assert.deepEqual(links(tree).map((a) => a.attrs.href),
      ['https://example.org/a?b=1', 'http://ex.com/', 'mailto:ops@example.com', 'http://www.example.net/']);
    for (const a of links(tree)) {
      assert.equal(a.attrs.rel, 'noopener noreferrer');
      assert.equal(a.attrs.target, '_blank');
    }
    assert.equal(links(tree)[0].attrs.title, 'The paper');
  });

  test('reference links resolve, and their definitions show nothing', () => {
    const tree = markdownTree('See [the doc][d].\n\n[d]: https://example.org/doc');
    assert.deepEqual(links(tree).map((a) => a.attrs.href), ['https://example.org/doc']);
    assert.equal(textOf(tree), 'See the doc.');
  });

  test('character references are decoded into text, and unknown ones stay as written', () => {
    assert.equal(textOf(markdownTree('AT&amp;T &rarr; 5 &lt; 6 &#x1F600; &#0; &bogus;')), 'AT&T → 5 < 6 😀 \ufffd &bogus;');
    assert.equal(decodeEntities('&#55296;'), '\ufffd', 'a lone surrogate');
  });

  test('the report the server writes renders: title, list, table, quote and the notes as a code block', () => {
    const report = '# Round 1: Fraud\n\n- Room: Thursday\n- Interviewer: Ada\n\n## Prompt\n\n> Design it.\n>\n> - 2k tps\n\n'
      + '## Phases\n\n| Phase | Actual |\n| --- | --- |\n| Clarify | 05:00 |\n\n## Shared notes\n\n'
      + '````markdown\n# Notes\n```\ncode\n```\n````\n';
    const tree = markdownTree(report, { headingLevel: 3 });
    assertSafe(tree);
    assert.deepEqual(tree.map((n) => n.tag), ['h3', 'ul', 'h4', 'blockquote', 'h4', 'div', 'h4', 'pre']);
    assert.equal(textOf([tree.at(-1)]), '# Notes\n```\ncode\n```');
  });
});

describe('markdown tree: hostile input stays text', () => {
  const hostile = [
    ['a script block', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['a script in mixed case, inline', 'hi <ScRiPt>alert(1)</sCrIpT>', '<ScRiPt>alert(1)</sCrIpT>'],
    ['an image with onerror, inline', 'x <img src=x onerror=alert(1)> y', '<img src=x onerror=alert(1)>'],
    ['an image with onerror, as a block', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['an anchor tag', '<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)">'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['an HTML comment', 'before <!-- hidden --> after', '<!-- hidden -->'],
    ['a block comment', '<!--\nhidden\n-->', '<!--\nhidden\n-->'],
    ['a style block', '<style>body{display:none}</style>', '<style>body{display:none}</style>'],
    ['an svg with onload', '<svg onload=alert(1)>', '<svg onload=alert(1)>'],
    ['encoded markup', '&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
    ['numerically encoded markup', '&#60;script&#62;alert(1)&#60;/script&#62;', '<script>alert(1)</script>'],
  ];
  for (const [what, source, shown] of hostile) {
    test(`${what} is shown as text`, () => {
      const tree = markdownTree(source);
      assertSafe(tree);
      assert.ok(textOf(tree).includes(shown), `${JSON.stringify(textOf(tree))} shows ${shown}`);
    });
  }

  const badLinks = [
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](jav&#x61;script:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](<javascript:alert(1)>)',
    '[x](java\\script:alert(1))',
    '[x](%20javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](file:///etc/passwd)',
    '[x](/r/room#t=secret)',
    '[x](//evil.example/)',
    '<javascript:alert(1)>',
    '![x](javascript:alert(1))',
    '[x][r]\n\n[r]: javascript:alert(1)',
  ];
  for (const source of badLinks) {
    test(`${JSON.stringify(source)} is not a link`, () => {
      const tree = markdownTree(source);
      assertSafe(tree);
      assert.deepEqual(links(tree), []);
      assert.ok(!textOf(tree).includes('\u0000'));
    });
  }

  test('a link that is refused shows the Markdown that was typed', () => {
    assert.equal(textOf(markdownTree('see [x](javascript:alert(1)) now')), 'see [x](javascript:alert(1)) now');
  });

  test('an image becomes a link to it, so nothing loads from an address a writer chose', () => {
    const tree = markdownTree('![diagram](https://example.org/d.png)');
    assert.ok(!tags(tree).includes('img'));
    assert.deepEqual(links(tree).map((a) => [a.attrs.href, textOf(a.children)]), [['https://example.org/d.png', 'diagram']]);
  });

  test('a title with quotes stays one attribute value', () => {
    const tree = markdownTree('[x](https://a.example "\\" onmouseover=\\"alert(1)")');
    assertSafe(tree);
    assert.deepEqual(Object.keys(links(tree)[0].attrs).sort(), ['href', 'rel', 'target', 'title']);
  });

  test('safeHref normalises what it lets through', () => {
    assert.equal(safeHref(' https://EXAMPLE.org/a b '), 'https://example.org/a%20b');
    assert.equal(safeHref('\tjavascript:alert(1)'), null);
    assert.equal(safeHref('java\nscript:alert(1)'), null);
    assert.equal(safeHref(undefined), null);
  });

  test('random mixes of Markdown and markup never produce anything off the allow-list', () => {
    const parts = ['# ', '- ', '> ', '1. ', '**', '*', '_', '`', '```\n', '\n', '\n\n', '|', ' | --- |\n', '[a](',
      'javascript:', 'https://x.example', ')', '<', '>', '<img src=x onerror=alert(1)>', '<script>', '</script>',
      '<!--', '-->', '&#x6a;', '&lt;', '![', ']', '"', "'", 'text ', '\\', '    ', '<a href=', '&amp;'];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 500; i++) {
      let source = '';
      const length = next() % 40;
      for (let j = 0; j < length; j++) source += parts[next() % parts.length];
      assertSafe(markdownTree(source));
    }
  });

  test('input nested too deep for the parser is still shown, as text', () => {
    const deep = '>'.repeat(20000) + ' deep';
    const tree = markdownTree(deep);
    assertSafe(tree);
    assert.ok(textOf(tree).includes('deep'));
  });

  test('empty and missing text give an empty tree', () => {
    assert.deepEqual(markdownTree(''), []);
    assert.deepEqual(markdownTree(null), []);
  });
});
