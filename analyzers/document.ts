// The posting read once into a document: its sections (with their kind), their lines and the
// sentences of each line, every piece with its character offsets into `posting.description`, so a
// reader that quotes a sentence can point at it and no reader splits the text again.
// Built from the sections analyzers/posting.ts makes; cached per posting object.

import type { Posting, SectionKind } from './types';

/** A stretch of the description: `description.slice(start, end) === text`. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface DocSentence extends Span {
  /** Index of its section in the document's `sections`, and of its line in that section. */
  readonly section: number;
  readonly line: number;
}

export interface DocLine extends Span {
  readonly bullet: boolean;
  readonly sentences: readonly DocSentence[];
}

export interface DocSection {
  readonly heading: string | null;
  readonly kind: SectionKind | null;
  readonly lines: readonly DocLine[];
}

export interface PostingDocument {
  readonly posting: Posting;
  readonly title: string;
  readonly description: string;
  readonly sections: readonly DocSection[];
  /** Every sentence in reading order. */
  readonly sentences: readonly DocSentence[];
}

// A sentence ends at ".", "!" or "?" before a capital, a quote, a bracket or a figure ("… preferred.
// 2 years of …"), and where a scrape glued the next one on ("… a plus.2+ years", "5 years
// experienceCRM experience is preferred"). Not after an
// abbreviation: "e.g. 3", "min. 2 years", "ca. 5 Jahre", "U.S. Army".
const SENTENCE_END = /(?<=[\p{Ll}\p{N})”"’%][.!?])\s+(?=[\p{Lu}"“(\d])|(?<=\p{Ll}{2}[.!?])(?=\+?\s?\d|\p{Lu})|(?<=\p{Ll}{3})(?=\p{Lu}{2,}[\s\p{Ll}])/gu;
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|min|max|approx|appr|ca|no|nr|vs|inc|st|dr|mr|ms|mrs|jr|sr|dept|mind|bzw|z\.b|evtl|ggf|inkl|zzgl|bspw|usw|env|cf)[.!?]$/i;

/** The sentences of one line, each with its offset in the line. */
export function sentencesOf(line: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = line.slice(from, to);
    const text = raw.trim();
    if (text) out.push({ text, at: from + raw.indexOf(text) });
  };
  for (const cut of line.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(line.slice(Math.max(from, cut.index - 8), cut.index))) continue;
    push(cut.index);
    from = cut.index;
  }
  push(line.length);
  return out;
}

/** Where `text` stands in `whole` at or after `from`; -1 when it is not there (never for intake text). */
const locate = (whole: string, text: string, from: number): number => whole.indexOf(text, from);

function buildDocument(posting: Posting): PostingDocument {
  const { description } = posting;
  const sections: DocSection[] = [];
  const sentences: DocSentence[] = [];
  let cursor = 0;
  posting.sections.forEach((section, s) => {
    if (section.heading !== null) {
      const at = locate(description, section.heading, cursor);
      if (at >= 0) cursor = at + section.heading.length;
    }
    const lines: DocLine[] = section.lines.map((line, l) => {
      const found = locate(description, line.text, cursor);
      const start = found >= 0 ? found : cursor;
      cursor = found >= 0 ? start + line.text.length : cursor;
      const own: DocSentence[] = sentencesOf(line.text).map(({ text, at }) => ({ text, start: start + at, end: start + at + text.length, section: s, line: l }));
      sentences.push(...own);
      return { text: line.text, bullet: line.bullet, start, end: start + line.text.length, sentences: own };
    });
    sections.push({ heading: section.heading, kind: section.kind, lines });
  });
  return { posting, title: posting.title, description, sections, sentences };
}

const cache = new WeakMap<Posting, PostingDocument>();

/** The document of a posting, built on first use and kept as long as the posting is. */
export function documentOf(posting: Posting): PostingDocument {
  let doc = cache.get(posting);
  if (!doc) {
    doc = buildDocument(posting);
    cache.set(posting, doc);
  }
  return doc;
}
