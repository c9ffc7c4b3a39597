// The country a posting's job is in, with what says so: its place ("Chennai", "Toronto, ON"), else
// the job board's country site ("in.indeed.com"), else, for a job that names no place, the reader's
// home location, else the pay's currency. The pay reader takes the country to read a bare "$" as
// the country's own dollar or peso; the report takes it to decide whether US wage data applies.

import { boardCountryCode, COUNTRIES, namesPlace, regionOf, regionsOf } from './location';

export type CountryBasis = 'place' | 'board' | 'home' | 'currency';

export interface CountryReading {
  /** ISO 3166-1 alpha-2 ("US", "IN", "DE"). */
  readonly code: string;
  readonly basis: CountryBasis;
  /** The words that say so: the location line, the board's host, the home location, or the currency code. */
  readonly evidence: string;
}

/**
 * Australian states written as job boards write them ("Camberwell VIC 3124", "Melbourne VIC
 * (Remote)"); WA and SA are left out, being Washington and South Carolina's neighbours' codes too.
 */
const AUSTRALIAN_PLACE = /\b(?:VIC|NSW|QLD|TAS|ACT)\b(?:\s+\d{4}\b)?/;

/**
 * The country whose currency it is, for currencies of one country (ISO 4217 → ISO 3166). The euro
 * is many countries' and says none.
 */
const COUNTRY_OF_CURRENCY: Readonly<Record<string, string>> = {
  USD: 'US', INR: 'IN', GBP: 'GB', CAD: 'CA', AUD: 'AU', NZD: 'NZ', MXN: 'MX', CHF: 'CH', JPY: 'JP',
  SGD: 'SG', AED: 'AE', SAR: 'SA', BRL: 'BR', UAH: 'UA', PLN: 'PL', SEK: 'SE', NOK: 'NO', DKK: 'DK',
  ZAR: 'ZA', PHP: 'PH', ILS: 'IL', CNY: 'CN', HKD: 'HK', KRW: 'KR',
};

const isoOfName = (name: string | undefined): string | null => COUNTRIES.find((c) => c.name === name)?.iso ?? null;

/** The country a location line names, or null when it names none, or several. */
export function countryOfPlace(location: string | null): string | null {
  if (location === null || !namesPlace(location)) {
    return location !== null && AUSTRALIAN_PLACE.test(location) ? 'AU' : null;
  }
  const regions = regionsOf(location).filter((r) => r.kind !== 'unknown');
  const codes = new Set(regions.map((r) => (r.kind === 'foreign' ? isoOfName(r.country) : 'US')));
  if (codes.size !== 1) {
    // "Amsterdam, NL; Germany, DE; United Kingdom, GB": several countries, none of them the US.
    const [first] = codes;
    return !codes.has('US') && first !== undefined && first !== null ? first : null;
  }
  return [...codes][0] ?? null;
}

export interface CountryOptions {
  /** The posting's own address (the board's host says its country). */
  readonly url?: string | null;
  /** The reader's home location from the settings ("Austin, TX"): used only when the posting names no place. */
  readonly homeLocation?: string | null;
  /** ISO 4217 of the posted pay, when there is pay. */
  readonly currency?: string | null;
}

/** The posting's country and what says so; null when nothing does. */
export function postingCountry(location: string | null, options: CountryOptions = {}): CountryReading | null {
  const place = countryOfPlace(location);
  if (place !== null) return { code: place, basis: 'place', evidence: location ?? '' };
  const url = options.url ?? null;
  const board = boardCountryCode(url);
  if (board !== null && url !== null) return { code: board, basis: 'board', evidence: new URL(url).hostname };
  const home = options.homeLocation ?? null;
  if (home !== null && home.trim() !== '') {
    const region = regionOf(home);
    const code = region.kind === 'state' || region.kind === 'national' ? 'US' : region.kind === 'foreign' ? isoOfName(region.country) : null;
    if (code !== null) return { code, basis: 'home', evidence: home };
  }
  const currency = options.currency ?? null;
  const byCurrency = currency !== null && Object.hasOwn(COUNTRY_OF_CURRENCY, currency) ? COUNTRY_OF_CURRENCY[currency]! : null;
  return byCurrency === null ? null : { code: byCurrency, basis: 'currency', evidence: currency! };
}

/** True when US wage data applies: a job in the US, or a remote one the reader does from the US. */
export function isUsJob(country: CountryReading | null): boolean {
  return country?.code === 'US';
}

/** Countries whose English name takes "the" in a sentence. */
const WITH_THE = new Set(['US', 'GB', 'NL', 'AE', 'PH']);

/** "India", "the Netherlands"; the code itself for a country not in the table. */
export function countryName(code: string): string {
  const name = code === 'US' ? 'United States' : COUNTRIES.find((c) => c.iso === code)?.name ?? code;
  return WITH_THE.has(code) ? `the ${name}` : name;
}
