// The list of postings a user has had analysed, kept in the browser only: one entry per posting,
// newest first, capped; sorting, CSV/JSON export, and reading back whatever storage holds.

import type { Report, Verdict } from '../analyzers/types';
import { filled } from '../analyzers/pay/bounds';
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
  /** The board's own id for the job ("indeed:0123456789abcdef", "linkedin:4265312348"); absent on older entries. */
  readonly jobKey?: string | null;
  /** Hashes of the description's sentences, to know the same job under another id (freshly posted copy). */
  readonly print?: readonly string[];
  /** Each time the posting was seen with something new (another day, pay or posting date), oldest first, capped. */
  readonly sightings?: readonly Sighting[];
}

export interface Sighting {
  /** ISO 8601. */
  readonly seenAt: string;
  readonly payText: string | null;
  /** The posting date the page gave then (freshness.datePosted), or null. */
  readonly datePosted: string | null;
}

/** Sightings kept per entry: enough for "seen 12 times since March", small in storage. */
export const SIGHTINGS_CAP = 12;
/** Sentences hashed per entry for the text comparison. */
const PRINT_SENTENCES = 24;
/** Share of the shorter posting's sentences found in the other: the same text, lightly edited. */
const SAME_TEXT_SHARE = 0.6;

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

/** Addresses the history keeps as links: web pages and saved files, never `javascript:` or `data:`. */
const LINKABLE = /^(?:https?|file):$/;

/** The address as a link the history may show, or null. */
export function linkableUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    return LINKABLE.test(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** The job's id on the board it came from, from its address; null when the address has none. */
export function siteJobKey(url: string | null): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  const host = parsed.hostname;
  if (/(?:^|\.)indeed\./.test(host)) {
    const key = parsed.searchParams.get('vjk') ?? parsed.searchParams.get('jk');
    return key !== null && /^[0-9a-f]{16}$/.test(key) ? `indeed:${key}` : null;
  }
  if (/(?:^|\.)linkedin\.com$/.test(host)) {
    const id = parsed.searchParams.get('currentJobId') ?? /\/jobs\/view\/(?:[^/]*-)?(\d{6,})/.exec(parsed.pathname)?.[1] ?? null;
    return id !== null && /^\d{6,}$/.test(id) ? `linkedin:${id}` : null;
  }
  if (/(?:^|\.)glassdoor\./.test(host)) {
    const id = parsed.searchParams.get('jl');
    return id !== null && /^\d+$/.test(id) ? `glassdoor:${id}` : null;
  }
  return null;
}

/** Hashes of the description's longer sentences, lower-cased with spacing folded. */
export function textPrint(description: string): string[] {
  const sentences = description.split(/(?<=[.!?])\s+|\n+/).map((s) => s.toLowerCase().replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 30);
  return [...new Set(sentences.map(textId))].slice(0, PRINT_SENTENCES);
}

function similarText(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const shared = a.filter((h) => b.includes(h)).length;
  return shared / Math.min(a.length, b.length) >= SAME_TEXT_SHARE;
}

const fold = (text: string | null): string => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The same job: the same text, the same board id, or the same title and company with similar text. */
export function sameJob(a: HistoryEntry, b: HistoryEntry): boolean {
  if (a.id === b.id) return true;
  if (a.jobKey && a.jobKey === b.jobKey) return true;
  return fold(a.title) === fold(b.title) && fold(a.company) === fold(b.company) && similarText(a.print ?? [], b.print ?? []);
}

export function entryFromReport(report: Report, now: Date): HistoryEntry {
  const { title, company, description } = report.posting;
  const pay = report.pay ?? report.payEstimate;
  const payText = pay === null ? null : payWords(pay);
  return {
    id: textId(`${title}\n${company ?? ''}\n${description}`),
    title,
    company,
    location: report.posting.location,
    url: linkableUrl(report.source.url),
    site: report.source.site,
    pay: pay === null ? null : { text: payWords(pay), currency: pay.currency, annualMin: filled(pay.annual).min, annualMax: filled(pay.annual).max, estimated: pay.estimated, asPosted: payInPeriod(pay) },
    score: report.unsupported || report.score.verdict === 'unclear' ? null : report.score.overall,
    verdict: report.unsupported ? null : report.score.verdict,
    analysedAt: now.toISOString(),
    jobKey: siteJobKey(report.source.url),
    print: textPrint(description),
    sightings: [{ seenAt: now.toISOString(), payText, datePosted: report.freshness?.datePosted ?? null }],
  };
}

