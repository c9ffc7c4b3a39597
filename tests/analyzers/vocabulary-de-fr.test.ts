// The German and French cue tables, each group with sentences it must read and sentences it must
// not. German sentences are from the corpus (Arbeitsagentur postings, ids given); French ones from
// the French dev postings (tests/fixtures/fr, written from the phrasing of French postings).
import { describe, expect, it } from 'vitest';
import { sectionKindOf } from '../../analyzers/posting';
import { areasOf } from '../../analyzers/responsibilities';
import { statedLevel } from '../../analyzers/seniority';
import type { Area, Condition, Level } from '../../analyzers/types';
import { compiledVocabulary, FULLY_READ, vocabularyFor } from '../../analyzers/vocabulary/index';
import { FRENCH } from '../../analyzers/vocabulary/fr/index';
import { GERMAN } from '../../analyzers/vocabulary/de/index';

const areas = (vocabulary: typeof GERMAN, text: string): Area[] => areasOf(text, text.toLowerCase(), vocabulary);
const conditions = (vocabulary: typeof GERMAN, text: string): Condition[] =>
  compiledVocabulary(vocabulary).conditions.filter(([, cue]) => cue.test(text)).map(([c]) => c);

describe('which tables a language gets', () => {
  it('reads English, German and French in full, and the others not', () => {
    expect(FULLY_READ).toEqual(['en', 'de', 'fr']);
    expect(vocabularyFor('de')).toBe(GERMAN);
    expect(vocabularyFor('es')).toBeNull();
    expect(vocabularyFor('other')).toBeNull();
  });
});

describe('German areas', () => {
  it.each<[string, Area, string]>([
    ['arbeitsagentur-017', 'creative', 'Bildbearbeitung sowie Schnitt von kurzen Videos'],
    ['arbeitsagentur-017', 'content', 'Entwicklung von Redaktionsplänen und Content-Ideen'],
    ['arbeitsagentur-034', 'community', 'Community Management: Sie betreuen unsere Community, führen den täglichen Dialog und beantworten Nachrichten sowie Kommentare.'],
    ['arbeitsagentur-022', 'care', 'Bearbeitung eingehender Kundenanfragen und Erstellung von Angeboten'],
    ['arbeitsagentur-032', 'analytics', 'Entwicklung, Analyse und Reporting von KPIs, Ableitung von Optimierungsmaßnahmen'],
    ['arbeitsagentur-011', 'listening', 'Beobachtung aktueller Trends'],
    ['arbeitsagentur-011', 'paid', 'Planung und Begleitung von Werbekampagnen'],
    ['arbeitsagentur-018', 'influencer', 'Pflege und Ausbau unseres Influencer-Netzwerks'],
    ['arbeitsagentur-034', 'internal', 'Employer Branding: Sie entwickeln Kampagnen zur Mitarbeitergewinnung und stärken unsere Arbeitgebermarke.'],
    ['arbeitsagentur-031', 'leadership', 'Führung und Weiterentwicklung eines Teams von Social-Media-Expertinnen und -Experten'],
    ['arbeitsagentur-033', 'stakeholders', 'Zusammenarbeit mit externen Agenturen und Dienstleistern'],
    ['arbeitsagentur-027', 'web', 'Du pflegst und aktualisierst unsere Website über WordPress'],
    ['arbeitsagentur-033', 'events', 'Organisation, Planung und Umsetzung von Veranstaltungen und Messeauftritten'],
    ['arbeitsagentur-022', 'sales', 'Aktive Neukundenakquise über Social Media, digitale Kanäle und weitere Vertriebswege'],
    ['arbeitsagentur-016', 'strategy', 'Entwicklung und Umsetzung einer modernen Social-Media-Strategie'],
  ])('%s reads %s in "%s"', (_id, area, text) => {
    expect(areas(GERMAN, text)).toContain(area);
  });

  it.each<[string, Area, string]>([
    ['arbeitsagentur-032', 'pr', 'Aufbau unserer TikTok-Präsenz zu ausbildungsbezogenen Themen'],
    ['arbeitsagentur-009', 'pr', 'Erstellung von Case-Studies, Kundenreferenzen und Präsentationen'],
    ['arbeitsagentur-022', 'stakeholders', 'Bearbeitung eingehender Kundenanfragen und Erstellung von Angeboten'],
    ['arbeitsagentur-011', 'events', 'Auswertung der Performance'],
  ])('%s does not read %s in "%s"', (_id, area, text) => {
    expect(areas(GERMAN, text)).not.toContain(area);
  });
});

describe('French areas', () => {
  it.each<[string, Area, string]>([
    ['fr-01', 'content', 'La rédaction des publications et la mise à jour du calendrier éditorial'],
    ['fr-01', 'community', "L'animation des communautés et la modération des commentaires"],
    ['fr-01', 'listening', 'La veille concurrentielle et la veille des tendances'],
    ['fr-04', 'pr', 'Rédiger les communiqués de presse et entretenir les relations avec la presse locale'],
    ['fr-04', 'care', 'Répondre aux questions et aux réclamations des usagers sur les réseaux sociaux'],
    ['fr-05', 'paid', 'Piloter les campagnes sponsorisées et gérer le budget média social'],
    ['fr-05', 'leadership', 'Encadrer un chargé de contenu et un alternant'],
    ['fr-06', 'web', "Gérer le site web, le référencement et les campagnes d'emailing"],
    ['fr-07', 'internal', 'Développer la marque employeur et la communication interne'],
    ['fr-10', 'influencer', 'Identifier et contacter les créateurs de contenu, négocier les partenariats'],
    ['fr-02', 'events', "Aider à l'organisation de nos événements (salons professionnels, portes ouvertes)"],
  ])('%s reads %s in "%s"', (_id, area, text) => {
    expect(areas(FRENCH, text)).toContain(area);
  });

  it.each<[string, Area, string]>([
    ['fr-11', 'analytics', 'Rédiger des articles optimisés pour le référencement naturel (SEO)'],
    ['fr-09', 'sales', 'La création de visuels simples sur Canva pour LinkedIn'],
    ['fr-04', 'strategy', 'Réaliser des photos et des vidéos lors des événements de la collectivité'],
  ])('%s does not read %s in "%s"', (_id, area, text) => {
    expect(areas(FRENCH, text)).not.toContain(area);
  });
});

