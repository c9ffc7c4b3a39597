// How many cases a property runs. CI (CI=true) runs at least 10,000 per property, as issue 7 asks;
// a local run takes 500 so that `npx vitest` stays quick. Every property reads its count here.
// The few properties whose single case costs milliseconds (a happy-dom page, a whole corpus
// posting through analyze()) run a stated fraction and say why beside their count.

export const CI = Boolean(process.env.CI);

/** Cases per property: 10,000 in CI, 500 locally. */
export const RUNS = CI ? 10_000 : 500;

/** fast-check options for `count` cases; a failure prints its seed and the shrunk case to replay. */
export function runs(count: number = RUNS): { numRuns: number } {
  return { numRuns: count };
}

/**
 * Vitest's per-test timeout for a property of `count` cases costing about `msPerCase` each, with a
 * wide margin: slow CI machines, and the case generation itself.
 */
export function timeoutFor(count: number, msPerCase: number): number {
  return Math.max(30_000, Math.ceil(count * msPerCase * 4));
}
