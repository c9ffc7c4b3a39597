// Masculine- and feminine-coded words: the two word lists of Gaucher, Friesen & Kay (2011),
// "Evidence that gendered wording in job advertisements exists and sustains gender inequality",
// Journal of Personality and Social Psychology 101(1), 109–128, Appendix. A "*" is the paper's
// own stem mark (any ending); a word without one matches only as written. The paper found that
// masculine-coded wording made a job less appealing to women and lowered their sense of belonging;
// it counts both kinds, so the check reports a balance, never a list of bad words.
//
// Four exceptions, ScopeFit's own and each tested: the words are about the pay or a sales pipeline,
// or are grammar, not about the person or the work's character.
//   "competitive salary/pay/benefits/medical", "pay is competitive" (compet*: the offer, not the applicant)
//   "sales leads", "lead generation"                         (lead*: prospective customers)
//   "depending on experience", "dependent on", "dependents"  (depend*: a condition or a benefit, not dependability)
//   "kind of", "one of a kind"                               (kind: a sort, not kindness)

import type { MatchContext, WordingEntry } from './entry';

export const GAUCHER_2011 = 'Gaucher, Friesen & Kay (2011), Journal of Personality and Social Psychology 101(1), Appendix';

export const MASCULINE_WORDS = [
  'active', 'adventurous', 'aggress*', 'ambitio*', 'analy*', 'assert*', 'athlet*', 'autonom*', 'boast*', 'challeng*',
  'compet*', 'confident', 'courag*', 'decide', 'decisive', 'decision*', 'determin*', 'dominant', 'domina*', 'force*',
  'greedy', 'headstrong', 'hierarch*', 'hostil*', 'impulsive', 'independen*', 'individual*', 'intellect*', 'lead*',
  'logic', 'masculine', 'objective', 'opinion', 'outspoken', 'persist', 'principle*', 'reckless', 'stubborn', 'superior',
  'self-confiden*', 'self-relian*', 'self-sufficien*',
] as const;

export const FEMININE_WORDS = [
  'affectionate', 'child*', 'cheer*', 'commit*', 'communal', 'compassion*', 'connect*', 'considerate', 'cooperat*',
  'depend*', 'emotiona*', 'empath*', 'feminine', 'flatterable', 'gentle', 'honest', 'interpersonal', 'interdependen*',
  'interpersona*', 'kind', 'kinship', 'loyal*', 'modesty', 'nag', 'nurtur*', 'pleasant*', 'polite', 'quiet*', 'respon*',
  'sensitiv*', 'submissive', 'support*', 'sympath*', 'tender*', 'together*', 'trust*', 'understand*', 'warm*', 'whin*', 'yield*',
] as const;

const PAY_WORD = String.raw`(?:salary|salaries|pay|compensation|wages?|benefits?|rates?|package|remuneration|base|hourly|bonus(?:es)?|total rewards|perks|pto|401|medical|dental|vision|health|insurance|retirement|commission|equity)`;
const PAY_AFTER = new RegExp(String.raw`^[\s\w,&/-]{0,40}?\b${PAY_WORD}\b`, 'i');
const PAY_BEFORE = new RegExp(String.raw`\b${PAY_WORD}(?:\s+(?:is|are)\s+(?:very\s+|highly\s+|extremely\s+)?|\s*(?:[:–-]\s*)?)$`, 'i');

/** ScopeFit's four exceptions (see the top of this file), by the paper's stem they narrow. */
const EXCEPTIONS: Readonly<Record<string, (c: MatchContext) => boolean>> = {
  'compet*': (c) => /^competitive$/i.test(c.found) && (PAY_AFTER.test(c.after) || PAY_BEFORE.test(c.before)),
  'lead*': (c) =>
    (/^leads$/i.test(c.found) && /\b(?:sales|qualified|new|inbound|outbound|warm|cold|potential|generate|generating|nurture|nurturing|convert|converting|on)\s+$/i.test(c.before)) ||
    (/^lead$/i.test(c.found) && /^[\s-]+(?:gen|generation|generating|lists?|magnets?|scoring|nurturing|capture|management)\b/i.test(c.after)),
  'depend*': (c) => (/^(?:depending|dependent|depends)$/i.test(c.found) && /^\s+(?:on|upon)\b/i.test(c.after)) || /^dependents$/i.test(c.found),
  kind: (c) => /^\s+of\b/i.test(c.after) || /\bof\s+a\s*$/i.test(c.before) || /\bof-a-$/i.test(c.before),
};

/** "compet*" → "compet\p{L}*"; a word without "*" only as written; "self-" forms also without the hyphen. */
export function stemPattern(word: string): string {
  const stem = word.endsWith('*');
  const body = word.replace(/\*$/, '').replace(/-/g, '[- ]?');
  return stem ? `${body}\\p{L}*` : body;
}

function codedEntries(words: readonly string[], category: 'masculine-coded' | 'feminine-coded'): WordingEntry[] {
  return words.map((word) => ({
    id: word.replace(/\*$/, ''),
    category,
    term: word,
    pattern: stemPattern(word),
    unless: EXCEPTIONS[word],
    suggest: () => null,
    source: GAUCHER_2011,
  }));
}

export const MASCULINE_CODED: readonly WordingEntry[] = codedEntries(MASCULINE_WORDS, 'masculine-coded');
export const FEMININE_CODED: readonly WordingEntry[] = codedEntries(FEMININE_WORDS, 'feminine-coded');
