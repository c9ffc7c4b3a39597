// The pay reader: the base pay a posting offers for this job, as written, with the posting's own
// words as evidence. A figure it cannot place (no period, no clear size) is unknown (null), never
// a guessed number; a figure that cannot be right is kept as written and flagged.
//
// How: find every number (one linear scan), attach its currency sign, multiplier ("K", "L") and
// period ("/hr", "per annum", "brutto monatlich"), join pairs into ranges, then judge each figure
// by the words around it (vocabulary/pay-units.ts): a pay cue ("Salary:") or a pay heading makes it
// this job's pay, a cue such as "bonus", "401(k)" or "raised" rules it out. The best figure wins.

import type { Pay, Period, Posting } from './types';
import {
  COMMISSION_ONLY, CURRENCY_SIGNS, DOLLAR_PLACES, DOLLAR_SIGN, EMPLOYER_MARKERS, ESTIMATE_MARKERS, GRADE_WORDS,
  HOUR_BELOW, MULTIPLIERS, NOT_BASE_PAY, NOT_BASE_PAY_PARTS, OTHER_UNITS, PAY_CUE_PARTS, PAY_CUES,
  PAY_NOUNS_AFTER_ADJECTIVE, PERIOD_ADJECTIVES, PERIOD_ADVERBS, PERIOD_COMPOUNDS, PERIOD_FILLERS, PERIOD_NOUNS,
  PLAUSIBILITY_SCALE, PLAUSIBLE, QUALIFIERS, TIME_QUANTITIES, YEAR_FROM,
} from './vocabulary/pay-units';

/** One figure read from one piece of text. */
export interface PayReading {
  /** As written, after its multiplier ("$45K" → 45000); min == max for a single figure. */
  readonly min: number;
  readonly max: number;
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
}

/**
 * What the text is: a site's pay field, where every figure is pay by definition, or a posting's
 * description, where a figure must show it is pay (a currency, a period, a pay word) to count.
 */
export type PayTextKind = 'field' | 'description';

export interface ParsePayOptions {
  readonly kind?: PayTextKind;
}

export interface ReadPayOptions {
  /** Hours in a full-time year, for hourly pay; 2,080 (52 × 40) unless the user says otherwise. */
  readonly hoursPerYear?: number;
}

// ——— Annualising ———————————————————————————————————————————————————————————————————————————

/** Full-time units in a year: 52 weeks × 40 hours, 52 × 5 working days, 52 weeks, 12 months. */
const PER_YEAR: Readonly<Record<Exclude<Period, 'hour'>, number>> = { day: 260, week: 52, month: 12, year: 1 };

/** A figure in its period → the same pay over a full-time year, to the whole unit. */
export function annualise(amount: number, period: Period, hoursPerYear = 2080): number {
  const factor = period === 'hour' ? hoursPerYear : PER_YEAR[period];
  return Math.round(amount * factor);
}

// ——— Patterns, built once from the vocabulary ——————————————————————————————————————————————

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const alternation = (words: readonly string[]): string => byLength(words).map(escape).join('|');
/** Letters that continue a word, so "hr" does not match inside "hrs" nor "M" inside "Monthly". */
const WORD_END = '(?![A-Za-zÀ-ÿ])';
const WORD_START = '(?<![A-Za-zÀ-ÿ0-9])';
/** "$22Per Hour" (glassdoor2020-004): a period word may follow a digit directly. */
const AFTER_LETTER = '(?<![A-Za-zÀ-ÿ])';

/** Space within a line: a period or multiplier on the next line belongs to something else. */
const SPACE = '[ \\t\\u00a0]';
/** A number: digits with thousands/decimal marks. The lookbehind keeps ".00" of "$25-.00" from being one. */
const NUMBER = /(?<![\d.,])\d[\d.,]*/g;
/** Longer tokens are not amounts (phone numbers, data dumps); skipping them keeps the scan linear. */
const MAX_NUMBER_LENGTH = 24;
/**
 * A posting states a handful of figures; past this many numbers the text is a data dump, not a
 * posting, and reading stops there, so no input can make the reader slow.
 */
const MAX_NUMBERS = 2_000;

