// Language detection from function words: the corpus's 136 German postings (the Arbeitsagentur set
// less six ads written in English), its English postings, and one paragraph in each other language
// written as postings in that language are written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageFromHtml } from '../../cli/page';
import { guessLanguage, languageName } from '../../analyzers/language';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { corpusText, loadCorpus } from '../../scripts/corpus';

/** Arbeitsagentur ads written in English: the corpus files them under the board's language. */
const ENGLISH_ON_GERMAN_BOARD = new Set(['arbeitsagentur-023', 'arbeitsagentur-075', 'arbeitsagentur-076', 'arbeitsagentur-091', 'arbeitsagentur-092', 'arbeitsagentur-093']);

describe('the corpus', () => {
  const corpus = loadCorpus();
  const read = corpus.map((p) => ({ p, language: readPosting(postingFromText(corpusText(p))).language }));

  it('reads all 136 German postings as German', () => {
    const german = read.filter(({ p }) => p.language === 'de' && !ENGLISH_ON_GERMAN_BOARD.has(p.id));
    expect(german).toHaveLength(136);
    expect(german.filter((r) => r.language !== 'de').map((r) => r.p.id)).toEqual([]);
  });

  it('reads the English postings, and the English ads on the German board, as English', () => {
    const english = read.filter(({ p }) => p.language === 'en' || ENGLISH_ON_GERMAN_BOARD.has(p.id));
    expect(english.filter((r) => r.language !== 'en').map((r) => r.p.id)).toEqual([]);
  });
});

const SAMPLES: readonly (readonly [string, string])[] = [
  ['fr', 'Au sein de l’équipe marketing, vous serez en charge de l’animation de nos réseaux sociaux et de la création des contenus pour notre communauté.'],
  ['es', 'Buscamos una persona para gestionar las redes sociales de la empresa y crear contenidos para nuestra comunidad en Instagram y TikTok.'],
  ['it', 'Stiamo cercando una persona precisa e organizzata per gestire i canali social della nostra azienda e creare contenuti per la community.'],
  ['pt', 'Procuramos uma pessoa para gerir as redes sociais da empresa e criar conteúdos para a nossa comunidade no Instagram e no TikTok.'],
  ['nl', 'Wij zoeken een collega die onze social media kanalen beheert en de content voor onze community maakt, in een team met korte lijnen.'],
  ['de', 'Du betreust unsere Social-Media-Kanäle und planst die Inhalte für die Community in enger Abstimmung mit dem Marketing-Team.'],
  ['en', 'You will manage our social media channels and create content for the community, working closely with the marketing team.'],
];

describe('one paragraph in each language', () => {
  it.each(SAMPLES)('reads %s', (language, text) => {
    expect(guessLanguage(text).language).toBe(language);
  });

  it('says "other" when two languages are about even (the UPS page on LinkedIn Italy: English boilerplate, Italian duties)', () => {
    const page = readFileSync(path.resolve(__dirname, '../../../shared/fixtures/pages/linkedin-it__loggedin-search-pane-ups-inventory-controller.html'), 'utf8');
    const read = readPageFromHtml(page, null);
    if (read.kind !== 'posting') throw new Error('the UPS page is a posting');
    const posting = readPosting(read.posting);
    expect(guessLanguage(`${posting.title}\n${posting.description}`).scores.slice(0, 2).map(([l]) => l).sort()).toEqual(['en', 'it']);
    expect(posting.language).toBe('other');
  });

  it('reads a list of tools and tasks with no function words as English, and non-Latin text as other', () => {
    expect(guessLanguage('Tasks\n• Build payment platform\n• Design AI solutions').language).toBe('en');
    expect(guessLanguage('Менеджер по социальным сетям').language).toBe('other');
  });
});

describe('languageName', () => {
  it('names each language for display', () => {
    expect(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'].map(languageName)).toEqual(['English', 'German', 'French', 'Spanish', 'Italian', 'Portuguese', 'Dutch']);
    expect(languageName('other')).toBe('an unrecognised language');
    expect(languageName('constructor')).toBe('an unrecognised language');
  });
});
