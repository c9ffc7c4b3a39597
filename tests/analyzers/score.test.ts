import { describe, expect, it } from 'vitest';
import { flagsOf, overallOf, payPositionWords, score, scoreParts, verdictOf, type ScoreInput } from '../../analyzers/score';
import type { Pay } from '../../analyzers/types';

const pay: Pay = { min: 42000, max: 46000, period: 'year', currency: 'USD', annual: { min: 42000, max: 46000 }, estimated: false, evidence: '$42,000 - $46,000 a year' };
const base: ScoreInput = {
  pay, payEstimate: null, payTerms: null, payPercentile: 40,
  seniority: { stated: 'entry', scope: 'entry', signals: [] },
  experience: null, duties: [], families: ['social media management'], conditions: [], descriptionWords: 300,
};

describe('verdictOf', () => {
  it.each([
    [null, 'unclear'], [5, 'underpaid'], [9, 'underpaid'], [10, 'stretched'], [24, 'stretched'], [25, 'fair'], [80, 'fair'],
  ] as const)('at the %sth percentile of the scope level says %s', (percentile, verdict) => {
    expect(verdictOf({ ...base, payPercentile: percentile }).verdict).toBe(verdict);
  });

  it('is unclear when the posting states no pay, whatever a job board estimates', () => {
    expect(verdictOf({ ...base, pay: null, payEstimate: pay, payPercentile: null })).toEqual({ verdict: 'unclear', reason: 'no-pay' });
  });

  it('calls a four-job bundle paid under the median stretched, not fair', () => {
    expect(verdictOf({ ...base, payPercentile: 40, families: ['a', 'b', 'c', 'd'] }).verdict).toBe('stretched');
  });

  it('does not stretch a head-level job for overseeing several areas: breadth is that job', () => {
    const head = { ...base, payPercentile: 40, families: ['a', 'b', 'c', 'd'], seniority: { stated: 'head', scope: 'head', signals: [] } } as const;
    expect(verdictOf(head).verdict).toBe('fair');
  });

  it('calls unpaid and volunteer work underpaid, and commission-only pay unclear, with the reason', () => {
    expect(verdictOf({ ...base, pay: null, payPercentile: null, payTerms: { kind: 'volunteer', evidence: 'This is a volunteer position' } })).toEqual({ verdict: 'underpaid', reason: 'unpaid' });
    expect(verdictOf({ ...base, pay: null, payPercentile: null, payTerms: { kind: 'unpaid', evidence: 'unpaid internship' } })).toEqual({ verdict: 'underpaid', reason: 'unpaid' });
    expect(verdictOf({ ...base, pay: null, payPercentile: null, payTerms: { kind: 'commission-only', evidence: '100% commission' } })).toEqual({ verdict: 'unclear', reason: 'no-wage' });
  });

  it('gives no verdict on a figure that cannot be right, or pay with no wage data to weigh it', () => {
    expect(verdictOf({ ...base, pay: { ...pay, implausible: '$85,000 an hour cannot be right.' } }).reason).toBe('pay-implausible');
    expect(verdictOf({ ...base, payPercentile: null })).toEqual({ verdict: 'unclear', reason: 'no-benchmark' });
  });
});

describe('payPositionWords', () => {
  it.each([[1, 'in the bottom tenth'], [9, 'in the bottom tenth'], [12, 'in the bottom quarter'], [24, 'in the bottom quarter'], [25, 'below the median'], [63, 'above the median'], [80, 'in the top quarter']] as const)(
    'says where the %sth percentile sits in words',
    (percentile, words) => expect(payPositionWords(percentile)).toBe(words),
  );

  it('is the wording of the pay-below-market flag, so the flag and the chart name the same percentile', () => {
    const flags = flagsOf({ ...base, payPercentile: 3 }, 'underpaid', '');
    expect(flags.find((f) => f.id === 'pay-below-market')?.message).toContain(payPositionWords(3));
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

  it('counts pay that is not stated as 0 for its weight, so saying nothing about pay never beats paying', () => {
    const none = scoreParts({ ...base, pay: null, payPercentile: null });
    expect(none.pay).toBeNull();
    expect(overallOf(none, false)).toBe(Math.round(0.25 * none.level + 0.2 * none.load + 0.15 * none.clarity));
    const atMarket = score({ ...base, payPercentile: 50 });
    expect(score({ ...base, pay: null, payPercentile: null }).overall).toBeLessThan(atMarket.overall);
  });

  it('scores unpaid work at 0 for pay, below the same posting paid at market', () => {
    const unpaid = score({ ...base, pay: null, payPercentile: null, payTerms: { kind: 'unpaid', evidence: 'This is an unpaid role' } });
    expect(unpaid.parts.pay).toBe(0);
    expect(unpaid.overall).toBeLessThan(score({ ...base, payPercentile: 50 }).overall);
  });

  it('leaves the pay weight out when pay is stated but cannot be weighed (no wage data for the place)', () => {
    const parts = scoreParts({ ...base, payPercentile: null });
    expect(overallOf(parts, true)).toBe(Math.round((0.25 * parts.level + 0.2 * parts.load + 0.15 * parts.clarity) / 0.6));
  });
});
