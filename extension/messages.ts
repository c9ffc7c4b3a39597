// The messages between the content script, the background worker and the extension's pages, and the
// state the background keeps per tab. Plain data only: everything here crosses a process boundary.

import { FIELD_MAX_CHARS, URL_MAX_CHARS } from '../analyzers/sites/address';
import type { PageRead, PostingInput, Report, SourceMethod } from '../analyzers/types';

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

type Fields = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isText = (value: unknown, max = Infinity): value is string => typeof value === 'string' && value.length <= max;
const isTextOrNull = (value: unknown, max = Infinity): value is string | null => value === null || isText(value, max);
const SOURCE_METHODS: ReadonlySet<unknown> = new Set<SourceMethod>(['adapter', 'jsonld', 'readability', 'text']);

/**
 * A posting as the content script makes it (analyzers/sites/address.ts caps its short fields): a
 * message whose fields have other types or lengths did not come from it. The description's length
 * is left to the background, which says in a sentence why a page's whole text is no posting.
 */
function isPostingInput(value: unknown): value is PostingInput {
  if (!isObject(value)) return false;
  return isText(value.title, FIELD_MAX_CHARS) && isTextOrNull(value.company, FIELD_MAX_CHARS) && isTextOrNull(value.location, FIELD_MAX_CHARS) &&
    isTextOrNull(value.payText, FIELD_MAX_CHARS) && isTextOrNull(value.payEstimateText, FIELD_MAX_CHARS) && isText(value.description) &&
    isTextOrNull(value.url, URL_MAX_CHARS) && isTextOrNull(value.site, FIELD_MAX_CHARS) && SOURCE_METHODS.has(value.method);
}

function isPageRead(value: unknown): value is PageRead {
  if (!isObject(value)) return false;
  if (value.kind === 'not-a-posting') return isText(value.reason, REASON_MAX_CHARS);
  return value.kind === 'posting' && isPostingInput(value.posting);
}

/** Longest reason a page may give for not being a posting (the adapters' sentences are under 200). */
const REASON_MAX_CHARS = 1000;

export function isPageMessage(value: unknown): value is PageMessage {
  if (!isObject(value) || !isText(value.url)) return false;
  if (value.type === 'scopefit:reading') return true;
  return value.type === 'scopefit:page' && isPageRead(value.read);
}

export function isWatchedQuestion(value: unknown): value is WatchedQuestion {
  return isObject(value) && value.type === 'scopefit:watched';
}

export function isViewMessage(value: unknown): value is ViewMessage {
  return isObject(value) && value.type === 'scopefit:showing' && Number.isSafeInteger(value.tabId) && (value.tabId as number) >= 0;
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (!isObject(value)) return false;
  return (value.type === 'scopefit:read-now' && typeof value.force === 'boolean') || value.type === 'scopefit:shown';
}

/** A page's address as kept in a tab's state: null when it is longer than any posting's address. */
export function keptUrl(url: string): string | null {
  return url.length <= URL_MAX_CHARS ? url : null;
}

export function tabStateKey(tabId: number): `session:tab:${number}` {
  return `session:tab:${tabId}`;
}

export function pageKeyOf(posting: PostingInput): PageKey {
  return { url: posting.url, title: posting.title };
}
