// Every saved page (../shared/fixtures/pages and ../shared/corpus/html) and what it says about the
// posting's age: the JSON-LD dates, the board's own "N days ago", a repost, a closing date passed.
// The pages that carry no date and whose text says nothing of it give no freshness block at all.
// Ages are counted from a fixed day, never from the clock.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers/report';
import type { FreshnessSignal } from '../../analyzers/types';
import { readPageFromHtml } from '../../cli/page';

const SHARED = path.resolve(__dirname, '../../../shared');
const TODAY = new Date('2026-09-01T12:00:00Z');

const freshnessOf = (file: string) => {
  const read = readPageFromHtml(readFileSync(path.join(SHARED, file), 'utf8'), null);
  if (read.kind !== 'posting') throw new Error(`${file} is not read as a posting`);
  return analyze(read.posting, { today: TODAY }).freshness;
};

interface Case {
  readonly datePosted: string | null;
  readonly ageDays: number;
  readonly validThrough: string | null;
  readonly expired: boolean;
  readonly reposted: boolean;
  readonly signals: readonly FreshnessSignal['id'][];
  /** The page's own age words, where the age comes from them. */
  readonly shown?: string;
}

const P = 'fixtures/pages/';
const C = 'corpus/html/';
// Dates as the pages carry them (grep "datePosted" / "validThrough" in the JSON-LD, the boards' age
// text in the header or the page data); days counted from 2026-09-01.
const DATED: Readonly<Record<string, Case>> = {
  [`${P}ashby__ramp-software-engineer-accounting.html`]: { datePosted: '2026-01-20', ageDays: 224, validThrough: null, expired: false, reposted: false, signals: ['old'] },
  [`${P}builtin__nyc-giga-software-engineer-new-grads.html`]: { datePosted: '2026-02-21', ageDays: 192, validThrough: '2026-03-23', expired: true, reposted: false, signals: ['old', 'expired'] },
  [`${P}greenhouse__waymo-careers-site-software-engineer-multiverse.html`]: { datePosted: '2026-01-22', ageDays: 222, validThrough: '2026-06-04', expired: true, reposted: false, signals: ['old', 'expired'] },
  [`${P}jobright__barclays-full-stack-developer-2026.html`]: { datePosted: '2026-01-20', ageDays: 224, validThrough: '2026-02-20', expired: true, reposted: false, signals: ['old', 'expired'] },
  [`${P}levelsfyi__nebius-senior-software-engineer.html`]: { datePosted: '2026-02-24', ageDays: 189, validThrough: '2026-04-02', expired: true, reposted: false, signals: ['old', 'expired'] },
  [`${P}linkedin__guest-it-rai-data-analyst-2024.html`]: { datePosted: '2024-06-11', ageDays: 812, validThrough: '2024-07-11', expired: true, reposted: false, signals: ['old', 'expired'] },
  [`${P}linkedin__guest-tesla-product-management-internship-2023.html`]: { datePosted: '2022-08-05', ageDays: 1488, validThrough: '2022-12-13', expired: true, reposted: false, signals: ['old', 'expired'] },
  // "We're hiring multiple openings across two levels": several hires from one posting, said as such.
  [`${P}startupjobs__zapier-software-engineer-enterprise-zone.html`]: { datePosted: '2026-02-19', ageDays: 194, validThrough: null, expired: false, reposted: false, signals: ['old', 'standing-recruitment'] },
  [`${P}workable__huggingface-wild-card.html`]: { datePosted: '2024-10-16', ageDays: 685, validThrough: null, expired: false, reposted: false, signals: ['old'] },
  [`${P}workday__autodesk-senior-industry-strategy-manager-content-creation-2025.html`]: { datePosted: '2024-09-24', ageDays: 707, validThrough: null, expired: false, reposted: false, signals: ['old'] },
  [`${P}workday__workday-inc-sr-services-executive-apply-step-browser-saved-2026.html`]: { datePosted: '2026-04-17', ageDays: 137, validThrough: '2026-04-30', expired: true, reposted: false, signals: ['old', 'expired'] },
  [`${C}indeed-au__senior-devops-engineer.html`]: { datePosted: '2026-08-06', ageDays: 26, validThrough: '2026-12-12', expired: false, reposted: false, signals: [] },
  // Only the board's words: Indeed's page data, LinkedIn's header, Glassdoor's selected card.
  [`${P}indeed-in__serp-vjk-pane-flutter-developer-2026.html`]: { datePosted: '2026-08-31', ageDays: 1, validThrough: null, expired: false, reposted: false, signals: [], shown: '1 day ago' },
  [`${P}indeed__serp-vjk-pane-aceone-php-developer-2026.html`]: { datePosted: null, ageDays: 30, validThrough: null, expired: false, reposted: false, signals: ['old'], shown: '30+ days ago' },
  [`${P}indeed__serp-vjk-pane-humana-research-scientist-2026.html`]: { datePosted: '2026-08-17', ageDays: 15, validThrough: null, expired: false, reposted: false, signals: [], shown: '15 days ago' },
  [`${P}indeed__serp-vjk-pane-laboratory-analyst-us-sugar-2025.html`]: { datePosted: null, ageDays: 30, validThrough: null, expired: false, reposted: false, signals: ['old'], shown: '30+ days ago' },
  [`${P}indeed__serp-vjk-pane-ohsu-research-data-analyst-hourly-2026.html`]: { datePosted: '2026-08-27', ageDays: 5, validThrough: null, expired: false, reposted: false, signals: [], shown: '5 days ago' },
  [`${P}glassdoor-in__serp-pane-athenahealth-principal-mts-ai-data-2025.html`]: { datePosted: null, ageDays: 30, validThrough: null, expired: false, reposted: false, signals: ['old'], shown: '30d+' },
  [`${P}linkedin-it__loggedin-search-pane-idealista-senior-backend.html`]: { datePosted: null, ageDays: 14, validThrough: null, expired: false, reposted: false, signals: [], shown: '2 settimane fa' },
  [`${P}linkedin-it__loggedin-search-pane-ups-inventory-controller.html`]: { datePosted: '2026-09-01', ageDays: 0, validThrough: null, expired: false, reposted: true, signals: ['reposted'], shown: 'Ripubblicata: 1 ora fa' },
  [`${P}linkedin-sa__guest-ns-agency-software-engineer-raw-nojsonld-2025.html`]: { datePosted: null, ageDays: 365, validThrough: null, expired: false, reposted: false, signals: ['old'], shown: '1 year ago' },
  [`${P}linkedin__guest-search-pane-amazon-executive-assistant-2024.html`]: { datePosted: '2026-08-31', ageDays: 1, validThrough: null, expired: false, reposted: false, signals: [], shown: '1 day ago' },
  [`${P}linkedin__loggedin-sdui-flow-traders-graduate-data-engineer-2026.html`]: { datePosted: '2026-08-31', ageDays: 1, validThrough: null, expired: false, reposted: false, signals: [], shown: '1 day ago' },
  [`${P}linkedin__loggedin-search-pane-default-senior-software-engineer-2025.html`]: { datePosted: null, ageDays: 30, validThrough: null, expired: false, reposted: false, signals: ['old'], shown: '1 month ago' },
  [`${C}linkedin__heidi-senior-software-engineer.html`]: { datePosted: null, ageDays: 7, validThrough: null, expired: false, reposted: false, signals: [], shown: '1 week ago' },
};

