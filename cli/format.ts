// The command line's readable forms of a report: a summary block, a summary row, CSV.
import type { FailedReport, Pay, Report } from '../analyzers/types';
import { REASON_WORDS } from '../components/words';

const money = (n: number, currency: string): string =>
  `${currency === 'USD' ? '$' : `${currency} `}${n.toLocaleString('en-US', { maximumFractionDigits: n < 1000 ? 2 : 0 })}`;

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "a year", "an hour": the article English uses before the period's word. */
export const perPeriod = (period: string): string => `${/^[aeiou]|^hour/i.test(period) ? 'an' : 'a'} ${period}`;

export function payLine(pay: Pay): string {
  const range = (min: number | null, max: number | null): string =>
    min === null ? `up to ${money(max ?? 0, pay.currency)}`
      : max === null ? `from ${money(min, pay.currency)}`
        : min === max ? money(min, pay.currency) : `${money(min, pay.currency)}–${money(max, pay.currency)}`;
  return `${range(pay.min, pay.max)} ${perPeriod(pay.period)}${pay.period === 'year' ? '' : ` (${range(pay.annual.min, pay.annual.max)} a year)`}`;
}

/** A quote of at most `max` characters, cut at a word with an ellipsis when it is longer. */
export function quote(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** "about 3 jobs in one", "one job", or no jobs found in words. */
export function bundledLine(roles: number): string {
  if (roles <= 0) return 'no distinct jobs found';
  return roles === 1 ? 'one job' : `about ${roles} jobs in one`;
}

export function formatReport(result: Report | FailedReport, options: { levelOnly?: boolean } = {}): string {
  if (!result.ok) return `✗ ${result.input ?? ''}: ${result.error.message} [${result.error.code}]`;
  const r = result;
  const lines = [`${r.posting.title}${r.posting.company ? ` · ${r.posting.company}` : ''}${r.posting.location ? ` · ${r.posting.location}` : ''}`];
  lines.push(`  level: stated ${r.seniority.stated}, duties imply ${r.seniority.scope}${r.experience ? `; ${r.experience.minYears}+ years ${r.experience.required ? 'required' : 'preferred'}` : ''}`);
  if (options.levelOnly) return lines.join('\n');
  if (r.unsupported) lines.push(`  ${r.unsupported.reason}`);
  const parts = `pay ${r.score.parts.pay ?? 'not scored'}, level ${r.score.parts.level}, load ${r.score.parts.load}, clarity ${r.score.parts.clarity}`;
  // No verdict, no overall number: only the parts that could be scored, and why.
  lines.push(r.score.verdict === 'unclear'
    ? `  verdict: UNCLEAR  (${parts}) ${REASON_WORDS[r.score.reason]}`
    : `  verdict: ${r.score.verdict.toUpperCase()}  score ${r.score.overall}/100  (${parts})`);
  lines.push(`  pay: ${r.pay ? `${payLine(r.pay)}  “${r.pay.evidence}”` : 'not stated'}${r.payEstimate ? `  (job board estimate: ${payLine(r.payEstimate)}, not the employer's)` : ''}`);
  lines.push(r.occupation
    ? `  occupation: ${r.occupation.soc} ${r.occupation.title} (${r.occupation.chosenBy === 'user' ? 'chosen by you' : `${r.occupation.confidence} confidence`}${r.occupation.socialMediaWork ? ', social-media work' : ''}); also possible: ${r.occupation.alternatives.map((a) => `${a.soc} ${a.title}`).join(', ') || 'none'}`
    : '  occupation: not told by the posting');
  if (r.benchmark) lines.push(`  benchmark (${r.benchmark.level}, ${r.benchmark.region}): p25 ${money(r.benchmark.annual.p25, 'USD')}, p50 ${money(r.benchmark.annual.p50, 'USD')}, p75 ${money(r.benchmark.annual.p75, 'USD')}; the posted midpoint sits at the ${ordinal(r.benchmark.payPercentile)} percentile. Source: ${r.benchmark.source}`);
  else if (r.market) lines.push(`  worth (${r.market.scope.level}, ${r.market.scope.region}): p25 ${money(r.market.scope.annual.p25, 'USD')} – p75 ${money(r.market.scope.annual.p75, 'USD')}. Source: ${r.market.scope.source}`);
  lines.push(`  scope: ${bundledLine(r.scope.rolesBundled)}; areas ${r.scope.areas.join(', ') || 'none found'}${r.scope.conditions.length ? `; ${r.scope.conditions.join(', ')}` : ''}`);
  for (const f of r.flags) lines.push(`  [${f.severity}] ${f.message}${f.evidence ? `  “${quote(f.evidence)}”` : ''}`);
  for (const f of r.fixes) lines.push(`  fix: ${f.message} (score after: ${f.scoreAfter})`);
  return lines.join('\n');
}

export const SUMMARY_COLUMNS = ['input', 'title', 'occupation', 'score', 'verdict', 'pay', 'roles bundled', 'top flag', 'wording'] as const;

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export function summaryRow(result: Report | FailedReport, input: string): string[] {
  if (!result.ok) return [input, '', '', '', 'error', '', '', `${result.error.code}: ${result.error.message}`, ''];
  const top = [...result.flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0];
  return [input, result.posting.title, occupationCell(result), result.score.verdict === 'unclear' ? '' : String(result.score.overall), result.score.verdict, result.pay ? payLine(result.pay) : '', String(result.scope.rolesBundled), top ? top.id : '', result.wording?.summary ?? ''];
}

/** "29-1141 Registered Nurses (high)", or empty when no occupation could be told. */
function occupationCell(report: Report): string {
  const o = report.occupation;
  return o === null ? '' : `${o.soc} ${o.title} (${o.chosenBy === 'user' ? 'chosen' : o.confidence})`;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
