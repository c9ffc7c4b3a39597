// The audit page's model: a draft to a report or a reason, where the location comes from, the text
// box form of a posting read from a page, quotes found again in the draft, fixes tied to flags.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../analyzers/posting';
import type { PostingInput } from '../../analyzers/types';
import {
  auditDraft, dateWords, deltaWords, fileStem, fixesWithEvidence, locateQuote, MAX_DRAFT_CHARS, MIN_POSTING_WORDS, postingToDraft, reportJson,
} from '../../components/audit';
import { corpusText, loadCorpus } from '../../scripts/corpus';

const TODAY = new Date('2026-11-23T12:00:00');
const sample = readFileSync(path.resolve(__dirname, '../../public/sample-posting.txt'), 'utf8');
const denver = loadCorpus().find((p) => p.id === 'glassdoor2020-060')!;
const report = (text: string, location = '') => {
  const result = auditDraft(text, { location, today: TODAY });
  if (result.kind !== 'report') throw new Error(`expected a report, got ${result.kind}`);
  return result;
};
const sampleBody = sample.split('\n').slice(3).join('\n');

describe('auditDraft', () => {
  it.each([
    ['nothing', ''],
    ['spaces and blank lines', '  \n\n \t '],
  ])('has nothing to audit in %s', (_what, text) => {
    expect(auditDraft(text, { location: '' })).toEqual({ kind: 'empty' });
  });

  it.each([
    ['a title alone', 'Social Media Coordinator', /a title but nothing under it/],
    ['a title and one line', 'Social Media Coordinator\nWe are hiring, apply today!', /5 words under the title, and a posting needs at least 20/],
    ['a sentence of 19 words', `Note to self\n${'word '.repeat(MIN_POSTING_WORDS - 1)}`, /19 words under the title/],
  ])('says %s is not a posting yet, and why', (_what, text, reason) => {
    const result = auditDraft(text, { location: '' });
    expect(result.kind).toBe('not-a-posting');
    expect(result.kind === 'not-a-posting' && result.reason).toMatch(reason);
  });

  it('turns away a text far longer than any posting', () => {
    const result = auditDraft(`Title\n${'x '.repeat(MAX_DRAFT_CHARS)}`, { location: '' });
    expect(result.kind === 'not-a-posting' && result.reason).toMatch(/Paste a single posting/);
  });

  it('reads the sample posting as analyze() does, with the place from the draft', () => {
    const { report: r, locationFrom } = report(sample);
    expect(r.posting.title).toBe('Social Media Coordinator');
    expect(r.score.verdict).toBe('underpaid');
    expect(locationFrom).toBe('draft');
  });

  it('keeps the draft’s own place over the location field', () => {
    const { report: r, locationFrom } = report(corpusText(denver), 'Austin, TX');
    expect(locationFrom).toBe('draft');
    expect(r.posting.location).toBe('Denver, CO');
    expect(r.transparency.checks.map((c) => c.lawId)).toEqual(['us-co']);
  });

  it('checks the laws of the location field for a draft that names no place', () => {
    const { report: r, locationFrom } = report(`Social Media Specialist\n\n${denver.description}`, 'Denver, CO');
    expect(locationFrom).toBe('field');
    expect(r.posting.location).toBe('Denver, CO');
    expect(r.transparency.checks[0]).toMatchObject({ lawId: 'us-co', outcome: 'falls-short' });
  });

  it('looks up no law when neither the draft nor the field names a place', () => {
    const { report: r, locationFrom } = report(`Social Media Coordinator\n\n${sampleBody}`);
    expect(locationFrom).toBe('none');
    expect(r.transparency.checks).toEqual([]);
  });
});

