// Preact hooks that keep a page's view in step with storage: the tab a page is about, that tab's
// state, the settings. Each subscribes on mount and unsubscribes on unmount.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState, ViewMessage } from './messages';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { getSettings, getTabState, watchSettings, watchTabState } from './stores';
import { activeTabId } from './tabs';
import { JOB_LOAD_LIMIT_MS, namesAJob, type JobWait } from './job-sites';

/** `fixed` (from `?tabId=N`), else the active tab of this window, following tab switches. */
export function useTabId(fixed: number | null): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(fixed ?? undefined);
  useEffect(() => {
    if (fixed !== null) return undefined;
    let alive = true;
    const refresh = (): void => {
      void activeTabId().then((id) => alive && setTabId(id));
    };
    refresh();
    const onActivated = (): void => refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.windows?.onFocusChanged?.addListener(onActivated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.windows?.onFocusChanged?.removeListener(onActivated);
    };
  }, [fixed]);
  return tabId;
}

/** `undefined` while loading from storage, null when the tab has no state. */
export function useTabState(tabId: number | null | undefined): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    setState(undefined);
    if (tabId === null || tabId === undefined) return undefined;
    let alive = true;
    // Tells the background this tab is on show, so that a page still loading is analysed now.
    const showing: ViewMessage = { type: 'scopefit:showing', tabId };
    void browser.runtime.sendMessage(showing).catch(() => undefined);
    void getTabState(tabId).then((s) => alive && setState(s));
    const unwatch = watchTabState(tabId, (s) => alive && setState(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, [tabId]);
  return state;
}

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    void getSettings().then((s) => alive && setSettings(s));
    const unwatch = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** Whether the tab is still loading its page (the browser tells this without any permission). */
export function useTabLoading(tabId: number | null | undefined, state: TabState | null | undefined): boolean {
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (tabId === null || tabId === undefined || state !== null) return undefined;
    let alive = true;
    const look = (): void => {
      void browser.tabs.get(tabId).then(
        (tab) => alive && setLoading(tab.status === 'loading'),
        () => alive && setLoading(false),
      );
    };
    look();
    const onUpdated = (id: number): void => {
      if (id === tabId) look();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, state]);
  return loading;
}


/**
 * While the page at a job's address says "no posting" (its pane not filled yet): 'waiting' for up to
 * `limitMs` after the panel first saw that, then 'timed-out'. Null for any other state.
 */
export function useJobWait(state: TabState | null | undefined, limitMs: number = JOB_LOAD_LIMIT_MS): JobWait {
  const url = state?.kind === 'not-a-posting' && namesAJob(state.url) ? state.url : null;
  const [timedOut, setTimedOut] = useState<string | null>(null);
  useEffect(() => {
    if (url === null) return undefined;
    const timer = setTimeout(() => setTimedOut(url), limitMs);
    return () => clearTimeout(timer);
  }, [url, limitMs]);
  if (url === null) return null;
  return timedOut === url ? 'timed-out' : 'waiting';
}
