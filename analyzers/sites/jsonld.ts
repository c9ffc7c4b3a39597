// Reads a schema.org JobPosting from the page's JSON-LD: the structured copy that career sites and
// job boards publish for search engines (https://schema.org/JobPosting). Second in line after the
// site adapters, and the one that keeps working when a site changes its visible markup.

import type { PageDates, PostingInput } from '../types';
import { dig, isObject, str, type JsonObject } from './dom';
import { cleanInline, decodeInline, richText } from './html-text';

/** schema.org unitText values (and the variants seen in feeds) → the words a pay text uses. */
const PERIOD_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:HOUR|HOURLY|PERHOUR|HR)$/, 'an hour'],
  [/^(?:DAY|DAILY|PERDAY)$/, 'a day'],
  [/^(?:WEEK|WEEKLY|PERWEEK)$/, 'a week'],
  [/^(?:MONTH|MONTHLY|PERMONTH)$/, 'a month'],
  [/^(?:YEAR|YEARLY|ANNUAL|ANNUALLY|ANNUM|PERYEAR|PERANNUM)$/, 'a year'],
];

/** Extra text fields of a JobPosting appended to its description, under these headings. */
const SECTION_FIELDS: readonly (readonly [string, string])[] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
  ['jobBenefits', 'Benefits'],
];

const MAX_DEPTH = 8;

/** The page's JobPosting, or null when it has none (or several: a list page). */
export function readJsonLd(doc: Document, url: URL | null): PostingInput | null {
  const postings = jobPostingsIn(jsonLdBlocks(doc));
  const posting = pickPosting(postings, url);
  if (posting === null) return null;
  const title = decodeInline(str(posting['title']) ?? str(posting['name']) ?? '', doc);
  const description = descriptionOf(posting, doc);
  if (title === '' || description === '') return null;
  const pay = payTextOf(posting['baseSalary']);
  const dates = datesOf(posting);
  return {
    title,
    company: organisationName(posting['hiringOrganization'], doc),
    location: locationOf(posting, doc),
    payText: pay,
    // schema.org's estimatedSalary is the publisher's estimate, never the employer's offer.
    payEstimateText: pay === null ? payTextOf(posting['estimatedSalary']) : null,
    description,
    url: url?.href ?? str(posting['url']),
    site: null,
    method: 'jsonld',
    ...(dates === null ? {} : { dates }),
  };
}

/** The JobPosting's datePosted and validThrough, for a page a site adapter reads; null when it has neither. */
export function jsonLdDates(doc: Document, url: URL | null): PageDates | null {
  const posting = pickPosting(jobPostingsIn(jsonLdBlocks(doc)), url);
  return posting === null ? null : datesOf(posting);
}

function datesOf(posting: JsonObject): PageDates | null {
  const posted = isoDay(posting['datePosted']);
  const validThrough = isoDay(posting['validThrough']);
  return posted === null && validThrough === null ? null : { posted, validThrough, postedText: null };
}

/** "2026-01-22T20:00:10Z", "2026-01-20 05:43:59", "2024-09-24" → "2026-01-22"; null when not a date. */
function isoDay(value: unknown): string | null {
  const match = typeof value === 'string' ? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match === null ? null : `${match[1]}-${match[2]}-${match[3]}`;
}

/** Every parseable JSON-LD block on the page; malformed blocks are skipped, never thrown. */
export function jsonLdBlocks(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = script.getAttribute('type') ?? '';
    if (!/ld\+json/i.test(type)) continue;
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) blocks.push(parsed);
  }
  return blocks;
}

/** JSON.parse, then once more after undoing the usual hand-written slips. */
export function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Comment or CDATA wrappers, raw line breaks inside strings, trailing commas.
    const repaired = text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/[\u0000-\u001F]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** JobPosting objects anywhere in the blocks: top level, arrays, `@graph`, nested properties. */
export function jobPostingsIn(value: unknown, depth = 0): JsonObject[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((item) => jobPostingsIn(item, depth + 1));
  if (!isObject(value)) return [];
  if (hasType(value, 'JobPosting')) return [value];
  return Object.values(value).flatMap((item) => jobPostingsIn(item, depth + 1));
}

