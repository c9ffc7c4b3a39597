// Page → posting, in a fixed order: the site's own adapter, then the page's JSON-LD (both in
// structured.ts), then Readability on a clone. Says in a sentence why a page is not a posting when
// none of them finds one. Runs unchanged on a live page and on a parsed file (Node, tests).

import type { PageRead, PostingInput } from '../types';
import { blockText } from './html-text';
import { readJsonLd } from './jsonld';
import { postingFromArticle, readArticle } from './readability';
import { attempt, found, pageAddress, readStructured } from './structured';

export type { SiteAdapter } from './adapter';
export { ADAPTERS, adapterFor, pageAddress, parsedPostingContainer, readStructured } from './structured';

export interface ReadOptions {
  /** The side panel's "analyse anyway": take the page's main text even if it does not read like a job. */
  readonly force?: boolean;
}

/** Below this many characters a page has nothing to read (still loading, or blank). */
const EMPTY_PAGE_CHARS = 200;
/** A sign-in form on a page with less text than this is a login wall, not a page with a login box. */
const LOGIN_WALL_CHARS = 2000;

const REASONS = {
  signIn: 'This page asks you to sign in before it shows anything. Sign in, open the job posting, then try again.',
  pdf: 'This is a PDF document, which ScopeFit does not read. Open the posting on its web page, or paste its text on the audit page.',
  empty: 'This page has almost no text yet. Wait until it has finished loading, or open the job posting itself.',
  article: 'This page does not read like a job posting. Open a job posting, or choose "Analyse anyway" to read it regardless.',
  nothing: 'No job posting was found on this page. Open a job posting, or choose "Analyse anyway" to read it regardless.',
} as const;

export function readPage(doc: Document, url: URL | null, options: ReadOptions = {}): PageRead {
  const force = options.force === true;
  const { read, adapter, address } = readStructured(doc, url, force);
  if (read !== null) return read;
  const article = attempt(() => readArticle(doc));
  const readable = attempt(() => postingFromArticle(doc, address, article, force));
  // On a known site the page's own name (og:site_name) is the job board's, not the employer's.
  if (readable !== null) return found(adapter === null ? readable : { ...readable, company: null }, adapter?.id ?? null, address);
  return { kind: 'not-a-posting', reason: whyNothing(doc, article !== null) };
}

/**
 * The posting as the fallbacks alone read it (JSON-LD, then Readability): what a page still yields
 * when its site's markup has changed under the adapter.
 */
export function readWithoutAdapter(doc: Document, url: URL | null, options: ReadOptions = {}): PostingInput | null {
  const address = pageAddress(doc, url);
  return attempt(() => readJsonLd(doc, address)) ??
    attempt(() => postingFromArticle(doc, address, attempt(() => readArticle(doc)), options.force === true));
}

function whyNothing(doc: Document, hasMainText: boolean): string {
  const body = doc.body;
  const text = body === null ? '' : blockText(body);
  if (doc.querySelector('input[type="password"]') !== null && text.length < LOGIN_WALL_CHARS) return REASONS.signIn;
  // A browser shows a PDF in a viewer page of its own, whose document keeps the PDF's type.
  if (doc.contentType === 'application/pdf' || doc.querySelector('embed[type="application/pdf"]') !== null) return REASONS.pdf;
  if (text.length < EMPTY_PAGE_CHARS) return REASONS.empty;
  return hasMainText ? REASONS.article : REASONS.nothing;
}