const SIGN_OF = new Map(CURRENCY_SIGNS.map(([sign, iso]) => [sign.toLowerCase(), iso] as const));
const signAlternation = byLength(CURRENCY_SIGNS.map(([s]) => s))
  .map((s) => (/^[A-Za-z]/.test(s) ? `${WORD_START}${escape(s)}` : escape(s)))
  .join('|');
const PREFIX_SIGN = new RegExp(`(${signAlternation})${SPACE}?$`, 'i');
const DOLLAR_CODE_BEFORE = new RegExp(`${WORD_START}(USD|CAD|AUD|NZD)${SPACE}?$`);
/** Signs written after the figure ("3.000 €", "$15 CAD/hr"); a dollar sign always comes first. */
const SUFFIX_SIGN = new RegExp(
  `${SPACE}?(${alternation(CURRENCY_SIGNS.map(([s]) => s).filter((s) => !s.endsWith('$')))})${WORD_END}`, 'iy');

const MULTIPLIER_INSENSITIVE = new RegExp(`${SPACE}?(${alternation(MULTIPLIERS.filter((m) => !m.caseSensitive).map((m) => m.word))})${WORD_END}`, 'iy');
const MULTIPLIER_SENSITIVE = new RegExp(`${SPACE}?(${alternation(MULTIPLIERS.filter((m) => m.caseSensitive).map((m) => m.word))})${WORD_END}`, 'y');
/** A bare number right after a grade word is the grade: "E11", "Entgeltgruppe 11", "level 4". */
const GRADE_BEFORE = new RegExp(`${WORD_START}(?:${alternation(GRADE_WORDS)})${SPACE}?-?${SPACE}?$`, 'i');
const QUALIFIER_BEFORE = new RegExp(`${WORD_START}(?:${alternation(QUALIFIERS)})${SPACE}*$`, 'i');
const MULTIPLIER_OF = new Map(MULTIPLIERS.map((m) => [m.caseSensitive ? m.word : m.word.toLowerCase(), m] as const));

type Unit = Period | 'other';
const UNIT_OF = new Map<string, Unit>();
for (const [period, words] of Object.entries(PERIOD_NOUNS) as [Period, readonly string[]][]) for (const w of words) UNIT_OF.set(w, period);
for (const [period, words] of Object.entries(PERIOD_ADVERBS) as [Period, readonly string[]][]) for (const w of words) UNIT_OF.set(w, period);
for (const w of OTHER_UNITS) UNIT_OF.set(w, 'other');

const NOUNS = Object.values(PERIOD_NOUNS).flat();
const ADVERBS = Object.values(PERIOD_ADVERBS).flat();
const OTHER_ADVERBS = OTHER_UNITS.filter((w) => w.endsWith('ly'));
/** "/hr", "per annum", "an hour", "pro Stunde", "/bi-weekly" — or an adverb alone: "monthly", "(Hourly)", "p.a.". */
const STATED_PERIOD = new RegExp(
  `${SPACE}*(?:\\(${SPACE}*)?(?:(?:\\/|${AFTER_LETTER}(?:per|pro|an?|each|every|im))${SPACE}*(${alternation([...NOUNS, ...ADVERBS, ...OTHER_UNITS])})|(${alternation([...ADVERBS, ...OTHER_ADVERBS])}))${WORD_END}\\)?`,
  'iy');
/** A bare unit word after a figure with a currency: "$500 Week", "$15-21 hour". */
const BARE_PERIOD = new RegExp(`${SPACE}*(${alternation(NOUNS)})${WORD_END}`, 'iy');
const FILLER = new RegExp(`${SPACE}*(?:\\(${SPACE}*)?(?:${alternation(PERIOD_FILLERS)})${WORD_END}`, 'iy');
const TIME_QUANTITY = new RegExp(`${SPACE}?(?:${alternation(TIME_QUANTITIES)})${WORD_END}`, 'iy');

const PERIOD_BEFORE = new RegExp(
  `${WORD_START}(${alternation(Object.values(PERIOD_ADJECTIVES).flat())})\\s+(?:base\\s+)?(?:${alternation(PAY_NOUNS_AFTER_ADJECTIVE)})${WORD_END}|(${alternation(Object.values(PERIOD_COMPOUNDS).flat())})`,
  'gi');
