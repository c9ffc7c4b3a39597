// Levels.fyi job pages (levels.fyi/jobs?jobId=…). The posting itself is read from the page's
// JSON-LD; the pay is read from the header, because Levels.fyi publishes its own salary estimate
// as the JSON-LD baseSalary and only the header says which it is: "(base salary estimate from
// Levels.fyi)" or the employer's figure "(from job description)".

import type { PostingInput } from '../types';
import type { SiteAdapter } from './adapter';
import { splitPay, textAt } from './dom';
import { readJsonLd } from './jsonld';

const SELECTORS = {
  // Seen 2026-08: CSS-module classes ("job-details-header-module-scss-module__CqpRoW__compensationRow").
  title: ['h1'],
  pay: ['[class*="__compensationRow"]'],
} as const;

export function readLevelsFyi(doc: Document, url: URL | null): PostingInput | null {
  const posting = readJsonLd(doc, url);
  if (posting === null) return null;
  const shown = textAt(doc, SELECTORS.pay);
  const pay = shown === null ? { payText: posting.payText, payEstimateText: posting.payEstimateText } : splitPay(shown);
  return {
    ...posting,
    title: textAt(doc, SELECTORS.title) ?? posting.title,
    ...pay,
    site: 'levelsfyi',
    method: 'adapter',
  };
}

export const levelsfyi: SiteAdapter = {
  id: 'levelsfyi',
  hosts: [/(?:^|\.)levels\.fyi$/],
  markers: [],
  read: readLevelsFyi,
};

/* Test pages:
 * levelsfyi__nebius-senior-software-engineer (JSON-LD posting, pay marked as Levels.fyi's estimate)
 */
