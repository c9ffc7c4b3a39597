// Which pay-transparency laws reach a posting, and whether the posting gives what they ask for.
// Reads data/pay-transparency.json, built by scripts/build-laws.ts from ../shared/data/law;
// docs/pay-transparency.md explains the rules and what is inferred. Not legal advice.
import table from './data/pay-transparency.json';
import { isEuCountry, isRemoteLocation, placeKey, regionsOf, type Region, type UsState } from './location';

export const TRANSPARENCY_DISCLAIMER =
  'Not legal advice. ScopeFit compares the posting with a summary of pay-transparency laws taken from ' +
  'public sources (compiled 2025–2026); it cannot see how many employees the employer has or where they ' +
  'work, laws change, and only a lawyer or the enforcing agency can say whether a posting complies.';

// ——— The law table (data/pay-transparency.json) ———

export type Jurisdiction =
  | { readonly kind: 'us-state'; readonly state: UsState }
  /** A city or county; `places` are the city names (lower case) a location line may give for it. */
  | { readonly kind: 'us-local'; readonly state: UsState; readonly place: string; readonly places: readonly string[] }
  | { readonly kind: 'eu' }
  | { readonly kind: 'country'; readonly country: string }
  | { readonly kind: 'ca-province'; readonly province: string };

/** What the law asks of a job ad: pay in the ad, pay disclosed some other way, or nothing. */
export type DisclosureKind = 'in-posting' | 'on-request' | 'none';

/** As of the sources: in force (from its date), passed with a later start, not law yet, or no law. */
export type LawStanding = 'in-force' | 'enacted' | 'pending' | 'no-law';

/**
 * How a remote job is reached: "could be done there" covers a remote job open to people there;
 * "if-tied" only when the job is tied to an office, supervisor or employer there; "located-only"
 * only jobs located there; "unclear" where the sources call it unsettled; "not-addressed" silence.
 */
export type RemoteCoverage = 'could-be-done-there' | 'if-tied' | 'located-only' | 'unclear' | 'not-addressed';

/** Where the employer's headcount is counted for the threshold. */
export type CountedWhere = 'in-jurisdiction' | 'anywhere' | 'unspecified';

export type RangeLimit =
  /** Ontario: a range may be at most `amount` wide; no duty when the pay tops `exemptAbove`. */
  | { readonly kind: 'max-width'; readonly amount: number; readonly exemptAbove: number | null; readonly final: boolean; readonly text: string }
  /** New Jersey's proposed rules: the spread may be at most `ratio` × the minimum. */
  | { readonly kind: 'max-spread-of-min'; readonly ratio: number; readonly final: boolean; readonly text: string };

export interface PayTransparencyLaw {
  readonly id: string;
  readonly name: string;
  /** Short name for sentences: "Colorado", "New York City", "EU". */
  readonly label: string;
  readonly jurisdiction: Jurisdiction;
  readonly kind: DisclosureKind;
  readonly standing: LawStanding;
  readonly statusText: string;
  /** ISO date the duty starts (the EU: the transposition deadline); null when unknown. */
  readonly effective: string | null;
  readonly effectiveText: string;
  readonly employer: {
    /** Smallest headcount covered; 1 = any employer; null = not known. */
    readonly minEmployees: number | null;
    readonly countedWhere: CountedWhere;
    readonly text: string;
  };
  readonly remote: {
    readonly coverage: RemoteCoverage;
    /** The data's words for when a remote job is covered, or for a carve-out. */
    readonly condition: string | null;
    readonly text: string;
  };
  readonly posting: {
    /** A single figure instead of a range: true = allowed, false = not, null = not confirmed. */
    readonly singleFigureAllowed: boolean | null;
    /** When a single figure became acceptable (Washington's SSB 5408); before it, it was not. */
    readonly singleFigureAllowedFrom: string | null;
    /** "$50,000 and up": false = banned, null = not confirmed. */
    readonly openEndedAllowed: boolean | null;
    readonly benefitsRequired: boolean | null;
    readonly otherFields: readonly string[];
    readonly rangeLimit: RangeLimit | null;
    readonly text: string;
  };
  /** When pay must be given if not in the ad ("on reasonable request after a conditional offer"). */
  readonly disclosure: string | null;
  readonly source: { readonly url: string; readonly date: string };
  readonly confidence: string;
  readonly unconfirmed: string | null;
  /** What is this project's reading of the data rather than its words. */
  readonly inferred: readonly string[];
}

export interface PayTransparencyTable {
  readonly about: string;
  readonly source: string;
  readonly laws: readonly PayTransparencyLaw[];
}

// The builder's typed output; tests/analyzers/transparency.test.ts proves the file equals it.
const TABLE: PayTransparencyTable = table as PayTransparencyTable;
export const PAY_TRANSPARENCY_LAWS: readonly PayTransparencyLaw[] = TABLE.laws;

// ——— The check ———

export interface TransparencyInput {
  readonly location: string | null;
  /** True when the job can be done remotely; a location line saying "Remote" counts too. */
  readonly remote: boolean;
  /** The posted pay (annual figures for the range-width rules), or null when none is stated. */
  readonly pay: { readonly min: number; readonly max: number } | null;
  readonly today: Date;
}

