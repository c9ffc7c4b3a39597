// The board's pay field against the body. A board's field is often derived (rounded: "$18 - $24
// hourly" for "$18.55 - $24.00 per hour"; annualised: "$33,280 - $35,360 yearly" for "$16 - $17 an
// hour"; summed with commission: "$51,500 - $86,500" for "Base Salary: $51,500, On Target Earnings:
// $86,500") or plainly wrong ("150000.0" for "$45,000 base + commission"). The order, stated once:
//
//   1. No field: the body's best figure.
//   2. No strong body statement (a pay word with a currency or a period): the field.
//   3. A strong body statement that agrees with the field (same figures up to rounding, the same
//      pay in another period, or one end in common): the body's, which the employer wrote, the
//      body's best first, else the body statement the field points to.
//   4. A strong body statement that agrees with nothing in the field: the body's, and `unsure`
//      quotes both, so a reader can see the board said otherwise.

import type { Period } from '../types';
import { annualise } from './period';
import { type Candidate, type PayReading, best, placed } from './statement';

export interface Reconciled {
  readonly reading: PayReading;
  readonly from: 'field' | 'body';
  readonly unsure?: string;
}

/** Two amounts are one figure written two ways: equal, or one rounded from the other. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) < Math.max(1, 0.015 * Math.max(a, b));
}

/** A figure of the field in the body's period (the board's conversion undone), both on a full-time year. */
function inPeriod(value: number, from: Period, to: Period): number {
  return from === to ? value : annualise(value, from) / annualise(1, to);
}

/** The field and a body statement state the same pay, or the field derives from it. */
export function agrees(field: PayReading, body: PayReading): boolean {
  const f = [field.min, field.max].map((v) => (v === null ? null : inPeriod(v, field.period, body.period)));
  const [fMin, fMax] = f as [number | null, number | null];
  const bothEnds = (fMin === null || body.min === null || close(fMin, body.min)) && (fMax === null || body.max === null || close(fMax, body.max));
  if (bothEnds) return true;
  // One end in common: a field's single figure that starts the body's range, or a base that starts the field's total.
  const fEnds = [fMin, fMax].filter((v): v is number => v !== null);
  const bEnds = [body.min, body.max].filter((v): v is number => v !== null);
  return fEnds.some((a) => bEnds.some((b) => close(a, b)));
}

const quote = (r: PayReading): string => `“${r.evidence}”`;

export function reconcile(field: PayReading | null, body: { employer: PayReading | null; candidates: readonly Candidate[] }): Reconciled | null {
  if (field === null) return body.employer ? { reading: body.employer, from: 'body' } : null;
  const strong = body.candidates.filter((c) => c.strong);
  const top = placed(best(strong));
  if (!top) return { reading: field, from: 'field' };
  if (agrees(field, top)) return { reading: top, from: 'body' };
  const pointed = strong.map((c) => placed(c)).find((r): r is PayReading => r !== null && agrees(field, r));
  if (pointed) return { reading: pointed, from: 'body' };
  return {
    reading: top,
    from: 'body',
    unsure: `The job board’s pay field says ${quote(field)}; the posting says ${quote(top)}. The posting’s own words are used.`,
  };
}
