import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCHMARK_SOURCE, BENCHMARK_TABLE, BENCHMARK_YEAR, marketRate, payPercentile } from '../../analyzers/benchmark';
import { US_STATES, type Region, type UsState } from '../../analyzers/location';
import { LEVELS, type Level } from '../../analyzers/types';
import { BENCHMARK_JSON, buildBenchmark, renderBenchmark } from '../../scripts/build-benchmark';

const NATIONAL: Region = { kind: 'national' };
const state = (code: UsState): Region => ({ kind: 'state', state: code });

describe('the benchmark data', () => {
  it('is exactly what scripts/build-benchmark.ts makes from ../shared/data/salary', () => {
    expect(readFileSync(BENCHMARK_JSON, 'utf8')).toBe(renderBenchmark(buildBenchmark()));
  });

  it('names BLS OEWS May 2025 as its source for the UI', () => {
    expect(BENCHMARK_SOURCE).toBe('BLS OEWS May 2025');
    expect(BENCHMARK_YEAR).toBe(2025);
  });

  it('has a ratio for every state and DC', () => {
    expect(Object.keys(BENCHMARK_TABLE.states).sort()).toEqual(Object.keys(US_STATES).sort());
  });
});

describe('marketRate', () => {
  // Checked by hand against oews_national.csv (YEAR=2025: A_PCT10, A_PCT25, A_MEDIAN, A_PCT75) and
  // derived_levels_2025.csv (A_P17/A_P34/A_P67 *_est); each figure is the mean of the two SOCs.
  const expected: Record<Level, [number, number, number]> = {
    // 00-0000 H_PCT25 18.07; 27-3031/13-1161 H_PCT10 21.21/20.86; H_P17_est 24.18/24.47; × 2,080
    intern: [Math.round(18.07 * 2080), Math.round(((21.21 + 20.86) / 2) * 2080), Math.round(((24.18 + 24.47) / 2) * 2080)],
    // 27-3031 / 13-1161: p10, ≈p17 (Level I), p25
    entry: [(44_110 + 43_390) / 2, (50_290 + 50_910) / 2, (56_260 + 58_350) / 2],
    // p25, ≈p34 (Level II), median
    mid: [(56_260 + 58_350) / 2, (62_830 + 65_560) / 2, (74_750 + 78_760) / 2],
    // median, ≈p67 (Level IV), p75
    senior: [(74_750 + 78_760) / 2, (90_590 + 96_950) / 2, (100_370 + 108_310) / 2],
    // 11-2021 / 11-2032: p25, ≈p34 (Level II), median
    head: [(123_020 + 106_580) / 2, (138_460 + 120_730) / 2, (166_790 + 146_910) / 2],
    // median, ≈p67 (Level IV), p75
    executive: [(166_790 + 146_910) / 2, (197_670 + 182_290) / 2, (216_410 + 204_520) / 2],
  };

  it.each(LEVELS)('gives the documented national p25/p50/p75 for %s', (level) => {
    const [p25, p50, p75] = expected[level];
    expect(marketRate(level, NATIONAL)).toMatchObject({ level, region: 'US', annual: { p25, p50, p75 } });
  });

  it('rises monotonically from intern to executive at every percentile, nationally and in every state', () => {
    const regions: Region[] = [NATIONAL, ...Object.keys(US_STATES).map((code) => state(code as UsState))];
    for (const region of regions) {
      for (let i = 1; i < LEVELS.length; i++) {
        const lower = marketRate(LEVELS[i - 1] as Level, region).annual;
        const higher = marketRate(LEVELS[i] as Level, region).annual;
        expect(higher.p25, `${LEVELS[i]} p25 in ${JSON.stringify(region)}`).toBeGreaterThan(lower.p25);
        expect(higher.p50, `${LEVELS[i]} p50 in ${JSON.stringify(region)}`).toBeGreaterThan(lower.p50);
        expect(higher.p75, `${LEVELS[i]} p75 in ${JSON.stringify(region)}`).toBeGreaterThan(lower.p75);
      }
    }
  });

  it('gives a Texas entry rate equal to the national rate times the Texas ratio', () => {
    // oews_state.csv May 2025, Texas: 27-3031 A_MEDIAN 65,160; 13-1161 A_MEDIAN 72,520.
    const ratio = Math.round(((65_160 + 72_520) / (74_750 + 78_760)) * 1000) / 1000;
    expect(ratio).toBe(0.897);
    const national = marketRate('entry', NATIONAL).annual;
    const texas = marketRate('entry', { kind: 'state', state: 'TX', city: 'Austin' });
    expect(texas.region).toBe('US-TX');
    expect(texas.annual).toEqual({
      p25: Math.round(national.p25 * ratio),
      p50: Math.round(national.p50 * ratio),
      p75: Math.round(national.p75 * ratio),
    });
    expect(texas.source).toBe('BLS OEWS May 2025 (27-3031, 13-1161), p10–p25, median at DOL Level I (≈p17); TX ratio 0.897');
  });

  it('scales head and executive levels by the managers\' state ratio', () => {
    // oews_state.csv May 2025, California: 11-2021 A_MEDIAN 193,620; 11-2032 A_MEDIAN 167,980.
    const ratio = Math.round(((193_620 + 167_980) / (166_790 + 146_910)) * 1000) / 1000;
    expect(marketRate('head', state('CA')).annual.p50).toBe(Math.round(129_595 * ratio));
  });

  it('falls back to the specialists\' ratio where a state publishes no manager median (Vermont)', () => {
    // oews_state.csv May 2025 has no 11-2021 or 11-2032 median for Vermont; 27-3031 66,060, 13-1161 74,880.
    const ratio = Math.round(((66_060 + 74_880) / (74_750 + 78_760)) * 1000) / 1000;
    const vermont = marketRate('head', state('VT'));
    expect(vermont.annual.p50).toBe(Math.round(129_595 * ratio));
    expect(vermont.source).toContain('no VT median for 11-2021, 11-2032');
  });

  it('says when only one manager SOC is published (Delaware has 11-2032 only)', () => {
    expect(marketRate('executive', state('DE')).source).toContain('DE ratio 1.042 (11-2032 only)');
  });

  it.each<[string, Region]>([
    ['unknown', { kind: 'unknown' }],
    ['foreign', { kind: 'foreign', country: 'Germany' }],
  ])('uses the national figures for an %s region', (_name, region) => {
    expect(marketRate('mid', region)).toEqual(marketRate('mid', NATIONAL));
  });
});

