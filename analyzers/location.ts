// Where a job is: reads a posting's location line ("Austin, TX", "Remote in Denver, CO",
// "Berlin, 10178, Berlin") into a Region, so that the benchmark can pick a state's wage ratio and
// the pay-transparency check can pick the laws that apply. Pure; the place names are tables below.

/** US states and DC by USPS code; the names are what job boards write ("Austin, Texas"). */
export const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas',
  KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts',
  MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
} as const;
export type UsState = keyof typeof US_STATES;

/** Other ways of writing a state that job boards use. */
const STATE_ALIASES: Readonly<Record<string, UsState>> = {
  'washington dc': 'DC', 'washington d c': 'DC', 'dc': 'DC', 'd c': 'DC',
};

/** Words for the United States as a whole ("Remote - US", "Mason, Ohio, United States"). */
const US_WORDS: ReadonlySet<string> = new Set([
  'us', 'usa', 'u s', 'u s a', 'united states', 'united states of america', 'america', 'nationwide',
  'the us', 'the united states', 'us only', 'usa only', 'united states only',
]);

/**
 * Countries, with whether they are EU members (the 27 members since the UK left on 2020-02-01;
 * source: european-union.europa.eu "EU countries", 2025 — general knowledge, not from ../shared).
 * `iso` is the ISO 3166 code, used to tell "Berlin, DE" (Germany) from "Dover, DE" (Delaware).
 */
