// Postings are written by anyone. On hostile pages in Chromium the extension's pages show what a
// posting says as text and never as markup, nothing runs (no dialog opens on any page, the real
// side panel included), nothing is sent (the privacy recorder of tests/e2e/privacy.test.ts), text
// the page hides is not quoted, invisible characters leave the title, and a 10 MB page, 5,000
// levels of nesting and a page that rewrites itself while being read still end in a report within
// a bound, with the browser answering; a description of 6 MB ends in a sentence saying why.
// Pages: tests/e2e/pages/hostile-viewjob.html (written for this test); the 10 MB, 6 MB and deep
// pages are made at test time from tests/e2e/pages/sample-viewjob.html.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser, extensionPage, freshProfile, launch, leavesExtension, madeByExtension, notAPostingReason, poll, PROJECT_DIR, recordRequests,
  removeProfile, SCRIPTED_REQUEST_TYPES, serve, tabIdOf, tabState, waitForReport, watchPages, type Launched, type PageWatch,
  type RealSidePanel, type RequestRecorder, type Route, type Site,
} from './harness';

const PAGES = join(PROJECT_DIR, 'tests/e2e/pages');
const SAMPLE = readFileSync(join(PAGES, 'sample-viewjob.html'), 'utf8');
const SAMPLE_TITLE = 'Social Media Coordinator';
/** How long a hostile page may take to end in a report (2 cores, the 10 MB page included). */
const BOUND_MS = 20_000;
/** How long the browser may take to answer once it has (it answers in milliseconds when well). */
const ANSWER_MS = 2_000;
const HUGE_BYTES = 10 * 1024 * 1024;
const LONG_DESCRIPTION_BYTES = 6 * 1024 * 1024;
const DEPTH = 5_000;

/** The sample posting followed by 10 MB of nested <div>s, as a page's endless footer might be. */
function hugePage(): string {
  const block = (i: number): string => `<div class="archive"><div><div><p>Archive entry ${i}: nothing in here belongs to the posting.</p></div></div></div>\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < HUGE_BYTES; i++) {
    const piece = block(i);
    parts.push(piece);
    size += piece.length;
  }
  return SAMPLE.replace('</body>', `${parts.join('')}</body>`);
}

/** The sample posting whose description goes on for 6 MB of duties: a page's whole text, not a job. */
function endlessDescriptionPage(): string {
  const duties: string[] = [];
  let size = 0;
  for (let i = 0; size < LONG_DESCRIPTION_BYTES; i++) {
    const duty = `<p>Duty ${i}: write and publish posts about the shop and its customers.</p>\n`;
    duties.push(duty);
    size += duty.length;
  }
  return SAMPLE.replace('<p><b>Benefits</b></p>', `${duties.join('')}<p><b>Benefits</b></p>`);
}

/** The sample posting with its benefits line at the bottom of 5,000 nested <div>s. */
function deepPage(): string {
  return SAMPLE.replace('<p><b>Benefits</b></p>', `${'<div>'.repeat(DEPTH)}<p><b>Benefits</b></p>${'</div>'.repeat(DEPTH)}`);
}

/** The pages, the made ones written into `dir` first. */
function routes(dir: string): Route[] {
  const generated: Array<[string, string]> = [['/huge', hugePage()], ['/deep', deepPage()], ['/endless', endlessDescriptionPage()]];
  return [
    { host: 'www.indeed.com', path: '/viewjob', file: join(PAGES, 'hostile-viewjob.html') },
    { host: 'www.indeed.com', path: '/rewriting', file: join(PAGES, 'sample-viewjob.html') },
    ...generated.map(([path, html]) => {
      const file = join(dir, `${path.slice(1)}.html`);
      writeFileSync(file, html);
      return { host: 'www.indeed.com', path, file };
    }),
  ];
}

const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const MARKUP_AS_TEXT = '<img src=x onerror=alert(1)>';

/** Elements and attributes that would mean a posting's text became markup in an extension page. */
function smuggledMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'img' || tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`<${tag}>`);
      if (tag === 'script' && !(el.getAttribute('src') ?? '').startsWith('/')) found.push(`<script src="${el.getAttribute('src') ?? ''}">`);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${tag}[${attr.name}="${attr.value}"]`);
      }
    }
    return found;
  });
}

