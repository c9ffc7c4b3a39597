// The pay reader: the base pay a posting offers for this job, as written, with the posting's own
// words as evidence. A figure it cannot place (no period, no clear size) is unknown (null), never
// a guessed number; a figure that cannot be right is kept as written and flagged.
//
// The parts, in the order a statement is read:
//   amount.ts    numbers with their sign and multiplier ("$45K", "₹3.9L", "45.000 €", "CHF 120'000")
//   period.ts    what a figure is per ("/hr", "per annum", "pro Monat", "par an", "al mes")
//   range.ts     two amounts joined into a range (any dash, "to", "bis", "à", "a", schedules)
//   subject.ts   what the figure is of: salary, or ad spend, a stipend for relocation, a bonus, funding
//   statement.ts one statement judged: subject, period, open end ("up to", "from"), how sure
//   currency.ts  the currency: the sign, else the posting's country, place or board
//   reconcile.ts the board's pay field against the body, in a stated order
//   terms.ts     work not paid a wage (unpaid, volunteer, commission or equity only)

import type { Pay, PayTerms, Posting } from '../types';
import { currencyFor } from './currency';
import { annualise } from './period';
import { reconcile } from './reconcile';
import { type PayReading, type PayTextKind, readText } from './statement';
import { readPayTerms } from './terms';

export { annualise } from './period';
export { parseAmount } from './amount';
export { readPayTerms } from './terms';
export type { PayReading, PayTextKind } from './statement';

export interface ParsePayOptions {
  readonly kind?: PayTextKind;
}

export interface ReadPayOptions {
  /** Hours in a full-time year, for hourly pay; 2,080 (52 × 40) unless the user says otherwise. */
  readonly hoursPerYear?: number;
  /**
   * The posting's country, ISO 3166 alpha-2 ("MX", "IN", "DE"), or null when unknown: a "$" is then
   * that country's dollar or peso, and a figure with no sign is in its currency.
   */
  readonly country?: string | null;
}

/**
 * One piece of text → the best base-pay figure in it, or null. By default the text is a pay field
 * ("$45,000 - $55,000 a year", "60,000-62,000"); pass `kind: 'description'` for running prose.
 * A figure the text marks as a job board's estimate is returned only when it is the only one.
 */
export function parsePayText(text: string, options: ParsePayOptions = {}): PayReading | null {
  const { employer, estimate } = readText(text, options.kind ?? 'field');
  return employer ?? estimate;
}

/** Description lines that sit under a pay heading ("Compensation", "Salary range"). */
function payLinesOf(posting: Posting): Set<number> {
  const lines = posting.description.split('\n').map((l) => l.replace(/^•\s/, ''));
  const pay = new Set<number>();
  let cursor = 0;
  for (const section of posting.sections) {
    for (const line of section.lines) {
      // A section line is the next description line or the one after its heading; looking a few
      // lines ahead at most keeps this linear when a line cannot be matched.
      let i = cursor;
      while (i < lines.length && i < cursor + 3 && lines[i] !== line.text && !lines[i]!.endsWith(line.text)) i++;
      if (i >= lines.length || i >= cursor + 3) continue;
      if (section.kind === 'pay') pay.add(i);
      cursor = i + 1;
    }
  }
  return pay;
}

const yearOf = (v: number | null, reading: PayReading, hours: number): number | null =>
  v === null ? null : annualise(v, reading.period, hours);

function toPay(reading: PayReading, posting: Posting, country: string | null, estimated: boolean, hours: number, unsure?: string): Pay {
  const pay: Pay = {
    min: reading.min,
    max: reading.max,
    period: reading.period,
    currency: currencyFor(reading.sign, reading.currency, posting, country),
    annual: { min: yearOf(reading.min, reading, hours), max: yearOf(reading.max, reading, hours) },
    estimated,
    evidence: reading.evidence,
  };
  const why = unsure ?? reading.unsure;
  return { ...pay, ...(reading.implausible ? { implausible: reading.implausible } : {}), ...(why ? { unsure: why } : {}) };
}

/**
 * The employer's pay for this job and, kept apart, a job board's estimate, and the posting's pay
 * terms. The site's own pay field and the body are reconciled (reconcile.ts); a figure marked as a
 * board's estimate is never the employer's pay. Work not paid a wage (terms.ts) has no pay.
 */
export function readPay(posting: Posting, options: ReadPayOptions = {}): { pay: Pay | null; estimate: Pay | null; payTerms: PayTerms | null } {
  const hours = options.hoursPerYear ?? 2080;
  const country = options.country ?? null;
  const field = posting.payText ? readText(posting.payText, 'field') : { employer: null, estimate: null };
  const body = readText(posting.description, 'description', payLinesOf(posting));
  const employer = reconcile(field.employer, body);
  const boardField = posting.payEstimateText ? parsePayText(posting.payEstimateText) : null;
  const estimate = boardField ?? field.estimate ?? body.estimate ?? null;
  const payTerms = readPayTerms(`${posting.payText ?? ''}\n${posting.description}`);
  return {
    pay: employer && !payTerms ? toPay(employer.reading, posting, country, false, hours, employer.unsure) : null,
    estimate: estimate ? toPay(estimate, posting, country, true, hours) : null,
    payTerms,
  };
}
