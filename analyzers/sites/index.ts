// Page → posting, in a fixed order: the site's own adapter (the registry below), then the page's
// JSON-LD, then Readability on a clone. Says in a sentence why a page is not a posting when none of
// them finds one. Runs unchanged on a live page and on a parsed file (Node, tests). In the content
// script, Readability is a stand-in until "Analyse anyway" loads it (see wxt.config.ts), which keeps
// the script on every job page small.

import type { PageRead, PostingInput } from '../types';
import { attempt, found, pageAddress } from './address';
import type { SiteAdapter } from './adapter';
import { aijobs } from './aijobs';
import { ashby } from './ashby';
import { first } from './dom';
import { glassdoor } from './glassdoor';
import { googleJobs } from './google-jobs';
import { greenhouse } from './greenhouse';
import { blockText } from './html-text';
import { indeed } from './indeed';
import { jsonLdDates, readJsonLd } from './jsonld';
import { lever } from './lever';
import { levelsfyi } from './levelsfyi';
import { linkedin } from './linkedin';
// In the content script this import is swapped for extension/readability-on-demand.ts (wxt.config.ts).
import { looksLikeJob, postingFromArticle, readArticle } from './readability';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { workable } from './workable';
import { workatastartup } from './workatastartup';
import { workday } from './workday';
import { ziprecruiter } from './ziprecruiter';

export type { SiteAdapter } from './adapter';
export { pageAddress } from './address';

/** Every site adapter, in the order their markers are tried on a page with no known address. */
export const ADAPTERS: readonly SiteAdapter[] = [
  indeed, linkedin, glassdoor, ziprecruiter, greenhouse, lever, workday, ashby, smartrecruiters,
  workable, seek, aijobs, workatastartup, levelsfyi, googleJobs,
];

/** What the adapters and JSON-LD make of a page, and what the main-text reader needs to go on. */
export interface StructuredRead {
  /** The posting, or the site's sentence on why the page is none; null when neither reader knows. */
  readonly read: PageRead | null;
  readonly adapter: SiteAdapter | null;
  readonly address: URL | null;
}

/**
 * The posting as the site adapter or the JSON-LD reads it. `read` is null when only the
 * main-text reader (Readability) could still find one: hand the page to readPage() then.
 */
export function readStructured(doc: Document, url: URL | null, force = false): StructuredRead {
  const address = pageAddress(doc, url);
  const adapter = adapterFor(doc, address);
  if (adapter !== null) {
    const posting = attempt(() => adapter.read(doc, address));
    if (posting !== null) return { read: found(withJsonLdDates(posting, doc, address), adapter.id, address), adapter, address };
  }
  const structured = attempt(() => readJsonLd(doc, address));
  if (structured !== null) return { read: found(structured, adapter?.id ?? null, address), adapter, address };
  const siteReason = force ? null : adapter?.notAPosting?.(doc, address) ?? null;
  return { read: siteReason === null ? null : { kind: 'not-a-posting', reason: siteReason }, adapter, address };
}

/** The page's JSON-LD dates beside the date text the adapter read: the adapter's page shows both. */
function withJsonLdDates(posting: PostingInput, doc: Document, address: URL | null): PostingInput {
  const structured = attempt(() => jsonLdDates(doc, address));
  if (structured === null) return posting;
  return { ...posting, dates: { ...structured, postedText: posting.dates?.postedText ?? null } };
}

/**
 * While the page is still arriving: the element holding the posting, once the parser has gone past
 * it, on a site whose adapter names one; the posting can then be read before the rest of the page
 * (on a search page, half the bytes are other jobs and scripts). Null when unsure: the page is then
 * read once it has loaded, as on any other site.
 */
export function parsedPostingContainer(doc: Document, url: URL): Element | null {
  const adapter = ADAPTERS.find((a) => a.hosts.some((host) => host.test(url.hostname)));
  const container = adapter?.container === undefined ? null : first(doc, adapter.container);
  return container !== null && parsedPast(container) ? container : null;
}

/**
 * The parser has closed `el`: some node follows it inside the body's child that holds it (the
 * parser inserts in document order). Not a node after that child: a page's script may append one
 * to the body while the parser is still inside `el`.
 */
function parsedPast(el: Element): boolean {
  for (let node: Node = el; node.parentNode !== null && node.parentNode !== el.ownerDocument.body; node = node.parentNode) {
    if (node.nextSibling !== null) return true;
  }
  return false;
}

/** The adapter for the page: by host when the address is known, else by the site's own markup. */
export function adapterFor(doc: Document, url: URL | null): SiteAdapter | null {
  if (url !== null) {
    const byHost = ADAPTERS.find((a) => a.hosts.some((host) => host.test(url.hostname)));
    if (byHost !== undefined) return byHost;
  }
  return ADAPTERS.find((a) => a.markers.length > 0 && doc.querySelector(a.markers.join(', ')) !== null) ?? null;
}

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
  form: 'This page is an application form, not a job posting: its questions (work history, the equal-opportunity survey) are not duties. Open the posting itself to see its report.',
  nothing: 'No job posting was found on this page. Open a job posting, or choose "Analyse anyway" to read it regardless.',
} as const;

export function readPage(doc: Document, url: URL | null, options: ReadOptions = {}): PageRead {
  const force = options.force === true;
  const { read, adapter, address } = readStructured(doc, url, force);
  if (read !== null) return read;
  const article = attempt(() => readArticle(doc));
  // Even "Analyse anyway" does not score a form's questions as a job's duties.
  if (isApplicationForm(doc, article?.text ?? '')) return { kind: 'not-a-posting', reason: REASONS.form };
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

/** Fields a person fills in: an application form has many (name, contact, history, survey). */
const FORM_FIELDS = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="search"]), select, textarea';
/** At least this many fields inside forms make a page a form (a posting's search box or newsletter sign-up has one or two). */
const MIN_FORM_FIELDS = 8;

/**
 * A page that is mostly a form to fill in (an application's steps), not a posting: many fields in
 * forms, and the main text does not read like a job. A posting with an apply form under it still
 * reads like a job and is read.
 */
export function isApplicationForm(doc: Document, mainText: string): boolean {
  const fields = Array.from(doc.querySelectorAll('form')).reduce((n, form) => n + form.querySelectorAll(FORM_FIELDS).length, 0);
  return fields >= MIN_FORM_FIELDS && !looksLikeJob(mainText);
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