/** On `today`: in force, starting later, or waiting for an act (national transposition, proclamation). */
export type LawStatus = 'in-force' | 'upcoming' | 'pending';

/**
 * meets / falls-short / unclear: the law is in force and asks for pay in the ad;
 * not-in-posting: the law asks for pay some other way; not-yet: the law is upcoming or pending.
 */
export type Outcome = 'meets' | 'falls-short' | 'unclear' | 'not-in-posting' | 'not-yet';
export type Problem = 'no-pay' | 'single-figure' | 'range-too-wide';

/** Why the law reaches this posting: where it is, or a remote job open to people there. */
export type Basis = 'location' | 'remote' | 'remote-if-tied';

export interface TransparencyCheck {
  readonly lawId: string;
  readonly law: string;
  readonly jurisdiction: string;
  readonly kind: DisclosureKind;
  readonly basis: Basis;
  readonly status: LawStatus;
  /** ISO date the duty starts. */
  readonly since: string | null;
  readonly minEmployees: number | null;
  /** "employers with 15 or more employees, counted anywhere". */
  readonly employers: string;
  /** For a remote job: the data's words for when the law reaches it, or for a carve-out. */
  readonly condition: string | null;
  readonly outcome: Outcome;
  /** What the posting lacks, also for an upcoming law ("from 2027-09-26 it would lack pay"). */
  readonly problem: Problem | null;
  readonly message: string;
  readonly source: { readonly url: string; readonly date: string };
}

export interface TransparencyResult {
  /** The date the check was made for, ISO. */
  readonly asOf: string;
  readonly checks: readonly TransparencyCheck[];
  readonly disclaimer: string;
}

/** Every law that reaches the posting's place and, for a country-wide remote job, every law there covering remote work. */
export function checkPayTransparency(input: TransparencyInput): TransparencyResult {
  const today = isoDate(input.today);
  const regions = regionsOf(input.location);
  const remote = input.remote || isRemoteLocation(input.location);
  const pools = remote ? remotePools(regions) : [];
  const checks: TransparencyCheck[] = [];
  for (const law of PAY_TRANSPARENCY_LAWS) {
    if (law.kind !== 'none' && regions.some((r) => inJurisdiction(law.jurisdiction, r))) {
      checks.push(checkLaw(law, 'location', input.pay, today));
    }
  }
  for (const law of PAY_TRANSPARENCY_LAWS) {
    const basis = remoteReach(law, pools);
    if (law.kind !== 'none' && basis !== null && !checks.some((c) => c.lawId === law.id)) {
      checks.push(checkLaw(law, basis, input.pay, today));
    }
  }
  return { asOf: today, checks, disclaimer: TRANSPARENCY_DISCLAIMER };
}

/** "employers with 15 or more employees, counted anywhere" — for the UI's "applies if you have 15+". */
export function employersOf(law: PayTransparencyLaw): string {
  const { minEmployees: min, countedWhere: where } = law.employer;
  if (min === null) return 'employer size not confirmed';
  const place = law.jurisdiction.kind === 'us-local' ? law.jurisdiction.place : law.label;
  if (min <= 1) return where === 'in-jurisdiction' ? `any employer with at least 1 employee in ${place}` : 'employers of any size';
  const counted = where === 'in-jurisdiction' ? ` in ${place}` : where === 'anywhere' ? ', counted anywhere' : '';
  return `employers with ${min} or more employees${counted}`;
}

function checkLaw(law: PayTransparencyLaw, basis: Basis, pay: TransparencyInput['pay'], today: string): TransparencyCheck {
  const status = statusOn(law, today);
  const found = law.kind === 'in-posting' ? postingProblem(law, pay, today) : null;
  const outcome: Outcome =
    status !== 'in-force' ? 'not-yet'
    : law.kind === 'on-request' ? 'not-in-posting'
    : found === null ? 'meets'
    : found.certain ? 'falls-short' : 'unclear';
  const condition = basis === 'location' ? null : law.remote.condition;
  const message = messageOf(law, status, outcome, found, pay);
  return {
    lawId: law.id,
    law: law.name,
    jurisdiction: law.label,
    kind: law.kind,
    basis,
    status,
    since: law.effective,
    minEmployees: law.employer.minEmployees,
    employers: employersOf(law),
    condition,
    outcome,
    problem: found?.problem ?? null,
    message: basis === 'remote-if-tied' && condition !== null
      ? `${message} It reaches a remote job only when the job is tied to ${law.label}: ${condition}`
      : message,
    source: law.source,
  };
}

function statusOn(law: PayTransparencyLaw, today: string): LawStatus {
  if (law.effective !== null && law.effective > today) return 'upcoming';
  if (law.effective === null || law.standing === 'pending' || law.standing === 'no-law') return 'pending';
  return 'in-force';
}

interface Found {
  readonly problem: Problem;
  /** False when the rule behind it is not confirmed or not final. */
  readonly certain: boolean;
  readonly detail: string;
}

