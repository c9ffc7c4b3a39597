// On Indeed's search page the posting sits in one pane, half-way down a page of 1–2 MB. The
// content script reads it as soon as the browser's parser has passed the pane: here the saved page
// is sent in two parts, the second held back. With the side panel showing the tab, the report is
// made while the page is still loading, and once the rest arrives nothing is made twice; with no
// panel or popup showing it, ScopeFit leaves the page alone until it has loaded.

import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { describeBrowser, extensionPage, FIXTURE, freshProfile, launch, poll, removeProfile, tabIdOf, tabState, waitForReport, type Launched } from './harness';
import { paneEnd } from '../indeed-pane';

/** In code evaluated inside the extension's worker, `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

const PAGE = readFileSync(FIXTURE('indeed__serp-vjk-pane-humana-research-scientist-2026.html'), 'utf8');
const JOB_KEY = '4c819be57353b91d';
const URL_OF_PAGE = `http://www.indeed.com/jobs?q=research&vjk=${JOB_KEY}`;
const TITLE = 'Research Scientist';

describeBrowser('reading the pane while the page still loads', () => {
  const profile = freshProfile();
  const cut = paneEnd(PAGE) + 2_000;
  const held: ServerResponse[] = [];
  let server: ReturnType<typeof createServer>;
  let browser: Launched;
  /** When the tab's report was made (its `at`), to tell one report from a second one. */
  const madeAt = (tab: number): Promise<unknown> =>
    browser.worker.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { at?: number } | undefined)?.at, tab);

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (!(req.url ?? '').startsWith('/jobs')) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
      res.write(PAGE.slice(0, cut));
      held.push(res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    browser = await launch(profile, [{ host: 'www.indeed.com', path: '/jobs', file: '' }], (server.address() as AddressInfo).port);
  });

  afterAll(async () => {
    for (const res of held) res.end();
    await browser?.context.close();
    server?.close();
    removeProfile(profile);
  });

  it('makes the report before the rest of the page has arrived when the panel shows the tab, and keeps it once it has', async () => {
    expect(cut / PAGE.length).toBeLessThan(0.75);
    const page = await browser.context.newPage();
    const tab = await tabIdOf(browser.worker, page);
    const panel = await browser.context.newPage();
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tab}`));
    await page.goto(URL_OF_PAGE, { waitUntil: 'commit' });
    const report = await waitForReport(browser.worker, tab, TITLE);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(report.posting.title).toBe(TITLE);
    const earlyAt = await madeAt(tab);
    expect(earlyAt).toEqual(expect.any(Number));

    await panel.getByTestId('verdict').and(panel.locator('[data-verdict]')).waitFor();
    held.pop()?.end(PAGE.slice(cut));
    await page.waitForLoadState('load');
    // The page said nothing new once loaded: the same report, not a second one.
    await page.waitForTimeout(1_000);
    const after = await tabState(browser.worker, tab);
    expect(after?.kind).toBe('report');
    expect(await madeAt(tab)).toBe(earlyAt);
    const history = await poll('the history entry', () => browser.worker.evaluate(async () => (await chrome.storage.local.get('history')).history as unknown[] | undefined));
    expect(history).toHaveLength(1);
    await panel.close();
    await page.close();
  });

  it('reads the pane before the page has loaded once a panel starts showing the tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL_OF_PAGE, { waitUntil: 'commit' });
    const tab = await tabIdOf(browser.worker, page);
    await page.waitForTimeout(1_000);
    expect((await tabState(browser.worker, tab))?.kind).not.toBe('report');
    const panel = await browser.context.newPage();
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tab}`));
    await waitForReport(browser.worker, tab, TITLE);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    await panel.getByTestId('verdict').and(panel.locator('[data-verdict]')).waitFor();
    held.pop()?.end(PAGE.slice(cut));
    await page.waitForLoadState('load');
    await panel.close();
    await page.close();
  });

  it('reads and analyses the page only once it has loaded when nothing shows the tab', async () => {
    const page = await browser.context.newPage();
    await page.goto(URL_OF_PAGE, { waitUntil: 'commit' });
    const tab = await tabIdOf(browser.worker, page);
    await poll('the tab to be navigating', async () => (await tabState(browser.worker, tab))?.kind === 'reading');
    await page.waitForTimeout(2_000);
    // Still navigating: no posting read (no title), no report.
    expect(await tabState(browser.worker, tab)).toMatchObject({ kind: 'reading', page: { title: null } });
    held.pop()?.end(PAGE.slice(cut));
    await page.waitForLoadState('load');
    expect((await waitForReport(browser.worker, tab, TITLE)).posting.title).toBe(TITLE);
    // Made once: the page answering the browser's "loaded" with the same posting gets the same report.
    const first = await madeAt(tab);
    await page.waitForTimeout(1_000);
    expect(await madeAt(tab)).toBe(first);
    await page.close();
  });
});
