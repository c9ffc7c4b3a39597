// The promises every reading keeps, whatever the input: checked by the property tests. Checks are
// plain conditions that throw with a sentence when broken (fast-check then shrinks the case and
// prints it): Vitest's expect() costs about as much as a short analyze(), run 10,000 times.
import { annualise, type PayReading } from '../../analyzers/pay';
import { AREAS, CONDITIONS, LEVELS, type Pay, type Period, type Report } from '../../analyzers/types';

export const PERIODS: readonly Period[] = ['hour', 'day', 'week', 'month', 'year'];

/** Throws `message` when `condition` does not hold. */
export function ensure(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const show = (value: unknown): string => JSON.stringify(value);

/** Characters a page can hide text with or reorder it by; none may reach a report. */
export const INVISIBLE_OR_BIDI = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u061c]/;

/** A figure as read: min ≤ max, both positive and finite, a known period; an open end is null, never both. */
export function expectFigure(reading: Pick<PayReading, 'min' | 'max' | 'period'>): void {
  const { min, max, period } = reading;
  ensure(min !== null || max !== null, 'pay with neither end');
  ensure((min === null || Number.isFinite(min)) && (max === null || Number.isFinite(max)), `pay not finite: ${min}–${max}`);
  ensure((min ?? max!) > 0, `pay not positive: ${min}`);
  ensure(min === null || max === null || min <= max, `pay min above max: ${min}–${max}`);
  ensure(PERIODS.includes(period), `unknown period ${show(period)}`);
}

/** A reading's evidence is the text at its index. */
export function expectReadingQuotes(reading: PayReading, text: string): void {
  expectFigure(reading);
  ensure(reading.evidence !== '', 'empty pay evidence');
  ensure(text.slice(reading.index, reading.index + reading.evidence.length) === reading.evidence, `pay evidence ${show(reading.evidence)} is not the text at ${reading.index}`);
}

/** A report's pay: a figure, its year consistent with it, a currency code, and its words quoted from a source. */
export function expectPay(pay: Pay, sources: readonly (string | null)[], hoursPerYear = 2080): void {
  expectFigure(pay);
  const yearOf = (v: number | null): number | null => (v === null ? null : annualise(v, pay.period, hoursPerYear));
  ensure(pay.annual.min === yearOf(pay.min), `annual min ${pay.annual.min} is not ${pay.min} a ${pay.period} annualised`);
  ensure(pay.annual.max === yearOf(pay.max), `annual max ${pay.annual.max} is not ${pay.max} a ${pay.period} annualised`);
  ensure((pay.annual.min ?? 0) <= (pay.annual.max ?? Infinity) && Number.isFinite(pay.annual.max ?? pay.annual.min!), `annual range ${show(pay.annual)}`);
  ensure(/^[A-Z]{3}$/.test(pay.currency), `currency ${show(pay.currency)}`);
  expectQuoted(pay.evidence, sources);
}

/** `quote` stands word for word in one of the texts the report shows (title, place, pay field, description). */
export function expectQuoted(quote: string, sources: readonly (string | null | undefined)[]): void {
  if (quote === '') return;
  ensure(sources.some((s) => typeof s === 'string' && s.includes(quote)), `not in the posting: ${show(quote)}`);
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

const score = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 100;

/** Everything a report promises, for a report made from `input`. */
export function expectReport(report: Report, input: { readonly payText: string | null; readonly payEstimateText: string | null }): void {
  const { title, location, description } = report.posting;
  const shown = [title, location, description, input.payText, input.payEstimateText];
  if (report.pay) expectPay(report.pay, [input.payText, description]);
  if (report.payEstimate) expectPay(report.payEstimate, [input.payEstimateText, input.payText, description]);
  for (const { what, quote } of quotesOf(report)) {
    ensure(typeof quote === 'string', `${what}: evidence is not text`);
    expectQuoted(quote, shown);
  }
  if (report.experience) {
    const { minYears, maxYears } = report.experience;
    ensure(minYears >= 0 && minYears <= 50, `minYears ${minYears} outside 0–50`);
    ensure(maxYears === null || (maxYears > minYears && maxYears <= 50), `maxYears ${maxYears} with minYears ${minYears}`);
  }
  const levels = [report.seniority.stated, report.seniority.scope, ...report.seniority.signals.map((s) => s.level)];
  ensure(levels.every((l) => LEVELS.includes(l)), `levels off the ladder: ${show(levels)}`);
  const areas = [...report.scope.areas, ...report.responsibilities.flatMap((r) => r.areas)];
  ensure(areas.every((a) => AREAS.includes(a)), `areas off the taxonomy: ${show(areas)}`);
  ensure(report.scope.conditions.every((c) => CONDITIONS.includes(c)), `conditions off the taxonomy: ${show(report.scope.conditions)}`);
  ensure(new Set(report.scope.areas).size === report.scope.areas.length, `areas repeated: ${show(report.scope.areas)}`);
  ensure(report.scope.rolesBundled >= 0, `rolesBundled ${report.scope.rolesBundled}`);
  const { overall, parts, verdict } = report.score;
  ensure(score(overall), `overall score ${overall}`);
  ensure([parts.level, parts.load, parts.clarity].every(score) && (parts.pay === null || score(parts.pay)), `score parts ${show(parts)}`);
  ensure(['fair', 'stretched', 'underpaid', 'unclear'].includes(verdict), `verdict ${show(verdict)}`);
  for (const fix of report.fixes) ensure(score(fix.scoreAfter), `${fix.id} scoreAfter ${fix.scoreAfter}`);
  if (report.benchmark) {
    const p = report.benchmark.payPercentile;
    ensure(p >= 0 && p <= 100, `payPercentile ${p}`);
  }
  ensure(!INVISIBLE_OR_BIDI.test(description), `invisible or bidi characters in the description: ${show(description)}`);
  ensure(!INVISIBLE_OR_BIDI.test(title), `invisible or bidi characters in the title: ${show(title)}`);
  // The report is the JSON contract: it must survive a round trip.
  ensure(JSON.stringify(JSON.parse(JSON.stringify(report))) === JSON.stringify(report), 'report does not survive JSON');
}
