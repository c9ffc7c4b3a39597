// The public table of pay statements (tests/analyzers/pay-cases.ts), read as whole postings: each
// statement is a posting's body (with the board's pay field and the country when the case gives
// them), and the report's pay must be the table's, to the cent, with its period and currency.
import { describe, expect, it } from 'vitest';
import { readPay } from '../../analyzers/pay';
import { readPosting } from '../../analyzers/posting';
import { FAILURE_CLASSES, PAY_CASES, type PayCase } from './pay-cases';

function read(c: PayCase): ReturnType<typeof readPay> & { description: string } {
  const posting = readPosting({
    title: 'Job posting', company: null, location: null, payText: c.field ?? null, payEstimateText: null,
    description: c.text, url: null, site: null, method: 'text',
  });
  return { ...readPay(posting, { country: c.country ?? null }), description: posting.description };
}

const name = (c: PayCase): string => `[${c.guards}] ${JSON.stringify(c.text.slice(0, 90))}${c.field ? ` field ${JSON.stringify(c.field)}` : ''}${c.country ? ` in ${c.country}` : ''} (${c.source})`;

describe('the pay case table', () => {
  it('holds at least 400 statements, every failure class with cases, and must-not-match cases', () => {
    expect(PAY_CASES.length).toBeGreaterThanOrEqual(400);
    for (const cls of FAILURE_CLASSES) expect(PAY_CASES.filter((c) => c.guards === cls).length, cls).toBeGreaterThanOrEqual(3);
    expect(PAY_CASES.filter((c) => c.want === null).length).toBeGreaterThanOrEqual(100);
    for (const cls of FAILURE_CLASSES.filter((c) => c.startsWith('not-pay'))) {
      expect(PAY_CASES.some((c) => c.guards === cls && c.want === null), `${cls} has a must-not-match case`).toBe(true);
    }
  });

  it.each(PAY_CASES.map((c) => [name(c), c] as const))('%s', (_name, c) => {
    const { pay, payTerms, description } = read(c);
    const got = pay ? [pay.min, pay.max, pay.period, pay.currency] : null;
    expect(got).toEqual(c.want === null ? null : [...c.want]);
    // The evidence is quoted from the posting as read (Markdown taken out) or from the board's field.
    if (pay) expect(description.includes(pay.evidence) || (c.field ?? '').includes(pay.evidence), `evidence ${JSON.stringify(pay.evidence)} is quoted`).toBe(true);
    expect(payTerms?.kind ?? null).toBe(c.terms ?? null);
  });
});
