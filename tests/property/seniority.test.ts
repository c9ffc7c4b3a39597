// Levels on any title and duties: statedLevel and readSeniority never throw, give levels on the
// taxonomy's ladder, and quote the title, a duty or the years statement for every signal.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { DutyReading } from '../../analyzers/responsibilities';
import { readSeniority, statedLevel } from '../../analyzers/seniority';
import { AREAS, LEVELS, type Experience } from '../../analyzers/types';
import { anyText, corpusLine, CORPUS_TITLES, unicodeText } from './arbitraries';
import { expectQuoted } from './invariants';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

const title = fc.oneof(
  fc.constantFrom(...CORPUS_TITLES),
  anyText,
  fc.tuple(unicodeText(10), fc.constantFrom('Senior', 'Sr.', 'Head of', 'VP', 'Intern', 'Junior', 'Manager', 'Coordinator', 'Chief'), unicodeText(10)).map((p) => p.join(' ')),
);

describe('statedLevel on any title', () => {
  it('gives a level of the ladder and quotes the word in the title that says so', () => {
    fc.assert(
      fc.property(title, (t) => {
        const { level, evidence } = statedLevel(t);
        expect(LEVELS).toContain(level);
        if (evidence !== null) expectQuoted(evidence, [t]);
      }),
      runs(),
    );
  });
});

/**
 * Duties as readResponsibilities hands them on, generated directly: the level reader is tested on
 * any duties at 10,000 cases without paying for compromise each time (analyze.test.ts runs the
 * whole chain, compromise included).
 */
const duty: fc.Arbitrary<DutyReading> = fc
  .record({
    text: fc.oneof(corpusLine, anyText, fc.constantFrom('Own the social media strategy and budget', 'Manage a team of three coordinators', 'Report to the CMO', 'Assist the marketing team with posts', 'Lead and mentor the content team')),
    areas: fc.subarray([...AREAS]),
    from: fc.constantFrom<DutyReading['from'][]>('duties', 'prose', 'requirements'),
    leadVerb: fc.option(fc.constantFrom('manage', 'own', 'assist', 'lead', 'write')),
  })
  .map((d) => ({ ...d, root: d.text.toLowerCase() }));

const experience: fc.Arbitrary<Experience | null> = fc.option(
  fc.record({
    minYears: fc.integer({ min: 0, max: 50 }),
    maxYears: fc.constant(null),
    required: fc.boolean(),
    evidence: fc.array(corpusLine, { minLength: 1, maxLength: 2 }),
  }),
);

describe('readSeniority on any duties', () => {
  it('gives stated and scope levels of the ladder, each signal quoting the title, a duty or the years', () => {
    fc.assert(
      fc.property(title, fc.array(duty, { maxLength: 8 }), experience, (t, duties, years) => {
        const seniority = readSeniority(t, duties, years);
        expect(LEVELS).toContain(seniority.stated);
        expect(LEVELS).toContain(seniority.scope);
        expect(seniority.signals[0]).toMatchObject({ kind: 'title', level: seniority.stated });
        const sources = [t, ...duties.map((d) => d.text), ...(years?.evidence ?? [])];
        for (const signal of seniority.signals) {
          expect(LEVELS).toContain(signal.level);
          expectQuoted(signal.evidence, sources);
        }
      }),
      runs(),
    );
  });
});
