// One sentence → the years statements in it, read on their structure: a quantity (number or number
// word, an optional range, "+", a unit of years or months), its qualifier (a floor such as "at least"
// or "or more", or a ceiling such as "up to"), what the years are *of* (the applicant's experience, a
// degree, an age, the company's history, a window of time), and whether its own clause asks for it or
// wishes for it. Words per language in words.ts.

import { LANGUAGES, type YearsWords } from './words';

export type Subject = 'experience' | 'schooling' | 'age-or-company' | 'window' | 'unknown';

export interface YearsStatement {
  /** In years; months are counted in half years ("18 months" → 1.5). */
  readonly min: number;
  readonly max: number | null;
  /** "up to 2 years", "fewer than 4 years": a ceiling, not a minimum. */
  readonly ceiling: boolean;
  readonly subject: Subject;
  /** Asked outright (true), wished for (false). */
  readonly required: boolean;
  /** Both asked and wished for in the same clause. */
  readonly mixed: boolean;
  /** An alternative to schooling ("a degree or 4 years of experience"): not the bar. */
  readonly alternative: boolean;
  /** One grade of a ladder ("Class B Mechanic = 3-5 yrs"): which grade is hired is not said. */
  readonly tier: boolean;
  /** Said by an Indeed-style "Field: N years (Required)" line. */
  readonly marked: boolean;
  /** The statement opens its line, as a requirement bullet does. */
  readonly opensLine: boolean;
  readonly text: string;
}

const all = (pick: (w: YearsWords) => readonly string[]): string[] =>
  [...new Set(LANGUAGES.flatMap(pick))].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Entries are regex sources where they carry "?" or "\\.", plain words otherwise.
