// Every real saved page in ../shared (fixtures/pages, corpus/html) through analyze(): the occupation
// it is compared with, decided here by a person reading the page's title and duties (a code prefix
// where several occupations are defensible), and no social-media analysis on a job that is not one.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers/report';
import type { Report } from '../../analyzers/types';
import { readPageFromHtml } from '../../cli/page';

const SHARED = path.resolve(__dirname, '../../../shared');
const PAGE_DIRS = ['fixtures/pages', 'corpus/html'] as const;

/** Page → the SOC codes (or code prefixes) a careful reader would accept, and whether it is social-media work. */
const EXPECTED: Readonly<Record<string, { readonly socs: readonly string[]; readonly social: boolean }>> = {
  'aijobs__usds-software-engineer': { socs: ['15-1252', '15-1253'], social: false },
  'ashby__ramp-software-engineer-accounting': { socs: ['15-1252'], social: false },
  'builtin__nyc-giga-software-engineer-new-grads': { socs: ['15-1252'], social: false },
  'glassdoor-in__serp-pane-athenahealth-principal-mts-ai-data-2025': { socs: ['15-'], social: false },
  'greenhouse__job-boards-alma-software-engineer-ii-2026': { socs: ['15-1252'], social: false },
  'greenhouse__job-boards-sonatus-senior-staff-ai-engineer-payrange-2026': { socs: ['15-1252', '15-1221', '15-2051'], social: false },
  'greenhouse__waymo-careers-site-software-engineer-multiverse': { socs: ['15-1252'], social: false },
  'indeed-in__serp-vjk-pane-flutter-developer-2026': { socs: ['15-1252', '15-1254'], social: false },
  'indeed__serp-vjk-pane-aceone-php-developer-2026': { socs: ['15-1252', '15-1254', '15-1255'], social: false },
  // A health insurer's research scientist: a scientist of some kind, or a data scientist.
  'indeed__serp-vjk-pane-humana-research-scientist-2026': { socs: ['19-', '15-2'], social: false },
  'indeed__serp-vjk-pane-laboratory-analyst-us-sugar-2025': { socs: ['19-4031', '19-2031', '19-4099'], social: false },
  'indeed__serp-vjk-pane-ohsu-research-data-analyst-hourly-2026': { socs: ['19-4061', '15-2', '13-1161'], social: false },
  'jobright__barclays-full-stack-developer-2026': { socs: ['15-1252', '15-1254'], social: false },
  'levelsfyi__nebius-senior-software-engineer': { socs: ['15-1252'], social: false },
  'linkedin-it__loggedin-search-pane-idealista-senior-backend': { socs: ['15-1252', '15-1254'], social: false },
  'linkedin-it__loggedin-search-pane-ups-inventory-controller': { socs: ['43-5', '13-1081'], social: false },
  'linkedin-sa__guest-ns-agency-software-engineer-raw-nojsonld-2025': { socs: ['15-1252'], social: false },
  'linkedin__guest-it-rai-data-analyst-2024': { socs: ['15-2', '13-1111', '13-1161'], social: false },
  'linkedin__guest-search-pane-amazon-executive-assistant-2024': { socs: ['43-6011'], social: false },
  'linkedin__guest-tesla-product-management-internship-2023': { socs: ['11-2021', '11-3021', '11-9199', '13-1111'], social: false },
  'linkedin__loggedin-sdui-flow-traders-graduate-data-engineer-2026': { socs: ['15-'], social: false },
  'linkedin__loggedin-search-pane-default-senior-software-engineer-2025': { socs: ['15-1252'], social: false },
  'startupjobs__zapier-software-engineer-enterprise-zone': { socs: ['15-1252'], social: false },
  // A posting for "anyone exceptional": no occupation can be right, and it must not be social media.
  'workable__huggingface-wild-card': { socs: [''], social: false },
  'workatastartup__yc-vectorshift-backend-engineer-india-2026': { socs: ['15-1252'], social: false },
  // Industry strategy for media and entertainment software: marketing management, not running channels.
  'workday__autodesk-senior-industry-strategy-manager-content-creation-2025': { socs: ['11-2021', '13-1161', '11-2022', '13-1111'], social: false },
  'workday__workday-inc-sr-services-executive-apply-step-browser-saved-2026': { socs: ['13-', '11-', '41-'], social: false },
  'indeed-au__senior-devops-engineer': { socs: ['15-12'], social: false },
  'indeed-fragment__04186a90ce9af7e3': { socs: ['43-', '25-4031'], social: false },
  'indeed-fragment__0fddf3bca65927ca': { socs: ['19-5011', '17-2111'], social: false },
  'indeed-fragment__15e5f1349aa2526b': { socs: ['19-', '25-1'], social: false },
  'indeed-fragment__1d938e69ee26dcab': { socs: ['43-', '25-4031'], social: false },
  'indeed-fragment__29519fc661388d43': { socs: ['15-2', '13-1111', '13-1161'], social: false },
  'indeed-fragment__2ac183413e3f4e3d': { socs: ['41-3031', '13-2052', '41-3021'], social: false },
  'indeed-fragment__311a44dba7d339f1': { socs: ['41-3031'], social: false },
  'indeed-fragment__31674416f4ee6674': { socs: ['25-1'], social: false },
  'indeed-fragment__3827f447eb62cecf': { socs: ['15-2', '13-1111', '13-1161'], social: false },
  'indeed-fragment__4d1eb766c210dfce': { socs: ['19-4061', '15-2', '13-1161'], social: false },
  'linkedin__heidi-senior-software-engineer': { socs: ['15-1252'], social: false },
  'seek-au__senior-platform-engineer': { socs: ['15-12'], social: false },
  'zeppelin-careers__community-manager-china-hk': { socs: ['27-3031', '13-1161'], social: true },
  'zeppelin-careers__community-manager-south-korea': { socs: ['27-3031', '13-1161'], social: true },
  'zeppelin-careers__community-manager': { socs: ['27-3031', '13-1161'], social: true },
  'zeppelin-careers__head-of-marketing': { socs: ['11-2021', '11-2032'], social: true },
  // A developer advocate writes and speaks for developers: software or PR work, not running social channels.
  'zeppelin-careers__marketing-developer-advocate': { socs: ['15-1252', '27-3031', '13-1161'], social: false },
};

