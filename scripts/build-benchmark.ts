// Builds analyzers/data/benchmark.json from the BLS OEWS extracts in ../shared/data/salary.
// Run `npm run build:benchmark` after the data changes and commit the output; the tests rebuild it in
// memory and fail when the committed file differs. The mapping and its reasons: docs/benchmark.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  BenchmarkTable, GridPoint, LevelBand, LevelRatios, OccupationGroup, OccupationGroupId,
  OccupationRow, StateRatio, StateRatios,
} from '../analyzers/benchmark';
import { LEVELS, type Level } from '../analyzers/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SALARY_DIR = path.resolve(repoRoot, '../shared/data/salary');
export const BENCHMARK_JSON = path.join(repoRoot, 'analyzers/data/benchmark.json');

const YEAR = 2025;
const REFERENCE = 'May 2025';
const SOURCE = 'BLS OEWS May 2025';
/** BLS: annual wage = hourly wage × 2,080 hours. */
const HOURS_PER_YEAR = 2080;

/**
 * Which SOCs stand for social-media work (FIGURES.md §2): 27-3031 is the only SOC definition that
 * names social media, 13-1161 covers web metrics and search marketing; 11-2021 and 11-2032 cover
 * the people who own teams, budgets and the function.
 */
const GROUPS: Readonly<Record<OccupationGroupId, { readonly socs: readonly string[]; readonly why: string }>> = {
  specialist: {
    socs: ['27-3031', '13-1161'],
    why: '27-3031 Public Relations Specialists ("may specialize in using social media") and 13-1161 Market Research Analysts and Marketing Specialists (web metrics, search marketing): the individual contributors.',
  },
  manager: {
    socs: ['11-2021', '11-2032'],
    why: '11-2021 Marketing Managers and 11-2032 Public Relations Managers: people, programme and budget owners.',
  },
};

/**
 * Each level is three consecutive points of its group's grid, centred on a DOL prevailing-wage level
 * cut (Level I ≈ p17, II ≈ p34, III = p50, IV ≈ p67; FIGURES.md §3). Intern is built from hourly
 * figures instead (INTERN below). Why these centres: docs/benchmark.md.
 */
const LEVEL_POINTS: Readonly<Record<Exclude<Level, 'intern'>, { readonly group: OccupationGroupId; readonly p25: GridPoint; readonly p50: GridPoint; readonly p75: GridPoint; readonly basis: string }>> = {
  entry: { group: 'specialist', p25: 'p10', p50: 'p17', p75: 'p25', basis: 'p10–p25, median at DOL Level I (≈p17)' },
  mid: { group: 'specialist', p25: 'p25', p50: 'p34', p75: 'p50', basis: 'p25–p50, median at DOL Level II (≈p34)' },
  senior: { group: 'specialist', p25: 'p50', p50: 'p67', p75: 'p75', basis: 'p50–p75, median at DOL Level IV (≈p67)' },
  head: { group: 'manager', p25: 'p25', p50: 'p34', p75: 'p50', basis: 'p25–p50, median at DOL Level II (≈p34)' },
  executive: { group: 'manager', p25: 'p50', p50: 'p67', p75: 'p75', basis: 'p50–p75, median at DOL Level IV (≈p67)' },
};

/**
 * The intern band, in hourly pay: p25 = all US occupations' hourly p25 (00-0000), p50 = the specialist
 * group's hourly p10, p75 = its hourly DOL Level I (≈p17) — the level a "worker in training, or an
 * internship" is paid at under the DOL guidance (FIGURES.md §3).
 */
const INTERN = {
  allOccupations: '00-0000',
  basis: 'hourly × 2,080: all-occupations p25, specialist p10, specialist DOL Level I (≈p17)',
};

/** Standard normal quantiles of the grid points, to re-derive the DOL cuts (FIGURES.md §3 method). */
const NORMAL_QUANTILE: Readonly<Record<GridPoint, number>> = {
  p10: -1.2815515655446008, p17: -0.9541652531461942, p25: -0.6744897501960817,
  p34: -0.4124631294414046, p50: 0, p67: 0.4399131656732339, p75: 0.6744897501960817,
  p90: 1.2815515655446008,
};
const PUBLISHED: readonly GridPoint[] = ['p10', 'p25', 'p50', 'p75', 'p90'];
const DERIVED: readonly GridPoint[] = ['p17', 'p34', 'p67'];

