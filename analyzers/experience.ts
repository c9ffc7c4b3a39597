// Years of experience asked. Every sentence of the posting's document (and its title) is read into
// years statements on their structure (experience/statement.ts); the bar is the highest minimum
// among REQUIRED statements about the applicant's experience (LABELING.md). Not the bar: ceilings
// ("up to 2 years"), schooling ("a 4-year degree"), ages, the company's history, windows of time
// ("in the last 3 years"), and years offered as an alternative to a degree.

import { documentOf } from './document';
import { statementsIn, wishedFor, type YearsStatement } from './experience/statement';
import type { Experience, Posting, SectionKind } from './types';

// Sections whose years are about the employer, the benefits or the law, not the applicant; an
// Indeed-style "Field: 2 years (Required)" line is read wherever a run-together page put it.
const NOT_ASKED: ReadonlySet<SectionKind | null> = new Set<SectionKind | null>(['company', 'benefits', 'legal', 'pay']);

/** Years statements about the applicant's experience, from the title and every sentence. */
export function yearsStatements(posting: Posting): YearsStatement[] {
  const doc = documentOf(posting);
  const all: YearsStatement[] = [];
  for (const s of statementsIn(doc.title, { preferredSection: false, title: true, lineStart: false })) all.push(s);
  for (const section of doc.sections) {
    const skip = NOT_ASKED.has(section.kind);
    // "Desired Skills & Experience", "Nice to haves": a heading the heading table may not know.
    const preferredSection = section.kind === 'preferred' || (section.heading !== null && wishedFor(section.heading));
    for (const line of section.lines) {
      for (const sentence of line.sentences) {
        const context = { preferredSection, title: false, lineStart: sentence.start === line.start };
        // In a section about the employer, only a line that opens on its figure is an ask.
        for (const s of statementsIn(sentence.text, context)) if (!skip || s.marked || (context.lineStart && s.opensLine)) all.push(s);
      }
    }
  }
  return all;
}

export function readExperience(posting: Posting): Experience | null {
  const statements = yearsStatements(posting).filter((s) => !s.ceiling);
  const firm = statements.filter((s) => !s.alternative && !s.tier);
  const tiers = statements.filter((s) => s.tier && !s.alternative);
  if (!firm.some((s) => s.required) && tiers.length) {
    // Only a ladder of grades asks outright: its lowest grade is the floor of who is hired.
    const low = tiers.reduce((a, s) => (s.min < a.min ? s : a));
    return {
      minYears: low.min,
      maxYears: low.max,
      required: low.required,
      evidence: [...new Set([low.text, ...tiers.map((s) => s.text)])],
      unsure: 'The years depend on the grade hired: the posting lists grades, each with its own years.',
    };
  }
  if (!firm.length) return null;
  const required = firm.filter((s) => s.required);
  const pool = required.length ? required : firm;
  // Highest minimum; between equal minimums, the statement that also gives an upper bound.
  const bar = pool.reduce((best, s) => (s.min > best.min || (s.min === best.min && best.max === null && s.max !== null) ? s : best));
  return {
    minYears: bar.min,
    maxYears: bar.max,
    required: required.length > 0,
    evidence: [...new Set([bar.text, ...pool.map((s) => s.text)])],
    ...(bar.mixed ? { unsure: 'The same sentence asks for these years and calls them a plus.' } : {}),
  };
}
