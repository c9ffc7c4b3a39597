// The shapes that cross layers: page → site adapter → PostingInput → Posting → analyze() → Report.
// The Report is the public JSON contract of ../shared/design/report-contract.md: fields may be
// added, never renamed or retyped.

import type { SectionKind } from './vocabulary/headings';
import type { CountryReading } from './country';
import type { KnownLanguage } from './language';
import type { TransparencyResult } from './transparency';
import type { OccupationRate } from './wages';

export type { SectionKind };

/** The level ladder of the taxonomy, lowest first. */
export const LEVELS = ['intern', 'entry', 'mid', 'senior', 'head', 'executive'] as const;
export type Level = (typeof LEVELS)[number];

export const AREAS = [
  'strategy', 'content', 'creative', 'community', 'care', 'analytics', 'listening', 'paid',
  'influencer', 'pr', 'internal', 'leadership', 'stakeholders', 'web', 'events', 'sales',
] as const;
export type Area = (typeof AREAS)[number];

export const CONDITIONS = ['always-on', 'pressure', 'hype'] as const;
export type Condition = (typeof CONDITIONS)[number];

export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';
export type Verdict = 'fair' | 'stretched' | 'underpaid' | 'unclear';
export type SourceMethod = 'adapter' | 'jsonld' | 'readability' | 'text';
/** ISO 639-1 of the languages detected (language.ts), or 'other' when unsure. */
export type Language = KnownLanguage | 'other';

/**
 * What a site adapter (or a pasted text) hands on: plain data, no DOM.
 * `description` is plain text with one line per block (paragraph, heading, list item);
 * list items start with "• " so that the intake can tell bullets from prose.
 */
export interface PostingInput {
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  /** Pay from the source's own pay field (not the description), as displayed. */
  readonly payText: string | null;
  /** A job board's own estimate ("Estimated $X", "(Glassdoor est.)"): never the employer's offer. */
  readonly payEstimateText: string | null;
  readonly description: string;
  readonly url: string | null;
  /** Site id ("indeed", "linkedin", …) or null when unknown. */
  readonly site: string | null;
  readonly method: SourceMethod;
  /** When the page says the job was posted, as it shows it; absent when the reader looked for none. */
  readonly dates?: PageDates;
}

/** A posting's dates as the page gives them: read by the adapters, turned into days by freshness.ts. */
export interface PageDates {
  /** ISO date (YYYY-MM-DD) from structured data (JSON-LD datePosted). */
  readonly posted: string | null;
  /** ISO date the posting says it closes (JSON-LD validThrough). */
  readonly validThrough: string | null;
  /** The page's own words: "Posted 3 days ago", "30+ days ago", "Reposted 2 weeks ago", "13d". */
  readonly postedText: string | null;
}

export interface Section {
  /** The heading the lines sit under ("Responsibilities"), or null for text before any heading. */
  readonly heading: string | null;
  /** What the heading says the section holds; null when the heading is not one we know. */
  readonly kind: SectionKind | null;
  readonly lines: readonly SectionLine[];
}

export interface SectionLine {
  readonly text: string;
  readonly bullet: boolean;
}

/** A posting read and split: the input every analyzer takes. */
export interface Posting extends PostingInput {
  readonly language: Language;
  readonly sections: readonly Section[];
}

/** A year's pay; an end is null when the posting leaves it open ("up to $77,000" has no min). */
export interface PayRange {
  readonly min: number | null;
  readonly max: number | null;
}

export interface Pay {
  /**
   * As written, in the posting's currency and period; min == max for a single figure. Open-ended
   * pay has one end null: "up to $77,000" → min null; "from $20 an hour" → max null (never both).
   */
  readonly min: number | null;
  readonly max: number | null;
  readonly period: Period;
  /** ISO 4217. */
  readonly currency: string;
  /** Converted to a full-time year (2,080 h, 260 d, 52 w, 12 mo). */
  readonly annual: PayRange;
  /** True when the figure is a job board's estimate, not the employer's. */
  readonly estimated: boolean;
  readonly evidence: string;
  /** Set when the figure cannot be right as written ("$85,000 to $90,000 /hour"). */
  readonly implausible?: string;
  /** Set when the statement is ambiguous and the reader chose (a board's field contradicting the body). */
  readonly unsure?: string;
}