const PERIOD_OF_WORD = new Map<string, Period>();
for (const [period, words] of Object.entries(PERIOD_ADJECTIVES) as [Period, readonly string[]][]) for (const w of words) PERIOD_OF_WORD.set(w, period);
for (const [period, words] of Object.entries(PERIOD_COMPOUNDS) as [Period, readonly string[]][]) for (const w of words) PERIOD_OF_WORD.set(w, period);

const cueRegex = (words: readonly string[], parts: readonly string[]): RegExp =>
  new RegExp(`${WORD_START}(?:${alternation(words)})(?![A-Za-z0-9])${parts.length ? `|(?:${alternation(parts)})` : ''}`, 'gi');
const PAY_CUE = cueRegex(PAY_CUES, PAY_CUE_PARTS);
const NOT_PAY_CUE = cueRegex(Object.values(NOT_BASE_PAY).flat(), NOT_BASE_PAY_PARTS);
/** A salary of someone else rules out the whole clause, even past a nearer pay word ("the average salary is $70,000"). */
const SOMEONE_ELSE = new RegExp(cueRegex(NOT_BASE_PAY.someone ?? [], []).source, 'i');
// Non-global twins for yes/no questions: `test` on a global regex moves its lastIndex, which a
// later `matchAll` would start from.
const HAS_PAY_CUE = new RegExp(PAY_CUE.source, 'i');
const HAS_NOT_PAY_CUE = new RegExp(NOT_PAY_CUE.source, 'i');
// Case-sensitive on purpose, with the capitalised forms listed, so that the lookbehind can tell
// "underestimated" from a scraper's "NYEstimated Salary" (linkedin2023-004).
const ESTIMATE = new RegExp(
  `(?<![a-zß-ÿ])(?:${alternation(ESTIMATE_MARKERS.flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()]))})`, 'g');
const EMPLOYER = new RegExp(`${WORD_START}(?:${alternation(EMPLOYER_MARKERS)})${WORD_END}`, 'i');
const COMMISSION = new RegExp(`${WORD_START}(?:${alternation(COMMISSION_ONLY)})${WORD_END}`, 'i');

/** Between the two ends of a range: "-", "to", "bis", "and" (after "between"); "-.00" is a real typo ("$25-.00 - $36.00", linkedin2023-020). */
const RANGE_JOINER = /^\s*(?:-?\.\d{1,2}\s*)?(?:[-–—~]\s*bis|[-–—~]|to|bis|through|thru|and|und)\s*$/i;
const BETWEEN = /(?:between|zwischen|from|von)\s*$/i;
/** Where a clause ends, so that a cue in the sentence before does not reach this figure. */
const CLAUSE_END = /(?<![.\s][A-Za-z])[.!?;•|](?:\s|$)|\s[-–—]\s/g; // not the dots of "e.g.", "U.S."
/** Where the words about a figure end after it: a new clause, or a joined extra ("+ Bonus", "with bonus potential"). */
const AFTER_END = /[,;.!?()+&|\n]|\s(?:plus|with|and|und|sowie|zzgl|inkl|depending|dependent|based|commensurate|or|oder|doe)\b/i;
const BEFORE_LIMIT = 90;
const AFTER_LIMIT = 40;

// ——— Numbers ———————————————————————————————————————————————————————————————————————————————

/** Groups of a thousands-separated number: "45,000", "5,00,000" (Indian lakh grouping), "48.570". */
function groupsAreThousands(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3 || rest.length === 0) return false;
  return rest.every((g, i) => (i === rest.length - 1 ? g.length === 3 : g.length === 2 || g.length === 3));
}

/**
 * "45,000" / "45.000" / "51.537,75" / "56,870.85" / "140000.0" / "50,00" → a number. A single mark
 * followed by exactly three digits is a thousands mark (German "€45.000"); otherwise a decimal.
 */