export const COUNTRIES: readonly { readonly name: string; readonly iso: string; readonly eu: boolean; readonly aliases: readonly string[] }[] = [
  { name: 'Austria', iso: 'AT', eu: true, aliases: ['österreich', 'oesterreich'] },
  { name: 'Belgium', iso: 'BE', eu: true, aliases: ['belgique', 'belgië'] },
  { name: 'Bulgaria', iso: 'BG', eu: true, aliases: [] },
  { name: 'Croatia', iso: 'HR', eu: true, aliases: ['hrvatska'] },
  { name: 'Cyprus', iso: 'CY', eu: true, aliases: [] },
  { name: 'Czechia', iso: 'CZ', eu: true, aliases: ['czech republic'] },
  { name: 'Denmark', iso: 'DK', eu: true, aliases: ['danmark'] },
  { name: 'Estonia', iso: 'EE', eu: true, aliases: [] },
  { name: 'Finland', iso: 'FI', eu: true, aliases: ['suomi'] },
  { name: 'France', iso: 'FR', eu: true, aliases: [] },
  { name: 'Germany', iso: 'DE', eu: true, aliases: ['deutschland'] },
  { name: 'Greece', iso: 'GR', eu: true, aliases: [] },
  { name: 'Hungary', iso: 'HU', eu: true, aliases: [] },
  { name: 'Ireland', iso: 'IE', eu: true, aliases: ['republic of ireland'] },
  { name: 'Italy', iso: 'IT', eu: true, aliases: ['italia'] },
  { name: 'Latvia', iso: 'LV', eu: true, aliases: [] },
  { name: 'Lithuania', iso: 'LT', eu: true, aliases: [] },
  { name: 'Luxembourg', iso: 'LU', eu: true, aliases: [] },
  { name: 'Malta', iso: 'MT', eu: true, aliases: [] },
  { name: 'Netherlands', iso: 'NL', eu: true, aliases: ['the netherlands', 'holland', 'nederland'] },
  { name: 'Poland', iso: 'PL', eu: true, aliases: ['polska'] },
  { name: 'Portugal', iso: 'PT', eu: true, aliases: [] },
  { name: 'Romania', iso: 'RO', eu: true, aliases: [] },
  { name: 'Slovakia', iso: 'SK', eu: true, aliases: [] },
  { name: 'Slovenia', iso: 'SI', eu: true, aliases: [] },
  { name: 'Spain', iso: 'ES', eu: true, aliases: ['españa', 'espana'] },
  { name: 'Sweden', iso: 'SE', eu: true, aliases: ['sverige'] },
  { name: 'United Kingdom', iso: 'GB', eu: false, aliases: ['uk', 'u k', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland'] },
  { name: 'Canada', iso: 'CA', eu: false, aliases: [] },
  { name: 'Mexico', iso: 'MX', eu: false, aliases: ['méxico'] },
  { name: 'Norway', iso: 'NO', eu: false, aliases: ['norge'] },
  { name: 'Switzerland', iso: 'CH', eu: false, aliases: ['schweiz', 'suisse'] },
  { name: 'Australia', iso: 'AU', eu: false, aliases: [] },
  { name: 'New Zealand', iso: 'NZ', eu: false, aliases: [] },
  { name: 'India', iso: 'IN', eu: false, aliases: [] },
  { name: 'Philippines', iso: 'PH', eu: false, aliases: [] },
  { name: 'Singapore', iso: 'SG', eu: false, aliases: [] },
  { name: 'Japan', iso: 'JP', eu: false, aliases: [] },
  { name: 'Brazil', iso: 'BR', eu: false, aliases: ['brasil'] },
  { name: 'Israel', iso: 'IL', eu: false, aliases: [] },
  { name: 'United Arab Emirates', iso: 'AE', eu: false, aliases: ['uae'] },
  { name: 'South Africa', iso: 'ZA', eu: false, aliases: [] },
  { name: 'Saudi Arabia', iso: 'SA', eu: false, aliases: ['ksa'] },
  { name: 'Ukraine', iso: 'UA', eu: false, aliases: ['україна', 'ukraina'] },
  { name: 'China', iso: 'CN', eu: false, aliases: [] },
  { name: 'Hong Kong', iso: 'HK', eu: false, aliases: [] },
  { name: 'South Korea', iso: 'KR', eu: false, aliases: ['korea', 'republic of korea'] },
  { name: 'Argentina', iso: 'AR', eu: false, aliases: [] },
  { name: 'Colombia', iso: 'CO', eu: false, aliases: [] },
  { name: 'Chile', iso: 'CL', eu: false, aliases: [] },
  { name: 'Turkey', iso: 'TR', eu: false, aliases: ['türkiye', 'turkiye'] },
  { name: 'Egypt', iso: 'EG', eu: false, aliases: [] },
  { name: 'Nigeria', iso: 'NG', eu: false, aliases: [] },
  { name: 'Pakistan', iso: 'PK', eu: false, aliases: [] },
  { name: 'Indonesia', iso: 'ID', eu: false, aliases: [] },
  { name: 'Malaysia', iso: 'MY', eu: false, aliases: [] },
];

/** Canadian provinces and territories: "Toronto, ON" is Canada, not a US state. */
const CANADIAN_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador', NS: 'Nova Scotia', NT: 'Northwest Territories', NU: 'Nunavut',
  ON: 'Ontario', PE: 'Prince Edward Island', QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
};

/** German states as the Arbeitsagentur writes them ("Köln, 50667, Nordrhein Westfalen"). */
const GERMAN_STATES: readonly string[] = [
  'baden wuerttemberg', 'baden württemberg', 'bayern', 'bavaria', 'berlin', 'brandenburg', 'bremen',
  'hamburg', 'hessen', 'hesse', 'mecklenburg vorpommern', 'niedersachsen', 'lower saxony',
  'nordrhein westfalen', 'north rhine westphalia', 'rheinland pfalz', 'rhineland palatinate',
  'saarland', 'sachsen', 'saxony', 'sachsen anhalt', 'saxony anhalt', 'schleswig holstein',
  'thueringen', 'thüringen', 'thuringia',
];

/** Cities that job boards name without a state or country. */
const US_CITIES: Readonly<Record<string, UsState>> = {
  'new york city': 'NY', 'nyc': 'NY', 'manhattan': 'NY', 'brooklyn': 'NY', 'queens': 'NY',
  'bronx': 'NY', 'the bronx': 'NY', 'staten island': 'NY', 'los angeles': 'CA', 'san francisco': 'CA',
  'san jose': 'CA', 'san diego': 'CA', 'silicon valley': 'CA', 'oakland': 'CA', 'sacramento': 'CA',
  'seattle': 'WA', 'chicago': 'IL', 'boston': 'MA', 'austin': 'TX', 'dallas': 'TX', 'houston': 'TX',
  'dallas fort worth': 'TX', 'san antonio': 'TX', 'atlanta': 'GA', 'miami': 'FL', 'orlando': 'FL',
  'tampa': 'FL', 'denver': 'CO', 'phoenix': 'AZ', 'philadelphia': 'PA', 'pittsburgh': 'PA',
  'detroit': 'MI', 'minneapolis': 'MN', 'nashville': 'TN', 'charlotte': 'NC', 'raleigh': 'NC',
  'salt lake city': 'UT', 'las vegas': 'NV', 'baltimore': 'MD', 'st louis': 'MO', 'saint louis': 'MO',
  'new orleans': 'LA', 'indianapolis': 'IN', 'cleveland': 'OH', 'cincinnati': 'OH', 'honolulu': 'HI',
  'jersey city': 'NJ', 'newark': 'NJ', 'portland': 'OR', 'ithaca': 'NY', 'white plains': 'NY',
};

/** Cities abroad that postings name alone ("London") or with a region ("Lisbon, Grande Lisboa"). */
const FOREIGN_CITIES: Readonly<Record<string, string>> = {
  'london': 'United Kingdom', 'manchester': 'United Kingdom', 'edinburgh': 'United Kingdom',
  'berlin': 'Germany', 'munich': 'Germany', 'münchen': 'Germany', 'hamburg': 'Germany',
  'frankfurt': 'Germany', 'frankfurt am main': 'Germany', 'cologne': 'Germany', 'köln': 'Germany',
  'düsseldorf': 'Germany', 'stuttgart': 'Germany', 'paris': 'France', 'lyon': 'France',
  'dublin': 'Ireland', 'amsterdam': 'Netherlands', 'rotterdam': 'Netherlands', 'madrid': 'Spain',
  'barcelona': 'Spain', 'lisbon': 'Portugal', 'lisboa': 'Portugal', 'porto': 'Portugal',
  'rome': 'Italy', 'milan': 'Italy', 'vienna': 'Austria', 'wien': 'Austria', 'brussels': 'Belgium',
  'copenhagen': 'Denmark', 'stockholm': 'Sweden', 'helsinki': 'Finland', 'warsaw': 'Poland',
  'prague': 'Czechia', 'athens': 'Greece', 'oslo': 'Norway', 'zurich': 'Switzerland',
  'zürich': 'Switzerland', 'toronto': 'Canada', 'vancouver': 'Canada', 'montreal': 'Canada',
  'calgary': 'Canada', 'ottawa': 'Canada', 'sydney': 'Australia', 'melbourne': 'Australia',
  'singapore': 'Singapore', 'tokyo': 'Japan', 'mumbai': 'India', 'bangalore': 'India',
  'bengaluru': 'India', 'manila': 'Philippines', 'mexico city': 'Mexico', 'tel aviv': 'Israel',
  'dubai': 'United Arab Emirates', 'abu dhabi': 'United Arab Emirates', 'chennai': 'India', 'hyderabad': 'India',
  'pune': 'India', 'gurgaon': 'India', 'gurugram': 'India', 'noida': 'India', 'delhi': 'India', 'new delhi': 'India',
  'kolkata': 'India', 'riyadh': 'Saudi Arabia', 'kyiv': 'Ukraine', 'kiev': 'Ukraine', 'lviv': 'Ukraine',
  'guadalajara': 'Mexico', 'monterrey': 'Mexico', 'ciudad de méxico': 'Mexico', 'cdmx': 'Mexico',
  'milano': 'Italy', 'roma': 'Italy', 'brisbane': 'Australia', 'perth': 'Australia', 'adelaide': 'Australia',
  'auckland': 'New Zealand', 'marseille': 'France', 'toulouse': 'France', 'lille': 'France', 'bordeaux': 'France', 'nantes': 'France',
};

/** Words that say how the job is done, not where: removed before the place is read. */
const WORK_MODE_WORDS = /\b(?:temporarily\s+remote|hybrid\s+remote|fully\s+remote|remote\s+ok|remote\s+job|remote\s+first|remote|hybrid|on-?site|in-?person|in\s+office|work\s+from\s+home|wfh|telecommute|anywhere)\b(?:\s+in\b)?/gi;
const REMOTE_WORDS = /\b(?:remote|work\s+from\s+home|wfh|telecommute|anywhere)\b/i;
/** Metro-area wording ("Austin, Texas Metropolitan Area", "Greater Seattle Area"). */
const METRO_WORDS = /\b(?:greater|metropolitan\s+area|metro\s+area|metroplex|bay\s+area|area|county\s+of|city\s+of)\b/gi;
const ZIP = /\b\d{5}(?:-\d{4})?\b/g;
/**
 * Separators between alternative places: "Remote or San Francisco", "Brooklyn, NY - Remote OK".
 * A separator's spaces start where a run of spaces starts ((?<!\s)): otherwise a long run with no
 * separator after it is searched again from each of its spaces.
 */
const PLACE_SEPARATORS = /(?<!\s)\s+[-–—|/]\s+|;|(?<!\s)\s+or\s+/i;

export type Region =
  /** The US as a whole: "United States", "Remote - US", or several states at once. */
  | { readonly kind: 'national' }
  | { readonly kind: 'state'; readonly state: UsState; readonly city?: string }
  /** `subdivision` is a Canadian province code when one is named ("Toronto, ON" → "ON"). */
  | { readonly kind: 'foreign'; readonly country?: string; readonly subdivision?: string }
  | { readonly kind: 'unknown' };

const NATIONAL: Region = { kind: 'national' };
const UNKNOWN: Region = { kind: 'unknown' };

/**
 * The one region a posting's pay should be compared in. A named US place wins; a remote or
 * US-wide posting falls back to the reader's `homeLocation` when that names a state, else the
 * nation. Several states at once ("California, Colorado, …") are national.
 */
export function regionOf(location: string | null, homeLocation?: string | null): Region {
  const own = singleRegion(regionsOf(location));
  if (own.kind === 'state' || own.kind === 'foreign') return own;
  const home = singleRegion(regionsOf(homeLocation ?? null));
  return home.kind === 'state' ? home : own;
}

/**
 * Every place a location line names: "Remote or San Francisco" gives the US (a part that is only
 * "Remote") and California; "Remote, Ohio" gives Ohio alone, since the remote job is tied to it.
 */
export function regionsOf(location: string | null): readonly Region[] {
  if (location === null || location.trim() === '') return [];
  const regions: Region[] = [];
  let remoteAlone = false;
  for (const part of location.split(PLACE_SEPARATORS)) {
    const found = regionsOfPart(part);
    if (found.length === 0 && isRemoteLocation(part)) remoteAlone = true;
    for (const region of found) {
      if (!regions.some((r) => sameRegion(r, region))) regions.push(region);
    }
  }
  // "Remote or San Francisco" is open to the whole US; "Remote - Canada" is remote within Canada.
  if (remoteAlone && !regions.some((r) => r.kind === 'foreign' || r.kind === 'national')) {
    regions.unshift(NATIONAL);
  }
  return regions;
}

/**
 * Job boards whose country sites list that country's jobs: "in.indeed.com", "uk.indeed.com",
 * "indeed.co.uk", "indeed.de", "ca.linkedin.com", "glassdoor.co.in", "au.seek.com". The US site of
 * Indeed and Glassdoor is their bare ".com"; LinkedIn's "www" is worldwide and says nothing.
 */
const COUNTRY_BOARDS = /(?:^|\.)(?:indeed|linkedin|glassdoor|seek)\./;
const US_BOARD_HOSTS = /^(?:www\.)?(?:indeed|glassdoor)\.com$/;
/** Country-code hosts of any job site ("arbeitsagentur.de", "seek.com.au"); ".co" and ".io" are not countries here. */
const COUNTRY_TLD = /\.(?:com?\.)?(uk|ca|au|de|fr|es|mx|in|it|nl|ie|ch|at|be|pt|nz|br|sg|ae|sa|pl|se|dk|no|fi|jp)$/;

/**
 * The ISO 3166 code of the country a job board's address says it lists jobs for, or null. The one
 * place that reads Indeed's (and other boards') country hosts.
 */
export function boardCountryCode(url: string | null): string | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  if (US_BOARD_HOSTS.test(host)) return 'US';
  const sub = COUNTRY_BOARDS.test(host) ? /^([a-z]{2})\.[a-z]+\.com$/.exec(host)?.[1] : undefined;
  const code = sub ?? COUNTRY_TLD.exec(host)?.[1];
  if (code === undefined || code === 'www') return null;
  const iso = code === 'uk' ? 'GB' : code.toUpperCase();
  return COUNTRIES.some((c) => c.iso === iso) || iso === 'US' ? iso : null;
}

