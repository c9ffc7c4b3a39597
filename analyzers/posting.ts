// Posting intake: pasted text, markdown, scraped HTML fragments → a Posting with a clean plain-text
// description split into sections. Every analyzer quotes evidence from `posting.description`, so
// the text made here is the text the user sees and highlights.

import { guessLanguage } from './language';
import { CAMEL_CASE_WORDS } from './vocabulary/joined-words';
import type { SectionKind } from './vocabulary/headings';
import { compiledVocabulary, vocabularyFor, type CompiledVocabulary } from './vocabulary/index';
import type { Language, Posting, PostingInput, Section, SectionLine } from './types';

const BULLET = '• ';

/**
 * One posting, however long, is well under this (the longest in ../shared/corpus has 15,745
 * characters). Past it the text is a page's whole content or a file dump, not a job: the extension
 * refuses it rather than hold its worker for seconds and overflow storage.session's 10 MB quota
 * (tests/e2e/hostile.test.ts), and the audit page asks for a single posting.
 */
export const MAX_POSTING_CHARS = 100_000;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', bull: '•', hellip: '…', euro: '€', pound: '£', middot: '·', trade: '™', reg: '®', copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Text up to its last ">", where every tag is, and the rest, where none can be. Tag patterns run on
 * the first part only: past the last ">", each unclosed "<p " would send [^>]*> to the end of the
 * text and back, once per "<" (quadratic; scripts/regex-audit.ts).
 */
function atLastTag(text: string): [markup: string, rest: string] {
  const end = text.lastIndexOf('>') + 1;
  return [text.slice(0, end), text.slice(end)];
}

/**
 * <script>, <style>, <noscript> and <template> blocks, dropped whole with what they hold. A scan,
 * not one regex with a lazy body: with many openings and no closing tag, such a regex searches to
 * the end of the text from every opening.
 */
