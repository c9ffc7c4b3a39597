// Builds analyzers/data/wages-national.json and wages-states.json from BLS OEWS May 2025 in
// ../shared/data/occupations (README there). Run `npm run build:wages` after the data changes and
// commit the output; tests/analyzers/wages.test.ts rebuilds both in memory and fails when a committed
// file differs. What each number is and why: docs/benchmark.md.
import { parseCsv } from './csv';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { US_STATES, type UsState } from '../analyzers/location';
import type { NationalWages, PublishedPoint, StateWages, WageRow } from '../analyzers/wages';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OCCUPATIONS_DIR = path.resolve(repoRoot, '../shared/data/occupations');
export const WAGES_NATIONAL_JSON = path.join(repoRoot, 'analyzers/data/wages-national.json');
export const WAGES_STATES_JSON = path.join(repoRoot, 'analyzers/data/wages-states.json');

const NATIONAL_CSV = 'national_M2025_dl.csv';
const FIELDS_CSV = 'national_M2025_dl__Field_Descriptions.csv';
const STATE_CSV = 'oews-state-M2025/state_M2025_detailed.csv';
const SOC_TITLES_CSV = 'soc_2018_direct_match_title_file.csv';

const RELEASE = 'May 2025';
const YEAR = 2025;
const SOURCE = `BLS OEWS ${RELEASE}`;
/** BLS: annual wage = hourly wage × 2,080 hours (field descriptions, and the OEWS technical notes). */
const HOURS_PER_YEAR = 2080;
/** State annual figures are stored in units of $10: BLS rounds every state annual wage to $10 (checked). */
const STATE_UNIT = 10;
/** 64 characters that need no escaping in JSON: 0–31 end a number, 32–63 carry on (see StateWages.states). */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

const POINTS: readonly PublishedPoint[] = ['p10', 'p25', 'p50', 'p75', 'p90'];
const ANNUAL_COLUMNS = ['A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90'] as const;
const HOURLY_COLUMNS = ['H_PCT10', 'H_PCT25', 'H_MEDIAN', 'H_PCT75', 'H_PCT90'] as const;
const NORMAL_QUANTILE: readonly number[] = [-1.2815515655446004, -0.6744897501960817, 0, 0.6744897501960817, 1.2815515655446004];

type Row = Readonly<Record<string, string>>;

export interface BuildStats {
  /** National detailed codes, and how many of them are published hourly only or annual only. */
  readonly detailed: number;
  readonly hourlyOnly: number;
  readonly annualOnly: number;
  /** State × detailed code pairs: the state's own figures, or none (national figures then). */
  readonly statePairs: { readonly own: number; readonly national: number; readonly extended: number };
  /** SOC 2018 detailed codes without an OEWS row, by the step that gives them figures. */
  readonly socFallbacks: Readonly<Record<'broad' | 'minor' | 'major' | 'none', readonly string[]>>;
}

export interface WageTables {
  readonly national: NationalWages;
  readonly states: StateWages;
  readonly stats: BuildStats;
}

