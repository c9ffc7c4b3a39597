// How old a posting is, whether the page says it was reposted or has closed, and whether its text
// says the employer recruits all the time: from the dates the site adapters hand over (JSON-LD
// datePosted/validThrough, the board's "5 days ago") and the description's own words. Plain facts
// for the reader to weigh; never a judgement on the employer. Ages are counted from `today`, the
// day of analysis the caller gives, so a report is the same whenever it is made again.

import type { Freshness, FreshnessSignal, PageDates } from './types';

const DAY_MS = 86_400_000;

/**
 * A posting this many days old or more is called old: Indeed stops counting there and shows
 * "30+ days ago" (seen on the saved Indeed pages), and LinkedIn switches from weeks to "1 month ago".
 */
export const OLD_AFTER_DAYS = 30;

/** Days in each unit the boards write ("3 weeks ago"); months and years are approximate. */
const UNIT_DAYS: Readonly<Record<string, number>> = {
  minute: 0, hour: 0, day: 1, week: 7, month: 30, year: 365,
  // Italian, as LinkedIn writes it for an Italian interface ("2 settimane fa", "1 ora fa").
  minuto: 0, minuti: 0, ora: 0, ore: 0, giorno: 1, giorni: 1, settimana: 7, settimane: 7, mese: 30, mesi: 30, anno: 365, anni: 365,
};

/** "15 days ago", "30+ days ago", "Reposted 2 weeks ago", "2 settimane fa". */
const AGO = /(\d+)\s*(\+)?\s*(minute|hour|day|week|month|year|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])s?\s*(\+)?\s+(?:ago|fa)\b/i;
/** Glassdoor's card: "13d", "30d+", "24h". */
const SHORT_AGE = /^(\d+)\s*([hdwmy])(\+)?$/i;
const SHORT_UNITS: Readonly<Record<string, number>> = { h: 0, d: 1, w: 7, m: 30, y: 365 };
const TODAY = /\b(?:just posted|posted today|today|just now|oggi)\b/i;
const REPOSTED = /\b(?:reposted|ripubblicat[ao])\b/i;
/** Indeed's "Active 3 days ago" / "Employer active 2 days ago": the employer's last visit, not the posting's age. */
const EMPLOYER_ACTIVE = /^(?:employer\s+)?active\b/i;

/** Wording that says a posting stays open whether or not a job is free now. Each on word boundaries. */
const STANDING_RECRUITMENT: readonly (readonly [RegExp, string])[] = [
  [/\bhiring (?:for )?multiple (?:candidates|people|positions|openings)\b/i, 'hires several people from one posting'],
  [/\bcontinuous(?:ly)? (?:recruitment|recruiting|hiring)\b|\brecruit(?:ing|s)? (?:on an? )?(?:continuous|ongoing|rolling) basis\b/i, 'recruits continuously'],
  [/\bevergreen (?:requisition|req|role|position|posting|job|opening|vacancy)s?\b/i, 'is an evergreen posting'],
  [/\b(?:always|continuously) accepting (?:applications|resumes|CVs)\b/i, 'is always accepting applications'],
  [/\b(?:talent )?pipeline (?:for|of) (?:future|upcoming) (?:openings|opportunities|roles|positions|vacancies|needs)\b/i, 'builds a pipeline for future openings'],
  [/\bnot (?:an? )?(?:current|active|immediate) (?:opening|vacancy|position)\b/i, 'says there is no opening now'],
];

/** What the posting's age text says, in days; `atLeast` for "30+ days ago". */
export interface AgeText {
  readonly days: number | null;
  readonly atLeast: boolean;
  /** Days are exact to the day (days, hours, "today"), not a rounded month or year. */
  readonly exact: boolean;
  readonly reposted: boolean;
  readonly employerActive: boolean;
  /** The age in English words, as rounded as the page's ("1 month ago", "30+ days ago"); null when unread. */
  readonly words: string | null;
}

/** The English name of each unit the boards write, for saying the age back as rounded as the page did. */
const UNIT_NAME: Readonly<Record<number, string>> = { 0: 'hour', 1: 'day', 7: 'week', 30: 'month', 365: 'year' };

