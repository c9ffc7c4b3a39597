// What an occupation pays at a level, nationally or in one state, and where a posted pay sits in
// it: the wage benchmark for all 830 OEWS detailed occupations. Reads data/wages-national.json and
// data/wages-states.json, which scripts/build-wages.ts builds from BLS OEWS May 2025
// (../shared/data/occupations); docs/benchmark.md explains every number and every fallback.
import national from './data/wages-national.json';
import states from './data/wages-states.json';
import { US_STATES, type Region, type UsState } from './location';
import type { Level } from './types';

/** The five points BLS publishes for every occupation, in this order in every row of the data. */
export const PUBLISHED_POINTS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type PublishedPoint = (typeof PUBLISHED_POINTS)[number];
/** p10–p90 as published; p17/p34/p67 are DOL prevailing-wage cuts, p83 their mirror, p5/p95 one step beyond. */
export type WagePoint = PublishedPoint | 'p5' | 'p17' | 'p34' | 'p67' | 'p83' | 'p95';
/** p10, p25, p50, p75, p90, annual dollars. */
export type WageRow = readonly [number, number, number, number, number];

/** Standard normal quantile of each point: wages are interpolated with ln(wage) linear in it. */
const NORMAL_QUANTILE: Readonly<Record<WagePoint, number>> = {
  p5: -1.6448536269514722, p10: -1.2815515655446004, p17: -0.9541652531461942,
  p25: -0.6744897501960817, p34: -0.4124631294414046, p50: 0, p67: 0.4399131656732339,
  p75: 0.6744897501960817, p83: 0.9541652531461942, p90: 1.2815515655446004, p95: 1.6448536269514722,
};

/**
 * Each level is three consecutive points of the occupation's own distribution, its p25, p50 and
 * p75. The individual-contributor levels are centred on the DOL prevailing-wage cuts (Level I ≈ p17,
 * II ≈ p34, IV ≈ p67) as before; intern, head and executive on the published point at each end
 * (p10, p75, p90), with the next point either side as neighbours. Why: docs/benchmark.md §3.
 */
export const LEVEL_POINTS: Readonly<Record<Level, readonly [WagePoint, WagePoint, WagePoint]>> = {
  intern: ['p5', 'p10', 'p17'],
  entry: ['p10', 'p17', 'p25'],
  mid: ['p25', 'p34', 'p50'],
  senior: ['p50', 'p67', 'p75'],
  head: ['p67', 'p75', 'p83'],
  executive: ['p83', 'p90', 'p95'],
};

/** BLS OEWS May 2025 national figures, as built by scripts/build-wages.ts. */
export interface NationalWages {
  readonly about: string;
  readonly source: string;
  readonly year: number;
  readonly reference: string;
  readonly hoursPerYear: number;
  /** `#` in the data: a wage at or above this is not published (field descriptions file). */
  readonly topCode: { readonly annual: number; readonly hourly: number };
  readonly points: readonly PublishedPoint[];
  /** Every OEWS detailed occupation (combined codes such as 13-1020 included): p10–p90, annual dollars. */
  readonly detailed: Readonly<Record<string, WageRow>>;
  /** The broad, minor and major groups some SOC 2018 detailed code without its own row falls back to. */
  readonly groups: Readonly<Record<string, WageRow>>;
  /** Published hourly only (actors, dancers…): their annual figures are hourly × 2,080. */
  readonly hourlyOnly: readonly string[];
  /** Points BLS did not publish (`#`, top-coded) that the builder extended: code → points. */
  readonly extended: Readonly<Record<string, readonly PublishedPoint[]>>;
}

/** BLS OEWS May 2025 state figures, each state's own published points. */
export interface StateWages {
  readonly about: string;
  /** Figures are stored in units of this many dollars (BLS rounds state annual wages to $10). */
  readonly unit: number;
  /** The 64 digits of the lists: the first 32 end a number, the last 32 carry on to its next 5 bits. */
  readonly digits: string;
  /** The occupation order of every state's list. */
  readonly codes: readonly string[];
  /**
   * Per state, for each code in `codes`, whole numbers written in `digits` (5 bits a digit, lowest
   * first): `0` when the state publishes no annual figures for it, else its p10, then the rises
   * p10→p25, p25→p50, p50→p75, p75→p90, all in `unit`s. A string is a third of the bytes of a
   * JSON number list, and parses faster.
   */
  readonly states: Readonly<Record<string, string>>;
  /** Points a state left blank while publishing the rest (top-coded), extended by the builder. */
  readonly extended: Readonly<Record<string, Readonly<Record<string, readonly PublishedPoint[]>>>>;
}

export interface WageBasis {
  readonly place: 'state' | 'national';
  readonly occupation: 'detailed' | 'broad' | 'minor' | 'major';
  /** The code whose figures were used. */
  readonly code: string;
  /** A plain sentence when a fallback was used, e.g. "No Nevada figures for this occupation; national figures used." */
  readonly note: string | null;
}