export function buildWages(dir: string = OCCUPATIONS_DIR): WageTables {
  const topCode = readTopCode(dir);
  const nationalRows = readCsv(dir, NATIONAL_CSV);

  const detailed: Record<string, WageRow> = {};
  const extended: Record<string, PublishedPoint[]> = {};
  const hourlyOnly: string[] = [];
  let annualOnly = 0;
  const rowOf = (row: Row): WageRow | null => {
    const annual = readPoints(ANNUAL_COLUMNS.map((c) => row[c] ?? ''), topCode.annual, `${row.OCC_CODE} national`);
    if (annual !== null) {
      if (annual.extended.length > 0) extended[row.OCC_CODE ?? ''] = annual.extended;
      return annual.row;
    }
    // Hourly only (actors, dancers…): annual = hourly × 2,080, the BLS convention.
    const hourly = readPoints(HOURLY_COLUMNS.map((c) => row[c] ?? ''), topCode.hourly, `${row.OCC_CODE} national hourly`);
    if (hourly === null) return null;
    if (hourly.extended.length > 0) extended[row.OCC_CODE ?? ''] = hourly.extended;
    return hourly.row.map((h) => Math.round(h * HOURS_PER_YEAR)) as unknown as WageRow;
  };

  const byCode = new Map<string, Row>();
  for (const row of nationalRows) {
    const code = row.OCC_CODE ?? '';
    if (row.O_GROUP === 'detailed' || !byCode.has(code)) byCode.set(code, row);
    if (row.O_GROUP !== 'detailed') continue;
    const wages = rowOf(row);
    if (wages === null) throw new Error(`${code}: no national figures at all`);
    detailed[code] = wages;
    if (row.HOURLY === 'TRUE') hourlyOnly.push(code);
    if (row.ANNUAL === 'TRUE') annualOnly++;
    if ((row.HOURLY === 'TRUE') !== (row.A_MEDIAN === '*')) throw new Error(`${code}: HOURLY flag and annual figures disagree`);
  }
  const codes = Object.keys(detailed).sort();
  if (codes.length !== 830) throw new Error(`expected 830 OEWS detailed occupations, found ${codes.length}`);

  // The groups that a SOC 2018 detailed code without its own OEWS row falls back to; no others are read.
  const groups: Record<string, WageRow> = {};
  const socFallbacks: Record<'broad' | 'minor' | 'major' | 'none', string[]> = { broad: [], minor: [], major: [], none: [] };
  for (const soc of readSocCodes(dir)) {
    if (detailed[soc] !== undefined) continue;
    const steps = [['broad', `${soc.slice(0, 6)}0`], ['minor', `${soc.slice(0, 5)}00`], ['major', `${soc.slice(0, 2)}-0000`]] as const;
    const step = steps.find(([, code]) => byCode.has(code) && (detailed[code] !== undefined || rowOf(byCode.get(code) as Row) !== null));
    if (step === undefined) { socFallbacks.none.push(soc); continue; }
    const [kind, code] = step;
    socFallbacks[kind].push(soc);
    if (detailed[code] === undefined) groups[code] = rowOf(byCode.get(code) as Row) as WageRow;
  }

  const { states, stateExtended, statePairs } = buildStates(dir, codes, topCode.annual);
  const national: NationalWages = {
    about: `BLS OEWS ${RELEASE} national cross-industry wages (${NATIONAL_CSV}): p10, p25, median, p75, p90 in annual dollars per occupation. Built by scripts/build-wages.ts; see docs/benchmark.md.`,
    source: SOURCE,
    year: YEAR,
    reference: RELEASE,
    hoursPerYear: HOURS_PER_YEAR,
    topCode,
    points: POINTS,
    detailed: Object.fromEntries(codes.map((code) => [code, detailed[code] as WageRow])),
    groups: Object.fromEntries(Object.keys(groups).sort().map((code) => [code, groups[code] as WageRow])),
    hourlyOnly: hourlyOnly.sort(),
    extended: Object.fromEntries(Object.keys(extended).sort().map((code) => [code, extended[code] as PublishedPoint[]])),
  };
  const stateTable: StateWages = {
    about: `BLS OEWS ${RELEASE} state wages (${STATE_CSV}): each state's own p10–p90 per detailed occupation. Built by scripts/build-wages.ts; see docs/benchmark.md.`,
    unit: STATE_UNIT,
    digits: DIGITS,
    codes,
    states,
    extended: stateExtended,
  };
  return {
    national,
    states: stateTable,
    stats: { detailed: codes.length, hourlyOnly: hourlyOnly.length, annualOnly, statePairs, socFallbacks },
  };
}

