// The audit page's model, for people who write postings: a pasted draft → a report (or a sentence
// saying why there is none), each fix paired with the flags it resolves, the pay-transparency
// outcomes in words, and the files the page exports. Pure: no DOM, no browser API.

import { MAX_POSTING_CHARS, postingFromText } from '../analyzers/posting';
import { analyze } from '../analyzers/report';
import type { Basis, Outcome, Problem, TransparencyCheck } from '../analyzers/transparency';
import type { Fix, Flag, PostingInput, Report } from '../analyzers/types';
import { foldText } from '../extension/find-text';

/** Fewer words under the title than this is a fragment, not a posting (the shortest in ../shared/corpus, reprojobs-017, has 49). */
export const MIN_POSTING_WORDS = 20;
/** The same limit the extension applies to a page's posting. */
export const MAX_DRAFT_CHARS = MAX_POSTING_CHARS;
/** How long typing must pause before the report is made again. */
export const AUDIT_DEBOUNCE_MS = 300;

/** The pasted form, as the hint under the text box shows it. */
export const DRAFT_FORMAT_HINT = [
  'Social Media Coordinator',
  'Company name · Denver, CO',
  'Pay: $52,000 – $60,000 a year',
  '',
  'What you will do',
  '• Plan and publish …',
].join('\n');

/** Where the location the laws were checked for came from. */
export type LocationFrom = 'draft' | 'field' | 'none';

export type AuditResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-a-posting'; readonly reason: string }
  | { readonly kind: 'report'; readonly input: PostingInput; readonly report: Report; readonly locationFrom: LocationFrom };

