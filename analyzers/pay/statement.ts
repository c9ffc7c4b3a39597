// One pay statement judged: a figure, what it is of (subject.ts), its period, its qualifier (an
// open end: "up to", "from", "and up"), and how sure the text is that it is this job's pay.

import type { Period } from '../types';
import { CEILING_WORDS, FLOOR_AFTER, FLOOR_WORDS, HOUR_BELOW, PLAUSIBILITY_SCALE, PLAUSIBLE, YEAR_FROM } from '../vocabulary/pay-units';
import { isoOfSign } from './currency';
import { annualise, periodBefore } from './period';
import { type Figure, figuresOf } from './range';
import { HAS_PAY_CUE, isEstimate, isPayHeading, isSomeoneElses, subjectAfter, subjectBefore, wordsAfter, wordsBefore } from './subject';
import { type Lines, WORD_START, alternation, lineIndexAt, linesOf } from './tokens';

/** One figure read from one piece of text. */
export interface PayReading {
  /** As written, after its multiplier ("$45K" → 45000); min == max for a single figure; null for an open end ("up to $65,000"). */
  readonly min: number | null;
  readonly max: number | null;
  readonly period: Period;
  /** ISO 4217 from the sign as written; null when the text names no currency (the posting's place decides). */
  readonly currency: string | null;
  /** The currency sign or code exactly as written ("$", "CAD", "€"), or null. */
  readonly sign: string | null;
  /** The exact substring of the text that states the figure. */
  readonly evidence: string;
  /** Where `evidence` starts in the text. */
  readonly index: number;
  /** True when the text marks the figure as a job board's estimate ("(Glassdoor est.)"). */
  readonly estimated: boolean;
  /** A sentence saying why the figure cannot be right as written; the figure itself is not changed. */
  readonly implausible?: string;
  /** A sentence saying what about the statement is ambiguous, when the reading had to choose. */
  readonly unsure?: string;
}

/**
 * What the text is: a site's pay field, where every figure is pay by definition, or a posting's
 * description, where a figure must show it is pay (a currency, a period, a pay word) to count.
 */
export type PayTextKind = 'field' | 'description';

/** A figure judged: its reading, how well the text backs it, and whether it is this job's base pay or on-target earnings. */
export interface Candidate {
  readonly reading: Omit<PayReading, 'period'> & { readonly period: Period | null };
  readonly score: number;
  /** 2: base pay named so (a pay word, a pay heading, a pay field); 1: on-target earnings; 0: a figure with no word for it. */
  readonly tier: 0 | 1 | 2;
  /** Named as pay and stated with a currency or a period: strong enough to stand against a board's field. */
  readonly strong: boolean;
}

/** "Minimum salary: $58,000", "up to $65,000", "starting pay is $18": an open-end word, maybe a pay noun, then the figure. */
const OPEN_TAIL = '(?:\\s+(?:base\\s+)?(?:salary|pay|rate|wage|compensation))?(?:\\s+(?:is|of|at|are|to))*\\s*:?\\s*$';
const FLOOR_BEFORE = new RegExp(`${WORD_START}(?:${alternation(FLOOR_WORDS)})${OPEN_TAIL}`, 'i');
const CEILING_BEFORE = new RegExp(`${WORD_START}(?:${alternation(CEILING_WORDS)})${OPEN_TAIL}`, 'i');

function implausibility(min: number, max: number, period: Period, currency: string | null, reversed: boolean): string | undefined {
  const scale = PLAUSIBILITY_SCALE[currency ?? ''] ?? 1;
  const bounds = PLAUSIBLE[period];
  const per = `per ${period}`;
  if (max > bounds.max * scale) {
    return `${max.toLocaleString('en-US')} ${per} would be ${annualise(max, period).toLocaleString('en-US')} a year, more than any wage paid by the ${period}: the figure or its period is mistyped.`;
  }
  if (min < bounds.min * scale) {
    return `${min.toLocaleString('en-US')} ${per} is less than any full-time wage paid by the ${period}: the figure or its period is mistyped.`;
  }
  if (reversed) return 'The range is written from high to low; it is read as the lower figure to the higher one.';
  return undefined;
}

