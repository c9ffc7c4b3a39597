// The history's rate limit per tab: a burst, then one more every HISTORY_EVERY_MS.

import { describe, expect, it } from 'vitest';
import { HISTORY_BURST, HISTORY_EVERY_MS, RateLimit } from '../../extension/rate-limit';

describe('the rate limit', () => {
  it('lets a burst through, then one more per interval, per key', () => {
    const limit = new RateLimit<number>();
    const allowed = (key: number, at: number) => limit.take(key, at);
    for (let i = 0; i < HISTORY_BURST; i++) expect(allowed(1, i * 420)).toBe(true);
    expect(allowed(1, HISTORY_BURST * 420)).toBe(false);
    // Another tab has its own allowance.
    expect(allowed(2, HISTORY_BURST * 420)).toBe(true);
    expect(allowed(1, HISTORY_BURST * 420 + HISTORY_EVERY_MS)).toBe(true);
    expect(allowed(1, HISTORY_BURST * 420 + HISTORY_EVERY_MS + 420)).toBe(false);
  });

  it('gives a forgotten key a fresh allowance', () => {
    const limit = new RateLimit<number>(1, 60_000);
    expect(limit.take(1, 0)).toBe(true);
    expect(limit.take(1, 1)).toBe(false);
    limit.forget(1);
    expect(limit.take(1, 2)).toBe(true);
  });
});
