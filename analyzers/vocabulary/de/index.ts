// German: the full analysis's tables (vocabulary/index.ts picks them for a German posting).
import type { LanguageVocabulary } from '../index';
import { AREA_CUES_DE } from './areas';
import { CONDITION_CUES_DE } from './conditions';
import { HEADINGS_DE, HEADING_PREFIXES_DE } from './headings';
import { DUTY_LEVEL_CUES_DE, TITLE_LEVEL_RULES_DE } from './levels';

export const GERMAN: LanguageVocabulary = {
  language: 'de',
  match: 'words',
  areas: AREA_CUES_DE,
  conditions: CONDITION_CUES_DE,
  titleLevels: TITLE_LEVEL_RULES_DE,
  dutyLevels: DUTY_LEVEL_CUES_DE,
  headings: HEADINGS_DE,
  headingPrefixes: HEADING_PREFIXES_DE,
  dutyInProse:
    '(du wirst|sie werden|du bist (verantwortlich|zuständig)|sie sind (verantwortlich|zuständig)|zu deinen aufgaben|zu ihren aufgaben|du übernimmst|sie übernehmen|du verantwortest|sie verantworten|du kümmerst|sie kümmern|in dieser rolle|in deiner rolle)',
  notADuty:
    '(wir sind|wir bieten|bieten wir|über uns|unser unternehmen|gegründet|bewerbung|bewirb|gehalt|vergütung|urlaub|urlaubstage|altersvorsorge|home-?office|chancengleich|m/w/d|obstkorb|jobrad|corporate benefits)',
};
