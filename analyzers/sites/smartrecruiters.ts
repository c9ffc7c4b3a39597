// SmartRecruiters hosted job pages (jobs.smartrecruiters.com/<Company>/<id>-<slug>): schema.org
// microdata (itemprop) on the page, and numbered sections (#st-jobDescription, …).

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, first, nonEmpty, placeOf, sectionsText, textAt } from './dom';

const SELECTORS = {
  // From SmartRecruiters' public job-page markup as of 2025 (no saved page: see Test pages).
  title: ['h1.job-title', '[itemprop="title"]'],
  company: ['[itemprop="hiringOrganization"] meta[itemprop="name"]', '[itemprop="hiringOrganization"] [itemprop="name"]'],
  // <spl-job-location formattedaddress="Tel Aviv, Israel" workplacetype="remote">.
  location: 'spl-job-location',
  locationText: ['[itemprop="jobLocation"]', '.job-detail-location'],
  sections: ['#st-companyDescription', '#st-jobDescription', '#st-qualifications', '#st-additionalInformation'],
  allSections: ['.job-sections', '[itemprop="description"]'],
} as const;

export function readSmartRecruiters(doc: Document, url: URL | null): PostingInput | null {
  const title = textAt(doc, SELECTORS.title);
  if (title === null) return null;
  const companyEl = first(doc, SELECTORS.company);
  const locationEl = doc.querySelector(SELECTORS.location);
  const place = nonEmpty(locationEl?.getAttribute('formattedaddress')) ?? textAt(doc, SELECTORS.locationText);
  const remote = /remote/i.test(locationEl?.getAttribute('workplacetype') ?? '');
  const description = sectionsText(doc, SELECTORS.sections) ?? blockAt(doc, SELECTORS.allSections);
  return adapterPosting(
    {
      title,
      company: nonEmpty(companyEl?.getAttribute('content')) ?? nonEmpty(companyEl?.textContent),
      location: placeOf(place, remote),
      description,
    },
    'smartrecruiters',
    url,
  );
}

export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  hosts: [/(?:^|\.)smartrecruiters\.com$/],
  markers: ['spl-job-location', '#st-jobDescription'],
  read: readSmartRecruiters,
  noSavedPage: 'No real saved SmartRecruiters job page was found among public copies.',
};

/* Test pages: none available. No real saved SmartRecruiters page was found; the hooks above follow
 * SmartRecruiters' public job-page markup (itemprop microdata, spl-job-location, #st-* sections).
 */