/** What the report's benchmark and market blocks carry. */
export interface OccupationRate {
  /** The occupation asked for (always the caller's soc). */
  readonly soc: string;
  readonly level: Level;
  /** "US" or "US-TX". */
  readonly region: string;
  readonly annual: { readonly p25: number; readonly p50: number; readonly p75: number };
  readonly currency: 'USD';
  /** e.g. "BLS OEWS May 2025, 29-1141, Texas". */
  readonly source: string;
  readonly basis: WageBasis;
}

// The builder's typed output; tests/analyzers/wages.test.ts proves the files equal it.
const NATIONAL = national as unknown as NationalWages;
const STATES = states as unknown as StateWages;

/** For the UI: "BLS OEWS May 2025". */
export const WAGES_SOURCE: string = NATIONAL.source;
export const WAGES_YEAR: number = NATIONAL.year;
export const WAGES_REFERENCE: string = NATIONAL.reference;

const SOC = /^\d\d-\d{4}$/;
const HOURLY_ONLY: ReadonlySet<string> = new Set(NATIONAL.hourlyOnly);

/**
 * The fallback order, first match wins: the state's own figures for the detailed code → national
 * detailed → national broad group (XX-XXX0) → minor group (XX-XX00) → major group (XX-0000).
 */
const GROUP_STEPS: readonly { readonly occupation: WageBasis['occupation']; readonly code: (soc: string) => string; readonly name: string }[] = [
  { occupation: 'broad', code: (soc) => `${soc.slice(0, 6)}0`, name: 'broad group' },
  { occupation: 'minor', code: (soc) => `${soc.slice(0, 5)}00`, name: 'minor group' },
  { occupation: 'major', code: (soc) => `${soc.slice(0, 2)}-0000`, name: 'major group' },
];

/** The pay distribution of `level` in `soc` and `region`; null only when no figure exists in the fallback chain. */
export function occupationRate(soc: string, level: Level, region: Region): OccupationRate | null {
  const found = figuresFor(soc, region);
  if (found === null) return null;
  const [low, centre, high] = LEVEL_POINTS[level];
  const extended = found.extended.filter((point) => LEVEL_POINTS[level].some((used) => restsOn(used).includes(point)));
  const notes = [...found.notes];
  if (extended.length > 0) {
    const where = found.basis.place === 'state' ? `${found.placeName} ` : '';
    notes.push(`BLS does not publish the ${where}${extended.join(', ')} for this occupation; it is extended from the points below.`);
  }
  return {
    soc,
    level,
    region: found.basis.place === 'state' && region.kind === 'state' ? `US-${region.state}` : 'US',
    annual: {
      p25: Math.round(pointOf(found.row, low)),
      p50: Math.round(pointOf(found.row, centre)),
      p75: Math.round(pointOf(found.row, high)),
    },
    currency: 'USD',
    source: `${NATIONAL.source}, ${found.basis.code}, ${found.placeName}`,
    basis: { ...found.basis, note: notes.length > 0 ? notes.join(' ') : null },
  };
}

/**
 * Where an annual pay sits in the rate's distribution, 1–99. Between the quartiles the percentile is
 * linear in log pay (wages are roughly log-normal); beyond them the nearest segment's slope is
 * carried on, and the result is held within 1–99 because the tails are not known.
 */
export function percentileIn(annualMidpoint: number, rate: OccupationRate): number {
  if (!Number.isFinite(annualMidpoint)) throw new RangeError(`percentileIn: not a number: ${annualMidpoint}`);
  if (annualMidpoint <= 0) return 1;
  const { p25, p50, p75 } = rate.annual;
  const x = Math.log(annualMidpoint);
  const [lo, hi, base] = x < Math.log(p50) ? [p25, p50, 25] : [p50, p75, 50];
  const percentile = base + (25 * (x - Math.log(lo))) / (Math.log(hi) - Math.log(lo));
  return Math.min(99, Math.max(1, Math.round(percentile)));
}

/** Whether any figure exists for `soc` (nationally, in its own row or a group's). */
export function hasWages(soc: string): boolean {
  return figuresFor(soc, { kind: 'national' }) !== null;
}

/** A point of a row: published points as they are, the others with ln(wage) linear in the normal quantile. */
export function pointOf(row: WageRow, point: WagePoint): number {
  const published = PUBLISHED_POINTS.indexOf(point as PublishedPoint);
  if (published >= 0) return row[published] as number;
  const z = NORMAL_QUANTILE[point];
  const i = segmentOf(z);
  const z0 = NORMAL_QUANTILE[PUBLISHED_POINTS[i] as PublishedPoint];
  const z1 = NORMAL_QUANTILE[PUBLISHED_POINTS[i + 1] as PublishedPoint];
  const w0 = Math.log(row[i] as number);
  const w1 = Math.log(row[i + 1] as number);
  return Math.exp(w0 + ((w1 - w0) * (z - z0)) / (z1 - z0));
}