/** Fixes that only make sense for social-media work: splitting it into social-media roles. */
const SOCIAL_MEDIA_FIXES: ReadonlySet<string> = new Set(['split-role']);

function reportsOfPages(): { page: string; report: Report | null }[] {
  return PAGE_DIRS.flatMap((dir) =>
    readdirSync(path.join(SHARED, dir)).filter((f) => f.endsWith('.html')).map((file) => {
      const read = readPageFromHtml(readFileSync(path.join(SHARED, dir, file), 'utf8'), null);
      return { page: file.replace(/\.html$/, ''), report: read.kind === 'posting' ? analyze(read.posting) : null };
    }),
  );
}

describe('the occupation of every saved page', () => {
  const pages = reportsOfPages().filter((p) => p.report !== null);

  it('has an expectation for every saved posting, written by reading it', () => {
    expect(pages.map((p) => p.page).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(pages.map((p) => [p.page, p.report!] as const))('%s is compared with a fitting occupation and its own wages', (page, report) => {
    const want = EXPECTED[page]!;
    const soc = report.occupation?.soc ?? '';
    expect(want.socs.some((prefix) => soc.startsWith(prefix)), `${page}: got ${soc} ${report.occupation?.title}`).toBe(true);
    if (report.benchmark) expect(report.benchmark.soc).toBe(soc);
    if (report.market) expect(report.market.scope.soc).toBe(soc);
    expect(report.occupation?.socialMediaWork ?? false).toBe(want.social);
  });

  it.each(pages.filter((p) => !EXPECTED[p.page]?.social).map((p) => [p.page, p.report!] as const))(
    '%s is not social-media work: no social-media areas, no "jobs in one", no social-media fix or title',
    (_page, report) => {
      expect(report.scope.areas).toEqual([]);
      expect(report.scope.rolesBundled).toBe(0);
      expect(report.flags.map((f) => f.id)).not.toContain('roles-bundled');
      expect(report.fixes.filter((f) => SOCIAL_MEDIA_FIXES.has(f.id))).toEqual([]);
      for (const fix of report.fixes) expect(fix.message).not.toMatch(/social media|community manager|content producer/i);
    },
  );

  it('says "low" where nothing decides, as on a posting for "anyone exceptional"', () => {
    const wild = pages.find((p) => p.page === 'workable__huggingface-wild-card')!.report!;
    expect(wild.occupation?.confidence).toBe('low');
  });
});
