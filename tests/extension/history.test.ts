// The history list: one entry per posting, newest first, capped; sorting; CSV; reading storage back.

import { describe, expect, it } from 'vitest';
import {
  addEntry, entryFromReport, HISTORY_CAP, readHistory, sortEntries, toCsv, type HistoryEntry,
} from '../../extension/history';
import { SAMPLE_REPORT, withReport } from '../components/fixtures';

const entry = (id: string, patch: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id, title: `Job ${id}`, company: null, url: null, site: null, pay: null, score: null, verdict: null, analysedAt: '2026-01-01T00:00:00.000Z', ...patch,
});

describe('a history entry', () => {
  it('takes the title, company, pay, score and verdict from a report', () => {
    const e = entryFromReport(SAMPLE_REPORT, new Date('2026-03-04T05:06:07Z'));
    expect(e.location).toBe(SAMPLE_REPORT.posting.location);
    expect(e.pay?.asPosted).toBe('$42,000–$46,000 a year');
    expect(e).toMatchObject({
      title: 'Social Media Coordinator', company: 'Harbor & Pine Outfitters', url: SAMPLE_REPORT.source.url, score: 31, verdict: 'underpaid',
      analysedAt: '2026-03-04T05:06:07.000Z', pay: { text: '$42,000–$46,000 a year', annualMin: 42000, annualMax: 46000, currency: 'USD', estimated: false },
    });
  });

  it('is the same entry for the same posting seen at another address', () => {
    const a = entryFromReport(SAMPLE_REPORT, new Date());
    const b = entryFromReport(withReport({ source: { ...SAMPLE_REPORT.source, url: 'https://www.indeed.com/jobs?vjk=0123456789abcdef' } }), new Date());
    expect(a.id).toBe(b.id);
  });

  it('has no score or verdict for a language not supported yet', () => {
    const e = entryFromReport(withReport({ unsupported: { reason: 'German' } }), new Date());
    expect([e.score, e.verdict]).toEqual([null, null]);
  });
});

describe('adding to the history', () => {
  it('puts the newest first and replaces the earlier entry for the same posting', () => {
    const list = addEntry([entry('a'), entry('b')], entry('b', { title: 'again' }));
    expect(list.map((e) => [e.id, e.title])).toEqual([['b', 'again'], ['a', 'Job a']]);
  });

  it(`keeps at most ${HISTORY_CAP} entries, dropping the oldest`, () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_CAP + 5; i++) list = addEntry(list, entry(String(i)));
    expect(list).toHaveLength(HISTORY_CAP);
    expect(list[0]?.id).toBe(String(HISTORY_CAP + 4));
    expect(list[list.length - 1]?.id).toBe('5');
  });
});

describe('sorting the history', () => {
  const pay = (min: number, max: number) => ({ text: '', currency: 'USD', annualMin: min, annualMax: max, estimated: false });
  const list = [
    entry('old', { score: 80, pay: pay(40000, 50000), analysedAt: '2025-01-01T00:00:00Z' }),
    entry('none', { analysedAt: '2026-02-01T00:00:00Z' }),
    entry('new', { score: 30, pay: pay(90000, 110000), analysedAt: '2026-03-01T00:00:00Z' }),
  ];
  it.each([
    ['date', ['new', 'none', 'old']],
    ['score', ['old', 'new', 'none']],
    ['pay', ['new', 'old', 'none']],
  ] as const)('by %s, highest first, unknowns last', (by, order) => {
    expect(sortEntries(list, by).map((e) => e.id)).toEqual(order);
  });
});

describe('the CSV export', () => {
  it('has a header row and one row per entry, quoting commas and quotes', () => {
    const csv = toCsv([entry('a', { title: 'Lead, "Social"', company: 'A & B', score: 40, verdict: 'stretched' })]);
    expect(csv.split('\r\n')).toEqual([
      'analysed_at,title,company,url,pay,annual_min,annual_max,currency,pay_estimated,score,verdict,location',
      '2026-01-01T00:00:00.000Z,"Lead, ""Social""",A & B,,,,,,,40,stretched,',
      '',
    ]);
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(toCsv([entry('a', { title: '=HYPERLINK("x")' })])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('reading the history back from storage', () => {
  it('reads nothing stored as an empty history', () => {
    expect(readHistory(undefined)).toEqual({ entries: [], problem: null });
  });

  it('resets storage that is not a list, and says so', () => {
    const read = readHistory({ not: 'a list' });
    expect(read.entries).toEqual([]);
    expect(read.problem).toContain('could not be read');
  });

  it('keeps the whole entries and counts the broken ones', () => {
    const read = readHistory([entry('a'), { id: 'b', title: 3 }, null, entry('c', { verdict: 'great' as never })]);
    expect(read.entries.map((e) => e.id)).toEqual(['a']);
    expect(read.problem).toBe('3 saved entries could not be read and were removed.');
  });
});
