// The dev-label measure (npm run eval) pinned at the floors the engine issue sets, so that a
// regression fails CI. The same measure runs on postings nobody here has seen.
import { describe, expect, it } from 'vitest';
import { runEval } from '../scripts/eval';

describe('accuracy on the dev labels', () => {
  const result = runEval();

  it('covers all 50 labelled postings', () => expect(result.n).toBe(50));
  it('reads pay exactly on at least 95 %', () => expect(result.pay).toBeGreaterThanOrEqual(0.95));
  it('reads years on at least 90 %', () => expect(result.years).toBeGreaterThanOrEqual(0.9));
  it('reads the stated level on at least 90 %', () => expect(result.statedLevel).toBeGreaterThanOrEqual(0.9));
  it('reads the scope level within one step on at least 85 %', () => expect(result.scopeWithinOne).toBeGreaterThanOrEqual(0.85));
  it('sorts work areas with an F1 of at least 0.80', () => expect(result.areas.f1).toBeGreaterThanOrEqual(0.8));
  it('agrees on the verdict on at least 75 %', () => expect(result.verdict).toBeGreaterThanOrEqual(0.75));
});
