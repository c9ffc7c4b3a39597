// What a figure is *of*: this job's pay, or another sum of money a posting names (ad spend, a
// relocation stipend, a signing bonus, tuition, funding raised, revenue, someone else's salary).
// Read from the words of the figure's own clause: the head noun nearest before it ("base salary
// plus a bonus of $5,000" is a bonus; "relocation stipend of $10,000" is relocation, the modifier
// naming what the stipend is for), or a noun right after it ("$2,000,000 in ad spend").

import { PAY_MODIFIERS, EMPLOYER_MARKERS, ESTIMATE_MARKERS, NOT_BASE_PAY, NOT_BASE_PAY_PARTS, OTE_CUES, PAY_CUES, PAY_CUE_PARTS } from '../vocabulary/pay-units';
import { type Lines, WORD_END, WORD_START, alternation, cueRegex } from './tokens';

const PAY_CUE = cueRegex(PAY_CUES, PAY_CUE_PARTS);
const NOT_PAY_WORDS = Object.values(NOT_BASE_PAY).flat();
const NOT_PAY_CUE = cueRegex(NOT_PAY_WORDS, NOT_BASE_PAY_PARTS);
const OTE_CUE = cueRegex(OTE_CUES);
/** A salary of someone else rules out the whole clause, even past a nearer pay word ("the average salary is $70,000"). */
const SOMEONE_ELSE = new RegExp(cueRegex(NOT_BASE_PAY.someone ?? []).source, 'i');
// Non-global twins for yes/no questions: `test` on a global regex moves its lastIndex, which a
// later `matchAll` would start from.
export const HAS_PAY_CUE = new RegExp(PAY_CUE.source, 'i');
const HAS_NOT_PAY_CUE = new RegExp(NOT_PAY_CUE.source, 'i');
/** A word right before a pay word that says what else the money is for: "relocation stipend", "overtime pay". */
const MODIFIED = new RegExp(`${WORD_START}(?:${alternation(PAY_MODIFIERS)})[ \\t\\u00a0-]+$`, 'i');

/** Where a clause ends, so that a cue in the sentence before does not reach this figure. */
// Not the dots of "e.g.", "U.S.", nor the dash inside a range ("$42,000 - $44,000").
const CLAUSE_END = /(?<![.\s][A-Za-z])[.!?;•|](?:\s|$)|(?<![\d$€£₹kK])\s[-–—]\s(?![$€£₹]?\s?\d)/g;
/** Where the words about a figure end after it: a new clause, or a joined extra ("+ Bonus", "with bonus potential"). */
const AFTER_END = /[,;.!?()+&|\n]|\s(?:plus|with|and|und|sowie|zzgl|inkl|depending|dependent|based|commensurate|or|oder|doe)\b/i;
const BEFORE_LIMIT = 90;
const AFTER_LIMIT = 40;

export type Subject = 'pay' | 'ote' | 'not-pay';

/**
 * The subject named nearest before the figure decides: the last pay word, on-target-earnings
 * word or not-pay word in its clause. A pay word with a not-pay word right before it is that
 * other thing ("relocation stipend", "referral bonus pay").
 */
export function subjectBefore(words: string): { subject: Subject; index: number } | null {
  let best: { at: number; subject: Subject; index: number } | null = null;
  const consider = (m: RegExpExecArray | RegExpMatchArray, subject: Subject): void => {
    const at = m.index! + m[0].length;
    if (!best || at >= best.at) best = { at, subject, index: m.index! };
  };
  for (const m of words.matchAll(NOT_PAY_CUE)) consider(m, 'not-pay');
  for (const m of words.matchAll(PAY_CUE)) consider(m, MODIFIED.test(words.slice(Math.max(0, m.index - 40), m.index)) ? 'not-pay' : 'pay');
  for (const m of words.matchAll(OTE_CUE)) consider(m, 'ote');
  return best;
}

export function isSomeoneElses(words: string): boolean {
  return SOMEONE_ELSE.test(words);
}

/** The words after a figure name it pay ("$50,000 salary") or something else ("$3,200 equipment allowance", "in ad spend"). */
export function subjectAfter(words: string): Subject | null {
  if (HAS_NOT_PAY_CUE.test(words)) return 'not-pay';
  if (new RegExp(OTE_CUE.source, 'i').test(words)) return 'ote';
  return HAS_PAY_CUE.test(words) ? 'pay' : null;
}

/**
 * The words of the same clause before the figure, back to a sentence end, at most BEFORE_LIMIT
 * characters. A hard-wrapped line ("…Jahressonderzahlung von\n18.922 EUR bis 20.604 EUR",
 * arbeitsagentur-132) continues the line above when that one stops mid-sentence.
 */
export function wordsBefore(text: string, lines: Lines, lineIndex: number, at: number): { words: string; start: number } {
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
export function wordsAfter(text: string, at: number, lineEnd: number): string {
  // A word glued to the figure ("$50,000Bonus eligible") is the next field of a scraped page.
  if (!/^\s/.test(text.slice(at, at + 1))) return '';
  const span = text.slice(at, Math.min(lineEnd, at + AFTER_LIMIT));
  const stop = span.search(AFTER_END);
  return stop < 0 ? span : span.slice(0, stop);
}

// Case-sensitive on purpose, with the capitalised forms listed, so that the lookbehind can tell
// "underestimated" from a scraper's "NYEstimated Salary" (linkedin2023-004).
const ESTIMATE = new RegExp(
  `(?<![a-zß-ÿ])(?:${alternation(ESTIMATE_MARKERS.flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()]))})`, 'g');
const EMPLOYER = new RegExp(`${WORD_START}(?:${alternation(EMPLOYER_MARKERS)})${WORD_END}`, 'i');

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

/** The figure is a job board's estimate: marked so before it, or right after it ("(Glassdoor est.)"), and not the employer's. */
export function isEstimate(wordsBeforeFigure: string, textAfter: string): boolean {
  return !EMPLOYER.test(textAfter)
    && (estimateBefore(wordsBeforeFigure) || /^\s*\(?\s*(?:[A-Z][\w.]*\s+)?est(?:\.|imate)/i.test(textAfter));
}

/** A short line with a pay word and no figure, just above: "Pay Rate" then "● $15 CAD/hr" (glassdoor2020-045). */
export function isPayHeading(line: string | undefined): boolean {
  if (line === undefined || line.length > 40 || /\d/.test(line)) return false;
  for (const m of line.matchAll(PAY_CUE)) if (!MODIFIED.test(line.slice(0, m.index))) return true;
  return false;
}