function withoutBlocks(markup: string): string {
  const opening = /<(script|style|noscript|template)\b[^>]*>/gi;
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  for (let open = opening.exec(markup); open !== null; open = opening.exec(markup)) {
    const name = open[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = opening.lastIndex;
    const close = closing.exec(markup);
    if (close === null) {
      unclosed.add(name); // none later either: this name is never looked for again
      continue;
    }
    out += `${markup.slice(from, open.index)} `;
    from = opening.lastIndex = close.index + close[0].length;
  }
  return out + markup.slice(from);
}

/** Every tag left ("<", at most 2,000 characters, ">") removed, as /<[^>]{0,2000}>/g would, in one pass. */
function withoutTags(markup: string): string {
  let out = '';
  let from = 0;
  let close = -1;
  for (let open = markup.indexOf('<'); open >= 0; open = markup.indexOf('<', open + 1)) {
    // The first ">" after this "<": the same as for the "<" before it, until this one is past it.
    if (close < open) close = markup.indexOf('>', open);
    if (close < 0) break;
    if (close - open - 1 <= 2000) {
      out += markup.slice(from, open);
      from = close + 1;
      open = close;
    }
  }
  return out + markup.slice(from);
}

/** Block-level HTML in a text field (some sources store the employer's markup) → one line per block. */
function htmlToLines(text: string): string {
  const [markup, rest] = atLastTag(text);
  const lines = withoutBlocks(markup)
    .replace(/<li\b[^>]*>/gi, `\n${BULLET}`)
    .replace(/<br\s*\/?>|<\/?(p|div|ul|ol|li|h[1-6]|tr|table|section|article|header|footer)\b[^>]*>/gi, '\n');
  return withoutTags(lines) + rest;
}

/**
 * A description holding a block tag, an inline tag, a tag that runs script or loads something, or
 * any tag with an attribute (<td onerror=…>) is markup. "<jobs@example.com>" is not.
 */
const looksLikeHtml = (text: string): boolean =>
  /<(?:(?:p|li|br|div|ul|ol|h[1-6]|table|section|article|span|b|i|u|em|strong|font|a|img|svg|iframe|object|embed|script|style|noscript|template|form|input|button|link|meta|video|audio|body|html)\b[^>]*|[a-z][\w-]*\s[^<>]*=[^<>]*)>/i
    .test(atLastTag(text)[0]);

// Invisible characters a page can smuggle in: zero-width spaces/joiners and bidi overrides/marks.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c]/g;

const camelWords = new Set(CAMEL_CASE_WORDS);

/**
 * Scrapers that drop line breaks glue a sentence's last word to the next one's first
 * ("per hourBenefits", "experienceBachelor's", "impact.Responsibilities"). Split those joins
 * back into lines, keeping words whose inner capital is real (YouTube, LinkedIn).
 */
export function repairJoins(line: string): string {
  const glued = /(?<=[a-z][a-z)’'%])(?=[A-Z][a-z’'])|(?<=[a-z]{5})(?=\d)|(?<=[a-z]{2}[.!?:]["”’)]?)(?=[A-Z][a-z])|(?<=[a-z][”"])(?=[A-Z][a-z])|(?<=[a-z][.!?])(?=[“"][A-Z])/g;
  const cuts: number[] = [];
  // Each word is found and judged once, however many joins it holds: a 100 kB "aaBbaaBb…" word
  // would otherwise be cut out and searched again at every join (quadratic).
  const wordEnd = /[\s,;!?)]/g;
  let end = -1;
  let lastSpace = -1;
  let scanned = 0;
  let cut = false;
  for (const m of line.matchAll(glued)) {
    const at = m.index;
    if (at >= end) {
      for (; scanned <= at; scanned++) if (line[scanned] === ' ') lastSpace = scanned;
      wordEnd.lastIndex = at;
      end = wordEnd.exec(line)?.index ?? line.length;
      const word = line.slice(lastSpace + 1, end).replace(/^[^A-Za-z]+|(?<![^A-Za-z'])[^A-Za-z']+$/g, '');
      cut = !camelWords.has(word) && !CAMEL_CASE_WORDS.some((w) => word.startsWith(w) || word.endsWith(w));
    }
    if (cut) cuts.push(at);
  }
  if (!cuts.length) return line;
  let out = '';
  let from = 0;
  for (const at of cuts) {
    out += `${line.slice(from, at)}\n`;
    from = at;
  }
  return out + line.slice(from);
}

function markdownLine(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+•▪●◦‣–]|\d{1,2}[.)])\s+/, BULLET)
    .replace(/\*\*|__/g, '')
    .replace(/\\([*_#+\-.!()[\]])/g, '$1')
    // The address stops at "[" too, so that a run of "[a](" cannot make each one read 500 characters.
    .replace(/\[([^\]\n]{1,200})\]\([^)\s[]{1,500}\)/g, '$1');
}

/** Any description (plain, markdown, HTML fragment, scraped run-together text) → clean lines. */
export function normaliseDescription(raw: string): string {
  let text = raw.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  if (looksLikeHtml(text)) text = htmlToLines(text);
  text = decodeEntities(text);
  // Escaped markup ("&lt;p&gt;", a field encoded twice) is markup once decoded, and an entity can
  // spell an invisible character ("&#x202e;"): both are dealt with after decoding too.
  if (looksLikeHtml(text)) text = htmlToLines(text);
  text = text.replace(INVISIBLE, '');
  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    // Runs and odd spaces only: a lone " " is left as it is rather than replaced by itself, which
    // in a 1 MB line of single spaces would build a new string from 300,000 pieces.
    const md = markdownLine(rawLine.replace(/[\t\u00a0 ]{2,}|[\t\u00a0]/g, ' ').trim());
    for (const piece of repairJoins(md).split('\n')) {
      const clean = piece.replace(/\s{2,}|[^\S ]/g, ' ').trim();
      if (clean && clean !== '•' && !/^[-*_=]{3,}$/.test(clean)) lines.push(clean);
    }
  }
  return lines.join('\n');
}

// "Primary Duties & Responsibilities" is "duties and responsibilities": ampersands spelled out and
// a leading qualifier dropped, so the heading table need not list every variant.
const QUALIFIER = /^(primary|key|main|major|core|essential|general|specific|principal|typical|daily) /;
const headingKey = (line: string): string =>
  line.toLowerCase().replace(/[’]/g, "'").replace(/^[•\s]+/, '').replace(/(?<![:.\s])[:.\s]+$/, '').replace(/ ?& ?/g, ' and ').replace(/\s+/g, ' ').trim();
/** The heading tables of a language (English ones included): vocabulary/index.ts. */
type Headings = Pick<CompiledVocabulary, 'headings' | 'headingPrefixes'>;
const headingsOf = (language: Language): Headings => compiledVocabulary(vocabularyFor(language) ?? undefined);

const knownHeading = (line: string, headings: Headings): SectionKind | undefined => {
  const key = headingKey(line);
  return headings.headings.get(key) ?? headings.headings.get(key.replace(QUALIFIER, ''));
};

