// An Indeed /viewjob page (au.indeed.com, saved from the real site) in Chromium with the built
// extension: the side panel shows a verdict, the badge shows the score, clicking evidence marks
// the words on the page, the popup gives the reasons, and axe finds nothing on any page.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  axeViolations, badgeText, CORPUS, describeBrowser, extensionPage, openJobTab, poll, PROJECT_DIR,
  screenshot, tabIdOf, waitForReport, type JobTab, type Launched, type Route,
} from './harness';

const JOB_URL = 'http://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
const ROUTES: Route[] = [
  { host: 'au.indeed.com', path: '/viewjob', file: CORPUS('indeed-au__senior-devops-engineer.html') },
  // A page on a job site that is not a posting: read only when the user asks.
  { host: 'www.indeed.com', path: '/career-advice/thank-you-note', file: join(PROJECT_DIR, 'tests/e2e/pages/indeed-career-guide-article.html') },
];
const PANEL_SIZE = { width: 400, height: 900 };
const shownScore = (report: { score: { verdict: string; overall: number } }): string => (report.score.verdict === 'unclear' ? '?' : String(report.score.overall));

describeBrowser('an Indeed job page in Chromium', () => {
  let open: JobTab;
  let browser: Launched;
  let job: Page;
  let tabId: number;

  beforeAll(async () => {
    open = await openJobTab(ROUTES, JOB_URL);
    ({ browser, job, tabId } = open);
  });

  afterAll(async () => {
    await open?.close();
  });

  async function openPanel(): Promise<Page> {
    const panel = await browser.context.newPage();
    await panel.setViewportSize(PANEL_SIZE);
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    return panel;
  }

  it('reads the posting and shows its verdict and score in the side panel', async () => {
    const report = await waitForReport(browser.worker, tabId);
    expect(report.posting.title).toBe('Senior DevOps Engineer');
    const panel = await openPanel();
    await panel.getByTestId('verdict').waitFor();
    expect(await panel.getByTestId('posting-title').textContent()).toBe('Senior DevOps Engineer');
    // An unclear verdict (no wage data for Australia) shows "?", never a number.
    expect(await panel.getByTestId('score').textContent()).toBe(shownScore(report));
    expect((await panel.getByTestId('verdict').textContent())?.trim()).not.toBe('');
    await screenshot(panel, 'sidepanel.png');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await screenshot(panel, 'sidepanel-dark.png');
    await panel.close();
  });

  it('puts the verdict, the pay card and the top reasons within the first 800 px of a 400 px panel', async () => {
    await waitForReport(browser.worker, tabId);
    const panel = await openPanel();
    await panel.getByTestId('verdict').waitFor();
    for (const id of ['verdict', 'pay', 'top-reasons']) {
      const box = await panel.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(800);
    }
    // Everything else is folded under its heading.
    expect(await panel.locator('details.fold[open]').count()).toBe(0);
    expect(await panel.locator('details.fold').count()).toBeGreaterThanOrEqual(3);
    await panel.close();
  });

  it('shows the score on the toolbar badge for that tab', async () => {
    const report = await waitForReport(browser.worker, tabId);
    expect(await badgeText(browser.worker, tabId)).toBe(shownScore(report));
  });

  it('marks the quoted words on the page when their evidence is clicked', async () => {
    const panel = await openPanel();
    await panel.getByTestId('fold-scope').locator(':scope > summary').click();
    // Not social-media work: its duties sit under "Other lines from the posting", folded too.
    await panel.locator('[data-testid="scope"] details:not(.quote-full) > summary').first().click();
    const evidence = panel.locator('[data-testid="scope"] button.evidence:visible').first();
    await evidence.waitFor();
    const quoted = (await evidence.textContent())?.replace(/^“|”$/g, '') ?? '';
    expect(await job.evaluate(() => CSS.highlights.has('scopefit-evidence'))).toBe(false);
    await evidence.click();
    const marked = await poll('the highlight on the page', () =>
      job.evaluate(() => {
        const highlight = CSS.highlights.get('scopefit-evidence');
        const range = highlight === undefined ? undefined : (Array.from(highlight)[0] as Range | undefined);
        return range?.toString() ?? null;
      }),
    );
    const squash = (s: string): string => s.replace(/[\s•]+/g, '').toLowerCase();
    expect(squash(quoted).startsWith(squash(marked).slice(0, 30))).toBe(true);
    expect(await panel.getByTestId('notice').textContent()).toBe('');
    await panel.close();
  });

  it('gives the verdict and the strongest reasons in the popup, and opens the side panel from it', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(extensionPage(browser.extensionId, `popup.html?tabId=${tabId}`));
    await popup.getByTestId('verdict').waitFor();
    const report = await waitForReport(browser.worker, tabId);
    expect(await popup.getByTestId('score').textContent()).toBe(shownScore(report));
    await screenshot(popup, 'popup.png');
    await popup.getByTestId('open-panel').click();
    // sidePanel.open() from a click succeeds: no error notice appears.
    await popup.waitForTimeout(300);
    expect(await popup.locator('.notice').count()).toBe(0);
    await popup.close();
  });

  it('says why a page is not a posting, and reads it anyway when asked', async () => {
    const careers = await browser.context.newPage();
    await careers.goto('http://www.indeed.com/career-advice/thank-you-note');
    const careersTab = await tabIdOf(browser.worker, careers);
    const panel = await browser.context.newPage();
    await panel.setViewportSize(PANEL_SIZE);
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${careersTab}`));
    await panel.getByTestId('not-a-posting').waitFor();
    await panel.getByTestId('analyse-anyway').click();
    await panel.getByTestId('verdict').waitFor();
    expect(await panel.getByTestId('posting-title').textContent()).toContain('How to Write a Thank-You Note');
    await panel.close();
    await careers.close();
  });

  it('has no axe violations on the side panel, popup, history and settings pages, light or dark', async () => {
    const pages: Array<[string, string]> = [
      ['side panel', `sidepanel.html?tabId=${tabId}`],
      ['popup', `popup.html?tabId=${tabId}`],
      ['history', 'postings.html'],
      ['settings', 'options.html'],
    ];
    const found: string[] = [];
    for (const [name, path] of pages) {
      const page = await browser.context.newPage();
      await page.setViewportSize(name === 'side panel' ? PANEL_SIZE : { width: 1000, height: 800 });
      await page.goto(extensionPage(browser.extensionId, path));
      await page.locator('main h1').first().waitFor();
      if (name === 'history') {
        await page.getByTestId('history-row').first().waitFor();
        await screenshot(page, 'history.png');
      }
      if (name === 'settings') await screenshot(page, 'settings.png');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const v of await axeViolations(page)) found.push(`${name} (${scheme}): ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(' | ')}`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });
});
