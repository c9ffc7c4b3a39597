// Periods: what a figure is per ("/hr", "per annum", "monthly", "pro Monat", "par an", "al mes"),
// written after it, or as an adjective on the pay word before it ("Annual Salary: $50,000").

import type { Period } from '../types';
import {
  OTHER_UNITS, PAY_NOUNS_AFTER_ADJECTIVE, PERIOD_ADJECTIVES, PERIOD_ADVERBS, PERIOD_COMPOUNDS, PERIOD_FILLERS,
  PERIOD_NOUNS, PER_WORDS,
} from '../vocabulary/pay-units';
import { AFTER_LETTER, SPACE, WORD_END, WORD_START, alternation, stickyMatch } from './tokens';

/** Full-time units in a year: 52 weeks × 40 hours, 52 × 5 working days, 52 weeks, 12 months. */
const PER_YEAR: Readonly<Record<Exclude<Period, 'hour'>, number>> = { day: 260, week: 52, month: 12, year: 1 };

/** A figure in its period → the same pay over a full-time year, to the whole unit. */
export function annualise(amount: number, period: Period, hoursPerYear = 2080): number {
  const factor = period === 'hour' ? hoursPerYear : PER_YEAR[period];
  return Math.round(amount * factor);
}

export type Unit = Period | 'other';
const UNIT_OF = new Map<string, Unit>();
for (const [period, words] of Object.entries(PERIOD_NOUNS) as [Period, readonly string[]][]) for (const w of words) UNIT_OF.set(w, period);
for (const [period, words] of Object.entries(PERIOD_ADVERBS) as [Period, readonly string[]][]) for (const w of words) UNIT_OF.set(w, period);
for (const w of OTHER_UNITS) UNIT_OF.set(w, 'other');

const NOUNS = Object.values(PERIOD_NOUNS).flat();
const ADVERBS = Object.values(PERIOD_ADVERBS).flat();
const OTHER_ADVERBS = OTHER_UNITS.filter((w) => w.endsWith('ly'));
/**
 * "/" and "p/" glued ("/hr", "p/d"); "all'", "de l'" glued to their noun ("all'ora"); "per", "pro",
 * "par", "por", "a(n)" as words with a space after, so "9 am" is no "a" + "m".
 */
const GLUED = PER_WORDS.filter((w) => /['’\/]$/.test(w));
const SPACED = PER_WORDS.filter((w) => !/['’\/]$/.test(w));
const PER = `(?:(?:\\/|${AFTER_LETTER}(?:${alternation(GLUED)}))${SPACE}*|${AFTER_LETTER}(?:${alternation(SPACED)})${SPACE}+)`;
/** "/hr", "per annum", "an hour", "pro Stunde", "/bi-weekly" — or an adverb alone: "monthly", "(Hourly)", "p.a.". */
const STATED_PERIOD = new RegExp(
  `${SPACE}*(?:\\(${SPACE}*)?(?:${PER}(${alternation([...NOUNS, ...ADVERBS, ...OTHER_UNITS])})|(${alternation([...ADVERBS, ...OTHER_ADVERBS])}))${WORD_END}\\)?`,
  'iy');
/** "$50,000 - $60,000" on one line and "per year" on the next (a page's elements read as lines). */
const STATED_PERIOD_NEXT_LINE = new RegExp(`${SPACE}*\\n${SPACE}*(?:\\/|(?:per|an?)${SPACE}+)(${alternation(NOUNS)})${WORD_END}`, 'iy');
/** Nouns too short or too common to stand alone after a figure ("$50 an", Italian "ora" = now). */
const SHORT_NOUNS = new Set(['an', 'h', 'ora', 'ano', 'a', 'd', 'w', 'm']);
/** A bare unit word after a figure with a currency: "$500 Week", "$15-21 hour". */
const BARE_PERIOD = new RegExp(`${SPACE}*(${alternation(NOUNS.filter((n) => !SHORT_NOUNS.has(n)))})${WORD_END}`, 'iy');
const FILLER = new RegExp(`${SPACE}*(?:\\(${SPACE}*)?(?:${alternation(PERIOD_FILLERS)})${WORD_END}`, 'iy');

export interface PeriodMatch {
  readonly unit: Unit;
  readonly end: number;
  /** "/hr", "per year", "monthly" are stated; a bare "hour" after a figure only counts with a currency. */
  readonly strong: boolean;
}

/** The period written right after a figure, past at most two fillers ("3.800 € brutto monatlich"). */
export function periodAfter(text: string, at: number): PeriodMatch | null {
  let pos = at;
  for (let fillers = 0; fillers <= 2; fillers++) {
    const stated = stickyMatch(STATED_PERIOD, text, pos);
    const word = stated?.[1] ?? stated?.[2];
    if (stated && word) return { unit: UNIT_OF.get(word.toLowerCase()) ?? 'other', end: pos + stated[0].length, strong: true };
    const bare = stickyMatch(BARE_PERIOD, text, pos);
    if (bare?.[1]) return { unit: UNIT_OF.get(bare[1].toLowerCase()) ?? 'other', end: pos + bare[0].length, strong: false };
    const filler = stickyMatch(FILLER, text, pos);
    if (!filler) break;
    pos += filler[0].length;
  }
  const next = stickyMatch(STATED_PERIOD_NEXT_LINE, text, at);
  if (next?.[1]) return { unit: UNIT_OF.get(next[1].toLowerCase()) ?? 'other', end: at + next[0].length, strong: true };
  return null;
}

/** "Annual salary", "hourly rate", "Bruttojahresgehalt", "salaire annuel": the period named before the figure. */
const PERIOD_BEFORE = new RegExp(
  `${WORD_START}(${alternation(Object.values(PERIOD_ADJECTIVES).flat())})\\s+(?:base\\s+)?(?:${alternation(PAY_NOUNS_AFTER_ADJECTIVE)})${WORD_END}|(${alternation(Object.values(PERIOD_COMPOUNDS).flat())})`,
  'gi');
const PERIOD_OF_WORD = new Map<string, Period>();
for (const [period, words] of Object.entries(PERIOD_ADJECTIVES) as [Period, readonly string[]][]) for (const w of words) PERIOD_OF_WORD.set(w, period);
for (const [period, words] of Object.entries(PERIOD_COMPOUNDS) as [Period, readonly string[]][]) for (const w of words) PERIOD_OF_WORD.set(w, period);

/** A period word as the label of the figure: "Hourly: $19.50", "Annual: $60,000", "Monthly – $3,000". */
const PERIOD_LABEL = new RegExp(`${WORD_START}(${alternation([...Object.values(PERIOD_ADJECTIVES).flat(), ...ADVERBS])})\\s*[:–-]\\s*$`, 'i');

/** The last period named in the words before a figure, with where its word starts in `words`. */
export function periodBefore(words: string): { period: Period; index: number } | null {
  const label = PERIOD_LABEL.exec(words);
  const labelled = label?.[1] ? PERIOD_OF_WORD.get(label[1].toLowerCase()) ?? (UNIT_OF.get(label[1].toLowerCase()) as Period | undefined) : undefined;
  if (label && labelled && labelled !== ('other' as string)) return { period: labelled, index: label.index };
  let last: RegExpExecArray | null = null;
  for (const m of words.matchAll(PERIOD_BEFORE)) last = m;
  const word = last?.[1] ?? last?.[2];
  if (!last || !word) return null;
  const period = PERIOD_OF_WORD.get(word.toLowerCase());
  return period ? { period, index: last.index } : null;
}
