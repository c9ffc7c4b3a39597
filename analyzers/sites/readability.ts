// Last resort: Mozilla Readability finds the main text of any page. It runs on a clone, because it
// rewrites the document it is given; the live page is never touched. Whether that text is a job
// posting at all is decided here too, from the words postings use.

import { Readability } from '@mozilla/readability';
import type { PostingInput } from '../types';
import { documentTitle, metaContent, nonEmpty } from './dom';
import { blockText, cleanInline, inlineText } from './html-text';

/**
 * Words that mark a job posting, by what they are about. A page reads as a posting when its text
 * hits at least MIN_CUE_GROUPS different groups (one word alone, "apply" or "salary", is common in
 * articles too). English, German, French, Spanish, Italian.
 */
const JOB_CUES: readonly (readonly [string, RegExp])[] = [
  ['duties', /\b(?:responsibilities|duties|what you(?:'|’)?ll do|you will|you(?:'|’)ll be|your role|the role|key tasks|aufgaben|deine aufgaben|ihre aufgaben|missions?|responsabilit(?:é|e)s|responsabilidades|funciones|mansioni|attivit(?:à|a)|compiti)\b/i],
  ['requirements', /\b(?:qualifications|requirements|required skills|what you(?:'|’)?ll need|what you need|who you are|about you|who we(?:'|’)re looking for|must[- ]haves?|nice[- ]to[- ]haves?|anforderungen|dein profil|ihr profil|qualifikation(?:en)?|profil recherch(?:é|e)|requisitos|requisiti|competenze richieste)\b/i],
  ['experience', /\b(?:\d+\+?\s*(?:years?|yrs)(?:\s+of)?\s+(?:\w+\s+){0,3}experience|experience (?:in|with)|berufserfahrung|expérience|experiencia|esperienza)\b/i],
  ['application', /\b(?:apply|application|candidates?|applicants?|bewerb(?:ung|en)|postuler|candidatura|candidarsi|inscr(?:i|í)bete)\b/i],
  ['pay', /\b(?:salary|compensation|pay range|per hour|an hour|a year|per annum|benefits|gehalt|vergütung|salaire|rémunération|salario|retribuzione|stipendio)\b/i],
  ['employment', /\b(?:full[- ]time|part[- ]time|permanent|contract(?:or)?|internship|hybrid|on-?site|remote|vollzeit|teilzeit|temps plein|tiempo completo|tempo pieno|job description|job posting|hiring|we are looking for|we(?:'|’)re looking for|join our team|position|stellenangebot|offre d(?:'|’)emploi|oferta de empleo)\b/i],
];
const MIN_CUE_GROUPS = 3;

/** Section labels that sit between a posting's title and its text; never the title itself. */
const SECTION_LABELS = /^(?:about the (?:job|role|position|company)|(?:full )?job description|description|job details|details|overview|profile insights|benefits|summary|informazioni sull.offerta di lavoro|stellenbeschreibung|descriptif du poste|descripción del puesto)\b/i;

/** Titles of result lists, in <title> or a heading: "Python jobs in Remote", "46 jobs in India". */
const LIST_TITLE = /\b(?:jobs|job vacancies|job openings|offerte di lavoro|stellenangebote|offres d.emploi|empleos|vacatures)\b/i;

/** Headings there belong to list items (other jobs), dialogs or hidden parts, never the posting. */
const NOT_TITLE_PLACES = 'li, dialog, [role="dialog"], [aria-modal="true"], [aria-hidden="true"], [hidden]';

/** Separators between the parts of a page title. */
const TITLE_PARTS = /\s+[|–—-]\s+/;

/** Screen-reader text that shows in a heading once the class hiding it is gone. */
const TITLE_NOISE: readonly RegExp[] = [
  // Indeed's title suffix.
  /\s+-\s+job post$/i,
];