/** The name of a board's country site's country ("India"); null for the US site, worldwide sites and unknown hosts. */
export function boardCountry(url: string | null): string | null {
  const iso = boardCountryCode(url);
  return iso === null || iso === 'US' ? null : COUNTRIES.find((c) => c.iso === iso)?.name ?? null;
}

/** True when the location line names a place, not just a way of working ("Remote", "Hybrid"). */
export function namesPlace(location: string | null): boolean {
  return location !== null && location.split(PLACE_SEPARATORS).some((part) => regionsOfPart(part).some((r) => r.kind !== 'unknown'));
}

/**
 * The location a posting's pay and laws are read for: its own, or, when that names no place
 * ("Remote", nothing) and the posting comes from a board's country site, that country added
 * ("Remote, India"): a bare "Remote" on Indeed India is not a job anywhere in the US.
 */
export function locationOnBoard(location: string | null, url: string | null): string | null {
  const country = boardCountry(url);
  if (country === null) return location;
  if (location === null || location.trim() === '') return country;
  return namesPlace(location) ? location : `${location}, ${country}`;
}

/** True when the location line itself says the job is remote ("Remote", "Remote in Denver, CO"). */
export function isRemoteLocation(location: string | null): boolean {
  return location !== null && REMOTE_WORDS.test(location);
}

