// The background's logic on WXT's fake browser: what a content script's message does to the tab's
// state, the badge and the history. The posting is public/sample-posting.txt, the extension's sample.

import { fakeBrowser } from './fake-browser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { postingFromText } from '../../analyzers/posting';
import { startBackground, type StopBackground } from '../../extension/background';
import type { PageMessage, TabState } from '../../extension/messages';
import { getHistory, getTabState } from '../../extension/stores';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../public/sample-posting.txt'), 'utf8');
const URL_A = 'https://www.indeed.com/viewjob?jk=0123456789abcdef';
const posting = (url = URL_A, text = SAMPLE) => postingFromText(text, { url, site: 'indeed' });
const pageMessage = (url = URL_A, text = SAMPLE): PageMessage => ({ type: 'scopefit:page', url, read: { kind: 'posting', posting: posting(url, text) } });
/** A sender as the browser describes a content script of a top frame in tab `id`. */
const tab = (id: number, extra: Partial<Browser.tabs.Tab> = {}): Browser.runtime.MessageSender => ({
  tab: { id, index: 0, windowId: 1, active: true, highlighted: true, pinned: false, status: 'complete', incognito: false, ...extra } as Browser.tabs.Tab,
  frameId: 0,
});

let stop: StopBackground;
beforeEach(() => {
  fakeBrowser.reset();
  stop = startBackground();
});
afterEach(() => stop());

/** Lets the background's promises (storage, analysis) settle. */
async function settled(until: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await until()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the background never got there');
}
const stateIs = (tabId: number, kind: TabState['kind']) => async () => (await getTabState(tabId))?.kind === kind;

describe('the background', () => {
  it('makes a report of a posting a content script sends, shows its score on the badge, and records it', async () => {
    await fakeBrowser.runtime.onMessage.trigger(pageMessage(), tab(7));
    await settled(stateIs(7, 'report'));
    const state = await getTabState(7);
    expect(state?.kind === 'report' && state.report.posting.title).toBe('Social Media Coordinator');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toMatch(/^\d+$/);
    await settled(async () => (await getHistory()).entries.length === 1);
    expect((await getHistory()).entries[0]?.url).toBe(URL_A);
  });

  it('ignores a page message from a frame inside the page', async () => {
    await fakeBrowser.runtime.onMessage.trigger(pageMessage(), { ...tab(7), frameId: 3 });
    await new Promise((r) => setTimeout(r, 50));
    expect(await getTabState(7)).toBeNull();
  });

  it('forgets a closed tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger(pageMessage(), tab(7));
    await settled(stateIs(7, 'report'));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settled(async () => (await getTabState(7)) === null);
  });
});