/** The posting says the work is not paid a wage: no pay is no pay, and it is not "not stated". */
export interface PayTerms {
  readonly kind: 'unpaid' | 'volunteer' | 'commission-only' | 'equity-only';
  readonly evidence: string;
}

export interface Experience {
  readonly minYears: number;
  readonly maxYears: number | null;
  readonly required: boolean;
  readonly evidence: readonly string[];
  /** Set when the posting's years statement can be read more than one way: says why. */
  readonly unsure?: string;
}

export type SignalKind = 'title' | 'level-word' | 'years' | 'duty';

export interface LevelSignal {
  readonly kind: SignalKind;
  readonly level: Level;
  readonly evidence: string;
}

export interface Seniority {
  readonly stated: Level;
  readonly scope: Level;
  readonly signals: readonly LevelSignal[];
}

export interface Responsibility {
  readonly text: string;
  readonly areas: readonly Area[];
}

export interface Scope {
  readonly areas: readonly Area[];
  readonly conditions: readonly Condition[];
  readonly rolesBundled: number;
  /** The posting's words behind each condition, so every claim can be quoted. */
  readonly conditionEvidence?: Partial<Record<Condition, string>>;
}

/**
 * The pay distribution of one level of one occupation in one place, with its source, year and the
 * fallback used (analyzers/wages.ts). `soc` is always the report's `occupation.soc`.
 */
export type MarketRate = OccupationRate;

/** The contract's benchmark: the scope level's market rate and where the posted pay sits in it. */
export interface Benchmark extends MarketRate {
  /** Where the posted pay midpoint sits in that distribution, 0–100. */
  readonly payPercentile: number;
}

/** Work the posting says is not paid a wage (contract `payTerms`). */
export interface PayTerms {
  readonly kind: 'unpaid' | 'volunteer' | 'commission-only' | 'equity-only';
  readonly evidence: string;
}

/** Why the verdict is what it is, for the surfaces that must explain an unclear one. */
export type VerdictReason =
  | 'pay-benchmarked'
  | 'no-pay'
  | 'unpaid'
  | 'no-wage'
  | 'pay-implausible'
  | 'no-benchmark'
  | 'language';

export interface ScoreParts {
  /** Null when the posting states no pay: there is nothing to score, and 0 would be a lie. */
  readonly pay: number | null;
  readonly level: number;
  readonly load: number;
  readonly clarity: number;
}

export interface Score {
  /** 0–100; a judgement only when `verdict` is not unclear (surfaces then show "?" instead). */
  readonly overall: number;
  readonly verdict: Verdict;
  /** The one plain sentence behind the verdict: what was compared, or what is missing. */
  readonly reason: VerdictReason;
  readonly parts: ScoreParts;
}

export type Severity = 'high' | 'medium' | 'low';

export interface Flag {
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  readonly evidence: string;
}

export interface Fix {
  readonly id: string;
  readonly message: string;
  readonly resolves: readonly string[];
  readonly scoreAfter: number;
}

export type WordingCategory = 'masculine-coded' | 'feminine-coded' | 'age-coded' | 'exclusionary' | 'cliche';

/** One place where the posting's words may narrow who applies (analyzers/wording/). */
export interface WordingItem {
  /** Unique in the report: category, list entry and the words found ("cliche:rockstar:rockstar developer"). */
  readonly id: string;
  readonly category: WordingCategory;
  /** The list entry as its source writes it ("compet*", "native English speaker"). */
  readonly term: string;
  /** The posting's exact words. */
  readonly evidence: string;
  /** Words that keep the meaning, to put in place of `evidence`; null when the fix is to drop it or say why it is needed. */
  readonly suggestion: string | null;
  /** Where the list entry comes from (paper, regulation, or ScopeFit's own list). */
  readonly source: string;
}

/** Words that narrow who applies: gender-coded words (counted, balanced), age-coded, exclusionary and cliché wording. */
export interface Wording {
  /** Balanced, not an accusation: "leans masculine-coded: 9 vs 2; 1 cliché". */
  readonly summary: string;
  /** Occurrences of Gaucher et al.'s (2011) masculine- and feminine-coded words, and which way the posting leans. */
  readonly coded: { readonly masculine: number; readonly feminine: number; readonly lean: 'masculine' | 'feminine' | 'neutral' };
  /** One item per distinct wording found, in the posting's order within each category. */
  readonly items: readonly WordingItem[];
}

