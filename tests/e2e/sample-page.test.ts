// ScopeFit's own sample posting as an Indeed /viewjob page (tests/e2e/pages/sample-viewjob.html,
// invented employer) in Chromium: the side panel and popup say what the engine says of it. The
// screenshots taken here are the README's (`npm run screenshots` copies them to docs/screenshots).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  describeBrowser, extensionPage, openJobTab, PROJECT_DIR, screenshot, waitForReport, type JobTab, type Launched, type Route,
} from './harness';

const JOB_URL = 'http://www.indeed.com/viewjob?jk=0000sample';
const ROUTES: Route[] = [{ host: 'www.indeed.com', path: '/viewjob', file: join(PROJECT_DIR, 'tests/e2e/pages/sample-viewjob.html') }];

/** Whether each first-screen part ends within the first 800 px of the panel. */
async function firstScreenBottoms(panel: Page): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const id of ['verdict', 'pay', 'top-reasons']) {
    const box = await panel.getByTestId(id).boundingBox();
    out[id] = box !== null && box.y + box.height <= 800;
  }
  return out;
}

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

  it('puts the verdict, the pay card and the top reasons within the first 800 px of a 400 px panel', async () => {
    await waitForReport(browser.worker, tabId, 'Social Media Coordinator');
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    await panel.getByTestId('verdict').waitFor();
    expect(await firstScreenBottoms(panel)).toEqual({ verdict: true, pay: true, 'top-reasons': true });
    expect(await panel.getByTestId('pay-gap').textContent()).toMatch(/^About \$\d+K below the typical range$/);
    expect(await panel.getByTestId('top-reasons').locator('li').count()).toBe(3);
    // No percentile jargon on the first screen (the (i) holds the full citation).
    expect(await panel.getByTestId('pay').evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/percentile|p50|p75|median at/i);
    await panel.getByTestId('pay-source').locator('summary').click();
    expect(await panel.getByTestId('pay-source').textContent()).toContain('BLS OEWS');
    await panel.close();
  });

  it('keeps the chart’s text one size and its axis labels apart at 320, 400 and 800 px', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(extensionPage(browser.extensionId, `sidepanel.html?tabId=${tabId}`));
    for (const width of [320, 400, 800]) {
      await panel.setViewportSize({ width, height: 900 });
      await panel.getByTestId('pay-chart').waitFor();
      await panel.waitForTimeout(100);
      const chart = await panel.getByTestId('pay-chart').evaluate((svg) => {
        const labels = Array.from(svg.querySelectorAll('.axis text')).map((t) => (t as SVGTextElement).getBoundingClientRect());
        const box = svg.getBoundingClientRect();
        return {
          sizes: Array.from(new Set(Array.from(svg.querySelectorAll('text')).map((t) => getComputedStyle(t).fontSize))),
          labels: labels.map((r) => ({ left: r.left, right: r.right })),
          box: { left: box.left, right: box.right },
        };
      });
      expect(chart.sizes.every((s) => s === '11px' || s === '12px'), `${width}px: ${chart.sizes.join(', ')}`).toBe(true);
      expect(chart.labels.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < chart.labels.length; i++) expect(chart.labels[i - 1]!.right, `${width}px: labels ${i - 1} and ${i} overlap`).toBeLessThanOrEqual(chart.labels[i]!.left);
      for (const l of chart.labels) {
        expect(l.left).toBeGreaterThanOrEqual(chart.box.left - 0.5);
        expect(l.right).toBeLessThanOrEqual(chart.box.right + 0.5);
      }
    }
    await panel.close();
  });

  it('gives the verdict, the score, a pay line and the top reason in the popup, with one primary action', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 520 });
    await popup.goto(extensionPage(browser.extensionId, `popup.html?tabId=${tabId}`));
    await popup.getByTestId('verdict').waitFor();
    expect(await popup.getByTestId('verdict').getAttribute('data-verdict')).toBe('underpaid');
    expect(await popup.getByTestId('pay-line').textContent()).toMatch(/^Pay: \$42,000–\$46,000 a year · About \$\d+K below the typical range$/);
    expect(await popup.getByTestId('top-reason').count()).toBe(1);
    expect(await popup.locator('button.primary').count()).toBe(1);
    expect(await popup.locator('button.primary').textContent()).toBe('Open side panel');
    await screenshot(popup, 'sample-popup.png');
    await popup.close();
  });
});
