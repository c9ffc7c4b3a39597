// The background worker's logic: turns what the content script read into a report (once per
// posting), keeps it per tab for the side panel and popup, shows the score on the toolbar badge, and
// adds the posting to the history. entrypoints/background.ts only starts it; tests start it on WXT's
// fake browser (tests/extension/background.test.ts).

import { browser } from 'wxt/browser';
import { MAX_POSTING_CHARS } from '../analyzers/posting';
import { analyze } from '../analyzers/report';
import type { PostingInput, Report } from '../analyzers/types';
import { badgeFor } from './badge';
import { addEntry, entryFromReport } from './history';
import { isPageMessage, isViewMessage, isWatchedQuestion, keptUrl, pageKeyOf, type PageMessage, type TabMessage, type TabState } from './messages';
import { analyzeOptions, DEFAULT_SETTINGS, type Settings } from './settings';
import { viewShowsTab } from './view-contexts';
import { choiceKeyOf, type OccupationChoices } from './occupation-choices';
import { RateLimit } from './rate-limit';
import { allTabStates, getHistory, getOccupationChoices, getSettings, getTabState, setHistory, setHistoryProblem, setTabState, watchOccupationChoices, watchSettings } from './stores';

/** Where a message from a content script came from. */
interface SenderTab {
  readonly incognito?: boolean;
  readonly status?: string;
  readonly windowId?: number;
  readonly active?: boolean;
}

/** What the background is told about where a message came from. */
interface Sender {
  readonly tab?: SenderTab & { readonly id?: number };
  readonly frameId?: number;
  /** The sending document's address: an extension page's own, or the page a content script runs in. */
  readonly url?: string;
}

/** What the history page says when a posting could not be added. */
const HISTORY_FULL = 'A posting could not be added to your history: the browser’s storage for ScopeFit is full. Export the history and delete some entries.';
/** What the side panel says when a tab's report could not be kept. */
const TAB_STORAGE_FULL = 'ScopeFit made a report of this posting but could not keep it: the browser’s storage for the reports of open tabs is full. Close some tabs that show job postings, then reload this page.';

