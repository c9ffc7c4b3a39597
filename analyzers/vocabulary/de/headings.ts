// German section headings seen in the corpus's German postings, by what the section holds; the
// English table (../headings.ts) is used beside it. Whole headings, lower case, trailing ":" dropped.
import type { SectionKind } from '../headings';

export const HEADINGS_DE: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {
  duties: [
    'aufgaben', 'ihre aufgaben', 'deine aufgaben', 'deine aufgaben bei uns', 'ihre aufgaben bei uns', 'das sind deine aufgaben',
    'zu deinen aufgaben gehören', 'zu ihren aufgaben gehören', 'was dich erwartet', 'was sie erwartet', 'das erwartet dich',
    'das erwartet sie', 'deine rolle', 'ihre rolle', 'dein aufgabengebiet', 'ihr aufgabengebiet', 'tätigkeiten', 'deine tätigkeiten',
    'ihre tätigkeiten', 'aufgabengebiet', 'was du bei uns bewegst', 'die aufgaben umfassen insbesondere', 'dein job',
  ],
  requirements: [
    'ihr profil', 'dein profil', 'profil', 'das bringst du mit', 'das bringen sie mit', 'anforderungen', 'unsere anforderungen',
    'voraussetzungen', 'das solltest du mitbringen', 'was du mitbringst', 'was sie mitbringen', 'qualifikationen', 'deine qualifikationen',
    'ihre qualifikationen', 'unsere erwartungen', 'was uns überzeugt', 'das zeichnet dich aus', 'das zeichnet sie aus',
  ],
  preferred: ['wünschenswert', 'von vorteil', 'darüber hinaus sind von vorteil', 'pluspunkte', 'nice to have'],
  benefits: [
    'wir bieten', 'was wir bieten', 'unser angebot', 'das bieten wir', 'das bieten wir dir', 'das bieten wir ihnen', 'wir bieten dir',
    'wir bieten ihnen', 'was wir dir bieten', 'was wir ihnen bieten', 'deine benefits', 'deine benefits bei uns', 'unsere benefits',
    'deine vorteile', 'ihre vorteile', 'was bieten wir', 'warum wir',
  ],
  company: ['über uns', 'wer wir sind', 'das sind wir', 'unternehmen', 'unser unternehmen', 'über das unternehmen', 'wir über uns'],
  pay: ['vergütung', 'gehalt', 'bezahlung'],
  legal: ['datenschutz', 'chancengleichheit'],
  summary: ['stellenbeschreibung', 'die stelle', 'die position', 'zur position', 'über die rolle', 'über die stelle'],
};

/** Heading beginnings that name a kind whatever follows ("Deine Aufgaben im Marketing"). */
export const HEADING_PREFIXES_DE: readonly (readonly [string, SectionKind])[] = [
  ['aufgaben', 'duties'], ['deine aufgaben', 'duties'], ['deine mission', 'duties'], ['ihre aufgaben', 'duties'], ['zu deinen aufgaben', 'duties'], ['zu ihren aufgaben', 'duties'],
  ['dein profil', 'requirements'], ['ihr profil', 'requirements'], ['das bringst du', 'requirements'], ['das bringen sie', 'requirements'],
  ['wir bieten', 'benefits'], ['was wir', 'benefits'], ['das bieten wir', 'benefits'], ['über uns', 'company'],
  ['bewerbung', 'legal'], ['schick deine bewerbung', 'legal'], ['bitte sende', 'legal'], ['so läuft', 'legal'],
];