/** The region as the report writes it: "US" or "US-TX". */
export function regionCode(region: Region): string {
  return region.kind === 'state' ? `US-${region.state}` : 'US';
}

export function isEuCountry(country: string | undefined): boolean {
  return COUNTRIES.some((c) => c.name === country && c.eu);
}

function singleRegion(regions: readonly Region[]): Region {
  const states = new Set(regions.flatMap((r) => (r.kind === 'state' ? [r.state] : [])));
  if (states.size === 1) return regions.find((r) => r.kind === 'state') ?? UNKNOWN;
  if (states.size > 1) return NATIONAL;
  const foreign = regions.find((r) => r.kind === 'foreign');
  if (foreign && !regions.some((r) => r.kind === 'national')) return foreign;
  if (regions.some((r) => r.kind === 'national')) return NATIONAL;
  return foreign ?? UNKNOWN;
}

function sameRegion(a: Region, b: Region): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One place: "Austin, TX", "CA San Francisco, California, United States", or a list of states. */
function regionsOfPart(part: string): readonly Region[] {
  const segments = part
    .replace(/[()]/g, ',')
    .replace(ZIP, ',')
    .replace(WORK_MODE_WORDS, ' ')
    .replace(METRO_WORDS, ' ')
    .split(',')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{L}/u.test(s));
  if (segments.length === 0) return [];

  // "California, Colorado, Connecticut, …" (corpus reprojobs-005): several states, one region each.
  const states = segments.map(stateOf);
  if (segments.length > 2 && states.every((s) => s !== null)) {
    return states.flatMap((state) => (state === null ? [] : [{ kind: 'state', state } as const]));
  }

  const last = segments[segments.length - 1] ?? '';
  // "Germany, DE" (a levels.fyi location): a country followed by its own code is that country, not Delaware.
  const namedCountry = segments.length > 1 ? countryOf(segments[segments.length - 2]!) : null;
  if (namedCountry !== null && isoOf(namedCountry) === last.toUpperCase()) return [{ kind: 'foreign', country: namedCountry }];
  if (US_WORDS.has(placeKey(last))) {
    segments.pop();
    if (segments.length === 0) return [NATIONAL];
    return [placeInUs(segments) ?? NATIONAL];
  }
  const country = countryOf(last);
  if (country !== null) {
    const province = country === 'Canada' ? segments.slice(0, -1).map(provinceOf).find((p) => p !== null) : undefined;
    return [{ kind: 'foreign', country, ...(province ? { subdivision: province } : {}) }];
  }
  const abroad = placeAbroad(segments);
  if (abroad !== null) return [abroad];
  const inUs = placeInUs(segments);
  return inUs === null ? [UNKNOWN] : [inUs];
}

