// The messages between the content script, the background worker and the extension's pages, and the
// state the background keeps per tab. Plain data only: everything here crosses a process boundary.

import type { PageRead, PostingInput, Report } from '../analyzers/types';

/** Which posting a state belongs to, so that a page never shows one job's report for another. */
export interface PageKey {
  readonly url: string | null;
  readonly title: string | null;
}

/** What the background knows about one tab (kept in storage.session under `tab:<id>`). */
export type TabState =
  /** A posting was found (or the job changed) and its report is being made. */
  | { readonly kind: 'reading'; readonly page: PageKey }
  | { readonly kind: 'report'; readonly page: PageKey; readonly input: PostingInput; readonly report: Report; readonly at: number }
  | { readonly kind: 'not-a-posting'; readonly url: string | null; readonly reason: string }
  | { readonly kind: 'error'; readonly page: PageKey | null; readonly message: string; readonly detail: string };

/** Content script → background. */
export type PageMessage =
  | { readonly type: 'scopefit:page'; readonly read: PageRead; readonly url: string }
  /** The address moved to another job but the page still shows the previous one: it is loading. */
  | { readonly type: 'scopefit:reading'; readonly url: string };

/** Content script → background, as a page starts: does a side panel or popup show this tab? (answered with a boolean) */
export type WatchedQuestion = { readonly type: 'scopefit:watched' };

/** Side panel or popup → background: it now shows this tab, so the tab's report is wanted at once. */
export type ViewMessage = { readonly type: 'scopefit:showing'; readonly tabId: number };

/** Extension page or background → content script: read the page again and report it; `force`
 * takes the page's main text even if it is not a job. */
export type TabMessage =
  | { readonly type: 'scopefit:read-now'; readonly force: boolean }
  /** A side panel or popup has started showing the tab: read the posting as soon as it is there. */
  | { readonly type: 'scopefit:shown' };

/** Where entrypoints/highlight.ts leaves its function in the page's extension world. */
export const HIGHLIGHTER_KEY = '__scopefitHighlight';
/** Finds the words on the page, marks them and scrolls to them; false when they are not there. */
export type Highlighter = (text: string) => boolean;

export function isPageMessage(value: unknown): value is PageMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'scopefit:page' || type === 'scopefit:reading';
}

export function isWatchedQuestion(value: unknown): value is WatchedQuestion {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'scopefit:watched';
}

export function isViewMessage(value: unknown): value is ViewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, tabId } = value as { type?: unknown; tabId?: unknown };
  return type === 'scopefit:showing' && typeof tabId === 'number';
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'scopefit:read-now' || type === 'scopefit:shown';
}

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:tab:${tabId}`;
}

export function pageKeyOf(posting: PostingInput): PageKey {
  return { url: posting.url, title: posting.title };
}
