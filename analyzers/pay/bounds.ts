// Open-ended pay ("up to $65,000", "from $18 an hour") has one end null. Where a consumer needs two
// numbers (a midpoint, a chart bar, a range in words), the figure counts by its one bound: that is
// all the posting promises, and scoring a ceiling as if it were the pay is the generous reading.

import type { PayRange } from '../types';

/** Both ends, the missing one taken from the other: "up to 65,000" → 65,000–65,000. */
export function filled(range: PayRange): { min: number; max: number } {
  const min = range.min ?? range.max ?? 0;
  const max = range.max ?? range.min ?? 0;
  return { min, max };
}

/** The middle of a range; an open-ended figure's one bound. */
export function midpointOf(range: PayRange): number {
  const { min, max } = filled(range);
  return (min + max) / 2;
}
