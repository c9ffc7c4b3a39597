import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { US_STATES, type Region, type UsState } from '../../analyzers/location';
import { LEVELS, type Level } from '../../analyzers/types';
import {
  LEVEL_POINTS, decodeNumbers, WAGES_REFERENCE, WAGES_SOURCE, WAGES_YEAR, hasWages, occupationRate, percentileIn, pointOf,
  type OccupationRate, type WageRow,
} from '../../analyzers/wages';
import national from '../../analyzers/data/wages-national.json';
import states from '../../analyzers/data/wages-states.json';
import { buildWages, encodeNumbers, OCCUPATIONS_DIR, readCsv, readPoints, renderWages, WAGES_NATIONAL_JSON, WAGES_STATES_JSON } from '../../scripts/build-wages';

const US: Region = { kind: 'national' };
const state = (code: UsState): Region => ({ kind: 'state', state: code });
const rate = (soc: string, level: Level, region: Region): OccupationRate => {
  const found = occupationRate(soc, level, region);
  if (found === null) throw new Error(`no rate for ${soc}`);
  return found;
};
const NORMAL = { p10: -1.2815515655446004, p17: -0.9541652531461942, p25: -0.6744897501960817 };

describe('the wage tables', () => {
  const tables = buildWages();

  it('are exactly what scripts/build-wages.ts makes from ../shared/data/occupations', () => {
    const rendered = renderWages(tables);
    expect(readFileSync(WAGES_NATIONAL_JSON, 'utf8')).toBe(rendered.national);
    expect(readFileSync(WAGES_STATES_JSON, 'utf8')).toBe(rendered.states);
  });

  it('hold all 830 OEWS detailed occupations and every state and DC', () => {
    expect(Object.keys(national.detailed)).toHaveLength(830);
    expect(Object.keys(states.states).sort()).toEqual(Object.keys(US_STATES).sort());
    expect(states.codes).toEqual(Object.keys(national.detailed));
  });

  it('read the top-coded wage from the BLS field descriptions', () => {
    // national_M2025_dl__Field_Descriptions.csv: "#  = … $115.00 per hour or $239,200 per year"
    expect(national.topCode).toEqual({ hourly: 115, annual: 239_200 });
  });

  it('name BLS OEWS May 2025 for the UI', () => {
    expect(WAGES_SOURCE).toBe('BLS OEWS May 2025');
    expect(WAGES_YEAR).toBe(2025);
    expect(WAGES_REFERENCE).toBe('May 2025');
  });
});

