// The report in a job seeker's words: the summary line, money, and the order of flags.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cutQuote, flagsBySeverity, formatMoney, payWords, QUOTE_LENGTH, summary } from '../../components/words';
import { BARE_REPORT, SAMPLE_REPORT, withReport } from './fixtures';

const market = SAMPLE_REPORT.market!;
const pay = (min: number, max: number) => ({ ...SAMPLE_REPORT.pay!, min, max, annual: { min, max } });

describe('the summary line', () => {
  it.each([
    ['pay that fits the title but not the duties', SAMPLE_REPORT, 'Pay fits an entry-level job; the duties are a senior one.'],
    ['pay that fits the duties', withReport({ pay: pay(70000, 80000) }), 'Pay fits the senior work the duties describe, though the title says entry level.'],
    ['pay below even the title’s level', withReport({ pay: pay(20000, 22000) }), 'Pay is low even for an entry-level job, and the duties are a senior one.'],
    [
      'no pay, with market figures',
      withReport({ pay: null, benchmark: null, seniority: { ...SAMPLE_REPORT.seniority, stated: 'senior' } }),
      'No pay is stated; senior jobs like this usually pay $60,000–$88,000 a year. The duties fit a senior job.',
    ],
    ['no pay and nothing to compare', BARE_REPORT, 'No pay is stated. The duties fit a mid-level job.'],
    [
      'level agreed and pay in the usual range',
      withReport({ seniority: { stated: 'senior', scope: 'senior', signals: [] }, market: { scope: market.scope, stated: market.scope }, benchmark: { ...SAMPLE_REPORT.benchmark!, payPercentile: 50 } }),
      'Pay is in the usual range for a senior job like this.',
    ],
  ])('for %s', (_case, report, expected) => {
    expect(summary(report)).toBe(expected);
  });

  it('says why there is no verdict for a language not supported yet', () => {
    expect(summary(withReport({ unsupported: { reason: 'Postings in German are not supported yet.' } }))).toBe('Postings in German are not supported yet.');
  });
});

describe('money in words', () => {
  it('writes yearly pay as written and adds the yearly figure to hourly pay', () => {
    expect(payWords(SAMPLE_REPORT.pay!)).toBe('$42,000–$46,000 a year');
    expect(payWords({ ...SAMPLE_REPORT.pay!, min: 27.85, max: 41.77, period: 'hour', annual: { min: 57928, max: 86882 } })).toBe(
      '$27.85–$41.77 an hour (about $57,928–$86,882 a year full-time)',
    );
  });

  it('shows an unknown currency code instead of failing', () => {
    expect(formatMoney(1000, 'XXXX')).toBe('1,000 XXXX');
  });
});

it('orders flags most serious first, keeping their order within a severity', () => {
  expect(flagsBySeverity(SAMPLE_REPORT.flags).map((f) => f.id)).toEqual(['entry-title-senior-scope', 'roles-bundled', 'always-on', 'hype-words']);
});

describe('quotes cut for reading', () => {
  // Every paragraph of the corpus's postings (../shared/corpus/postings.jsonl): real text, real lengths.
  const paragraphs = readFileSync(resolve(__dirname, '../../../shared/corpus/postings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => String((JSON.parse(l) as { description?: string }).description ?? '').replace(/<[^>]+>/g, '\n').split(/\n+/));
  const word = /[\p{L}\p{N}]/u;

  it('never cuts inside a word, and keeps what it shows a prefix of the quote', () => {
    const long = paragraphs.filter((p) => p.replace(/\s+/g, ' ').trim().length > QUOTE_LENGTH);
    expect(long.length).toBeGreaterThan(50);
    for (const p of long) {
      const whole = p.replace(/\s+/g, ' ').trim();
      const { text, cut } = cutQuote(p);
      expect(cut).toBe(true);
      expect(text.endsWith('…')).toBe(true);
      const kept = text.slice(0, -1);
      expect(whole.startsWith(kept)).toBe(true);
      expect(kept.length).toBeLessThanOrEqual(QUOTE_LENGTH);
      const before = kept.at(-1) ?? '';
      const after = whole[kept.length] ?? '';
      expect(word.test(before) && word.test(after), `cut mid-word: “${kept}|${whole.slice(kept.length, kept.length + 12)}”`).toBe(false);
    }
  });

  it('leaves a short quote whole, without an ellipsis', () => {
    expect(cutQuote('Manage our Instagram and TikTok accounts.')).toEqual({ text: 'Manage our Instagram and TikTok accounts.', cut: false });
  });

  it('cuts before a word that would run past the limit ("…Instagram," not "…Instagr")', () => {
    const text = `${'a '.repeat(65)}Instagram, TikTok and LinkedIn`;
    expect(cutQuote(text).text).toBe(`${'a '.repeat(65).trim()} Instagram…`);
  });
});
