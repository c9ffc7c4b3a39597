// The report in words a job seeker understands: verdict names, the one-line summary, levels, areas,
// money. Every surface (side panel, popup, badge, history) says things the same way through here.

import { midpointOf } from '../analyzers/pay/bounds';
import type { Area, Condition, Level, Pay, PayRange, Report, Severity, Verdict, VerdictReason } from '../analyzers/types';
import { formatMoney as money, formatMoneyRange } from './money';

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  fair: 'Fair',
  stretched: 'Stretched',
  underpaid: 'Underpaid',
  unclear: 'Unclear',
};

export const VERDICT_MEANING: Readonly<Record<Verdict, string>> = {
  fair: 'The pay and the level fit the work this job asks for.',
  stretched: 'The job asks for more than its pay or level covers.',
  underpaid: 'The pay is low for the work this job asks for.',
  unclear: 'The posting does not say enough to judge the pay against the work.',
};

/** Why there is (or is no) verdict, in one sentence; shown wherever an unclear verdict is. */
export const REASON_WORDS: Readonly<Record<VerdictReason, string>> = {
  'pay-benchmarked': 'The posted pay was compared with what this occupation pays at the level the duties describe.',
  'no-pay': 'The employer states no pay, so there is nothing to weigh against the work.',
  unpaid: 'The posting says the work is unpaid.',
  'no-wage': 'The pay is commission or equity only: no wage is guaranteed, so it cannot be weighed.',
  'pay-implausible': 'The pay figure cannot be right as written, so it was not weighed.',
  'no-benchmark': 'No wage data for this occupation and place is bundled, so the pay was not weighed.',
  language: 'This language is not fully supported yet, so no verdict is given.',
};

/** A score is a judgement only with a verdict: an unclear report shows "?" instead of a number. */
export function scoreShown(report: Report): string {
  return report.score.verdict === 'unclear' ? '?' : String(report.score.overall);
}

/** Badge colours, readable with white text (contrast ≥ 4.5:1). */
export const VERDICT_COLOUR: Readonly<Record<Verdict, string>> = {
  fair: '#1a7f37',
  stretched: '#9a6700',
  underpaid: '#cf222e',
  unclear: '#57606a',
};

export const LEVEL_NAME: Readonly<Record<Level, string>> = {
  intern: 'Intern',
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  head: 'Head of / director',
  executive: 'Executive',
};

const LEVEL_JOB: Readonly<Record<Level, string>> = {
  intern: 'an internship',
  entry: 'an entry-level job',
  mid: 'a mid-level job',
  senior: 'a senior job',
  head: 'a head-of or director job',
  executive: 'an executive job',
};

const LEVEL_ONE: Readonly<Record<Level, string>> = {
  intern: 'an intern’s',
  entry: 'an entry-level one',
  mid: 'a mid-level one',
  senior: 'a senior one',
  head: 'a head-of or director one',
  executive: 'an executive one',
};

/** Work areas of ../shared/design/taxonomy.md, as a reader would name them. */
export const AREA_NAME: Readonly<Record<Area, string>> = {
  strategy: 'Strategy & planning',
  content: 'Writing & publishing',
  creative: 'Visual & video',
  community: 'Community',
  care: 'Customer care',
  analytics: 'Measuring & reporting',
  listening: 'Listening & monitoring',
  paid: 'Paid ads',
  influencer: 'Influencers & partners',
  pr: 'PR & crisis',
  internal: 'Internal comms',
  leadership: 'Leading people',
  stakeholders: 'Working across teams',
  web: 'Web, email & SEO',
  events: 'Events',
  sales: 'Sales & commerce',
};

export const CONDITION_NAME: Readonly<Record<Condition, string>> = {
  'always-on': 'Expected to be reachable outside working hours',
  pressure: 'Pace and workload warnings',
  hype: 'Hype words instead of a job description',
};

