// Amounts: every number in the text with its currency sign and multiplier ("$45K", "₹3.9L",
// "45 k€", "CHF 120'000", "45 000 €"), in one linear scan.

import type { Period } from '../types';
import { GRADE_WORDS, MULTIPLIERS, TIME_QUANTITIES } from '../vocabulary/pay-units';
import { DOLLAR_CODE_BEFORE, PREFIX_SIGN, SUFFIX_SIGN } from './currency';
import { SPACE, WORD_END, WORD_START, alternation, stickyMatch } from './tokens';

/** A number: digits with thousands/decimal marks. The lookbehind keeps ".00" of "$25-.00" from being one. */
const NUMBER = /(?<![\d.,'’])\d[\d.,'’]*/g;
/** Longer tokens are not amounts (phone numbers, data dumps); skipping them keeps the scan linear. */
const MAX_NUMBER_LENGTH = 24;
/**
 * A posting states a handful of figures; past this many numbers the text is a data dump, not a
 * posting, and reading stops there, so no input can make the reader slow.
 */
const MAX_NUMBERS = 2_000;
/** "45 000 €", "45 000 EUR": thousands grouped by a space, read as one figure only before a currency. */
const CURRENCY_AFTER = '[ \\u00a0\\u202f]?(?:€|EUR|euros?|CHF|£|k€|\\$|USD|CAD|MXN)(?![A-Za-z])';
/** …or before a dash and a second such figure: "95 000 - 110 000 CHF", "32 000 et 36 000 €". */
const SPACE_GROUPS = new RegExp(
  `(?:[ \\u00a0\\u202f]\\d{3}(?!\\d))+(?=${CURRENCY_AFTER}|\\s*(?:[-–—]|à|a|to|et|y|bis)\\s*\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+${CURRENCY_AFTER})`, 'iy');
/** "45 000" with a narrow or non-breaking space (French typesetting) is one figure anywhere. */
const THIN_GROUPS = /(?:[\u00a0\u202f]\d{3}(?![\d]))+/y;

/** Groups of a thousands-separated number: "45,000", "5,00,000" (Indian lakh grouping), "48.570". */
function groupsAreThousands(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || first.length < 1 || first.length > 3 || rest.length === 0) return false;
  return rest.every((g, i) => (i === rest.length - 1 ? g.length === 3 : g.length === 2 || g.length === 3));
}

/**
 * "45,000" / "45.000" / "51.537,75" / "56,870.85" / "140000.0" / "50,00" / "120'000" → a number. A
 * single mark followed by exactly three digits is a thousands mark (German "€45.000"); otherwise a decimal.
 */
