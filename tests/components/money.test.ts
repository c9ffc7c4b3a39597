// Money in the posting's own currency, as its readers write it.
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyRange } from '../../components/money';
import { niceScale } from '../../components/pay-chart';

describe('formatMoney', () => {
  it.each<[number, string, string]>([
    [388_847, 'INR', '₹3.9L'],
    [1_633_193, 'INR', '₹16.3L'],
    [12_000_000, 'INR', '₹1.2Cr'],
    [45_000, 'INR', '₹45,000'],
    [45_000, 'EUR', '45\u202fk€'],
    [3_200, 'EUR', '3\u202f200\u202f€'],
    [20_000, 'MXN', 'MX$20,000'],
    [130_000, 'AUD', 'A$130,000'],
    [65_000, 'CAD', 'CA$65,000'],
    [42_000, 'USD', '$42,000'],
    [22.38, 'USD', '$22.38'],
    [45_000, 'GBP', '£45,000'],
  ])('%d %s → %s', (amount, currency, shown) => {
    expect(formatMoney(amount, currency)).toBe(shown);
  });

  it('writes the Indian range of issue 13 as people write it', () => {
    expect(formatMoneyRange(388_847, 1_633_193, 'INR')).toBe('₹3.9L–₹16.3L');
  });

  it('gives an axis labels that differ ("₹2M ₹2M" was two ticks of ₹2.0M and ₹2.5M)', () => {
    const { ticks } = niceScale(1_900_000, 3_100_000);
    const step = ticks[1]! - ticks[0]!;
    const labels = ticks.map((t) => formatMoney(t, 'INR', { compact: true, step }));
    expect(new Set(labels).size).toBe(labels.length);
    const dollars = niceScale(80_000, 95_000).ticks.map((t, _, all) => formatMoney(t, 'USD', { compact: true, step: all[1]! - all[0]! }));
    expect(new Set(dollars).size).toBe(dollars.length);
  });

  it('shows a currency it has no sign for by its code', () => {
    expect(formatMoney(50_000, 'CHF')).toMatch(/^CHF\s50,000$/);
  });
});
