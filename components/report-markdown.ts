// A report as Markdown, for the audit page's export and "Copy": the verdict, the fixes with the
// flags and words they resolve, the pay-transparency checks with their sources, then the evidence.
// Pure. The posting's words are escaped so that they read as text wherever the Markdown is pasted.

import { TRANSPARENCY_DISCLAIMER } from '../analyzers/transparency';
import type { Report } from '../analyzers/types';
import {
  basisWords, deltaWords, fileStem, fixesWithEvidence, locationWords, OUTCOME_NAME, PROBLEM_NAME, sinceWords,
  type ExportFile, type LocationFrom,
} from './audit';
import { codedWords, phraseItems, WORDING_ADVICE, WORDING_CATEGORY_NAME } from './WordingSection';
import { AREA_NAME, bundledWords, CONDITION_NAME, flagsBySeverity, formatRange, LEVEL_NAME, MARKET_CURRENCY, payWords, REASON_WORDS, SEVERITY_NAME, summary, VERDICT_LABEL, yearsWords } from './words';

/**
 * Text as Markdown shows it: characters that would start emphasis, a link, HTML, a table cell or
 * an entity are escaped, and so is what would open a block (a heading, a quote, a list) at its start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

const quote = (text: string): string => `“${escapeMarkdown(text)}”`;

/** An address from the law table as an autolink; anything odd as plain text. */
const link = (url: string): string => (/^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url));

function verdictLines(report: Report): string[] {
  if (report.unsupported) return [`**No verdict yet.** ${escapeMarkdown(report.unsupported.reason)}`];
  const { verdict, overall, reason } = report.score;
  if (verdict === 'unclear') return [`**${VERDICT_LABEL[verdict]}.** ${escapeMarkdown(summary(report))} ${REASON_WORDS[reason]}`];
  return [`**${VERDICT_LABEL[verdict]}: ${overall} out of 100.** ${escapeMarkdown(summary(report))}`];
}

function fixLines(report: Report): string[] {
  const fixes = fixesWithEvidence(report);
  if (fixes.length === 0) return [report.unsupported ? 'Fixes need a posting in English, German or French.' : 'No fixes to suggest.'];
  return fixes.flatMap(({ fix, delta, flags }, i) => [
    `${i + 1}. ${escapeMarkdown(fix.message)}`,
    `   Score after: **${fix.scoreAfter}** (${deltaWords(delta)}).${flags.length > 0 ? ' Resolves:' : ''}`,
    ...flags.map((f) => `   - ${SEVERITY_NAME[f.severity]}: ${escapeMarkdown(f.message)}${f.evidence.trim() === '' ? '' : ` ${quote(f.evidence)}`}`),
  ]);
}

function transparencyLines(report: Report, from: LocationFrom): string[] {
  const { checks } = report.transparency;
  const lines = [escapeMarkdown(locationWords(report, from))];
  if (checks.length === 0 && report.posting.location !== null) lines.push('', 'No pay-transparency law in ScopeFit’s table reaches this place.');
  for (const c of checks) {
    lines.push(
      '',
      `- **${escapeMarkdown(c.jurisdiction)}: ${OUTCOME_NAME[c.outcome]}.** ${escapeMarkdown(c.law)}`,
      `  ${escapeMarkdown(`${sinceWords(c)}; applies to ${c.employers}.`)} ${escapeMarkdown(basisWords(c))}`,
      ...(c.problem === null ? [] : [`  Problem: ${PROBLEM_NAME[c.problem]}`]),
      `  ${escapeMarkdown(c.message)}`,
      `  Source: ${link(c.source.url)} (${escapeMarkdown(c.source.date)})`,
    );
  }
  lines.push('', `*${escapeMarkdown(TRANSPARENCY_DISCLAIMER)}*`);
  return lines;
}

function flagLines(report: Report): string[] {
  // With no full reading (a language not read yet), "nothing stood out" would claim checks that did not run.
  if (report.flags.length === 0) return [report.unsupported ? 'Not checked: this posting’s language is not read in full yet.' : 'Nothing stood out.'];
  return flagsBySeverity(report.flags).map(
    (f) => `- **${SEVERITY_NAME[f.severity]}:** ${escapeMarkdown(f.message)}${f.evidence.trim() === '' ? '' : ` ${quote(f.evidence)}`}`,
  );
}