export function parseAmount(token: string): { value: number; grouped: boolean; cents: boolean } | null {
  let t = token.replace(/[.,'’]{1,2}$/, '').replace(/[\u00a0\u202f ]/g, "'");
  if (t === '' || t.length > MAX_NUMBER_LENGTH || /[.,'’]{2}/.test(t)) return null;
  // Swiss and spaced thousands ("120'000", "45 000"): the apostrophes group, the rest reads as usual.
  let apostrophes = false;
  if (/['’]/.test(t)) {
    const [head, ...tail] = t.split(/['’]/);
    const last = tail[tail.length - 1] ?? '';
    const lastGroup = last.replace(/[.,]\d*$/, '');
    if (!groupsAreThousands([head!, ...tail.slice(0, -1), lastGroup]) || /[.,]/.test(head!)) return null;
    t = head! + tail.join('');
    apostrophes = true;
  }
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let whole = t;
  let fraction = '';
  let grouped = apostrophes;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const thousands = decimalAt === lastDot ? ',' : '.';
    whole = t.slice(0, decimalAt);
    fraction = t.slice(decimalAt + 1);
    const groups = whole.split(thousands);
    if (!groupsAreThousands(groups)) return null;
    whole = groups.join('');
    grouped = true;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const groups = t.split(mark);
    const looksGrouped = !apostrophes && (groups.length > 2 || (groups[1]?.length === 3 && groups[0] !== '0'));
    if (looksGrouped) {
      if (!groupsAreThousands(groups)) return null;
      whole = groups.join('');
      grouped = true;
    } else {
      whole = groups[0] ?? '';
      fraction = groups[1] ?? '';
    }
  }
  const value = Number(fraction ? `${whole}.${fraction}` : whole);
  if (!Number.isFinite(value)) return null;
  return { value, grouped: grouped || whole.length >= 5, cents: fraction.length === 2 };
}

/** One number with its sign and multiplier. */
export interface Atom {
  /** Start of the sign when it is written first, else of the number. */
  readonly start: number;
  /** End of the number, its multiplier and any sign written after it. */
  readonly end: number;
  readonly raw: number;
  readonly factor: number | null;
  readonly value: number;
  /** Millions or billions: company money, never a salary. */
  readonly company: boolean;
  readonly impliedPeriod: Period | null;
  readonly sign: string | null;
  /** The currency a multiplier implies ("5 lakh" is rupees), when no sign is written. */
  readonly impliedCurrency: string | null;
  readonly grouped: boolean;
  readonly cents: boolean;
  /** A bare number followed by a time word ("20-30 hours"): a count, not money. */
  readonly count: boolean;
}

const MULTIPLIER_INSENSITIVE = new RegExp(`${SPACE}?(${alternation(MULTIPLIERS.filter((m) => !m.caseSensitive).map((m) => m.word))})${WORD_END}`, 'iy');
const MULTIPLIER_SENSITIVE = new RegExp(`${SPACE}?(${alternation(MULTIPLIERS.filter((m) => m.caseSensitive).map((m) => m.word))})${WORD_END}`, 'y');
const MULTIPLIER_OF = new Map(MULTIPLIERS.map((m) => [m.caseSensitive ? m.word : m.word.toLowerCase(), m] as const));
/** A bare number right after a grade word is the grade: "E11", "Entgeltgruppe 11", "level 4". */
const GRADE_BEFORE = new RegExp(`${WORD_START}(?:${alternation(GRADE_WORDS)})${SPACE}?-?${SPACE}?$`, 'i');
const TIME_QUANTITY = new RegExp(`${SPACE}?(?:${alternation(TIME_QUANTITIES)})${WORD_END}`, 'iy');

export function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  let seen = 0;
  let consumed = 0;
  for (const m of text.matchAll(NUMBER)) {
    if (++seen > MAX_NUMBERS) break;
    const numStart = m.index;
    // The groups of "45 000" after the first were read with it.
    if (numStart < consumed) continue;
    let token = m[0].length > MAX_NUMBER_LENGTH + 2 ? '' : m[0].replace(/[.,'’]{1,2}$/, '');
    const spaced = token.length > 0 && token.length <= 3 && /^\d+$/.test(token)
      ? stickyMatch(SPACE_GROUPS, text, numStart + token.length) ?? stickyMatch(THIN_GROUPS, text, numStart + token.length)
      : null;
    if (spaced) {
      token += spaced[0];
      consumed = numStart + token.length;
    }
    const amount = parseAmount(token);
    if (!amount || amount.value <= 0) continue;
    let end = numStart + token.length;
    const next = text.slice(end, end + 3);
    if (/^\s?%/.test(next)) continue;
    if (/^40[13]\s?\(?[kb]/i.test(text.slice(numStart, numStart + 7))) continue; // 401(k), 403(b)
    const mult = stickyMatch(MULTIPLIER_INSENSITIVE, text, end) ?? stickyMatch(MULTIPLIER_SENSITIVE, text, end);
    const multiplier = mult?.[1] === undefined ? undefined : MULTIPLIER_OF.get(mult[1]) ?? MULTIPLIER_OF.get(mult[1].toLowerCase());
    if (mult && multiplier) end += mult[0].length;
    const suffix = stickyMatch(SUFFIX_SIGN, text, end);
    if (suffix) end += suffix[0].length;
    const prefix = PREFIX_SIGN.exec(text.slice(Math.max(0, numStart - 8), numStart));
    const code = prefix?.[1] === '$' ? DOLLAR_CODE_BEFORE.exec(text.slice(Math.max(0, numStart - prefix[0].length - 5), numStart - prefix[0].length)) : null;
    const sign = suffix?.[1] ?? code?.[1] ?? prefix?.[1] ?? null;
    if (sign === null && !multiplier) {
      // "9c", "5th", "E11": a bare number glued to a word, or a grade, is no amount.
      if (/^[A-Za-zÀ-ÿ]/.test(text.slice(end, end + 1))) continue;
      if (amount.value < 1000 && GRADE_BEFORE.test(text.slice(Math.max(0, numStart - 16), numStart))) continue;
    }
    const factor = multiplier?.factor ?? null;
    atoms.push({
      start: prefix ? numStart - prefix[0].length - (code?.[0].length ?? 0) : numStart,
      end,
      raw: amount.value,
      factor,
      // Rounded to the cent: 45.1 × 1,000 is 45,100.000000000001 in floating point.
      value: factor === null ? amount.value : Math.round(amount.value * factor * 100) / 100,
      company: multiplier?.company === true,
      impliedPeriod: multiplier?.period ?? null,
      sign,
      impliedCurrency: multiplier?.currency ?? null,
      grouped: amount.grouped || factor !== null,
      cents: amount.cents,
      count: sign === null && stickyMatch(TIME_QUANTITY, text, end) !== null,
    });
  }
  return atoms;
}