describe('occupationRate: national figures as BLS publishes them', () => {
  // Medians cross-checked in ../shared/data/occupations/README.md. The median is mid's p75 and senior's p25.
  it.each([
    ['29-1141', 97_550], ['15-1252', 135_980], ['41-2031', 35_410], ['27-3031', 74_750], ['13-2011', 83_680],
  ])('%s has the published national median $%i', (soc, median) => {
    expect(rate(soc, 'mid', US).annual.p75).toBe(median);
    expect(rate(soc, 'senior', US).annual.p25).toBe(median);
    expect(hasWages(soc)).toBe(true);
  });

  it('makes each level of Registered Nurses from the published points (national_M2025_dl.csv, 29-1141)', () => {
    // A_PCT10 68,940; A_PCT25 80,330; A_MEDIAN 97,550; A_PCT75 112,350; A_PCT90 137,470.
    const p17 = Math.exp(Math.log(68_940) + (Math.log(80_330 / 68_940) * (NORMAL.p17 - NORMAL.p10)) / (NORMAL.p25 - NORMAL.p10));
    const entry = rate('29-1141', 'entry', US);
    expect(entry).toEqual({
      soc: '29-1141', level: 'entry', region: 'US', annual: { p25: 68_940, p50: Math.round(p17), p75: 80_330 },
      currency: 'USD', source: 'BLS OEWS May 2025, 29-1141, United States',
      basis: { place: 'national', occupation: 'detailed', code: '29-1141', note: null },
    });
    expect(rate('29-1141', 'head', US).annual.p50).toBe(112_350);
    expect(rate('29-1141', 'executive', US).annual.p50).toBe(137_470);
    expect(rate('29-1141', 'intern', US).annual.p50).toBe(68_940);
  });

  it('puts the DOL level cuts where the salary folder\'s derived file puts them (±$10)', () => {
    // ../shared/data/salary/derived_levels_2025.csv, A_P17/A_P34/A_P67 *_est, made the same way by another hand.
    const derived = { '27-3031': [50_290, 62_830, 90_590], '13-1161': [50_910, 65_560, 96_950] } as const;
    for (const [soc, [p17, p34, p67]] of Object.entries(derived)) {
      expect(Math.abs(rate(soc, 'entry', US).annual.p50 - p17)).toBeLessThanOrEqual(10);
      expect(Math.abs(rate(soc, 'mid', US).annual.p50 - p34)).toBeLessThanOrEqual(10);
      expect(Math.abs(rate(soc, 'senior', US).annual.p50 - p67)).toBeLessThanOrEqual(10);
    }
  });

  it('uses the annual figures of annual-only occupations without a note (25-2021 Elementary School Teachers)', () => {
    // national_M2025_dl.csv: ANNUAL=TRUE, hourly `*`, A_MEDIAN 63,970.
    const teachers = rate('25-2021', 'mid', US);
    expect(teachers.annual.p75).toBe(63_970);
    expect(teachers.basis.note).toBeNull();
  });

  it('annualises hourly-only occupations at 2,080 hours and says so (27-2011 Actors)', () => {
    // national_M2025_dl.csv: HOURLY=TRUE, annual `*`; H_PCT25 20.34, H_MEDIAN 29.05.
    const actors = rate('27-2011', 'mid', US);
    expect(actors.annual.p25).toBe(Math.round(20.34 * 2080));
    expect(actors.annual.p75).toBe(Math.round(29.05 * 2080));
    expect(actors.basis).toMatchObject({ place: 'national', occupation: 'detailed', code: '27-2011' });
    expect(actors.basis.note).toContain('hourly × 2,080');
    expect(rate('27-3031', 'mid', US).basis.note).toBeNull();
  });
});

describe('occupationRate: a state\'s own figures', () => {
  it('gives Texas nurses the Texas points (state_M2025_detailed.csv, Texas 29-1141)', () => {
    // A_PCT10 67,120; A_PCT25 79,170; A_MEDIAN 95,970; A_PCT75 105,100; A_PCT90 127,950.
    const texas = rate('29-1141', 'mid', { kind: 'state', state: 'TX', city: 'Austin' });
    expect(texas.region).toBe('US-TX');
    expect(texas.annual.p25).toBe(79_170);
    expect(texas.annual.p75).toBe(95_970);
    expect(texas.source).toBe('BLS OEWS May 2025, 29-1141, Texas');
    expect(texas.basis).toEqual({ place: 'state', occupation: 'detailed', code: '29-1141', note: null });
    expect(rate('29-1141', 'entry', state('TX')).annual).toMatchObject({ p25: 67_120, p75: 79_170 });
    expect(rate('29-1141', 'executive', state('TX')).annual.p50).toBe(127_950);
  });

  it('falls back to national figures when the state publishes a blank row (Alabama, 15-1254 Web Developers)', () => {
    const web = rate('15-1254', 'mid', state('AL'));
    expect(web.region).toBe('US');
    expect(web.annual).toEqual(rate('15-1254', 'mid', US).annual);
    expect(web.basis).toEqual({ place: 'national', occupation: 'detailed', code: '15-1254', note: 'No Alabama figures for this occupation; national figures used.' });
  });

  it('falls back to national figures when the state has no row at all (Nevada, 29-1024 Prosthodontists)', () => {
    expect(rate('29-1024', 'senior', state('NV')).basis.note).toBe('No Nevada figures for this occupation; national figures used.');
  });

  it('says why an hourly-only occupation has no state figures (Alabama publishes only H_MEAN/H_MEDIAN for 27-2011)', () => {
    const actors = rate('27-2011', 'mid', state('AL'));
    expect(actors.basis.place).toBe('national');
    expect(actors.basis.note).toContain('Alabama');
    expect(actors.basis.note).toContain('hourly × 2,080');
  });

  it('extends a blank state p90 and says so only where a level uses it (Minnesota, 29-1242)', () => {
    // state_M2025_detailed.csv: Minnesota 29-1242 A_PCT75 809,530, A_PCT90 blank.
    const executive = rate('29-1242', 'executive', state('MN'));
    expect(executive.basis.place).toBe('state');
    expect(executive.annual.p50).toBeGreaterThan(809_530);
    expect(executive.basis.note).toBe('BLS does not publish the Minnesota p90 for this occupation; it is extended from the points below.');
    expect(rate('29-1242', 'head', state('MN')).basis.note).toContain('p90');
    expect(rate('29-1242', 'senior', state('MN')).basis.note).toBeNull();
    expect(rate('29-1242', 'senior', state('MN')).annual.p75).toBe(809_530);
  });
});

