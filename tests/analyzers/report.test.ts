import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../analyzers/posting';
import { analyze } from '../../analyzers/report';
import { LEVELS } from '../../analyzers/types';

const sample = readFileSync(path.resolve(__dirname, '../../public/sample-posting.txt'), 'utf8');

describe('analyze', () => {
  const report = analyze(postingFromText(sample), { today: new Date('2026-11-23') });

  it('fills every field of the report contract', () => {
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['ok', 'source', 'posting', 'pay', 'experience', 'seniority', 'responsibilities', 'scope', 'benchmark', 'score', 'flags', 'fixes']));
    expect(report.source).toEqual({ site: null, method: 'text', url: null });
    expect(LEVELS).toContain(report.seniority.stated);
    expect(report.benchmark).toMatchObject({ level: report.seniority.scope, region: 'US-TX' });
    expect(report.benchmark!.source).toMatch(/BLS OEWS May 2025/);
  });

  it('sees the sample for what it is: an entry title over senior duties, several jobs in one, underpaid', () => {
    expect(report.seniority).toMatchObject({ stated: 'entry', scope: 'senior' });
    expect(report.scope.rolesBundled).toBeGreaterThanOrEqual(3);
    expect(report.score.verdict).toBe('underpaid');
    expect(report.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['entry-title-senior-scope', 'roles-bundled', 'years-above-level', 'always-on', 'hype']));
  });

  it('benchmarks in the place the caller gives and falls back to the home location for remote postings', () => {
    const remote = analyze(postingFromText('Social Media Manager\nAcme · Remote\nPay: $60,000 a year\n\nResponsibilities\n• Plan and publish content'), { homeLocation: 'Seattle, WA' });
    expect(remote.benchmark?.region).toBe('US-WA');
    const national = analyze(postingFromText('Social Media Manager\nAcme · Remote\nPay: $60,000 a year\n\nResponsibilities\n• Plan and publish content'));
    expect(national.benchmark?.region).toBe('US');
  });

  it('gives no benchmark and no guess for pay in another currency', () => {
    const pounds = analyze(postingFromText('Social Media Manager\nAcme · London, United Kingdom\nPay: £30,000 a year\n\nResponsibilities\n• Plan and publish content'));
    expect(pounds.pay?.currency).toBe('GBP');
    expect(pounds.benchmark).toBeNull();
    expect(pounds.market).toBeNull();
    expect(pounds.score.verdict).toBe('unclear');
  });

  it('keeps a job board estimate apart and never scores it', () => {
    const estimated = analyze({ ...postingFromText('Social Media Manager\n\nResponsibilities\n• Plan and publish content'), payEstimateText: '$37K - $66K (Glassdoor est.)' });
    expect(estimated.pay).toBeNull();
    expect(estimated.payEstimate).toMatchObject({ estimated: true, min: 37000, max: 66000 });
    expect(estimated.score.verdict).toBe('unclear');
  });

  it('reads a German posting\'s duties and pay, and gives no US verdict (arbeitsagentur-026 shape)', () => {
    const german = analyze(postingFromText('Social Media Manager (m/w/d)\n\nDeine Aufgaben\n• Du betreust unsere Kanäle und planst die Inhalte für die Community.\nVergütung: 3.200 € bis 3.800 € brutto monatlich'));
    expect(german.posting.language).toBe('de');
    expect(german.unsupported).toBeUndefined();
    expect(german.responsibilities.map((r) => r.text)).toEqual(['Du betreust unsere Kanäle und planst die Inhalte für die Community.']);
    expect(german.scope.areas).toEqual(expect.arrayContaining(['content', 'community']));
    expect(german.benchmark).toBeNull();
    expect(german.score.verdict).toBe('unclear');
    expect(german.pay).toMatchObject({ currency: 'EUR', period: 'month' });
  });
});

// Issue 13: US wage data only for jobs in the US, and for remote jobs the reader does from the US.
describe('the benchmark and the job’s country', () => {
  const remote = (pay: string) =>
    postingFromText(`Social Media Manager\nRemote Co · Remote\nPay: ${pay}\n\nResponsibilities\n• Own our social media strategy and content calendar.\n• Write captions and reply to comments every day.`);

  it('compares a remote job paid in dollars with US wages when the reader lives in the US', () => {
    const report = analyze(remote('$60,000 - $70,000 a year'), { homeLocation: 'Austin, TX' });
    expect(report.country).toMatchObject({ code: 'US', basis: 'home' });
    expect(report.benchmark?.region).toBe('US-TX');
    expect(report.benchmarkNote).toBeUndefined();
  });

  it('does not when the reader lives elsewhere, and says why', () => {
    const report = analyze(remote('$60,000 - $70,000 a year'), { homeLocation: 'Berlin, Germany' });
    expect(report.country).toMatchObject({ code: 'DE', basis: 'home' });
    expect(report.benchmark).toBeNull();
    expect(report.market).toBeNull();
    expect(report.score.verdict).toBe('unclear');
    expect(report.benchmarkNote).toBe('No wage data for Germany is bundled yet: the pay is shown as posted, with no comparison.');
  });

  it('gives a job in India no US figures, and an unclear verdict (a Chennai posting in rupees)', () => {
    const report = analyze(postingFromText('Social Media Executive\nAgency · Chennai\nPay: ₹3,00,000 - ₹4,00,000 a year\n\nResponsibilities\n• Write captions and reply to comments every day.'));
    expect(report.country).toMatchObject({ code: 'IN', basis: 'place' });
    expect(report.benchmark).toBeNull();
    expect(report.market).toBeNull();
    expect(report.score.verdict).toBe('unclear');
  });
});
