// How many cases a property runs. CI (CI=true) runs at least 10,000 per property, as issue 7 asks;
// a local run takes 500 so that `npx vitest` stays quick. Every property reads its count here.
// The few properties whose single case costs milliseconds (a happy-dom page, a whole corpus
// posting through analyze()) run a stated fraction and say why beside their count.

/** CI=true (or 1), as CI services set it. */
export const CI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

/** Cases per property: 10,000 in CI, 500 locally. */
export const RUNS = CI ? 10_000 : 500;

/** fast-check options for `count` cases; a failure prints its seed and the shrunk case to replay. */
export function runs(count: number = RUNS): { numRuns: number } {
  return { numRuns: count };
}

/**
 * Vitest's per-test timeout for a property file: ten times what a property takes on an idle
 * two-core machine (at most ~30 s), so that a busy CI machine does not fail it, while a hang
 * still ends. Each file sets it with vi.setConfig.
 */
export const PROPERTY_TIMEOUT = 300_000;
