// For the audit page: the posting ScopeFit already read in another tab (the background keeps each
// tab's report in storage.session), so a live posting can be audited without pasting it.

import { browser } from 'wxt/browser';
import type { TabPostingRead } from '../components/audit';
import { getTabState } from './stores';

/**
 * The tab this window showed before the audit page: the most recently used other tab. Its id and
 * `lastAccessed` need no permission (only its address and title would).
 */
async function previousTabId(): Promise<number | null> {
  const own = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query({ currentWindow: true });
  const others = tabs.filter((t) => t.id !== undefined && t.id !== own?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

/** The posting of tab `fixed` (audit.html?tabId=N), else of the tab the user came from. */
export async function postingOfTab(fixed: number | null): Promise<TabPostingRead> {
  const tabId = fixed ?? (await previousTabId());
  if (tabId === null) return { kind: 'none', reason: 'There is no other tab in this window to load a posting from.' };
  const state = await getTabState(tabId);
  switch (state?.kind) {
    case 'report':
      return { kind: 'posting', input: state.input };
    case 'reading':
      return { kind: 'none', reason: 'ScopeFit is still reading the posting in that tab. Try again in a moment.' };
    case 'not-a-posting':
      return { kind: 'none', reason: `The tab you came from shows no job posting: ${state.reason}` };
    case 'error':
      return { kind: 'none', reason: `ScopeFit could not read the tab you came from: ${state.message}` };
    case undefined:
      return {
        kind: 'none',
        reason: 'ScopeFit has not read a posting in the tab you came from. Open the posting in that tab (on other sites, use “Analyse anyway” in the side panel), then try again; or paste its text here.',
      };
  }
}
