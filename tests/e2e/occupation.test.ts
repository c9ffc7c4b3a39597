// A saved Indeed search page whose open job is a laboratory analyst's (www.indeed.com, saved from the
// real site): the side panel compares the pay with that occupation's own wages, not with marketing
// or PR wages, and picking another occupation in the panel makes the comparison again.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, extensionPage, FIXTURE, openJobTab, poll, tabState, waitForReport, type JobTab, type Route } from './harness';

const ROUTES: Route[] = [{ host: 'www.indeed.com', path: '/jobs', file: FIXTURE('indeed__serp-vjk-pane-laboratory-analyst-us-sugar-2025.html') }];
const JOB_URL = 'http://www.indeed.com/jobs?q=laboratory+analyst&vjk=1';
const MARKETING = new Set(['27-3031', '13-1161', '11-2021', '11-2032']);

describeBrowser('the occupation a posting is compared with, in Chromium', () => {
  let open: JobTab;

  beforeAll(async () => {
    open = await openJobTab(ROUTES, JOB_URL);
  });

  afterAll(async () => {
    await open?.close();
  });

  async function openPanel(): Promise<Page> {
    const panel = await open.browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(extensionPage(open.browser.extensionId, `sidepanel.html?tabId=${open.tabId}`));
    await panel.getByTestId('occupation').waitFor();
    return panel;
  }

  it("shows a laboratory analyst's pay against its own occupation's wages, with no social-media analysis", async () => {
    const report = await waitForReport(open.browser.worker, open.tabId);
    expect(report.posting.title).toBe('Laboratory Analyst');
    const occupation = report.occupation!;
    expect(MARKETING.has(occupation.soc)).toBe(false);
    expect(occupation.socialMediaWork).toBe(false);
    expect(report.scope.areas).toEqual([]);
    expect(report.benchmark?.soc).toBe(occupation.soc);
    const panel = await openPanel();
    expect(await panel.getByTestId('occupation-title').textContent()).toBe(occupation.title);
    expect(await panel.getByTestId('occupation').getAttribute('data-soc')).toBe(occupation.soc);
    await panel.close();
  });

  it('makes the report again with the wages of an occupation picked in the panel, and remembers it', async () => {
    const before = await waitForReport(open.browser.worker, open.tabId);
    const panel = await openPanel();
    await panel.getByText('Not this job? Pick another occupation').click();
    await panel.getByTestId('occupation-query').fill('registered nurse');
    const nurse = panel.locator('[data-testid="occupation-results"] button[data-soc="29-1141"]');
    await nurse.click();
    const after = await poll('the report made with the picked occupation', async () => {
      const state = await tabState(open.browser.worker, open.tabId);
      return state?.report?.occupation?.soc === '29-1141' ? state.report : null;
    });
    expect(after.occupation?.chosenBy).toBe('user');
    expect(after.benchmark?.soc).toBe('29-1141');
    expect(after.benchmark?.annual.p50).not.toBe(before.benchmark?.annual.p50);
    await poll('the panel showing the picked occupation', async () => (await panel.getByTestId('occupation-title').textContent()) === 'Registered Nurses');
    // The choice is kept for this posting: reloading the page compares with nurses again.
    await open.job.reload();
    const reloaded = await poll('the report after a reload', async () => {
      const state = await tabState(open.browser.worker, open.tabId);
      return state?.report?.posting.title === 'Laboratory Analyst' ? state.report : null;
    });
    expect(reloaded.occupation?.soc).toBe('29-1141');
    await panel.close();
  });
});
