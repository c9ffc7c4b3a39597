// Words as the occupation classifier compares them: lower case, no accents, singular. The same
// function reads the O*NET/BLS titles (scripts/build-occupations.ts) and the posting, so both sides meet.

/** "Nurses" → "nurse", "Agencies" → "agency", "Boxes" → "box"; "business", "analysis", "bus" stay. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Plain words of a text, stemmed: "Workers' Compensation & Benefits" → ["worker", "compensation", "and", "benefit"]. */
export function words(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ');
  return (plain.match(/[a-z0-9]+(?:\+\+|#)?/g) ?? []).map(stem);
}

/** English function words (an invented list, kept short): ignored in titles and descriptions alike. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been being but by can could do does for from has have he her his how i if in into is it its ' +
    'may might more most must no not of on or other our out over own per she should so some such than that the their ' +
    'them then there these they this those through to under up upon us very was we were what when where which while who ' +
    'whom why will with within without would you your all any each every also about after before both during only')
    .split(' ')
    .map(stem),
);

/** What every posting says whatever the job (invented list): no evidence of an occupation in a description. */
const POSTING_WORDS: ReadonlySet<string> = new Set(
  ('job work position role candidate applicant company team opportunity experience year ability skill required ' +
    'preferred including include related new well etc able using use used benefit pay salary apply employer employee ' +
    'equal status time full part day week hour must plus strong excellent hire hiring interview employment employ ' +
    'recruit recruiting career qualification qualified resume application eligible paid vacation ' +
    '401k pto offer join looking seeking')
    .split(' ')
    .map(stem),
);

const isNumber = (w: string): boolean => /^\d+$/.test(w);

/** A description's words that can say what the job is. */
export const contentWords = (text: string): string[] =>
  words(text).filter((w) => !FUNCTION_WORDS.has(w) && !POSTING_WORDS.has(w) && !isNumber(w));
