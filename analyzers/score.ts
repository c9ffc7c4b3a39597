// The score: four parts, an overall 0–100, a verdict and flags, each flag quoting the posting.
// The formula is spelled out in README.md ("How the score is made") so a reader can recompute it;
// keep the two in step.

import { YEARS_BY_LEVEL } from './vocabulary/levels';
import { levelForYears, levelIndex } from './seniority';
import type { ConditionReading } from './conditions';
import type { DutyReading } from './responsibilities';
import type { Experience, Flag, Level, Pay, PayTerms, Score, ScoreParts, Seniority, Verdict, VerdictReason } from './types';

/** Verdict cut-offs on the scope level's pay distribution (percentile of the posted midpoint). */
export const FAIR_FROM_PERCENTILE = 25;
export const STRETCHED_FROM_PERCENTILE = 10;
/** Weights of the parts in the overall score; without a stated pay the pay weight is left out. */
export const WEIGHTS = { pay: 0.4, level: 0.25, load: 0.2, clarity: 0.15 } as const;
/** Families a posting can carry before its pay has to cover more than one job. */
export const BUNDLED_FROM = 3;
export const LONG_POSTING_WORDS = 1000;

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

export interface ScoreInput {
  readonly pay: Pay | null;
  readonly payEstimate: Pay | null;
  /** The posting says the work is not paid a wage (unpaid, volunteer, commission or equity only). */
  readonly payTerms?: PayTerms | null;
  /** Percentile of the posted pay midpoint in the scope level's distribution; null when not benchmarked. */
  readonly payPercentile: number | null;
  readonly seniority: Seniority;
  readonly experience: Experience | null;
  readonly duties: readonly DutyReading[];
  readonly families: readonly string[];
  readonly conditions: readonly ConditionReading[];
  readonly descriptionWords: number;
}

/** No wage at all: unpaid and volunteer work, or pay that is only commission or only equity. */
const paysNoWage = (input: ScoreInput): boolean => input.payTerms != null;

export function scoreParts(input: ScoreInput): ScoreParts {
  const { seniority, experience, conditions } = input;
  const gap = levelIndex(seniority.scope) - levelIndex(seniority.stated);
  const yearsOver = experience?.required && experience.minYears > YEARS_BY_LEVEL[seniority.stated].max ? 1 : 0;
  const has = (c: ConditionReading['condition']): boolean => conditions.some((r) => r.condition === c);
  const pay = paysNoWage(input) ? 0 : input.payPercentile === null ? null : clamp(2 * input.payPercentile);
  const level = clamp(100 - 25 * Math.max(0, gap) - 10 * Math.max(0, -gap) - 15 * yearsOver);
  const load = clamp(100 - 15 * Math.max(0, input.families.length - 1) - (has('always-on') ? 15 : 0) - (has('pressure') ? 10 : 0) - (has('hype') ? 5 : 0));
  // An open-ended figure ("up to $X") is no range, so never a wide one.
  const wide = input.pay !== null && input.pay.min !== null && input.pay.max !== null && input.pay.max > 1.6 * input.pay.min;
  const clarity = clamp(
    100 - (input.pay === null && !input.payTerms ? 40 : 0) - (input.pay?.implausible ? 20 : 0) - (wide ? 15 : 0) -
      (input.duties.filter((d) => d.from !== 'requirements').length < 3 ? 15 : 0) - (has('hype') ? 10 : 0),
  );
  return { pay, level, load, clarity };
}

/**
 * The overall score. Pay that is not stated counts as 0 for its weight: a posting that says nothing
 * about pay must not outscore one that pays the market. Pay that is stated but cannot be weighed
 * (another country, a figure that cannot be right) leaves its weight out instead.
 */
export function overallOf(parts: ScoreParts, payStated = true): number {
  const { level, load, clarity } = WEIGHTS;
  const rest = level * parts.level + load * parts.load + clarity * parts.clarity;
  if (parts.pay !== null) return clamp(WEIGHTS.pay * parts.pay + rest);
  return payStated ? clamp(rest / (level + load + clarity)) : clamp(rest);
}

/** The verdict and the reason for it, in the order a reader would check them by hand. */
export function verdictOf(input: ScoreInput): { verdict: Verdict; reason: VerdictReason } {
  const terms = input.payTerms?.kind;
  if (terms === 'unpaid' || terms === 'volunteer') return { verdict: 'underpaid', reason: 'unpaid' };
  if (terms === 'commission-only' || terms === 'equity-only') return { verdict: 'unclear', reason: 'no-wage' };
  if (input.pay === null) return { verdict: 'unclear', reason: 'no-pay' };
  if (input.pay.implausible) return { verdict: 'unclear', reason: 'pay-implausible' };
  const pct = input.payPercentile;
  if (pct === null) return { verdict: 'unclear', reason: 'no-benchmark' };
  const reason = 'pay-benchmarked';
  if (pct < STRETCHED_FROM_PERCENTILE) return { verdict: 'underpaid', reason };
  if (pct < FAIR_FROM_PERCENTILE) return { verdict: 'stretched', reason };
  // Pay that fits one job does not fit three: a bundle paid under the median is stretched. A head or
  // executive job is expected to oversee several areas, so breadth alone does not stretch it.
  if (input.families.length > BUNDLED_FROM && pct < 50 && levelIndex(input.seniority.scope) < levelIndex('head')) return { verdict: 'stretched', reason };
  return { verdict: 'fair', reason };
}

export function score(input: ScoreInput): Score {
  const parts = scoreParts(input);
  const { verdict, reason } = verdictOf(input);
  return { overall: overallOf(parts, input.pay !== null && !paysNoWage(input)), verdict, reason, parts };
}

