// Two levels on one ladder: the STATED level (title words) and the SCOPE level (what the duties
// imply: owning strategy and budget, leading people, answering to executives, or only executing),
// each with the signals that decided it.

import { namesAPerson } from './nlp';
import { ONE_BELOW, YEARS_BY_LEVEL } from './vocabulary/levels';
import { compiledVocabulary, ENGLISH, type LanguageVocabulary, type TitleLevelRule } from './vocabulary/index';
import type { DutyReading } from './responsibilities';
import { LEVELS, type Experience, type Level, type LevelSignal, type Seniority } from './types';

export const levelIndex = (level: Level): number => LEVELS.indexOf(level);
const atIndex = (i: number): Level => LEVELS[Math.max(0, Math.min(LEVELS.length - 1, i))]!;

/** The first title rule that matches, with the word that says so. */
function levelWord(title: string, rules: readonly TitleLevelRule[]): { level: Level; evidence: string } | null {
  for (const rule of rules) {
    const m = rule.pattern.exec(title);
    if (m) return { level: rule.level, evidence: m[0].trim() };
  }
  return null;
}

/**
 * The part of a title that names the job. Whom an assistant works for is not the job ("Executive
 * Assistant to the CMO"); a job named in brackets is the job behind a playful title ("Director of
 * First Impressions (Receptionist)"), while "(Overnight)" or "(m/w/d)" beside a title name no one.
 */
export function titleJob(title: string): string {
  const bracket = /\(([^()]{2,60})\)/.exec(title);
  const job = bracket && namesAPerson(bracket[1]!) ? bracket[1]! : title;
  return job.replace(/\b(assistants?|aides?|secretar(y|ies)|associates?)\s+to\b.*$/i, '$1');
}

/** The title's level and the word that says so; a bare title with no level word reads as mid. */
export function statedLevel(title: string, vocabulary: LanguageVocabulary = ENGLISH): { level: Level; evidence: string | null } {
  const rules = compiledVocabulary(vocabulary).titleLevels;
  const job = titleJob(title);
  // "Assistant Director", "Associate Social Media Manager": one rung below the job they assist.
  const below = ONE_BELOW.exec(job);
  if (below) {
    const of = levelWord(below[3]!, rules);
    if (of) return { level: atIndex(levelIndex(of.level) - 1), evidence: below[0] };
  }
  const word = levelWord(job, rules);
  return word ?? { level: 'mid', evidence: null };
}

/** The level a number of years usually means (taxonomy.md "years usually asked"). */
export function levelForYears(years: number): Level {
  if (years >= YEARS_BY_LEVEL.executive.min) return 'executive';
  if (years >= YEARS_BY_LEVEL.head.min) return 'head';
  if (years >= YEARS_BY_LEVEL.senior.min) return 'senior';
  if (years >= YEARS_BY_LEVEL.mid.min) return 'mid';
  return 'entry';
}

/**
 * How much of the work must be assisting others before the duties read as entry-level. An entry
 * title needs little to confirm it; a mid title needs the duties to say so plainly. Interns
 * (supervised, learning) read as entry whenever nothing shows ownership.
 */
/** Share of assisting duties at which an intern's duties read as an internship, not an entry job. */
export const INTERN_ASSIST_SHARE = 0.3;

function assistShareForEntry(stated: Level): number {
  return stated === 'entry' ? 0.1 : 0.3;
}

export function readSeniority(title: string, duties: readonly DutyReading[], experience: Experience | null, vocabulary: LanguageVocabulary = ENGLISH): Seniority {
  const { own: OWN, budget: BUDGET, lead: LEAD, executive: EXECUTIVE, assist: ASSIST } = compiledVocabulary(vocabulary).dutyLevels;
  const signals: LevelSignal[] = [];
  const stated = statedLevel(title, vocabulary);
  signals.push({ kind: 'title', level: stated.level, evidence: stated.evidence ?? title });

  // Duty evidence, each kind counted once with its first quote.
  const first = (re: RegExp): DutyReading | undefined =>
    duties.find((d) => d.from !== 'requirements' && (re.test(d.root) || re.test(d.text)));
  const owns = first(OWN);
  const budget = first(BUDGET);
  const leads = duties.find((d) => d.from !== 'requirements' && (LEAD.test(d.root) || LEAD.test(d.text)) && d.areas.includes('leadership'));
  const answersToExecutives = first(EXECUTIVE);
  const execution = duties.filter((d) => d.from !== 'requirements');
  const assisting = execution.filter((d) => ASSIST.test(d.root) || ASSIST.test(d.text));
  const assistShare = execution.length > 0 ? assisting.length / execution.length : 0;

  // Scope starts where a one-person social function sits (mid) and moves on what the duties say.
  let scope = levelIndex('mid');
  const ownership = [owns, budget, answersToExecutives].filter(Boolean).length;
  if (leads && (owns || budget) && ownership >= 2) {
    scope = levelIndex('head');
    signals.push({ kind: 'duty', level: 'head', evidence: leads.text });
  } else if (ownership >= 2 || (leads && ownership >= 1)) {
    scope = levelIndex('senior');
  } else if (ownership === 0 && !leads && (stated.level === 'intern' || assistShare >= assistShareForEntry(stated.level))) {
    // An internship whose duties are supervised tasks and learning (taxonomy.md) is an internship's
    // scope; one that hands the intern a job's work without help is an entry-level job's.
    const level: Level = stated.level === 'intern' && assistShare >= INTERN_ASSIST_SHARE ? 'intern' : 'entry';
    scope = levelIndex(level);
    const example = assisting[0] ?? execution[0];
    if (example) signals.push({ kind: 'duty', level, evidence: example.text });
  }
  for (const [found, level] of [[owns, 'senior'], [budget, 'senior'], [leads, 'senior'], [answersToExecutives, 'senior']] as const) {
    if (found && !signals.some((s) => s.evidence === found.text)) signals.push({ kind: 'duty', level, evidence: found.text });
  }
  // Years asked pull the scope up when they say more than the duties alone (5+ years is senior work).
  if (experience?.required) {
    const byYears = levelForYears(experience.minYears);
    signals.push({ kind: 'years', level: byYears, evidence: experience.evidence[0] ?? '' });
    if (levelIndex(byYears) > scope + 1) scope += 1;
    // Title and years agreeing on a higher level outweigh duties that happen not to say it.
    else if (levelIndex(byYears) >= levelIndex(stated.level) && levelIndex(stated.level) > scope) scope = levelIndex(stated.level);
  }
  // A head or executive title with no duties to read keeps its own level as the scope.
  if (execution.length === 0) scope = Math.max(scope, Math.min(levelIndex(stated.level), levelIndex('head')));
  // A director who owns strategy, budget or people is a director's scope; one who only executes is not.
  if (levelIndex(stated.level) >= levelIndex('head') && (leads || ownership >= 1)) scope = Math.max(scope, levelIndex(stated.level));
  return { stated: stated.level, scope: atIndex(scope), signals };
}
