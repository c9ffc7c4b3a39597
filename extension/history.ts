// The list of postings a user has had analysed, kept in the browser only: one entry per posting,
// newest first, capped; sorting, CSV/JSON export, and reading back whatever storage holds.

import type { Report, Verdict } from '../analyzers/types';
import { payInPeriod, payWords } from '../components/words';

/** Oldest entries are dropped past this many. */
export const HISTORY_CAP = 500;

export interface HistoryPay {
  /** As the posting wrote it, in words ("$42,000–$46,000 a year"). */
  readonly text: string;
  readonly currency: string;
  readonly annualMin: number;
  readonly annualMax: number;
  readonly estimated: boolean;
  /** In the posting's own period ("$22–$25 an hour"); absent in entries saved before it was kept. */
  readonly asPosted?: string;
}

export interface HistoryEntry {
  /** The same posting seen again (another URL, another visit) replaces its entry. */
  readonly id: string;
  readonly title: string;
  readonly company: string | null;
  /** Where the job is, as the posting says; absent in entries saved before it was kept. */
  readonly location?: string | null;
  readonly url: string | null;
  readonly site: string | null;
  readonly pay: HistoryPay | null;
  /** Null when no verdict could be given (language not supported yet). */
  readonly score: number | null;
  readonly verdict: Verdict | null;
  /** ISO 8601. */
  readonly analysedAt: string;
}

export type HistorySort = 'date' | 'score' | 'pay';

/** FNV-1a over the text: a short, stable id with no crypto API needed. */
export function textId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function entryFromReport(report: Report, now: Date): HistoryEntry {
  const { title, company, description } = report.posting;
  const pay = report.pay ?? report.payEstimate;
  return {
    id: textId(`${title}\n${company ?? ''}\n${description}`),
    title,
    company,
    location: report.posting.location,
    url: report.source.url,
    site: report.source.site,
    pay: pay === null ? null : { text: payWords(pay), currency: pay.currency, annualMin: pay.annual.min, annualMax: pay.annual.max, estimated: pay.estimated, asPosted: payInPeriod(pay) },
    score: report.unsupported || report.score.verdict === 'unclear' ? null : report.score.overall,
    verdict: report.unsupported ? null : report.score.verdict,
    analysedAt: now.toISOString(),
  };
}

/** The entry first, any earlier entry for the same posting removed, the oldest past `cap` dropped. */
export function addEntry(entries: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  return [entry, ...entries.filter((e) => e.id !== entry.id)].slice(0, cap);
}

const payMid = (e: HistoryEntry): number | null => (e.pay === null ? null : (e.pay.annualMin + e.pay.annualMax) / 2);

/** Highest first (newest first for dates); entries with no score or pay go last. */
export function sortEntries(entries: readonly HistoryEntry[], by: HistorySort): HistoryEntry[] {
  const key = (e: HistoryEntry): number | null => (by === 'date' ? Date.parse(e.analysedAt) : by === 'score' ? e.score : payMid(e));
  return [...entries].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    return kb - ka;
  });
}

const CSV_COLUMNS = ['analysed_at', 'title', 'company', 'url', 'pay', 'annual_min', 'annual_max', 'currency', 'pay_estimated', 'score', 'verdict', 'location'] as const;

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  // A cell starting with = + - @ is run as a formula by spreadsheet programs: keep it text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((e) =>
    [e.analysedAt, e.title, e.company, e.url, e.pay?.text ?? null, e.pay?.annualMin ?? null, e.pay?.annualMax ?? null, e.pay?.currency ?? null, e.pay?.estimated ?? null, e.score, e.verdict, e.location ?? null]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function toJson(entries: readonly HistoryEntry[]): string {
  return JSON.stringify(entries, null, 2) + '\n';
}

export interface ReadHistory {
  readonly entries: HistoryEntry[];
  /** A sentence for the user when what storage held could not all be read (and was reset or trimmed). */
  readonly problem: string | null;
}

const VERDICTS: readonly string[] = ['fair', 'stretched', 'underpaid', 'unclear'];

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isPay(v: unknown): v is HistoryPay {
  if (v === null || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return isString(p.text) && isString(p.currency) && isNumber(p.annualMin) && isNumber(p.annualMax) && typeof p.estimated === 'boolean' && (p.asPosted === undefined || isString(p.asPosted));
}

export function isHistoryEntry(v: unknown): v is HistoryEntry {
  if (v === null || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return (
    isString(e.id) && isString(e.title) && isStringOrNull(e.company) && (e.location === undefined || isStringOrNull(e.location)) && isStringOrNull(e.url) && isStringOrNull(e.site) &&
    (e.pay === null || isPay(e.pay)) && (e.score === null || isNumber(e.score)) &&
    (e.verdict === null || (isString(e.verdict) && VERDICTS.includes(e.verdict))) &&
    isString(e.analysedAt) && !Number.isNaN(Date.parse(e.analysedAt))
  );
}

/** Whatever storage holds → the entries that are whole, and a sentence when anything was not. */
export function readHistory(raw: unknown): ReadHistory {
  if (raw === null || raw === undefined) return { entries: [], problem: null };
  if (!Array.isArray(raw)) {
    return { entries: [], problem: 'Your saved history could not be read (it was not a list), so it was reset.' };
  }
  const whole = raw.filter(isHistoryEntry);
  const entries = whole.slice(0, HISTORY_CAP);
  const dropped = raw.length - whole.length;
  if (dropped === 0) return { entries, problem: null };
  return {
    entries,
    problem: `${dropped} saved ${dropped === 1 ? 'entry' : 'entries'} could not be read and ${dropped === 1 ? 'was' : 'were'} removed.`,
  };
}