function hasType(value: JsonObject, type: string): boolean {
  const declared = value['@type'];
  const types = Array.isArray(declared) ? declared : [declared];
  return types.some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`) || t.endsWith(`:${type}`)));
}

function pickPosting(postings: readonly JsonObject[], url: URL | null): JsonObject | null {
  if (postings.length === 0) return null;
  if (postings.length === 1) return postings[0] ?? null;
  if (url !== null) {
    const here = comparableUrl(url.href);
    const same = postings.find((p) => {
      const own = str(p['url']);
      return own !== null && comparableUrl(own) === here;
    });
    if (same !== undefined) return same;
  }
  // Copies of one posting (some pages print it twice) still count as one.
  const titles = new Set(postings.map((p) => str(p['title'])));
  return titles.size === 1 ? postings[0] ?? null : null;
}

function comparableUrl(href: string): string {
  return href.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(?:www\.)?/, '');
}

function organisationName(value: unknown, doc: Document): string | null {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  const name = typeof one === 'string' ? one : str(dig(one, 'name'));
  if (name === null) return null;
  const clean = decodeInline(name, doc);
  return clean === '' ? null : clean;
}

function descriptionOf(posting: JsonObject, doc: Document): string {
  const main = rawText(posting['description']);
  const parts: string[] = main === null ? [] : [richText(main, doc)];
  for (const [field, heading] of SECTION_FIELDS) {
    const value = rawText(posting[field]);
    if (value === null) continue;
    const text = richText(value, doc);
    const already = parts.join('\n');
    if (text === '' || already.includes(text.split('\n')[0] ?? text)) continue;
    parts.push(`${heading}\n${text}`);
  }
  return parts.filter((p) => p !== '').join('\n');
}

// --- Location ---------------------------------------------------------------------------------

function locationOf(posting: JsonObject, doc: Document): string | null {
  const places = unique(listOf(posting['jobLocation']).map((p) => placeText(p, doc)));
  const types = listOf(posting['jobLocationType']).map((t) => (typeof t === 'string' ? t.toUpperCase() : ''));
  const remote = types.includes('TELECOMMUTE');
  if (!remote) return places.length === 0 ? null : places.join('; ');
  const areas = unique(listOf(posting['applicantLocationRequirements']).flatMap((r) => areaNames(r, doc)));
  const remoteText = areas.length === 0 ? 'Remote' : `Remote (${areas.join(', ')})`;
  return [remoteText, ...places].join('; ');
}

function placeText(place: unknown, doc: Document): string | null {
  if (typeof place === 'string') return nonBlank(decodeInline(place, doc));
  if (!isObject(place)) return null;
  const address = place['address'];
  if (typeof address === 'string') return nonBlank(decodeInline(address, doc));
  const locality = str(dig(address, 'addressLocality'));
  const region = str(dig(address, 'addressRegion'));
  const country = str(dig(address, 'addressCountry')) ?? str(dig(address, 'addressCountry', 'name'));
  const street = str(dig(address, 'streetAddress'));
  const parts = locality === null && region === null ? [street, country] : [locality, region, country];
  const kept: string[] = [];
  for (const part of parts) {
    if (part === null) continue;
    const clean = decodeInline(part, doc);
    // "Canada, QC, Montreal" already names the country "Canada": do not say it twice.
    const named = kept.flatMap((k) => k.split(/,\s*|\s+-\s+/)).map((k) => k.toLowerCase());
    if (clean === '' || named.includes(clean.toLowerCase())) continue;
    kept.push(clean);
  }
  return kept.length === 0 ? str(place['name']) : kept.join(', ');
}

function areaNames(requirement: unknown, doc: Document): string[] {
  if (typeof requirement === 'string') return [decodeInline(requirement, doc)];
  const name = dig(requirement, 'name');
  return listOf(name)
    .map((n) => (typeof n === 'string' ? decodeInline(n, doc) : ''))
    .filter((n) => n !== '');
}

// --- Pay --------------------------------------------------------------------------------------

/**
 * A schema.org MonetaryAmount as the pay text a page would show: "$168,000 - $275,100 a year",
 * "EUR 50,000 - 60,000 a year", "$22.38 an hour". Null when it holds no usable figure.
 */
export function payTextOf(amount: unknown): string | null {
  const one: unknown = Array.isArray(amount) ? amount[0] : amount;
  if (typeof one === 'string') return nonBlank(cleanInline(one));
  if (!isObject(one)) return null;
  const value = one['value'];
  const currency = (str(one['currency']) ?? str(dig(value, 'currency')))?.toUpperCase() ?? null;
  let min: number | null;
  let max: number | null;
  let unit: string | null = str(one['unitText']);
  if (isObject(value)) {
    const single = numberOf(value['value']);
    min = numberOf(value['minValue']) ?? single;
    max = numberOf(value['maxValue']) ?? single;
    unit = str(value['unitText']) ?? unit;
  } else {
    min = numberOf(value);
    max = min;
  }
  if (min === null && max === null) return null;
  const low = Math.min(min ?? max ?? 0, max ?? min ?? 0);
  const high = Math.max(min ?? max ?? 0, max ?? min ?? 0);
  const figures = low === high ? money(low, currency, true) : `${money(low, currency, true)} - ${money(high, currency, false)}`;
  const period = periodWords(unit);
  return period === null ? figures : `${figures} ${period}`;
}

/** A positive figure from a number or a numeric string ("120,000"); 0 means "not given" in feeds. */
function numberOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function money(n: number, currency: string | null, leading: boolean): string {
  const digits = Number.isInteger(n) ? 0 : 2;
  const figure = n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 });
  if (currency === 'USD' || currency === '$') return `$${figure}`;
  if (currency === null || !leading) return figure;
  return `${currency} ${figure}`;
}

function periodWords(unit: string | null): string | null {
  if (unit === null) return null;
  const key = unit.toUpperCase().replace(/[^A-Z]/g, '');
  for (const [pattern, words] of PERIOD_WORDS) if (pattern.test(key)) return words;
  return null;
}

// --- Small helpers ----------------------------------------------------------------------------

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function unique(values: readonly (string | null)[]): string[] {
  const seen: string[] = [];
  for (const value of values) if (value !== null && value !== '' && !seen.includes(value)) seen.push(value);
  return seen;
}

/** A string field as written (line breaks kept), or null when it is not a non-blank string. */
function rawText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function nonBlank(text: string): string | null {
  return text === '' ? null : text;
}
