// The promises every reading keeps, whatever the input: checked by the property tests.

import { expect } from 'vitest';
import { annualise, type PayReading } from '../../analyzers/pay';
import { AREAS, CONDITIONS, LEVELS, type Pay, type Period, type Report } from '../../analyzers/types';

export const PERIODS: readonly Period[] = ['hour', 'day', 'week', 'month', 'year'];

/** Characters a page can hide text with or reorder it by; none may reach a report. */
export const INVISIBLE_OR_BIDI = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c]/;

/** A figure as read: min ≤ max, both positive and finite, a known period. */
export function expectFigure(reading: Pick<PayReading, 'min' | 'max' | 'period'>): void {
  expect(Number.isFinite(reading.min) && Number.isFinite(reading.max), `finite: ${reading.min}–${reading.max}`).toBe(true);
  expect(reading.min).toBeGreaterThan(0);
  expect(reading.min).toBeLessThanOrEqual(reading.max);
  expect(PERIODS).toContain(reading.period);
}

/** A reading's evidence is the text at its index. */
export function expectReadingQuotes(reading: PayReading, text: string): void {
  expectFigure(reading);
  expect(reading.evidence).not.toBe('');
  expect(text.slice(reading.index, reading.index + reading.evidence.length)).toBe(reading.evidence);
}

/** A report's pay: a figure, its year consistent with it, a currency code, and its words quoted from a source. */
export function expectPay(pay: Pay, sources: readonly (string | null)[], hoursPerYear = 2080): void {
  expectFigure(pay);
  expect(pay.annual.min).toBe(annualise(pay.min, pay.period, hoursPerYear));
  expect(pay.annual.max).toBe(annualise(pay.max, pay.period, hoursPerYear));
  expect(pay.annual.min).toBeLessThanOrEqual(pay.annual.max);
  expect(Number.isFinite(pay.annual.max)).toBe(true);
  expect(pay.currency).toMatch(/^[A-Z]{3}$/);
  expectQuoted(pay.evidence, sources);
}

/** `quote` stands word for word in one of the texts the report shows (title, place, pay field, description). */
export function expectQuoted(quote: string, sources: readonly (string | null | undefined)[]): void {
  if (quote === '') return;
  const found = sources.some((s) => typeof s === 'string' && s.includes(quote));
  expect(found, `not in the posting: ${JSON.stringify(quote)}`).toBe(true);
}

/** Every quote in a report, with where it came from. */
export function quotesOf(report: Report): { readonly what: string; readonly quote: string }[] {
  return [
    ...(report.pay ? [{ what: 'pay', quote: report.pay.evidence }] : []),
    ...(report.payEstimate ? [{ what: 'payEstimate', quote: report.payEstimate.evidence }] : []),
    ...(report.experience?.evidence ?? []).map((quote) => ({ what: 'experience', quote })),
    ...report.responsibilities.map((r) => ({ what: 'responsibility', quote: r.text })),
    ...report.flags.map((f) => ({ what: `flag ${f.id}`, quote: f.evidence })),
    ...report.seniority.signals.map((s) => ({ what: `signal ${s.kind}`, quote: s.evidence })),
    ...Object.values(report.scope.conditionEvidence ?? {}).map((quote) => ({ what: 'condition', quote: quote ?? '' })),
  ];
}

const inRange = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 100;

/** Everything a report promises, for a report made from `input`. */
export function expectReport(report: Report, input: { readonly payText: string | null; readonly payEstimateText: string | null }): void {
  const { title, location, description } = report.posting;
  const shown = [title, location, description, input.payText, input.payEstimateText];
  if (report.pay) expectPay(report.pay, [input.payText, description]);
  if (report.payEstimate) expectPay(report.payEstimate, [input.payEstimateText, input.payText, description]);
  for (const { what, quote } of quotesOf(report)) {
    expect(typeof quote, what).toBe('string');
    expectQuoted(quote, shown);
  }
  if (report.experience) {
    const { minYears, maxYears } = report.experience;
    expect(minYears).toBeGreaterThanOrEqual(0);
    expect(minYears).toBeLessThanOrEqual(50);
    if (maxYears !== null) {
      expect(maxYears).toBeGreaterThan(minYears);
      expect(maxYears).toBeLessThanOrEqual(50);
    }
  }
  expect(LEVELS).toContain(report.seniority.stated);
  expect(LEVELS).toContain(report.seniority.scope);
  for (const s of report.seniority.signals) expect(LEVELS).toContain(s.level);
  for (const area of report.scope.areas) expect(AREAS).toContain(area);
  for (const r of report.responsibilities) for (const area of r.areas) expect(AREAS).toContain(area);
  for (const c of report.scope.conditions) expect(CONDITIONS).toContain(c);
  expect(new Set(report.scope.areas).size).toBe(report.scope.areas.length);
  expect(report.scope.rolesBundled).toBeGreaterThanOrEqual(0);
  const { overall, parts, verdict } = report.score;
  expect(inRange(overall), `overall ${overall}`).toBe(true);
  for (const part of [parts.level, parts.load, parts.clarity]) expect(inRange(part), `part ${part}`).toBe(true);
  if (parts.pay !== null) expect(inRange(parts.pay), `pay part ${parts.pay}`).toBe(true);
  expect(['fair', 'stretched', 'underpaid', 'unclear']).toContain(verdict);
  for (const fix of report.fixes) expect(inRange(fix.scoreAfter), `${fix.id} ${fix.scoreAfter}`).toBe(true);
  if (report.benchmark) {
    expect(report.benchmark.payPercentile).toBeGreaterThanOrEqual(0);
    expect(report.benchmark.payPercentile).toBeLessThanOrEqual(100);
  }
  expect(INVISIBLE_OR_BIDI.test(description), 'invisible or bidi characters in the description').toBe(false);
  expect(INVISIBLE_OR_BIDI.test(title), 'invisible or bidi characters in the title').toBe(false);
  // The report is the JSON contract: it must survive a round trip.
  expect(() => JSON.parse(JSON.stringify(report))).not.toThrow();
}
