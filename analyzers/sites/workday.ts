// Workday career sites (<tenant>.wd<N>.myworkdayjobs.com). The page is built in the browser from
// data-automation-id hooks; the server HTML is a shell whose JSON-LD carries the posting, so a
// saved file or an apply step is read by the JSON-LD reader instead.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, dig, str, textAt } from './dom';
import { jobPostingsIn, jsonLdBlocks } from './jsonld';
import { decodeInline } from './html-text';

const SELECTORS = {
  // Rendered job page (Workday's public data-automation-id hooks; not in the saved pages, which
  // are a server shell and an apply step: see Test pages).
  title: ['[data-automation-id="jobPostingHeader"]'],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  // Workday sometimes lays pay out as its own field.
  pay: ['[data-automation-id="payRange"]', '[data-automation-id="compensation"]'],
} as const;

export function readWorkday(doc: Document, url: URL | null): PostingInput | null {
  const title = textAt(doc, SELECTORS.title);
  if (title === null) return null;
  return adapterPosting(
    {
      title,
      // The rendered page does not print the employer's legal name; its JSON-LD does.
      company: employerFromJsonLd(doc),
      location: textAt(doc, SELECTORS.location)?.replace(/^locations\s*/i, '') ?? null,
      payText: textAt(doc, SELECTORS.pay),
      description: blockAt(doc, SELECTORS.description),
    },
    'workday',
    url,
  );
}

function employerFromJsonLd(doc: Document): string | null {
  const posting = jobPostingsIn(jsonLdBlocks(doc))[0];
  const name = str(dig(posting, 'hiringOrganization', 'name'));
  return name === null ? null : decodeInline(name, doc);
}

export const workday: SiteAdapter = {
  id: 'workday',
  hosts: [/(?:^|\.)myworkdayjobs\.com$/, /(?:^|\.)myworkdaysite\.com$/],
  markers: ['[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobTitleHeading"]'],
  read: readWorkday,
};

/* Test pages:
 * workday__autodesk-senior-industry-strategy-manager-content-creation-2025 (server shell: JSON-LD)
 * workday__workday-inc-sr-services-executive-apply-step-browser-saved-2026 (apply step: JSON-LD)
 * No saved page shows the rendered job view; its hooks above follow Workday's published markup.
 */