/** The published segment that holds z (index of its lower end), or the end segment carried on beyond p10 or p90. */
function segmentOf(z: number): number {
  let i = 0;
  while (i < PUBLISHED_POINTS.length - 2 && z > NORMAL_QUANTILE[PUBLISHED_POINTS[i + 1] as PublishedPoint]) i++;
  return i;
}

/** The published points a point is made from. */
function restsOn(point: WagePoint): readonly PublishedPoint[] {
  if ((PUBLISHED_POINTS as readonly WagePoint[]).includes(point)) return [point as PublishedPoint];
  const i = segmentOf(NORMAL_QUANTILE[point]);
  return [PUBLISHED_POINTS[i] as PublishedPoint, PUBLISHED_POINTS[i + 1] as PublishedPoint];
}

interface Found {
  readonly row: WageRow;
  readonly basis: Omit<WageBasis, 'note'>;
  readonly placeName: string;
  readonly notes: readonly string[];
  /** Published points of the row that the builder had to extend. */
  readonly extended: readonly PublishedPoint[];
}

function figuresFor(soc: string, region: Region): Found | null {
  if (!SOC.test(soc)) return null;
  const notes: string[] = [];
  const hourlyNote = (code: string): void => {
    if (HOURLY_ONLY.has(code)) notes.push('BLS publishes only hourly wages for this occupation; annual figures are hourly × 2,080.');
  };
  if (region.kind === 'state') {
    const stateName = US_STATES[region.state];
    const row = stateRow(region.state, soc);
    if (row !== null) {
      return { row, basis: { place: 'state', occupation: 'detailed', code: soc }, placeName: stateName, notes, extended: STATES.extended[region.state]?.[soc] ?? [] };
    }
    if (NATIONAL.detailed[soc] !== undefined) {
      notes.push(HOURLY_ONLY.has(soc)
        ? `BLS publishes no ${stateName} annual figures for this occupation (hourly wages only); national figures used.`
        : `No ${stateName} figures for this occupation; national figures used.`);
    }
  }
  const own = NATIONAL.detailed[soc];
  if (own !== undefined) {
    hourlyNote(soc);
    return { row: own, basis: { place: 'national', occupation: 'detailed', code: soc }, placeName: 'United States', notes, extended: NATIONAL.extended[soc] ?? [] };
  }
  for (const step of GROUP_STEPS) {
    const code = step.code(soc);
    const row = NATIONAL.groups[code] ?? NATIONAL.detailed[code];
    if (row === undefined) continue;
    if (code !== soc) {
      notes.push(region.kind === 'state'
        ? `No figures for ${soc}; national figures for its ${step.name} ${code} used.`
        : `No figures for ${soc}; those of its ${step.name} ${code} used.`);
    } else if (region.kind === 'state') {
      notes.push(`No ${US_STATES[region.state]} figures for this occupation group; national figures used.`);
    }
    hourlyNote(code);
    return { row, basis: { place: 'national', occupation: step.occupation, code }, placeName: 'United States', notes, extended: NATIONAL.extended[code] ?? [] };
  }
  return null;
}

// Each state's list is decoded once, on first use, into its rows by code.
const stateIndex = new Map<string, ReadonlyMap<string, WageRow>>();

function stateRow(state: UsState, soc: string): WageRow | null {
  let index = stateIndex.get(state);
  if (index === undefined) {
    index = decodeState(STATES.states[state] ?? '');
    stateIndex.set(state, index);
  }
  return index.get(soc) ?? null;
}

/** Character code → digit value, -1 for a character that is not a digit. */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
[...STATES.digits].forEach((digit, value) => { DIGIT_VALUE[digit.charCodeAt(0)] = value; });

/** The whole numbers of a state's list (see StateWages.states). */
export function decodeNumbers(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT_VALUE[text.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`wages-states.json: not a digit: ${text[i] ?? ''}`);
    value += (digit & 31) * 2 ** shift;
    if (digit >= 32) { shift += 5; continue; }
    numbers.push(value);
    value = 0;
    shift = 0;
  }
  return numbers;
}

function decodeState(text: string): ReadonlyMap<string, WageRow> {
  const list = decodeNumbers(text);
  const rows = new Map<string, WageRow>();
  let at = 0;
  for (const code of STATES.codes) {
    if ((list[at] ?? 0) === 0) { at++; continue; }
    const row: number[] = [];
    let value = 0;
    for (let i = 0; i < PUBLISHED_POINTS.length; i++) {
      value += list[at + i] ?? 0;
      row.push(value * STATES.unit);
    }
    rows.set(code, row as unknown as WageRow);
    at += PUBLISHED_POINTS.length;
  }
  if (at !== list.length) throw new Error(`wages-states.json: a state list has ${list.length} numbers, ${at} read`);
  return rows;
}
