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

/** A message as the browser hands it to the background, from `sender`. */
async function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<void> {
  // The listeners' answers (true for a question answered later, else nothing) are not wanted here.
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  void answers;
}

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
    await send(pageMessage(), tab(7));
    await settled(stateIs(7, 'report'));
    const state = await getTabState(7);
    expect(state?.kind === 'report' && state.report.posting.title).toBe('Social Media Coordinator');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toMatch(/^\d+$/);
    await settled(async () => (await getHistory()).entries.length === 1);
    expect((await getHistory()).entries[0]?.url).toBe(URL_A);
  });

  it('ignores a page message from a frame inside the page', async () => {
    await send(pageMessage(), { ...tab(7), frameId: 3 });
    await new Promise((r) => setTimeout(r, 50));
    expect(await getTabState(7)).toBeNull();
  });

  it('forgets a closed tab', async () => {
    await send(pageMessage(), tab(7));
    await settled(stateIs(7, 'report'));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await settled(async () => (await getTabState(7)) === null);
  });

  it('keeps no history of a posting seen in a private window', async () => {
    await send(pageMessage(), tab(7, { incognito: true }));
    await settled(stateIs(7, 'report'));
    await new Promise((r) => setTimeout(r, 50));
    expect((await getHistory()).entries).toEqual([]);
  });

  it('stores the posting text once per tab, and gives it back whole', async () => {
    await send(pageMessage(), tab(7));
    await settled(stateIs(7, 'report'));
    const raw = JSON.stringify(await fakeBrowser.storage.session.get(null));
    // A line that only the description holds (no duty, flag or signal quotes it).
    const aboutUs = 'a small outdoor-gear retailer';
    expect(raw.split(aboutUs).length - 1).toBe(1);
    const state = await getTabState(7);
    expect(state?.kind === 'report' && state.input.description).toContain(aboutUs);
  });

  it('ignores messages whose fields are not what its content script sends', async () => {
    const good = posting();
    const bad = [
      { type: 'scopefit:page', url: URL_A, read: { kind: 'posting', posting: { ...good, title: 7 } } },
      { type: 'scopefit:page', url: URL_A, read: { kind: 'posting', posting: { ...good, title: 'A'.repeat(3_500_000) } } },
      { type: 'scopefit:page', url: URL_A, read: { kind: 'posting', posting: { ...good, method: 'eval' } } },
      { type: 'scopefit:page', url: 42, read: { kind: 'posting', posting: good } },
      { type: 'scopefit:page', url: URL_A, read: { kind: 'not-a-posting', reason: { toString: 'x' } } },
    ];
    for (const message of bad) await send(message, tab(7));
    await new Promise((r) => setTimeout(r, 50));
    expect(await getTabState(7)).toBeNull();
  });

  it('believes "a view shows this tab" only from its own pages, not from a content script', async () => {
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (...args: unknown[]) => void sent.push(args)) as typeof fakeBrowser.tabs.sendMessage;
    const showing = { type: 'scopefit:showing', tabId: 9 };
    await send(showing, { ...tab(7), url: URL_A });
    expect(sent).toEqual([]);
    await send(showing, { url: fakeBrowser.runtime.getURL('/sidepanel.html') });
    expect(sent).toEqual([[9, { type: 'scopefit:shown' }]]);
  });

  it('writes nothing when a tab it does not follow navigates', async () => {
    const writes: string[] = [];
    fakeBrowser.storage.session.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));
    for (let i = 0; i < 20; i++) {
      await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5 } as Browser.tabs.Tab);
      await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, { id: 5 } as Browser.tabs.Tab);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(writes).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    // A tab it follows is marked "reading" when it navigates.
    await send(pageMessage(), tab(7));
    await settled(stateIs(7, 'report'));
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as Browser.tabs.Tab);
    await settled(stateIs(7, 'reading'));
    // So is a new tab opening a job site, whose address the browser tells (host permission).
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'loading' }, { id: 8, url: URL_A } as Browser.tabs.Tab);
    await settled(stateIs(8, 'reading'));
  });

  it('says so when storage is full instead of staying on "reading"', async () => {
    const session = fakeBrowser.storage.session;
    const setFull = session.set.bind(session);
    session.set = (async (items: Record<string, unknown>) => {
      if (JSON.stringify(items).includes('"kind":"report"')) throw new Error('QUOTA_BYTES quota exceeded');
      return setFull(items);
    }) as typeof session.set;
    await send(pageMessage(), tab(7));
    await settled(stateIs(7, 'error'));
    const state = await getTabState(7);
    expect(state?.kind === 'error' && state.message).toMatch(/storage .* is full/);
  });
});