function buildStates(dir: string, codes: readonly string[], annualTopCode: number): {
  states: Record<string, string>;
  stateExtended: Record<string, Record<string, PublishedPoint[]>>;
  statePairs: BuildStats['statePairs'];
} {
  const stateOf = new Map(Object.entries(US_STATES).map(([code, name]) => [name as string, code as UsState]));
  const rows = readCsv(dir, STATE_CSV);
  const known = new Set(codes);
  const byState = new Map<UsState, Map<string, Row>>();
  for (const row of rows) {
    if (row.RELEASE !== RELEASE) throw new Error(`${STATE_CSV}: release ${row.RELEASE ?? ''}, expected ${RELEASE}`);
    const state = stateOf.get(row.AREA_TITLE ?? '');
    if (state === undefined) throw new Error(`${STATE_CSV}: unknown area ${row.AREA_TITLE ?? ''}`);
    const code = row.OCC_CODE ?? '';
    if (!known.has(code)) throw new Error(`${STATE_CSV}: ${code} is not a national detailed occupation`);
    const inState = byState.get(state) ?? new Map<string, Row>();
    if (inState.has(code)) throw new Error(`${STATE_CSV}: ${state} ${code} twice`);
    inState.set(code, row);
    byState.set(state, inState);
  }
  if (byState.size !== Object.keys(US_STATES).length) throw new Error(`expected 50 states + DC, found ${byState.size}`);

  const states: Record<string, string> = {};
  const stateExtended: Record<string, Record<string, PublishedPoint[]>> = {};
  let own = 0;
  let national = 0;
  let extendedPairs = 0;
  for (const state of [...byState.keys()].sort()) {
    const inState = byState.get(state) as Map<string, Row>;
    const list: number[] = [];
    for (const code of codes) {
      const row = inState.get(code);
      const read = row ? readPoints(ANNUAL_COLUMNS.map((c) => row[c] ?? ''), annualTopCode, `${state} ${code}`) : null;
      if (read === null) { list.push(0); national++; continue; }
      own++;
      if (read.extended.length > 0) {
        (stateExtended[state] ??= {})[code] = read.extended;
        extendedPairs++;
      }
      // p10, then the rise to each next point: smaller numbers, the same figures.
      const units = read.row.map((value) => Math.round(value / STATE_UNIT));
      read.row.forEach((value, i) => {
        if (read.extended.includes(POINTS[i] as PublishedPoint)) return;
        if (value % STATE_UNIT !== 0) throw new Error(`${state} ${code}: ${value} is not a multiple of $${STATE_UNIT}`);
      });
      list.push(...units.map((value, i) => (i === 0 ? value : value - (units[i - 1] as number))));
    }
    states[state] = encodeNumbers(list);
  }
  return { states, stateExtended, statePairs: { own, national, extended: extendedPairs } };
}

/** Whole numbers as digits of 5 bits, lowest first; a digit from the upper half says another follows. */
export function encodeNumbers(numbers: readonly number[]): string {
  let text = '';
  for (const number of numbers) {
    if (!Number.isSafeInteger(number) || number < 0) throw new Error(`cannot encode ${number}`);
    let rest = number;
    while (rest >= 32) {
      text += DIGITS[32 + (rest % 32)];
      rest = Math.floor(rest / 32);
    }
    text += DIGITS[rest];
  }
  return text;
}

/**
 * Five published points, or null when BLS published none (`*`, or blank in the state file). A top
 * point that is `#` (at or above the top-coded wage) or blank while the lower ones are published is
 * extended: ln(wage) carried on linearly in the normal quantile from the two points below it, and for
 * `#` at least the top-coded wage. Any other gap stops the build: a new kind of gap needs a decision.
 */