export function parseAmount(token: string): { value: number; grouped: boolean; cents: boolean } | null {
  const t = token.replace(/[.,]{1,2}$/, '');
  if (t === '' || t.length > MAX_NUMBER_LENGTH || /[.,]{2}/.test(t)) return null;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let whole = t;
  let fraction = '';
  let grouped = false;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const thousands = decimalAt === lastDot ? ',' : '.';
    whole = t.slice(0, decimalAt);
    fraction = t.slice(decimalAt + 1);
    const groups = whole.split(thousands);
    if (!groupsAreThousands(groups)) return null;
    whole = groups.join('');
    grouped = true;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const groups = t.split(mark);
    const looksGrouped = groups.length > 2 || (groups[1]?.length === 3 && groups[0] !== '0');
    if (looksGrouped) {
      if (!groupsAreThousands(groups)) return null;
      whole = groups.join('');
      grouped = true;
    } else {
      whole = groups[0] ?? '';
      fraction = groups[1] ?? '';
    }
  }
  const value = Number(fraction ? `${whole}.${fraction}` : whole);
  if (!Number.isFinite(value)) return null;
  return { value, grouped: grouped || whole.length >= 5, cents: fraction.length === 2 };
}

// ——— Atoms: one number with its sign and multiplier —————————————————————————————————————————

interface Atom {
  /** Start of the sign when it is written first, else of the number. */
  readonly start: number;
  /** End of the number, its multiplier and any sign written after it. */
  readonly end: number;
  readonly raw: number;
  readonly factor: number | null;
  readonly value: number;
  /** Millions or billions: company money, never a salary. */
  readonly company: boolean;
  readonly impliedPeriod: Period | null;
  readonly sign: string | null;
  /** The currency a multiplier implies ("5 lakh" is rupees), when no sign is written. */
  readonly impliedCurrency: string | null;
  readonly grouped: boolean;
  readonly cents: boolean;
  /** A bare number followed by a time word ("20-30 hours"): a count, not money. */
  readonly count: boolean;
}

function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  let seen = 0;
  for (const m of text.matchAll(NUMBER)) {
    if (++seen > MAX_NUMBERS) break;
    const numStart = m.index;
    const token = m[0].length > MAX_NUMBER_LENGTH + 2 ? '' : m[0].replace(/[.,]{1,2}$/, '');
    const amount = parseAmount(token);
    if (!amount || amount.value <= 0) continue;
    let end = numStart + token.length;
    const next = text.slice(end, end + 3);
    if (/^\s?%/.test(next)) continue;
    if (/^40[13]\s?\(?[kb]/i.test(text.slice(numStart, numStart + 7))) continue; // 401(k), 403(b)
    const mult = stickyMatch(MULTIPLIER_INSENSITIVE, text, end) ?? stickyMatch(MULTIPLIER_SENSITIVE, text, end);
    const multiplier = mult?.[1] === undefined ? undefined : MULTIPLIER_OF.get(mult[1]) ?? MULTIPLIER_OF.get(mult[1].toLowerCase());
    if (mult && multiplier) end += mult[0].length;
    const suffix = stickyMatch(SUFFIX_SIGN, text, end);
    if (suffix) end += suffix[0].length;
    const prefix = PREFIX_SIGN.exec(text.slice(Math.max(0, numStart - 8), numStart));
    // "CAD $50,000", "USD $50,000": the code names the dollar.
    const code = prefix?.[1] === DOLLAR_SIGN ? DOLLAR_CODE_BEFORE.exec(text.slice(Math.max(0, numStart - prefix[0].length - 5), numStart - prefix[0].length)) : null;
    const sign = suffix?.[1] ?? code?.[1] ?? prefix?.[1] ?? null;
    if (sign === null && !multiplier) {
      // "9c", "5th", "E11": a bare number glued to a word, or a grade, is no amount.
      if (/^[A-Za-zÀ-ÿ]/.test(text.slice(end, end + 1))) continue;
      if (amount.value < 1000 && GRADE_BEFORE.test(text.slice(Math.max(0, numStart - 16), numStart))) continue;
    }
    const factor = multiplier?.factor ?? null;
    atoms.push({
      start: prefix ? numStart - prefix[0].length - (code?.[0].length ?? 0) : numStart,
      end,
      raw: amount.value,
      factor,
      // Rounded to the cent: 45.1 × 1,000 is 45,100.000000000001 in floating point.
      value: factor === null ? amount.value : Math.round(amount.value * factor * 100) / 100,
      company: multiplier?.company === true,
      impliedPeriod: multiplier?.period ?? null,
      sign,
      impliedCurrency: multiplier?.currency ?? null,
      grouped: amount.grouped || factor !== null,
      cents: amount.cents,
      count: sign === null && stickyMatch(TIME_QUANTITY, text, end) !== null,
    });
  }
  return atoms;
}