/** A message from one of the extension's own pages (side panel, popup, audit page), not a content script. */
function fromExtensionPage(sender: Sender): boolean {
  return sender.url !== undefined && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Stops what startBackground() started (tests start a fresh one on a reset fake browser). */
export type StopBackground = () => void;

/**
 * Listens to the content scripts, the extension's views, tab navigation and settings; all state
 * lives in this call, so each start (a worker start, a test) begins empty.
 */
export function startBackground(): StopBackground {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  /** Per tab, the latest message's number: a slower, older read never overwrites a newer one. */
  const latest = new Map<number, number>();
  let counter = 0;
  /** The last report per tab, to answer the same posting said again without analysing it twice. */
  const reports = new Map<number, Extract<TabState, { kind: 'report' }>>();

  const sameInput = (a: PostingInput, b: PostingInput): boolean =>
    a.url === b.url && a.title === b.title && a.company === b.company && a.payText === b.payText && a.description === b.description;
  /** The settings, read once per worker start and then kept up to date by watchSettings. */
  let knownSettings: Promise<Settings> | null = null;
  const currentSettings = (): Promise<Settings> =>
    (knownSettings ??= getSettings().catch(() => {
      knownSettings = null;
      return DEFAULT_SETTINGS;
    }));
  /** The occupations the user picked per posting, read once and then kept up to date the same way. */
  let knownChoices: Promise<OccupationChoices> | null = null;
  const currentChoices = (): Promise<OccupationChoices> =>
    (knownChoices ??= getOccupationChoices().catch(() => {
      knownChoices = null;
      return {};
    }));
  /**
   * A page still loading that no panel or popup shows waits this long at most for its load event
   * before it is analysed: analysing it at once would compete with the page for the processor (on
   * two cores, Indeed's search page took 6–9 % longer to load), and only the badge is waiting.
   */
  const LOAD_WAIT_MAX_MS = 2_000;
  /** Per tab, what ends the wait of an analysis waiting for its page to load. */
  const waitingForLoad = new Map<number, () => void>();


  async function someViewShows(tabId: number, tab: SenderTab | undefined): Promise<boolean> {
    const runtime = browser.runtime as typeof browser.runtime & { getContexts?: (filter: object) => Promise<Parameters<typeof viewShowsTab>[0]> };
    // Without getContexts (older browsers) nobody can tell: analyse at once, as if watched.
    if (runtime.getContexts === undefined) return true;
    try {
      const shown = { id: tabId, windowId: tab?.windowId ?? null, active: tab?.active ?? true };
      return viewShowsTab(await runtime.getContexts({ contextTypes: ['SIDE_PANEL', 'POPUP', 'TAB'] }), shown);
    } catch {
      return true;
    }
  }

  /** Resolves when the tab's page may be analysed: now, or once it has loaded (or a view asks for it). */
  async function untilWanted(tabId: number, tab: SenderTab | undefined): Promise<void> {
    if (tab?.status !== 'loading' || (await someViewShows(tabId, tab))) return;
    await new Promise<void>((resolve) => {
      const release = (): void => {
        clearTimeout(timer);
        if (waitingForLoad.get(tabId) === release) waitingForLoad.delete(tabId);
        resolve();
      };
      const timer = setTimeout(release, LOAD_WAIT_MAX_MS);
      waitingForLoad.get(tabId)?.();
      waitingForLoad.set(tabId, release);
    });
  }

  /** History writes one at a time, so two tabs finishing together do not lose an entry. */
  let historyQueue: Promise<void> = Promise.resolve();

  async function setBadge(tabId: number, state: TabState | null): Promise<void> {
    const { text, colour, textColour } = badgeFor(state);
    await action.setBadgeText({ tabId, text }).catch(() => undefined);
    if (colour !== null) await action.setBadgeBackgroundColor({ tabId, color: colour }).catch(() => undefined);
    // Chrome 110+ and Firefox; older browsers keep their own (white) text, still readable on the dark badge.
    const setTextColour = (action as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> }).setBadgeTextColor;
    if (textColour !== null && setTextColour !== undefined) {
      try {
        await setTextColour.call(action, { tabId, color: textColour });
      } catch {
        // The tab closed meanwhile, or the browser refused the colour: the badge still shows the score.
      }
    }
  }

  /**
   * Tabs whose state and badge ScopeFit keeps: those a content script has spoken for, or on a job
   * site (whose address the browser tells). A navigation in any other tab writes nothing (a page changing its address 20 times a second on a site
   * ScopeFit does not read made 398 writes in 20 s before).
   */
  const followed = new Set<number>();
  /** Per tab, how many more postings it may add to the history (see rate-limit.ts). */
  const historyLimit = new RateLimit<number>();

  async function show(tabId: number, state: TabState | null): Promise<void> {
    try {
      await setTabState(tabId, state);
    } catch (error) {
      // Most likely the storage is full: say so instead of staying on "Reading this job…" for good.
      const full: TabState = { kind: 'error', page: state?.kind === 'report' || state?.kind === 'reading' ? state.page : null, message: TAB_STORAGE_FULL, detail: String(error) };
      await setTabState(tabId, full).catch(() => undefined);
      await setBadge(tabId, full);
      return;
    }
    await setBadge(tabId, state);
    if (state === null) followed.delete(tabId);
  }

  /** Adds the report to the history, unless the tab is private or has added too many lately. */
  function record(tabId: number, report: Report, tab: SenderTab | undefined): void {
    if (tab?.incognito === true || !historyLimit.take(tabId, Date.now())) return;
    const entry = entryFromReport(report, new Date());
    historyQueue = historyQueue
      .then(async () => setHistory(addEntry((await getHistory()).entries, entry)))
      .catch(async (error: unknown) => setHistoryProblem(`${HISTORY_FULL} (${String(error)})`).catch(() => undefined));
  }

  function reportState(input: PostingInput, settings: Settings, choices: OccupationChoices): TabState {
    try {
      const occupation = choices[choiceKeyOf(input)] ?? null;
      return { kind: 'report', page: pageKeyOf(input), input, report: analyze(input, { ...analyzeOptions(settings), occupation }), at: Date.now() };
    } catch (error) {
      return {
        kind: 'error',
        page: pageKeyOf(input),
        message: 'ScopeFit could not make a report of this posting. This is a bug in ScopeFit, not a problem with the page.',
        detail: `${error instanceof Error ? error.stack ?? error.message : String(error)}\n\nPage: ${input.url ?? 'unknown'}\nTitle: ${input.title}\nSite: ${input.site ?? 'unknown'} (${input.method})`,
      };
    }
  }

  async function onPage(tabId: number, message: PageMessage, tab: SenderTab | undefined): Promise<void> {
    const mine = ++counter;
    latest.set(tabId, mine);
    followed.add(tabId);
    const current = (): boolean => latest.get(tabId) === mine;
    const url = keptUrl(message.url);
    if (message.type === 'scopefit:reading') {
      await show(tabId, { kind: 'reading', page: { url, title: null } });
      return;
    }
    const { read } = message;
    if (read.kind === 'not-a-posting') {
      await show(tabId, { kind: 'not-a-posting', url, reason: read.reason });
      return;
    }
    if (read.posting.description.length > MAX_POSTING_CHARS) {
      const length = read.posting.description.length.toLocaleString('en-US');
      await show(tabId, { kind: 'not-a-posting', url, reason: `The text read on this page is ${length} characters long, far more than one job posting. Open the posting on its own page.` });
      return;
    }
    const cached = reports.get(tabId);
    if (cached !== undefined && sameInput(cached.input, read.posting)) {
      // The same posting said again (after a navigation within the page): no new analysis needed.
      await show(tabId, cached);
      return;
    }
    // Not awaited: the write is on its way before analyze() starts, and the report's write comes after it.
    const reading = show(tabId, { kind: 'reading', page: pageKeyOf(read.posting) }).catch(() => undefined);
    await untilWanted(tabId, tab);
    const settings = await currentSettings();
    const choices = await currentChoices();
    if (!current()) return;
    const state = reportState(read.posting, settings, choices);
    if (state.kind === 'report') {
      // Kept and recorded before anything is awaited: the same posting said again meanwhile (the
      // page answering the browser's "loaded") then finds this report instead of making another.
      reports.set(tabId, state);
      record(tabId, state.report, tab);
    }
    await reading;
    if (current()) await show(tabId, state);
    await historyQueue;
  }

  /** Shown from a navigation until the page's content script reports (or turns out to be absent). */
  const NAVIGATING: TabState = { kind: 'reading', page: { url: null, title: null } };

  /** After a navigation: the content script, if the page has one, says again what it shows. */
  async function askAgain(tabId: number): Promise<void> {
    const ask: TabMessage = { type: 'scopefit:read-now', force: false };
    try {
      await browser.tabs.sendMessage(tabId, ask);
    } catch {
      // No content script here: a page ScopeFit does not read by itself.
      const state = await getTabState(tabId);
      if (state?.kind === 'reading' && state.page.url === null && state.page.title === null) await show(tabId, null);
    }
  }

  /** New settings (home location, hours a year) or a picked occupation change reports: make the open tabs' again. */
  async function reanalyseAll(settings: Settings, choices: OccupationChoices): Promise<void> {
    for (const { tabId, state } of await allTabStates()) {
      if (state.kind !== 'report') continue;
      const mine = ++counter;
      latest.set(tabId, mine);
      const next = reportState(state.input, settings, choices);
      if (latest.get(tabId) !== mine) continue;
      if (next.kind === 'report') reports.set(tabId, next);
      await show(tabId, next);
    }
  }

  const onMessage = (message: unknown, sender: Sender, reply: (answer: boolean) => void): true | undefined => {
    if (isWatchedQuestion(message)) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      void someViewShows(tabId, sender.tab).then(reply, () => reply(true));
      return true;
    }
    if (isViewMessage(message)) {
      // Only the extension's own pages show a tab; a content script saying so is not believed.
      if (!fromExtensionPage(sender)) return undefined;
      waitingForLoad.get(message.tabId)?.();
      // A page still loading with nothing shown yet may read its posting early now.
      const shown: TabMessage = { type: 'scopefit:shown' };
      void browser.tabs.sendMessage(message.tabId, shown).catch(() => undefined);
      return undefined;
    }
    const tabId = sender.tab?.id;
    if (!isPageMessage(message) || tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
    void onPage(tabId, message, sender.tab);
    return undefined;
  };

  const onUpdated = (tabId: number, info: { status?: string }, tab?: { url?: string }): void => {
    // The browser tells a tab's address only for the hosts ScopeFit may read (the job sites): a tab
    // with none that ScopeFit has not heard from is a site it does not read by itself.
    if (!followed.has(tabId) && tab?.url === undefined) return;
    followed.add(tabId);
    // The browser says the tab navigates (a new page, or the page moved its own address): what was
    // shown may belong to the previous job, so "reading" until the page says what it shows now.
    if (info.status !== undefined) waitingForLoad.get(tabId)?.();
    if (info.status === 'loading') {
      latest.set(tabId, ++counter);
      void show(tabId, NAVIGATING);
    } else if (info.status === 'complete') {
      void askAgain(tabId);
    }
  };

  const onRemoved = (tabId: number): void => {
    latest.delete(tabId);
    reports.delete(tabId);
    followed.delete(tabId);
    historyLimit.forget(tabId);
    void setTabState(tabId, null);
  };

  // After a worker restart, the tabs with a state are the ones followed.
  void allTabStates().then((states) => states.forEach(({ tabId }) => followed.add(tabId)), () => undefined);
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  const unwatchSettings = watchSettings((settings) => {
    knownSettings = Promise.resolve(settings);
    void currentChoices().then((choices) => reanalyseAll(settings, choices));
  });
  const unwatchChoices = watchOccupationChoices((choices) => {
    knownChoices = Promise.resolve(choices);
    void currentSettings().then((settings) => reanalyseAll(settings, choices));
  });
  return () => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
    unwatchSettings();
    unwatchChoices();
    for (const release of waitingForLoad.values()) release();
  };
}