/** "Austin, TX", "Mason, Ohio", "Chicago": a state from the last segment, else a known city. */
function placeInUs(segments: readonly string[]): Region | null {
  const last = segments[segments.length - 1] ?? '';
  const state = stateOf(last);
  if (state !== null) {
    const before = segments.length > 1 ? segments[segments.length - 2] : undefined;
    const city = before === undefined ? undefined : withoutStateCode(before, state);
    return city ? { kind: 'state', state, city } : { kind: 'state', state };
  }
  for (const segment of segments) {
    const key = placeKey(segment);
    // Own keys only: a place named "__proto__" or "constructor" is not in the table.
    const cityState = Object.hasOwn(US_CITIES, key) ? US_CITIES[key] : undefined;
    if (cityState !== undefined) return { kind: 'state', state: cityState, city: segment };
  }
  return null;
}

/** "Toronto, ON", "Berlin, 10178, Berlin", "London", "Berlin, DE": places outside the US. */
function placeAbroad(segments: readonly string[]): Region | null {
  const last = segments[segments.length - 1] ?? '';
  // "Amsterdam, NH, NL": a known city followed by its own country's code, before "NL" is read as Newfoundland.
  const cityFirst = placeKey(segments[0] ?? '');
  const known = Object.hasOwn(FOREIGN_CITIES, cityFirst) ? FOREIGN_CITIES[cityFirst] : undefined;
  if (known !== undefined && segments.length > 1 && isoOf(known) === last.toUpperCase()) return { kind: 'foreign', country: known };
  const province = provinceOf(last);
  if (province !== null) return { kind: 'foreign', country: 'Canada', subdivision: province };
  if (GERMAN_STATES.includes(placeKey(last))) return { kind: 'foreign', country: 'Germany' };
  const cityKey = placeKey(segments[0] ?? '');
  const city = Object.hasOwn(FOREIGN_CITIES, cityKey) ? FOREIGN_CITIES[cityKey] : undefined;
  if (city === undefined) return null;
  // "Berlin, DE" is Germany, but "Paris, TX" is Texas: a trailing code must be the city's country.
  if (segments.length === 1 || isoOf(city) === last.toUpperCase()) return { kind: 'foreign', country: city };
  return stateOf(last) === null ? { kind: 'foreign', country: city } : null;
}

