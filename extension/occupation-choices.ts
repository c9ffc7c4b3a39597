// The occupations the user picked for postings ("this is a nurse's job, not a PR job"), kept in this
// browser so that the posting is compared with the right wages the next time it is opened.
// Pure: what storage holds in, a clean record out.

import type { PostingInput } from '../analyzers/types';

/** Postings remembered at most; the oldest choice goes first. */
export const OCCUPATION_CHOICES_CAP = 500;

/** Posting key → OEWS code, newest last. */
export type OccupationChoices = Readonly<Record<string, string>>;

const SOC = /^\d\d-\d{4}$/;

/**
 * The same posting on a search page and on its own page has two addresses but one title and
 * company, so the choice follows the title and company.
 */
export function choiceKeyOf(posting: Pick<PostingInput, 'title' | 'company'>): string {
  return `${posting.title.trim().toLowerCase()}\n${(posting.company ?? '').trim().toLowerCase()}`.slice(0, 700);
}

/** Whatever storage holds → only well-formed entries (a code like 29-1141 under a string key). */
export function readOccupationChoices(raw: unknown): OccupationChoices {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string' && SOC.test(value) && key.length <= 700) clean[key] = value;
  }
  return clean;
}

/** The choices with this posting's set (or cleared with null), the oldest past the cap dropped. */
export function withChoice(choices: OccupationChoices, key: string, soc: string | null, cap = OCCUPATION_CHOICES_CAP): OccupationChoices {
  const entries = Object.entries(choices).filter(([k]) => k !== key);
  if (soc !== null) entries.push([key, soc]);
  return Object.fromEntries(entries.slice(Math.max(0, entries.length - cap)));
}
