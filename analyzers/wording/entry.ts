// The shape of one wording-list entry: what it matches, what clears it, what to write instead, and
// where it comes from. The lists (coded.ts, age.ts, exclusionary.ts, cliches.ts) are data in this shape.

import type { WordingCategory } from '../types';

export interface MatchContext {
  readonly found: string;
  readonly before: string;
  readonly after: string;
}

export interface WordingEntry {
  /** Stable and unique within its category: the item ids are made from it. */
  readonly id: string;
  readonly category: WordingCategory;
  /** The entry as its source writes it ("compet*", "native English speaker"). */
  readonly term: string;
  /**
   * A regular-expression source, matched case-insensitively (flag u) between word boundaries:
   * no letter or digit may touch either end. No nested quantifiers (scripts/regex-audit.ts).
   */
  readonly pattern: string;
  /** Cleared in this context: the words found, and the rest of their sentence before and after them. */
  readonly unless?: (context: MatchContext) => boolean;
  /** A requirement that is fair when the job needs it: cleared when the title or the rest of the posting says so. */
  readonly neededWhen?: RegExp;
  /** Only a problem as a requirement: flagged in a requirements section, or where the words are what is asked for ("must be a …", "… only"). */
  readonly asRequirement?: true;
  /** Words that keep the meaning, from the words found; null when the fix is to drop them or say why. */
  readonly suggest: (found: string) => string | null;
  readonly source: string;
}

/** "Rockstar" → "Skilled": a suggestion takes the first letter's case of the words it replaces. */
export function matchCase(found: string, suggestion: string): string {
  const first = found.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return suggestion;
  const allCaps = found.length > 1 && found === found.toUpperCase();
  return allCaps ? suggestion.toUpperCase() : suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
}
