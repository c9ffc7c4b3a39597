// ScopeFit's own sample posting as an Indeed /viewjob page (tests/e2e/pages/sample-viewjob.html,
// invented employer) in Chromium: the side panel and popup say what the engine says of it. The
// screenshots taken here are the README's (`npm run screenshots` copies them to docs/screenshots).

import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  describeBrowser, extensionPage, openJobTab, PROJECT_DIR, screenshot, waitForReport, type JobTab, type Launched, type Route,
} from './harness';

const JOB_URL = 'http://www.indeed.com/viewjob?jk=0000sample';
const ROUTES: Route[] = [{ host: 'www.indeed.com', path: '/viewjob', file: join(PROJECT_DIR, 'tests/e2e/pages/sample-viewjob.html') }];

describeBrowser('the sample posting on an Indeed job page', () => {
  let open: JobTab;
  let browser: Launched;
  let tabId: number;

  beforeAll(async () => {
    open = await openJobTab(ROUTES, JOB_URL);
    ({ browser, tabId } = open);
  });

  afterAll(async () => {
    await open?.close();
  });

  it('calls the coordinator posting underpaid, with the bundled roles and the senior duties as evidence', async () => {
    const report = await waitForReport(browser.worker, tabId, 'Social Media Coordinator');
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    await panel.getByTestId('verdict').waitFor();
    expect(await panel.getByTestId('verdict').getAttribute('data-verdict')).toBe('underpaid');
    expect(await panel.getByTestId('score').textContent()).toBe(String(report.score.overall));
    const text = (await panel.locator('body').textContent()) ?? '';
    expect(text).toContain('Manage the paid social budget');
    expect(text).toMatch(/jobs in one/);
    await screenshot(panel, 'sample-sidepanel.png');
    await panel.close();
  });

  it('gives the verdict and three reasons in the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 520 });
    await popup.goto(extensionPage(browser.extensionId, `popup.html?tabId=${tabId}`));
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('underpaid');
    expect(await popup.locator('ol li').count()).toBe(3);
    await screenshot(popup, 'sample-popup.png');
    await popup.close();
  });
});
