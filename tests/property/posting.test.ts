// Intake on any text: postingFromText, readPosting and normaliseDescription never throw, and the
// description they make is clean text that every section line and sentence is cut from.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { normaliseDescription, postingFromText, readPosting, splitSentences } from '../../analyzers/posting';
import { LANGUAGES } from '../../analyzers/language';
import { anyText, CORPUS_LOCATIONS, CORPUS_TITLES, htmlishText, pastedPosting, postingBody, postingInput, statedRange, unicodeText } from './arbitraries';
import { ensure, expectQuoted, INVISIBLE_OR_BIDI } from './invariants';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

describe('normaliseDescription on any text', () => {
  it('never throws and gives trimmed, non-empty lines with single spaces and no hidden characters', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, htmlishText(40), unicodeText(200)), (raw) => {
        const text = normaliseDescription(raw);
        expect(text).not.toMatch(/\r/);
        expect(INVISIBLE_OR_BIDI.test(text)).toBe(false);
        if (text === '') return;
        for (const line of text.split('\n')) {
          ensure(line !== '' && line === line.trim() && !/\s\s/.test(line), `untidy line ${JSON.stringify(line)}`);
        }
      }),
      runs(),
    );
  });

  it('leaves no script or style element, and no tag with an event handler, in HTML it reads', () => {
    fc.assert(
      fc.property(htmlishText(40), (raw) => {
        const text = normaliseDescription(`<p>${raw}</p>`);
        expect(text).not.toMatch(/<script\b[^>]*>/i);
        expect(text).not.toMatch(/<style\b[^>]*>/i);
        expect(text).not.toMatch(/<[a-z][^<>]*\son\w+\s*=[^<>]*>/i);
      }),
      runs(),
    );
  });
});

describe('postingFromText and readPosting on any text', () => {
  it('never throw; the title is one line; every section line stands in the description', () => {
    fc.assert(
      fc.property(fc.oneof(pastedPosting, anyText), (text) => {
        const input = postingFromText(text);
        expect(input.method).toBe('text');
        const posting = readPosting(input);
        expect(posting.title).not.toMatch(/\n/);
        expect([...LANGUAGES, 'other']).toContain(posting.language);
        const lines = posting.description === '' ? [] : posting.description.split('\n');
        for (const section of posting.sections) {
          const { heading } = section;
          if (heading !== null) ensure(lines.some((l) => l.includes(heading)), `heading ${JSON.stringify(heading)} not in the description`);
          for (const line of section.lines) {
            expectQuoted(line.text, [posting.description]);
            for (const sentence of splitSentences(line.text)) expectQuoted(sentence, [line.text]);
          }
        }
      }),
      runs(),
    );
  });

  it('takes the first line as the title, a "Company · Place" line as both, and a "Pay:" line as the pay field', () => {
    const plainTitle = fc.constantFrom(...CORPUS_TITLES.filter((t) => !/^\s*([#*+•▪●◦‣–-]|\d{1,2}[.)])|\*\*|__|\\|\[|\n/.test(t)));
    fc.assert(
      fc.property(plainTitle, fc.constantFrom(...CORPUS_LOCATIONS), statedRange, postingBody(), (title, place, pay, body) => {
        const input = postingFromText(`\n${title}\nAcme · ${place}\nPay: ${pay.text}\n\n${body}`);
        expect(input).toMatchObject({ title: title.trim(), company: 'Acme', location: place.trim(), payText: pay.text });
      }),
      runs(),
    );
  });

  it('reads a posting handed over by an adapter, whatever its fields hold', () => {
    fc.assert(
      fc.property(postingInput, (input) => {
        const posting = readPosting(input);
        expect(posting.url).toBe(input.url);
        expect(posting.payText).toBe(input.payText);
        expect(INVISIBLE_OR_BIDI.test(posting.title + posting.description)).toBe(false);
      }),
      runs(),
    );
  });
});