function stateOf(segment: string): UsState | null {
  const k = placeKey(segment);
  const alias = Object.hasOwn(STATE_ALIASES, k) ? STATE_ALIASES[k] : undefined;
  if (alias !== undefined) return alias;
  const upper = k.toUpperCase();
  if (isUsState(upper)) return upper;
  for (const [code, name] of Object.entries(US_STATES)) {
    if (placeKey(name) === k && isUsState(code)) return code;
  }
  return null;
}

function provinceOf(segment: string): string | null {
  const k = placeKey(segment);
  for (const [code, name] of Object.entries(CANADIAN_PROVINCES)) {
    if (k === code.toLowerCase() || k === placeKey(name) || (code === 'QC' && k === 'québec')) return code;
  }
  return null;
}

function countryOf(segment: string): string | null {
  const k = placeKey(segment);
  const found = COUNTRIES.find((c) => placeKey(c.name) === k || c.aliases.includes(k));
  return found ? found.name : null;
}

function isoOf(country: string): string | undefined {
  return COUNTRIES.find((c) => c.name === country)?.iso;
}

function isUsState(code: string): code is UsState {
  return Object.prototype.hasOwnProperty.call(US_STATES, code);
}

/** "CA San Francisco" (corpus remotewlb-001) → "San Francisco". */
function withoutStateCode(city: string, state: UsState): string {
  return city.startsWith(`${state} `) ? city.slice(state.length + 1) : city;
}

/** Lower case, no dots or hyphens, single spaces: "Washington, D.C." and "Dallas-Fort Worth" match. */
export function placeKey(text: string): string {
  return text.toLowerCase().replace(/[.\-]/g, ' ').replace(/\s+/g, ' ').trim();
}
