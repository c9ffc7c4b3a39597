// analyze() on any posting: never throws, and the report keeps every promise of the contract —
// sound pay, years in 0–50, each quote standing in the posting, areas and conditions from the
// taxonomy, scores within 0–100, no hidden characters, and JSON that survives a round trip.
import fc from 'fast-check';
import { describe, it, vi } from 'vitest';
import { postingFromText } from '../../analyzers/posting';
import { analyze } from '../../analyzers/report';
import { CORPUS_LOCATIONS, pastedPosting, postingInputOf } from './arbitraries';
import { expectReport } from './invariants';
import { CI, PROPERTY_TIMEOUT, RUNS, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

/**
 * Whole corpus-sized postings cost about 30 ms each in analyze() (compromise parses every duty), so
 * 10,000 of them would take five minutes on their own. The full 10,000 run on short postings of up
 * to three lines (2–3 ms each on an idle machine: every analyzer still runs, on real lines, spliced
 * lines and noise); longer pasted postings of up to eight lines (~10 ms) run 1,000 times in CI.
 */
const LONG_RUNS = CI ? 1_000 : 100;

describe('analyze() on any posting', () => {
  it('keeps every promise of the report on short postings of any text', () => {
    fc.assert(
      fc.property(postingInputOf(3), fc.option(fc.constantFrom(...CORPUS_LOCATIONS, 'Austin, TX', 'nowhere')), (input, home) => {
        expectReport(analyze(input, { homeLocation: home, today: new Date('2026-03-01') }), input);
      }),
      runs(RUNS),
    );
  });

  it('keeps every promise of the report on pasted postings of up to eight lines', () => {
    fc.assert(
      fc.property(pastedPosting, (text) => {
        const input = postingFromText(text);
        expectReport(analyze(input), input);
      }),
      runs(LONG_RUNS),
    );
  });
});
