// Pages that are not job postings, in Chromium with the built extension: on the job sites, where
// the content script reads every page by itself (a PDF's viewer page included), the side panel says
// in a sentence that there is no posting here; where ScopeFit has no access (a browser page, a site
// it does not read by itself) it stays silent and offers to read the page on request. Never a score, never a badge
// number, never a stack; and as a report always lands in the history, the history stays empty.
// Pages: tests/e2e/pages/ (the career-guide article, an Indeed search page with no job open) and
// the analyzer side's tests/fixtures/not-a-job/, each served under a job site's host where such a
// page really lives.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import {
  badgeText, describeBrowser, extensionPage, freshProfile, launch, notAPostingReason, poll, PROJECT_DIR, removeProfile, serve,
  tabIdOf, tabState, watchPages, type Launched, type PageWatch, type Route, type Site,
} from './harness';

/** In code evaluated inside the extension's worker, `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

const OURS = (name: string): string => join(PROJECT_DIR, 'tests/e2e/pages', name);
const NOT_A_JOB = (name: string): string => join(PROJECT_DIR, 'tests/fixtures/not-a-job', name);

/** Where the extension reads the page by itself (a job site) and so must say why it is no posting. */
interface ReadCase {
  readonly kind: 'read';
  readonly name: string;
  readonly url: string;
  /** Served under the URL's host and path; none for the PDF, which a browser route answers. */
  readonly file?: string;
  /** What the sentence must say, where the reader has a specific one. */
  readonly reason?: RegExp;
}

/** Where the extension has no access of its own: the panel offers a read and shows nothing else. */
interface SilentCase {
  readonly kind: 'silent';
  readonly name: string;
  readonly url: string;
  readonly file?: string;
}

const CASES: ReadonlyArray<ReadCase | SilentCase> = [
  { kind: 'read', name: "an article in a job site's career guide", url: 'http://www.indeed.com/career-advice/thank-you-note', file: OURS('indeed-career-guide-article.html') },
  {
    kind: 'read', name: 'an Indeed search page with no job open', url: 'http://www.indeed.com/jobs?q=social+media&l=Austin%2C+TX',
    file: OURS('indeed-search-no-job.html'), reason: /list of search results with no job open/,
  },
  { kind: 'read', name: 'a login wall', url: 'http://www.linkedin.com/authwall?trk=job-posting', file: NOT_A_JOB('login-wall.html'), reason: /sign in/i },
  { kind: 'read', name: 'an empty page', url: 'http://jobs.lever.co/harbor-lane-bakery', file: NOT_A_JOB('empty.html'), reason: /almost no text/ },
  { kind: 'read', name: "a news article on a job site", url: 'http://www.linkedin.com/pulse/hiring-outlook-2026', file: NOT_A_JOB('news-article.html') },
  // Workable's own site is not one of its job boards (apply.workable.com, jobs.workable.com).
  { kind: 'silent', name: "a blog post about hiring on a recruiting vendor's own site", url: 'http://www.workable.com/blog/how-we-hire', file: NOT_A_JOB('hiring-blog-post.html') },
  { kind: 'read', name: "a company's careers home page on a recruiting site", url: 'http://careers.smartrecruiters.com/HarborLaneBakery', file: NOT_A_JOB('company-homepage.html') },
  { kind: 'read', name: "another board's search results", url: 'http://www.glassdoor.com/Job/austin-social-media-jobs-SRCH_IL.0,6.htm', file: NOT_A_JOB('search-results.html') },
  { kind: 'read', name: 'a cookie wall', url: 'http://www.glassdoor.co.uk/index.htm', file: NOT_A_JOB('cookie-consent.html') },
  { kind: 'read', name: 'a page that is not found', url: 'http://boards.greenhouse.io/harborlane/jobs/404', file: NOT_A_JOB('not-found.html') },
  // Chromium shows a PDF in a viewer page of its own, and the content script runs in that page
  // (it matches the address): it finds no text there, and says it is a PDF.
  { kind: 'read', name: 'a PDF served as application/pdf on a job site', url: 'http://www.indeed.com/career-advice/salary-guide.pdf', reason: /PDF document/ },
  { kind: 'silent', name: 'an encyclopedia page on a site ScopeFit does not read by itself', url: 'http://en.encyclopedia.test/wiki/Wage', file: NOT_A_JOB('encyclopedia.html') },
  { kind: 'silent', name: 'the chrome://version page', url: 'chrome://version' },
];

