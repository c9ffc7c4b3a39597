// Small read-only helpers the site adapters share: find the first match of a selector list, read
// its text, tell a job board's pay estimate from the employer's pay, and assemble a PostingInput.

import type { PostingInput } from '../types';
import { blockText, cleanInline, inlineText } from './html-text';

/** The first element matching any selector, in the order given (newest markup first). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found !== null) return found;
  }
  return null;
}

/** One-line visible text of the first match, or null when nothing matches or it is empty. */
export function textAt(root: ParentNode, selectors: readonly string[]): string | null {
  return nonEmpty(inlineText(first(root, selectors)));
}

/** Multi-line description text of the first match that has any text. */
export function blockAt(root: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found === null) continue;
    const text = blockText(found);
    if (text !== '') return text;
  }
  return null;
}

/** The text of every section matching one of the selectors, in that order, one block per line. */
export function sectionsText(root: ParentNode, selectors: readonly string[]): string | null {
  const parts = selectors
    .map((selector) => root.querySelector(selector))
    .filter((el): el is Element => el !== null)
    .map((el) => blockText(el))
    .filter((text) => text !== '');
  return parts.length === 0 ? null : parts.join('\n');
}

/** "Remote (United States)" when the job is remote, else the place as the page gives it. */
export function placeOf(place: string | null, remote: boolean): string | null {
  if (!remote) return place;
  return place === null ? 'Remote' : `Remote (${place})`;
}

export function nonEmpty(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const clean = cleanInline(text);
  return clean === '' ? null : clean;
}

export function metaContent(doc: Document, selector: string): string | null {
  return nonEmpty(doc.querySelector(selector)?.getAttribute('content'));
}

/** The page title without a notification counter ("(3) ") that sites prepend. */
export function documentTitle(doc: Document): string {
  return cleanInline(doc.title).replace(/^\(\d+\+?\)\s*/, '');
}

// Job boards mark their own guesses ("Estimated $X", "(Glassdoor Est.)", "(estimate)"); Glassdoor's
// "(Employer Est.)" is the employer's own figure.
const ESTIMATE_WORDS = /\bestimated?\b|\best\./i;
const EMPLOYER_ESTIMATE = /\(employer est(?:\.|imate)?\)/i;

/** Splits a displayed pay into the employer's pay and a job board's estimate. */
export function splitPay(text: string | null): { payText: string | null; payEstimateText: string | null } {
  if (text === null) return { payText: null, payEstimateText: null };
  if (EMPLOYER_ESTIMATE.test(text)) return { payText: text, payEstimateText: null };
  if (ESTIMATE_WORDS.test(text)) return { payText: null, payEstimateText: text };
  return { payText: text, payEstimateText: null };
}

/** True when a short text looks like pay (a currency sign or code next to a figure). */
export function looksLikePay(text: string): boolean {
  return /(?:[$€£¥₹₩₱₪₺₫฿]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|INR|CHF|SGD|HKD|JPY|SEK|NOK|DKK|PLN|BRL|MXN|ZAR|AED|Rs\.?))\s?\d/.test(text) ||
    /\d\s?(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN)\b)/.test(text);
}

/**
 * Writes the currency into a "$" pay that is not in US dollars (an Australian page's "$130,000"),
 * in the shape the JSON-LD reader writes ("AUD 130,000 - 160,000 a year").
 */
export function withDollarCurrency(text: string | null, currency: string | null): string | null {
  if (text === null || currency === null || currency === 'USD') return text;
  if (!text.includes('$') || /\b[A-Z]{3}\b/.test(text) || /[A-Z]{1,2}\$/.test(text)) return text;
  return `${currency} ${text.replace(/\$\s?/g, '')}`;
}

export interface PostingFields {
  readonly title: string | null;
  readonly company: string | null;
  readonly location: string | null;
  readonly payText?: string | null;
  readonly payEstimateText?: string | null;
  readonly description: string | null;
  /** The page's posting-age words ("5 days ago"), handed as shown: freshness.ts reads them. */
  readonly postedText?: string | null;
}

/** A posting read by a site adapter, or null when the page lacks a title or a description. */
export function adapterPosting(fields: PostingFields, site: string, url: URL | null): PostingInput | null {
  const title = nonEmpty(fields.title);
  const description = fields.description?.trim() ?? '';
  if (title === null || description === '') return null;
  const postedText = nonEmpty(fields.postedText);
  return {
    title,
    company: nonEmpty(fields.company),
    location: nonEmpty(fields.location),
    payText: nonEmpty(fields.payText),
    payEstimateText: nonEmpty(fields.payEstimateText),
    description,
    url: url === null ? null : url.href,
    site,
    method: 'adapter',
    ...(postedText === null ? {} : { dates: { posted: null, validThrough: null, postedText } }),
  };
}

/** Parses JSON without throwing; null when the text is not JSON. */
export function parseJson(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a path of keys through parsed JSON; undefined as soon as a step is missing. */
export function dig(value: unknown, ...path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function str(value: unknown): string | null {
  if (typeof value === 'string') return nonEmpty(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