export const SEVERITY_NAME: Readonly<Record<Severity, string>> = { high: 'Serious', medium: 'Worth checking', low: 'Minor' };

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/** The report's flags, most serious first (stable within a severity). */
export function flagsBySeverity<T extends { readonly severity: Severity }>(flags: readonly T[]): T[] {
  return [...flags].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Pay in its own currency, as its readers write it (money.ts): "$42,000", "₹3.9L", "45 k€". */
export function formatMoney(amount: number, currency: string, compact = false): string {
  return money(amount, currency, { compact });
}

export function formatRange(min: number, max: number, currency: string, compact = false): string {
  return formatMoneyRange(min, max, currency, { compact });
}

/** "up to $65,000", "from $18", or the range: open-ended pay in words. */
export function formatOpenRange(range: PayRange, currency: string, compact = false): string {
  if (range.min === null) return `up to ${formatMoney(range.max ?? 0, currency, compact)}`;
  if (range.max === null) return `from ${formatMoney(range.min, currency, compact)}`;
  return formatRange(range.min, range.max, currency, compact);
}

const PER: Readonly<Record<Pay['period'], string>> = { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

/** Pay in the period the posting states it: "$22–$25 an hour", "$42,000–$46,000 a year". */
export function payInPeriod(pay: Pick<Pay, 'min' | 'max' | 'currency' | 'period'>): string {
  return `${formatOpenRange({ min: pay.min, max: pay.max }, pay.currency)} ${PER[pay.period]}`;
}

/** "$42,000–$46,000 a year", with the yearly figure added for pay by the hour, day, week or month. */
export function payWords(pay: Pay): string {
  const asWritten = `${formatOpenRange(pay, pay.currency)} ${PER[pay.period]}`;
  if (pay.period === 'year') return asWritten;
  return `${asWritten} (about ${formatOpenRange(pay.annual, pay.currency)} a year full-time)`;
}

/** The market's figures are US wage data: US dollars. */
export const MARKET_CURRENCY = 'USD';

export function scoreWords(overall: number): string {
  return `${overall} out of 100`;
}

/**
 * One or two sentences on what the report found, e.g. "Pay fits an entry-level job; the duties are a
 * senior one." Built only from what the report holds; says so when it cannot judge.
 */
export function summary(report: Report): string {
  if (report.unsupported) return report.unsupported.reason;
  const { stated, scope } = report.seniority;
  const gap = stated !== scope;
  const pay = report.pay;
  const market = report.market;
  const comparable = pay !== null && market !== null && pay.currency === MARKET_CURRENCY && !pay.implausible;
  if (pay !== null && comparable) {
    const mid = midpointOf(pay.annual); // an open-ended figure by its one bound
    if (gap) {
      if (mid >= market.scope.annual.p25) return `Pay fits the ${LEVEL_NAME[scope].toLowerCase()} work the duties describe, though the title says ${LEVEL_NAME[stated].toLowerCase()}.`;
      if (mid >= market.stated.annual.p25) return `Pay fits ${LEVEL_JOB[stated]}; the duties are ${LEVEL_ONE[scope]}.`;
      return `Pay is low even for ${LEVEL_JOB[stated]}, and the duties are ${LEVEL_ONE[scope]}.`;
    }
    const percentile = report.benchmark?.payPercentile ?? null;
    const where = percentile === null ? '' : percentile < 25 ? 'in the bottom quarter' : percentile <= 75 ? 'in the usual range' : 'above the usual range';
    return where === '' ? `The duties fit ${LEVEL_JOB[scope]}.` : `Pay is ${where} for ${LEVEL_JOB[scope]} like this.`;
  }
  const parts: string[] = [];
  if (pay === null) {
    parts.push(
      market === null
        ? 'No pay is stated.'
        : `No pay is stated; ${LEVEL_JOB[scope].replace(/^an? /, '')}s like this usually pay ${formatRange(market.scope.annual.p25, market.scope.annual.p75, MARKET_CURRENCY)} a year.`,
    );
  } else if (pay.implausible) {
    parts.push(`The pay cannot be right as written: ${pay.implausible}`);
  } else {
    parts.push(report.benchmarkNote ?? `Pay is stated in ${pay.currency}; there is no benchmark to compare it with here.`);
  }
  parts.push(gap ? `The title says ${LEVEL_NAME[stated].toLowerCase()}; the duties are ${LEVEL_ONE[scope]}.` : `The duties fit ${LEVEL_JOB[scope]}.`);
  return parts.join(' ');
}

/** "about 3 jobs in one", or null when the posting is one job. */
export function bundledWords(rolesBundled: number): string | null {
  return rolesBundled >= 2 ? `about ${rolesBundled} jobs in one` : null;
}

export function yearsWords(min: number, max: number | null): string {
  if (max !== null && max !== min) return `${min}–${max} years`;
  return `${min}+ year${min === 1 ? '' : 's'}`;
}

/** About how long a quote runs before it is cut (the rest is shown on expand). */
export const QUOTE_LENGTH = 140;

/**
 * A quote short enough to read at a glance: cut at the last word boundary before `max` characters,
 * with an ellipsis, never inside a word. `cut` says whether anything was left out.
 */
export function cutQuote(text: string, max: number = QUOTE_LENGTH): { readonly text: string; readonly cut: boolean } {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole.length <= max) return { text: whole, cut: false };
  const head = whole.slice(0, max + 1);
  const lastSpace = head.lastIndexOf(' ');
  // No space at all (one enormous link): cut after its last punctuation, or at the limit as a last resort.
  const punct = Math.max(...['/', '.', '?', '=', '&', '-', '_'].map((c) => head.lastIndexOf(c)));
  const end = lastSpace > 0 ? lastSpace : punct > 0 ? punct + 1 : max;
  const kept = whole.slice(0, end).replace(/[\s,;:–—-]+$/u, '');
  return { text: `${kept}…`, cut: true };
}

/** Quotes compared as the same when they differ only in spacing, case or closing punctuation. */
export function quoteKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.,;:!?…]+$/u, '');
}
