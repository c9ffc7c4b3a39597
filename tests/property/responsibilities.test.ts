// Duties on any posting: dutyStatements, areasOf and readResponsibilities never throw, each duty
// is a sentence of the description, and its areas come from the taxonomy, each once.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { areasOf, dutyStatements, readResponsibilities } from '../../analyzers/responsibilities';
import { AREAS, type Area } from '../../analyzers/types';
import { anyText, pastedPosting, postingInput, postingInputOf } from './arbitraries';
import { expectQuoted } from './invariants';
import { CI, PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

/**
 * readResponsibilities hands every duty to compromise (about 1 ms a duty, 4 ms a posting here):
 * 1,000 postings of up to three lines in CI. The parts that need no parse (which lines are duties,
 * which areas their words touch) run the full 10,000, and analyze.test.ts runs the whole chain,
 * compromise included, on 10,000 short postings.
 */
const PARSED_RUNS = CI ? 1_000 : 100;

function expectAreas(areas: readonly Area[]): void {
  expect(new Set(areas).size).toBe(areas.length);
  for (const area of areas) expect(AREAS).toContain(area);
}

describe('duties on any posting', () => {
  it('finds duty statements that stand in the description, and areas of the taxonomy in any words', () => {
    fc.assert(
      fc.property(fc.oneof(postingInput, pastedPosting.map((t) => postingFromText(t))), anyText, (input, root) => {
        const posting = readPosting(input);
        for (const duty of dutyStatements(posting)) {
          expectQuoted(duty.text, [posting.description]);
          expect(['duties', 'prose', 'requirements']).toContain(duty.from);
          expectAreas(areasOf(duty.text, duty.text.toLowerCase()));
          expectAreas(areasOf(duty.text, root));
        }
      }),
      runs(),
    );
  });

  it('reads duties through compromise, quoting each and tagging it only with taxonomy areas', () => {
    fc.assert(
      fc.property(fc.oneof(postingInputOf(3), postingInputOf(3).map((i) => postingFromText(`${i.title}\n\n${i.description}`))), (input) => {
        const posting = readPosting(input);
        for (const duty of readResponsibilities(posting)) {
          expectQuoted(duty.text, [posting.description]);
          expect(['duties', 'prose', 'requirements']).toContain(duty.from);
          expectAreas(duty.areas);
        }
      }),
      runs(PARSED_RUNS),
    );
  });
});
