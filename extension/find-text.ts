// Finds the posting's words on the live page and marks them, for "show me where it says that".
// The report quotes the text as the intake cleaned it (spaces collapsed, bullets added, glued words
// split), so the page's text and the quote are compared with spaces, bullets, case and quote
// styles set aside. Takes the Document as an argument; never writes the posting's text as HTML.

export const HIGHLIGHT_NAME = 'scopefit-evidence';
const STYLE_ID = 'scopefit-highlight-style';
const MARK_ATTR = 'data-scopefit-evidence';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG']);

const FOLD: Readonly<Record<string, string>> = {
  '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"',
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-',
};

// Spaces, invisible characters, bullets, and currency signs (the report may write "AUD 130,000"
// where the page shows "$130,000").
const SET_ASIDE = /[\s\u200b-\u200f\u2060\ufeff\u00ad•·▪●◦$€£¥₹]/;
const LEADING_CURRENCY_CODE = /^[A-Z]{3}\s?(?=[\d$€£¥₹])/;

/** One UTF-16 unit as compared, or '' for one that is set aside. */
function fold(ch: string): string {
  if (SET_ASIDE.test(ch)) return '';
  const folded = FOLD[ch] ?? ch.toLowerCase();
  return folded.length === 1 ? folded : ch;
}

export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += fold(text[i] ?? '');
  return out;
}

interface PageText {
  readonly text: string;
  readonly nodes: Text[];
  /** For each character of `text`: which node, and where in it. */
  readonly node: number[];
  readonly offset: number[];
}

function pageText(doc: Document): PageText {
  const nodes: Text[] = [];
  const node: number[] = [];
  const offset: number[] = [];
  let text = '';
  const root = doc.body;
  if (root === null) return { text, nodes, node, offset };
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent === null || SKIP.has(parent.tagName.toUpperCase()) || parent.closest('script,style,noscript,template') !== null) continue;
    const value = n.nodeValue ?? '';
    const index = nodes.push(n as Text) - 1;
    for (let i = 0; i < value.length; i++) {
      const f = fold(value[i] ?? '');
      if (f === '') continue;
      text += f;
      node.push(index);
      offset.push(i);
    }
  }
  return { text, nodes, node, offset };
}

function visible(el: Element | null): boolean {
  if (el === null) return false;
  // Not in every browser (Chromium 105+, Firefox 106+): without it, everything counts as visible.
  const checked = el as Element & { checkVisibility?: (this: Element) => boolean };
  return typeof checked.checkVisibility === 'function' ? checked.checkVisibility() : true;
}

/**
 * The first visible place on the page that says `needle`; when the whole quote is not there (the
 * page changed, or the quote joins two blocks), its opening words, else its closing words.
 */
export function findText(doc: Document, needle: string): Range | null {
  const wanted = foldText(needle.trim().replace(LEADING_CURRENCY_CODE, ''));
  if (wanted.length < 2) return null;
  const page = pageText(doc);
  const parts = [wanted, wanted.slice(0, 80), wanted.slice(0, 40), wanted.slice(-40)].filter((p, i, all) => p.length >= 2 && all.indexOf(p) === i);
  for (const part of parts) {
    let fallback: Range | null = null;
    for (let at = page.text.indexOf(part); at !== -1; at = page.text.indexOf(part, at + 1)) {
      const range = rangeOf(doc, page, at, at + part.length - 1);
      if (range === null) continue;
      if (visible(page.nodes[page.node[at] ?? -1]?.parentElement ?? null)) return range;
      fallback ??= range;
    }
    if (fallback !== null) return fallback;
  }
  return null;
}

function rangeOf(doc: Document, page: PageText, first: number, last: number): Range | null {
  const startNode = page.nodes[page.node[first] ?? -1];
  const endNode = page.nodes[page.node[last] ?? -1];
  const startOffset = page.offset[first];
  const endOffset = page.offset[last];
  if (startNode === undefined || endNode === undefined || startOffset === undefined || endOffset === undefined) return null;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}

type HighlightWindow = Window & {
  Highlight?: new (...ranges: Range[]) => unknown;
  CSS?: { highlights?: Map<string, unknown> };
};

/** Marks the range (CSS Custom Highlight API, else a <mark> around a single text node) and scrolls to it. */
export function showHighlight(doc: Document, range: Range): void {
  clearHighlight(doc);
  const win = doc.defaultView as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  if (win?.Highlight !== undefined && registry !== undefined) {
    ensureStyle(doc);
    registry.set(HIGHLIGHT_NAME, new win.Highlight(range));
  } else if (range.startContainer === range.endContainer) {
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    range.surroundContents(mark);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export function clearHighlight(doc: Document): void {
  const win = doc.defaultView as HighlightWindow | null;
  win?.CSS?.highlights?.delete(HIGHLIGHT_NAME);
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    mark.replaceWith(...Array.from(mark.childNodes));
  }
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID) !== null) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54a; color: #111; }`;
  (doc.head ?? doc.documentElement).append(style);
}