const alt = (words: readonly string[]): string => words.map((w) => (/[?\\]/.test(w) ? w : escape(w))).join('|');

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(LANGUAGES.flatMap((w) => Object.entries(w.numbers)));
const WORDS = alt(all((w) => Object.keys(w.numbers)));
const WORDS_NOT_A = alt(all((w) => Object.keys(w.numbers)).filter((w) => w !== 'a' && w !== 'an' && w !== 'un' && w !== 'une'));
const L = '[\\p{L}\\p{N}_]';
const DIGITS = '\\d{1,2}(?:[.,]5)?';
const PAREN = `(?:\\s?\\(\\s?\\d{1,2}(?:\\s?[-–]\\s?\\d{1,2})?\\s?\\+?\\s?\\))?`;
// French "an" is also English "an": only "1 an d'expérience", "2 an minimum".
const YEAR_UNITS = alt(all((w) => w.years)).replace(/(^|\|)an(?=\||$)/, `$1an(?=\\s(?:d['’]|de\\s|minimum|au\\s|en\\s|dans\\s|chez\\s|comme\\s)|\\s?[.,;)]|\\s?$)`);
const MONTH_UNITS = alt(all((w) => w.months));
const MONTHS_FIRST = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?<n>${DIGITS}|${WORDS_NOT_A})\\s?(?:${MONTH_UNITS})\\s?(?:to|-|–|bis|à|a)\\s?$`, 'iu');
// "… OR 5 years", "…, or a minimum of 3 years": "or" with nothing but a floor between it and the figure.
const OR_RIGHT_BEFORE = /(?<![\p{L}/])(?:or|oder|ou|o)\s(?:(?:an?|the|at least|a minimum of|minimum of|minimum|more than|over|ein|eine|mindestens|au moins|plus de)\s?[,(]?\s?)*$/iu;
const MORE = alt(all((w) => w.floorAfter.filter((f) => /^(or|oder|und|et|ou|o|of)\s/.test(f))));

/** The quantity: number, optional "(5)", optional range, "+", "or more", the unit. */
const QUANTITY = new RegExp(
  `(?:(?<![\\p{N}$€£,/#])(?<!\\p{N}[.:])(?<d1>${DIGITS})(?!\\p{N})\\)?|(?<!${L})(?<w1>${WORDS})(?!${L}))${PAREN}` +
    `(?:(?:\\s?(?:-|–|—|${alt(all((w) => w.rangeJoins).filter((j) => !/^[-–—]$/.test(j)))})|(?<=(?:between|zwischen|entre|tra|tussen)\\s\\S{1,7})\\s(?:and|und|et|y|e|en))\\s?(?:(?<d2>${DIGITS})(?!\\p{N})|(?<w2>${WORDS_NOT_A})(?!${L}))${PAREN})?` +
    `(?<plus>\\s?\\+|\\s?plus(?!${L}))?(?:\\s?(?<more>${MORE})(?!${L})${PAREN})?` +
    `\\s?-?\\s?(?:(?<years>${YEAR_UNITS})|(?<months>${MONTH_UNITS}))(?!${L})(?:['’]s?|\\(s\\))?(?<plus2>\\s?\\+)?`,
  'giu',
);

const phrase = (words: readonly string[]): string => `(?<!${L})(?:${alt(words)})(?!${L})`;
const FLOOR_BEFORE = new RegExp(`(?:${phrase(all((w) => w.floorBefore))})\\s?(?:of\\s|von\\s|de\\s)?\\(?\\s?$`, 'iu');
const CEILING_BEFORE = new RegExp(`(?:${phrase(all((w) => w.ceilingBefore))})\\s?(?:of\\s)?\\(?\\s?$`, 'iu');
const FLOOR_AFTER = new RegExp(`^\\s?\\)?\\s?(?:${phrase(all((w) => w.floorAfter))})`, 'iu');
const CEILING_AFTER = new RegExp(`^\\s?\\)?\\s?(?:${phrase(all((w) => w.ceilingAfter))})`, 'iu');
const EXPERIENCE = new RegExp(`(?:${alt(all((w) => w.experience))})`, 'iu');
const PREFERRED = new RegExp(phrase(all((w) => w.preferred)), 'iu');
const REQUIRED = new RegExp(phrase(all((w) => w.required)), 'iu');
// "preferably in the CPG industry", "idealerweise in einer Agentur": the wish is about the field, not the years.
const WISH_ABOUT_FIELD = /(?<![\p{L}])(?:preferably|ideally|idealerweise|vorzugsweise|gerne|idéalement|de préférence|preferibilmente|bij voorkeur)\s(?:in|within|with|at|from|on|as|for|of|im|in|mit|bei|als|aus|dans|en|chez|avec|dei|nel|nella|met|bij)(?![\p{L}])/giu;
const WINDOW = new RegExp(`(?:${phrase([...all((w) => w.window), 'once', 'twice', 'times'])})\\s?(?:the\\s|den\\s|les\\s)?(?:(?:last|past|first|next|letzten|ersten|derniers)\\s)?$`, 'iu');
const NOT_EXPERIENCE_AFTER = new RegExp(`^\\s?[-–]?\\s?(?:${phrase([...all((w) => w.notExperience), 'or older', 'and older', 'or over', 'and over', 'end', 'round', 'old'])})`, 'iu');
const SCHOOLING = new RegExp(phrase([...all((w) => w.schooling), 'high school', 'ged']), 'iu');
const SCHOOLING_ALL = new RegExp(SCHOOLING.source, 'giu');
const SCHOOLING_AFTER = new RegExp(`^\\s?[-–]?\\s?(?:[\\p{L}'’.-]+\\s){0,2}(?:${phrase([...all((w) => w.schooling), 'post-high'])})`, 'iu');
// "we have 25 years", "our founders bring 20 years", "many team members have 10+ years".
const COMPANY = new RegExp(`${phrase(all((w) => w.company))}(?:\\s[\\p{L}'’-]+){0,2}?\\s?(?:${alt(all((w) => w.companyVerbs))})(?!${L})`, 'iu');
const HISTORY = new RegExp(phrase(all((w) => w.history)), 'iu');
const CEILING_LATER = /^[^,;.]{0,40}?(?<![\p{L}])(?:or less|or fewer|at most|oder weniger|ou moins|o menos|o meno)(?![\p{L}])/iu;
// "Job Duration: 12+ Months", "Laufzeit: 2 Jahre": how long the job lasts.
const DURATION_BEFORE = /(?<![\p{L}])(?:duration|term|length|contract|period|assignment|dauer|laufzeit|vertrag|befristet|durée|contrat|duración|durata|looptijd)[^\p{L}]{0,4}$/iu;
// After the unit, nothing but what qualifies it: "6+ years preferred", "3 years minimum", "2 years required".
const ONLY_QUALIFIERS = new RegExp(`^(?:[\\s\\p{P}]|${phrase([...all((w) => w.floorAfter), ...all((w) => w.preferred), ...all((w) => w.required), 'is', 'are', 'highly', 'strongly', 'would be', 'will be'])})*$`, 'iu');
// Where a wish before the figure stops reaching it: "Design experience is welcome, with five years".
const NEAR_CUT = /[,;]|(?<![\p{L}])(?:and|with|but|or|while|und|mit|aber|et|mais|avec)(?![\p{L}])/giu;

// "(Azure preferred)", "(freshers … welcome)", "(6 preferred)": an aside is about itself; only a bare
// "(preferred)" / "(required)" marks the statement. "…, ideally 5+, …" wishes for another figure.
const ASIDE = /\((?!\s?(?:and|but|or|und|aber|et|mais)\s)(?!\s?(?:preferred|required|desired|a plus|requis|souhaité|erforderlich|wünschenswert)\s?\))[^()]{0,120}\)/giu;
const OTHER_FIGURE_WISH = new RegExp(`(?<![\\p{L}])(?:ideally|preferably|idealerweise|idéalement|but ideally|or ideally)\\s?\\(?\\s?(?:${DIGITS}|${WORDS_NOT_A})(?!\\p{N})\\+?`, 'giu');
// After the figure, a wishing adverb qualifies what follows it ("…, ideally in fintech", "– idealerweise
// auf Agenturseite"), not the years; before the figure it is about them ("Ideally 4 years").
const WISH_ADVERB = /(?<![\p{L}])(?:preferably|ideally|idealerweise|vorzugsweise|optimalerweise|idéalement|de préférence|preferibilmente|preferiblemente|preferencialmente|bij voorkeur)(?![\p{L}])/giu;
const ownTail = (after: string): string => after.replace(ASIDE, ' ').replace(OTHER_FIGURE_WISH, ' ').replace(WISH_ADVERB, ' ');

/** Whether a text (a heading, a clause) says something is wished for rather than asked. */
export const wishedFor = (text: string): boolean => PREFERRED.test(text);
const APPLICANT = /(?<![\p{L}])(?:you|your|you'll|you’ll|candidate|candidates|applicant|applicants|someone|person|individual|looking for|seeking|hire|hiring|need|needs|require|required|requires|must|should|ideal|join|du|dein|deine|sie bringen|ihr|vous|votre|tu|candidat|candidate)(?![\p{L}])/iu;
const COMPANY_AFTER = /^[^,;]{0,60},\s?(?:we|our|the company|wir|unser|nous|notre)(?![\p{L}])/iu;
const PREPOSITION_AFTER = /^\s?\)?\s?(?:of|in|with|as|at|on|doing|working|within|across|leading|managing|building|using|im|in der|als|mit|dans|en|de|chez|come|nel|nella|como|met|als|[\p{L}]+ing)(?![\p{L}])/iu;
const APPLICANT_VERB_BEFORE = /(?<![\p{L}])(?:requires?|required|needs?|must have|have|has|having|possess(?:es)?|brings?|with|demonstrated|proven|looking for|seeking|plus|bringst|hast|haben|verfügst|avez|possédez)\s?$/iu;
const MARK = /^\s?\((required|preferred|requis|souhaité|erforderlich|wünschenswert)\)/iu;
const FIELD_LABEL = /[\p{L}][^:()]{0,60}:\s?$/u;
const TIER_BEFORE = /(?:(?<![\p{L}])(?:class|level|grade|tier|band|stufe|niveau)\s?[\w-]{1,4}(?![\p{L}])[^=:]{0,40}[=:]|=)\s?\(?\s?$/iu;
const OR_ALTERNATIVE_AFTER = /(?<![\p{L}/])(?:or|oder|ou|o)\s(?:[\p{L}-]+\s){0,2}(?:training|classes|coursework|college|degree|apprenticeship|completion|schooling|education|certification|ausbildung|studium|formation|diplôme)(?![\p{L}])/iu;
// Where one statement's clause ends and the next one's begins.
const DELIMITER = /[,;()–—*•·]|\.\s|(?<![\p{L}])(?:and|or|with|but|while|und|oder|aber|sowie|et|ou|mais|y|o|pero|e|ma|maar)(?![\p{L}])/giu;
// An elided unit before a wish: "Minimum of THREE, ideally FIVE or more years".
const ELIDED = new RegExp(`(?:${phrase(all((w) => w.floorBefore))})\\s?(?:of\\s)?\\(?(?<n>${DIGITS}|${WORDS_NOT_A})\\)?\\s?[,(]?\\s?(?:ideally|preferably|idealerweise|idéalement|but ideally|and ideally)\\s?$`, 'iu');

const numberOf = (digits: string | undefined, word: string | undefined): number | null => {
  if (digits !== undefined) return Number(digits.replace(',', '.'));
  if (word !== undefined) return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
  return null;
};
/**
 * Months in half years, rounded down: "18 months" → 1.5. Under a year ("6 months of experience",
 * "three or more months of MIG welding") is read as no years asked, as the corpus labels read it.
 */
const monthsToYears = (months: number): number => (months < 12 ? 0 : Math.floor(months / 6) / 2);

interface Found {
  readonly m: RegExpMatchArray & { index: number };
  readonly start: number;
  readonly end: number;
}

/** The start of the clause that follows `from`: the last delimiter before `to`, else `to`. */
function boundary(sentence: string, from: number, to: number): number {
  let at = -1;
  for (const d of sentence.slice(from, to).matchAll(DELIMITER)) at = d.index;
  return at >= 0 ? from + at : to;
}

export interface SentenceContext {
  /** The section says what follows is wished for ("Preferred qualifications"). */
  readonly preferredSection: boolean;
  /** The title: years there are the years the job asks. */
  readonly title: boolean;
  /** The line starts with the statement (a requirement bullet). */
  readonly lineStart: boolean;
}

export function statementsIn(sentence: string, context: SentenceContext): YearsStatement[] {
  const found: Found[] = [];
  for (const m of sentence.matchAll(QUANTITY)) found.push({ m: m as Found['m'], start: m.index, end: m.index + m[0].length });
  if (!found.length) return [];
  const out: YearsStatement[] = [];
  let lastEnd = -1;
  for (let i = 0; i < found.length; i++) {
    const { m, start, end } = found[i]!;
    const g = m.groups ?? {};
    const prev = found[i - 1];
    const next = found[i + 1];
    const clauseStart = prev ? boundary(sentence, prev.end, start) : 0;
    const clauseEnd = next ? boundary(sentence, end, next.start) : sentence.length;
    const before = sentence.slice(clauseStart, start);
    // What stands before, bounded: a pattern anchored at "$" scans all it is given, once per figure.
    const sentenceBefore = sentence.slice(Math.max(0, start - 160), start);
    const atSentenceStart = start <= 160;
    const after = sentence.slice(end, Math.min(clauseEnd, end + 120));
    const restAfter = sentence.slice(end, end + 120);
    // "(3 years)" restating the figure before it: "in the last 36 months (3 years)".
    if (prev && /^\s?\(\s?$/.test(sentence.slice(prev.end, start))) continue;
    let min = numberOf(g.d1, g.w1);
    const paren = /\(\s?(\d{1,2})/.exec(m[0]);
    if (g.w1 !== undefined && paren) min = Number(paren[1]);
    let max = numberOf(g.d2, g.w2);
    if (min === null) continue;
    if (g.months !== undefined) {
      min = monthsToYears(min);
      max = max === null ? null : monthsToYears(max);
      if (min === 0 && (max === null || max === 0)) continue;
    }
    // "Six months to one year": the range starts at the months, under a year here.
    const monthsFirst = MONTHS_FIRST.exec(sentence.slice(Math.max(0, start - 30), start));
    if (monthsFirst?.groups?.n && g.years !== undefined) {
      const months = numberOf(/\d/.test(monthsFirst.groups.n) ? monthsFirst.groups.n : undefined, /\d/.test(monthsFirst.groups.n) ? undefined : monthsFirst.groups.n);
      if (months !== null) {
        max = min;
        min = monthsToYears(months);
        if (min === 0) continue;
      }
    }
    if (min > 40) continue; // no one asks a person for more: a company's age or a team's total
    if (/[\d$€£]\s?$/.test(sentenceBefore) || /(?:^|\s)[$€£]?\d[\d,.]*k?\s?(?:per|a|an|\/)\s?$/i.test(sentenceBefore)) continue;

    // A requirement bullet that opens on its figure ("3+ years …", "Experience: 2 years …").
    const opens = context.lineStart && atSentenceStart && /^[\s\p{P}+]{0,3}$|^[^.!?]{0,40}:\s?$/u.test(sentenceBefore);
    const subject = subjectOf(before, sentenceBefore, after, restAfter, m[0], { ...context, lineStart: opens }, g.years === 'yoe' || /yoe/i.test(g.years ?? ''));
    if (subject !== 'experience') continue;

    // "no less than 3" is a floor, "no more than 2" a ceiling: the phrase that starts first wins.
    const floorAt = FLOOR_BEFORE.exec(before)?.index ?? Infinity;
    const ceilingAt = CEILING_BEFORE.exec(before)?.index ?? Infinity;
    const ceiling = ceilingAt < floorAt || CEILING_AFTER.test(restAfter) || CEILING_LATER.test(after);
    const mark = MARK.exec(restAfter);
    // A wish before the figure counts when nothing cuts it off; after it, up to the clause's end.
    let cut = 0;
    for (const d of before.matchAll(NEAR_CUT)) cut = d.index + d[0].length;
    const clause = `${before.slice(cut)} ${m[0]} ${ownTail(after.split(';')[0]!)}`.replace(WISH_ABOUT_FIELD, ' ');
    const wished = PREFERRED.test(clause);
    const asked = REQUIRED.test(clause) || (FLOOR_AFTER.test(restAfter) && /minimum|mindestens|au minimum/i.test(restAfter.slice(0, 14)));
    let required = mark ? /required|requis|erforderlich/i.test(mark[1]!) : asked || !(wished || context.preferredSection);
    if (!mark && wished && asked) required = !/ideally|preferably|idealerweise|recommended/i.test(clause);
    const alternative = isAlternative(sentence, prev ? prev.end : 0, start, after);
    let alternativeNow = false;
    const tier = TIER_BEFORE.test(before);
    // "3 years in retail OR 5 years in retail": either will do, so the higher one is not the bar.
    const last = out[out.length - 1];
    if (prev && last && last.text === sentence && lastEnd === prev.end && last.required === required && OR_RIGHT_BEFORE.test(sentence.slice(prev.end, start))) {
      if (min > last.min) alternativeNow = true;
      else out[out.length - 1] = { ...last, alternative: true };
    }
    out.push({
      min,
      max: max !== null && max > min && max <= 40 ? max : null,
      ceiling,
      subject,
      required,
      mixed: !mark && wished && asked,
      alternative: alternative || alternativeNow,
      tier,
      marked: mark !== null,
      opensLine: opens,
      text: sentence,
    });
    lastEnd = end;
    // "Minimum of THREE, ideally FIVE or more years": the floor before the wish, asked outright.
    const elided = ELIDED.exec(sentenceBefore);
    if (elided?.groups?.n) {
      const n = numberOf(/\d/.test(elided.groups.n) ? elided.groups.n : undefined, /\d/.test(elided.groups.n) ? undefined : elided.groups.n);
      if (n !== null && n < min) out.push({ min: n, max: null, ceiling: false, subject, required: !context.preferredSection, mixed: false, alternative, tier, marked: false, opensLine: opens, text: sentence });
    }
  }
  return out;
}

function subjectOf(before: string, sentenceBefore: string, after: string, restAfter: string, quantity: string, context: SentenceContext, yoe: boolean): Subject {
  if (NOT_EXPERIENCE_AFTER.test(restAfter)) return 'age-or-company';
  if (/^-?\s?years?-old/i.test(quantity)) return 'age-or-company';
  const experienceAfter = EXPERIENCE.exec(after.slice(0, 90));
  // "a 4-year degree", "2 years post-high school education" — unless experience is named first.
  const schooling = SCHOOLING_AFTER.exec(restAfter);
  const experienceJustBefore = EXPERIENCE.test(before.slice(-25));
  if (schooling && !experienceJustBefore && (!experienceAfter || experienceAfter.index > schooling.index + schooling[0].length)) return 'schooling';
  if (WINDOW.test(before.slice(-40)) || DURATION_BEFORE.test(before)) return 'window';
  if (yoe) return 'experience';
  const lastWords = sentenceBefore.slice(-120);
  if (COMPANY_AFTER.test(restAfter)) return 'age-or-company';
  if ((COMPANY.test(before) || HISTORY.test(before)) && !APPLICANT.test(before)) return 'age-or-company';
  // "serving the industry for over 50 years": the company's time, unless the applicant is the one who worked.
  if (/(?<![\p{L}])(?<!(?:looking|searching|asking|ask|hiring|seeking|apply|call) )(?:for|seit|für|depuis|pour|desde|por|da|per)\s(?:(?:over|more than|nearly|almost|about|über|plus de|más de|oltre)\s)?$/iu.test(before) && !experienceAfter) {
    return /worked|working|been employed|employed|gearbeitet|tätig|travaillé/i.test(lastWords) ? 'experience' : 'age-or-company';
  }
  if (MARK.test(restAfter) && FIELD_LABEL.test(before)) return 'experience';
  if (experienceAfter) return 'experience';
  if (EXPERIENCE.test(before.slice(-90))) return 'experience';
  if (context.title) return 'experience';
  // "6+ years of Java", "3 or more years in logistics", "requires 6 years with SQL".
  const qualified = /\+|\d\s?(?:-|–|to|bis|à)\s?\d|or more|oder mehr|et plus/i.test(quantity) || FLOOR_BEFORE.test(before) || FLOOR_AFTER.test(restAfter);
  const statedAsAsk = qualified || context.lineStart || APPLICANT_VERB_BEFORE.test(before);
  const tail = restAfter.replace(FLOOR_AFTER, ' ');
  if (PREPOSITION_AFTER.test(tail) && statedAsAsk) return 'experience';
  // "2-5 Years Internet Marketing / Social Media": a bare field after a requirement bullet's figure.
  if (context.lineStart && qualified && /^\s?[\p{Lu}]/u.test(tail)) return 'experience';
  // "6+ years preferred, 3 years minimum": nothing but qualifiers after the figure, said as an ask.
  // An empty tail ("must be at least 18 years") says nothing of experience.
  const own = after.split(';')[0]!;
  if (ONLY_QUALIFIERS.test(own) && (/\p{L}/u.test(own) || PREFERRED.test(before.slice(-30)))) return 'experience';
  return 'unknown';
}

/** Offered instead of schooling: "Bachelor's degree or 2-3 years", "…; or an associate's degree and five years", "4 years of experience and/or training". */
function isAlternative(sentence: string, fromIndex: number, start: number, after: string): boolean {
  const from = fromIndex - Math.max(0, start - 300);
  const upTo = sentence.slice(Math.max(0, start - 300), start);
  const clauseFromSemicolon = upTo.slice(upTo.lastIndexOf(';') + 1).trim();
  if (/^or\b/i.test(clauseFromSemicolon) && SCHOOLING.test(upTo)) return true;
  // "degree or 2-3 years", "diploma or equivalent, or 5 years", "degree or a minimum of 7 years": the
  // "or" stands right before the figure. "degree in X, Y, or related field Minimum of 2 years" is a list.
  let lastSchooling = -1;
  for (const s of upTo.matchAll(SCHOOLING_ALL)) lastSchooling = s.index + s[0].length;
  if (lastSchooling >= from) {
    const between = upTo.slice(lastSchooling);
    if (/(?<![\p{L}])(?:or|oder|ou|o)\s(?:(?:an?|the|at least|a minimum of|minimum of|minimum|equivalent|more than|over|ein|eine|mindestens)\s?[,(]?\s?)*$/iu.test(between)) return true;
  }
  const own = after.replace(ASIDE, ' ');
  return OR_ALTERNATIVE_AFTER.test(own) && !/combination|kombination/i.test(own.slice(0, 40));
}
