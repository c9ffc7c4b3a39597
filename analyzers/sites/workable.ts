// Workable hosted job pages (apply.workable.com/<company>/j/<id>): data-ui hooks name every field.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, first, nonEmpty, placeOf, sectionsText, splitPay, textAt } from './dom';

const SELECTORS = {
  // Seen 2026-08.
  title: ['[data-ui="job-title"]'],
  location: ['[data-ui="job-location"]'],
  workplace: ['[data-ui="job-workplace"]'],
  company: ['[data-ui="company-logo"] img[alt]'],
  // Unverified: the saved page states no salary.
  pay: ['[data-ui="job-salary"]'],
  // Description, requirements and benefits are three sections, each under its own heading.
  sections: ['[data-ui="job-description"]', '[data-ui="job-requirements"]', '[data-ui="job-benefits"]'],
} as const;

export function readWorkable(doc: Document, url: URL | null): PostingInput | null {
  const title = textAt(doc, SELECTORS.title);
  if (title === null) return null;
  const place = textAt(doc, SELECTORS.location);
  const workplace = textAt(doc, SELECTORS.workplace);
  return adapterPosting(
    {
      title,
      company: nonEmpty(first(doc, SELECTORS.company)?.getAttribute('alt')),
      location: placeOf(place, /remote/i.test(workplace ?? '')),
      ...splitPay(textAt(doc, SELECTORS.pay)),
      description: sectionsText(doc, SELECTORS.sections),
    },
    'workable',
    url,
  );
}

export const workable: SiteAdapter = {
  id: 'workable',
  hosts: [/(?:^|\.)workable\.com$/],
  markers: ['[data-ui="job-title"]', '[data-ui="job-description"]'],
  read: readWorkable,
};

/* Test pages:
 * workable__huggingface-wild-card (hosted job page, remote, no salary)
 */
