// Levels on any posting: statedLevel and readSeniority never throw, give levels on the taxonomy's
// ladder, and quote the title, a duty or the years statement for every signal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExperience } from '../../analyzers/experience';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { readResponsibilities } from '../../analyzers/responsibilities';
import { readSeniority, statedLevel } from '../../analyzers/seniority';
import { LEVELS } from '../../analyzers/types';
import { anyText, CORPUS_TITLES, pastedPosting, postingInput, unicodeText } from './arbitraries';
import { expectQuoted } from './invariants';
import { runs } from './runs';

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

describe('readSeniority on any posting', () => {
  it('gives stated and scope levels of the ladder, each signal quoting the posting', () => {
    fc.assert(
      fc.property(fc.oneof(postingInput, pastedPosting.map((t) => postingFromText(t))), (input) => {
        const posting = readPosting(input);
        const experience = readExperience(posting);
        const seniority = readSeniority(posting.title, readResponsibilities(posting), experience);
        expect(LEVELS).toContain(seniority.stated);
        expect(LEVELS).toContain(seniority.scope);
        expect(seniority.signals[0]).toMatchObject({ kind: 'title', level: seniority.stated });
        for (const signal of seniority.signals) {
          expect(LEVELS).toContain(signal.level);
          expectQuoted(signal.evidence, [posting.title, posting.description]);
        }
      }),
      runs(),
    );
  });
});
