// SEEK job pages (seek.com.au, seek.co.nz: /job/<id>): every field has a data-automation hook.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, splitPay, textAt, withDollarCurrency } from './dom';

const SELECTORS = {
  // Seen 2026-08 (au.seek.com).
  title: ['[data-automation="job-detail-title"]'],
  company: ['[data-automation="advertiser-name"]'],
  location: ['[data-automation="job-detail-location"]'],
  // Shown only when the advertiser gives pay (not on the saved page).
  pay: ['[data-automation="job-detail-salary"]'],
  description: ['[data-automation="jobAdDetails"]'],
} as const;

/** SEEK prints "$" for the local dollar. */
const DOLLAR_CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/\.nz$/, 'NZD'],
  [/(?:\.au$|^au\.seek\.com$|^(?:www\.)?seek\.com$)/, 'AUD'],
];

export function readSeek(doc: Document, url: URL | null): PostingInput | null {
  const title = textAt(doc, SELECTORS.title);
  if (title === null) return null;
  const host = url?.hostname ?? '';
  const currency = DOLLAR_CURRENCIES.find(([pattern]) => pattern.test(host))?.[1] ?? 'AUD';
  return adapterPosting(
    {
      title,
      company: textAt(doc, SELECTORS.company),
      location: textAt(doc, SELECTORS.location),
      ...splitPay(withDollarCurrency(textAt(doc, SELECTORS.pay), currency)),
      description: blockAt(doc, SELECTORS.description),
    },
    'seek',
    url,
  );
}

export const seek: SiteAdapter = {
  id: 'seek',
  hosts: [/(?:^|\.)seek\.(?:com\.au|co\.nz|com)$/],
  markers: ['[data-automation="jobDetailsPage"]', '[data-automation="job-detail-title"]'],
  read: readSeek,
};

/* Test pages:
 * corpus seek-au__senior-platform-engineer (job page, no pay shown)
 */