/** What a heading says its section holds, from the language's heading table; null when unknown. */
export function sectionKindOf(heading: string, language: Language = 'en'): SectionKind | null {
  const headings = headingsOf(language);
  const exact = knownHeading(heading, headings);
  if (exact) return exact;
  const key = headingKey(heading);
  for (const [prefix, kind] of headings.headingPrefixes) if (key.startsWith(prefix)) return kind;
  return null;
}

/** A line is a heading when it is short and either ends in ":" or is a heading we know. */
function headingOf(line: string, headings: Headings): { heading: string; rest: string | null } | null {
  if (line.startsWith(BULLET)) return null;
  const words = line.split(' ').length;
  if (words <= 8 && knownHeading(line, headings)) return { heading: line, rest: null };
  if (words <= 8 && /:$/.test(line) && !/\d/.test(line)) return { heading: line.replace(/:$/, ''), rest: null };
  // "Preferred Skills Expertise with…": a known heading run into a capitalised first line.
  const words8 = line.split(' ');
  for (let n = Math.min(5, words8.length - 1); n >= 1; n--) {
    const head = words8.slice(0, n).join(' ');
    const after = words8[n] ?? '';
    if (/^[A-Z]/.test(after) && knownHeading(head, headings) && head.length > 4) {
      return { heading: head, rest: words8.slice(n).join(' ') };
    }
  }
  // "Responsibilities: Manage the accounts…" — a known heading run into its first line.
  const colon = line.indexOf(':');
  if (colon > 3 && colon < 60) {
    const head = line.slice(0, colon);
    if (knownHeading(head, headings)) return { heading: head, rest: line.slice(colon + 1).trim() || null };
  }
  return null;
}

export function splitSections(description: string, language: Language = 'en'): Section[] {
  const headings = headingsOf(language);
  const sections: Section[] = [];
  let heading: string | null = null;
  let lines: SectionLine[] = [];
  const close = (): void => {
    if (heading !== null || lines.length) sections.push({ heading, kind: heading ? sectionKindOf(heading, language) : null, lines });
  };
  for (const line of description.split('\n')) {
    const found = headingOf(line, headings);
    if (found) {
      close();
      heading = found.heading;
      lines = found.rest ? [{ text: found.rest, bullet: false }] : [];
      continue;
    }
    const bullet = line.startsWith(BULLET);
    lines.push({ text: bullet ? line.slice(BULLET.length) : line, bullet });
  }
  close();
  return sections;
}

/** Sentences of one line; abbreviations such as "e.g." and "U.S." do not end one. */
export function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[a-z0-9)”"’%][.!?])\s+(?=[A-Z"“(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The posting's language (language.ts); kept here for the callers that read it from the intake. */
export function detectLanguage(text: string): Language {
  return guessLanguage(text).language;
}

export function readPosting(input: PostingInput): Posting {
  const description = normaliseDescription(input.description);
  const title = normaliseDescription(input.title).replace(/\n/g, ' ');
  const language = detectLanguage(`${title}\n${description}`);
  return { ...input, title, description, language, sections: splitSections(description, language) };
}

/**
 * A posting as a person pastes one: first non-empty line is the title; an optional
 * `Company · Location` line; an optional `Pay: …` line (the job board's own pay field); the body.
 */
export function postingFromText(text: string, origin: { url?: string | null; site?: string | null } = {}): PostingInput {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '').split('\n');
  let i = lines.findIndex((l) => l.trim() !== '');
  const title = i >= 0 ? markdownLine(lines[i]!.trim()).replace(/^•\s*/, '') : '';
  i = i >= 0 ? i + 1 : lines.length;
  let company: string | null = null;
  let location: string | null = null;
  let payText: string | null = null;
  const next = (): string | undefined => lines[i]?.trim();
  // "Company · Location", either half possibly empty ("· Denver, CO" when no company is named).
  const meta = next();
  const metaParts = meta !== undefined && meta.length < 200 ? /^([^·]*)·(.*)$/.exec(meta) : null;
  if (metaParts) {
    company = metaParts[1]!.trim() || null;
    location = metaParts[2]!.trim() || null;
    i += 1;
  }
  const pay = next();
  if (pay !== undefined && /^pay:\s*/i.test(pay)) {
    payText = pay.replace(/^pay:\s*/i, '').trim() || null;
    i += 1;
  }
  return {
    title,
    company,
    location,
    payText,
    payEstimateText: null,
    description: lines.slice(i).join('\n'),
    url: origin.url ?? null,
    site: origin.site ?? null,
    method: 'text',
  };
}
