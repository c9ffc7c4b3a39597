// The language a posting is written in, from its function words: each language's most frequent
// short words (articles, pronouns, prepositions, conjunctions), a word shared by several languages
// counting a share to each. Job titles and tool names are English in postings of every language
// ("Social Media Manager (m/w/d)"), so content words are never counted. Pure and small: no model.
//
// Word lists: the most frequent words of each language as general knowledge of its grammar,
// cross-checked against the Leipzig Corpora Collection's top-100 word lists (wortschatz.uni-leipzig.de).

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type KnownLanguage = (typeof LANGUAGES)[number];

const FUNCTION_WORDS: Readonly<Record<KnownLanguage, string>> = {
  en: 'the and with you your for our we of to is are will this that be have as or an who from at on by',
  de: 'und der die das mit für wir sie du ihre ihr deine dein bei auf eine ein einen oder sowie von zu im ist den dem des sich nicht auch werden unsere uns dich dir wie',
  fr: 'le la les et des du une un pour avec nous vous est dans sur au aux votre vos notre nos qui que en ce cette sont être par',
  es: 'el la los las y de del una un para con tu su sus es en por que se al como nuestro nuestra más tus nuestros',
  it: 'il lo la gli le e di del della dei delle per con un una che è sono nel nella al alla siamo tuo tua nostro nostra anche non come',
  pt: 'o a os as e de do da dos das um uma para com em no na nos que é são você seu sua nosso nossa ao pelo pela não',
  nl: 'de het een en van voor met wij we je jij jouw onze ons is zijn op te bij naar dat die niet ook als om worden',
};

/** Each word's share per language: 1 for a word of one language, ½ for a word of two, … */
const WEIGHTS: ReadonlyMap<string, readonly (readonly [KnownLanguage, number])[]> = (() => {
  const owners = new Map<string, KnownLanguage[]>();
  for (const lang of LANGUAGES) for (const w of FUNCTION_WORDS[lang].split(' ')) owners.set(w, [...(owners.get(w) ?? []), lang]);
  return new Map([...owners].map(([w, langs]) => [w, langs.map((l) => [l, 1 / langs.length] as const)]));
})();

const NAMES: Readonly<Record<KnownLanguage, string>> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
};

/** Below this many function-word points the text is too short (a title, a list of tools) to say. */
const MIN_EVIDENCE = 3;
/** The winner must lead the runner-up by this factor, else the text is mixed and the call unsure. */
const MIN_LEAD = 1.25;

export interface LanguageGuess {
  readonly language: KnownLanguage | 'other';
  /** Function-word points per language, highest first (for tests and the bench). */
  readonly scores: readonly (readonly [KnownLanguage, number])[];
}

export function guessLanguage(text: string): LanguageGuess {
  const totals = new Map<KnownLanguage, number>(LANGUAGES.map((l) => [l, 0]));
  // The first 5,000 characters decide: a posting's language does not change halfway through.
  for (const word of text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const [lang, share] of WEIGHTS.get(word) ?? []) totals.set(lang, totals.get(lang)! + share);
  }
  const scores = [...totals].sort((a, b) => b[1] - a[1]);
  const [first, second] = [scores[0]!, scores[1]!];
  if (first[1] < MIN_EVIDENCE) {
    // Too few function words to tell (a list of tasks and tools): English, the language job titles
    // and tool names are written in, unless a letter outside English's alphabet says otherwise.
    return { language: /[^\x00-\x7f\p{P}\p{S}\p{Z}]/u.test(text.slice(0, 5000)) ? 'other' : 'en', scores };
  }
  return { language: first[1] >= MIN_LEAD * second[1] ? first[0] : 'other', scores };
}

export function detectLanguage(text: string): KnownLanguage | 'other' {
  return guessLanguage(text).language;
}

/** "German"; "an unrecognised language" for 'other'. */
export function languageName(code: string): string {
  return Object.hasOwn(NAMES, code) ? NAMES[code as KnownLanguage] : 'an unrecognised language';
}
