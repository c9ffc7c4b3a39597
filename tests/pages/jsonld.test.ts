// The JSON-LD reader on the shapes schema.org JobPosting takes. The salary shapes are those of the
// saved pages (Ashby, Built In, Indeed au: QuantitativeValue min/max with unitText YEAR); the
// other units, EUR and the malformed blocks are invented edge cases the saved pages lack.

import { describe, expect, it } from 'vitest';
import { jobPostingsIn, parseLenient, payTextOf, readJsonLd } from '../../analyzers/sites/jsonld';
import type { PostingInput } from '../../analyzers/types';
import { withDocument } from '../../cli/page';

/** Reads a page whose head holds the given JSON-LD script bodies. */
function readBlocks(...blocks: readonly string[]): PostingInput | null {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('');
  return withDocument(`<html><head>${scripts}</head><body><p>Page</p></body></html>`, 'https://jobs.example.com/1', (doc, url) =>
    readJsonLd(doc, url),
  );
}

const POSTING = {
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Software Engineer, Accounting',
  description: '<p>We build tools.</p><ul><li>Own backend services</li></ul>',
  hiringOrganization: { '@type': 'Organization', name: 'Ramp' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'New York City', addressRegion: 'NY', addressCountry: 'USA' } },
};

describe('payTextOf', () => {
  it.each([
    [
      'a QuantitativeValue range a year (Ashby)',
      { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 168000, maxValue: 275100, unitText: 'YEAR' } },
      '$168,000 - $275,100 a year',
    ],
    ['a MonetaryAmount whose value is a number', { '@type': 'MonetaryAmount', currency: 'USD', value: 55000, unitText: 'YEAR' }, '$55,000 a year'],
    ['an hourly single value', { currency: 'USD', value: { value: 22.38, unitText: 'HOUR' } }, '$22.38 an hour'],
    ['a monthly range', { currency: 'USD', value: { minValue: 3010, maxValue: 5449, unitText: 'MONTH' } }, '$3,010 - $5,449 a month'],
    ['a range in euros', { currency: 'EUR', value: { minValue: 50000, maxValue: 60000, unitText: 'YEAR' } }, 'EUR 50,000 - 60,000 a year'],
    ['a range in Australian dollars (Indeed au)', { currency: 'AUD', value: { minValue: 130000, maxValue: 160000, unitText: 'YEAR' } }, 'AUD 130,000 - 160,000 a year'],
    ['figures written as strings', { currency: 'usd', value: { minValue: '120,000', maxValue: '150000', unitText: 'per year' } }, '$120,000 - $150,000 a year'],
    ['a range with no unit', { currency: 'USD', value: { minValue: 227500, maxValue: 300000 } }, '$227,500 - $300,000'],
    ['a maximum of 0, which feeds use for "none"', { currency: 'USD', value: { minValue: 60000, maxValue: 0, unitText: 'YEAR' } }, '$60,000 a year'],
  ])('writes %s as a pay text', (_, amount, text) => {
    expect(payTextOf(amount)).toBe(text);
  });

  it.each([
    ['no figure at all', { currency: 'USD', value: { unitText: 'YEAR' } }],
    ['figures of 0', { currency: 'USD', value: { minValue: 0, maxValue: 0 } }],
    ['not an object', 42],
    ['nothing', undefined],
  ])('gives no pay for %s', (_, amount) => {
    expect(payTextOf(amount)).toBeNull();
  });
});

describe('readJsonLd', () => {
  it('reads title, company, place, pay and the description as lines', () => {
    const posting = readBlocks(JSON.stringify({ ...POSTING, baseSalary: { currency: 'USD', value: { minValue: 168000, maxValue: 275100, unitText: 'YEAR' } } }));
    expect(posting).toMatchObject({
      title: 'Software Engineer, Accounting',
      company: 'Ramp',
      location: 'New York City, NY, USA',
      payText: '$168,000 - $275,100 a year',
      payEstimateText: null,
      description: 'We build tools.\n• Own backend services',
      url: 'https://jobs.example.com/1',
      method: 'jsonld',
    });
  });

  it('finds the posting inside an @graph (Built In)', () => {
    const posting = readBlocks(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Board' }, POSTING] }));
    expect(posting?.title).toBe('Software Engineer, Accounting');
  });

  it('finds the posting in an array of objects (startup.jobs)', () => {
    const posting = readBlocks(JSON.stringify([POSTING, { '@type': 'BreadcrumbList', itemListElement: [] }]));
    expect(posting?.company).toBe('Ramp');
  });

  it('says "Remote" for TELECOMMUTE, with the area applicants must live in', () => {
    const remote = { ...POSTING, jobLocation: undefined, jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'USA' } };
    expect(readBlocks(JSON.stringify(remote))?.location).toBe('Remote (USA)');
    const anywhere = { ...POSTING, jobLocation: undefined, jobLocationType: 'TELECOMMUTE' };
    expect(readBlocks(JSON.stringify(anywhere))?.location).toBe('Remote');
  });

  it('keeps the estimatedSalary apart as the publisher\'s estimate', () => {
    const posting = readBlocks(JSON.stringify({ ...POSTING, estimatedSalary: { currency: 'USD', value: { minValue: 90000, maxValue: 110000, unitText: 'YEAR' } } }));
    expect(posting).toMatchObject({ payText: null, payEstimateText: '$90,000 - $110,000 a year' });
  });

  it('appends responsibilities, qualifications and benefits given as separate fields (Workable)', () => {
    const posting = readBlocks(JSON.stringify({ ...POSTING, description: '<p>Intro.</p>', qualifications: '<ul><li>Curious</li></ul>', jobBenefits: '<ul><li>Equity</li></ul>' }));
    expect(posting?.description).toBe('Intro.\nQualifications\n• Curious\nBenefits\n• Equity');
  });

  it('reads a block with raw line breaks in its strings instead of throwing', () => {
    const broken = JSON.stringify(POSTING).replace('We build tools.', 'We build\ntools.');
    expect(readBlocks(broken)?.description).toContain('We build tools.');
  });

  it('skips a block that is not JSON and reads the next one', () => {
    expect(readBlocks('{ "@type": "JobPosting", title: oops', JSON.stringify(POSTING))?.title).toBe('Software Engineer, Accounting');
  });

  it('reads nothing from a page whose only block is broken', () => {
    expect(readBlocks('{ not json at all')).toBeNull();
  });

  it('reads nothing from a list page that carries several different postings', () => {
    expect(readBlocks(JSON.stringify([POSTING, { ...POSTING, title: 'Product Manager' }]))).toBeNull();
  });

  it('reads nothing when the JobPosting has no description', () => {
    expect(readBlocks(JSON.stringify({ ...POSTING, description: undefined }))).toBeNull();
  });
});

describe('parseLenient and jobPostingsIn', () => {
  it('repairs comment wrappers and trailing commas', () => {
    expect(parseLenient('<!-- {"@type": "JobPosting", "title": "A",} -->')).toEqual({ '@type': 'JobPosting', title: 'A' });
  });

  it('gives undefined, never an exception, for text that is not JSON', () => {
    expect(parseLenient('window.x = {')).toBeUndefined();
  });

  it('recognises the type written as a full schema.org address or in a list', () => {
    expect(jobPostingsIn([{ '@type': 'http://schema.org/JobPosting' }, { '@type': ['Thing', 'JobPosting'] }, { '@type': 'Article' }])).toHaveLength(2);
  });
});
