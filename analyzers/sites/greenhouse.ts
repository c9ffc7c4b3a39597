// Greenhouse job boards: job-boards.greenhouse.io/<company>/jobs/<id> (2024 onwards) and the older
// boards.greenhouse.io pages. Company career sites built on Greenhouse carry their own markup and
// are read from their JSON-LD instead.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, documentTitle, first, nonEmpty, textAt } from './dom';
import { inlineText } from './html-text';

const SELECTORS = {
  // job-boards.greenhouse.io, seen 2026-01 (rendered) and 2026-05 (server HTML).
  title: ['.job__title h1', '.job__title .section-header', '#app_title', '.app-title'],
  location: ['.job__location', '#header .location'],
  // Each range: a label ("Base Salary Pay Range") and "<bdi>$227,500</bdi> - <bdi>$300,000</bdi> <bdi>USD</bdi>".
  payRange: '.job__pay-ranges .pay-range, .pay-ranges .pay-range',
  payFigures: 'p:not(.body--medium)',
  description: ['.job__description', '#content'],
  // Old boards.greenhouse.io (TODO [2027-01-01]: drop once no board serves it; not among the saved pages).
  company: ['.company-name'],
} as const;

export function readGreenhouse(doc: Document, url: URL | null): PostingInput | null {
  const title = textAt(doc, SELECTORS.title);
  if (title === null) return null;
  return adapterPosting(
    {
      title,
      company: companyFromTitle(doc) ?? textAt(doc, SELECTORS.company)?.replace(/^at\s+/i, '') ?? null,
      location: textAt(doc, SELECTORS.location),
      payText: payRange(doc),
      description: blockAt(doc, SELECTORS.description),
    },
    'greenhouse',
    url,
  );
}

/** "Job Application for Software Engineer at Acme" → "Acme". */
function companyFromTitle(doc: Document): string | null {
  const match = /^Job Application for .*\sat\s+(.+)$/.exec(documentTitle(doc));
  return nonEmpty(match?.[1]);
}

function payRange(doc: Document): string | null {
  const range = doc.querySelector(SELECTORS.payRange);
  if (range === null) return null;
  const figures = Array.from(range.querySelectorAll(SELECTORS.payFigures))
    .map((p) => inlineText(p))
    .find((text) => /\d/.test(text) && text.length < 80);
  return nonEmpty(figures) ?? nonEmpty(inlineText(first(range, ['bdi'])?.parentElement));
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  hosts: [/(?:^|\.)greenhouse\.io$/],
  markers: ['.job__title h1.section-header', '#app_title'],
  read: readGreenhouse,
};

/* Test pages:
 * greenhouse__job-boards-alma-software-engineer-ii-2026 (rendered page, no pay range)
 * greenhouse__job-boards-sonatus-senior-staff-ai-engineer-payrange-2026 (server HTML, pay range)
 * greenhouse__waymo-careers-site-software-engineer-multiverse: a company career site, not this
 *   adapter's markup; read from its JSON-LD.
 */