function postingProblem(law: PayTransparencyLaw, pay: TransparencyInput['pay'], today: string): Found | null {
  if (pay === null) return { problem: 'no-pay', certain: true, detail: 'this posting states no pay' };
  const min = Math.min(pay.min, pay.max);
  const max = Math.max(pay.min, pay.max);
  const rule = law.posting;
  if (min === max) {
    const from = rule.singleFigureAllowedFrom;
    if (rule.singleFigureAllowed === true && (from === null || today >= from)) return null;
    if (rule.singleFigureAllowed === null) {
      return { problem: 'single-figure', certain: false, detail: 'this posting gives a single figure, and the sources do not confirm that one is enough' };
    }
    const before = from !== null && today < from ? ` (accepted only from ${from})` : '';
    return { problem: 'single-figure', certain: true, detail: `this posting gives a single figure where a range is asked for${before}` };
  }
  const limit = rule.rangeLimit;
  if (limit?.kind === 'max-width' && !(limit.exemptAbove !== null && max > limit.exemptAbove) && max - min > limit.amount) {
    return { problem: 'range-too-wide', certain: limit.final, detail: `this range is ${money(max - min)} wide; the cap is ${money(limit.amount)}` };
  }
  if (limit?.kind === 'max-spread-of-min' && max - min > limit.ratio * min) {
    const proposed = limit.final ? '' : ' (a proposed rule, not final)';
    return { problem: 'range-too-wide', certain: limit.final, detail: `this range spreads more than ${Math.round(limit.ratio * 100)}% of its minimum${proposed}` };
  }
  return null;
}

function messageOf(law: PayTransparencyLaw, status: LawStatus, outcome: Outcome, found: Found | null, pay: TransparencyInput['pay']): string {
  const who = employersOf(law);
  const elsewhere = `pay need not be in the posting (when it is owed: ${law.disclosure ?? 'not stated'})`;
  switch (outcome) {
    case 'not-yet': {
      if (status === 'pending') {
        const then = law.kind === 'on-request' ? `. Once it is, ${elsewhere}` : '';
        return `${law.label}'s rule is not in force yet: ${law.statusText}${then}.`;
      }
      const then = law.kind === 'on-request' ? `; then ${elsewhere}` : found ? `; as it stands, ${found.detail}` : '; this posting would meet it';
      return `${law.label}'s rule starts on ${law.effective ?? 'a date not yet known'} (${who})${then}.`;
    }
    case 'not-in-posting':
      return `${law.label}: ${elsewhere}; it covers ${who}.`;
    case 'meets': {
      const what = pay !== null && pay.min === pay.max ? 'a single figure, which it accepts' : 'a pay range';
      return `Meets ${law.label}'s rule (${who}): the posting gives ${what}.`;
    }
    case 'falls-short':
    case 'unclear':
      return `${law.label} asks for pay in the posting since ${law.effective ?? 'a date not known'} (${who}); ${found?.detail ?? 'it is not clear whether this posting meets it'}.`;
  }
}

function inJurisdiction(jurisdiction: Jurisdiction, region: Region): boolean {
  switch (jurisdiction.kind) {
    case 'us-state':
      return region.kind === 'state' && region.state === jurisdiction.state;
    case 'us-local':
      return region.kind === 'state' && region.state === jurisdiction.state && region.city !== undefined &&
        jurisdiction.places.includes(placeKey(region.city));
    case 'eu':
      return region.kind === 'foreign' && isEuCountry(region.country);
    case 'country':
      return region.kind === 'foreign' && region.country === jurisdiction.country;
    case 'ca-province':
      return region.kind === 'foreign' && region.country === 'Canada' && region.subdivision === jurisdiction.province;
  }
}

/**
 * The countries a remote job is open to throughout: the US for "Remote", "Remote - US", a bare
 * "United States" or no location; the country named for "Remote - Canada". A remote job tied to a
 * named state or province ("Remote, Ohio") is open only there, and the location match covers it.
 */
function remotePools(regions: readonly Region[]): readonly string[] {
  if (regions.length === 0 || regions.some((r) => r.kind === 'national')) return ['United States'];
  return regions.flatMap((r) => (r.kind === 'foreign' && r.country !== undefined && r.subdivision === undefined ? [r.country] : []));
}

function remoteReach(law: PayTransparencyLaw, pools: readonly string[]): Basis | null {
  if (!pools.includes(countryOf(law.jurisdiction))) return null;
  if (law.remote.coverage === 'could-be-done-there') return 'remote';
  if (law.remote.coverage === 'if-tied') return 'remote-if-tied';
  return null;
}

function countryOf(jurisdiction: Jurisdiction): string {
  switch (jurisdiction.kind) {
    case 'us-state':
    case 'us-local':
      return 'United States';
    case 'ca-province':
      return 'Canada';
    case 'country':
      return jurisdiction.country;
    case 'eu':
      return 'EU';
  }
}

/** The reader's calendar date: a law that starts "on 2025-01-01" starts at local midnight. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('checkPayTransparency: invalid date');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function money(amount: number): string {
  return `$${Math.round(amount).toLocaleString('en-US')}`;
}
