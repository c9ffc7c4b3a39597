// ScopeFit sends nothing anywhere. Through one whole session in Chromium (read an Indeed posting,
// open the popup and the real side panel, follow Indeed's search pane to a second job, open the
// history and export it, change a setting, audit a typed posting) every request made by the
// extension's own contexts is recorded: the service worker, the real side panel (over CDP), and the
// popup, side panel, history, settings and audit pages. None may go anywhere but the extension's
// own files. The served job pages' own requests (their images, styles) are the pages', kept apart;
// as those pages may run no script (CSP), any fetch or XHR from them would be the content script's,
// and there must be none either. Controls at the start and the end prove the recorder hears each
// kind of context, so a silent recorder cannot pass.
// Not covered: what the worker does in the moment between its start and the recorder's attaching
// (Playwright hands over the context only after launch); its start-up code only adds listeners.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import {
  describeBrowser, EXTENSION_DIR, extensionPage, FIXTURE, freshProfile, launch, leavesExtension, madeByExtension, poll,
  PROJECT_DIR, recordRequests, removeProfile, SCRIPTED_REQUEST_TYPES, serve, tabIdOf, waitForReport, watchPages,
  type Launched, type PageWatch, type RealSidePanel, type RequestRecorder, type Route, type SeenRequest, type Site,
} from './harness';

/** In code evaluated inside the extension's worker, `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

const JOB_URL = 'http://www.indeed.com/viewjob?jk=0000sample';
const FIRST_KEY = '4c819be57353b91d';
const SECOND_KEY = '537b0c9fc7fb7ffa';
const SEARCH_URL = `http://www.indeed.com/jobs?q=python&l=Remote&vjk=${FIRST_KEY}`;
const ROUTES: Route[] = [
  { host: 'www.indeed.com', path: '/viewjob', file: join(PROJECT_DIR, 'tests/e2e/pages/sample-viewjob.html') },
  { host: 'www.indeed.com', path: '/jobs', file: FIXTURE('indeed__serp-vjk-pane-humana-research-scientist-2026.html') },
];
/** Hosts that cannot resolve (the harness maps every unknown host to NOTFOUND): controls only. */
/** Loads an image from `url` (what the pages' CSP still allows) and settles either way. */
function loadImage(url: string): Promise<null> {
  return new Promise((done) => {
    const img = new Image();
    img.onload = img.onerror = () => done(null);
    img.src = url;
  });
}

const CONTROL = {
  page: 'http://privacy-control.invalid/from-an-extension-page',
  worker: 'http://privacy-control.invalid/from-the-worker',
  panel: 'http://privacy-control.invalid/from-the-real-side-panel',
  contentScript: 'http://privacy-control.invalid/from-the-content-script-world',
};
/** Invented second job for the search pane (the saved page holds one). */
const SECOND_TITLE = 'Community Programs Assistant';
const SECOND_LINES = [
  'Write the weekly newsletter and publish posts on our channels.',
  'Answer questions from members by email and chat.',
  '1+ years of experience in a customer-facing role.',
];

const describeSeen = (requests: readonly SeenRequest[]): string[] => requests.map((r) => `${r.by} ${r.from} → ${r.resourceType} ${r.url}`);