function payLines(report: Report): string[] {
  const { pay, payEstimate, benchmark, market } = report;
  const lines = [pay === null ? '- The posting states no pay.' : `- Posted pay: ${escapeMarkdown(payWords(pay))} ${quote(pay.evidence)}`];
  if (pay === null && payEstimate !== null) lines.push(`- A job board estimates ${escapeMarkdown(payWords(payEstimate))}: its guess, not the employer’s offer.`);
  if (pay?.implausible !== undefined) lines.push(`- ${escapeMarkdown(pay.implausible)}`);
  if (benchmark !== null) lines.push(`- The posted pay sits at about the ${ordinalOf(benchmark.payPercentile)} percentile for ${LEVEL_NAME[benchmark.level].toLowerCase()} work like this.`);
  if (market !== null) {
    const { level, region, annual, source } = market.scope;
    lines.push(`- Middle half of yearly pay for ${LEVEL_NAME[level].toLowerCase()} work: ${formatRange(annual.p25, annual.p75, MARKET_CURRENCY)} (${region}). Source: ${escapeMarkdown(source)}.`);
  } else if (report.benchmarkNote) {
    lines.push(`- ${escapeMarkdown(report.benchmarkNote)}`);
  }
  return lines;
}

function ordinalOf(n: number): string {
  const r = Math.round(n);
  const tens = r % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[r % 10] ?? 'th';
  return `${r}${suffix}`;
}

function levelLines(report: Report): string[] {
  const { seniority, experience } = report;
  const lines = [
    seniority.stated === seniority.scope
      ? `- The title says ${LEVEL_NAME[seniority.stated].toLowerCase()}; the duties agree.`
      : `- The title says ${LEVEL_NAME[seniority.stated].toLowerCase()}; the duties are ${LEVEL_NAME[seniority.scope].toLowerCase()} work.`,
  ];
  lines.push(
    experience === null
      ? '- No years of experience are asked.'
      : `- Asks for ${yearsWords(experience.minYears, experience.maxYears)} of experience${experience.required ? '' : ' (preferred, not required)'}${experience.evidence.length > 0 ? `: ${experience.evidence.map(quote).join(', ')}` : ''}.`,
  );
  return lines;
}

function scopeLines(report: Report): string[] {
  const { scope } = report;
  const bundled = bundledWords(scope.rolesBundled);
  const lines = [bundled === null ? '- The duties belong to one job.' : `- This posting is ${bundled}.`];
  if (scope.areas.length > 0) lines.push(`- Work areas: ${scope.areas.map((a) => AREA_NAME[a]).join(', ')}.`);
  for (const c of scope.conditions) {
    const words = scope.conditionEvidence?.[c];
    lines.push(`- ${CONDITION_NAME[c]}${words === undefined ? '' : `: ${quote(words)}`}`);
  }
  return lines;
}

function wordingLines(report: Report): string[] {
  const { wording } = report;
  // `!wording`: a report kept from before the wording check has no such block at all.
  if (!wording) return ['The wording check needs a posting in English.'];
  const lines = [`${escapeMarkdown(wording.summary.charAt(0).toUpperCase() + wording.summary.slice(1))}.`];
  const phrases = phraseItems(wording);
  if (phrases.length > 0) lines.push('');
  for (const item of phrases) {
    lines.push(`- ${WORDING_CATEGORY_NAME[item.category]}: ${quote(item.evidence)} ${item.suggestion === null ? escapeMarkdown(WORDING_ADVICE[item.category]) : `Try ${quote(item.suggestion)}.`} (Source: ${escapeMarkdown(item.source)})`);
  }
  for (const category of ['masculine-coded', 'feminine-coded'] as const) {
    const words = codedWords(wording, category);
    if (words.length > 0) lines.push('', `${WORDING_CATEGORY_NAME[category]} words: ${words.map(escapeMarkdown).join(', ')}.`);
  }
  return lines;
}

export interface MarkdownOptions {
  /** Where the location came from on the audit page; "draft" when the posting named it. */
  readonly locationFrom?: LocationFrom;
}

export function reportMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const from = options.locationFrom ?? (report.posting.location === null ? 'none' : 'draft');
  const { company, location } = report.posting;
  const meta = [company, location].filter((v): v is string => v !== null && v !== '');
  const english = !report.unsupported;
  const blocks: string[][] = [
    [`# ScopeFit audit: ${escapeMarkdown(report.posting.title) || 'untitled posting'}`, ...(meta.length > 0 ? ['', escapeMarkdown(meta.join(' · '))] : [])],
    verdictLines(report),
    ['## Fixes', '', ...fixLines(report)],
    ['## Pay transparency', '', ...transparencyLines(report, from)],
    ['## Things to watch', '', ...flagLines(report)],
    ['## Wording', '', ...wordingLines(report)],
    ['## Pay', '', ...payLines(report)],
    ...(english ? [['## Level', '', ...levelLines(report)], ['## Scope', '', ...scopeLines(report)]] : []),
    ['---', '', `Made with ScopeFit on ${report.transparency.asOf}, in the browser, from the posting’s text. Each fix’s score assumes that change alone.`],
  ];
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

export function markdownFile(report: Report, options: MarkdownOptions = {}): ExportFile {
  return { name: `${fileStem(report)}.md`, type: 'text/markdown', text: reportMarkdown(report, options) };
}