describe('the state lists', () => {
  it('decode to what was encoded, across digit boundaries', () => {
    const numbers = [0, 1, 31, 32, 1023, 1024, 4411, 94_656, 2 ** 30];
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    // 31 is the last ending digit 'V'; 32 is 'W' (carry, 0) then '1'.
    expect(encodeNumbers([0, 31, 32])).toBe('0VW1');
  });

  it('give back every figure of the BLS state file (state_M2025_detailed.csv), row by row', () => {
    const stateOf = new Map(Object.entries(US_STATES).map(([code, name]) => [name as string, code as UsState]));
    const wrong: string[] = [];
    let checked = 0;
    for (const row of readCsv(OCCUPATIONS_DIR, 'oews-state-M2025/state_M2025_detailed.csv')) {
      if (row.A_MEDIAN === '' || row.A_PCT90 === '') continue;
      const region = state(stateOf.get(row.AREA_TITLE ?? '') as UsState);
      const soc = row.OCC_CODE ?? '';
      const published = [row.A_PCT10, row.A_PCT25, row.A_MEDIAN, row.A_PCT75, row.A_PCT90].map(Number);
      const found = [
        rate(soc, 'entry', region).annual.p25, rate(soc, 'mid', region).annual.p25, rate(soc, 'mid', region).annual.p75,
        rate(soc, 'senior', region).annual.p75, rate(soc, 'executive', region).annual.p50,
      ];
      if (found.join() !== published.join() || rate(soc, 'mid', region).basis.place !== 'state') wrong.push(`${row.AREA_TITLE} ${soc}`);
      checked++;
    }
    expect(checked).toBe(34_518);
    expect(wrong).toEqual([]);
  });
});

describe('reading a row of points', () => {
  // 11-1011 Chief Executives, national May 2025: 75,700 / 129,540 / 213,990 / 356,200 / 507,730. Earlier
  // releases printed `#` for its upper points; the same row with `#` there shows the top-code rule.
  it('carries a top-coded `#` point on from the two below it, never under the top-code', () => {
    const read = readPoints(['75700', '129540', '213990', '#', '#'], 239_200, 'test');
    const p75 = Math.round(Math.exp(Math.log(213_990) + Math.log(213_990 / 129_540)));
    expect(read?.extended).toEqual(['p75', 'p90']);
    expect(read?.row[3]).toBe(p75);
    expect(read?.row[4]).toBeGreaterThan(p75);
    expect(readPoints(['75700', '129540', '213990', '214000', '#'], 239_200, 'test')?.row[4]).toBe(239_200);
  });

  it('gives null for a row with nothing published, and stops on a gap it has no rule for', () => {
    expect(readPoints(['*', '*', '*', '*', '*'], 239_200, 'test')).toBeNull();
    expect(readPoints(['', '', '', '', ''], 239_200, 'test')).toBeNull();
    expect(() => readPoints(['75700', '', '213990', '356200', '507730'], 239_200, 'test')).toThrow(/not all published/);
    expect(() => readPoints(['75700', '#', '213990', '356200', '507730'], 239_200, 'test')).toThrow(/not all published/);
    expect(() => readPoints(['75700', '*', '213990', '356200', '507730'], 239_200, 'test')).toThrow(/not a wage/);
    expect(() => readPoints(['75700', '129540', '113990', '356200', '507730'], 239_200, 'test')).toThrow(/fall/);
  });
});

