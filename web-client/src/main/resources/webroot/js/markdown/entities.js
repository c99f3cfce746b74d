// HTML character references in Markdown text ("&amp;", "&#x2192;", "&rarr;") decoded to the characters they name,
// as CommonMark asks, so that text put in through textContent reads as the writer meant. Decoding can only yield
// characters, never markup: the result goes into text nodes and link checks, never into innerHTML.

/**
 * The named references people actually type. The full HTML list has over 2,000 names; an unknown name is left as
 * written ("&bogus;" stays "&bogus;"), which is what a reader would expect anyway.
 */
const NAMED = Object.freeze({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  copy: '©', reg: '®', trade: '™', deg: '°', plusmn: '±', times: '×', divide: '÷', micro: 'µ', middot: '·',
  para: '¶', sect: '§', euro: '€', pound: '£', yen: '¥', cent: '¢', laquo: '«', raquo: '»',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', dagger: '†',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', lArr: '⇐', rArr: '⇒', hArr: '⇔',
  le: '≤', ge: '≥', ne: '≠', asymp: '≈', equiv: '≡', infin: '∞', minus: '−', radic: '√', sum: '∑', prod: '∏',
  part: '∂', isin: '∈', notin: '∉', cap: '∩', cup: '∪', and: '∧', or: '∨', not: '¬', forall: '∀', exist: '∃',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ',
  tau: 'τ', theta: 'θ', omega: 'ω', Delta: 'Δ', Sigma: 'Σ', Omega: 'Ω', check: '✓', cross: '✗',
});

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;
const REPLACEMENT = '\ufffd';

/** Code points a numeric reference may not name (CommonMark: they become U+FFFD). */
function invalid(code) {
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
}

/** `text` with its character references replaced by the characters they name. */
export function decodeEntities(text) {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal, hex, name) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex, 16);
    return invalid(code) ? REPLACEMENT : String.fromCodePoint(code);
  });
}
