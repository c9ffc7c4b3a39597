// Page → posting without the main-text reader: the site's own adapter, then the page's JSON-LD.
// Small enough for the content script (no Readability: about 27 kB minified with every adapter, against 67 kB with it);
// readPage() in index.ts adds Readability on top and is what Node and extension pages call.

import type { PageRead, PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { aijobs } from './aijobs';
import { first } from './dom';
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { googleJobs } from './google-jobs';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { readJsonLd } from './jsonld';
import { lever } from './lever';
import { levelsfyi } from './levelsfyi';
import { linkedin } from './linkedin';
import { seek } from './seek';
import { smartrecruiters } from './smartrecruiters';
import { workable } from './workable';
import { workatastartup } from './workatastartup';
import { workday } from './workday';
import { ziprecruiter } from './ziprecruiter';

/** Every site adapter, in the order their markers are tried on a page with no known address. */
export const ADAPTERS: readonly SiteAdapter[] = [
  indeed, linkedin, glassdoor, ziprecruiter, greenhouse, lever, workday, ashby, smartrecruiters,
  workable, seek, aijobs, workatastartup, levelsfyi, googleJobs,
];

const COMMENT_NODE = 8;
const SAVED_FROM = /saved from url=\(\d+\)(\S+)/;

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
    if (posting !== null) return { read: found(posting, adapter.id, address), adapter, address };
  }
  const structured = attempt(() => readJsonLd(doc, address));
  if (structured !== null) return { read: found(structured, adapter?.id ?? null, address), adapter, address };
  const siteReason = force ? null : adapter?.notAPosting?.(doc, address) ?? null;
  return { read: siteReason === null ? null : { kind: 'not-a-posting', reason: siteReason }, adapter, address };
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

/**
 * The page's web address: the one given, or for a saved file (no address, or a file: one) what
 * the page says about itself: its canonical link, og:url, or a browser's "saved from" note.
 */
export function pageAddress(doc: Document, url: URL | null): URL | null {
  if (url !== null && /^https?:$/.test(url.protocol)) return url;
  const declared = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    savedFrom(doc),
  ];
  for (const href of declared) {
    const parsed = parseUrl(href);
    if (parsed !== null) return parsed;
  }
  return url;
}

function savedFrom(doc: Document): string | null {
  // Chrome's "Save page as" writes <!-- saved from url=(0081)https://… --> before <html>.
  for (let node = doc.firstChild; node !== null; node = node.nextSibling) {
    const match = node.nodeType === COMMENT_NODE ? SAVED_FROM.exec(node.nodeValue ?? '') : null;
    if (match?.[1] !== undefined) return match[1];
  }
  return null;
}

function parseUrl(href: string | null | undefined): URL | null {
  if (href === null || href === undefined || href.trim() === '') return null;
  try {
    const parsed = new URL(href.trim());
    return /^https?:$/.test(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

/** A posting with its site and address filled in from what the page is known to be. */
export function found(posting: PostingInput, site: string | null, address: URL | null): PageRead {
  return { kind: 'posting', posting: { ...posting, site: posting.site ?? site, url: postingUrl(posting, address) } };
}

/** Where the posting lives: the page's address, unless that only names a site's home page. */
function postingUrl(posting: PostingInput, address: URL | null): string | null {
  // A saved page's og:url sometimes names the site's home page, where no posting lives.
  const home = address !== null && address.pathname === '/' && address.search === '';
  if (address !== null && !home) return address.href;
  return posting.url !== null && posting.url !== address?.href ? posting.url : null;
}

/**
 * A reader that throws has met markup it did not expect: the next reader in line gets the page,
 * as it would if the reader had found nothing.
 */
export function attempt<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
