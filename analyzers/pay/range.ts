// Figures: an amount alone, or two amounts joined into a range ("$50,000 - $60,000",
// "90k-110k", "$95,000 − $120,000", "$58,000 \- $64,000", "$20,000 a $21,000 por mes",
// "Step 1: $52,100 - Step 25: $101,400", "a minimum of $29,600 to a maximum of $67,500").

import type { Period } from '../types';
import { type Atom, atomsOf } from './amount';
import { sameCurrency } from './currency';
import { type PeriodMatch, periodAfter } from './period';

export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly min: number;
  readonly max: number;
  readonly sign: string | null;
  readonly company: boolean;
  readonly period: PeriodMatch | null;
  readonly impliedPeriod: Period | null;
  readonly impliedCurrency: string | null;
  readonly range: boolean;
  readonly reversed: boolean;
  readonly bare: boolean;
  readonly grouped: boolean;
  readonly count: boolean;
  /** Set when one end was read with the other's size: "$120 - $135000" → 120,000. */
  readonly scaled?: string;
}

/**
 * Between the two ends of a range, once Markdown escapes and emphasis are gone: a dash of any kind
 * (hyphen, en and em dash, minus sign, "~", an underscore left by a broken dash), "to", "bis", "à",
 * "a"/"al"/"hasta" (Spanish), "até" (Portuguese), "through". "-.00" is a real typo ("$25-.00 - $36.00", linkedin2023-020).
 */
const DASH = '[-–—~−‒―_]';
const RANGE_JOINER = new RegExp(
  `^\\s*(?:-?\\.\\d{1,2}\\s*)?(?:${DASH}+\\s*(?:bis|to)?|to|bis|through|thru|à|a|al|hasta|até|fino\\s+a)\\s*` +
  // "to a maximum of", "to maximum salary of": the second end named as the maximum.
  '(?:(?:an?\\s+)?max(?:imum|\\.)?(?:\\s+(?:salary|pay|rate|wage))?(?:\\s+of)?\\s*:?\\s*)?' +
  // "Step 1: $52,100 - Step 25: $101,400": a salary schedule's first and last step.
  '(?:(?:step|grade|level|band|stufe)\\s*\\d{1,2}\\s*:?\\s*)?$',
  'i');
/** "between … and …", "zwischen … und …", "entre … et/y/e …", "tra … e …". */
const AND_JOINER = /^\s*(?:and|und|et|y|e)\s*$/i;
const BETWEEN = /(?:between|zwischen|from|von|entre|tra|fra|de)\s*$/i;
const MAX_GAP = 48;

function sameOrOne<T>(a: T | null, b: T | null, equal: (x: T, y: T) => boolean): boolean {
  return a === null || b === null || equal(a, b);
}

/** The gap between two amounts with Markdown taken out: "** - **", "\-", " _" read as the dash they are. */
function cleanGap(gap: string): string {
  return gap.replace(/[*\\]/g, ' ');
}

export function figuresOf(text: string): Figure[] {
  const atoms = atomsOf(text);
  const figures: Figure[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const first = atoms[i]!;
    const ownPeriod = periodAfter(text, first.end);
    const afterFirst = ownPeriod?.end ?? first.end;
    const second: Atom | undefined = atoms[i + 1];
    let joined: Figure | null = null;
    if (second && second.start >= afterFirst && second.start - afterFirst <= MAX_GAP) {
      const gap = cleanGap(text.slice(afterFirst, second.start));
      const isJoiner = AND_JOINER.test(gap)
        ? BETWEEN.test(text.slice(Math.max(0, first.start - 30), first.start))
        : (RANGE_JOINER.test(gap) && (!/^\s*(?:a|al)\s*$/i.test(gap) || (first.sign !== null && second.sign !== null)))
          || (/^\s{1,2}$/.test(gap) && first.cents && second.cents && !ownPeriod);
      const secondPeriod = periodAfter(text, second.end);
      let firstValue = first.factor === null && second.factor !== null && first.raw < second.raw
        ? Math.round(first.raw * second.factor * 100) / 100
        : first.value;
      let scaled: string | undefined;
      // "$120 - $135000 per annum": the first end lost its thousands; read with the second's size.
      if (first.factor === null && second.factor === null && first.value < 1000 && second.value >= 10_000
        && first.value * 1000 <= second.value && first.value * 1000 * 3 >= second.value) {
        firstValue = first.value * 1000;
        scaled = `"${text.slice(first.start, first.end)}" is read as ${firstValue.toLocaleString('en-US')}, the size of the range's other end.`;
      }
      if (
        isJoiner
        && sameOrOne(first.sign, second.sign, sameCurrency)
        && sameOrOne(ownPeriod, secondPeriod, (a, b) => a.unit === b.unit)
        && !second.count
      ) {
        const period = secondPeriod ?? ownPeriod;
        joined = {
          start: first.start,
          end: secondPeriod?.end ?? second.end,
          min: Math.min(firstValue, second.value),
          max: Math.max(firstValue, second.value),
          sign: first.sign ?? second.sign,
          company: first.company || second.company,
          period,
          impliedPeriod: second.impliedPeriod ?? first.impliedPeriod,
          impliedCurrency: second.impliedCurrency ?? first.impliedCurrency,
          range: true,
          reversed: firstValue > second.value,
          bare: first.sign === null && second.sign === null,
          grouped: (first.grouped || firstValue !== first.value) && second.grouped,
          count: false,
          ...(scaled ? { scaled } : {}),
        };
        i += 1;
      }
    }
    figures.push(joined ?? {
      start: first.start,
      end: afterFirst,
      min: first.value,
      max: first.value,
      sign: first.sign,
      company: first.company,
      period: ownPeriod,
      impliedPeriod: first.impliedPeriod,
      impliedCurrency: first.impliedCurrency,
      range: false,
      reversed: false,
      bare: first.sign === null,
      grouped: first.grouped,
      count: first.count,
    });
  }
  return figures;
}
