// What a level of social-media work pays, nationally and by state, and where a posted pay sits in
// that distribution. Reads data/benchmark.json, which scripts/build-benchmark.ts builds from the BLS
// OEWS May 2025 extracts in ../shared/data/salary; docs/benchmark.md explains every number.
import table from './data/benchmark.json';
import { regionCode, type Region, type UsState } from './location';
import type { Level, MarketRate } from './types';

/** Points on an occupation's wage distribution: BLS publishes p10–p90; p17/p34/p67 are the DOL level cuts. */
export const GRID_POINTS = ['p10', 'p17', 'p25', 'p34', 'p50', 'p67', 'p75', 'p90'] as const;
export type GridPoint = (typeof GRID_POINTS)[number];

export type OccupationGroupId = 'specialist' | 'manager';

export interface Quartiles {
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
}

/** One SOC's national row, as read from the CSVs. */
export interface OccupationRow {
  readonly soc: string;
  readonly title: string;
  readonly employment: number;
  readonly annual: Readonly<Record<GridPoint, number>>;
  readonly hourly: { readonly p10: number; readonly p17: number; readonly p25: number; readonly p50: number };
  /** Which file and row each figure comes from. */
  readonly source: string;
}

/** SOCs blended into one distribution by averaging their values at each point. */
export interface OccupationGroup {
  readonly socs: readonly string[];
  readonly annual: Readonly<Record<GridPoint, number>>;
  readonly why: string;
}

export interface LevelBand {
  /** Whose state ratio scales this level. */
  readonly group: OccupationGroupId;
  /** Every SOC whose figures the band uses. */
  readonly socs: readonly string[];
  /** The group's grid points used as this level's p25/p50/p75; null for the hourly intern band. */
  readonly points: { readonly p25: GridPoint; readonly p50: GridPoint; readonly p75: GridPoint } | null;
  readonly annual: Quartiles;
  /** Set for the intern band, which is built from hourly figures (annual = hourly × 2,080). */
  readonly hourly?: Quartiles;
  readonly basis: string;
  readonly source: string;
  readonly year: number;
}

/** A state's median over the nation's, for the SOCs of one group. */
export interface StateRatio {
  readonly ratio: number;
  /** The SOCs whose state medians were published and used. */
  readonly socs: readonly string[];
  readonly medians: Readonly<Record<string, number>>;
  /** Set when the state has no published median for any SOC of the group. */
  readonly fallback?: OccupationGroupId;
}

export interface StateRatios {
  readonly name: string;
  readonly specialist: StateRatio;
  readonly manager: StateRatio;
}

export interface BenchmarkTable {
  readonly about: string;
  readonly source: string;
  readonly year: number;
  readonly reference: string;
  readonly hoursPerYear: number;
  readonly files: readonly string[];
  readonly occupations: Readonly<Record<string, OccupationRow>>;
  readonly groups: Readonly<Record<OccupationGroupId, OccupationGroup>>;
  readonly levels: Readonly<Record<Level, LevelBand>>;
  readonly stateSource: string;
  readonly states: Readonly<Record<string, StateRatios>>;
  /** The official OFLC Level I, II and IV wages over Level III, beside the cuts used here over the median. */
  readonly oflcCheck: {
    readonly source: string;
    readonly areas: number;
    readonly bySoc: Readonly<Record<string, { readonly oflc: LevelRatios; readonly used: LevelRatios }>>;
  };
}

/** Level I, II and IV as fractions of Level III (OFLC) or of the median (the cuts used here). */
export interface LevelRatios {
  readonly l1: number;
  readonly l2: number;
  readonly l4: number;
}

// The builder's typed output; tests/analyzers/benchmark.test.ts proves the file equals it.
const BENCHMARK: BenchmarkTable = table as BenchmarkTable;

/** For the UI: "BLS OEWS May 2025". */
export const BENCHMARK_SOURCE: string = BENCHMARK.source;
export const BENCHMARK_YEAR: number = BENCHMARK.year;
export const BENCHMARK_REFERENCE: string = BENCHMARK.reference;
export const BENCHMARK_TABLE: BenchmarkTable = BENCHMARK;

/** The pay distribution of `level` in `region`; remote, unknown and foreign places get the US figures. */
export function marketRate(level: Level, region: Region): MarketRate {
  const band = BENCHMARK.levels[level];
  const state = stateRatio(band.group, region);
  const socs = band.socs.join(', ');
  if (state === null) {
    return { level, region: 'US', annual: band.annual, currency: 'USD', source: `${BENCHMARK.source} national (${socs}), ${band.basis}` };
  }
  const { code, ratio } = state;
  const scaled: Quartiles = {
    p25: Math.round(band.annual.p25 * ratio.ratio),
    p50: Math.round(band.annual.p50 * ratio.ratio),
    p75: Math.round(band.annual.p75 * ratio.ratio),
  };
  const groupSocs = BENCHMARK.groups[band.group].socs;
  const fallback = ratio.fallback
    ? ` (from ${ratio.socs.join(', ')}: no ${code} median for ${groupSocs.join(', ')})`
    : ratio.socs.length < groupSocs.length ? ` (${ratio.socs.join(', ')} only)` : '';
  return {
    level,
    region: regionCode(region),
    annual: scaled,
    currency: 'USD',
    source: `${BENCHMARK.source} (${socs}), ${band.basis}; ${code} ratio ${ratio.ratio}${fallback}`,
  };
}

/**
 * Where an annual pay sits in the level's distribution, 0–100. Between the quartiles the percentile
 * is linear in log pay (wages are roughly log-normal); beyond them the nearest segment's slope is
 * carried on, and the result is held within 1–99 because the tails are not known.
 */
export function payPercentile(annualMidpoint: number, level: Level, region: Region): number {
  if (!Number.isFinite(annualMidpoint)) throw new RangeError(`payPercentile: not a number: ${annualMidpoint}`);
  if (annualMidpoint <= 0) return 1;
  const { p25, p50, p75 } = marketRate(level, region).annual;
  const x = Math.log(annualMidpoint);
  const [lo, hi, base] = x < Math.log(p50) ? [p25, p50, 25] : [p50, p75, 50];
  const percentile = base + (25 * (x - Math.log(lo))) / (Math.log(hi) - Math.log(lo));
  return Math.min(99, Math.max(1, Math.round(percentile)));
}

function stateRatio(group: OccupationGroupId, region: Region): { code: UsState; ratio: StateRatio } | null {
  if (region.kind !== 'state') return null;
  const ratios = BENCHMARK.states[region.state];
  return ratios ? { code: region.state, ratio: ratios[group] } : null;
}
