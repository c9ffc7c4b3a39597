// How many history entries one tab may add: a few at once, then one more every so often. A page
// that swaps its posting every 420 ms planted 69 entries in 30 s before this (tests/e2e/page-attacks.test.ts);
// a person clicking through a search list reads a job in more than a few seconds.

/** Entries a tab may add at once. */
export const HISTORY_BURST = 5;
/** A tab earns one more entry this often. */
export const HISTORY_EVERY_MS = 10_000;

/** A token bucket per key: `take` says whether one more is allowed now, and uses it up if so. */
export class RateLimit<K> {
  private readonly buckets = new Map<K, { tokens: number; at: number }>();

  constructor(
    private readonly burst = HISTORY_BURST,
    private readonly everyMs = HISTORY_EVERY_MS,
  ) {}

  take(key: K, now: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.everyMs);
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    return allowed;
  }

  forget(key: K): void {
    this.buckets.delete(key);
  }
}
