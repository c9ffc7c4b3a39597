// What a job page's own scripts can do to the extension, reproduced in Chromium with the page's
// scripts doing it (page.evaluate and init scripts run in the page's main world, as its scripts do):
// learn that ScopeFit is installed and stop its watcher, fill storage.session with a huge title,
// and flood the history by swapping its posting every 420 ms. Page: tests/e2e/pages/sample-viewjob.html.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import {
  describeBrowser, poll, PROJECT_DIR, tabIdOf, tabState, waitForReport, type Launched, type Route, startBrowser, type Running,
} from './harness';

/** In code evaluated inside the extension's worker, `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

const SAMPLE = join(PROJECT_DIR, 'tests/e2e/pages/sample-viewjob.html');
const SAMPLE_TITLE = 'Social Media Coordinator';
const ROUTES: Route[] = [
  { host: 'www.indeed.com', path: '/viewjob', file: SAMPLE },
  { host: 'www.indeed.com', path: '/other', file: SAMPLE },
];
const TITLE = '[data-testid="jobsearch-JobInfoHeader-title"]';

/** Every message posted to the page's window, recorded from the page's first moment. */
async function recordWhatThePageSees(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenByPage: string[] }).seenByPage = seen;
    addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`));
  });
}

/** The titles the page swaps in, one after another, as a script would. */
async function swapTitle(page: Page, title: string): Promise<void> {
  await page.evaluate(({ selector, title }) => {
    const el = document.querySelector(selector);
    if (el?.firstChild == null) throw new Error('no title');
    el.firstChild.textContent = title;
  }, { selector: TITLE, title });
}

describeBrowser('what a job page’s scripts can do to ScopeFit', () => {
  let running: Running;
  let browser: Launched;

  beforeAll(async () => {
    running = await startBrowser(ROUTES);
    ({ browser } = running);
  });

  afterAll(async () => {
    await running?.close();
  });

  it('does not tell the page it is there', async () => {
    const page = await browser.context.newPage();
    await recordWhatThePageSees(page);
    const eventName = `${browser.extensionId}:job:wxt:content-script-started`;
    // The page listens for the event WXT's content-script context sends when it starts.
    await page.addInitScript((name) => {
      const seen = (): string[] => (window as unknown as { seenByPage: string[] }).seenByPage;
      document.addEventListener(name, () => seen().push(`event ${name}`));
    }, eventName);
    await page.goto('http://www.indeed.com/viewjob?jk=00000000attack01');
    const tabId = await tabIdOf(browser.worker, page);
    await waitForReport(browser.worker, tabId, SAMPLE_TITLE);
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => (window as unknown as { seenByPage: string[] }).seenByPage);
    expect(seen.filter((s) => s.includes(browser.extensionId) || s.includes('content-script'))).toEqual([]);
    await page.close();
  });

  it('keeps following the posting after the page sends the event that stops a WXT content script', async () => {
    const page = await browser.context.newPage();
    const eventName = `${browser.extensionId}:job:wxt:content-script-started`;
    await page.goto('http://www.indeed.com/viewjob?jk=00000000attack05');
    const tabId = await tabIdOf(browser.worker, page);
    await waitForReport(browser.worker, tabId, SAMPLE_TITLE);
    // The kill switch: the same event with another id makes WXT's context invalidate itself.
    await page.evaluate((name) => {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'job', messageId: 'page' } }));
    }, eventName);
    await swapTitle(page, 'Community Manager');
    await waitForReport(browser.worker, tabId, 'Community Manager');
    await page.close();
  });

  it('keeps a 3.5-million-character title out of storage, so the next tab still gets its report', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://www.indeed.com/viewjob?jk=00000000attack02');
    const tabId = await tabIdOf(browser.worker, page);
    await waitForReport(browser.worker, tabId, SAMPLE_TITLE);
    const huge = `Social Media Coordinator ${'A'.repeat(3_500_000)}`;
    await swapTitle(page, huge);
    const state = await poll('the tab to move on from the sample title', async () => {
      const s = await tabState(browser.worker, tabId);
      return s !== null && JSON.stringify(s).includes('AAAA') ? s : null;
    });
    expect(JSON.stringify(state).length).toBeLessThan(500_000);
    const stored = await browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)).length);
    expect(stored).toBeLessThan(1_000_000);

    const next = await browser.context.newPage();
    await next.goto('http://www.indeed.com/other?jk=00000000attack03');
    const nextTab = await tabIdOf(browser.worker, next);
    await waitForReport(browser.worker, nextTab, SAMPLE_TITLE);
    await next.close();
    await page.close();
  });

  it('adds a handful of history entries, not dozens, for a page that swaps its posting every 420 ms', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.remove('history'));
    const page = await browser.context.newPage();
    await page.goto('http://www.indeed.com/viewjob?jk=00000000attack04');
    const tabId = await tabIdOf(browser.worker, page);
    await waitForReport(browser.worker, tabId, SAMPLE_TITLE);
    const until = Date.now() + 12_000;
    let last = '';
    for (let n = 0; Date.now() < until; n++) {
      last = `Planted Role ${n}`;
      await swapTitle(page, last);
      await page.waitForTimeout(420);
    }
    await waitForReport(browser.worker, tabId, last);
    await page.waitForTimeout(500);
    const titles = await browser.worker.evaluate(async () => ((await chrome.storage.local.get('history')).history as Array<{ title: string }> | undefined)?.map((e) => e.title) ?? []);
    // 12 s of swaps would have planted about 25 entries; the first page and a few changes are kept.
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.length).toBeLessThanOrEqual(7);
    await page.close();
  });
});