/** An entry's sightings; an entry saved before sightings were kept counts as one. */
function sightingsOf(e: HistoryEntry): readonly Sighting[] {
  return e.sightings ?? [{ seenAt: e.analysedAt, payText: e.pay?.text ?? null, datePosted: null }];
}

/** Something new since the last sighting: another day, another pay, another posting date. */
function isNews(last: Sighting, next: Sighting): boolean {
  return last.seenAt.slice(0, 10) !== next.seenAt.slice(0, 10) || last.payText !== next.payText || last.datePosted !== next.datePosted;
}

/**
 * The entry first, any earlier entry for the same job removed (its sightings carried over), the
 * oldest past `cap` dropped.
 */
export function addEntry(entries: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  const earlier = entries.find((e) => sameJob(e, entry));
  let merged = entry;
  if (earlier !== undefined && entry.sightings !== undefined) {
    const before = sightingsOf(earlier);
    const kept = entry.sightings.filter((s, i) => i > 0 || before.length === 0 || isNews(before[before.length - 1] as Sighting, s));
    merged = { ...entry, sightings: [...before, ...kept].slice(-SIGHTINGS_CAP) };
  }
  return [merged, ...entries.filter((e) => e !== earlier && e.id !== entry.id)].slice(0, cap);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2 March" from an ISO date or time, read as written (UTC). */
function dayMonth(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return year === undefined || month === undefined || day === undefined ? iso : `${day} ${MONTHS[month - 1] ?? ''}`;
}

/**
 * What changed across the times the job was seen: "Seen 3 times since 2 March; pay changed from
 * $45,000 a year to $42,000 a year; posting date changed from 2026-03-01 to 2026-03-20". Null when
 * it was seen once.
 */
export function repeatNote(entry: HistoryEntry): string | null {
  const seen = entry.sightings ?? [];
  const first = seen[0];
  const last = seen[seen.length - 1];
  if (first === undefined || last === undefined || seen.length < 2) return null;
  const parts = [`Seen ${seen.length} times since ${dayMonth(first.seenAt)}`];
  const pays = seen.map((s) => s.payText).filter((p): p is string => p !== null);
  const firstPay = pays[0];
  const lastPay = pays[pays.length - 1];
  if (firstPay !== undefined && lastPay !== undefined && firstPay !== lastPay) parts.push(`pay changed from ${firstPay} to ${lastPay}`);
  const dates = seen.map((s) => s.datePosted).filter((d): d is string => d !== null);
  const firstDate = dates[0];
  const lastDate = dates[dates.length - 1];
  if (firstDate !== undefined && lastDate !== undefined && firstDate !== lastDate) parts.push(`posting date changed from ${firstDate} to ${lastDate}`);
  return parts.join('; ');
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
    isString(e.analysedAt) && !Number.isNaN(Date.parse(e.analysedAt)) &&
    (e.jobKey === undefined || isStringOrNull(e.jobKey)) &&
    (e.print === undefined || (Array.isArray(e.print) && e.print.every(isString))) &&
    (e.sightings === undefined || (Array.isArray(e.sightings) && e.sightings.every(isSighting)))
  );
}

function isSighting(v: unknown): v is Sighting {
  if (v === null || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return isString(s.seenAt) && isStringOrNull(s.payText) && isStringOrNull(s.datePosted);
}

/** Whatever storage holds → the entries that are whole, and a sentence when anything was not. */
export function readHistory(raw: unknown): ReadHistory {
  if (raw === null || raw === undefined) return { entries: [], problem: null };
  if (!Array.isArray(raw)) {
    return { entries: [], problem: 'Your saved history could not be read (it was not a list), so it was reset.' };
  }
  const whole = raw.filter(isHistoryEntry);
  // An address that is no web page or file (saved by an older version) stays as text, not a link.
  const entries = whole.slice(0, HISTORY_CAP).map((e) => (linkableUrl(e.url) === e.url ? e : { ...e, url: null }));
  const dropped = raw.length - whole.length;
  if (dropped === 0) return { entries, problem: null };
  return {
    entries,
    problem: `${dropped} saved ${dropped === 1 ? 'entry' : 'entries'} could not be read and ${dropped === 1 ? 'was' : 'were'} removed.`,
  };
}