function judge(text: string, figure: Figure, lines: Lines, kind: PayTextKind, payLines: ReadonlySet<number>): Candidate | null {
  if (figure.company || figure.count) return null;
  const lineIndex = lineIndexAt(lines, figure.start);
  const lineStart = lines.starts[lineIndex]!;
  const lineEnd = lineStart + lines.texts[lineIndex]!.length;
  const before = wordsBefore(text, lines, lineIndex, figure.start);
  const after = wordsAfter(text, figure.end, lineEnd);
  const named0 = subjectBefore(before.words);
  const subject = named0?.subject ?? null;
  const subjectNext = subjectAfter(after);
  // A pay word right after the figure speaks for it ("… 401k match and $50,000 salary").
  if ((subject === 'not-pay' && subjectNext !== 'pay') || subjectNext === 'not-pay' || isSomeoneElses(before.words)) return null;
  // A pay word before the figure outranks an on-target-earnings label after it, which names the next figure.
  const ote = subject !== 'pay' && (subject === 'ote' || subjectNext === 'ote');
  const named = kind === 'field' || subject === 'pay' || subjectNext === 'pay' || payLines.has(lineIndex) || isPayHeading(lines.texts[lineIndex - 1]);
  const cued = named || ote;

  // The period: after the figure; else as an adjective before it ("Annual Salary Range $50,000-$55,000").
  let period: Period | null = null;
  let unplaceable = false;
  let stated = false;
  let evidenceStart = figure.start;
  const written = figure.period;
  // A bare unit word ("8 hour shift") is a period only for a figure with a currency.
  if (written && (written.strong || !figure.bare)) {
    if (written.unit === 'other') unplaceable = true;
    else period = written.unit;
    stated = true;
  } else if (figure.impliedPeriod) {
    period = figure.impliedPeriod;
    stated = true;
  } else {
    const named = periodBefore(before.words);
    if (named) {
      period = named.period;
      stated = true;
      // A compound ("Bruttojahresgehalt") is quoted whole.
      evidenceStart = before.start + named.index;
      while (evidenceStart > before.start && /[A-Za-zÀ-ÿ]/.test(text[evidenceStart - 1] ?? '')) evidenceStart--;
    }
  }
  const end = figure.end;
  const currency = isoOfSign(figure.sign) ?? figure.impliedCurrency;
  const scale = PLAUSIBILITY_SCALE[currency ?? ''] ?? 1;

  // Which figures may stand as pay at all.
  if (figure.bare && kind === 'description' && !(stated || (cued && figure.grouped))) return null;
  // Millions with no period are a company's money ("managed $2,000,000 - $5,000,000"), not a wage.
  if (!stated && figure.max >= 1_000_000 * scale) return null;
  if (!stated && !unplaceable) {
    if (figure.max >= YEAR_FROM) period = 'year';
    else if (figure.max < HOUR_BELOW && cued) period = 'hour';
    else if (!cued) return null;
  }

  // An open end: "up to $65,000" is a ceiling, "from $18 an hour" and "$160 per hour and up" floors.
  const wordsBeforeFigure = text.slice(before.start, figure.start);
  let min: number | null = figure.min;
  let max: number | null = figure.max;
  if (!figure.range) {
    const floor = FLOOR_BEFORE.exec(wordsBeforeFigure);
    const ceiling = CEILING_BEFORE.exec(wordsBeforeFigure);
    const floorAfter = FLOOR_AFTER.exec(text.slice(end, end + 16));
    if (ceiling && (!floor || ceiling.index > floor.index)) {
      min = null;
      if (evidenceStart === figure.start) evidenceStart = before.start + ceiling.index;
    } else if (floor) {
      max = null;
      if (evidenceStart === figure.start) evidenceStart = before.start + floor.index;
    } else if (floorAfter) {
      max = null;
    }
  }
  const evidenceEnd = max === null && min !== null && !FLOOR_BEFORE.test(wordsBeforeFigure)
    ? end + (FLOOR_AFTER.exec(text.slice(end, end + 16))?.[0].length ?? 0)
    : end;

  // On-target earnings are quoted with their name, so the report says what the figure is.
  if (subject === 'ote' && named0 && evidenceStart === figure.start) evidenceStart = before.start + named0.index;
  const estimated = isEstimate(before.words, text.slice(end, end + 30));
  const reading = {
    min,
    max,
    period: unplaceable ? null : period,
    currency,
    sign: figure.sign,
    evidence: text.slice(evidenceStart, evidenceEnd),
    index: evidenceStart,
    estimated,
    ...(figure.scaled ? { unsure: figure.scaled } : {}),
  };
  const implausible = reading.period ? implausibility(figure.min, figure.max, reading.period, currency, figure.reversed) : undefined;
  const tier = named && !ote ? 2 : ote ? 1 : 0;
  const score = 10 * tier + (stated ? 2 : 0) + (figure.sign ? 1 : 0) + (figure.range ? 1 : 0);
  // A figure no word names as pay must at least be a wage: "Memberships start at $29 per month" is a price.
  // (Only too low, and only in currencies of dollar size: a wage in rupees or pesos is not judged by dollar bounds.)
  if (tier === 0 && kind === 'description' && reading.period && scale === 1 && figure.min < PLAUSIBLE[reading.period].min) return null;
  return {
    reading: implausible ? { ...reading, implausible } : reading,
    score,
    tier,
    strong: tier === 2 && kind === 'description' && (stated || figure.sign !== null),
  };
}

