// French section headings as French postings write them, by what the section holds; the English
// table (../headings.ts) is used beside it. Whole headings, lower case, trailing ":" dropped.
import type { SectionKind } from '../headings';

export const HEADINGS_FR: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {
  duties: [
    'missions', 'vos missions', 'tes missions', 'les missions', 'missions principales', 'vos principales missions', 'tes principales missions',
    'vos missions principales', 'responsabilités', 'vos responsabilités', 'tes responsabilités', 'ce que vous ferez', 'ce que tu feras',
    'au quotidien', 'votre quotidien', 'ton quotidien', 'votre rôle', 'ton rôle', 'le rôle', 'vos missions seront les suivantes',
    'descriptif des missions', 'description des missions', 'vos activités',
  ],
  requirements: [
    'profil recherché', 'profil', 'votre profil', 'ton profil', 'le profil', 'le profil recherché', 'compétences', 'compétences requises',
    'compétences recherchées', 'qualifications', 'prérequis', 'pré-requis', 'ce que nous recherchons', 'vous êtes', 'tu es',
    'qui êtes-vous', 'qui êtes-vous ?', 'formation', 'expérience', 'savoir-faire', 'savoir-être',
  ],
  preferred: ['atouts', 'les plus', 'serait un plus', 'un plus', 'bonus'],
  benefits: [
    'avantages', 'les avantages', 'vos avantages', 'nous offrons', 'nous vous offrons', 'ce que nous offrons', 'ce que nous vous offrons',
    'ce que nous proposons', 'nous proposons', 'pourquoi nous rejoindre', 'pourquoi nous rejoindre ?', 'ce que nous t’offrons',
    "ce que nous t'offrons", 'les + du poste',
  ],
  company: ['qui sommes-nous', 'qui sommes-nous ?', 'à propos', 'à propos de nous', "l'entreprise", 'l’entreprise', 'la société', 'notre entreprise', 'présentation de l’entreprise', "présentation de l'entreprise"],
  pay: ['rémunération', 'salaire', 'package'],
  legal: ['processus de recrutement', 'déroulement des entretiens', 'candidature', 'pour postuler'],
  summary: ['description du poste', 'le poste', 'descriptif du poste', 'contexte', 'poste', 'à propos du poste', 'présentation du poste'],
};

/** Heading beginnings that name a kind whatever follows ("Vos missions au sein de l’équipe"). */
export const HEADING_PREFIXES_FR: readonly (readonly [string, SectionKind])[] = [
  ['vos missions', 'duties'], ['tes missions', 'duties'], ['missions', 'duties'], ['profil recherché', 'requirements'],
  ['votre profil', 'requirements'], ['ton profil', 'requirements'], ['qui sommes-nous', 'company'], ['pourquoi nous rejoindre', 'benefits'],
  ['ce que nous', 'benefits'], ['processus de recrutement', 'legal'],
];
