// Saved Indeed pages from outside the US in Chromium with the built extension: the side panel shows
// the pay in the posting's own currency and period (au.indeed.com: Australian dollars a year) and
// no US percentile or US wage figures, and says that no wage data for the country is bundled
// (in.indeed.com, a remote job in India).

import type { Page } from 'playwright-core';
import type { Report } from '../../analyzers/types';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { badgeText, CORPUS, describeBrowser, extensionPage, FIXTURE, openJobTab, tabIdOf, waitForReport, type JobTab, type Route } from './harness';

const AU_URL = 'http://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
const IN_URL = 'http://in.indeed.com/q-flutter-developer-jobs.html';
const ROUTES: Route[] = [
  { host: 'au.indeed.com', path: '/viewjob', file: CORPUS('indeed-au__senior-devops-engineer.html') },
  { host: 'in.indeed.com', path: '/q-flutter-developer-jobs.html', file: FIXTURE('indeed-in__serp-vjk-pane-flutter-developer-2026.html') },
];

describeBrowser('Indeed pages from Australia and India in Chromium', () => {
  let open: JobTab;

  beforeAll(async () => {
    open = await openJobTab(ROUTES, AU_URL);
  });

  afterAll(async () => {
    await open?.close();
  });

  async function panelFor(tabId: number): Promise<Page> {
    const panel = await open.browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(extensionPage(open.browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    await panel.getByTestId('verdict').waitFor();
    return panel;
  }

  it('shows Australian pay as A$ a year, with no US percentile and no US wage figures', async () => {
    // The stored state carries the whole report; the harness types only what its tests read.
    const report = (await waitForReport(open.browser.worker, open.tabId)) as unknown as Report;
    expect(report.pay).toMatchObject({ currency: 'AUD', period: 'year' });
    expect(report.country?.code).toBe('AU');
    const panel = await panelFor(open.tabId);
    const pay = (await panel.getByTestId('pay').textContent()) ?? '';
    expect(pay).toContain('A$130,000–A$160,000 a year');
    expect(pay).not.toMatch(/percentile|US-|BLS/);
    expect(await panel.getByTestId('benchmark-note').textContent()).toBe('No wage data for Australia is bundled yet: the pay is shown as posted, with no comparison.');
    expect(await panel.getByTestId('verdict').getAttribute('data-verdict')).toBe('unclear');
    // No benchmark, no verdict: the panel and the toolbar badge show "?" instead of a number.
    expect(await panel.getByTestId('score').textContent()).toBe('?');
    expect(await badgeText(open.browser.worker, open.tabId)).toBe('?');
    await panel.close();
  });

  it('gives a remote job on in.indeed.com no US market figures and says why', async () => {
    const job = await open.browser.context.newPage();
    await job.goto(IN_URL);
    const tabId = await tabIdOf(open.browser.worker, job);
    const report = (await waitForReport(open.browser.worker, tabId)) as unknown as Report;
    expect(report.country?.code).toBe('IN');
    expect(report.market).toBeNull();
    const panel = await panelFor(tabId);
    const pay = (await panel.getByTestId('pay').textContent()) ?? '';
    expect(pay).not.toMatch(/percentile|\$/);
    expect(await panel.getByTestId('benchmark-note').textContent()).toBe('No wage data for India is bundled yet: the pay is shown as posted, with no comparison.');
    await panel.close();
    await job.close();
  });
});
