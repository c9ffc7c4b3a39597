// How much job is in one posting: the areas its duties touch, and how many job families
// (taxonomy.md) they touch with real weight: "about N jobs in one".

import { FAMILY_OF } from './vocabulary/areas';
import type { DutyReading } from './responsibilities';
import { AREAS, type Area } from './types';

/** A family counts once its duties add up to this much: half a duty of its own, e.g. one bullet it shares with one other family. */
export const FAMILY_WEIGHT = 0.5;

export interface AreaTally {
  readonly area: Area;
  /** Duties that touch the area. */
  readonly count: number;
}

export function tallyAreas(duties: readonly DutyReading[]): AreaTally[] {
  const counts = new Map<Area, number>();
  for (const duty of duties) for (const area of duty.areas) counts.set(area, (counts.get(area) ?? 0) + 1);
  return AREAS.filter((a) => counts.has(a)).map((area) => ({ area, count: counts.get(area)! }));
}

/**
 * Families with real weight. Each duty spreads one unit over the families it touches, so a
 * bullet that only says "design graphics" gives creative production a whole unit, while a
 * passing mention inside a long sentence about something else gives it a fraction.
 */
export function familiesBundled(duties: readonly DutyReading[]): string[] {
  const weight = new Map<string, number>();
  for (const duty of duties) {
    if (duty.from === 'requirements') continue;
    const families = [...new Set(duty.areas.map((a) => FAMILY_OF[a]).filter((f): f is string => f !== null))];
    for (const f of families) weight.set(f, (weight.get(f) ?? 0) + 1 / families.length);
  }
  return [...weight.entries()].filter(([, w]) => w >= FAMILY_WEIGHT - 1e-9).map(([f]) => f);
}
