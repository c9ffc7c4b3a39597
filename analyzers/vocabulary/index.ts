// A language's cue tables, chosen by the posting's language: another language is one more module
// here. English cues are matched on compromise's root forms (nlp.ts) and keep their tables in this
// folder; the other languages' cues are matched on the posting's own lower-case words, each cue
// starting where a word starts (German compounds need "~": a cue that may start inside a word,
// "~strategie" in "Contentstrategie"). No stemming: a cue names the stems it means ("verantwort").

import type { KnownLanguage } from '../language';
import type { Area, Condition, Language, Level } from '../types';
import { AREA_CUES } from './areas';
import { CONDITION_CUES } from './conditions';
import { GERMAN } from './de/index';
import { FRENCH } from './fr/index';
import { HEADINGS, HEADING_PREFIXES, type SectionKind } from './headings';
import { DUTY_LEVEL_CUES, TITLE_LEVEL_RULES } from './levels';
import { wordCues } from '../word-cues';

export type DutyLevelCue = 'own' | 'budget' | 'lead' | 'executive' | 'assist';

export interface TitleLevelRule {
  readonly level: Level;
  readonly pattern: RegExp;
}

/** What one language brings; the English tables are the fallback for what a language leaves out. */
export interface LanguageVocabulary {
  readonly language: KnownLanguage;
  /** 'roots': cues run on compromise's root forms (English only); 'words': on lower-case words. */
  readonly match: 'roots' | 'words';
  readonly areas: Readonly<Record<Area, readonly string[]>>;
  readonly conditions: Readonly<Record<Condition, readonly string[]>>;
  /** Title words for levels; tried before the English ones (titles mix languages: "Werkstudent Social Media"). */
  readonly titleLevels: readonly TitleLevelRule[];
  readonly dutyLevels: Readonly<Record<DutyLevelCue, readonly string[]>>;
  /** Headings added to the English table (postings mix English headings in). */
  readonly headings: Readonly<Partial<Record<SectionKind, readonly string[]>>>;
  readonly headingPrefixes: readonly (readonly [string, SectionKind])[];
  /** A sentence that states a duty in prose ("Du wirst …", "Vous serez …"); null: the English rule. */
  readonly dutyInProse: string | null;
  /** A sentence that is about the company, pay or applying, never a duty; null: the English rule. */
  readonly notADuty: string | null;
}

export const ENGLISH: LanguageVocabulary = {
  language: 'en',
  match: 'roots',
  areas: AREA_CUES,
  conditions: CONDITION_CUES,
  titleLevels: TITLE_LEVEL_RULES,
  dutyLevels: DUTY_LEVEL_CUES,
  headings: {},
  headingPrefixes: [],
  dutyInProse: null,
  notADuty: null,
};

/** Languages with a full analysis (duties, areas, levels, conditions); the others get pay and years. */
const VOCABULARIES: Readonly<Partial<Record<Language, LanguageVocabulary>>> = { en: ENGLISH, de: GERMAN, fr: FRENCH };

export function vocabularyFor(language: Language): LanguageVocabulary | null {
  return VOCABULARIES[language] ?? null;
}

/** The languages the full analysis reads. */
export const FULLY_READ: readonly Language[] = Object.keys(VOCABULARIES) as Language[];

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
/** "\\b" is ASCII-only in JavaScript ("Pr|äsentation" would be a word end): a cue's "\\b" means no letter follows. */
const wordEnds = (cue: string): string => cue.replace(/\\b/g, '(?![\\p{L}\\p{N}])');

/**
 * One regular expression for a list of cues. English: whole words (word-cues.ts). Other
 * languages: Unicode-aware, each cue anchored at a word start unless it begins with "~".
 */
export function compileCues(cues: readonly string[], match: LanguageVocabulary['match']): RegExp {
  if (match === 'roots') return wordCues(cues);
  const sources = cues.map((c) => (c.startsWith('~') ? wordEnds(c.slice(1)) : `${LETTER_BEFORE}(?:${wordEnds(c)})`));
  return new RegExp(sources.join('|'), 'iu');
}

export interface CompiledVocabulary {
  readonly vocabulary: LanguageVocabulary;
  readonly areas: readonly (readonly [Area, RegExp])[];
  readonly conditions: readonly (readonly [Condition, RegExp])[];
  readonly titleLevels: readonly TitleLevelRule[];
  readonly dutyLevels: Readonly<Record<DutyLevelCue, RegExp>>;
  readonly dutyInProse: RegExp | null;
  readonly notADuty: RegExp | null;
  /** Heading (lower case) → kind, English headings included. */
  readonly headings: ReadonlyMap<string, SectionKind>;
  readonly headingPrefixes: readonly (readonly [string, SectionKind])[];
}

const LEVEL_ORDER: readonly Level[] = ['executive', 'head', 'intern', 'senior', 'entry', 'mid'];
const compiled = new Map<KnownLanguage, CompiledVocabulary>();

/** A vocabulary's tables compiled once, on first use. */
export function compiledVocabulary(vocabulary: LanguageVocabulary = ENGLISH): CompiledVocabulary {
  const done = compiled.get(vocabulary.language);
  if (done) return done;
  const { match } = vocabulary;
  const headingEntries = (table: Readonly<Partial<Record<SectionKind, readonly string[]>>>) =>
    (Object.entries(table) as [SectionKind, readonly string[]][]).flatMap(([kind, words]) => words.map((w) => [w, kind] as const));
  const english = vocabulary === ENGLISH ? [] : TITLE_LEVEL_RULES;
  const result: CompiledVocabulary = {
    vocabulary,
    areas: (Object.keys(vocabulary.areas) as Area[]).map((a) => [a, compileCues(vocabulary.areas[a], match)]),
    conditions: (Object.keys(vocabulary.conditions) as Condition[]).map((c) => [c, compileCues(vocabulary.conditions[c], match)]),
    // Strongest level first across both languages: "Senior Werkstudent" is a working student.
    titleLevels: LEVEL_ORDER.flatMap((level) => [...vocabulary.titleLevels, ...english].filter((r) => r.level === level)),
    dutyLevels: Object.fromEntries(
      (Object.keys(vocabulary.dutyLevels) as DutyLevelCue[]).map((k) => [k, compileCues(vocabulary.dutyLevels[k], match)]),
    ) as Record<DutyLevelCue, RegExp>,
    dutyInProse: vocabulary.dutyInProse === null ? null : compileCues([vocabulary.dutyInProse], match),
    notADuty: vocabulary.notADuty === null ? null : compileCues([vocabulary.notADuty], match),
    headings: new Map([...headingEntries(HEADINGS), ...headingEntries(vocabulary.headings)]),
    headingPrefixes: [...HEADING_PREFIXES, ...vocabulary.headingPrefixes],
  };
  compiled.set(vocabulary.language, result);
  return result;
}