describe('postingToDraft', () => {
  const fromPage: PostingInput = {
    title: 'Social Media Coordinator', company: 'Harbor & Pine Outfitters', location: 'Austin, TX', payText: '$42,000 - $46,000 a year',
    payEstimateText: null, description: 'What you will do\n• Write captions and publish daily posts', url: 'https://example.com/job/1', site: 'greenhouse', method: 'adapter',
  };
  const asTyped = (input: PostingInput): PostingInput => ({ ...input, payEstimateText: null, url: null, site: null, method: 'text' });

  it.each([
    ['a posting with company, place and pay', fromPage],
    ['a posting with neither company nor place, nor pay', { ...fromPage, company: null, location: null, payText: null }],
  ])('writes %s so that the text box reads it back the same', (_what, input) => {
    const draft = postingToDraft(input);
    expect(draft.location).toBeNull();
    const back = postingFromText(draft.text);
    expect({ ...back, description: back.description.trim() }).toEqual(asTyped(input));
  });

  it('leaves out the company of a posting with no place, which the pasted form cannot carry alone', () => {
    const draft = postingToDraft({ ...fromPage, location: null });
    expect(draft.location).toBeNull();
    expect(postingFromText(draft.text)).toMatchObject({ title: fromPage.title, company: null, location: null, payText: fromPage.payText });
  });

  it('puts the place of a posting with no company in the location field, where the report finds it', () => {
    const input = { ...fromPage, company: null, location: 'Denver, CO', description: denver.description };
    const draft = postingToDraft(input);
    expect(draft.location).toBe('Denver, CO');
    const { report: r, locationFrom } = report(draft.text, draft.location!);
    expect(locationFrom).toBe('field');
    expect(r.posting).toMatchObject({ title: 'Social Media Coordinator', company: null, location: 'Denver, CO' });
  });
});

describe('locateQuote', () => {
  it('finds a quote whose bullets, spaces and quote marks the intake changed', () => {
    const draft = 'Duties\n  -   Don’t   miss a\n   deadline, ever\n';
    const found = locateQuote(draft, "Don't miss a deadline, ever");
    expect(found).not.toBeNull();
    expect(draft.slice(found!.start, found!.end)).toBe('Don’t   miss a\n   deadline, ever');
  });

  it('finds the opening words of a quote that runs past what the draft says now', () => {
    const found = locateQuote(sample, 'Be available nights and weekends to monitor our channels, and then some more words');
    expect(sample.slice(found!.start, found!.end)).toMatch(/^Be available nights and weekends to monitor/);
  });

  it('gives null for words the draft does not hold', () => {
    expect(locateQuote(sample, 'Fly the company plane')).toBeNull();
  });
});

describe('fixes tied to their flags', () => {
  it('pairs each fix with the flags it resolves and what it adds to the score', () => {
    const { report: r } = report(corpusText(denver));
    const add = fixesWithEvidence(r).find((f) => f.fix.id === 'add-pay-range');
    expect(add?.flags.map((f) => f.id)).toEqual(['no-pay', 'pay-transparency']);
    expect(add?.delta).toBe(add!.fix.scoreAfter - r.score.overall);
    expect(add!.delta).toBeGreaterThan(0);
  });

  it.each([
    [15, '+15'],
    [0, '+0'],
    [-3, '−3'],
  ])('writes a change of %d as %s', (delta, words) => {
    expect(deltaWords(delta)).toBe(words);
  });
});

describe('words and files', () => {
  it.each([
    ['2021-01-01', '1 January 2021'],
    ['2026-06-07', '7 June 2026'],
    ['sometime in 2027', 'sometime in 2027'],
  ])('writes the date %s as %s', (iso, words) => {
    expect(dateWords(iso)).toBe(words);
  });

  it('names files after the title in plain letters and digits', () => {
    const { report: r } = report(`Sr. Social Media Manager (m/w/d) — Café & Bar, 2 roles\n\n${sampleBody}`);
    expect(fileStem(r)).toBe('scopefit-audit-sr-social-media-manager-m-w-d-cafe-bar-2');
  });

  it('exports the JSON of the whole report, fixes and transparency included', () => {
    const { report: r } = report(corpusText(denver));
    const file = reportJson(r);
    expect(file.name).toBe('scopefit-audit-social-media-specialist.json');
    expect(file.type).toBe('application/json');
    expect(JSON.parse(file.text)).toEqual(JSON.parse(JSON.stringify(r)));
    expect(JSON.parse(file.text).fixes.map((f: { id: string }) => f.id)).toContain('add-pay-range');
  });
});
