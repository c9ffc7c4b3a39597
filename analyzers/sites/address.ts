// A page's web address (the one given, or what a saved page says about itself), and a posting with
// its site and address filled in: shared by every reader in index.ts.

import type { PageRead, PostingInput } from '../types';

const COMMENT_NODE = 8;
const SAVED_FROM = /saved from url=\(\d+\)(\S+)/;

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

/**
 * Longest title, company, location or pay line a posting keeps: the longest title in
 * ../shared/corpus is under 150 characters. A page's script could otherwise put megabytes in a
 * title, and the extension stores what it reads (tests/e2e/page-attacks.test.ts).
 */
export const FIELD_MAX_CHARS = 300;
/** Longest web address kept: what browsers and servers commonly accept (RFC 9110 recommends at least 8,000; sitemaps cap at 2,048). */
export const URL_MAX_CHARS = 2048;

/** At most `max` characters, cut at a word when there is one in the last fifth, with an ellipsis. */
export function capField(text: string, max = FIELD_MAX_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const capOrNull = (text: string | null): string | null => (text === null ? null : capField(text));

/** A posting with its site and address filled in from what the page is known to be, its short fields capped. */
export function found(posting: PostingInput, site: string | null, address: URL | null): PageRead {
  const url = postingUrl(posting, address);
  return {
    kind: 'posting',
    posting: {
      ...posting,
      title: capField(posting.title),
      company: capOrNull(posting.company),
      location: capOrNull(posting.location),
      payText: capOrNull(posting.payText),
      payEstimateText: capOrNull(posting.payEstimateText),
      site: capOrNull(posting.site ?? site),
      url: url !== null && url.length <= URL_MAX_CHARS ? url : null,
    },
  };
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