describe('payPercentile', () => {
  const regions: Region[] = [NATIONAL, state('TX'), state('VT'), state('DC')];

  it('returns 25, 50 and 75 at the exact p25, p50 and p75 of every level and region', () => {
    for (const region of regions) {
      for (const level of LEVELS) {
        const { p25, p50, p75 } = marketRate(level, region).annual;
        expect([payPercentile(p25, level, region), payPercentile(p50, level, region), payPercentile(p75, level, region)]).toEqual([25, 50, 75]);
      }
    }
  });

  it('interpolates on a log scale, not a linear one, between the quartiles', () => {
    const senior = marketRate('senior', NATIONAL).annual;
    expect(payPercentile(senior.p50 * (senior.p75 / senior.p50) ** 0.4, 'senior', NATIONAL)).toBe(60);
    // 40% of the way from p25 to p50 in log pay is the 35th percentile; a linear scale would say 34.
    const executive = marketRate('executive', NATIONAL).annual;
    expect(payPercentile(executive.p25 * (executive.p50 / executive.p25) ** 0.4, 'executive', NATIONAL)).toBe(35);
  });

  it('holds the percentile within 1–99 far outside the band', () => {
    expect(payPercentile(15_000, 'head', NATIONAL)).toBe(1);
    expect(payPercentile(2_000_000, 'entry', NATIONAL)).toBe(99);
    expect(payPercentile(0, 'intern', NATIONAL)).toBe(1);
  });

  it('places $55,000 for a Manhattan specialist (corpus linkedin2023-030) below the New York mid-level median', () => {
    const newYork: Region = { kind: 'state', state: 'NY', city: 'Manhattan' };
    expect(payPercentile(55_000, 'mid', newYork)).toBeLessThan(25);
  });

  it('treats a pay that is not a number as a bug', () => {
    expect(() => payPercentile(Number.NaN, 'mid', NATIONAL)).toThrow(RangeError);
  });
});