/** "1st", "22nd", "63rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * Where the pay sits, in the words the verdict's flags and the views share, so that no two places say
 * it differently; the bands are the verdict's own cut-offs (10th, 25th, 50th, 75th percentile), and
 * the percentile itself is left to the pay card's source note.
 */
export function payPositionWords(percentile: number): string {
  const band = percentile < STRETCHED_FROM_PERCENTILE ? 'in the bottom tenth'
    : percentile < FAIR_FROM_PERCENTILE ? 'in the bottom quarter'
    : percentile < 50 ? 'below the median'
    : percentile < 75 ? 'above the median'
    : 'in the top quarter';
  return band;
}

const LEVEL_WORDS: Readonly<Record<Level, string>> = {
  intern: 'an internship', entry: 'an entry-level job', mid: 'a mid-level job', senior: 'a senior job', head: 'a head-of or director job', executive: 'an executive job',
};

export function levelPhrase(level: Level): string {
  return LEVEL_WORDS[level];
}

export function flagsOf(input: ScoreInput, verdict: Verdict, description: string): Flag[] {
  const { seniority, experience, pay } = input;
  const flags: Flag[] = [];
  const dutySignal = seniority.signals.find((s) => s.kind === 'duty' && levelIndex(s.level) >= levelIndex(seniority.scope))
    ?? seniority.signals.find((s) => s.kind === 'duty');
  const gap = levelIndex(seniority.scope) - levelIndex(seniority.stated);
  if (levelIndex(seniority.stated) <= levelIndex('entry') && levelIndex(seniority.scope) >= levelIndex('senior')) {
    flags.push({ id: 'entry-title-senior-scope', severity: 'high', message: `The title says ${levelPhrase(seniority.stated)}; the duties describe ${levelPhrase(seniority.scope)}.`, evidence: dutySignal?.evidence ?? '' });
  } else if (gap >= 1 && dutySignal) {
    flags.push({ id: 'title-below-scope', severity: 'medium', message: `The title says ${levelPhrase(seniority.stated)}; the duties reach ${levelPhrase(seniority.scope)}.`, evidence: dutySignal.evidence });
  }
  if (experience?.required && experience.minYears > YEARS_BY_LEVEL[seniority.stated].max) {
    flags.push({
      id: 'years-above-level', severity: 'medium',
      message: `${experience.minYears}+ years asked is ${levelPhrase(levelForYears(experience.minYears))}'s bar; the title's level usually asks ${YEARS_BY_LEVEL[seniority.stated].min}–${YEARS_BY_LEVEL[seniority.stated].max}.`,
      evidence: experience.evidence[0] ?? '',
    });
  }
  if (input.families.length >= BUNDLED_FROM) {
    const example = input.duties.find((d) => d.areas.length > 0 && d.from !== 'requirements' && !d.areas.every((a) => ['strategy', 'content', 'community', 'analytics', 'listening', 'stakeholders'].includes(a)));
    flags.push({ id: 'roles-bundled', severity: 'high', message: `About ${input.families.length} jobs in one: ${input.families.join(', ')}.`, evidence: example?.text ?? '' });
  }
  if (input.payTerms) {
    const unpaid = input.payTerms.kind === 'unpaid' || input.payTerms.kind === 'volunteer';
    flags.push({
      id: unpaid ? 'unpaid-work' : 'no-wage',
      severity: 'high',
      message: unpaid
        ? `The posting says the work is ${input.payTerms.kind === 'volunteer' ? 'a volunteer role' : 'unpaid'}: ${levelPhrase(seniority.scope)}'s work for no wage.`
        : `The pay is ${input.payTerms.kind === 'commission-only' ? 'commission only' : 'equity only'}: no wage is guaranteed for the work.`,
      evidence: input.payTerms.evidence,
    });
  } else if (pay === null) {
    const vague = /\b(competitive (salary|pay|compensation)|salary (is )?(doe|negotiable|commensurate)|depending on experience|doe\b|commensurate with experience)[^.\n]{0,40}/i.exec(description);
    flags.push({ id: 'no-pay', severity: input.payEstimate ? 'low' : 'medium', message: input.payEstimate ? 'The employer states no pay; only a job board estimate is shown, which is not an offer.' : 'No pay is stated, so the pay cannot be weighed against the work.', evidence: vague?.[0] ?? '' });
  }
  if (pay?.implausible) flags.push({ id: 'pay-implausible', severity: 'high', message: pay.implausible, evidence: pay.evidence });
  const pct = input.payPercentile;
  if (pay && pct !== null && verdict === 'underpaid') flags.push({ id: 'pay-below-market', severity: 'high', message: `The pay sits ${payPositionWords(pct)} of pay for ${levelPhrase(seniority.scope)} in this place.`, evidence: pay.evidence });
  if (pay && pct !== null && verdict === 'stretched') flags.push({ id: 'pay-stretched', severity: 'medium', message: `The pay sits ${payPositionWords(pct)} for ${levelPhrase(seniority.scope)}: it fits a smaller job than the duties describe${input.families.length >= BUNDLED_FROM ? ` (about ${input.families.length} jobs in one)` : ''}.`, evidence: pay.evidence });
  for (const c of input.conditions) {
    const text = {
      'always-on': ['high', 'Expects availability outside working hours.'],
      pressure: ['low', 'Signals a heavy pace or load.'],
      hype: ['low', 'Uses a hype label for the role.'],
    } as const;
    const [severity, message] = text[c.condition];
    flags.push({ id: c.condition, severity, message, evidence: c.evidence });
  }
  if (input.descriptionWords > LONG_POSTING_WORDS) flags.push({ id: 'long-posting', severity: 'low', message: `${input.descriptionWords} words: long postings lose applicants before the duties are read.`, evidence: '' });
  return flags;
}
