// Every cue of the English cue tables (analyzers/vocabulary/{areas,conditions,levels}.ts) is matched
// as whole words, with a real sentence it must match and one it must not (vocabulary-cases.ts, each
// with the corpus id it comes from; regenerate with scripts/cue-cases.ts after changing a table).
import { describe, expect, it } from 'vitest';
import { statementForms } from '../../analyzers/nlp';
import { AREA_CUES } from '../../analyzers/vocabulary/areas';
import { CONDITION_CUES } from '../../analyzers/vocabulary/conditions';
import { DUTY_LEVEL_CUES } from '../../analyzers/vocabulary/levels';
import { STEM_ENDING, wordCue } from '../../analyzers/word-cues';
import { CUE_CASES, type CueCase } from './vocabulary-cases';

const TABLES = { areas: AREA_CUES, conditions: CONDITION_CUES, levels: DUTY_LEVEL_CUES } as const;
const every = Object.entries(TABLES).flatMap(([table, cues]) =>
  Object.entries(cues as Readonly<Record<string, readonly string[]>>).flatMap(([key, list]) => list.map((cue) => ({ table, key, cue }))));

// Area and duty-level cues read a duty's root form and its own words, as responsibilities.ts does.
const dutyTexts = CUE_CASES.filter((c) => c.table !== 'conditions').flatMap((c) => [c.match?.[1], c.noMatch?.[1]]).filter((t): t is string => !!t);
const roots = new Map<string, string>();
statementForms(dutyTexts).forEach((form, i) => roots.set(dutyTexts[i]!, form.root));
const haystack = (c: CueCase, text: string): string => (c.table === 'conditions' ? text : `${roots.get(text) ?? statementForms([text])[0]!.root} | ${text.toLowerCase()}`);

describe('cue tables', () => {
  it('have one case for every cue, and no case for a cue that is gone', () => {
    expect(CUE_CASES.map((c) => `${c.table}.${c.key}: ${c.cue}`).sort()).toEqual(every.map((c) => `${c.table}.${c.key}: ${c.cue}`).sort());
  });

  it('bound every stem (\\w{0,n}, never \\w* or \\w+ at the end) and carry no stray spaces', () => {
    for (const { cue } of every) {
      expect(cue, cue).not.toMatch(/\\w[*+]\)?$/);
      expect(cue, cue).toBe(cue.trim());
    }
  });
});

describe.each(CUE_CASES.map((c) => [`${c.table}.${c.key}: ${c.cue}`, c] as const))('%s', (_, c) => {
  const re = wordCue(c.cue);

  it(`matches ${c.match?.[0]}`, () => {
    expect(c.match, 'a sentence it must match').not.toBeNull();
    expect(re.test(haystack(c, c.match![1]))).toBe(true);
  });

  it(`does not match ${c.noMatch?.[0]}`, () => {
    expect(c.noMatch, 'a sentence it must not match').not.toBeNull();
    expect(re.test(haystack(c, c.noMatch![1]))).toBe(false);
  });

  it('matches whole words only', () => {
    const found = re.exec(haystack(c, c.match![1]))![0];
    // A letter glued in front stops the cue there; one glued behind stops it unless the cue is a stem.
    // (A cue may still match further in: "plan and budget" inside "set the plan and budget".)
    const front = re.exec(`q${found}`);
    expect(front === null || front.index > 1).toBe(true);
    const back = re.exec(`${found}q`);
    if (!STEM_ENDING.test(c.cue)) expect(back === null || back.index + back[0].length < found.length + 1).toBe(true);
  });
});

describe('word boundaries on the words that used to misfire (issue 12)', () => {
  const areasOn = (text: string, table: Readonly<Record<string, readonly string[]>>): string[] => {
    const root = statementForms([text])[0]!.root;
    return Object.entries(table).filter(([, cues]) => cues.some((cue) => wordCue(cue).test(`${root} | ${text.toLowerCase()}`))).map(([k]) => k);
  };
  const conditionsOn = (text: string): string[] => Object.entries(CONDITION_CUES).filter(([, cues]) => cues.some((cue) => wordCue(cue).test(text))).map(([k]) => k);

  it.each([
    ['Our office is in Gurugram, Haryana', 'hype'], // invented, after the place name in the issue
    ['Check blood pressure and pulse of each resident', 'pressure'], // invented, nursing duty (occupations corpus shape)
    ['Record temperature and running times and beam pressure as required', 'pressure'], // occ-055
  ])('%j is not %s', (text, condition) => {
    expect(conditionsOn(text)).not.toContain(condition);
  });

  it.each([
    ['Support the sales team in Kolkata with product launches', 'influencer'], // invented
    ['Post invoices and reconcile vendor statements', 'content'], // invented, accounts payable duty
    ['You will execute your duties in full alignment with university policy under the supervision of the Human Resources AVP', 'leadership'], // occ corpus (HR posting)
    ['Work is performed under the supervision of the Property Appraiser or designee', 'leadership'], // occ corpus (appraiser posting)
  ])('%j is not %s', (text, area) => {
    expect(areasOn(text, AREA_CUES)).not.toContain(area);
  });

  it('still reads what the cues mean', () => {
    expect(conditionsOn('Ability to work well under pressure in a fast paced environment')).toContain('pressure'); // glassdoor2020-057
    expect(areasOn('Post engaging content to Instagram and TikTok daily', AREA_CUES)).toContain('content'); // invented
    expect(areasOn('Supervise the social media interns and freelancers', AREA_CUES)).toContain('leadership'); // invented
    expect(areasOn('Direct and guide subordinates on the communications team', DUTY_LEVEL_CUES)).toContain('lead'); // issue 14 wording
  });
});
