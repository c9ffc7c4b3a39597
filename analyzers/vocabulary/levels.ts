// Level words for titles and duties, on the ladder of ../shared/design/taxonomy.md.
import type { Level } from '../types';

/**
 * Title words, strongest first: the first rule whose pattern matches the title decides. Every word
 * is closed on both sides ("Internal Communications" is no intern) and takes its plural ("Warehouse
 * Associates"). seniority.ts reads the title's own job first: "Executive Assistant to the CMO" is an
 * assistant, "Director of First Impressions (Receptionist)" a receptionist.
 */
export const TITLE_LEVEL_RULES: readonly { readonly level: Level; readonly pattern: RegExp }[] = [
  { level: 'executive', pattern: /\b(vp|svp|evp|vice[- ]president|chief|cmo|cco)s?\b/i },
  { level: 'head', pattern: /\b(head of|directors?|directeur|leiter|leitung)\b/i },
  { level: 'intern', pattern: /\b(interns?|internships?|trainees?|fellows?|fellowships?|apprentices?|apprenticeships?|working students?|werkstudent(in|en)?|praktikant(in|en)?|praktikum|summer (law )?(clerks?|associates?|analysts?))\b/i },
  // "Staff" is a rung of the engineering ladder ("Staff Software Engineer"); elsewhere it is the
  // ordinary job ("Staff Accountant", "Staff Nurse"). "Lead Generation" is a kind of work, not a lead.
  { level: 'senior', pattern: /\b(senior|sr|principal|supervisors?|lead(?![- ](gen\w{0,7}|qualification|nurtur\w{0,6}|acquisition|management)\b)s?|staff ((\w+ ){0,2}(engineers?|scientists?|developers?|architects?|researchers?|designers?)))\b/i },
  // Grades on a job family's ladder: "Engineer III" is senior, "Engineer II" mid, "Analyst I" entry.
  // Upper case only, after a word: "I" is a grade there and nowhere else in a title.
  { level: 'senior', pattern: /(?<=\w\s{1,3})(III|IV|V)(?=$|[\s,(\-–/|])/ },
  { level: 'mid', pattern: /(?<=\w\s{1,3})II(?=$|[\s,(\-–/|])/ },
  { level: 'entry', pattern: /(?<=\w\s{1,3})I(?=$|[\s,(\-–/|])/ },
  { level: 'entry', pattern: /\b(junior|jr|entry[- ]level|graduates?|assistants?|assistance|associates?|coordinators?|trainees?|admin|representatives?|agents?)\b/i },
  { level: 'mid', pattern: /\b(managers?|specialists?|strategists?|executives?|editors?|consultants?|creators?|producers?|analysts?|writers?|designers?|marketers?|officers?|experts?|administrators?)\b/i },
];

/**
 * An assistant or associate of a job a level above mid is one rung below it: "Assistant Director"
 * is senior, "Associate Social Media Manager" entry (the mid rule's manager, one below), "Assistant
 * Shift Supervisor" mid.
 */
export const ONE_BELOW = /\b(assistant|associate|deputy)\s+(\w+\s+){0,3}?(directors?|head of|managers?|supervisors?|vice[- ]president|vp)\b/i;

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
