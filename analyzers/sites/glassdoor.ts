// Glassdoor: the search page's job pane and the /job-listing/ page (same job-details components).
// Class names are CSS modules ("JobDetails_jobDescription__6VeBn"): matched by prefix only.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, splitPay, textAt } from './dom';

const SELECTORS = {
  // Search page with the job pane open, seen 2025-06 (glassdoor.co.in).
  header: '[data-test="job-details-header"]',
  title: ['h1[id^="jd-job-title-"]', 'h1'],
  company: ['[class^="EmployerProfile_employerNameHeading"] h4', '[class*=" EmployerProfile_employerNameHeading"] h4', '[data-test="employer-name"]'],
  location: ['[data-test="location"]'],
  // "₹5L - ₹8L (Glassdoor Est.)" is Glassdoor's guess; "(Employer Est.)" is the employer's own.
  pay: ['[data-test="detailSalary"]', '[id^="jd-salary-"]'],
  // The pane shows no date; the selected card in the list does ("13d", "30d+").
  posted: ['[data-test="job-card-wrapper"][data-selected="true"] [data-test="job-age"]'],
  description: ['[class^="JobDetails_jobDescription"]', '[class*=" JobDetails_jobDescription"]', '[data-test="jobDescriptionContent"]'],
} as const;

export function readGlassdoor(doc: Document, url: URL | null): PostingInput | null {
  const header = doc.querySelector(SELECTORS.header);
  if (header === null) return null;
  // The pane is the header's nearest ancestor that also holds the description.
  let pane: Element = header;
  while (pane.parentElement !== null && blockAt(pane, SELECTORS.description) === null) pane = pane.parentElement;
  return adapterPosting(
    {
      title: textAt(header, SELECTORS.title),
      company: textAt(header, SELECTORS.company),
      location: textAt(header, SELECTORS.location),
      ...splitPay(textAt(header, SELECTORS.pay)),
      description: blockAt(pane, SELECTORS.description),
      postedText: textAt(doc, SELECTORS.posted),
    },
    'glassdoor',
    url,
  );
}

function notAPosting(doc: Document): string | null {
  const jobOpen = doc.querySelector(SELECTORS.header) !== null;
  if (!jobOpen && doc.querySelector('[data-test="jobListing"], [data-test="job-listing"], [data-test="jlGrid"]') !== null) {
    return 'This Glassdoor page is a list of jobs with no job open. Click a job to open it, then try again.';
  }
  return null;
}

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  hosts: [/(?:^|\.)glassdoor\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/],
  markers: ['[data-test="job-details-header"]', 'h1[id^="jd-job-title-"]'],
  read: readGlassdoor,
  notAPosting,
};

/* Test pages:
 * glassdoor-in__serp-pane-athenahealth-principal-mts-ai-data-2025 (search page + pane, Glassdoor est.)
 */
