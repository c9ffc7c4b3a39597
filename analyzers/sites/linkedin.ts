// LinkedIn: the public job page (/jobs/view/…) and the public search page's detail pane, the
// signed-in search split view (/jobs/search/?currentJobId=…) and the signed-in "SDUI" job view,
// whose class names are hashed and change with every release.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, documentTitle, first, looksLikePay, nonEmpty, splitPay, textAt } from './dom';
import { blockLines, inlineText } from './html-text';

const SELECTORS = {
  guest: {
    // Public /jobs/view page (h1) and public search detail pane (h2), seen 2023-04 → 2026-08.
    title: ['.top-card-layout__title', '.topcard__title'],
    company: ['.topcard__org-name-link', '.topcard__flavor:not(.topcard__flavor--bullet)'],
    location: ['.topcard__flavor--bullet'],
    // Unverified: none of the saved public postings shows pay.
    pay: ['.compensation__salary', '.salary'],
    description: ['.show-more-less-html__markup', '.description__text'],
    // "1 day ago", "Reposted 2 weeks ago", "5 giorni fa": the page's language.
    posted: ['.posted-time-ago__text'],
  },
  signedIn: {
    // Signed-in search split view, seen 2025-06 (English UI) and 2025-08 (Italian UI).
    title: ['.job-details-jobs-unified-top-card__job-title'],
    company: ['.job-details-jobs-unified-top-card__company-name'],
    // "New York, NY · 1 month ago · Over 100 applicants": the first item is the place.
    location: [
      '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text',
      '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    ],
    // Pills under the header: workplace, job type, and the pay when the poster gave one.
    pills: '.job-details-fit-level-preferences button span[aria-hidden="true"]',
    // The same line's second item: "1 month ago", "Ripubblicata: 1 ora fa".
    metaLine: ['.job-details-jobs-unified-top-card__tertiary-description-container', '.job-details-jobs-unified-top-card__primary-description-container'],
    description: ['#job-details', '.jobs-description__content .jobs-box__html-content'],
    descriptionHeading: 'h2',
  },
  sdui: {
    // Signed-in job view with hashed class names, seen 2026-02: only data-* hooks are stable.
    root: '[data-view-name="job-detail-page"]',
    company: 'a[href*="/company/"]',
    pills: 'button span span',
    description: '[data-testid="expandable-text-box"]',
  },
} as const;

export function readLinkedIn(doc: Document, url: URL | null): PostingInput | null {
  return readSignedIn(doc, url) ?? readSdui(doc, url) ?? readGuest(doc, url);
}

function readGuest(doc: Document, url: URL | null): PostingInput | null {
  const s = SELECTORS.guest;
  const title = textAt(doc, s.title);
  if (title === null) return null;
  return adapterPosting(
    {
      title,
      company: textAt(doc, s.company),
      location: textAt(doc, s.location),
      ...splitPay(textAt(doc, s.pay)),
      description: blockAt(doc, s.description),
      postedText: textAt(doc, s.posted),
    },
    'linkedin',
    url,
  );
}

function readSignedIn(doc: Document, url: URL | null): PostingInput | null {
  const s = SELECTORS.signedIn;
  const title = textAt(doc, s.title);
  if (title === null) return null;
  const pills = Array.from(doc.querySelectorAll(s.pills)).map((pill) => inlineText(pill));
  return adapterPosting(
    {
      title,
      company: textAt(doc, s.company),
      location: textAt(doc, s.location),
      ...splitPay(pills.find(looksLikePay) ?? null),
      description: descriptionWithoutHeading(first(doc, s.description), s.descriptionHeading),
      postedText: secondItem(textAt(doc, s.metaLine)),
    },
    'linkedin',
    url,
  );
}

/** "About the job" (localised) heads the description box: a label, not the posting's words. */
function descriptionWithoutHeading(box: Element | null, headingSelector: string): string | null {
  if (box === null) return null;
  const lines = blockLines(box);
  const heading = box.querySelector(headingSelector);
  if (heading !== null && lines[0] === inlineText(heading)) lines.shift();
  return lines.length === 0 ? null : lines.join('\n');
}

function readSdui(doc: Document, url: URL | null): PostingInput | null {
  const s = SELECTORS.sdui;
  const root = doc.querySelector(s.root);
  if (root === null) return null;
  const company = Array.from(root.querySelectorAll(s.company)).map((a) => inlineText(a)).find((t) => t !== '') ?? null;
  // The header is a run of <p>: the title, then "place · posted · applicants".
  const paragraphs = Array.from(root.querySelectorAll('p')).map((p) => ({ p, text: inlineText(p) }));
  const titleP = paragraphs.find((x) => x.text !== '' && x.text !== company);
  const placeP = paragraphs.find((x) => x.text.includes('·'));
  const location = placeP === undefined ? null : inlineText(placeP.p.querySelector('span'));
  const pills = Array.from(root.querySelectorAll(s.pills)).map((pill) => inlineText(pill));
  return adapterPosting(
    {
      title: sduiTitle(doc, company) ?? titleP?.text ?? null,
      company,
      location,
      ...splitPay(pills.find(looksLikePay) ?? null),
      description: blockAt(root, [s.description]),
      postedText: secondItem(placeP?.text ?? null),
    },
    'linkedin',
    url,
  );
}

/** "Place · 1 day ago · Over 100 applicants" → "1 day ago". */
function secondItem(line: string | null): string | null {
  return nonEmpty(line?.split('·')[1]);
}

/** "Data Engineer | Acme | LinkedIn": the title, when the middle part is the company shown. */
function sduiTitle(doc: Document, company: string | null): string | null {
  const parts = documentTitle(doc).split(' | ');
  if (parts.length < 3 || parts[parts.length - 1] !== 'LinkedIn') return null;
  if (company !== null && parts[1] !== company) return null;
  return nonEmpty(parts[0]);
}

function notAPosting(doc: Document, url: URL | null): string | null {
  // Public pages carry a sign-in dialog too, so only the wall's own address says "sign in".
  if (/^\/(?:authwall|login|checkpoint|signup|uas\/login)/.test(url?.pathname ?? '')) {
    return 'LinkedIn is asking you to sign in before it shows this job. Sign in, open the job, then try again.';
  }
  const jobOpen = doc.querySelector([...SELECTORS.guest.title, ...SELECTORS.signedIn.title, SELECTORS.sdui.root].join(', ')) !== null;
  if (jobOpen) return null;
  if (doc.querySelector('.jobs-search__results-list, .jobs-search-results-list, [data-view-name="job-card"]') !== null) {
    return 'This LinkedIn page is a list of jobs with no job open. Click a job to open it, then try again.';
  }
  return null;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: [/(?:^|\.)linkedin\.com$/],
  markers: [
    'meta[name="pageKey"][content^="d_jobs_guest"]',
    '.top-card-layout__title',
    '.job-details-jobs-unified-top-card__job-title',
    '[data-view-name="job-detail-page"]',
  ],
  read: readLinkedIn,
  notAPosting,
};

/* Test pages:
 * linkedin__guest-tesla-product-management-internship-2023 (public /jobs/view, prettified)
 * linkedin__guest-it-rai-data-analyst-2024 (public /jobs/view, Italian)
 * linkedin-sa__guest-ns-agency-software-engineer-raw-nojsonld-2025 (public /jobs/view, no JSON-LD)
 * linkedin__guest-search-pane-amazon-executive-assistant-2024 (public search + detail pane)
 * linkedin__loggedin-search-pane-default-senior-software-engineer-2025 (signed-in split view)
 * linkedin-it__loggedin-search-pane-idealista-senior-backend (signed-in split view, Italian UI)
 * linkedin-it__loggedin-search-pane-ups-inventory-controller (signed-in split view, Italian UI)
 * linkedin__loggedin-sdui-flow-traders-graduate-data-engineer-2026 (signed-in SDUI view)
 * corpus linkedin__heidi-senior-software-engineer (public /jobs/view)
 */
