// What a site adapter is: a reader for one site's markup, plus what lets the registry pick it.

import type { PostingInput } from '../types';

/** Reads the open posting from one site's page; null when the page shows none (or not yet). */
export type ReadPosting = (doc: Document, url: URL | null) => PostingInput | null;

export interface SiteAdapter {
  /** Also the posting's `site` ("indeed", "linkedin", …). */
  readonly id: string;
  /** Hosts the site serves its job pages from. */
  readonly hosts: readonly RegExp[];
  /** Markup only this site's pages carry: how a saved page without its address is recognised. */
  readonly markers: readonly string[];
  readonly read: ReadPosting;
  /**
   * The element that holds the whole posting, when the site has one. Once the browser's parser has
   * gone past it, the posting is read without waiting for the rest of a large page to arrive.
   */
  readonly container?: readonly string[];
  /**
   * A sentence saying why a page of this site is not a posting (a search list with no job open,
   * a sign-in wall), or null when it may well be one. Asked only when `read` found nothing.
   */
  readonly notAPosting?: (doc: Document, url: URL | null) => string | null;
  /** Set when no saved page of the site was available to test against, saying why. */
  readonly noSavedPage?: string;
}