type Row = Readonly<Record<string, string>>;

export function buildBenchmark(dir: string = SALARY_DIR): BenchmarkTable {
  const national = readCsv(dir, 'oews_national.csv').filter((r) => r.YEAR === String(YEAR));
  const derived = readCsv(dir, 'derived_levels_2025.csv');
  const stateRows = readCsv(dir, 'oews_state.csv').filter((r) => r.YEAR === String(YEAR));
  const oflc = readCsv(dir, 'oflc_prevailing_wage_2025_26_by_area.csv');

  const socs = [...GROUPS.specialist.socs, ...GROUPS.manager.socs];
  const occupations: Record<string, OccupationRow> = {};
  for (const soc of socs) occupations[soc] = occupationRow(soc, national, derived);
  const allOccupations = only(national, (r) => r.OCC_CODE === INTERN.allOccupations, `${INTERN.allOccupations} in oews_national.csv`);

  const groups = {
    specialist: blend(GROUPS.specialist, occupations),
    manager: blend(GROUPS.manager, occupations),
  };

  const levels = {} as Record<Level, LevelBand>;
  levels.intern = internBand(occupations, num(allOccupations, 'H_PCT25'));
  for (const level of LEVELS) {
    if (level === 'intern') continue;
    const spec = LEVEL_POINTS[level];
    const grid = groups[spec.group].annual;
    levels[level] = {
      group: spec.group,
      socs: GROUPS[spec.group].socs,
      points: { p25: spec.p25, p50: spec.p50, p75: spec.p75 },
      annual: { p25: grid[spec.p25], p50: grid[spec.p50], p75: grid[spec.p75] },
      basis: spec.basis,
      source: `oews_national.csv (YEAR=${YEAR}) and derived_levels_2025.csv, mean of ${GROUPS[spec.group].socs.join(' and ')}`,
      year: YEAR,
    };
  }

  checkUsRows(stateRows, occupations);
  return {
    about: 'Pay distributions by level for social-media work, built by scripts/build-benchmark.ts; see docs/benchmark.md.',
    source: SOURCE,
    year: YEAR,
    reference: REFERENCE,
    hoursPerYear: HOURS_PER_YEAR,
    files: ['oews_national.csv', 'derived_levels_2025.csv', 'oews_state.csv', 'oflc_prevailing_wage_2025_26_by_area.csv'],
    occupations,
    groups,
    levels,
    stateSource: `BLS OEWS ${REFERENCE} state estimates (oews_state.csv, AREA_TYPE=2): state A_MEDIAN over U.S. A_MEDIAN`,
    states: stateRatios(stateRows, occupations),
    oflcCheck: oflcCheck(oflc, occupations),
  };
}

/** The JSON as committed: two-space indent, a final newline. */
export function renderBenchmark(table: BenchmarkTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}

function occupationRow(soc: string, national: readonly Row[], derived: readonly Row[]): OccupationRow {
  const n = only(national, (r) => r.OCC_CODE === soc, `${soc} ${YEAR} in oews_national.csv`);
  const d = only(derived, (r) => r.OCC_CODE === soc, `${soc} in derived_levels_2025.csv`);
  const annual: Record<GridPoint, number> = {
    p10: num(n, 'A_PCT10'), p17: num(d, 'A_P17_LEVEL_I_est'), p25: num(n, 'A_PCT25'),
    p34: num(d, 'A_P34_LEVEL_II_est'), p50: num(n, 'A_MEDIAN'), p67: num(d, 'A_P67_LEVEL_IV_est'),
    p75: num(n, 'A_PCT75'), p90: num(n, 'A_PCT90'),
  };
  // The derived file restates the published points: they must agree with the national file.
  const restated: Readonly<Record<string, string>> = { p10: 'A_P10', p25: 'A_P25', p50: 'A_MEDIAN_LEVEL_III', p75: 'A_P75', p90: 'A_P90' };
  for (const point of PUBLISHED) {
    const column = restated[point] ?? '';
    if (num(d, column) !== annual[point]) throw new Error(`${soc}: derived_levels ${column} ${num(d, column)} ≠ oews_national ${annual[point]}`);
  }
  // The derived cuts are an inference; re-derive them (ln wage linear in the normal quantile).
  for (const point of DERIVED) {
    const again = interpolateLogNormal(annual, point);
    if (Math.abs(again - annual[point]) > 10) throw new Error(`${soc}: derived ${point} ${annual[point]} but re-derived ${again}`);
  }
  return {
    soc,
    title: n.OCC_TITLE ?? '',
    employment: num(n, 'TOT_EMP'),
    annual,
    hourly: { p10: num(n, 'H_PCT10'), p17: num(d, 'H_P17_est'), p25: num(n, 'H_PCT25'), p50: num(n, 'H_MEDIAN') },
    source: `oews_national.csv YEAR=${YEAR} OCC_CODE=${soc} (p10, p25, p50, p75, p90); derived_levels_2025.csv OCC_CODE=${soc} (p17, p34, p67: INFERENCE)`,
  };
}