describeBrowser('privacy: a whole session in Chromium', () => {
  let site: Site;
  let browser: Launched;
  let recorder: RequestRecorder;
  let pages: PageWatch;
  let control: Page;
  let panel: RealSidePanel;
  let jobTab: number;
  /** What was recorded by the end of the session, before the closing controls. */
  let session: SeenRequest[] = [];

  beforeAll(async () => {
    site = await serve(ROUTES);
    browser = await launch(freshProfile(), ROUTES, site.port);
    recorder = recordRequests(browser.context);
    pages = watchPages(browser.context);
  });

  afterAll(async () => {
    await browser?.context.close();
    await site?.close();
    if (browser !== undefined) removeProfile(browser.profileDir);
  });

  const open = async (path: string): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage(browser.extensionId, path));
    return page;
  };

  it('hears a request made by an extension page, and knows which page made it', async () => {
    control = await open('options.html');
    // The pages' CSP (connect-src 'none') refuses any fetch before it reaches the network ...
    expect(await control.evaluate((url) => fetch(url).then(() => 'answered', () => 'failed'), CONTROL.page)).toBe('failed');
    await control.waitForTimeout(300);
    expect(recorder.seen.filter((r) => r.url === CONTROL.page)).toEqual([]);
    // ... so the control is an image, which that policy does not cover.
    await control.evaluate(loadImage, CONTROL.page);
    const heard = await poll('the control request', async () => recorder.seen.find((r) => r.url === CONTROL.page) ?? null);
    expect(heard.page).toBe(control);
    expect(madeByExtension(heard, browser.extensionId)).toBe(true);
    expect(leavesExtension(heard, browser.extensionId)).toBe(true);
  });

  it('goes through a whole session: posting, popup, real side panel, search pane, history, settings, audit', async () => {
    const { context, worker, extensionId } = browser;

    // A posting, its side panel (with a quote shown on the page) and its popup.
    const job = await context.newPage();
    await job.goto(JOB_URL);
    jobTab = await tabIdOf(worker, job);
    await waitForReport(worker, jobTab, 'Social Media Coordinator');
    const tabPanel = await open(`sidepanel.html?tabId=${jobTab}`);
    await tabPanel.locator('button.evidence').first().click();
    await poll('the quote marked on the page', () => job.evaluate(() => CSS.highlights.has('scopefit-evidence')));
    const popup = await open(`popup.html?tabId=${jobTab}`);
    await popup.getByTestId('verdict').waitFor();
    // The real side panel, opened from the popup's button (a user gesture), then recorded.
    await popup.getByTestId('open-panel').click();
    panel = await recorder.tapSidePanel(extensionId);
    await popup.close();
    await job.bringToFront();
    await poll('the real side panel to show the report', async () => (await panel.text()).includes('Social Media Coordinator'));

    // Indeed's search page in the same tab (the real side panel follows the tab it is open beside),
    // whose pane then moves to a second job without a page load.
    const search = job;
    await search.goto(SEARCH_URL);
    const searchTab = jobTab;
    await waitForReport(worker, searchTab, 'Research Scientist');
    await search.evaluate(
      ({ from, to, title, lines }) => {
        window.history.pushState({}, '', location.href.replace(from, to));
        const pane = document.querySelector('#jobsearch-ViewjobPaneWrapper');
        const heading = pane?.querySelector('[data-testid="jobsearch-JobInfoHeader-title"]');
        const description = pane?.querySelector('#jobDescriptionText');
        if (pane == null || heading == null || description == null) throw new Error('the saved page has no job pane');
        heading.textContent = title;
        description.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
        for (const link of Array.from(pane.querySelectorAll('[href*="jk="]'))) link.setAttribute('href', (link.getAttribute('href') ?? '').replaceAll(from, to));
      },
      { from: FIRST_KEY, to: SECOND_KEY, title: SECOND_TITLE, lines: SECOND_LINES },
    );
    await waitForReport(worker, searchTab, SECOND_TITLE);
    await poll('the real side panel to follow the search tab', async () => (await panel.text()).includes(SECOND_TITLE));

    // The history, exported as CSV (a download from a Blob URL, not a request anywhere).
    const historyPage = await open('postings.html');
    await historyPage.getByTestId('history-row').first().waitFor();
    const [download] = await Promise.all([historyPage.waitForEvent('download'), historyPage.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain(SECOND_TITLE);

    // A setting changed: every open report is made again in the worker.
    const settings = await open('options.html');
    await settings.locator('#home').fill('Denver, CO');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByText('Saved.').waitFor();
    expect(await worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { homeLocation?: string } | undefined)?.homeLocation)).toBe('Denver, CO');

    // The audit page, where one is built: a posting typed in, its report made as it is typed.
    let audit: Page | null = null;
    if (existsSync(join(EXTENSION_DIR, 'audit.html'))) {
      audit = await open('audit.html');
      const typed = readFileSync(join(PROJECT_DIR, 'public/sample-posting.txt'), 'utf8');
      await audit.locator('textarea').first().fill(typed);
      await audit.locator('[data-testid="report"]').waitFor();
    }

    // Let anything sent late (a timer, a beacon on page close) be sent before the record is read.
    for (const page of [tabPanel, historyPage, settings, ...(audit === null ? [] : [audit])]) await page.close();
    await job.waitForTimeout(1500);
    session = [...recorder.seen];
  });

  it('finds no request from the worker or any extension page to anything but the extension itself', () => {
    const { extensionId } = browser;
    const ours = session.filter((r) => madeByExtension(r, extensionId) && r.page !== control);
    // The recorder heard each kind of extension context at work (their own files, at least).
    expect(ours.some((r) => r.by === 'page' && r.resourceType === 'script')).toBe(true);
    expect(ours.some((r) => r.by === 'real side panel')).toBe(true);
    expect(describeSeen(ours.filter((r) => leavesExtension(r, extensionId)))).toEqual([]);
  });

  it('finds no script-made request from the job pages, where only the content script can run', () => {
    const fromPages = session.filter((r) => !madeByExtension(r, browser.extensionId));
    expect(fromPages.some((r) => r.resourceType === 'document' && r.url === JOB_URL)).toBe(true);
    expect(describeSeen(fromPages.filter((r) => SCRIPTED_REQUEST_TYPES.has(r.resourceType)))).toEqual([]);
  });

  it('opened no dialog and threw no error on any page', () => {
    expect(pages.dialogs).toEqual([]);
    expect(panel.dialogs).toEqual([]);
    expect(pages.errors).toEqual([]);
  });

  it('was still hearing the real side panel and the content-script world at the end, and the worker refused to connect', async () => {
    // The worker handle from launch still answers: the worker recorded all along never restarted
    // (Playwright would not hear a restarted one).
    // The worker can make no request at all: the extension's CSP (connect-src 'none') refuses its fetch.
    expect(await browser.worker.evaluate((url) => fetch(url).then(() => 'answered', () => 'failed'), CONTROL.worker)).toBe('failed');

    await panel.evaluate(`(${loadImage.toString()})(${JSON.stringify(CONTROL.panel)})`);
    const fromPanel = await poll('the side panel control request', async () => recorder.seen.find((r) => r.url === CONTROL.panel) ?? null);
    expect(fromPanel.by).toBe('real side panel');

    // Code the extension runs in a job page (as its content script does) fetches in the page's name.
    await browser.worker.evaluate(
      async ({ tabId, url }) => chrome.scripting.executeScript({ target: { tabId }, func: (u: string) => void fetch(u).catch(() => undefined), args: [url] }),
      { tabId: jobTab, url: CONTROL.contentScript },
    );
    const fromContent = await poll('the content-script control request', async () => recorder.seen.find((r) => r.url === CONTROL.contentScript) ?? null);
    expect(madeByExtension(fromContent, browser.extensionId)).toBe(false);
    expect(SCRIPTED_REQUEST_TYPES.has(fromContent.resourceType)).toBe(true);
  });
});
