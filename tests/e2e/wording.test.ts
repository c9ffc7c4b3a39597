// The wording check on the audit page in Chromium with the built extension: a real posting from the
// corpus pasted in (crocoder-004, which hopes for "a superstar candidate"), the cliché flagged with
// its suggestion, and "Apply" putting the suggestion in the draft, after which the flag is gone.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { corpusText, loadCorpus } from '../../scripts/corpus';
import {
  describeBrowser, extensionPage, screenshot, type Launched, startBrowser, type Running,
} from './harness';

const POSTING_ID = 'crocoder-004';
const ITEM = '[data-wording="cliche:superstar:superstar candidate"]';

describeBrowser('the wording check on the audit page in Chromium', () => {
  let running: Running;
  let browser: Launched;
  const posting = loadCorpus().find((p) => p.id === POSTING_ID);
  if (posting === undefined) throw new Error(`${POSTING_ID} is not in the corpus`);
  const text = corpusText(posting);

  beforeAll(async () => {
    running = await startBrowser([]);
    ({ browser } = running);
  });

  afterAll(async () => {
    await running?.close();
  });

  it('flags a cliché in a pasted draft; applying its suggestion changes the draft and the flag goes', async () => {
    expect(text).toContain('A superstar candidate');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(extensionPage(browser.extensionId, 'audit.html'));
    await page.getByRole('heading', { level: 1, name: 'Audit a job posting' }).waitFor();
    const box = page.getByLabel('Posting text, pasted or typed');
    await box.fill(text);

    const item = page.getByTestId('wording-audit').locator(ITEM);
    await item.waitFor();
    expect(await item.getByTestId('wording-suggestion').textContent()).toBe('skilled candidate');
    await screenshot(page, 'audit-wording.png');

    await item.getByRole('button', { name: 'Apply: replace “superstar candidate” with “skilled candidate”' }).click();
    await item.waitFor({ state: 'detached' });
    const draft = await box.inputValue();
    expect(draft).toContain('A skilled candidate will have experience');
    expect(draft).not.toMatch(/superstar candidate/i);
    // The rest of the draft is as pasted.
    expect(draft.length).toBe(text.length + 'skilled'.length - 'superstar'.length);
    await page.close();
  });
});
