// aijobs.net job pages (/job/<slug>/): a plain server-rendered page with no JSON-LD. The site
// writes its own summary (tasks, perks, skills) and marks its pay guesses "(estimate)".

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { adapterPosting, looksLikePay, nonEmpty, splitPay } from './dom';
import { blockText, inlineText } from './html-text';

const SELECTORS = {
  // Seen 2026-08: <main> holds h1, a header block (place, chips, apply), then the sections.
  main: 'main',
  title: 'h1',
  place: 'strong',
  chips: 'p span',
  // Blocks that end the posting (related jobs) or carry only buttons.
  related: 'h3, #job_list',
  apply: 'a[href*="/apply/"]',
} as const;

export function readAijobs(doc: Document, url: URL | null): PostingInput | null {
  const main = doc.querySelector(SELECTORS.main);
  const titleEl = main?.querySelector(SELECTORS.title) ?? null;
  if (main === null || titleEl === null) return null;
  const header = titleEl.nextElementSibling;
  const chips = header === null ? [] : Array.from(header.querySelectorAll(SELECTORS.chips)).map((c) => inlineText(c));
  const parts: string[] = [];
  for (let el = header?.nextElementSibling ?? null; el !== null; el = el.nextElementSibling) {
    if (el.matches(SELECTORS.related) || el.querySelector(SELECTORS.related) !== null) break;
    if (el.querySelector(SELECTORS.apply) !== null) continue;
    const text = blockText(el);
    if (text !== '') parts.push(text);
  }
  return adapterPosting(
    {
      title: inlineText(titleEl),
      // The page names no employer apart from the title's own words.
      company: null,
      location: nonEmpty(inlineText(header?.querySelector(SELECTORS.place))),
      ...splitPay(chips.find(looksLikePay) ?? null),
      description: parts.join('\n'),
    },
    'aijobs',
    url,
  );
}

export const aijobs: SiteAdapter = {
  id: 'aijobs',
  hosts: [/(?:^|\.)aijobs\.net$/],
  markers: [],
  read: readAijobs,
};

/* Test pages:
 * aijobs__usds-software-engineer (job page, pay chip marked "(estimate)")
 */
