// Ashby job boards (jobs.ashbyhq.com/<company>/<id>). Most class names are hashed
// ("_title_ud4nd_34"); the stable hooks are the ashby-job-posting-* classes and the left pane's
// labelled sections (Location, Compensation, …).

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, documentTitle, nonEmpty, placeOf, splitPay, textAt } from './dom';
import { inlineText } from './html-text';

const SELECTORS = {
  // Rendered job page, seen 2026-08.
  title: ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading'],
  leftPane: '.ashby-job-posting-left-pane',
  section: ':scope > div',
  // "Target Base Salary $168K – $275.1K • Offers Equity".
  payTier: ['[class*="_compensationTierSummary"]'],
  description: ['[class*="_descriptionText"]', '.ashby-job-posting-right-pane [class*="_description"]'],
} as const;

/** The left pane's section labels, as Ashby prints them. */
const LABELS = { location: /^location$/i, workplace: /^location type$/i, pay: /^compensation$/i } as const;

export function readAshby(doc: Document, url: URL | null): PostingInput | null {
  const title = textAt(doc, SELECTORS.title);
  if (title === null) return null;
  const sections = leftPaneSections(doc);
  const place = sections.get('location') ?? null;
  const workplace = sections.get('workplace') ?? null;
  const tier = textAt(doc, SELECTORS.payTier) ?? sections.get('pay') ?? null;
  return adapterPosting(
    {
      title,
      company: companyFromTitle(doc, title),
      location: placeOf(place, /remote/i.test(workplace ?? '')),
      // "• Offers Equity" and the like follow the figures.
      ...splitPay(nonEmpty(tier?.split(' • ')[0])),
      description: blockAt(doc, SELECTORS.description),
    },
    'ashby',
    url,
  );
}

function leftPaneSections(doc: Document): Map<keyof typeof LABELS, string> {
  const found = new Map<keyof typeof LABELS, string>();
  const pane = doc.querySelector(SELECTORS.leftPane);
  if (pane === null) return found;
  for (const section of Array.from(pane.querySelectorAll(SELECTORS.section))) {
    const label = inlineText(section.querySelector('h2'));
    const value = nonEmpty(inlineText(section.querySelector('p')));
    for (const [key, pattern] of Object.entries(LABELS) as [keyof typeof LABELS, RegExp][]) {
      if (pattern.test(label) && value !== null) found.set(key, value);
    }
  }
  return found;
}

/** "Software Engineer @ Acme" → "Acme". */
function companyFromTitle(doc: Document, title: string): string | null {
  const page = documentTitle(doc);
  return page.startsWith(`${title} @ `) ? nonEmpty(page.slice(title.length + 3)) : null;
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  hosts: [/(?:^|\.)ashbyhq\.com$/],
  markers: ['.ashby-job-posting-heading', '.ashby-job-posting-left-pane'],
  read: readAshby,
};

/* Test pages:
 * ashby__ramp-software-engineer-accounting (rendered page, pay tier, JSON-LD too)
 */
