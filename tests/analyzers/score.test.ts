import { describe, expect, it } from 'vitest';
import { overallOf, scoreParts, verdictOf, type ScoreInput } from '../../analyzers/score';
import type { Pay } from '../../analyzers/types';

const pay: Pay = { min: 42000, max: 46000, period: 'year', currency: 'USD', annual: { min: 42000, max: 46000 }, estimated: false, evidence: '$42,000 - $46,000 a year' };
const base: ScoreInput = {
  pay, payEstimate: null, payPercentile: 40,
  seniority: { stated: 'entry', scope: 'entry', signals: [] },
  experience: null, duties: [], families: ['social media management'], conditions: [], descriptionWords: 300,
};

describe('verdictOf', () => {
  it.each([
    [null, 'unclear'], [5, 'underpaid'], [9, 'underpaid'], [10, 'stretched'], [24, 'stretched'], [25, 'fair'], [80, 'fair'],
  ] as const)('at the %sth percentile of the scope level says %s', (percentile, verdict) => {
    expect(verdictOf({ ...base, payPercentile: percentile })).toBe(verdict);
  });

  it('is unclear when the posting states no pay, whatever a job board estimates', () => {
    expect(verdictOf({ ...base, pay: null, payEstimate: pay, payPercentile: null })).toBe('unclear');
  });

  it('calls a four-job bundle paid under the median stretched, not fair', () => {
    expect(verdictOf({ ...base, payPercentile: 40, families: ['a', 'b', 'c', 'd'] })).toBe('stretched');
  });
});

describe('score parts', () => {
  it('recomputes by hand as the README says', () => {
    const input: ScoreInput = { ...base, payPercentile: 30, seniority: { stated: 'entry', scope: 'senior', signals: [] }, families: ['a', 'b', 'c'], conditions: [{ condition: 'always-on', evidence: 'nights and weekends' }] };
    const parts = scoreParts(input);
    // pay 2 × 30; level 100 − 25 × 2 steps; load 100 − 15 × 2 extra families − 15 always-on; clarity 100 − 15 (under 3 duties read).
    expect(parts).toEqual({ pay: 60, level: 50, load: 55, clarity: 85 });
    expect(overallOf(parts)).toBe(Math.round(0.4 * 60 + 0.25 * 50 + 0.2 * 55 + 0.15 * 85));
  });

  it('leaves the pay part out of the overall score when no pay is stated, instead of scoring it 0', () => {
    const parts = scoreParts({ ...base, pay: null, payPercentile: null });
    expect(parts.pay).toBeNull();
    expect(overallOf(parts)).toBe(Math.round((0.25 * parts.level + 0.2 * parts.load + 0.15 * parts.clarity) / 0.6));
  });
});
