// French: the full analysis's tables (vocabulary/index.ts picks them for a French posting).
import type { LanguageVocabulary } from '../index';
import { AREA_CUES_FR } from './areas';
import { CONDITION_CUES_FR } from './conditions';
import { HEADINGS_FR, HEADING_PREFIXES_FR } from './headings';
import { DUTY_LEVEL_CUES_FR, TITLE_LEVEL_RULES_FR } from './levels';

export const FRENCH: LanguageVocabulary = {
  language: 'fr',
  match: 'words',
  areas: AREA_CUES_FR,
  conditions: CONDITION_CUES_FR,
  titleLevels: TITLE_LEVEL_RULES_FR,
  dutyLevels: DUTY_LEVEL_CUES_FR,
  headings: HEADINGS_FR,
  headingPrefixes: HEADING_PREFIXES_FR,
  dutyInProse:
    '(vous serez|tu seras|vous aurez (pour mission|en charge)|tu auras (pour mission|en charge)|vous êtes en charge|tu es en charge|vous prenez en charge|tu prends en charge|vous (gérez|pilotez|participez|contribuez|assurez|animez|rédigez|créez|produisez)|tu (gères|pilotes|participes|contribues|assures|animes|rédiges|crées|produis)|vos missions|tes missions)',
  notADuty:
    '(nous sommes|nous offrons|nous proposons|notre entreprise|créée en|fondée|candidature|postuler|salaire|rémunération|avantages|tickets? restaurants?|mutuelle|télétravail|lettre de motivation|cdi|cdd)',
};