function agoWords(count: number, per: number, atLeast: boolean, minutes: boolean): string {
  if (per === 1 || atLeast) return daysWord(count * per, atLeast);
  const unit = minutes ? 'minute' : UNIT_NAME[per] ?? 'day';
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** The board's age words → days. Unknown words give null days, never a guess. */
export function readAgeText(text: string): AgeText {
  const clean = text.trim();
  const reposted = REPOSTED.test(clean);
  const employerActive = EMPLOYER_ACTIVE.test(clean);
  const ago = AGO.exec(clean);
  if (ago !== null) {
    const unit = (ago[3] ?? '').toLowerCase();
    const per = UNIT_DAYS[unit] ?? null;
    const count = Number(ago[1]);
    const atLeast = ago[2] !== undefined || ago[4] !== undefined;
    const words = per === null ? null : agoWords(count, per, atLeast, /^minut/.test(unit));
    return { days: per === null ? null : count * per, atLeast, exact: per !== null && per <= 1, reposted, employerActive, words };
  }
  const short = SHORT_AGE.exec(clean);
  if (short !== null) {
    const per = SHORT_UNITS[(short[2] ?? '').toLowerCase()] ?? 1;
    const atLeast = short[3] !== undefined;
    return { days: Number(short[1]) * per, atLeast, exact: per <= 1, reposted, employerActive, words: agoWords(Number(short[1]), per, atLeast, false) };
  }
  if (TODAY.test(clean)) return { days: 0, atLeast: false, exact: true, reposted, employerActive, words: 'today' };
  return { days: null, atLeast: false, exact: false, reposted, employerActive, words: null };
}

/** The sentence around a match, trimmed, for evidence. */
function sentenceAround(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const rest = text.slice(index + length);
  const endIn = rest.search(/[.!?\n]/);
  const end = index + length + (endIn === -1 ? rest.length : endIn + 1);
  const sentence = text.slice(start, end).trim();
  return sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence;
}

/** The description's standing-recruitment wording, one signal per kind. */
export function standingRecruitment(description: string): FreshnessSignal[] {
  const signals: FreshnessSignal[] = [];
  for (const [pattern, says] of STANDING_RECRUITMENT) {
    const match = pattern.exec(description);
    if (match === null) continue;
    signals.push({ id: 'standing-recruitment', message: `The posting says it ${says}.`, evidence: sentenceAround(description, match.index, match[0].length) });
  }
  return signals;
}

function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function daysWord(days: number, atLeast: boolean): string {
  if (days === 0) return 'today';
  return `${days}${atLeast ? '+' : ''} day${days === 1 && !atLeast ? '' : 's'} ago`;
}

/** The freshness block, or null when the page shows no date and the text says nothing of it. */
export function readFreshness(dates: PageDates | undefined, description: string, today: Date): Freshness | null {
  const todayMs = utcDay(today);
  const age = dates?.postedText ? readAgeText(dates.postedText) : null;
  const postingAge = age !== null && !age.employerActive ? age : null;
  const postedMs = dates?.posted ? Date.parse(`${dates.posted}T00:00:00Z`) : NaN;

  let datePosted: string | null = null;
  let ageDays: number | null = null;
  let ageWords: string | null = null;
  let ageEvidence = '';
  if (!Number.isNaN(postedMs)) {
    datePosted = dates?.posted ?? null;
    // A date after today is a clock or time-zone slip: posted today, not in the future.
    ageDays = Math.max(0, Math.round((todayMs - postedMs) / DAY_MS));
    ageWords = daysWord(ageDays, false);
    ageEvidence = `datePosted ${datePosted} in the page's data`;
  } else if (postingAge !== null && postingAge.days !== null) {
    ageDays = postingAge.days;
    ageWords = postingAge.words;
    datePosted = postingAge.exact && !postingAge.atLeast ? isoOf(todayMs - ageDays * DAY_MS) : null;
    ageEvidence = dates?.postedText ?? '';
  }

  const validThrough = dates?.validThrough ?? null;
  const closesMs = validThrough === null ? NaN : Date.parse(`${validThrough}T00:00:00Z`);
  const expired = !Number.isNaN(closesMs) && closesMs < todayMs;
  const reposted = postingAge?.reposted === true;

  const signals: FreshnessSignal[] = [];
  if (ageDays !== null && ageDays >= OLD_AFTER_DAYS) {
    signals.push({ id: 'old', message: `Posted ${ageWords ?? daysWord(ageDays, false)}.`, evidence: ageEvidence });
  }
  if (expired && validThrough !== null) {
    signals.push({ id: 'expired', message: `The page says applications closed on ${validThrough}.`, evidence: `validThrough ${validThrough} in the page's data` });
  }
  if (reposted && dates?.postedText) {
    signals.push({ id: 'reposted', message: 'The page says it was reposted.', evidence: dates.postedText });
  }
  if (age?.employerActive === true && dates?.postedText) {
    signals.push({ id: 'employer-active', message: `The page says the employer was last active ${age.words ?? 'recently'}.`, evidence: dates.postedText });
  }
  signals.push(...standingRecruitment(description));

  if (datePosted === null && ageDays === null && validThrough === null && signals.length === 0) return null;
  return { datePosted, ageDays, validThrough, expired, reposted, signals };
}
