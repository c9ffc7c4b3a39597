// The audit page (audit.html) in Chromium with the built extension: a real posting from the corpus
// pasted in (glassdoor2020-060, Denver, CO, no pay), its score, a fix and the Colorado
// pay-transparency result on screen; downloads and copy; the way in from the side panel; loading
// the posting of the tab the user came from; and axe on the page, light and dark.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditDraft } from '../../components/audit';
import { corpusText, loadCorpus } from '../../scripts/corpus';
import {
  axeViolations, CORPUS, describeBrowser, extensionPage, screenshot, tabIdOf, waitForReport, type Launched, type Route, startBrowser, type Running,
} from './harness';

const POSTING_ID = 'glassdoor2020-060';
const JOB_URL = 'http://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
const ROUTES: Route[] = [{ host: 'au.indeed.com', path: '/viewjob', file: CORPUS('indeed-au__senior-devops-engineer.html') }];

describeBrowser('the audit page in Chromium', () => {
  let running: Running;
  let browser: Launched;
  const posting = loadCorpus().find((p) => p.id === POSTING_ID);
  if (posting === undefined) throw new Error(`${POSTING_ID} is not in the corpus`);
  const text = corpusText(posting);

  beforeAll(async () => {
    running = await startBrowser(ROUTES);
    ({ browser } = running);
  });

  afterAll(async () => {
    await running?.close();
  });

  async function openAudit(query = ''): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(extensionPage(browser.extensionId, `audit.html${query}`));
    await page.getByRole('heading', { level: 1, name: 'Audit a job posting' }).waitFor();
    return page;
  }

  async function paste(page: Page): Promise<void> {
    await page.getByLabel('Posting text, pasted or typed').fill(text);
    await page.getByTestId('score').waitFor();
  }

  it('shows the score, a fix and the pay-transparency result of a pasted posting', async () => {
    const page = await openAudit();
    expect(await page.getByTestId('audit-empty').textContent()).toContain('Paste a job posting');
    await screenshot(page, 'audit-empty.png');
    await paste(page);
    // The same engine in Node, for the figures the page should show.
    const expected = auditDraft(text, { location: '', today: new Date() });
    if (expected.kind !== 'report') throw new Error('the corpus posting should make a report');
    const { report } = expected;

    expect(await page.getByTestId('posting-title').textContent()).toBe('Social Media Specialist');
    // No pay stated: no verdict, so the page shows "?" rather than a number that reads as a judgement.
    expect(report.score.verdict).toBe('unclear');
    expect(await page.getByTestId('score').textContent()).toBe('?');

    const addPay = page.locator('[data-fix="add-pay-range"]');
    const fix = report.fixes.find((f) => f.id === 'add-pay-range');
    expect(fix).toBeDefined();
    expect(await addPay.locator('.fix-message').textContent()).toBe(fix?.message);
    expect(await addPay.getByTestId('fix-score').textContent()).toBe(`Score after: ${fix?.scoreAfter} (+${(fix?.scoreAfter ?? 0) - report.score.overall})`);
    expect(await addPay.locator('[data-flag="pay-transparency"]').textContent()).toContain('“Denver, CO”');

    const colorado = page.locator('[data-law="us-co"]');
    expect(await colorado.getByTestId('transparency-outcome').textContent()).toBe('Falls short');
    expect(await colorado.textContent()).toContain('In force since 1 January 2021');
    expect(await colorado.locator('a').getAttribute('rel')).toBe('noreferrer');
    expect(await page.getByTestId('transparency-disclaimer').textContent()).toMatch(/^Not legal advice\./);

    await screenshot(page, 'audit.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'audit-dark.png');
    await page.close();
  });

  it('downloads the Markdown and the JSON from Blob URLs, and copies the Markdown', async () => {
    const page = await openAudit();
    await paste(page);
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toBe('scopefit-audit-social-media-specialist.md');
    expect(markdown.url()).toMatch(/^blob:chrome-extension:\/\//);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toMatch(/^# ScopeFit audit: Social Media Specialist\n/);
    expect(md).toContain('- **Colorado: Falls short.**');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    const report = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { fixes: Array<{ id: string }>; transparency: { checks: Array<{ lawId: string; outcome: string }> } };
    expect(report.fixes.map((f) => f.id)).toContain('add-pay-range');
    expect(report.transparency.checks).toContainEqual(expect.objectContaining({ lawId: 'us-co', outcome: 'falls-short' }));

    // Reading the clipboard back needs a permission that cannot be granted to an extension's origin:
    // the text handed to the real writeText is recorded on its way instead.
    await page.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = async (data: string) => {
        (window as unknown as { copiedText: string }).copiedText = data;
        return write(data);
      };
    });
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => page.getByTestId('audit-copy-status').textContent()).toBe('Copied the report as Markdown.');
    expect(await page.evaluate(() => (window as unknown as { copiedText: string }).copiedText)).toBe(md);
    await page.close();
  });

  it('is reached from the side panel’s "Audit a posting" link', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(extensionPage(browser.extensionId, 'sidepanel.html?tabId=1'));
    const link = panel.getByRole('link', { name: 'Audit a posting' });
    const href = await link.getAttribute('href');
    // The link carries the tab, so the audit page opens with that tab's posting.
    expect(href).toBe(extensionPage(browser.extensionId, 'audit.html?tabId=1'));
    await panel.goto(href!);
    await panel.getByRole('heading', { level: 1, name: 'Audit a job posting' }).waitFor();
    await panel.close();
  });

  it('loads the posting ScopeFit read in the tab the user came from', async () => {
    const job = await browser.context.newPage();
    await job.goto(JOB_URL);
    const tabId = await tabIdOf(browser.worker, job);
    await waitForReport(browser.worker, tabId);

    const page = await openAudit();
    await page.getByRole('button', { name: 'Load the current tab’s posting' }).click();
    await page.getByTestId('score').waitFor();
    expect(await page.getByTestId('posting-title').textContent()).toBe('Senior DevOps Engineer');
    expect(await page.getByLabel('Posting text, pasted or typed').inputValue()).toMatch(/^Senior DevOps Engineer\n/);
    await page.close();

    // Opened for a tab (audit.html?tabId=N), the page loads that tab's posting by itself.
    const forTab = await openAudit(`?tabId=${tabId}`);
    await forTab.getByTestId('score').waitFor();
    expect(await forTab.getByTestId('posting-title').textContent()).toBe('Senior DevOps Engineer');
    await forTab.close();
    await job.close();
  });

  it('has no axe violations, empty or with a report, light or dark', async () => {
    const found: string[] = [];
    const page = await openAudit();
    for (const state of ['empty', 'report'] as const) {
      if (state === 'report') await paste(page);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const v of await axeViolations(page)) found.push(`${state} (${scheme}): ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(' | ')}`);
      }
    }
    await page.close();
    expect(found).toEqual([]);
  });
});