describe('conditions', () => {
  it.each<[typeof GERMAN, string, Condition, string]>([
    [GERMAN, 'arbeitsagentur-032', 'always-on', 'Bereitschaft zu Einsätzen bei Veranstaltungen auch außerhalb der regulären Arbeitszeiten'],
    [GERMAN, 'arbeitsagentur-021', 'pressure', 'Du bist aufgeschlossen, freundlich und behältst auch in stressigen Situationen einen kühlen Kopf.'],
    [GERMAN, 'written', 'always-on', 'Die Stelle umfasst Rufbereitschaft am Wochenende.'],
    [FRENCH, 'fr-08', 'always-on', 'Disponibilité les soirs et les week-ends de match indispensable'],
    [FRENCH, 'fr-11', 'always-on', 'un week-end sur deux en astreinte éditoriale'],
    [FRENCH, 'fr-05', 'pressure', 'Vous savez travailler dans un environnement exigeant, avec des délais serrés'],
  ])('%#: %s reads %s', (vocabulary, _id, condition, text) => {
    expect(conditions(vocabulary, text)).toContain(condition);
  });

  it.each<[typeof GERMAN, string, string]>([
    [GERMAN, 'arbeitsagentur-019', 'Starte deinen Tag flexibel: Ob um 8:00 Uhr oder um 9:30 Uhr – du entscheidest, was besser zu dir passt!'],
    [GERMAN, 'arbeitsagentur-003', 'Du hast eine ausgeprägte Hands-on-Mentalität.'],
    [GERMAN, 'arbeitsagentur-018', 'Abwechslungsreiche Aufgaben in einem dynamischen Team'],
    [FRENCH, 'fr-02', 'Rythme : 3 jours en entreprise, 2 jours en école.'],
    [FRENCH, 'fr-01', 'Stage de 6 mois à partir de janvier, gratification selon la convention en vigueur.'],
  ])('%#: %s reads no condition', (vocabulary, _id, text) => {
    expect(conditions(vocabulary, text)).toEqual([]);
  });
});

describe('title levels', () => {
  it.each<[typeof GERMAN, string, Level]>([
    [GERMAN, 'Werkstudent (m/w/d) Social Media', 'intern'],
    [GERMAN, 'Praktikant Online-Marketing (m/w/d)', 'intern'],
    [GERMAN, 'Junior Referent:in (m/w/d) für Kommunikation & Social Media', 'entry'],
    [GERMAN, 'Assistenz der Geschäftsführung / Online-Marketing / Content & Shopmanagement (m/w/d)', 'entry'],
    [GERMAN, '(Senior) Paid Social & Campaign Manager (m/w/d)', 'senior'],
    [GERMAN, 'Teamleitung Social Media (m/w/d)', 'head'],
    [GERMAN, 'Geschäftsführer Marketing (m/w/d)', 'executive'],
    [GERMAN, 'Social Media Manager (m/w/d)', 'mid'],
    [FRENCH, 'Stagiaire Community Manager (H/F)', 'intern'],
    [FRENCH, 'Alternant(e) Chargé(e) de communication digitale', 'intern'],
    [FRENCH, 'Community Manager Junior (H/F)', 'entry'],
    [FRENCH, 'Social Media Manager confirmé (F/H)', 'senior'],
    [FRENCH, 'Responsable communication digitale (H/F)', 'mid'],
    [FRENCH, 'Directeur / Directrice de la communication', 'head'],
    [FRENCH, 'Chargé(e) de communication et réseaux sociaux', 'mid'],
  ])('%#: "%s" is %s', (vocabulary, title, level) => {
    expect(statedLevel(title, vocabulary).level).toBe(level);
  });
});

describe('section headings', () => {
  it.each<['de' | 'fr', string, string]>([
    ['de', 'Deine Aufgaben', 'duties'],
    ['de', 'Aufgaben bei uns im Marketing', 'duties'],
    ['de', 'Ihr Profil', 'requirements'],
    ['de', 'Das bringst du mit', 'requirements'],
    ['de', 'Was wir bieten', 'benefits'],
    ['de', 'Über uns', 'company'],
    ['fr', 'Vos missions', 'duties'],
    ['fr', 'Missions principales', 'duties'],
    ['fr', 'Profil recherché', 'requirements'],
    ['fr', 'Qui sommes-nous ?', 'company'],
    ['fr', 'Rémunération', 'pay'],
  ])('%s: "%s" is %s', (language, heading, kind) => {
    expect(sectionKindOf(heading, language)).toBe(kind);
  });

  it('leaves a German noun phrase that is no heading unknown, and French headings to French postings', () => {
    expect(sectionKindOf('Kreativer Alltag', 'de')).toBeNull();
    expect(sectionKindOf('Vos missions', 'en')).toBeNull();
  });
});