function interpolateLogNormal(annual: Readonly<Record<GridPoint, number>>, point: GridPoint): number {
  const z = NORMAL_QUANTILE[point];
  for (let i = 0; i + 1 < PUBLISHED.length; i++) {
    const lo = PUBLISHED[i] as GridPoint;
    const hi = PUBLISHED[i + 1] as GridPoint;
    if (z >= NORMAL_QUANTILE[lo] && z <= NORMAL_QUANTILE[hi]) {
      const t = (z - NORMAL_QUANTILE[lo]) / (NORMAL_QUANTILE[hi] - NORMAL_QUANTILE[lo]);
      return Math.exp(Math.log(annual[lo]) + t * (Math.log(annual[hi]) - Math.log(annual[lo])));
    }
  }
  throw new Error(`no published points around ${point}`);
}

/** Quantile averaging: the group's value at each point is the plain mean of its SOCs' values. */
function blend(spec: { readonly socs: readonly string[]; readonly why: string }, occupations: Readonly<Record<string, OccupationRow>>): OccupationGroup {
  const annual = {} as Record<GridPoint, number>;
  for (const point of ['p10', 'p17', 'p25', 'p34', 'p50', 'p67', 'p75', 'p90'] as const) {
    annual[point] = mean(spec.socs.map((soc) => occupationOf(occupations, soc).annual[point]));
  }
  return { socs: spec.socs, annual, why: spec.why };
}

function internBand(occupations: Readonly<Record<string, OccupationRow>>, allOccupationsP25: number): LevelBand {
  const specialists = GROUPS.specialist.socs.map((soc) => occupationOf(occupations, soc));
  // In cents, so that the mean of two hourly figures is exact.
  const cents = {
    p25: Math.round(allOccupationsP25 * 100),
    p50: mean(specialists.map((o) => Math.round(o.hourly.p10 * 100))),
    p75: mean(specialists.map((o) => Math.round(o.hourly.p17 * 100))),
  };
  const annual = (c: number): number => Math.round((c * HOURS_PER_YEAR) / 100);
  return {
    group: 'specialist',
    socs: [INTERN.allOccupations, ...GROUPS.specialist.socs],
    points: null,
    annual: { p25: annual(cents.p25), p50: annual(cents.p50), p75: annual(cents.p75) },
    hourly: { p25: cents.p25 / 100, p50: cents.p50 / 100, p75: cents.p75 / 100 },
    basis: INTERN.basis,
    source: `oews_national.csv YEAR=${YEAR} OCC_CODE=00-0000 H_PCT25; 27-3031 and 13-1161 H_PCT10; derived_levels_2025.csv H_P17_est`,
    year: YEAR,
  };
}

/** The U.S. rows of the state file are the national file's: a check that both are the same vintage. */
function checkUsRows(stateRows: readonly Row[], occupations: Readonly<Record<string, OccupationRow>>): void {
  for (const occupation of Object.values(occupations)) {
    const us = only(stateRows, (r) => r.AREA === '99' && r.OCC_CODE === occupation.soc, `U.S. ${occupation.soc} in oews_state.csv`);
    if (num(us, 'A_MEDIAN') !== occupation.annual.p50) throw new Error(`${occupation.soc}: oews_state U.S. median ≠ oews_national`);
  }
}

