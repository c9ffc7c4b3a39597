// Lever hosted job pages (jobs.lever.co/<company>/<id>, jobs.eu.lever.co): a headline, category
// chips (location, team, commitment, workplace) and description sections.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, documentTitle, first, nonEmpty, placeOf, splitPay, textAt } from './dom';
import { blockText } from './html-text';

const SELECTORS = {
  // From Lever's public job-page markup as of 2025 (no saved page: see Test pages).
  title: ['.posting-headline h2', '[data-qa="posting-name"]'],
  location: ['.posting-categories .location', '.posting-category.location', '.sort-by-location'],
  workplace: ['.posting-categories .workplaceTypes'],
  company: ['.main-header-logo img[alt]'],
  pay: ['[data-qa="salary-range"]', '.posting-salary'],
  // Every content section of the posting, the opening description first; not the apply block.
  sections: '.posting-page .section-wrapper .section:not(.posting-header):not(.last-section-apply), [data-qa="job-description"], [data-qa="closing-description"]',
} as const;

export function readLever(doc: Document, url: URL | null): PostingInput | null {
  const title = textAt(doc, SELECTORS.title);
  if (title === null) return null;
  const seen = new Set<Element>();
  const parts: string[] = [];
  for (const section of Array.from(doc.querySelectorAll(SELECTORS.sections))) {
    // A section inside one already read (the selectors overlap on purpose) is skipped.
    if (Array.from(seen).some((s) => s.contains(section))) continue;
    seen.add(section);
    const text = blockText(section);
    if (text !== '' && !text.startsWith('Apply for this job')) parts.push(text);
  }
  const place = textAt(doc, SELECTORS.location)?.replace(/\s*\/\s*$/, '') ?? null;
  const workplace = textAt(doc, SELECTORS.workplace);
  return adapterPosting(
    {
      title,
      company: nonEmpty(first(doc, SELECTORS.company)?.getAttribute('alt')) ?? companyFromTitle(doc, title),
      location: placeOf(place, /remote/i.test(workplace ?? '')),
      ...splitPay(textAt(doc, SELECTORS.pay)),
      description: parts.join('\n'),
    },
    'lever',
    url,
  );
}

/** "Acme - Allocation Analyst" → "Acme". */
function companyFromTitle(doc: Document, title: string): string | null {
  const page = documentTitle(doc);
  return page.endsWith(` - ${title}`) ? nonEmpty(page.slice(0, -(title.length + 3))) : null;
}

export const lever: SiteAdapter = {
  id: 'lever',
  hosts: [/(?:^|\.)lever\.co$/],
  markers: ['.posting-headline', '.posting-page'],
  read: readLever,
  noSavedPage: 'No real saved Lever job page was found among public copies.',
};

/* Test pages: none available. No real saved Lever page was found; the hooks above follow Lever's
 * public job-page markup (.posting-headline, .posting-categories, data-qa sections).
 */
