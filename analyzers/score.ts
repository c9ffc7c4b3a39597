// The score: four parts, an overall 0–100, a verdict and flags, each flag quoting the posting.
// The formula is spelled out in README.md ("How the score is made") so a reader can recompute it;
// keep the two in step.

import { YEARS_BY_LEVEL } from './vocabulary/levels';
import { levelForYears, levelIndex } from './seniority';
import type { ConditionReading } from './conditions';
import type { DutyReading } from './responsibilities';
import type { Experience, Flag, Level, Pay, PayTerms, Score, ScoreParts, Seniority, Verdict } from './types';

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
  /** Work the posting says is not paid a wage (unpaid, volunteer, commission or equity only). */
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

export function scoreParts(input: ScoreInput): ScoreParts {
  const { seniority, experience, conditions } = input;
  const gap = levelIndex(seniority.scope) - levelIndex(seniority.stated);
  const yearsOver = experience?.required && experience.minYears > YEARS_BY_LEVEL[seniority.stated].max ? 1 : 0;
  const has = (c: ConditionReading['condition']): boolean => conditions.some((r) => r.condition === c);
  // No wage is the lowest pay there is, not "no pay stated": it scores 0 rather than leaving the part out.
  const pay = input.payTerms && input.pay === null ? 0 : input.payPercentile === null ? null : clamp(2 * input.payPercentile);
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

export function overallOf(parts: ScoreParts): number {
  const { level, load, clarity } = WEIGHTS;
  const rest = level * parts.level + load * parts.load + clarity * parts.clarity;
  return parts.pay === null ? clamp(rest / (level + load + clarity)) : clamp(WEIGHTS.pay * parts.pay + rest);
}

export function verdictOf(input: ScoreInput): Verdict {
  if (input.pay === null || input.payPercentile === null) return 'unclear';
  if (input.payPercentile < STRETCHED_FROM_PERCENTILE) return 'underpaid';
  if (input.payPercentile < FAIR_FROM_PERCENTILE) return 'stretched';
  // Pay that fits one job does not fit three: a bundle paid under the median is stretched.
  if (input.families.length > BUNDLED_FROM && input.payPercentile < 50) return 'stretched';
  return 'fair';
}

export function score(input: ScoreInput): Score {
  const parts = scoreParts(input);
  return { overall: overallOf(parts), verdict: verdictOf(input), parts };
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
  if (pay === null) {
    const vague = /\b(competitive (salary|pay|compensation)|salary (is )?(doe|negotiable|commensurate)|depending on experience|doe\b|commensurate with experience)[^.\n]{0,40}/i.exec(description);
    flags.push({ id: 'no-pay', severity: input.payEstimate ? 'low' : 'medium', message: input.payEstimate ? 'The employer states no pay; only a job board estimate is shown, which is not an offer.' : 'No pay is stated, so the pay cannot be weighed against the work.', evidence: vague?.[0] ?? '' });
  }
  if (pay?.implausible) flags.push({ id: 'pay-implausible', severity: 'high', message: pay.implausible, evidence: pay.evidence });
  if (pay && verdict === 'underpaid') flags.push({ id: 'pay-below-market', severity: 'high', message: `The pay sits below the 10th percentile for ${levelPhrase(seniority.scope)} in this place.`, evidence: pay.evidence });
  if (pay && verdict === 'stretched') flags.push({ id: 'pay-stretched', severity: 'medium', message: `The pay fits a smaller job than the duties describe (${levelPhrase(seniority.scope)}${input.families.length >= BUNDLED_FROM ? `, about ${input.families.length} jobs in one` : ''}).`, evidence: pay.evidence });
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
