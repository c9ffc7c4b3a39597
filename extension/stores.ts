// Where the extension keeps things, all in this browser: the report per tab (storage.session, gone
// when the browser closes), the history and the settings (storage.local; never `sync`, which
// would send them to the browser vendor's servers). The one module that names storage keys.

import { storage } from 'wxt/utils/storage';
import type { PostingInput } from '../analyzers/types';
import { tabStateKey, type TabState } from './messages';
import { readHistory, type HistoryEntry, type ReadHistory } from './history';
import { readSettings, type Settings } from './settings';
import { readOccupationChoices, withChoice, type OccupationChoices } from './occupation-choices';

const HISTORY_KEY = 'local:history';
/** A sentence left for the history page when the background found the history unreadable. */
const HISTORY_PROBLEM_KEY = 'local:historyProblem';
const SETTINGS_KEY = 'local:settings';
const OCCUPATION_CHOICES_KEY = 'local:occupationChoices';

export type Unwatch = () => void;

/**
 * A tab's state as stored: a report's posting text once, not twice (storage.session is shared by
 * every tab and holds about 10 MB in Chrome). The input's description is the report's own copy.
 */
type StoredTabState = Exclude<TabState, { kind: 'report' }> | (Omit<Extract<TabState, { kind: 'report' }>, 'input'> & { readonly input: Omit<PostingInput, 'description'> });

function toStored(state: TabState): StoredTabState {
  if (state.kind !== 'report') return state;
  const { description: _once, ...input } = state.input;
  return { ...state, input };
}

function fromStored(stored: StoredTabState | null): TabState | null {
  if (stored === null || stored.kind !== 'report') return stored;
  return { ...stored, input: { ...stored.input, description: stored.report.posting.description } };
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  return fromStored(await storage.getItem<StoredTabState>(tabStateKey(tabId)));
}

export async function setTabState(tabId: number, state: TabState | null): Promise<void> {
  if (state === null) await storage.removeItem(tabStateKey(tabId));
  else await storage.setItem<StoredTabState>(tabStateKey(tabId), toStored(state));
}

export function watchTabState(tabId: number, onChange: (state: TabState | null) => void): Unwatch {
  return storage.watch<StoredTabState>(tabStateKey(tabId), (state) => onChange(fromStored(state)));
}

/** Every tab that has a state (for re-analysis when the settings change). */
export async function allTabStates(): Promise<Array<{ tabId: number; state: TabState }>> {
  const all = await storage.snapshot('session');
  return Object.entries(all).flatMap(([key, state]) => {
    const match = /^tab:(\d+)$/.exec(key);
    const read = match?.[1] !== undefined && state !== null && typeof state === 'object' ? fromStored(state as StoredTabState) : null;
    return read === null ? [] : [{ tabId: Number(match![1]), state: read }];
  });
}

export async function getSettings(): Promise<Settings> {
  return readSettings(await storage.getItem<unknown>(SETTINGS_KEY));
}

export async function setSettings(settings: Settings): Promise<void> {
  await storage.setItem<Settings>(SETTINGS_KEY, settings);
}

export function watchSettings(onChange: (settings: Settings) => void): Unwatch {
  return storage.watch<unknown>(SETTINGS_KEY, (raw) => onChange(readSettings(raw)));
}

/**
 * The history as stored; when it was not all readable, what could be read is written back (so the
 * bad data is gone) and the problem is kept for the history page to tell the user.
 */
export async function getHistory(): Promise<ReadHistory> {
  const read = readHistory(await storage.getItem<unknown>(HISTORY_KEY));
  if (read.problem !== null) {
    // One write for both: a page closed between two writes would leave the history reset and the
    // user never told why.
    await storage.setItems([
      { key: HISTORY_KEY, value: read.entries },
      { key: HISTORY_PROBLEM_KEY, value: read.problem },
    ]);
  }
  return read;
}

export async function setHistory(entries: readonly HistoryEntry[]): Promise<void> {
  await storage.setItem<readonly HistoryEntry[]>(HISTORY_KEY, entries);
}

export function watchHistory(onChange: () => void): Unwatch {
  return storage.watch<unknown>(HISTORY_KEY, () => onChange());
}

/** The problem left by the last reset, kept until the user has seen it and dismissed it. */
export async function getHistoryProblem(): Promise<string | null> {
  return storage.getItem<string>(HISTORY_PROBLEM_KEY);
}

/** Leaves a sentence for the history page (a posting that could not be added, say). */
export async function setHistoryProblem(problem: string): Promise<void> {
  await storage.setItem<string>(HISTORY_PROBLEM_KEY, problem);
}

export async function dismissHistoryProblem(): Promise<void> {
  await storage.removeItem(HISTORY_PROBLEM_KEY);
}

export async function getOccupationChoices(): Promise<OccupationChoices> {
  return readOccupationChoices(await storage.getItem<unknown>(OCCUPATION_CHOICES_KEY));
}

/** Remembers (or, with null, forgets) the occupation the user picked for one posting. */
export async function setOccupationChoice(key: string, soc: string | null): Promise<void> {
  await storage.setItem<OccupationChoices>(OCCUPATION_CHOICES_KEY, withChoice(await getOccupationChoices(), key, soc));
}

export function watchOccupationChoices(onChange: (choices: OccupationChoices) => void): Unwatch {
  return storage.watch<unknown>(OCCUPATION_CHOICES_KEY, (raw) => onChange(readOccupationChoices(raw)));
}