export interface AuditOptions {
  /** The page's location field: used when the draft names no place of its own. */
  readonly location: string;
  readonly hoursPerYear?: number;
  readonly today?: Date;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The draft's own `Company · Location` line wins: it is what applicants (and the laws) read. The
 * field fills in for a draft that names no place, and stands for the user's place for a remote job.
 */
export function auditDraft(text: string, options: AuditOptions): AuditResult {
  if (text.trim() === '') return { kind: 'empty' };
  if (text.length > MAX_DRAFT_CHARS) {
    return {
      kind: 'not-a-posting',
      reason: `This text is ${text.length.toLocaleString('en-US')} characters long; one posting is well under ${MAX_DRAFT_CHARS.toLocaleString('en-US')}. Paste a single posting.`,
    };
  }
  const input = postingFromText(text);
  const words = wordCount(input.description);
  if (words === 0) {
    return { kind: 'not-a-posting', reason: 'There is a title but nothing under it yet. Add the posting’s text: the duties, what you ask for, and the pay.' };
  }
  if (words < MIN_POSTING_WORDS) {
    return {
      kind: 'not-a-posting',
      reason: `This does not read as a job posting yet: ${words} word${words === 1 ? '' : 's'} under the title, and a posting needs at least ${MIN_POSTING_WORDS}. Paste the whole ad, or keep writing: the duties, what you ask for, and the pay.`,
    };
  }
  const field = options.location.trim();
  const locationFrom: LocationFrom = input.location !== null ? 'draft' : field !== '' ? 'field' : 'none';
  const report = analyze(input, {
    location: locationFrom === 'field' ? field : undefined,
    homeLocation: field === '' ? null : field,
    hoursPerYear: options.hoursPerYear,
    today: options.today,
  });
  return { kind: 'report', input, report, locationFrom };
}

/**
 * A posting read from a page, as the page holds it: the text box's text, which `postingFromText`
 * reads back the same, and a location for the location field when the text cannot carry it. The
 * pasted form has a place only on a `Company · Location` line with both halves: a posting with no
 * company puts its place in the field instead, and one with no place leaves its company out (the
 * company changes nothing in the report but its heading).
 */
export function postingToDraft(input: PostingInput): { readonly text: string; readonly location: string | null } {
  const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();
  const company = input.company === null ? '' : oneLine(input.company);
  const location = input.location === null ? '' : oneLine(input.location);
  const lines = [oneLine(input.title)];
  // Neither half of the line may be empty: "Company ·" and "· Place" read as the body's first line.
  if (company !== '' && location !== '') lines.push(`${company} · ${location}`);
  if (input.payText !== null && input.payText.trim() !== '') lines.push(`Pay: ${oneLine(input.payText)}`);
  lines.push('', input.description);
  return { text: lines.join('\n'), location: company === '' && location !== '' ? location : null };
}

// ——— Fixes, tied to the flags they resolve ———

export interface FixWithEvidence {
  readonly fix: Fix;
  /** scoreAfter − the score now: what this one change is worth by the same formula. */
  readonly delta: number;
  /** The report's flags this fix resolves, in the fix's order. */
  readonly flags: readonly Flag[];
}

export function fixesWithEvidence(report: Report): FixWithEvidence[] {
  return report.fixes.map((fix) => ({
    fix,
    delta: fix.scoreAfter - report.score.overall,
    flags: fix.resolves.flatMap((id) => report.flags.filter((f) => f.id === id)),
  }));
}

/** "+15", "−3", "+0": the change a fix makes to the score. */
export function deltaWords(delta: number): string {
  return delta < 0 ? `−${Math.abs(delta)}` : `+${delta}`;
}

// ——— Pay transparency in words ———

export const OUTCOME_NAME: Readonly<Record<Outcome, string>> = {
  meets: 'Meets it',
  'falls-short': 'Falls short',
  unclear: 'Unclear',
  'not-in-posting': 'Asks for pay on request',
  'not-yet': 'Not yet in force',
};

export const PROBLEM_NAME: Readonly<Record<Problem, string>> = {
  'no-pay': 'No pay is stated.',
  'single-figure': 'A single figure where a range may be asked for.',
  'range-too-wide': 'The range is wider than the rule allows.',
};

export function basisWords(check: TransparencyCheck): string {
  const why: Readonly<Record<Basis, string>> = {
    location: `The job is in ${check.jurisdiction}.`,
    remote: `The job is remote and open to people in ${check.jurisdiction}.`,
    'remote-if-tied': `The job is remote: the law reaches it only when it is tied to ${check.jurisdiction}.`,
  };
  return why[check.basis];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 January 2021" from "2021-01-01"; anything else as it is. */
export function dateWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m === null ? undefined : MONTHS[Number(m[2]) - 1];
  return m === null || month === undefined ? iso : `${Number(m[3])} ${month} ${m[1]}`;
}

/** "In force since 1 January 2021", "Starts 1 July 2027", "Start date not set yet". */
export function sinceWords(check: TransparencyCheck): string {
  if (check.since === null) return 'Start date not set yet';
  if (check.status === 'in-force') return `In force since ${dateWords(check.since)}`;
  if (check.status === 'upcoming') return `Starts ${dateWords(check.since)}`;
  return `Not in force yet (date in the sources: ${dateWords(check.since)})`;
}

export function locationWords(report: Report, from: LocationFrom): string {
  const place = report.posting.location;
  if (from === 'none' || place === null) return 'The draft names no place, so no law was looked up.';
  return `Checked for ${place} (${from === 'draft' ? 'from the draft' : 'from the location field'}), as of ${dateWords(report.transparency.asOf)}.`;
}

// ——— Exports ———

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** A file name from the posting's title: lower case, ASCII letters and digits, at most 40 characters. */
export function fileStem(report: Report): string {
  const slug = report.posting.title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `scopefit-audit-${slug === '' ? 'posting' : slug}`;
}

/** The report as the command line's --json gives it: the contract, fixes and transparency included. */
export function reportJson(report: Report): ExportFile {
  return { name: `${fileStem(report)}.json`, type: 'application/json', text: `${JSON.stringify(report, null, 2)}\n` };
}

// ——— The page's own text box ———

/** What reading the tab the user came from gives: its posting, or a sentence saying why there is none. */
export type TabPostingRead =
  | { readonly kind: 'posting'; readonly input: PostingInput }
  | { readonly kind: 'none'; readonly reason: string };

/**
 * Where a quote from the report sits in the draft as typed, for "show me where it says that": the
 * report quotes the cleaned text, so spaces, bullets, case and quote styles are set aside (as on a
 * live page, extension/find-text.ts); failing the whole quote, its opening words.
 */
export function locateQuote(draft: string, quote: string): { readonly start: number; readonly end: number } | null {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < draft.length; i++) {
    const f = foldText(draft[i] ?? '');
    folded += f;
    for (let k = 0; k < f.length; k++) at.push(i);
  }
  const wanted = foldText(quote.trim());
  for (const part of [wanted, wanted.slice(0, 40)]) {
    if (part.length < 2) continue;
    const i = folded.indexOf(part);
    const start = at[i];
    const last = at[i + part.length - 1];
    if (i >= 0 && start !== undefined && last !== undefined) return { start, end: last + 1 };
  }
  return null;
}
