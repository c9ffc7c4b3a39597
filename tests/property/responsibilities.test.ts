// Duties on any posting: readResponsibilities never throws, each duty is a sentence of the
// description, and its areas come from the taxonomy, each once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { readResponsibilities } from '../../analyzers/responsibilities';
import { AREAS } from '../../analyzers/types';
import { pastedPosting, postingInput } from './arbitraries';
import { expectQuoted } from './invariants';
import { runs } from './runs';

describe('readResponsibilities on any posting', () => {
  it('quotes each duty from the description and tags it only with taxonomy areas', () => {
    fc.assert(
      fc.property(fc.oneof(postingInput, pastedPosting.map((t) => postingFromText(t))), (input) => {
        const posting = readPosting(input);
        for (const duty of readResponsibilities(posting)) {
          expectQuoted(duty.text, [posting.description]);
          expect(['duties', 'prose', 'requirements']).toContain(duty.from);
          expect(new Set(duty.areas).size).toBe(duty.areas.length);
          for (const area of duty.areas) expect(AREAS).toContain(area);
        }
      }),
      runs(),
    );
  });
});
