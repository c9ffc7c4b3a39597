// The posting read once into a document: its sections (with their kind), their lines and the
// sentences of each line, every piece with its character offsets into `posting.description`, so a
// reader that quotes a sentence can point at it and no reader splits the text again.
// Built from the sections analyzers/posting.ts makes; cached per posting object.

import { splitSentences } from './posting';
import type { Posting, SectionKind } from './types';

/** A stretch of the description: `description.slice(start, end) === text`. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface DocSentence extends Span {
  /** Index of its section in `document.sections`, and of its line in that section. */
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
      const own: DocSentence[] = [];
      let inLine = 0;
      for (const text of splitSentences(line.text)) {
        const at = line.text.indexOf(text, inLine);
        const from = at >= 0 ? at : inLine;
        inLine = from + text.length;
        own.push({ text, start: start + from, end: start + from + text.length, section: s, line: l });
      }
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
