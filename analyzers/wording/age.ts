// Age-coded wording: words that tell older people the job is not for them. The law and the research:
//  - 29 CFR § 1625.4(a) (US EEOC, under the Age Discrimination in Employment Act): help-wanted ads may
//    not use terms that deter older applicants, naming "young", "college student", "recent college
//    graduate" and age ranges such as "age 25 to 35" among them.
//  - Burn, Button, Munguia Corella & Neumark (2022), "Does ageist language in job ads predict age
//    discrimination in hiring?", Journal of Labor Economics 40(3), 613–667: ad language tied to age
//    stereotypes (health and energy, personality, skills such as technology) predicts fewer callbacks
//    for older applicants.
// The patterns and suggestions are ScopeFit's own words. "Young people" is left alone: youth work
// serves them. "A young company" is the firm's age, not the staff's.

import { matchCase, type WordingEntry } from './entry';

export const EEOC_AGE_ADS = '29 CFR § 1625.4(a), US EEOC: help-wanted ads may not deter older applicants ("young", "recent college graduate", "age 25 to 35")';
export const BURN_2022 = 'Burn, Button, Munguia Corella & Neumark (2022), Journal of Labor Economics 40(3): age-stereotyped ad language (energy, technology) predicts age discrimination in hiring';

const lastWord = (words: string): string => words.split(/[\s,]+/).pop() ?? '';

/** "young and energetic" → "motivated": energy is itself an age stereotype; other traits stay. */
const AFTER_YOUNG: Readonly<Record<string, string>> = { energetic: 'motivated', fresh: 'curious', hungry: 'motivated' };

/** "young professionals" → "early-career professionals"; "young team" → "team". */
const YOUNG_NOUN: Readonly<Record<string, string | null>> = {
  team: null, teams: null, workforce: null, crew: null, colleagues: null, staff: null,
  professional: 'early-career', professionals: 'early-career', talent: 'early-career', candidate: 'early-career',
  candidates: 'early-career', individual: 'early-career', individuals: 'early-career', minds: 'curious', blood: 'new',
};

export const AGE_CODED: readonly WordingEntry[] = [
  {
    id: 'young-and',
    category: 'age-coded',
    term: 'young and dynamic',
    pattern: String.raw`young(?:\s+and\s+|\s*,\s*)(?:dynamic|energetic|vibrant|fun|enthusiastic|motivated|ambitious|hungry|fresh|passionate|driven|creative)`,
    suggest: (found) => {
      const trait = lastWord(found);
      return matchCase(found, AFTER_YOUNG[trait.toLowerCase()] ?? trait.toLowerCase());
    },
    source: EEOC_AGE_ADS,
  },
  {
    id: 'young-people',
    category: 'age-coded',
    term: 'young team, young professionals',
    pattern: String.raw`young\s+(?:${Object.keys(YOUNG_NOUN).join('|')})`,
    suggest: (found) => {
      const noun = lastWord(found);
      const instead = YOUNG_NOUN[noun.toLowerCase()];
      return matchCase(found, instead === null || instead === undefined ? noun : `${instead} ${noun}`);
    },
    source: EEOC_AGE_ADS,
  },
  {
    id: 'youthful',
    category: 'age-coded',
    term: 'youthful',
    pattern: 'youthful',
    suggest: (found) => matchCase(found, 'lively'),
    source: EEOC_AGE_ADS,
  },
  {
    id: 'digital-native',
    category: 'age-coded',
    term: 'digital native',
    pattern: String.raw`(?:an?\s+)?digital(?:ly)?[- ]natives?`,
    // "a digitally native brand" is the company's channel, not the applicant's age.
    unless: (c) => /^\s+(?:brands?|compan(?:y|ies)|business(?:es)?|start-?ups?|retailers?|products?|media|publications?|d2c|dtc)\b/i.test(c.after),
    suggest: (found) => {
      if (/^an?\s/i.test(found)) return matchCase(found, 'someone at home with digital tools');
      if (/s$/i.test(found)) return matchCase(found, 'people at home with digital tools');
      return matchCase(found, 'digital-first');
    },
    source: BURN_2022,
  },
  {
    id: 'recent-graduate',
    category: 'age-coded',
    term: 'recent graduate (as a requirement)',
    pattern: String.raw`(?:an?\s+)?(?:recent|fresh)\s+(?:college\s+|university\s+)?(?:graduates?|grads?)`,
    asRequirement: true,
    suggest: (found) => {
      const plural = /s$/i.test(found);
      if (/^an?\s/i.test(found)) return matchCase(found, 'an early-career candidate');
      return matchCase(found, plural ? 'early-career candidates' : 'early-career candidate');
    },
    source: EEOC_AGE_ADS,
  },
  {
    id: 'graduated-within',
    category: 'age-coded',
    term: 'graduated within the last N years',
    pattern: String.raw`graduated\s+(?:with)?in\s+the\s+(?:last|past)\s+(?:\d{1,2}|one|two|three|four|five)\s+years?`,
    suggest: () => null,
    source: EEOC_AGE_ADS,
  },
  {
    id: 'energetic',
    category: 'age-coded',
    term: 'energetic',
    pattern: String.raw`energetic|high[- ]energy`,
    // Of the brand's voice or the content, not of the person.
    unless: (c) =>
      /^\s+(?:brand|voice|tone|content|copy|music|posts?|videos?|style|campaigns?|visuals?|graphics|designs?|writing)\b/i.test(c.after) ||
      /\bof\s+(?:an?\s+)?$/i.test(c.before),
    suggest: (found) => matchCase(found, 'motivated'),
    source: BURN_2022,
  },
  {
    id: 'most-years',
    category: 'age-coded',
    term: 'no more than N years of experience',
    pattern: String.raw`(?:no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of|max\.?|at\s+most)\s+\d{1,2}\s*(?:\+\s*)?years?(?:\s+of)?(?:\s+\p{L}+)?\s+experience`,
    suggest: () => null,
    source: EEOC_AGE_ADS,
  },
  {
    id: 'age-range',
    category: 'age-coded',
    term: 'age 25 to 35',
    pattern: String.raw`(?:aged?|ages|between\s+the\s+ages\s+of)\s+[1-6]\d\s*(?:-|–|to|and)\s*[2-7]\d|under\s+the\s+age\s+of\s+[2-7]\d`,
    asRequirement: true,
    suggest: () => null,
    source: EEOC_AGE_ADS,
  },
];