describe('occupationRate: the group fallbacks, on SOC 2018 codes OEWS does not publish', () => {
  it('uses the broad group (21-1011 Substance Abuse Counselors → 21-1010 Counselors)', () => {
    // national_M2025_dl.csv 21-1010 (broad): A_MEDIAN 60,320.
    const counselors = rate('21-1011', 'mid', state('TX'));
    expect(counselors.soc).toBe('21-1011');
    expect(counselors.annual.p75).toBe(60_320);
    expect(counselors.source).toBe('BLS OEWS May 2025, 21-1010, United States');
    expect(counselors.basis).toEqual({ place: 'national', occupation: 'broad', code: '21-1010', note: 'No figures for 21-1011; national figures for its broad group 21-1010 used.' });
  });

  it('answers a group code asked for directly with its own national row (21-1010 in Texas)', () => {
    expect(rate('21-1010', 'mid', US).basis).toEqual({ place: 'national', occupation: 'broad', code: '21-1010', note: null });
    expect(rate('21-1010', 'mid', state('TX')).basis.note).toBe('No Texas figures for this occupation group; national figures used.');
  });

  it('finds a combined OEWS code as the broad group (13-1021 → 13-1020 Buyers and Purchasing Agents)', () => {
    // 13-1020 A_MEDIAN 77,710.
    expect(rate('13-1021', 'mid', US)).toMatchObject({ annual: { p75: 77_710 }, basis: { occupation: 'broad', code: '13-1020' } });
    expect(rate('13-1020', 'mid', US).basis).toEqual({ place: 'national', occupation: 'detailed', code: '13-1020', note: null });
  });

  it('uses the minor group (11-1031 Legislators → 11-1000 Top Executives)', () => {
    // 11-1000 (minor): A_MEDIAN 108,510.
    expect(rate('11-1031', 'mid', US)).toMatchObject({ annual: { p75: 108_510 }, basis: { place: 'national', occupation: 'minor', code: '11-1000', note: 'No figures for 11-1031; those of its minor group 11-1000 used.' } });
  });

  it('uses the major group (45-3031 Fishing and Hunting Workers → 45-0000)', () => {
    // 45-0000 (major): A_MEDIAN 36,630.
    expect(rate('45-3031', 'mid', US)).toMatchObject({ annual: { p75: 36_630 }, basis: { occupation: 'major', code: '45-0000' } });
  });

  it('gives null only when nothing in the chain has figures (55-1011, military; malformed codes)', () => {
    expect(occupationRate('55-1011', 'mid', US)).toBeNull();
    expect(hasWages('55-1011')).toBe(false);
    expect(occupationRate('29-114', 'mid', US)).toBeNull();
    expect(hasWages('')).toBe(false);
  });
});

