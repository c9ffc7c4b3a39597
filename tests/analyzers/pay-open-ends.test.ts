// Open-ended pay and pay terms through the whole report: a ceiling or floor is scored by its one
// bound, and work not paid a wage scores 0 on pay instead of being left out as "no pay stated".
import { describe, expect, it } from 'vitest';
import { filled, midpointOf } from '../../analyzers/pay/bounds';
import { analyze } from '../../analyzers/report';
import { postingFromText } from '../../analyzers/posting';
import { payLine } from '../../cli/format';
import { payWords } from '../../components/words';

const DUTIES = [
  '• Plan and schedule posts for Instagram and TikTok',
  '• Write captions and reply to comments',
  '• Report weekly on reach and engagement',
].join('\n');
const report = (body: string) => analyze(postingFromText(`Social Media Coordinator\nHarbor Outfitters · Austin, TX\n\n${body}\n${DUTIES}`), { today: new Date('2026-11-23') });

describe('open-ended pay', () => {
  it('fills the missing end from the other, and takes an open figure’s midpoint at its one bound', () => {
    expect(filled({ min: null, max: 65000 })).toEqual({ min: 65000, max: 65000 });
    expect(filled({ min: 18, max: null })).toEqual({ min: 18, max: 18 });
    expect(midpointOf({ min: 40000, max: 50000 })).toBe(45000);
    expect(midpointOf({ min: null, max: 65000 })).toBe(65000);
  });

  it('reports "up to $65,000" with min null and benchmarks it at 65,000 (issue 12)', () => {
    const ceiling = report('Salary: up to $65,000 a year.');
    expect(ceiling.pay).toMatchObject({ min: null, max: 65000, annual: { min: null, max: 65000 } });
    const single = report('Salary: $65,000 a year.');
    expect(ceiling.benchmark?.payPercentile).toBe(single.benchmark?.payPercentile);
    expect(payLine(ceiling.pay!)).toBe('up to $65,000 a year');
    expect(payWords(ceiling.pay!)).toMatch(/^up to \$65,000 a year$/);
  });

  it('reports "from $18 an hour" with max null, in words as a floor', () => {
    const floor = report('Pay: from $18 an hour.');
    expect(floor.pay).toMatchObject({ min: 18, max: null, period: 'hour', annual: { min: 37440, max: null } });
    expect(payLine(floor.pay!)).toBe('from $18 an hour (from $37,440 a year)');
  });
});

describe('pay terms', () => {
  it('names unpaid work, gives it no pay, and scores its pay 0 rather than leaving pay out', () => {
    const unpaid = report('This is an unpaid internship for course credit.');
    expect(unpaid.payTerms).toMatchObject({ kind: 'unpaid', evidence: 'This is an unpaid internship for course credit.' });
    expect(unpaid.pay).toBeNull();
    expect(unpaid.score.parts.pay).toBe(0);
    const silent = report('Join our friendly team.');
    expect(silent.payTerms).toBeNull();
    expect(silent.score.parts.pay).toBeNull();
    // Unpaid work is judged (underpaid, its number shown); silence about pay is not (unclear, no number shown).
    expect([unpaid.score.verdict, unpaid.score.reason]).toEqual(['underpaid', 'unpaid']);
    expect([silent.score.verdict, silent.score.reason]).toEqual(['unclear', 'no-pay']);
  });

  it('reads a commission-only posting’s figures as no wage, and a base-plus-commission one as pay', () => {
    const commission = report('This is a commission-only role; top reps earn $120,000 a year.');
    expect(commission.payTerms?.kind).toBe('commission-only');
    expect(commission.pay).toBeNull();
    const based = report('Compensation: $50,000 base plus commission.');
    expect(based.payTerms).toBeNull();
    expect(based.pay).toMatchObject({ min: 50000, max: 50000 });
  });
});
