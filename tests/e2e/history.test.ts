// The history is kept in the browser's profile: it is still there after the browser is closed and
// started again with the same profile, it exports as CSV, and data that cannot be read is reported
// and reset instead of breaking the page.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import {
  CORPUS, describeBrowser, extensionPage, freshProfile, launch, poll, removeProfile, serve, tabIdOf, waitForReport,
  type Route, type Site,
} from './harness';

/** In code evaluated inside the extension's worker, `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

const ROUTES: Route[] = [{ host: 'au.indeed.com', path: '/viewjob', file: CORPUS('indeed-au__senior-devops-engineer.html') }];

describeBrowser('the history page', () => {
  let site: Site;
  const profile = freshProfile();

  beforeAll(async () => {
    site = await serve(ROUTES);
  });

  afterAll(async () => {
    await site?.close();
    removeProfile(profile);
  });

  it('still lists a posting after the browser is closed and started again', async () => {
    const first = await launch(profile, ROUTES, site.port);
    const job = await first.context.newPage();
    await job.goto('http://au.indeed.com/viewjob?jk=54f1f8af68d722d2');
    await waitForReport(first.worker, await tabIdOf(first.worker, job));
    await poll('the history entry', () => first.worker.evaluate(async () => ((await chrome.storage.local.get('history')).history as unknown[] | undefined)?.length === 1));
    await first.context.close();

    const again = await launch(profile, ROUTES, site.port);
    try {
      const page = await again.context.newPage();
      await page.goto(extensionPage(again.extensionId, 'postings.html'));
      const row = page.getByTestId('history-row').first();
      await row.waitFor();
      expect(await row.textContent()).toContain('Senior DevOps Engineer');
      expect(await row.textContent()).toContain('PaperCut Software');
      // Its own location column, pay in the posting's own period, and the top bar of the other pages.
      expect((await row.getByTestId('history-location').textContent())?.trim()).not.toBe('–');
      expect(await row.getByTestId('history-pay').textContent()).not.toContain('(about');
      expect(await page.getByRole('navigation', { name: 'ScopeFit pages' }).count()).toBe(1);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^scopefit-history-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.split('\r\n')[0]).toBe('analysed_at,title,company,url,pay,annual_min,annual_max,currency,pay_estimated,score,verdict,location');
      expect(csv).toContain('Senior DevOps Engineer,PaperCut Software,http://au.indeed.com/viewjob?jk=54f1f8af68d722d2');

      // Storage that is not a list: the page says so, resets it, and works.
      await again.worker.evaluate(() => chrome.storage.local.set({ history: { not: 'a list' } }));
      await page.reload();
      await page.getByTestId('history-problem').waitFor();
      expect(await page.getByTestId('history-problem').textContent()).toContain('could not be read');
      expect(await page.getByTestId('history-empty').count()).toBe(1);
      expect(await again.worker.evaluate(async () => (await chrome.storage.local.get('history')).history)).toEqual([]);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await poll('the problem removed', () => again.worker.evaluate(async () => (await chrome.storage.local.get('historyProblem')).historyProblem === undefined));
      await page.reload();
      await page.getByTestId('history-empty').waitFor();
      expect(await page.getByTestId('history-problem').count()).toBe(0);
    } finally {
      await again.context.close();
    }
  });
});