describe('the level bands', () => {
  it('rise from intern to executive at every percentile for every occupation, nationally and in every state', () => {
    // Plain comparisons gathered into one list: 52 places × 830 occupations × 6 levels is too many expect() calls.
    const falling: string[] = [];
    let checked = 0;
    const regions: Region[] = [US, ...Object.keys(US_STATES).map((code) => state(code as UsState))];
    for (const region of regions) {
      for (const soc of states.codes) {
        const bands = LEVELS.map((level) => rate(soc, level, region).annual);
        bands.forEach((band, i) => {
          const lower = bands[i - 1];
          const inOrder = band.p25 <= band.p50 && band.p50 <= band.p75
            && (lower === undefined || (band.p25 >= lower.p25 && band.p50 >= lower.p50 && band.p75 >= lower.p75));
          if (!inOrder) falling.push(`${soc} ${LEVELS[i]} ${JSON.stringify(region)}`);
        });
        checked++;
      }
    }
    expect(checked).toBe(52 * 830);
    expect(falling).toEqual([]);
  });

  it('centres every level on a point between its neighbours, the level points in quantile order', () => {
    const order = ['p5', 'p10', 'p17', 'p25', 'p34', 'p50', 'p67', 'p75', 'p83', 'p90', 'p95'];
    for (const level of LEVELS) {
      const [a, b, c] = LEVEL_POINTS[level].map((point) => order.indexOf(point));
      expect(a, level).toBeLessThan(b as number);
      expect(b, level).toBeLessThan(c as number);
    }
    const row: WageRow = [68_940, 80_330, 97_550, 112_350, 137_470];
    expect(pointOf(row, 'p5')).toBeLessThan(68_940);
    expect(pointOf(row, 'p95')).toBeGreaterThan(137_470);
    expect(pointOf(row, 'p83')).toBeGreaterThan(112_350);
    expect(pointOf(row, 'p83')).toBeLessThan(137_470);
  });

  // Today's specialist group (docs/benchmark.md before this change, §3): the plain mean of 27-3031 and
  // 13-1161 at each point; the intern band from hourly figures. Each occupation alone should sit within
  // 6 % of the group: they are the group's two halves (medians 74,750 and 78,760 around 76,755).
  const SPECIALIST_GROUP: Readonly<Record<'intern' | 'entry' | 'mid' | 'senior', readonly [number, number, number]>> = {
    intern: [37_586, 43_753, 50_596],
    entry: [43_750, 50_600, 57_305],
    mid: [57_305, 64_195, 76_755],
    senior: [76_755, 93_770, 104_340],
  };

  it.each(['27-3031', '13-1161'])('gives %s bands close to the old specialist group from intern to senior', (soc) => {
    for (const [level, group] of Object.entries(SPECIALIST_GROUP)) {
      const { p25, p50, p75 } = rate(soc, level as Level, US).annual;
      [p25, p50, p75].forEach((value, i) => {
        expect(Math.abs(value / (group[i] as number) - 1), `${soc} ${level} ${i}`).toBeLessThan(0.06);
      });
    }
  });
});

describe('percentileIn', () => {
  const nurse = rate('29-1141', 'mid', state('TX'));

  it('gives 25, 50 and 75 at the band\'s points', () => {
    expect(percentileIn(nurse.annual.p25, nurse)).toBe(25);
    expect(percentileIn(nurse.annual.p50, nurse)).toBe(50);
    expect(percentileIn(nurse.annual.p75, nurse)).toBe(75);
  });

  it('is linear in log pay between the points', () => {
    const fifthAbove = Math.exp(Math.log(nurse.annual.p50) + (Math.log(nurse.annual.p75) - Math.log(nurse.annual.p50)) / 5);
    expect(percentileIn(fifthAbove, nurse)).toBe(55);
    const fifthBelow = Math.exp(Math.log(nurse.annual.p50) - (Math.log(nurse.annual.p50) - Math.log(nurse.annual.p25)) / 5);
    expect(percentileIn(fifthBelow, nurse)).toBe(45);
  });

  it('holds within 1–99 and throws on a non-number', () => {
    expect(percentileIn(0, nurse)).toBe(1);
    expect(percentileIn(10_000_000, nurse)).toBe(99);
    expect(() => percentileIn(Number.NaN, nurse)).toThrow(RangeError);
  });
});
