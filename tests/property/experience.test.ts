// Years asked, on any posting: readExperience never throws, the years it gives lie in 0–50, and
// it quotes the sentences it read them from (the description's, or the title's: "Data Engineer (2-4 years)").
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readExperience } from '../../analyzers/experience';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { corpusLine, numberHeavyText, pastedPosting, postingInput } from './arbitraries';
import { expectQuoted } from './invariants';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

/** "N years" statements with any N, joined to real lines: the reader's own words, pushed to their edges. */
const yearsLine = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 120 }).map(String), fc.constantFrom('one', 'five', 'twelve', 'twenty', '0.5', '2.5', '99.5', '00', '(5)')),
    fc.option(fc.oneof(fc.integer({ min: 0, max: 120 }).map(String), fc.constantFrom('ten', 'fifteen'))),
    fc.constantFrom('years of experience', 'yrs experience', 'years of social media experience', 'years in marketing', '+ years experience preferred', 'years experience required'),
    fc.constantFrom('', 'At least ', 'Minimum of ', 'More than ', 'We have been in business for ', "Bachelor's degree or "),
  )
  .map(([min, max, words, lead]) => `${lead}${min}${max === null ? '' : `-${max}`} ${words}`);

describe('readExperience on any posting', () => {
  it('gives years in 0–50, a maximum above the minimum, and evidence quoted from the description', () => {
    const body = fc.array(fc.oneof(yearsLine, corpusLine, numberHeavyText()), { maxLength: 6 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(fc.oneof(body.map((b) => postingFromText(`Social Media Manager\n\n${b}`)), postingInput, pastedPosting.map((t) => postingFromText(t))), (input) => {
        const posting = readPosting(input);
        const experience = readExperience(posting);
        if (experience === null) return;
        expect(experience.minYears).toBeGreaterThanOrEqual(0);
        expect(experience.minYears).toBeLessThanOrEqual(50);
        if (experience.maxYears !== null) {
          expect(experience.maxYears).toBeGreaterThan(experience.minYears);
          expect(experience.maxYears).toBeLessThanOrEqual(50);
        }
        expect(experience.evidence.length).toBeGreaterThan(0);
        for (const quote of experience.evidence) expectQuoted(quote, [posting.description, posting.title]);
      }),
      runs(),
    );
  });
});
