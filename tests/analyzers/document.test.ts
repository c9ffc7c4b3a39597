import { describe, expect, it } from 'vitest';
import { documentOf, sentencesOf } from '../../analyzers/document';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { corpusText, loadCorpus } from '../../scripts/corpus';

const corpusPosting = (id: string) => {
  const p = loadCorpus().find((r) => r.id === id);
  if (!p) throw new Error(`no corpus posting ${id}`);
  return readPosting(postingFromText(corpusText(p)));
};

describe('documentOf', () => {
  // glassdoor2020-055: a bank's social media posting with a summary, duties and its years sentence.
  const posting = corpusPosting('glassdoor2020-055');
  const doc = documentOf(posting);

  it('keeps the posting’s sections, with their kinds, in order', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(posting.sections.map((s) => s.heading));
    expect(doc.sections.map((s) => s.kind)).toEqual(posting.sections.map((s) => s.kind));
    expect(doc.sections.map((s) => s.kind)).toContain('duties');
  });

  it('gives every line and sentence offsets that point at its text in the description', () => {
    let last = -1;
    for (const section of doc.sections) {
      for (const line of section.lines) {
        expect(posting.description.slice(line.start, line.end)).toBe(line.text);
        expect(line.start).toBeGreaterThan(last);
        last = line.start;
        for (const s of line.sentences) {
          expect(posting.description.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(line.start);
          expect(s.end).toBeLessThanOrEqual(line.end);
        }
      }
    }
    expect(doc.sentences.length).toBe(doc.sections.flatMap((s) => s.lines).flatMap((l) => l.sentences).length);
  });

  it('finds the years sentence the reader quotes', () => {
    const hit = doc.sentences.find((s) => /Minimum of 3 years/.test(s.text));
    expect(hit).toBeDefined();
    expect(doc.sections[hit!.section]!.lines[hit!.line]!.sentences).toContain(hit);
  });

  it('is built once per posting', () => {
    expect(documentOf(posting)).toBe(doc);
    expect(documentOf(readPosting(postingFromText(corpusText(loadCorpus()[0]!))))).not.toBe(doc);
  });
});

describe('sentencesOf', () => {
  it('ends a sentence before a figure and where a scrape glued one on (occ-200)', () => {
    expect(sentencesOf('Bilingual Spanish preferred. 2 years of experience as a medical assistant.').map((s) => s.text)).toEqual([
      'Bilingual Spanish preferred.',
      '2 years of experience as a medical assistant.',
    ]);
    expect(sentencesOf('Certification in Agile all a plus.2+ years of product experience').map((s) => s.text)).toEqual([
      'Certification in Agile all a plus.',
      '2+ years of product experience',
    ]);
  });

  it('does not end one after an abbreviation or inside a figure', () => {
    for (const line of ['Min. 2 years in retail', 'Tools, e.g. 3D software', 'Pay is $16.26 per hour', 'Served in the U.S. Army for 4 years']) {
      expect(sentencesOf(line).map((s) => s.text)).toEqual([line]);
    }
  });

  it('gives each sentence its offset in the line', () => {
    const line = 'Great team.  Apply now! 3 years of experience.';
    for (const s of sentencesOf(line)) expect(line.slice(s.at, s.at + s.text.length)).toBe(s.text);
  });
});
