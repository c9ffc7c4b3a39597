// Working conditions on any posting: readConditions never throws, names only the taxonomy's
// conditions, each once, and quotes the sentence (or the title) that states it.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readConditions } from '../../analyzers/conditions';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { CONDITIONS } from '../../analyzers/types';
import { CONDITION_CUES } from '../../analyzers/vocabulary/conditions';
import { corpusLine, noise, pastedPosting, postingInput } from './arbitraries';
import { expectQuoted } from './invariants';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

/** The cue words themselves, in real lines and noise: every cue gets exercised. */
const cueWords = fc.constantFrom('24/7', 'nights and weekends', 'on-call', 'fast-paced', 'wear many hats', 'not a high-pressure', 'ninja', 'rockstar', 'guru', 'after hours', 'self-starter');
const cueBody = fc.array(fc.oneof(corpusLine, noise(), fc.tuple(cueWords, corpusLine).map(([c, l]) => `${c} ${l}`)), { maxLength: 6 }).map((l) => l.join('\n'));

describe('readConditions on any posting', () => {
  it('names taxonomy conditions once each, with a quote from the description or title', () => {
    expect(Object.keys(CONDITION_CUES).sort()).toEqual([...CONDITIONS].sort());
    fc.assert(
      fc.property(fc.oneof(postingInput, pastedPosting.map((t) => postingFromText(t)), cueBody.map((b) => postingFromText(`Social Media Ninja\n\n${b}`))), (input) => {
        const posting = readPosting(input);
        const found = readConditions(posting);
        expect(new Set(found.map((c) => c.condition)).size).toBe(found.length);
        for (const { condition, evidence } of found) {
          expect(CONDITIONS).toContain(condition);
          expectQuoted(evidence, [posting.description, posting.title]);
        }
      }),
      runs(),
    );
  });
});