/**
 * How long the page and the worker take to answer a trivial question, once the page has drawn its
 * first frame: laying out megabytes of text is the page's own work (the 6 MB page keeps Chromium
 * busy for about 3 s after its load event with no extension at all), not the extension's.
 */
async function answerTime(page: Page, worker: Worker): Promise<number> {
  // A page in the background draws no frames: then a few seconds' wait stands in for the frame.
  await page.evaluate(() => new Promise((drawn) => {
    requestAnimationFrame(() => setTimeout(drawn, 0));
    setTimeout(drawn, 5_000);
  }));
  const start = Date.now();
  await page.evaluate(() => document.readyState);
  await worker.evaluate(() => 1);
  return Date.now() - start;
}

describeBrowser('hostile pages in Chromium', () => {
  let made: string | undefined;
  let site: Site;
  let browser: Launched;
  let recorder: RequestRecorder;
  let pages: PageWatch;
  let realPanel: RealSidePanel;
  let hostile: Page;
  let hostileTab: number;
  let panel: Page;

  beforeAll(async () => {
    made = mkdtempSync(join(tmpdir(), 'scopefit-hostile-'));
    const pageRoutes = routes(made);
    site = await serve(pageRoutes);
    browser = await launch(freshProfile(), pageRoutes, site.port);
    recorder = recordRequests(browser.context);
    pages = watchPages(browser.context);
    hostile = await browser.context.newPage();
    await hostile.goto('http://www.indeed.com/viewjob?jk=00000000hostile1');
    hostileTab = await tabIdOf(browser.worker, hostile);
    await waitForReport(browser.worker, hostileTab);
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${hostileTab}`));
    await panel.getByTestId('verdict').waitFor();
  });

  afterAll(async () => {
    await browser?.context.close();
    await site?.close();
    if (browser !== undefined) removeProfile(browser.profileDir);
    if (made !== undefined) rmSync(made, { recursive: true, force: true });
  });

  it('shows markup written in a posting as text, and makes no element of it', async () => {
    const meta = (await panel.locator('.posting-meta').textContent()) ?? '';
    expect(meta).toContain(`Quill & Lantern ${MARKUP_AS_TEXT} Stationers`);
    const quotes = await panel.locator('[data-testid="scope"] .evidence, [data-testid="scope"] .evidence-text').allTextContents();
    // The words around the markup are quoted as the posting's duties. The tag-like text itself is
    // not: the intake (analyzers/posting.ts) strips what looks like a tag from any description,
    // even one a site adapter already made plain text of.
    expect(quotes.some((q) => q.includes('Write captions and publish daily posts'))).toBe(true);
    expect(quotes.some((q) => q.includes('Manage the paid social budget'))).toBe(true);
    expect(quotes.some((q) => q.includes('Respond to comments and DMs from customers'))).toBe(true);
    expect(await smuggledMarkup(panel)).toEqual([]);
    expect(await panel.locator('img[src="x"]').count()).toBe(0);
  });

  it('takes the right-to-left override and the zero-width characters out of the title', async () => {
    const title = (await panel.getByTestId('posting-title').textContent()) ?? '';
    expect(title).toBe(SAMPLE_TITLE);
    expect(INVISIBLE.test(title)).toBe(false);
    const report = await waitForReport(browser.worker, hostileTab);
    expect(report.posting.title).toBe(SAMPLE_TITLE);
  });

  it.each([
    ['display:none', 'moonbase'],
    ['visibility:hidden', 'glacierworks'],
  ])('does not quote a duty hidden with %s', async (_how, word) => {
    expect(((await panel.locator('main').textContent()) ?? '').toLowerCase()).not.toContain(word);
  });

  // Known gap, left for the analyzer side (analyzers/sites/html-text.ts, isHidden): only inline
  // styles and the hidden/aria-hidden attributes are looked at, so text hidden by a stylesheet
  // class or inside a zero-size box is read and quoted. These flip to failing once that is fixed:
  // then turn them into plain `it`s. Until then they also show that a hidden duty, once read,
  // would be quoted: the two tests above can fail.
  it.fails.each([
    ['a stylesheet class (display:none)', 'undersea'],
    ['a zero-size box', 'lighthouse'],
  ])('does not quote a duty hidden by %s (known gap)', async (_how, word) => {
    expect(((await panel.locator('main').textContent()) ?? '').toLowerCase()).not.toContain(word);
  });

  it("does not take an iframe's document for the posting, and reads the light text of a shadow host", async () => {
    const state = await tabState(browser.worker, hostileTab);
    const text = `${JSON.stringify(state)} ${(await panel.locator('main').textContent()) ?? ''}`.toLowerCase();
    expect(text).not.toContain('tidepool');
    expect(text).toContain('build monthly reports for the owner');
    // Whether the shadow root's own text ("sandcastle") is read is not pinned (today it is not):
    // read or not, the markup in it makes no element, as the first test shows.
  });

  it('shows the same posting as text in the real side panel, the popup and the history', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(extensionPage(browser.extensionId, `popup.html?tabId=${hostileTab}`));
    await popup.getByTestId('verdict').waitFor();
    expect(await smuggledMarkup(popup)).toEqual([]);
    await popup.getByTestId('open-panel').click();
    realPanel = await recorder.tapSidePanel(browser.extensionId);
    await popup.close();
    await hostile.bringToFront();
    const shown = await poll('the real side panel to show the posting', async () => {
      const text = await realPanel.text();
      return text.includes(MARKUP_AS_TEXT) ? text : null;
    });
    expect(shown).toContain(SAMPLE_TITLE);
    expect(await realPanel.evaluate('document.querySelectorAll("img, iframe, [onerror]").length')).toBe(0);

    const history = await browser.context.newPage();
    await history.goto(extensionPage(browser.extensionId, 'postings.html'));
    const row = history.getByTestId('history-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(MARKUP_AS_TEXT);
    expect(await smuggledMarkup(history)).toEqual([]);
    await history.close();
  });

  it('reads a 10 MB page within the bound, and the browser still answers', async () => {
    const page = await browser.context.newPage();
    // Chromium alone takes about 9 s to load this page on 2 cores: the bound starts once it has.
    await page.goto('http://www.indeed.com/huge?jk=000000000000huge', { timeout: 60_000 });
    const tab = await tabIdOf(browser.worker, page);
    const report = await poll('a report of the 10 MB page', async () => {
      const state = await tabState(browser.worker, tab);
      return state?.kind === 'report' ? state.report : null;
    }, BOUND_MS);
    expect(report.posting.title).toBe(SAMPLE_TITLE);
    expect(await answerTime(page, browser.worker)).toBeLessThan(ANSWER_MS);
    await page.close();
  }, 90_000);

  it('says in a sentence that a 6 MB description is no posting, instead of staying on "reading" for good', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://www.indeed.com/endless?jk=0000000endless1', { timeout: 60_000 });
    const tab = await tabIdOf(browser.worker, page);
    const reason = await poll('the endless page to be turned down', () => notAPostingReason(browser.worker, tab), BOUND_MS);
    expect(reason).toMatch(/characters long, far more than one job posting/);
    const side = await browser.context.newPage();
    await side.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tab}`));
    await side.getByTestId('not-a-posting').waitFor();
    expect(await side.getByTestId('score').count()).toBe(0);
    expect(await answerTime(page, browser.worker)).toBeLessThan(ANSWER_MS);
    await side.close();
    await page.close();
  }, 90_000);

  it(`reads a posting nested ${DEPTH.toLocaleString('en-US')} levels deep, in the markup and built in the page`, async () => {
    const page = await browser.context.newPage();
    await page.goto('http://www.indeed.com/deep?jk=000000000000deep');
    const tab = await tabIdOf(browser.worker, page);
    await waitForReport(browser.worker, tab, SAMPLE_TITLE);
    // The HTML parser stops nesting at 512 levels; the DOM does not. Build the full depth in the
    // description, with a duty at the bottom, and let the content script read the page again. The
    // levels are `display: contents`: this Chromium's renderer crashes by itself (no extension
    // loaded) laying out 3,000 nested boxes, and the point here is the reader, not the layout.
    await page.evaluate((depth) => {
      let at: Element | null = document.querySelector('#jobDescriptionText');
      for (let i = 0; i < depth && at !== null; i++) at = at.appendChild(Object.assign(document.createElement('div'), { style: 'display: contents' }));
      at?.appendChild(Object.assign(document.createElement('p'), { textContent: 'Keep the deepest archive in order and report on it monthly.' }));
    }, DEPTH);
    const depth = await page.evaluate(() => {
      let n = 0;
      for (let el: Element | null = document.querySelector('#jobDescriptionText'); el?.firstElementChild != null; el = el.lastElementChild) n++;
      return n;
    });
    expect(depth).toBeGreaterThan(DEPTH);
    const report = await poll('the deep duty in the report', async () => {
      const state = await tabState(browser.worker, tab);
      const report = state?.kind === 'report' ? state.report : undefined;
      return report?.posting.title === SAMPLE_TITLE && JSON.stringify(report).includes('deepest archive') ? report : null;
    }, BOUND_MS);
    expect(report.score.overall).toBeGreaterThan(0);
    expect(await answerTime(page, browser.worker)).toBeLessThan(ANSWER_MS);
    await page.close();
  });

  it('ends with the last version of a page that rewrites its posting while it is read', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://www.indeed.com/rewriting?jk=0000000rewriting', { waitUntil: 'domcontentloaded' });
    const tab = await tabIdOf(browser.worker, page);
    // The page's own script may not run (CSP): the test rewrites it, as a script would, for 2 s.
    const until = Date.now() + 2000;
    for (let round = 0; Date.now() < until; round++) {
      await page.evaluate((n) => {
        const title = document.querySelector('[data-testid="jobsearch-JobInfoHeader-title"]');
        const duty = document.querySelector('#jobDescriptionText li');
        if (title !== null) title.firstChild!.textContent = `Rewritten Role ${n}`;
        if (duty !== null) duty.textContent = `Version ${n}: manage the paid social budget`;
      }, round);
    }
    await page.evaluate(() => {
      const title = document.querySelector('[data-testid="jobsearch-JobInfoHeader-title"]');
      if (title !== null) title.firstChild!.textContent = 'Community Manager';
    });
    const report = await waitForReport(browser.worker, tab, 'Community Manager');
    expect(report.score.overall).toBeGreaterThan(0);
    // No slower read of an earlier version lands on top of it afterwards.
    await page.waitForTimeout(2500);
    expect((await waitForReport(browser.worker, tab)).posting.title).toBe('Community Manager');
    const side = await browser.context.newPage();
    await side.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tab}`));
    expect(await side.getByTestId('posting-title').textContent()).toBe('Community Manager');
    await side.close();
    await page.close();
  });

  it('opened no dialog, threw no error and sent nothing from the extension through all of it', async () => {
    await hostile.waitForTimeout(500);
    expect(pages.dialogs).toEqual([]);
    expect(realPanel.dialogs).toEqual([]);
    expect(pages.errors).toEqual([]);
    const { extensionId } = browser;
    const leaving = recorder.seen.filter((r) => madeByExtension(r, extensionId) && leavesExtension(r, extensionId));
    expect(leaving.map((r) => `${r.by} ${r.from} → ${r.url}`)).toEqual([]);
    const scripted = recorder.seen.filter((r) => !madeByExtension(r, extensionId) && SCRIPTED_REQUEST_TYPES.has(r.resourceType));
    expect(scripted.map((r) => `${r.from} → ${r.url}`)).toEqual([]);
    // The recorder was listening: it heard the hostile page load, and the side panel load its files.
    expect(recorder.seen.some((r) => r.url.startsWith('http://www.indeed.com/huge'))).toBe(true);
    expect(recorder.seen.some((r) => r.by === 'real side panel')).toBe(true);
  });
});
