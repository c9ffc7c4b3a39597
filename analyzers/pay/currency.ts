// Which currency a figure is in: the sign or code written with it, else the posting's country,
// else its place or board. A "$" is the dollar or peso of the country the job is in.

import type { Posting } from '../types';
import { CURRENCY_OF_COUNTRY, CURRENCY_SIGNS, DOLLAR_OF_COUNTRY, DOLLAR_PLACES, DOLLAR_SIGN } from '../vocabulary/pay-units';
import { SPACE, WORD_END, WORD_START, alternation, escape } from './tokens';

const SIGN_OF = new Map(CURRENCY_SIGNS.map(([sign, iso]) => [sign.toLowerCase(), iso] as const));

/** The ISO code of a sign as written ("€" → EUR, "CA$" → CAD, "$" → USD until the place says otherwise). */
export function isoOfSign(sign: string | null): string | null {
  return sign === null ? null : SIGN_OF.get(sign.toLowerCase()) ?? null;
}

const signAlternation = [...CURRENCY_SIGNS.map(([s]) => s)]
  .sort((a, b) => b.length - a.length)
  .map((s) => (/^[A-Za-z]/.test(s) ? `${WORD_START}${escape(s)}` : escape(s)))
  .join('|');
/** A sign written before the figure: "$", "€ ", "CHF ". */
export const PREFIX_SIGN = new RegExp(`(${signAlternation})${SPACE}?$`, 'i');
/** "CAD $50,000", "USD $50,000": a code before the dollar sign names the dollar. */
export const DOLLAR_CODE_BEFORE = new RegExp(`${WORD_START}(USD|CAD|AUD|NZD|MXN|SGD|HKD)${SPACE}?$`);
/** Signs written after the figure ("3.000 €", "$15 CAD/hr", "45 k€"); a dollar sign always comes first. */
export const SUFFIX_SIGN = new RegExp(
  `${SPACE}?(${alternation(CURRENCY_SIGNS.map(([s]) => s).filter((s) => !s.endsWith('$')))})${WORD_END}`, 'iy');

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The dollar of the posting's country, else of its place or board: CAD for Toronto, AUD for Sydney, else USD. */
export function dollarOf(posting: Posting, country: string | null): string {
  if (country) return DOLLAR_OF_COUNTRY[country.toUpperCase()] ?? 'USD';
  const host = hostOf(posting.url);
  for (const [currency, place] of DOLLAR_PLACES) {
    if ((posting.location && place.test(posting.location)) || (host && place.test(host))) return currency;
  }
  return 'USD';
}

/**
 * The currency of a figure: its sign's (a "$" read in the country), else the currency a multiplier
 * implies ("5 lakh" is rupees), else the country's, else euros for a German posting, else the dollar.
 */
export function currencyFor(sign: string | null, implied: string | null, posting: Posting, country: string | null): string {
  if (sign === DOLLAR_SIGN) return dollarOf(posting, country);
  const written = isoOfSign(sign) ?? implied;
  if (written) return written;
  if (country && CURRENCY_OF_COUNTRY[country.toUpperCase()]) return CURRENCY_OF_COUNTRY[country.toUpperCase()]!;
  return posting.language === 'de' ? 'EUR' : dollarOf(posting, country);
}

/** Two signs name the same currency ("$" and "USD", "€" and "EUR"). */
export function sameCurrency(a: string, b: string): boolean {
  return isoOfSign(a) === isoOfSign(b);
}
