import { describe, expect, it } from 'vitest';
import { STEM_ENDING, wordCue, wordCues } from '../../analyzers/word-cues';

describe('wordCues', () => {
  it('matches a cue as whole words only (issue 12: "Gurugram" is no guru, "Kolkata" no KOL)', () => {
    const hype = wordCues(['gurus?', 'ninjas?']);
    expect(hype.test('Calling all content gurus!')).toBe(true); // invented
    expect(hype.test('Our office is in Gurugram')).toBe(false); // invented
    expect(wordCue('kols?').test('Support the team in Kolkata')).toBe(false); // invented
    expect(wordCue('kols?').test('including KOLs, PR agencies and youtube channel owners')).toBe(true); // crocoder-004
  });

  it('keeps each cue whole inside the alternation, so an anchor or lookahead stays with its own cue', () => {
    const re = wordCues(['^(assist|support|help)', 'report(s|ing)?\\b(?! (directly )?to\\b)']);
    expect(re.test('help the team with scheduling')).toBe(true);
    expect(re.test('ask for help')).toBe(false);
    expect(re.test('reports directly to the CMO')).toBe(false);
    expect(re.test('weekly reporting on reach')).toBe(true);
  });

  it('tells a stem (bounded run of word characters at the end) from a whole word', () => {
    expect(STEM_ENDING.test('collaborat\\w{0,20}')).toBe(true);
    expect(STEM_ENDING.test('videos?')).toBe(false);
    expect(wordCue('collaborat\\w{0,20}').test('collaborating with sales')).toBe(true);
  });
});
