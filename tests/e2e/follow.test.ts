// Indeed's search page changes the job in its right-hand pane without loading a page: the address
// gets a new `vjk` first (history.pushState), and the pane is filled a moment later. The panel
// and badge must follow to the second job and never show the first job's report for it.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import {
  badgeText, describeBrowser, extensionPage, FIXTURE, freshProfile, launch, poll, removeProfile, serve, tabIdOf,
  tabState, waitForReport, type Launched, type Route, type Site,
} from './harness';

const FIRST_KEY = '4c819be57353b91d';
const SECOND_KEY = '537b0c9fc7fb7ffa';
const SEARCH = 'http://www.indeed.com/jobs?q=python&l=Remote';
const ROUTES: Route[] = [{ host: 'www.indeed.com', path: '/jobs', file: FIXTURE('indeed__serp-vjk-pane-humana-research-scientist-2026.html') }];

/** In code evaluated inside the extension's worker, `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

/** Invented second job (the saved page holds one pane): what Indeed would put in the pane. */
const SECOND = {
  title: 'Clinical Data Coordinator',
  company: 'Harbor Health Partners',
  location: 'Remote',
  pay: '$41,000 - $45,000 a year - Full-time',
  description: [
    'What you will do',
    'Develop and own the data strategy for our research programme and set quarterly goals.',
    'Build monthly performance reports and present results to the executive team.',
    'Manage two analysts and hire for the team as it grows.',
    'Be available nights and weekends to monitor data pipelines.',
    'What you need',
    '5+ years of experience in clinical data management.',
  ],
};

/** Fills the pane the way Indeed's script does after a click: text only, links pointing at the new job. */
function fillPane(page: Page): Promise<void> {
  return page.evaluate(
    ({ job, from, to }) => {
      const pane = document.querySelector('#jobsearch-ViewjobPaneWrapper');
      if (pane === null) throw new Error('no pane');
      const set = (selector: string, text: string): void => {
        const el = pane.querySelector(selector);
        if (el === null) throw new Error(`no ${selector}`);
        el.textContent = text;
      };
      set('[data-testid="jobsearch-JobInfoHeader-title"]', job.title);
      set('[data-testid="inlineHeader-companyName"]', job.company);
      set('[data-testid="inlineHeader-companyLocation"]', job.location);
      set('#salaryInfoAndJobType', job.pay);
      const description = pane.querySelector('#jobDescriptionText');
      if (description === null) throw new Error('no description');
      description.replaceChildren(
        ...job.description.map((line) => {
          const p = document.createElement('p');
          p.textContent = line;
          return p;
        }),
      );
      for (const link of Array.from(pane.querySelectorAll('[href*="jk="]'))) {
        link.setAttribute('href', (link.getAttribute('href') ?? '').split(from).join(to));
      }
    },
    { job: SECOND, from: FIRST_KEY, to: SECOND_KEY },
  );
}

describeBrowser('an Indeed search page whose job pane changes', () => {
  let site: Site;
  let browser: Launched;
  let search: Page;
  let tabId: number;

  beforeAll(async () => {
    site = await serve(ROUTES);
    browser = await launch(freshProfile(), ROUTES, site.port);
    search = await browser.context.newPage();
    await search.goto(`${SEARCH}&vjk=${FIRST_KEY}`);
    tabId = await tabIdOf(browser.worker, search);
  });

  afterAll(async () => {
    await browser?.context.close();
    await site?.close();
    if (browser !== undefined) removeProfile(browser.profileDir);
  });

  it('follows the pane to the second job, showing "reading" until its report is made', async () => {
    const first = await waitForReport(browser.worker, tabId, 'Research Scientist');
    const panel = await browser.context.newPage();
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    await panel.getByTestId('verdict').waitFor();
    expect(await panel.getByTestId('posting-title').textContent()).toBe('Research Scientist');

    // Record every title the panel shows from here on, with the page's address at that moment.
    await panel.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const note = (): void => {
        const title = document.querySelector('[data-testid="posting-title"]')?.textContent ?? null;
        const loading = document.querySelector('[data-testid="loading"]') !== null;
        const entry = loading ? 'loading' : title ?? 'other';
        if (seen[seen.length - 1] !== entry) seen.push(entry);
      };
      new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
    });

    await search.bringToFront();
    await search.evaluate((key) => history.pushState({}, '', `/jobs?q=python&l=Remote&vjk=${key}`), SECOND_KEY);
    // The pane still shows the first job: the panel must say it is reading, not show that report.
    await panel.getByTestId('loading').waitFor({ timeout: 3000 });
    expect(await badgeText(browser.worker, tabId)).toBe('…');
    await search.waitForTimeout(1200);
    expect((await tabState(browser.worker, tabId))?.kind).toBe('reading');
    await fillPane(search);

    const second = await waitForReport(browser.worker, tabId, SECOND.title);
    await poll('the panel to show the second job', async () => (await panel.getByTestId('posting-title').textContent()) === SECOND.title);
    expect(await panel.getByTestId('score').textContent()).toBe(String(second.score.overall));
    const seen = await panel.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe('loading');
    expect(seen.slice(1)).not.toContain('Research Scientist');
    expect(seen[seen.length - 1]).toBe(SECOND.title);
    expect(await badgeText(browser.worker, tabId)).toBe(String(second.score.overall));
    expect(second.score.overall === first.score.overall && second.score.verdict === first.score.verdict).toBe(false);
  });

  it('keeps both jobs in the history', async () => {
    const titles = await poll('two history entries', async () => {
      const got = await browser.worker.evaluate(async () => (await chrome.storage.local.get('history')).history as Array<{ title: string }> | undefined);
      return got !== undefined && got.length >= 2 ? got.map((e) => e.title) : null;
    });
    expect(titles).toEqual([SECOND.title, 'Research Scientist']);
  });
});
