// Google's job search (google.com/search?…&udm=8, or ibp=htl;jobs): a list of jobs gathered from
// other sites. The list is never a posting; a job opened in it is read from whatever the page
// then carries (JSON-LD, or its main text).

import type { SiteAdapter } from './adapter';

const SELECTORS = {
  // Seen 2024-09: each result card links a share URL with ibp=htl;jobs and the job's htidocid.
  cards: '[data-share-url*="ibp=htl;jobs"]',
} as const;

function notAPosting(doc: Document, url: URL | null): string | null {
  const jobOpen = url !== null && (url.searchParams.has('htidocid') || url.hash.includes('htidocid'));
  if (jobOpen || doc.querySelector(SELECTORS.cards) === null) return null;
  return 'This is a list of Google job search results, not one posting. Open a job, or its original posting, then try again.';
}

export const googleJobs: SiteAdapter = {
  id: 'google-jobs',
  hosts: [/(?:^|\.)google\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/],
  markers: [SELECTORS.cards],
  // Nothing of its own to read: the open job, if any, goes to the JSON-LD and main-text readers.
  read: () => null,
  notAPosting,
};

/* Test pages:
 * googlejobs__serp-udm8-data-engineer-san-francisco-2024 (results list, no job open: not a posting)
 */