/** Every figure in the text that may be pay, judged, in the order written. */
export function candidatesOf(text: string, kind: PayTextKind, payLines: ReadonlySet<number> = new Set()): Candidate[] {
  const lines = linesOf(text);
  return figuresOf(text)
    .map((f) => judge(text, f, lines, kind, payLines))
    .filter((c): c is Candidate => c !== null);
}

/** The reading of a candidate with a placed period, or null. */
export function placed(c: Candidate | null): PayReading | null {
  if (!c || c.reading.period === null) return null;
  return { ...c.reading, period: c.reading.period };
}

const lowOf = (r: { min: number | null; max: number | null }): number => (r.min ?? r.max)!;
const highOf = (r: { min: number | null; max: number | null }): number => (r.max ?? r.min)!;

/**
 * The best of the candidates: the highest score, the first of equals (a posting states its primary
 * pay first). A single figure inside a range of the same period stated elsewhere is a point in that
 * range ("$50,000 - $60,000 … most hires start at $55,000"): the range is the statement.
 */
export function best(candidates: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  if (top && top.reading.min !== null && top.reading.min === top.reading.max) {
    const single = top.reading.min;
    const range = candidates.find((c) => c !== top && c.tier >= top!.tier && c.reading.period === top!.reading.period
      && c.reading.min !== null && c.reading.max !== null && c.reading.min < c.reading.max
      && lowOf(c.reading) <= single && single <= highOf(c.reading));
    if (range) return range;
  }
  return top;
}

/**
 * A floor with a ceiling stated right after it is one range: "Salary Range Minimum: USD $31.98/Hr.
 * Salary Range Maximum: USD $31.98/Hr." (occ-031), "Minimum $50,000; maximum $62,000".
 */
function closedBy(reading: PayReading | null, candidates: readonly Candidate[], text: string): PayReading | null {
  if (!reading || (reading.min === null) === (reading.max === null)) return reading;
  const floor = reading.max === null;
  const other = candidates.find((c) => (floor ? c.reading.min === null && c.reading.max !== null : c.reading.max === null && c.reading.min !== null)
    && c.reading.period === reading.period && Math.abs(c.reading.index - reading.index) < 160);
  if (!other) return reading;
  const min = floor ? reading.min! : other.reading.min!;
  const max = floor ? other.reading.max! : reading.max!;
  if (max < min) return reading;
  const from = Math.min(reading.index, other.reading.index);
  const end = Math.max(reading.index + reading.evidence.length, other.reading.index + other.reading.evidence.length);
  return { ...reading, min, max, evidence: text.slice(from, end), index: from };
}

/** The employer's figure and, apart, a job board's estimate found in the same text. */
export function readText(text: string, kind: PayTextKind, payLines?: ReadonlySet<number>): {
  employer: PayReading | null;
  estimate: PayReading | null;
  candidates: readonly Candidate[];
} {
  const candidates = candidatesOf(text, kind, payLines);
  const employer = candidates.filter((c) => !c.reading.estimated);
  return {
    employer: closedBy(placed(best(employer)), employer, text),
    estimate: placed(best(candidates.filter((c) => c.reading.estimated))),
    candidates: employer.filter((c) => c.reading.period !== null),
  };
}

export { HAS_PAY_CUE };
