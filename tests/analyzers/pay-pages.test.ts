// Pay on real saved pages and corpus postings from outside the US (issue 13): the currency and
// period the page states, a "$" read by the country, and no rupee read as a dollar.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPay } from '../../analyzers/pay';
import { readPosting } from '../../analyzers/posting';
import { readPageFromHtml } from '../../cli/page';
import { loadCorpus } from '../../scripts/corpus';

const SHARED = path.resolve(__dirname, '../../../shared');
const pageOf = (file: string) => {
  const read = readPageFromHtml(readFileSync(path.join(SHARED, `${file}.html`), 'utf8'), null);
  if (read.kind !== 'posting') throw new Error(`${file} is not read as a posting`);
  return readPosting(read.posting);
};

describe('pay on saved pages from other countries', () => {
  it('reads au.indeed.com pay as Australian dollars a year, with or without the country (indeed-au)', () => {
    const posting = pageOf('corpus/html/indeed-au__senior-devops-engineer');
    for (const country of ['AU', null]) {
      expect(readPay(posting, { country }).pay).toMatchObject({ min: 130000, max: 160000, period: 'year', currency: 'AUD' });
    }
  });

  it('keeps Glassdoor India’s lakh estimate in rupees, apart from the employer’s pay (glassdoor-in)', () => {
    const { pay, estimate } = readPay(pageOf('fixtures/pages/glassdoor-in__serp-pane-athenahealth-principal-mts-ai-data-2025'), { country: 'IN' });
    expect(pay).toBeNull();
    expect(estimate).toMatchObject({ min: 500000, max: 800000, period: 'year', currency: 'INR', estimated: true });
  });

  it('reads a "$" on a job in India as dollars: India has no dollar (workatastartup, India)', () => {
    const { pay } = readPay(pageOf('fixtures/pages/workatastartup__yc-vectorshift-backend-engineer-india-2026'), { country: 'IN' });
    expect(pay).toMatchObject({ min: 20000, max: 30000, currency: 'USD' });
  });

  it('reads a "$" as pesos when the country is Mexico, and as US dollars when it is the US (issue 13)', () => {
    const posting = readPosting({
      title: 'Auxiliar administrativo', company: null, location: null, payText: '$20,000 a $21,000 por mes', payEstimateText: null,
      description: 'Sueldo: $20,000 a $21,000 por mes', url: null, site: 'indeed', method: 'text',
    });
    expect(readPay(posting, { country: 'MX' }).pay).toMatchObject({ min: 20000, max: 21000, period: 'month', currency: 'MXN' });
    expect(readPay(posting, { country: 'US' }).pay).toMatchObject({ currency: 'USD' });
  });

  it('reads every German corpus posting’s pay in euros, never in dollars', () => {
    const german = loadCorpus().filter((p) => p.language === 'de');
    expect(german.length).toBeGreaterThan(100);
    let read = 0;
    for (const p of german) {
      const posting = readPosting({
        title: p.title, company: p.company, location: p.location, payText: p.salary_text_origin === 'source_field' ? p.salary_text : null,
        payEstimateText: null, description: p.description, url: p.url ?? null, site: null, method: 'text',
      });
      const { pay } = readPay(posting, { country: 'DE' });
      if (!pay) continue;
      read += 1;
      expect(pay.currency, p.id).toBe('EUR');
    }
    expect(read).toBeGreaterThan(5);
  });
});
