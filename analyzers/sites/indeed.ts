// Indeed: the /viewjob page and the search page's right-hand pane (/jobs?…&vjk=<job key>), where
// the job changes without a page load. Same markup on every Indeed country site.

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, blockAt, first, looksLikePay, nonEmpty, splitPay, textAt, withDollarCurrency } from './dom';
import { inlineText } from './html-text';

const SELECTORS = {
  // Search-page pane, seen 2025-03 → 2026-07 (US, India); /viewjob page, seen 2026-08 (Australia).
  pane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-ViewJobLayout--standalone', '.jobsearch-JobComponent'],
  // The inline header's h2 (pane) or h1 (/viewjob), both with this test id; 2025-03 "simpler" header.
  title: ['[data-testid="jobsearch-JobInfoHeader-title"]', '[data-testid="simpler-jobTitle"]', '.jobsearch-JobInfoHeader-title'],
  company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', '.jobsearch-JobInfoHeader-companyNameSimple'],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]'],
  // "$78,400 - $107,800 a year - Full-time": pay in the first span (2026); tiles named "<text>-tile" (2025).
  payLine: ['#salaryInfoAndJobType > span:first-child', '#salaryInfoAndJobType'],
  payTiles: '#jobDetailsSection [data-testid$="-tile"]',
  description: ['#jobDescriptionText', '.jobsearch-JobComponent-description'],
  // Links in the pane carry the job key of the job shown (jk= / fromjk=).
  jobKeyLinks: '[href*="jk="]',
  // The pane shows no date (2025-2026); the page's data (window._initialData) holds the card's
  // "15 days ago" / "30+ days ago", followed later by the key of the job it describes.
  ageData: /"hiringInsightsModel":\{"age":"([^"]{1,40})"/,
  ageJobKey: /"jobKey":"([0-9a-f]{16})"/,
} as const;

/** Indeed country sites whose pay shows a bare "$" that is not US dollars. */
const DOLLAR_CURRENCIES: Readonly<Record<string, string>> = {
  au: 'AUD', ca: 'CAD', nz: 'NZD', sg: 'SGD', hk: 'HKD', mx: 'MXN', ar: 'ARS', cl: 'CLP', co: 'COP',
};

export function readIndeed(doc: Document, url: URL | null): PostingInput | null {
  const pane = first(doc, SELECTORS.pane) ?? doc;
  const titleEl = first(pane, SELECTORS.title);
  if (titleEl === null || paneIsStale(pane, url)) return null;
  const pay = splitPay(withDollarCurrency(payText(pane), currencyOf(url)));
  return adapterPosting(
    {
      title: titleText(titleEl),
      company: textAt(pane, SELECTORS.company),
      location: textAt(pane, SELECTORS.location),
      ...pay,
      description: blockAt(pane, SELECTORS.description),
      postedText: postedAge(doc, paneJobKey(pane) ?? url?.searchParams.get('vjk') ?? url?.searchParams.get('jk') ?? null),
    },
    'indeed',
    url,
  );
}

/** The title without the visually hidden " - job post" suffix (a nested span, in any language). */
function titleText(titleEl: Element): string {
  const text = inlineText(titleEl);
  const suffix = nonEmpty(inlineText(titleEl.querySelector('span span')));
  if (suffix !== null && text.endsWith(suffix) && text.length > suffix.length) return text.slice(0, -suffix.length).trim();
  return text.replace(/\s+-\s+job post$/i, '');
}

function payText(pane: ParentNode): string | null {
  const line = textAt(pane, SELECTORS.payLine);
  if (line !== null && looksLikePay(line)) return line;
  for (const tile of Array.from(pane.querySelectorAll(SELECTORS.payTiles))) {
    const label = (tile.getAttribute('data-testid') ?? '').replace(/-tile$/, '');
    if (looksLikePay(label)) return label;
  }
  return null;
}

