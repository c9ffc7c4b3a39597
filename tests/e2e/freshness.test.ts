// A saved Indeed /viewjob page that carries its dates (JSON-LD datePosted and validThrough, and
// "8 days ago" in its page data) in Chromium with the built extension: the side panel shows the
// freshness line the report gives, with its evidence.

import { expect, it } from 'vitest';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { CORPUS, describeBrowser, extensionPage, openJobTab, waitForReport, type JobTab, type Route } from './harness';

const JOB_URL = 'http://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
const ROUTES: Route[] = [{ host: 'au.indeed.com', path: '/viewjob', file: CORPUS('indeed-au__senior-devops-engineer.html') }];

describeBrowser('the freshness line in Chromium', () => {
  let open: JobTab;

  beforeAll(async () => {
    open = await openJobTab(ROUTES, JOB_URL);
  });

  afterAll(async () => {
    await open?.close();
  });

  it('shows how old the posting is, from the date the page carries', async () => {
    const { browser, tabId } = open;
    const report = await waitForReport(browser.worker, tabId);
    // The page's JSON-LD says datePosted 2026-08-06; the background counts from the day it runs.
    expect(report.freshness?.datePosted).toBe('2026-08-06');
    expect(report.freshness?.validThrough).toBe('2026-12-12');
    const panel: Page = await browser.context.newPage();
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    const line = panel.getByTestId('freshness-words');
    await line.waitFor();
    const text = (await line.textContent()) ?? '';
    const age = report.freshness?.ageDays ?? -1;
    expect(text).toMatch(age === 0 ? /^Posted today/ : new RegExp(`^Posted ${age}\\+? days? ago`));
    if (report.freshness?.expired === true) expect(text).toContain('applications closed on 2026-12-12');
    await panel.close();
  });
});
