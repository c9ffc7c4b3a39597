// Y Combinator's Work at a Startup job pages (/jobs/<id>): an Inertia app whose server HTML holds
// the whole job as JSON in one data-page attribute, with no rendered text and no JSON-LD.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, dig, parseJson, splitPay, str } from './dom';
import { richText } from './html-text';

const SELECTORS = {
  // Seen 2026-05: <div data-page="{&quot;component&quot;:&quot;jobs/public/pages/JobDetailPage&quot;…}">.
  page: '[data-page]',
} as const;

const JOB_PAGE = /JobDetailPage$/;

export function readWorkAtAStartup(doc: Document, url: URL | null): PostingInput | null {
  const data = parseJson(doc.querySelector(SELECTORS.page)?.getAttribute('data-page'));
  const component = str(dig(data, 'component'));
  if (component === null || !JOB_PAGE.test(component)) return null;
  const job = dig(data, 'props', 'job');
  const html = dig(job, 'descriptionHtml');
  return adapterPosting(
    {
      title: str(dig(job, 'title')),
      company: str(dig(data, 'props', 'company', 'name')),
      location: str(dig(job, 'location')),
      ...splitPay(str(dig(job, 'salaryRange'))),
      description: typeof html === 'string' ? richText(html, doc) : null,
    },
    'workatastartup',
    url,
  );
}

export const workatastartup: SiteAdapter = {
  id: 'workatastartup',
  hosts: [/(?:^|\.)workatastartup\.com$/],
  markers: ['[data-page*="jobs/public/pages/JobDetailPage"]'],
  read: readWorkAtAStartup,
};

/* Test pages:
 * workatastartup__yc-vectorshift-backend-engineer-india-2026 (server HTML, data-page JSON only)
 */