/** Every saved page that is read as a posting (the Google Jobs results page is not one). */
const PAGES = [P, C].flatMap((dir) =>
  readdirSync(path.join(SHARED, dir)).filter((f) => f.endsWith('.html') && !f.startsWith('googlejobs__')).map((f) => `${dir}${f}`),
);

describe('saved pages that carry a date', () => {
  it.each(Object.entries(DATED))('%s', (file, want) => {
    const f = freshnessOf(file);
    expect(f).not.toBeNull();
    expect({ datePosted: f?.datePosted, ageDays: f?.ageDays, validThrough: f?.validThrough, expired: f?.expired, reposted: f?.reposted })
      .toEqual({ datePosted: want.datePosted, ageDays: want.ageDays, validThrough: want.validThrough, expired: want.expired, reposted: want.reposted });
    expect(f?.signals.map((s) => s.id)).toEqual(want.signals);
    if (want.shown !== undefined && want.signals.includes('old')) expect(f?.signals[0]?.evidence).toBe(want.shown);
  });
});

describe('saved pages that carry no date', () => {
  const undated = PAGES.filter((file) => !(file in DATED));

  it('are the pages with no JSON-LD date and no age text', () => {
    expect(undated.length).toBeGreaterThan(10);
    for (const file of undated) {
      const html = readFileSync(path.join(SHARED, file), 'utf8');
      expect(html, file).not.toMatch(/"datePosted"|"validThrough"|posted-time-ago__text|"hiringInsightsModel":\{"age"/);
    }
  });

  it.each(undated)('%s says nothing', (file) => {
    expect(freshnessOf(file)).toBeNull();
  });
});
