// The pay reader on any text: parsePayText and readPay never throw; a figure they give has
// min ≤ max, both positive and finite, a known period, a year consistent with it, and words
// quoted from the text they read.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { annualise, parsePayText, readPay } from '../../analyzers/pay';
import type { Period } from '../../analyzers/types';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { anyText, CORPUS_PAY, numberHeavyText, pastedPosting, postingInput, splicedLine, statedRange } from './arbitraries';
import { expectPay, expectReadingQuotes } from './invariants';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

const payText = fc.oneof(numberHeavyText(), numberHeavyText(40), anyText, splicedLine, fc.constantFrom(...CORPUS_PAY));

describe('parsePayText on any text', () => {
  it.each(['field', 'description'] as const)('reads a %s into a sound figure quoted from it, or nothing', (kind) => {
    fc.assert(
      fc.property(payText, (text) => {
        const reading = parsePayText(text, { kind });
        if (reading === null) return;
        expectReadingQuotes(reading, text);
        if (reading.currency !== null) expect(reading.currency).toMatch(/^[A-Z]{3}$/);
      }),
      runs(),
    );
  });

  it('reads a pay field written the usual way as exactly its figures and period', () => {
    fc.assert(
      fc.property(statedRange, ({ text, min, max, period }) => {
        expect(parsePayText(text)).toMatchObject({ min, max, period, currency: 'USD' });
      }),
      runs(),
    );
  });
});

describe('readPay on any posting', () => {
  it('gives pay and estimate that are sound figures, annualised consistently, quoted from the posting', () => {
    fc.assert(
      fc.property(fc.oneof(postingInput, pastedPosting.map((t) => postingFromText(t))), fc.option(fc.integer({ min: 1, max: 8760 })), (input, hours) => {
        const posting = readPosting(input);
        const { pay, estimate } = readPay(posting, hours === null ? {} : { hoursPerYear: hours });
        const perYear = hours ?? 2080;
        if (pay) {
          expect(pay.estimated).toBe(false);
          expectPay(pay, [posting.payText, posting.description], perYear);
        }
        if (estimate) {
          expect(estimate.estimated).toBe(true);
          expectPay(estimate, [posting.payEstimateText, posting.payText, posting.description], perYear);
        }
      }),
      runs(),
    );
  });

  it('annualises any figure in any period to a finite whole number that keeps the order of min and max', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.constantFrom<Period[]>('hour', 'day', 'week', 'month', 'year'), (a, b, period) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(Number.isInteger(annualise(low, period))).toBe(true);
        expect(annualise(low, period)).toBeLessThanOrEqual(annualise(high, period));
      }),
      runs(),
    );
  });
});