// "Data Analyst - San Francisco, CA 94105": the place a US-style title ends with.
const TITLE_PLACE = /^(.*\S)\s+[-–—|]\s+([A-Z][A-Za-z.' -]+,\s*[A-Z]{2}(?:\s+\d{5})?)$/;

const STATED_PLACE = /^(?:job |work )?location\s*:\s*(.{2,80})$/i;

/** Short posting pages (a few bullets) are still postings: Readability's default floor is 500. */
const CHAR_THRESHOLD = 200;

export interface ReadableArticle {
  /** Readability's guess from <title> and meta tags; used when the page has no usable heading. */
  readonly title: string | null;
  /** One line per block, like every description. */
  readonly text: string;
}

/** Parts of a page that are never the posting: removed from the clone before Readability looks. */
const CHROME = 'nav, footer, aside, dialog, [role="navigation"], [role="contentinfo"], [role="dialog"], [aria-modal="true"]';

/**
 * A plain page (a saved description, a static careers page) has few elements; there, when
 * Readability keeps only a sliver of the text, the whole body is the better reading.
 */
const PLAIN_PAGE_ELEMENTS = 600;
const SLIVER = 0.4;

/**
 * A list whose items are mostly links or headed cards: a menu, other jobs, a results list. Removed
 * so that Readability does not take another job's card, or fifty of them, for the posting.
 */
const LINK_LIST_MIN_ITEMS = 3;
const LINK_LIST_SHARE = 0.6;

function isLinkList(list: Element): boolean {
  const items = Array.from(list.children).filter((child) => child.tagName.toUpperCase() === 'LI');
  if (items.length < LINK_LIST_MIN_ITEMS) return false;
  const linked = items.filter((li) => li.querySelector('a[href], h2, h3') !== null).length;
  return linked / items.length >= LINK_LIST_SHARE;
}

/** The main text of the page, read from a clone; null when Readability finds none. */
export function readArticle(doc: Document): ReadableArticle | null {
  const clone = doc.cloneNode(true) as Document;
  for (const el of Array.from(clone.querySelectorAll(CHROME))) el.remove();
  for (const list of Array.from(clone.querySelectorAll('ul, ol'))) if (isLinkList(list)) list.remove();
  const body = clone.body;
  const plain = body !== null && body.getElementsByTagName('*').length < PLAIN_PAGE_ELEMENTS;
  const bodyText = plain && body !== null ? blockText(body) : '';
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, { charThreshold: CHAR_THRESHOLD, serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  const content = parsed?.content;
  const text = content === null || content === undefined ? '' : blockText(content);
  const best = plain && text.length < SLIVER * bodyText.length ? bodyText : text;
  if (best === '') return null;
  return { title: nonEmpty(parsed?.title), text: best };
}

/** How many kinds of job words the text uses (duties, requirements, pay, …). */
export function jobCueCount(text: string): number {
  return JOB_CUES.filter(([, pattern]) => pattern.test(text)).length;
}

export function looksLikeJob(text: string): boolean {
  return jobCueCount(text) >= MIN_CUE_GROUPS;
}

/**
 * A posting from the page's main text (read once by readArticle). Without `force` the text must
 * read like a job posting; with it (the side panel's "analyse anyway") any main text is taken,
 * or else the whole body's text.
 */
export function postingFromArticle(
  doc: Document,
  url: URL | null,
  article: ReadableArticle | null,
  force: boolean,
): PostingInput | null {
  let description = article?.text ?? '';
  if (description === '' && force && doc.body !== null) description = blockText(doc.body);
  if (description === '' || (!force && !looksLikeJob(description))) return null;
  const heading = titleHeading(doc, description) ?? article?.title ?? nonEmpty(documentTitle(doc));
  if (heading === null) return null;
  const { title, location } = splitTitlePlace(heading);
  // The page's own heading, when the main text starts with it, is the title, not the description.
  const lines = description.split('\n');
  const titleLine = lines.slice(0, 3).findIndex((line) => line === heading || line === title);
  if (titleLine >= 0 && lines.length > titleLine + 1) lines.splice(0, titleLine + 1);
  description = lines.join('\n');
  return {
    title,
    company: nonEmpty(metaContent(doc, 'meta[property="og:site_name"]') ?? siteNameFromTitle(doc, title)),
    location: location ?? statedPlace(lines),
    payText: null,
    payEstimateText: null,
    description,
    url: url?.href ?? null,
    site: null,
    method: 'readability',
  };
}

/**
 * The posting's title, from the page's headings and its own title:
 * 1. a heading that <title> or og:title repeats (job pages name the job there);
 * 2. the nearest h1 before the main text;
 * 3. the first part of <title> ("Graduate Data Engineer | Acme | Board");
 * 4. the nearest h2, then h3, before the main text.
 * Section labels ("About the job"), headings of list items (other jobs' cards) and titles of
 * result lists ("Python jobs in Remote") are never the title.
 */
export function titleHeading(doc: Document, articleText: string): string | null {
  const body = doc.body;
  if (body === null) return null;
  const start = articleStart(body, articleText);
  const headings = Array.from(body.querySelectorAll('h1, h2, h3'))
    .filter((el) => el.closest(NOT_TITLE_PLACES) === null)
    .map((el) => ({ el, level: el.tagName.toUpperCase(), text: cleanTitle(inlineText(el)) }))
    .filter((h) => h.text !== '' && h.text.length <= 200 && !SECTION_LABELS.test(h.text) && !LIST_TITLE.test(h.text));
  // Closest first: the headings before the main text, read backwards.
  const before = start === null ? [] : headings.filter((h) => precedes(h.el, start)).reverse();
  // A heading the main text starts with may be the title too, when the page title repeats it.
  const ordered = start === null ? headings : [...headings.filter((h) => h.el.contains(start)), ...before];
  const pageTitles = [
    metaContent(doc, 'meta[property="og:title"]'),
    metaContent(doc, 'meta[name="twitter:title"]'),
    nonEmpty(documentTitle(doc)),
  ].filter((t): t is string => t !== null && !LIST_TITLE.test(t));
  const named = ordered.find((h) => pageTitles.some((t) => t.toLowerCase().includes(h.text.toLowerCase())));
  if (named !== undefined) return named.text;
  const h1 = before.find((h) => h.level === 'H1');
  if (h1 !== undefined) return h1.text;
  const firstPart = pageTitles.length === 0 ? null : nonEmpty(pageTitles[pageTitles.length - 1]?.split(TITLE_PARTS)[0]);
  if (firstPart !== null && pageTitles.some((t) => TITLE_PARTS.test(t))) return firstPart;
  return before.find((h) => h.level === 'H2')?.text ?? before.find((h) => h.level === 'H3')?.text ?? null;
}

/** True when `el` ends before `node` starts in document order. */
function precedes(el: Element, node: Node): boolean {
  // DOCUMENT_POSITION_FOLLOWING (4): `node` comes after `el`, and is not inside it.
  return (el.compareDocumentPosition(node) & 4) !== 0 && !el.contains(node);
}

function cleanTitle(text: string): string {
  return TITLE_NOISE.reduce((t, pattern) => t.replace(pattern, ''), text).trim();
}

/** The text node where the article's first line begins in the original page. */
function articleStart(body: HTMLElement, articleText: string): Node | null {
  // The first line long enough not to occur elsewhere on the page by chance.
  const lines = articleText.split('\n').map((line) => line.replace(/^• /, ''));
  const firstLine = (lines.find((line) => line.length >= 40) ?? lines[0] ?? '').slice(0, 40).trim();
  if (firstLine === '') return null;
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = cleanInline(node.nodeValue ?? '');
    if (text.length >= 8 && (firstLine.startsWith(text.slice(0, 40)) || text.startsWith(firstLine))) return node;
  }
  return null;
}

/** "Lecturer - Berkeley, CA" → title "Lecturer", location "Berkeley, CA". */
export function splitTitlePlace(heading: string): { title: string; location: string | null } {
  const match = TITLE_PLACE.exec(heading);
  if (match === null || match[1] === undefined || match[2] === undefined) return { title: heading, location: null };
  return { title: match[1], location: match[2] };
}

/** "Location: Global" near the top of a posting's text. */
function statedPlace(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 15)) {
    const match = STATED_PLACE.exec(line);
    if (match?.[1] !== undefined) return nonEmpty(match[1].replace(/\.$/, ''));
  }
  return null;
}

/** "Acme - Jobs: Lecturer" with og:title "Acme": the short name the page title starts with. */
function siteNameFromTitle(doc: Document, jobTitle: string): string | null {
  const ogTitle = metaContent(doc, 'meta[property="og:title"]');
  const title = documentTitle(doc);
  if (ogTitle === null || ogTitle.split(' ').length > 3 || ogTitle === jobTitle) return null;
  return title.startsWith(`${ogTitle} `) || title.endsWith(` ${ogTitle}`) ? ogTitle : null;
}