// ——— Figures: a single amount or a range, with its period ——————————————————————————————————

interface PeriodMatch {
  readonly unit: Unit;
  readonly end: number;
  /** "/hr", "per year", "monthly" are stated; a bare "hour" after a figure only counts with a currency. */
  readonly strong: boolean;
}

function periodAfter(text: string, at: number): PeriodMatch | null {
  let pos = at;
  for (let fillers = 0; fillers <= 2; fillers++) {
    const stated = stickyMatch(STATED_PERIOD, text, pos);
    const word = stated?.[1] ?? stated?.[2];
    if (stated && word) return { unit: UNIT_OF.get(word.toLowerCase()) ?? 'other', end: pos + stated[0].length, strong: true };
    const bare = stickyMatch(BARE_PERIOD, text, pos);
    if (bare?.[1]) return { unit: UNIT_OF.get(bare[1].toLowerCase()) ?? 'other', end: pos + bare[0].length, strong: false };
    const filler = stickyMatch(FILLER, text, pos);
    if (!filler) return null;
    pos += filler[0].length;
  }
  return null;
}

interface Figure {
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
}

function sameOrOne<T>(a: T | null, b: T | null, equal: (x: T, y: T) => boolean): boolean {
  return a === null || b === null || equal(a, b);
}

function figuresOf(text: string): Figure[] {
  const atoms = atomsOf(text);
  const figures: Figure[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const first = atoms[i]!;
    const ownPeriod = periodAfter(text, first.end);
    const afterFirst = ownPeriod?.end ?? first.end;
    const second = atoms[i + 1];
    let joined: Figure | null = null;
    if (second && second.start >= afterFirst && second.start - afterFirst <= 16) {
      const gap = text.slice(afterFirst, second.start);
      const betweenAnd = /^\s*(and|und)\s*$/i.test(gap);
      const isJoiner = betweenAnd
        ? BETWEEN.test(text.slice(Math.max(0, first.start - 30), first.start))
        : RANGE_JOINER.test(gap) || (/^\s{1,2}$/.test(gap) && first.cents && second.cents && !ownPeriod);
      const secondPeriod = periodAfter(text, second.end);
      const firstValue = first.factor === null && second.factor !== null && first.raw < second.raw
        ? Math.round(first.raw * second.factor * 100) / 100
        : first.value;
      if (
        isJoiner
        && sameOrOne(first.sign, second.sign, (a, b) => SIGN_OF.get(a.toLowerCase()) === SIGN_OF.get(b.toLowerCase()))
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
          grouped: first.grouped && second.grouped,
          count: false,
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

// ——— Judging a figure by the words around it —————————————————————————————————————————————

type Cue = 'pay' | 'not-pay';

/** The cue nearest before the figure decides: "base salary plus a bonus of $5,000" is a bonus. */
function nearestCue(words: string): Cue | null {
  let pay = -1;
  let notPay = -1;
  for (const m of words.matchAll(PAY_CUE)) pay = Math.max(pay, m.index + m[0].length);
  for (const m of words.matchAll(NOT_PAY_CUE)) notPay = Math.max(notPay, m.index + m[0].length);
  if (pay < 0 && notPay < 0) return null;
  return notPay >= pay ? 'not-pay' : 'pay';
}

interface Lines {
  readonly starts: readonly number[];
  readonly texts: readonly string[];
}

function linesOf(text: string): Lines {
  const texts = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of texts) {
    starts.push(at);
    at += line.length + 1;
  }
  return { starts, texts };
}

function lineIndexAt(lines: Lines, offset: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The words of the same clause before the figure, back to a sentence end, at most BEFORE_LIMIT
 * characters. A hard-wrapped line ("…Jahressonderzahlung von\n18.922 EUR bis 20.604 EUR",
 * arbeitsagentur-132) continues the line above when that one stops mid-sentence.
 */
function wordsBefore(text: string, lines: Lines, lineIndex: number, at: number): { words: string; start: number } {
  let from = lines.starts[lineIndex]!;
  const above = lines.texts[lineIndex - 1];
  const here = lines.texts[lineIndex] ?? '';
  if (above !== undefined && /[\p{L},]/u.test(above.slice(-1)) && !here.startsWith('•') && !above.startsWith('•')) from = lines.starts[lineIndex - 1]!;
  const start = Math.max(from, at - BEFORE_LIMIT);
  const span = text.slice(start, at);
  let cut = 0;
  for (const m of span.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  return { words: span.slice(cut), start: start + cut };
}

/** The words right after the figure, up to the end of its clause ("$3,200 equipment allowance"). */
function wordsAfter(text: string, at: number, lineEnd: number): string {
  // A word glued to the figure ("$50,000Bonus eligible") is the next field of a scraped page.
  if (!/^\s/.test(text.slice(at, at + 1))) return '';
  const span = text.slice(at, Math.min(lineEnd, at + AFTER_LIMIT));
  const stop = span.search(AFTER_END);
  return stop < 0 ? span : span.slice(0, stop);
}

/**
 * "Estimated Salary: ($15-21 hour)", "Estimated $45K": a marker shortly before the figure. One
 * closed off by ")" belongs to an earlier figure ("$33K-$48K (Glassdoor est.) Salary: $50,000").
 */
function estimateBefore(words: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of words.matchAll(ESTIMATE)) last = m;
  if (!last) return false;
  const between = words.slice(last.index + last[0].length);
  return between.length <= 25 && !between.includes(')');
}

/** A short line with a pay word and no figure, just above: "Pay Rate" then "● $15 CAD/hr" (glassdoor2020-045). */
function isPayHeading(line: string | undefined): boolean {
  if (line === undefined || line.length > 40 || /\d/.test(line)) return false;
  return HAS_PAY_CUE.test(line);
}

interface Candidate {
  readonly reading: Omit<PayReading, 'period'> & { readonly period: Period | null };
  readonly score: number;
}

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
  const cue = nearestCue(before.words);
  // A pay word right after the figure speaks for it ("… 401k match and $50,000 salary").
  const payAfter = HAS_PAY_CUE.test(after);
  if ((cue === 'not-pay' && !payAfter) || HAS_NOT_PAY_CUE.test(after) || SOMEONE_ELSE.test(before.words)) return null;
  const cued = kind === 'field' || cue === 'pay' || payAfter || payLines.has(lineIndex) || isPayHeading(lines.texts[lineIndex - 1]);

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
    let last: RegExpExecArray | null = null;
    for (const m of before.words.matchAll(PERIOD_BEFORE)) last = m;
    const word = last?.[1] ?? last?.[2];
    if (last && word) {
      period = PERIOD_OF_WORD.get(word.toLowerCase()) ?? null;
      stated = period !== null;
      if (stated) {
        // A compound ("Bruttojahresgehalt") is quoted whole.
        evidenceStart = before.start + last.index;
        while (evidenceStart > before.start && /[A-Za-zÀ-ÿ]/.test(text[evidenceStart - 1] ?? '')) evidenceStart--;
      }
    }
  }
  const end = figure.end;

  // Which figures may stand as pay at all.
  if (figure.bare && kind === 'description' && !(stated || (cued && figure.grouped))) return null;
  if (!stated && !unplaceable) {
    if (figure.max >= YEAR_FROM) period = 'year';
    else if (figure.max < HOUR_BELOW && cued) period = 'hour';
    else if (!cued) return null;
  }

  const currency = (figure.sign === null ? null : SIGN_OF.get(figure.sign.toLowerCase())) ?? figure.impliedCurrency;
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(before.start, evidenceStart));
  if (qualifier && evidenceStart === figure.start) evidenceStart = before.start + qualifier.index;
  const lookAfter = text.slice(end, end + 30);
  const estimated = !EMPLOYER.test(lookAfter) && (estimateBefore(before.words) || /^\s*\(?\s*(?:[A-Z][\w.]*\s+)?est(?:\.|imate)/i.test(lookAfter));
  const reading = {
    min: figure.min,
    max: figure.max,
    period: unplaceable ? null : period,
    currency,
    sign: figure.sign,
    evidence: text.slice(evidenceStart, end),
    index: evidenceStart,
    estimated,
  };
  const implausible = reading.period ? implausibility(figure.min, figure.max, reading.period, currency, figure.reversed) : undefined;
  const score = (cued ? 4 : 0) + (stated ? 2 : 0) + (figure.sign ? 1 : 0) + (figure.range ? 1 : 0);
  return { reading: implausible ? { ...reading, implausible } : reading, score };
}

function candidatesOf(text: string, kind: PayTextKind, payLines: ReadonlySet<number> = new Set()): Candidate[] {
  const lines = linesOf(text);
  return figuresOf(text)
    .map((f) => judge(text, f, lines, kind, payLines))
    .filter((c): c is Candidate => c !== null);
}

/** The best of the candidates; the first of equals, since a posting states its primary pay first. */
function best(candidates: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

/** A placed reading, or null when the best figure cannot be placed (no period and a size that says none). */
function placed(c: Candidate | null): PayReading | null {
  if (!c || c.reading.period === null) return null;
  return { ...c.reading, period: c.reading.period };
}

/** The employer's figure and, apart, a job board's estimate found in the same text. */
function readText(text: string, kind: PayTextKind, payLines?: ReadonlySet<number>): { employer: PayReading | null; estimate: PayReading | null } {
  const candidates = candidatesOf(text, kind, payLines);
  return {
    employer: placed(best(candidates.filter((c) => !c.reading.estimated))),
    estimate: placed(best(candidates.filter((c) => c.reading.estimated))),
  };
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

// ——— A posting's pay ————————————————————————————————————————————————————————————————————————

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

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The dollar of the posting's place: CAD for Toronto, AUD for Sydney, else USD. */
function dollarOf(posting: Posting): string {
  const host = hostOf(posting.url);
  for (const [currency, place] of DOLLAR_PLACES) {
    if ((posting.location && place.test(posting.location)) || (host && place.test(host))) return currency;
  }
  return 'USD';
}

/** A figure with no currency written is in the posting's own: EUR for a German posting, else its dollar. */
function currencyFor(reading: PayReading, posting: Posting): string {
  if (reading.sign === DOLLAR_SIGN) return dollarOf(posting);
  if (reading.currency) return reading.currency;
  return posting.language === 'de' ? 'EUR' : dollarOf(posting);
}

function toPay(reading: PayReading, posting: Posting, estimated: boolean, hoursPerYear: number): Pay {
  const pay: Pay = {
    min: reading.min,
    max: reading.max,
    period: reading.period,
    currency: currencyFor(reading, posting),
    annual: { min: annualise(reading.min, reading.period, hoursPerYear), max: annualise(reading.max, reading.period, hoursPerYear) },
    estimated,
    evidence: reading.evidence,
  };
  return reading.implausible ? { ...pay, implausible: reading.implausible } : pay;
}

/** "This is a commission-only role" — but not "this is not a commission-only role". */
function isCommissionOnly(text: string): boolean {
  const m = COMMISSION.exec(text);
  return m !== null && !/\b(not|no|never)\b[^.]{0,12}$|n't\s*(a\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
}

/**
 * The employer's pay for this job and, kept apart, a job board's estimate. The site's own pay
 * field wins over the description (evidence then quotes `payText`); a figure marked as a board's
 * estimate is never the employer's pay. A posting that pays by commission only has no pay.
 */
export function readPay(posting: Posting, options: ReadPayOptions = {}): { pay: Pay | null; estimate: Pay | null } {
  const hours = options.hoursPerYear ?? 2080;
  const field = posting.payText ? readText(posting.payText, 'field') : { employer: null, estimate: null };
  const body = field.employer ? null : readText(posting.description, 'description', payLinesOf(posting));
  const employer = field.employer ?? body?.employer ?? null;
  const boardField = posting.payEstimateText ? parsePayText(posting.payEstimateText) : null;
  const estimate = boardField ?? field.estimate ?? body?.estimate ?? null;
  const commissionOnly = isCommissionOnly(`${posting.payText ?? ''}\n${posting.description}`);
  return {
    pay: employer && !commissionOnly ? toPay(employer, posting, false, hours) : null,
    estimate: estimate ? toPay(estimate, posting, true, hours) : null,
  };
}
