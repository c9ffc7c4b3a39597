// Years of experience asked: digits or words, ranges, "+", "at least", "minimum of"; required vs
// preferred. The bar is the highest minimum among REQUIRED statements (LABELING.md); a
// degree-equivalence clause ("degree or 4 years of equivalent experience") is not the bar.

import { splitSentences } from './posting';
import type { Experience, Posting } from './types';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, a: 1, an: 1,
};
const NUM = '(\\d{1,2}(?:\\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)';
// "3-5 years", "3 to 5 years", "5+ years", "five (5) years", "at least 2 years", "minimum of 4 yrs".
// One optional space (\s?) between parts: sentences come from normalised lines, which never hold
// two in a row, and several \s* side by side would try every split of a long run of spaces.
const YEARS = new RegExp(
  `(?:at least|minimum(?: of)?|min\\.?|over|more than|up to)?\\s?${NUM}(?:\\s?\\(\\d{1,2}\\))?\\s?(?:(?:-|–|—|to)\\s?${NUM})?\\s?(\\+|plus)?\\s?(?:or more\\s?)?(?:years?|yrs?)\\b`,
  'gi',
);

const PREFERRED = /\b(prefer|preferred|preferably|a plus|is a plus|nice to have|bonus|ideally|desired|desirable|advantageous|an asset)\b/i;
const EXPERIENCE_CONTEXT = /\b(experience|exp\b|background|working (in|with|on)|in (a|an|the)?\s?[\w-]+ (role|position|capacity|field|industry|environment|setting|agency)|managing|in social|of social|in marketing|of marketing|in communications?|in digital|in content|in pr\b|professional)/i;
// Years that are not asked of the applicant: company age, ages, contract lengths, "years ago".
const NOT_ASKED = /\b(ago|old|of age|anniversary|history|founded|since|in business|we have|we've|our (team|company|firm|agency) (has|have)|for over|contract|term of|commitment|warranty|guarantee)\b/i;

const toNumber = (word: string | undefined): number | null => {
  if (word === undefined) return null;
  const n = NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
  return Number.isFinite(n) ? n : null;
};

interface YearsStatement {
  readonly min: number;
  readonly max: number | null;
  readonly required: boolean;
  readonly evidence: string;
}

function statementsIn(sentence: string, inPreferredSection: boolean): YearsStatement[] {
  const found: YearsStatement[] = [];
  // Once per sentence, not per match: a long sentence with many "N years" would be searched again each time.
  const degree = /\b(degree|bachelor|diploma|ba\b|bs\b|education)/i.test(sentence);
  for (const m of sentence.matchAll(YEARS)) {
    const min = toNumber(m[1]);
    if (min === null || min > 50) continue;
    const maxRaw = toNumber(m[2]);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 200);
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    if (!EXPERIENCE_CONTEXT.test(after.slice(0, 90)) && !/experience/i.test(before)) continue;
    if (NOT_ASKED.test(before.slice(-30)) || /^\s*(ago|old|degree|program|college)\b/i.test(after)) continue;
    // "Bachelor's degree or 4 years of equivalent experience", "…; or an associate's degree and five
    // years": an alternative to the degree, not the bar.
    const clauseBefore = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(', and ') + 5) + 1);
    if (degree && (/\bor\s*(equivalent\s*)?$/i.test(before) || /^\W*or\b/i.test(clauseBefore.trim()))) continue;
    // "preferred" governs its own clause: "3 years … required, and 3 to 5 years … is preferred".
    const clauseAfter = after.split(/[;]|, and |\. /)[0] ?? '';
    // "…, preferably in the CPG industry" qualifies the field, not whether the years are asked;
    // "X knowledge preferred" far down the clause is about X; "… is preferred" is about the clause.
    const near = `${clauseBefore} ${m[0]} ${clauseAfter.slice(0, 60)}`.replace(/\b(preferably|ideally|preferred) (in|with|within|at|from|on)\b/gi, '');
    const preferred = PREFERRED.test(near) || /\b(is|are|would be|will be) (highly |strongly )?(preferred|a plus|desired|nice)/i.test(clauseAfter);
    const explicitlyRequired = /\brequired\b/i.test(clauseAfter.slice(0, 120));
    found.push({
      min,
      // "5-99 years" is no range anyone asks for: the minimum stands alone, as an upper bound over 50 would not.
      max: maxRaw !== null && maxRaw > min && maxRaw <= 50 ? maxRaw : null,
      required: explicitlyRequired || !(inPreferredSection || preferred),
      evidence: sentence,
    });
  }
  return found;
}

export function readExperience(posting: Posting): Experience | null {
  const all: YearsStatement[] = [];
  for (const section of posting.sections) {
    if (section.kind === 'company' || section.kind === 'benefits' || section.kind === 'legal') continue;
    for (const line of section.lines) {
      for (const sentence of splitSentences(line.text)) for (const s of statementsIn(sentence, section.kind === 'preferred')) all.push(s);
    }
  }
  if (all.length === 0) return null;
  const required = all.filter((s) => s.required);
  const pool = required.length ? required : all;
  // Highest minimum; between equal minimums, the statement that also gives an upper bound.
  const bar = pool.reduce((best, s) => (s.min > best.min || (s.min === best.min && best.max === null && s.max !== null) ? s : best));
  return {
    minYears: bar.min,
    maxYears: bar.max,
    required: required.length > 0,
    evidence: [...new Set(pool.map((s) => s.evidence))],
  };
}
