// Level words for titles and duties, on the ladder of ../shared/design/taxonomy.md.
import type { Level } from '../types';

/** Title words, strongest first: the first rule whose pattern matches the title decides. */
export const TITLE_LEVEL_RULES: readonly { readonly level: Level; readonly pattern: RegExp }[] = [
  { level: 'executive', pattern: /\b(vp|svp|evp|vice[- ]president|chief|cmo|cco)\b/i },
  { level: 'head', pattern: /\b(head of|director|directeur|leiter|leitung)\b/i },
  { level: 'intern', pattern: /\b(intern|internship|trainee|fellow|fellowship|apprentice|apprenticeship|working student|werkstudent|praktikant|praktikum)/i },
  { level: 'senior', pattern: /\b(senior|sr\.?|lead|principal|staff)\b/i },
  { level: 'entry', pattern: /\b(junior|jr\.?|entry[- ]level|graduate|assistant|assistance|associate|coordinator|trainee|admin|administrator|representative|agent)\b/i },
  { level: 'mid', pattern: /\b(manager|specialist|strategist|executive|editor|consultant|creator|producer|analyst|writer|designer|marketer|officer|expert)\b/i },
];

/** Level words in the body ("entry-level position", "senior-level") that back a stated level. */
export const BODY_LEVEL_WORDS: readonly { readonly level: Level; readonly pattern: RegExp }[] = [
  { level: 'entry', pattern: /\bentry[- ]level\b/i },
  { level: 'senior', pattern: /\bsenior[- ]level\b/i },
];

/** Usual years asked per level (taxonomy.md); the upper bound flags "years above the title's level". */
export const YEARS_BY_LEVEL: Readonly<Record<Level, { readonly min: number; readonly max: number }>> = {
  intern: { min: 0, max: 0 },
  entry: { min: 0, max: 2 },
  mid: { min: 2, max: 5 },
  senior: { min: 5, max: 8 },
  head: { min: 8, max: 12 },
  executive: { min: 12, max: 50 },
};

/**
 * Duty wording that implies a level (taxonomy.md "duties that imply it"), matched as whole words
 * (word-cues.ts) on the root form and the text of duty statements. Weights add up per level; see seniority.ts for how they decide.
 */
export const DUTY_LEVEL_CUES: Readonly<Record<'own' | 'budget' | 'lead' | 'executive' | 'assist', readonly string[]>> = {
  own: [
    '(develop|own|lead|create|define|set|drive|build|shape|craft|design|devise|formulate) (and (own|execute|implement|lead|manage) )?(the |our |a |an |overall |all )?(overall |global |holistic |comprehensive |long-term )?((social media|social|brand|content|channel|marketing|communications?|pr|influencer|community|digital|paid|organic|creator) ){0,3}(strategy|strategies|visions?|roadmaps?)',
    'own (the |our )?(social|channels?|brand|content|communit(y|ies))',
    // Owning a whole function or presence: "own and execute our global social presence".
    '(own|lead|run|head) (and (execute|manage|drive|grow|run) )?(the |our |all |a )?(\\w+ ){0,3}(presence|function|department|program|programme)',
    'responsible for (the )?(overall|all|our)', 'set (the )?(kpi|okr|goal)s?', 'end[- ]to[- ]end', 'oversee (all|the|our)', 'accountable for',
  ],
  budget: ['(manage|own|oversee|allocate|control|plan|set|responsible for) (the |a |our )?(\\w+ ){0,5}budgets?', 'budget (management|ownership|owner)', 'p&l'],
  lead: [
    '(manage|lead|supervise|mentor|hire|coach|oversee|direct|build|grow) (and (manage|lead|mentor|develop|grow) )?(a |the |our |your )?(\\w+ )?(teams?|staff|direct reports?|specialists|coordinators|managers)',
    // "Direct and guide subordinates": people who report to the job, however the posting names them.
    '(direct|guide|supervise|manage|lead|mentor|coach|train|evaluate) (and (direct|guide|develop|mentor|coach|supervise|train|evaluate) )?(\\w+ )?subordinates',
    'direct reports?', 'people manage(r|rs|ment)?', 'team of \\d+', 'team of (two|three|four|five|six)',
  ],
  executive: [
    'report(s|ing)? (directly )?to (the )?(ceo|cmo|coo|cfo|founder|president|vp|vice president|chief|executive|c-suite|leadership)',
    'present (\\w+ )?(to|for) (the )?(senior |executive )?(leadership|executives?|c-suite|board|ceo|cmo)',
    'advise (the )?(senior |executive )?(leadership|executives?|ceo)', 'executive (teams?|leadership|stakeholders?)', 'senior leadership',
  ],
  assist: [
    '^(assist|support|help)', 'assist (with|in|the)', 'support the (team|manager|director|marketing)', 'help (with|the team)',
    'under the (direction|supervision|guidance)', 'as (needed|directed|assigned)', 'administrative', 'learn(s|ing)?',
  ],
};
