// Turns page markup into the plain text a posting carries: one line per block, "• " before list
// items, nothing hidden, no CSS or script text. Reads only; it never writes into the page.

/** Elements whose text is never posting text (code, styles, controls, media). */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'UL', 'OL', 'DL', 'DT', 'DD',
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN',
  'NAV', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DETAILS', 'SUMMARY',
  'FORM', 'FIELDSET', 'LEGEND', 'HR', 'CENTER',
]);

const CELLS = new Set(['TD', 'TH']);

// Zero-width characters, the soft hyphen and bidi controls: invisible, yet they split words.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
// A line that already starts with a bullet glyph (or "- ", "* " in plain-text postings).
const BULLET_START = /^(?:[•●▪◦‣⁃∙·■□➢➤►▶✓✔]|[-*–](?=\s))\s*/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** True for an element the page hides from every reader (not one merely styled off-screen). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Removes invisible characters and collapses every run of white space to one space. */
export function cleanInline(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  private bulletPending = false;

  write(text: string): void {
    const piece = text.replace(INVISIBLE, '').replace(SPACES, ' ');
    if (piece === '' || (this.current === '' && piece === ' ')) return;
    if (this.current === '' && this.bulletPending) {
      this.current = '• ';
      this.bulletPending = false;
      this.current += piece.replace(/^ /, '').replace(BULLET_START, '');
      return;
    }
    this.current += this.current.endsWith(' ') && piece.startsWith(' ') ? piece.slice(1) : piece;
  }

  /** Text from <pre>: keeps its own line breaks. */
  writePreformatted(text: string): void {
    const parts = text.split(/\r?\n/);
    parts.forEach((part, i) => {
      if (i > 0) this.breakLine();
      this.write(part);
    });
  }

  breakLine(): void {
    const line = this.current.trim();
    if (line !== '' && line !== '•') this.lines.push(normaliseBullet(line));
    this.current = '';
  }

  startBullet(): void {
    this.breakLine();
    this.bulletPending = true;
  }

  endBullet(): void {
    this.breakLine();
    this.bulletPending = false;
  }
}

function normaliseBullet(line: string): string {
  const match = BULLET_START.exec(line);
  if (match === null) return line;
  const rest = line.slice(match[0].length).trim();
  return rest === '' ? line : `• ${rest}`;
}

function walk(node: Node, out: LineWriter, pre: boolean): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const data = child.nodeValue ?? '';
      if (pre) out.writePreformatted(data);
      else writeText(data, out);
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      out.breakLine();
      continue;
    }
    if (tag === 'LI') {
      out.startBullet();
      walk(el, out, pre);
      out.endBullet();
      continue;
    }
    if (CELLS.has(tag)) {
      out.write(' ');
      walk(el, out, pre);
      out.write(' ');
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) out.breakLine();
    walk(el, out, pre || tag === 'PRE');
    if (block) out.breakLine();
  }
}

// A blank line inside one run of text (plain-text postings, pre-line blocks) ends a paragraph. The
// lookbehind starts a match only where a run of spaces starts, so a long run is scanned once.
const BLANK_LINE = /(?<![^\S\n])[^\S\n]*\n[^\S\n]*\n\s*/;

function writeText(data: string, out: LineWriter): void {
  const parts = data.split(BLANK_LINE);
  // Whether any words stand before / from each part: one pass each way, not a join per break.
  const wordsBefore: boolean[] = [];
  let seen = false;
  for (const part of parts) {
    wordsBefore.push(seen);
    seen ||= part.trim() !== '';
  }
  const wordsFrom: boolean[] = new Array<boolean>(parts.length);
  seen = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    seen ||= parts[i]!.trim() !== '';
    wordsFrom[i] = seen;
  }
  parts.forEach((part, i) => {
    if (i > 0) {
      if (wordsBefore[i] && wordsFrom[i]) out.breakLine();
      else out.write(' ');
    }
    out.write(part);
  });
}

/** The lines of an element's visible text: one per block, list items as "• item". */
export function blockLines(el: Node): string[] {
  const out = new LineWriter();
  walk(el, out, false);
  out.breakLine();
  return out.lines;
}

/** An element's visible text as plain text, one line per block. */
export function blockText(el: Node): string {
  return blockLines(el).join('\n');
}

/** An element's visible text on one line (titles, names, places). */
export function inlineText(el: Node | null | undefined): string {
  if (el === null || el === undefined) return '';
  return cleanInline(blockLines(el).join(' '));
}

/**
 * Plain text of an HTML string (a JSON-LD or embedded description), parsed in a detached document
 * made from `doc`, so nothing is inserted into, loaded by or run in the page.
 */
export function htmlToText(html: string, doc: Document): string {
  return blockText(parseDetached(html, doc));
}

/** One-line text of a string that may hold entities or tags ("R&amp;D" → "R&D"). */
export function decodeInline(text: string, doc: Document): string {
  if (!/[&<]/.test(text)) return cleanInline(text);
  return inlineText(parseDetached(text, doc));
}

/**
 * Text that arrives as a string field (JSON-LD, an app's embedded data): HTML, HTML escaped once
 * more ("&lt;p&gt;", as some boards write it), or plain text whose line breaks are the blocks.
 */
export function richText(text: string, doc: Document): string {
  if (/<\/?[a-z][a-z0-9]*[\s/>]/i.test(text)) return htmlToText(text, doc);
  if (/&lt;\/?[a-z]/i.test(text)) return htmlToText(parseDetached(text, doc).textContent ?? '', doc);
  return plainTextLines(text.includes('&') ? parseDetached(text, doc).textContent ?? text : text);
}

/** Plain text kept to one line per non-empty line, bullets normalised to "• ". */
export function plainTextLines(text: string): string {
  return text
    .split(/\r?\n|\u2028|\u2029/)
    .map((line) => cleanInline(line))
    .filter((line) => line !== '')
    .map(normaliseBullet)
    .join('\n');
}

function parseDetached(html: string, doc: Document): Element {
  // DOMParser makes an inert document: markup parsed there runs no script and loads nothing (and
  // store reviewers' linters rightly flag innerHTML).
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (Parser !== undefined) return new Parser().parseFromString(html, 'text/html').body;
  // No parser at all (a DOM with no window): keep the words, drop the tags.
  const holder = doc.createElement('div');
  holder.textContent = html.replace(/<[^<>]*>/g, ' ');
  return holder;
}
