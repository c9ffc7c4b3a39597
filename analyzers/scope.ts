// How much job is in one posting: the areas its duties touch, and how many job families
// (taxonomy.md) they touch with real weight: "about N jobs in one".

import { FAMILY_OF } from './vocabulary/areas';
import type { DutyReading } from './responsibilities';
import { AREAS, type Area, type Level } from './types';

/** The family of leading people (taxonomy.md): what a head's job is, not a second job beside it. */
const LEADING_PEOPLE = 'people management';

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

/** Verbs of directing work rather than doing it: at head level, what a duty with one of these covers is oversight. */
const OVERSEES = /^(oversee|direct|lead|manage|supervise|guide|head|run|own|steer|champion)\b/;

/** Scope levels whose job is to direct several families of work: the breadth is the job, not several jobs. */
const DIRECTS_FAMILIES: readonly Level[] = ['head', 'executive'];

/**
 * Families with real weight. Each duty spreads one unit over the families it touches, so a
 * bullet that only says "design graphics" gives creative production a whole unit, while a
 * passing mention inside a long sentence about something else gives it a fraction.
 *
 * At head or executive scope, overseeing is the job (a head of marketing directs channels): duties
 * that direct work ("Oversee paid, PR and events") and leading people add no family; only the work
 * the head does by hand can bundle a second job into the role.
 */
export function familiesBundled(duties: readonly DutyReading[], scope: Level | null = null): string[] {
  const directs = scope !== null && DIRECTS_FAMILIES.includes(scope);
  const weight = new Map<string, number>();
  for (const duty of duties) {
    if (duty.from === 'requirements') continue;
    if (directs && (OVERSEES.test(duty.leadVerb ?? '') || OVERSEES.test(duty.root))) continue;
    const families = [...new Set(duty.areas.map((a) => FAMILY_OF[a]).filter((f): f is string => f !== null && !(directs && f === LEADING_PEOPLE)))];
    for (const f of families) weight.set(f, (weight.get(f) ?? 0) + 1 / families.length);
  }
  return [...weight.entries()].filter(([, w]) => w >= FAMILY_WEIGHT - 1e-9).map(([f]) => f);
}