const PDF_URL = 'http://www.indeed.com/career-advice/salary-guide.pdf';
/** The analyzer side's PDF (the bytes of a one-page PDF, kept under an .html name). */
const PDF_BYTES = readFileSync(NOT_A_JOB('pdf-bytes.html'));

const ROUTES: Route[] = CASES.flatMap((c) => {
  if (c.file === undefined) return [];
  const url = new URL(c.url);
  return [{ host: url.hostname, path: url.pathname, file: c.file }];
});

/** A stack trace, an exception's name or a bare error object: never for the user's eyes. */
const STACK = /\bat \S+ \(|\w+Error\b|\[object Object\]|undefined|chrome-extension:\/\//;

describeBrowser('pages that are not job postings, in Chromium', () => {
  let site: Site;
  let browser: Launched;
  let pages: PageWatch;
  let panel: Page;

  beforeAll(async () => {
    site = await serve(ROUTES);
    browser = await launch(freshProfile(), ROUTES, site.port);
    pages = watchPages(browser.context);
    // serve() sends HTML only: the PDF's bytes come with their own type from a route in the browser.
    await browser.context.route(PDF_URL, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: PDF_BYTES }));
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
  });

  afterAll(async () => {
    await browser?.context.close();
    await site?.close();
    if (browser !== undefined) removeProfile(browser.profileDir);
  });

  async function visit(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await browser.context.newPage();
    await page.goto(url);
    return { page, tabId: await tabIdOf(browser.worker, page) };
  }

  /** The side panel for the tab, once it shows one of the two "no posting" states; its text. */
  async function panelText(tabId: number, testId: 'not-a-posting' | 'not-recognised'): Promise<string> {
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    await panel.getByTestId(testId).waitFor();
    for (const never of ['score', 'verdict', 'report', 'error', 'loading']) expect(await panel.getByTestId(never).count(), never).toBe(0);
    return (await panel.locator('main').innerText()).trim();
  }

  it.each(CASES.filter((c): c is ReadCase => c.kind === 'read').map((c) => [c.name, c] as const))(
    'says there is no posting on %s',
    async (_name, c) => {
      const { page, tabId } = await visit(c.url);
      const reason = await poll(`the reason for ${c.url}`, () => notAPostingReason(browser.worker, tabId));
      if (c.reason !== undefined) expect(reason).toMatch(c.reason);
      const text = await panelText(tabId, 'not-a-posting');
      expect(text).toContain('No job posting here');
      expect(text).toContain(reason);
      expect(text).not.toMatch(STACK);
      expect(await badgeText(browser.worker, tabId)).toBe('');
      await page.close();
    },
  );

  it.each(CASES.filter((c): c is SilentCase => c.kind === 'silent').map((c) => [c.name, c] as const))(
    'stays silent on %s, offering to read it on request',
    async (_name, c) => {
      const { page, tabId } = await visit(c.url);
      // The browser says the tab loaded; with no content script to answer, the state is cleared.
      await poll(`the state of ${c.url} to clear`, async () => (await tabState(browser.worker, tabId)) === null);
      const text = await panelText(tabId, 'not-recognised');
      expect(text).toContain('doesn’t read this site by itself');
      expect(text).not.toMatch(STACK);
      expect(await badgeText(browser.worker, tabId)).toBe('');
      await page.close();
    },
  );

  it('answers "Analyse anyway" on chrome://version with a sentence, not a score or a stack', async () => {
    const { page, tabId } = await visit('chrome://version');
    await panelText(tabId, 'not-recognised');
    await panel.getByTestId('analyse-anyway').click();
    const notice = await poll('the notice', async () => {
      const text = (await panel.getByTestId('notice').textContent())?.trim() ?? '';
      return text === '' ? null : text;
    });
    expect(notice).toMatch(/^ScopeFit may not read this page/);
    expect(notice).not.toMatch(STACK);
    expect(await panel.getByTestId('score').count()).toBe(0);
    expect(await tabState(browser.worker, tabId)).toBeNull();
    await page.close();
  });

  it('made no report of any of them: the history is empty, and nothing opened a dialog', async () => {
    const history = await browser.worker.evaluate(async () => (await chrome.storage.local.get('history')).history as unknown[] | undefined);
    expect(history ?? []).toEqual([]);
    expect(pages.dialogs).toEqual([]);
    expect(pages.errors).toEqual([]);
  });
});
