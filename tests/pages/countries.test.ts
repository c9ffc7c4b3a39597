// Every saved page of a job outside the US (../shared/fixtures/pages/INDEX.md and
// ../shared/corpus/html/INDEX.json): the job's country, the pay in its own currency and period, and
// no US wage figure anywhere in the report, its summary or its Markdown.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers/report';
import type { Period } from '../../analyzers/types';
import { readPageFromHtml } from '../../cli/page';
import { reportMarkdown } from '../../components/report-markdown';
import { summary } from '../../components/words';

const SHARED = path.resolve(__dirname, '../../../shared');
const reportOf = (file: string) => {
  const read = readPageFromHtml(readFileSync(path.join(SHARED, file), 'utf8'), null);
  if (read.kind !== 'posting') throw new Error(`${file} is not read as a posting`);
  return analyze(read.posting, { today: new Date('2026-11-23') });
};

interface Case {
  readonly file: string;
  /** ISO 3166; null where the page names no country at all. */
  readonly country: string | null;
  /** The employer's pay, else the board's estimate, as the page gives it; null where there is none. */
  readonly pay: { readonly currency: string; readonly period: Period } | null;
}

const PAGES = 'fixtures/pages';
const HTML = 'corpus/html';
const CASES: readonly Case[] = [
  { file: `${PAGES}/glassdoor-in__serp-pane-athenahealth-principal-mts-ai-data-2025.html`, country: 'IN', pay: { currency: 'INR', period: 'year' } },
  { file: `${PAGES}/indeed-in__serp-vjk-pane-flutter-developer-2026.html`, country: 'IN', pay: null },
  { file: `${PAGES}/levelsfyi__nebius-senior-software-engineer.html`, country: 'NL', pay: { currency: 'USD', period: 'year' } },
  { file: `${PAGES}/linkedin-it__loggedin-search-pane-idealista-senior-backend.html`, country: 'IT', pay: null },
  { file: `${PAGES}/linkedin-it__loggedin-search-pane-ups-inventory-controller.html`, country: 'IT', pay: null },
  { file: `${PAGES}/linkedin-sa__guest-ns-agency-software-engineer-raw-nojsonld-2025.html`, country: 'SA', pay: null },
  { file: `${PAGES}/linkedin__guest-it-rai-data-analyst-2024.html`, country: 'IT', pay: null },
  { file: `${PAGES}/linkedin__guest-search-pane-amazon-executive-assistant-2024.html`, country: 'IN', pay: null },
  { file: `${PAGES}/linkedin__loggedin-sdui-flow-traders-graduate-data-engineer-2026.html`, country: 'NL', pay: null },
  { file: `${PAGES}/workday__autodesk-senior-industry-strategy-manager-content-creation-2025.html`, country: 'CA', pay: { currency: 'CAD', period: 'year' } },
  { file: `${PAGES}/workday__workday-inc-sr-services-executive-apply-step-browser-saved-2026.html`, country: 'CA', pay: { currency: 'CAD', period: 'year' } },
  { file: `${HTML}/indeed-au__senior-devops-engineer.html`, country: 'AU', pay: { currency: 'AUD', period: 'year' } },
  { file: `${HTML}/linkedin__heidi-senior-software-engineer.html`, country: 'AU', pay: null },
  { file: `${HTML}/seek-au__senior-platform-engineer.html`, country: 'AU', pay: null },
  // A company site whose pages name the place only in the title ("Community Manager: China / Hong
  // Kong") or as "Global": no country is read, and so no wage data of any country is used.
  { file: `${HTML}/zeppelin-careers__community-manager-china-hk.html`, country: null, pay: null },
  { file: `${HTML}/zeppelin-careers__community-manager-south-korea.html`, country: null, pay: null },
  { file: `${HTML}/zeppelin-careers__community-manager.html`, country: null, pay: null },
  { file: `${HTML}/zeppelin-careers__head-of-marketing.html`, country: null, pay: null },
  { file: `${HTML}/zeppelin-careers__marketing-developer-advocate.html`, country: null, pay: null },
];

describe('saved pages of jobs outside the US', () => {
  it.each(CASES)('$file: country $country, pay $pay, no US benchmark', ({ file, country, pay }) => {
    const report = reportOf(file);
    expect(report.country?.code ?? null).toBe(country);
    const shown = report.pay ?? report.payEstimate;
    expect(shown === null ? null : { currency: shown.currency, period: shown.period }).toEqual(pay);
    expect(report.benchmark).toBeNull();
    expect(report.market).toBeNull();
    expect(report.benchmarkNote).toMatch(country === null ? /does not say which country/ : /^No wage data for .+ is bundled yet/);
    expect(['unclear']).toContain(report.score.verdict);
    // Nothing the reader sees quotes US wages or a percentile.
    expect(summary(report)).not.toMatch(/percentile|usually pay/);
    // Where the employer states pay, the summary says why it is not compared.
    if (report.pay !== null) expect(summary(report)).toContain(report.benchmarkNote!);
    expect(reportMarkdown(report)).not.toMatch(/percentile|Middle half of yearly pay|BLS/);
  });

  it('names the country in the note', () => {
    expect(reportOf(`${PAGES}/glassdoor-in__serp-pane-athenahealth-principal-mts-ai-data-2025.html`).benchmarkNote).toBe(
      'No wage data for India is bundled yet: the pay is shown as posted, with no comparison.',
    );
  });

  // "IN / Remote (IN)" on YC's Work at a Startup means India, but "IN" is also Indiana, and the site
  // is worldwide: read as a US job today. Fails (and so this test passes) until the reader can tell.
  it.fails('reads "IN / Remote (IN)" (workatastartup, a job in India) as India', () => {
    expect(reportOf(`${PAGES}/workatastartup__yc-vectorshift-backend-engineer-india-2026.html`).country?.code).toBe('IN');
  });
});

describe('saved pages of jobs in the US keep the US benchmark', () => {
  it.each([
    `${PAGES}/indeed__serp-vjk-pane-humana-research-scientist-2026.html`,
    `${PAGES}/ashby__ramp-software-engineer-accounting.html`,
    `${PAGES}/greenhouse__job-boards-alma-software-engineer-ii-2026.html`,
  ])('%s', (file) => {
    const report = reportOf(file);
    expect(report.country?.code).toBe('US');
    expect(report.benchmark?.region).toMatch(/^US/);
    expect(report.benchmarkNote).toBeUndefined();
  });
});
