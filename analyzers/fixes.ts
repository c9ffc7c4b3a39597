// Fixes for people writing postings: concrete changes tied to the flags and their evidence. Each
// fix is applied to the score's inputs and the score made again, so `scoreAfter` is what the
// posting would score with that one change, by the same formula.

import { FAMILY_OF } from './vocabulary/areas';
import { YEARS_BY_LEVEL } from './vocabulary/levels';
import { ROLE_FOR_FAMILY, TITLE_FOR_LEVEL } from './vocabulary/roles';
import { levelIndex } from './seniority';
import { BUNDLED_FROM, levelPhrase, score, type ScoreInput } from './score';
import type { Fix, Flag, Level, MarketRate, Pay } from './types';

const money = (n: number): string => `$${Math.round(n / 1000)}K`;
const listOf = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function scoreWith(input: ScoreInput, change: Partial<ScoreInput>): number {
  return score({ ...input, ...change }).overall;
}

export interface FixContext {
  readonly input: ScoreInput;
  readonly flags: readonly Flag[];
  /** The market rate for the duties' level in the posting's place; null where none applies. */
  readonly scopeRate: MarketRate | null;
  /** The posting's title, to suggest one at the duties' level in the job's own words. */
  readonly title: string;
  /** Social-media work gets social-media titles and roles; any other job never does. */
  readonly socialMedia: boolean;
}

/** The title with its level words swapped for the level's ("Junior Data Analyst" → "Senior Data Analyst"). */
export function titleAtLevel(title: string, level: Level): string {
  const bare = title
    .replace(/\s*[(\[|].*$/, '')
    .replace(/\b(intern(ship)?|trainee|junior|jr\.?|entry[- ]level|associate|assistant|senior|sr\.?|lead|principal|staff|head of|director of|vp of|chief)\b/gi, ' ')
    .replace(/\b(I{1,3}|IV)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const prefix: Readonly<Record<Level, string>> = { intern: '', entry: 'Junior ', mid: '', senior: 'Senior ', head: 'Head of ', executive: 'VP, ' };
  return `${prefix[level]}${bare || title}`.trim();
}

/** Only fixes that raise the score are offered: one whose score after equals the score now changes nothing. */
export function fixesFor(context: FixContext): Fix[] {
  const now = score(context.input).overall;
  return candidateFixes(context).filter((fix) => fix.scoreAfter > now);
}

function candidateFixes({ input, flags, scopeRate, title, socialMedia }: FixContext): Fix[] {
  const fixes: Fix[] = [];
  const flagged = (id: string): boolean => flags.some((f) => f.id === id);
  const { seniority } = input;

  if (input.families.length >= BUNDLED_FROM) {
    // Keep the family with the most duties (the job the title names) and one more; move the rest.
    const weight = new Map<string, number>();
    for (const d of input.duties) for (const a of d.areas) { const f = FAMILY_OF[a]; if (f) weight.set(f, (weight.get(f) ?? 0) + 1); }
    const ranked = [...input.families].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
    const keep = ranked.slice(0, 2);
    const move = ranked.slice(2);
    fixes.push({
      id: 'split-role',
      message: `Move ${listOf(move)} into a second role (for example: ${move.map((f) => ROLE_FOR_FAMILY[f] ?? f).join(' or ')}), so this one is ${keep.join(' plus ')}.`,
      resolves: ['roles-bundled'],
      scoreAfter: scoreWith(input, { families: keep }),
    });
  }
  if (levelIndex(seniority.scope) > levelIndex(seniority.stated) && (flagged('entry-title-senior-scope') || flagged('title-below-scope'))) {
    const ownDuties = seniority.signals.filter((s) => s.kind === 'duty' && levelIndex(s.level) > levelIndex(seniority.stated)).map((s) => `“${s.evidence.slice(0, 60)}”`);
    fixes.push({
      id: 'raise-title',
      message: `Retitle the role at the duties' level (e.g. “${socialMedia ? TITLE_FOR_LEVEL[seniority.scope] : titleAtLevel(title, seniority.scope)}”) and pay it as ${levelPhrase(seniority.scope)}, or cut the duties that make it one${ownDuties.length ? `: ${ownDuties.slice(0, 2).join(', ')}` : ''}.`,
      resolves: flags.filter((f) => f.id === 'entry-title-senior-scope' || f.id === 'title-below-scope').map((f) => f.id),
      scoreAfter: scoreWith(input, { seniority: { ...seniority, stated: seniority.scope } }),
    });
  }
  if (flagged('years-above-level') && input.experience) {
    const usual = YEARS_BY_LEVEL[seniority.stated];
    fixes.push({
      id: 'align-years',
      message: `Ask for ${usual.min === 0 ? `up to ${usual.max}` : `${usual.min}–${usual.max}`} years, as ${levelPhrase(seniority.stated)} usually does, or raise the level to match ${input.experience.minYears}+ years.`,
      resolves: ['years-above-level'],
      scoreAfter: scoreWith(input, { experience: { ...input.experience, minYears: usual.max, maxYears: null } }),
    });
  }
  if (scopeRate && (input.pay === null || flagged('pay-below-market') || flagged('pay-stretched'))) {
    const { p25, p50, p75 } = scopeRate.annual;
    const suggested: Pay = { min: p25, max: p75, period: 'year', currency: 'USD', annual: { min: p25, max: p75 }, estimated: false, evidence: '' };
    const transparency = flags.filter((f) => f.id.startsWith('pay-transparency')).map((f) => f.id);
    fixes.push({
      id: input.pay === null ? 'add-pay-range' : 'raise-pay',
      message: `${input.pay === null ? 'State a pay range' : 'Raise the pay'}: ${levelPhrase(seniority.scope)} like this one pays ${money(p25)}–${money(p75)} a year in ${scopeRate.region} (median ${money(p50)}; ${scopeRate.source}).`,
      resolves: input.pay === null ? ['no-pay', ...transparency] : flags.filter((f) => f.id === 'pay-below-market' || f.id === 'pay-stretched').map((f) => f.id),
      scoreAfter: scoreWith(input, { pay: input.pay === null ? suggested : { ...input.pay, min: p25, max: p75 }, payPercentile: 50, payTerms: null }),
    });
  } else if (input.pay === null && input.payTerms === null) {
    // No wage data for the place: a range still makes the posting clearer, and some laws ask for it.
    const stated: Pay = { min: 1, max: 1, period: 'year', currency: 'USD', annual: { min: 1, max: 1 }, estimated: false, evidence: '' };
    fixes.push({ id: 'add-pay-range', message: 'State a pay range with both ends in the posting.', resolves: ['no-pay', ...flags.filter((f) => f.id.startsWith('pay-transparency')).map((f) => f.id)], scoreAfter: scoreWith(input, { pay: stated, payPercentile: null }) });
  }
  const without = (c: string): ScoreInput['conditions'] => input.conditions.filter((r) => r.condition !== c);
  if (flagged('always-on')) {
    fixes.push({ id: 'compensate-always-on', message: 'Drop “nights and weekends”/“24/7”, or say how after-hours cover is shared and paid (rota, time off in lieu, on-call pay).', resolves: ['always-on'], scoreAfter: scoreWith(input, { conditions: without('always-on') }) });
  }
  if (flagged('hype')) {
    fixes.push({ id: 'drop-hype', message: 'Drop hype labels (ninja, guru, rockstar): they read as unpaid stretch and put off experienced applicants.', resolves: ['hype'], scoreAfter: scoreWith(input, { conditions: without('hype') }) });
  }
  return fixes;
}
