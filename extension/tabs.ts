// What the extension's pages ask of a tab: which tab they are about, "analyse anyway", "show me
// where it says that", and opening the side panel. Browser differences (Chrome's sidePanel,
// Firefox's sidebarAction) stay in here.

import { browser } from 'wxt/browser';
import { HIGHLIGHTER_KEY, type Highlighter, type TabMessage } from './messages';

/** The content script's file in the built extension (WXT's output path for job.content.ts). */
const CONTENT_SCRIPT = '/content-scripts/job.js';
/** The main-text reader with Mozilla Readability, loaded only for "Analyse anyway" (extension/readability-on-demand.ts). */
const READABILITY = '/readability.js';
/** The finder of quoted words, loaded on the first click on a quote (entrypoints/highlight.ts). */
const HIGHLIGHTER = '/highlight.js';

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function sendToTab<T>(tabId: number, message: TabMessage): Promise<T> {
  return (await browser.tabs.sendMessage(tabId, message)) as T;
}

/**
 * Reads the tab's page even if it is not a job site or does not look like a posting: puts the
 * content script in (allowed by activeTab after a click on the toolbar button) and asks for a
 * forced read. Returns a sentence when it cannot.
 */
export async function analyseAnyway(tabId: number): Promise<string | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READABILITY, CONTENT_SCRIPT] });
    await sendToTab<unknown>(tabId, { type: 'scopefit:read-now', force: true });
    return null;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/cannot access|cannot be scripted|missing host permission|permission/i.test(detail)) {
      return 'ScopeFit may not read this page yet. Click the ScopeFit button in the toolbar while this page is open, then try again. (Browser pages and extension stores cannot be read.)';
    }
    return `ScopeFit could not read this page: ${detail}`;
  }
}

/** Scrolls the page to the words and marks them; false when they are not on the page (or it cannot be reached). */
export async function highlightInTab(tabId: number, text: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHTER] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the page's extension world, where highlight.js has just left its function.
      func: (key: string, words: string) => {
        const highlight = (globalThis as Record<string, unknown>)[key] as Highlighter | undefined;
        return highlight?.(words) ?? false;
      },
      args: [HIGHLIGHTER_KEY, text],
    });
    return result?.result === true;
  } catch {
    return false;
  }
}

interface FirefoxSidebar {
  readonly sidebarAction?: { open: () => Promise<void> };
}

/** Must be called straight from a click (the browsers require a user gesture). */
export function openSidePanel(tabId: number): Promise<void> {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (browser.sidePanel?.open !== undefined) return browser.sidePanel.open({ tabId });
  if (sidebar !== undefined) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

export function extensionUrl(path: `/${string}`): string {
  return browser.runtime.getURL(path as '/');
}