export function readPoints(cells: readonly string[], topCode: number, what: string): { row: WageRow; extended: PublishedPoint[] } | null {
  if (cells.every((cell) => cell === '*' || cell === '')) return null;
  const values: (number | null)[] = cells.map((cell) => (cell === '#' || cell === '' ? null : Number(cell)));
  const extended: PublishedPoint[] = [];
  values.forEach((value, i) => {
    if (value !== null) {
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${what}: not a wage: ${JSON.stringify(cells[i])}`);
      return;
    }
    const lower = values[i - 1];
    const lowest = values[i - 2];
    if (i < 2 || lower === null || lower === undefined || lowest === null || lowest === undefined || values.slice(i + 1).some((v) => v !== null)) {
      throw new Error(`${what}: ${POINTS[i]} is ${JSON.stringify(cells[i])} where the points below are not all published`);
    }
    const z0 = NORMAL_QUANTILE[i - 2] as number;
    const z1 = NORMAL_QUANTILE[i - 1] as number;
    const z = NORMAL_QUANTILE[i] as number;
    const carried = Math.exp(Math.log(lower) + ((Math.log(lower) - Math.log(lowest)) * (z - z1)) / (z1 - z0));
    values[i] = Math.round(cells[i] === '#' ? Math.max(topCode, carried) : carried);
    extended.push(POINTS[i] as PublishedPoint);
  });
  for (let i = 1; i < values.length; i++) {
    if ((values[i] as number) < (values[i - 1] as number)) throw new Error(`${what}: points fall: ${cells.join(', ')}`);
  }
  return { row: values as unknown as WageRow, extended };
}

/** "#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year". */
function readTopCode(dir: string): { annual: number; hourly: number } {
  const text = readFileSync(path.join(dir, FIELDS_CSV), 'utf8');
  const match = /#\s*=\s*indicates a wage equal to or greater than \$([\d.]+) per hour or \$([\d,]+) per year/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`${FIELDS_CSV}: no top-code note`);
  return { hourly: Number(match[1]), annual: Number(match[2].replaceAll(',', '')) };
}

/** Every SOC 2018 detailed code, from the BLS direct-match title file. */
function readSocCodes(dir: string): string[] {
  const [, ...records] = parseCsv(readFileSync(path.join(dir, SOC_TITLES_CSV), 'utf8').replace(/^\uFEFF/, ''));
  return [...new Set(records.map((fields) => fields[0] ?? '').filter((code) => /^\d\d-\d{4}$/.test(code)))].sort();
}

/** The JSON as committed: one line per occupation and per state, so that a diff shows what changed. */
export function renderWages(tables: WageTables): { national: string; states: string } {
  const { national: n, states: s } = tables;
  const block = (entries: readonly [string, unknown][]): string =>
    entries.length === 0 ? '{}' : `{\n${entries.map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n')}\n  }`;
  const national = [
    `  "about": ${JSON.stringify(n.about)}`,
    `  "source": ${JSON.stringify(n.source)}`,
    `  "year": ${n.year}`,
    `  "reference": ${JSON.stringify(n.reference)}`,
    `  "hoursPerYear": ${n.hoursPerYear}`,
    `  "topCode": ${JSON.stringify(n.topCode)}`,
    `  "points": ${JSON.stringify(n.points)}`,
    `  "detailed": ${block(Object.entries(n.detailed))}`,
    `  "groups": ${block(Object.entries(n.groups))}`,
    `  "hourlyOnly": ${JSON.stringify(n.hourlyOnly)}`,
    `  "extended": ${block(Object.entries(n.extended))}`,
  ];
  const states = [
    `  "about": ${JSON.stringify(s.about)}`,
    `  "unit": ${s.unit}`,
    `  "digits": ${JSON.stringify(s.digits)}`,
    `  "codes": ${JSON.stringify(s.codes)}`,
    `  "states": ${block(Object.entries(s.states))}`,
    `  "extended": ${block(Object.entries(s.extended))}`,
  ];
  return { national: `{\n${national.join(',\n')}\n}\n`, states: `{\n${states.join(',\n')}\n}\n` };
}

export function readCsv(dir: string, file: string): Row[] {
  const [header, ...records] = parseCsv(readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, ''));
  if (!header) throw new Error(`${file} is empty`);
  return records
    .filter((fields) => fields.length > 1)
    .map((fields) => Object.fromEntries(header.map((name, i) => [name, (fields[i] ?? '').trim()])));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const tables = buildWages();
  const rendered = renderWages(tables);
  const built = performance.now() - started;
  writeFileSync(WAGES_NATIONAL_JSON, rendered.national);
  writeFileSync(WAGES_STATES_JSON, rendered.states);
  const { stats } = tables;
  for (const [file, text] of [[WAGES_NATIONAL_JSON, rendered.national], [WAGES_STATES_JSON, rendered.states]] as const) {
    console.log(`wrote ${path.relative(repoRoot, file)}: ${Buffer.byteLength(text).toLocaleString('en-US')} bytes`);
  }
  console.log(`built in ${built.toFixed(0)} ms`);
  console.log(`national: ${stats.detailed} detailed occupations (${stats.hourlyOnly} hourly only, ${stats.annualOnly} annual only), ${Object.keys(tables.national.groups).length} fallback groups, ${Object.keys(tables.national.extended).length} with extended points`);
  console.log(`states: ${stats.statePairs.own} state × occupation pairs with the state's own figures, ${stats.statePairs.national} without (national figures used), ${stats.statePairs.extended} with an extended top point`);
  for (const [kind, socs] of Object.entries(stats.socFallbacks)) {
    console.log(`SOC 2018 codes without an OEWS row → ${kind}: ${socs.length}${socs.length > 0 ? ` (${socs.slice(0, 6).join(', ')}${socs.length > 6 ? ', …' : ''})` : ''}`);
  }
}