export interface ReportSource {
  readonly site: string | null;
  readonly method: SourceMethod;
  readonly url: string | null;
}

export interface ReportPosting {
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly language: Language;
  readonly description: string;
}

export interface Report {
  readonly ok: true;
  readonly source: ReportSource;
  readonly posting: ReportPosting;
  readonly pay: Pay | null;
  /** A job board's estimate, kept apart from the employer's pay and never scored. */
  readonly payEstimate: Pay | null;
  /** The occupation the posting is compared with; null when none can be told. */
  readonly occupation: Occupation | null;
  /** Set when the posting says the work is not paid a wage (unpaid, volunteer, commission or equity only). */
  readonly payTerms: PayTerms | null;
  readonly experience: Experience | null;
  readonly seniority: Seniority;
  readonly responsibilities: readonly Responsibility[];
  readonly scope: Scope;
  /** Null when no benchmark applies: no employer pay, or no data for the currency. */
  readonly benchmark: Benchmark | null;
  /** What the work is worth even when no pay is stated: market rates for the scope and stated levels. */
  readonly market: { readonly scope: MarketRate; readonly stated: MarketRate } | null;
  readonly score: Score;
  readonly flags: readonly Flag[];
  readonly fixes: readonly Fix[];
  /** Pay-transparency laws that reach the posting's place, and whether it meets them. Not legal advice. */
  readonly transparency: TransparencyResult;
  /** The job's country and what says so (country.ts); null when nothing does. */
  readonly country?: CountryReading | null;
  /** Why there is no benchmark for a job outside the US ("No wage data for India is bundled yet…"). */
  readonly benchmarkNote?: string;
  /** Null when the posting is not in English: the word lists are English (the reason is in `unsupported`). */
  readonly wording: Wording | null;
  /** How old the posting is and what the page says about reposts and standing recruitment (freshness.ts). */
  readonly freshness?: Freshness | null;
  /** Set when the language is not supported yet: pay and years may be read, no verdict is given. */
  readonly unsupported?: { readonly reason: string };
}

export type ErrorCode =
  | 'not-a-posting'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'is-directory'
  | 'not-found'
  | 'invalid-encoding'
  | 'internal';

export interface FailedReport {
  readonly ok: false;
  readonly input?: string;
  readonly error: { readonly code: ErrorCode; readonly message: string };
}

/** What reading a page gives: a posting, or a sentence saying why there is none. */
export type PageRead =
  | { readonly kind: 'posting'; readonly posting: PostingInput }
  | { readonly kind: 'not-a-posting'; readonly reason: string };

/** An occupation as OEWS publishes wages for it: `soc` is the OEWS code (combined codes such as 13-1020 allowed). */
export interface OccupationChoice {
  readonly soc: string;
  readonly title: string;
}

export type OccupationConfidence = 'high' | 'medium' | 'low';

/** The contract's `occupation`: what the posting is compared with, and whether it is social-media work. */
export interface Occupation extends OccupationChoice {
  readonly confidence: OccupationConfidence;
  /** Up to three other occupations the posting could be. */
  readonly alternatives: readonly OccupationChoice[];
  /** The posting's words that decided it. */
  readonly evidence: string;
  readonly chosenBy: 'posting' | 'user';
  /** Only then do the social-media areas, "N jobs in one" and their flags and fixes apply. */
  readonly socialMediaWork: boolean;
  /** O*NET Job Zone: how much preparation the occupation needs (1 little … 5 extensive). */
  readonly jobZone: 1 | 2 | 3 | 4 | 5 | null;
}

/** One thing the page or its text says about the posting's age or standing recruitment. */
export interface FreshnessSignal {
  readonly id: 'old' | 'expired' | 'reposted' | 'employer-active' | 'standing-recruitment';
  readonly message: string;
  readonly evidence: string;
}

/** The contract's `freshness`: facts about the posting's age, never a verdict on the employer. */
export interface Freshness {
  /** ISO date, from the page's data or worked out from "N days ago" against the day of analysis. */
  readonly datePosted: string | null;
  /** Whole days since posting; a lower bound for "30+ days ago". */
  readonly ageDays: number | null;
  readonly validThrough: string | null;
  /** The closing date (validThrough) has passed. */
  readonly expired: boolean;
  /** The page says the posting was reposted. */
  readonly reposted: boolean;
  readonly signals: readonly FreshnessSignal[];
}