/** The age the page's data gives, unless that data is about another job than the one shown. */
function postedAge(doc: Document, shownKey: string | null): string | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    const age = SELECTORS.ageData.exec(text);
    if (age === null) continue;
    const key = SELECTORS.ageJobKey.exec(text.slice(age.index))?.[1] ?? null;
    return shownKey !== null && key !== null && key !== shownKey ? null : age[1] ?? null;
  }
  return null;
}

/** After a click on another card the URL's vjk changes before the pane does: not ready yet. */
function paneIsStale(pane: ParentNode, url: URL | null): boolean {
  const wanted = url?.searchParams.get('vjk') ?? null;
  if (wanted === null) return false;
  const shown = paneJobKey(pane);
  return shown !== null && shown !== wanted;
}

function paneJobKey(pane: ParentNode): string | null {
  for (const link of Array.from(pane.querySelectorAll(SELECTORS.jobKeyLinks))) {
    const match = /[?&](?:fromjk|jk)=([0-9a-f]{16})\b/.exec(link.getAttribute('href') ?? '');
    if (match?.[1] !== undefined) return match[1];
  }
  return null;
}

/**
 * The two-letter country of an Indeed country site, as its host writes it ("au" for au.indeed.com,
 * "uk" for uk.indeed.com and indeed.co.uk, "de" for indeed.de); null for www.indeed.com and other sites.
 * The one parser of Indeed's country hosts: analyzers/location.ts's boardCountry is meant to call it
 * too. It stays here, not there, because the content script (40 kB budget) would otherwise carry
 * location.ts's country table (2.4 kB) for one host pattern.
 */
export function indeedCountryCode(url: URL | null): string | null {
  const host = url?.hostname.toLowerCase() ?? '';
  return /^([a-z]{2})\.indeed\.com$/.exec(host)?.[1] ?? /(?:^|\.)indeed\.(?:com?\.)?([a-z]{2})$/.exec(host)?.[1] ?? null;
}

function currencyOf(url: URL | null): string | null {
  const country = indeedCountryCode(url);
  return country === null ? null : DOLLAR_CURRENCIES[country] ?? null;
}

function notAPosting(doc: Document, url: URL | null): string | null {
  const pane = first(doc, SELECTORS.pane);
  if (pane !== null && first(pane, SELECTORS.title) !== null && paneIsStale(pane, url)) {
    return 'Indeed is still loading the job you picked. Try again in a moment.';
  }
  const jobOpen = SELECTORS.title.some((selector) => doc.querySelector(selector) !== null);
  if (!jobOpen && doc.querySelector('#mosaic-provider-jobcards, [data-jk]') !== null) {
    return 'This Indeed page is a list of search results with no job open. Click a job to open it, then try again.';
  }
  return null;
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  hosts: [/(?:^|\.)indeed\.(?:com|[a-z]{2}|com?\.[a-z]{2})$/],
  markers: ['#jobsearch-ViewjobPaneWrapper', '[data-testid="jobsearch-JobInfoHeader-title"]', '#jobDescriptionText'],
  read: readIndeed,
  // readIndeed reads everything inside the first pane it finds.
  container: SELECTORS.pane,
  notAPosting,
};

/* Test pages:
 * indeed__serp-vjk-pane-humana-research-scientist-2026 (pane, yearly pay line)
 * indeed__serp-vjk-pane-aceone-php-developer-2026 (pane, <style> inside title and company nodes)
 * indeed__serp-vjk-pane-laboratory-analyst-us-sugar-2025 ("simpler" header, pay only as a tile)
 * indeed__serp-vjk-pane-ohsu-research-data-analyst-hourly-2026 (pane, hourly pay)
 * indeed-in__serp-vjk-pane-flutter-developer-2026 (in.indeed.com pane, no pay)
 * corpus indeed-au__senior-devops-engineer (au.indeed.com /viewjob, pay in AUD)
 */
