// The history list: one entry per posting, newest first, capped; sorting; CSV; reading storage back.

import { describe, expect, it } from 'vitest';
import {
  addEntry, entryFromReport, HISTORY_CAP, readHistory, repeatNote, sameJob, siteJobKey, SIGHTINGS_CAP, sortEntries, textPrint, toCsv, type HistoryEntry,
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

  it.each([
    ['javascript:alert(document.domain)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['chrome://settings/', null],
    ['file:///home/me/saved-posting.html', 'file:///home/me/saved-posting.html'],
    ['http://www.indeed.com/viewjob?jk=1', 'http://www.indeed.com/viewjob?jk=1'],
  ])('keeps %s as a link only if it is a web page or a file', (url, kept) => {
    expect(entryFromReport(withReport({ source: { ...SAMPLE_REPORT.source, url } }), new Date()).url).toBe(kept);
    // An entry saved with such an address (by an older version) loses the link when read back.
    expect(readHistory([entry('1', { url })]).entries[0]?.url).toBe(kept);
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

describe('seeing the same job again', () => {
  const at = (iso: string) => new Date(iso);
  const lowerPay = withReport({
    pay: { ...SAMPLE_REPORT.pay!, min: 40000, max: 44000, annual: { min: 40000, max: 44000 } },
  });

  it('keeps both sightings of the same posting and says the pay changed', () => {
    let list = addEntry([], entryFromReport(SAMPLE_REPORT, at('2026-03-02T09:00:00Z')));
    list = addEntry(list, entryFromReport(lowerPay, at('2026-03-09T09:00:00Z')));
    expect(list).toHaveLength(1);
    expect(list[0]?.sightings?.map((s) => s.payText)).toEqual(['$42,000–$46,000 a year', '$40,000–$44,000 a year']);
    expect(repeatNote(list[0]!)).toBe('Seen 2 times since 2 March; pay changed from $42,000–$46,000 a year to $40,000–$44,000 a year');
  });

  it('does not count the same posting read again the same day with nothing new', () => {
    let list = addEntry([], entryFromReport(SAMPLE_REPORT, at('2026-03-02T09:00:00Z')));
    list = addEntry(list, entryFromReport(SAMPLE_REPORT, at('2026-03-02T17:00:00Z')));
    expect(list[0]?.sightings).toHaveLength(1);
    expect(repeatNote(list[0]!)).toBeNull();
  });

  it('says a new posting date for the same job key with edited text', () => {
    const url = 'https://www.indeed.com/viewjob?jk=0123456789abcdef';
    const first = withReport({ source: { ...SAMPLE_REPORT.source, url }, freshness: { datePosted: '2026-03-01', ageDays: 1, validThrough: null, expired: false, reposted: false, signals: [] } });
    const again = withReport({
      source: { ...SAMPLE_REPORT.source, url: 'https://www.indeed.com/jobs?q=social&vjk=0123456789abcdef' },
      posting: { ...SAMPLE_REPORT.posting, description: 'Rewritten from the first word to the last.' },
      freshness: { datePosted: '2026-03-20', ageDays: 0, validThrough: null, expired: false, reposted: false, signals: [] },
    });
    let list = addEntry([], entryFromReport(first, at('2026-03-01T09:00:00Z')));
    list = addEntry(list, entryFromReport(again, at('2026-03-20T09:00:00Z')));
    expect(list).toHaveLength(1);
    expect(repeatNote(list[0]!)).toBe('Seen 2 times since 1 March; posting date changed from 2026-03-01 to 2026-03-20');
  });

  it('keeps at most SIGHTINGS_CAP sightings, the newest', () => {
    let list: HistoryEntry[] = [];
    for (let day = 1; day <= SIGHTINGS_CAP + 3; day++) list = addEntry(list, entryFromReport(SAMPLE_REPORT, at(`2026-05-${String(day).padStart(2, '0')}T09:00:00Z`)));
    expect(list[0]?.sightings).toHaveLength(SIGHTINGS_CAP);
    expect(list[0]?.sightings?.[0]?.seenAt).toBe('2026-05-04T09:00:00.000Z');
  });

  it('tells the same title and company with similar text from another job of that title', () => {
    const description = SAMPLE_REPORT.posting.description;
    const a = entry('a', { title: 'Cashier', company: 'Shop', print: textPrint(description) });
    const edited = entry('b', { title: 'Cashier', company: 'Shop', print: textPrint(`${description}\nWe added one more sentence at the end of this.`) });
    const other = entry('c', { title: 'Cashier', company: 'Shop', print: textPrint('Scan items and take payments at the front till all day long. Keep the shop floor clean and tidy for customers.') });
    expect(sameJob(a, edited)).toBe(true);
    expect(sameJob(a, other)).toBe(false);
  });

  it.each([
    ['https://www.indeed.com/jobs?q=x&vjk=0123456789abcdef', 'indeed:0123456789abcdef'],
    ['https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', 'indeed:54f1f8af68d722d2'],
    ['https://www.linkedin.com/jobs/view/senior-engineer-at-acme-4265312348/', 'linkedin:4265312348'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4275929861&keywords=x', 'linkedin:4275929861'],
    ['https://boards.greenhouse.io/acme/jobs/123', null],
    [null, null],
  ])('reads the job key of %s', (url, key) => {
    expect(siteJobKey(url)).toBe(key);
  });

  it('reads an entry saved before sightings were kept, and drops broken sightings', () => {
    const old = entry('x');
    expect(readHistory([old]).entries).toHaveLength(1);
    expect(readHistory([{ ...old, sightings: [{ seenAt: 3 }] }]).entries).toHaveLength(0);
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