function stateRatios(stateRows: readonly Row[], occupations: Readonly<Record<string, OccupationRow>>): Record<string, StateRatios> {
  const rows = stateRows.filter((r) => r.AREA_TYPE === '2');
  const codes = [...new Set(rows.map((r) => r.PRIM_STATE ?? ''))].sort();
  if (codes.length !== 51) throw new Error(`expected 50 states + DC in oews_state.csv, found ${codes.length}`);
  const states: Record<string, StateRatios> = {};
  for (const code of codes) {
    const inState = rows.filter((r) => r.PRIM_STATE === code);
    const specialist = groupRatio(GROUPS.specialist.socs, inState, occupations);
    if (specialist === null || specialist.socs.length !== GROUPS.specialist.socs.length) {
      throw new Error(`${code}: every state should publish both specialist medians`);
    }
    const manager = groupRatio(GROUPS.manager.socs, inState, occupations) ?? { ...specialist, fallback: 'specialist' as const };
    states[code] = { name: inState[0]?.AREA_TITLE ?? code, specialist, manager };
  }
  return states;
}

/** Sum of the state's medians over the sum of the nation's, for the SOCs the state publishes. */
function groupRatio(socs: readonly string[], inState: readonly Row[], occupations: Readonly<Record<string, OccupationRow>>): StateRatio | null {
  const medians: Record<string, number> = {};
  for (const soc of socs) {
    const row = inState.find((r) => r.OCC_CODE === soc);
    if (row && row.A_MEDIAN) medians[soc] = num(row, 'A_MEDIAN');
  }
  const used = socs.filter((soc) => medians[soc] !== undefined);
  if (used.length === 0) return null;
  const stateSum = used.reduce((sum, soc) => sum + (medians[soc] ?? 0), 0);
  const nationSum = used.reduce((sum, soc) => sum + occupationOf(occupations, soc).annual.p50, 0);
  return { ratio: Math.round((stateSum / nationSum) * 1000) / 1000, socs: used, medians };
}

function oflcCheck(rows: readonly Row[], occupations: Readonly<Record<string, OccupationRow>>): BenchmarkTable['oflcCheck'] {
  const bySoc: Record<string, { oflc: LevelRatios; used: LevelRatios }> = {};
  let areas = 0;
  for (const occupation of Object.values(occupations)) {
    const inSoc = rows.filter((r) => r.OCC_CODE === occupation.soc);
    areas = Math.max(areas, inSoc.length);
    const over3 = (column: string): number => round3(median(inSoc.map((r) => num(r, column) / num(r, 'L3_ANNUAL'))));
    const a = occupation.annual;
    bySoc[occupation.soc] = {
      oflc: { l1: over3('L1_ANNUAL'), l2: over3('L2_ANNUAL'), l4: over3('L4_ANNUAL') },
      used: { l1: round3(a.p17 / a.p50), l2: round3(a.p34 / a.p50), l4: round3(a.p67 / a.p50) },
    };
  }
  return {
    source: 'DOL OFLC prevailing wages Jul 2025–Jun 2026 (from OEWS May 2024), oflc_prevailing_wage_2025_26_by_area.csv: median over areas of Level I, II, IV ÷ Level III',
    areas,
    bySoc,
  };
}

function occupationOf(occupations: Readonly<Record<string, OccupationRow>>, soc: string): OccupationRow {
  const row = occupations[soc];
  if (!row) throw new Error(`no occupation ${soc}`);
  return row;
}

function only(rows: readonly Row[], match: (r: Row) => boolean, what: string): Row {
  const found = rows.filter(match);
  if (found.length !== 1 || !found[0]) throw new Error(`expected one row for ${what}, found ${found.length}`);
  return found[0];
}

function num(row: Row, column: string): number {
  const text = row[column];
  const value = text === undefined || text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new Error(`not a number in ${column}: ${JSON.stringify(text)} (${row.OCC_CODE ?? ''} ${row.AREA_TITLE ?? ''})`);
  return value;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function readCsv(dir: string, file: string): Row[] {
  const [header, ...records] = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
  if (!header) throw new Error(`${file} is empty`);
  return records
    .filter((fields) => fields.length > 1)
    .map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])));
}

/** RFC 4180 CSV: quoted fields may hold commas ("Business Operations Specialists, All Other"). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field); records.push(fields); fields = []; field = '';
    } else field += c;
  }
  if (field !== '' || fields.length > 0) { fields.push(field); records.push(fields); }
  return records;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(BENCHMARK_JSON, renderBenchmark(buildBenchmark()));
  console.log(`wrote ${path.relative(repoRoot, BENCHMARK_JSON)}`);
}
