// The occupation table (analyzers/data/occupation-titles.json, built by scripts/build-occupations.ts)
// read once into the maps the classifier looks things up in. Words are stored as ids into one
// vocabulary (base 36, most frequent word first) so that 60,000 titles fit in a few hundred kB.
import data from '../data/occupation-titles.json';

/**
 * [OEWS code, OEWS title, O*NET Job Zone, titles ("id.id id.id.id"; "!" marks the occupation's own
 * OEWS or O*NET name), description words ("id.id")].
 */
export type OccupationRow = readonly [string, string, number | null, string, string];

export interface OccupationTable {
  readonly source: string;
  /** Every word, space-separated; a word's id is its index in base 36. */
  readonly vocabulary: string;
  readonly occupations: readonly OccupationRow[];
}

/**
 * The table as lookups. Words stay in their stored form (base-36 ids) so that reading the table is
 * splitting strings, not rebuilding 60,000 titles; `wordId` turns a posting's word into the same id.
 */
export interface OccupationIndex {
  readonly codes: readonly string[];
  readonly titles: readonly string[];
  readonly zones: readonly (number | null)[];
  readonly byCode: ReadonlyMap<string, number>;
  /** A word → its id; a word no title or description uses has none. */
  readonly wordId: ReadonlyMap<string, string>;
  /** A title's word ids joined by "." → the occupations it names. */
  readonly phrases: ReadonlyMap<string, readonly number[]>;
  /** "code index:phrase" for each occupation's own OEWS/O*NET names. */
  readonly ownNames: ReadonlySet<string>;
  /** A word id → in how many distinct titles it stands (for its weight). */
  readonly titleDf: ReadonlyMap<string, number>;
  readonly phraseCount: number;
  /** Per occupation: each title word id → how many of its titles use it. */
  readonly titleWords: readonly ReadonlyMap<string, number>[];
  /** A title word id → the occupations whose titles use it. */
  readonly wordCodes: ReadonlyMap<string, readonly number[]>;
  /** A description word id → the occupations whose profile holds it, with the word's weight there (idf × weight). */
  readonly profileWords: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** Per occupation: the length of its weighted profile, to compare long and short profiles fairly. */
  readonly profileNorms: Float64Array;
}

export function indexTable(table: OccupationTable): OccupationIndex {
  const vocabulary = table.vocabulary ? table.vocabulary.split(' ') : [];
  const wordId = new Map(vocabulary.map((w, i) => [w, i.toString(36)]));
  const codes: string[] = [];
  const titles: string[] = [];
  const zones: (number | null)[] = [];
  const phrases = new Map<string, number[]>();
  const ownNames = new Set<string>();
  const titleDf = new Map<string, number>();
  const titleWords: Map<string, number>[] = [];
  const profiles: Map<string, number>[] = [];
  for (const [code, title, zone, encodedTitles, encodedDescription] of table.occupations) {
    const i = codes.length;
    codes.push(code);
    titles.push(title);
    zones.push(zone);
    const counts = new Map<string, number>();
    const phraseList = encodedTitles ? encodedTitles.split(' ') : [];
    for (const entry of phraseList) {
      const own = entry.startsWith('!');
      const phrase = own ? entry.slice(1) : entry;
      if (own) ownNames.add(`${i}:${phrase}`);
      const list = phrases.get(phrase);
      if (list) list.push(i);
      else phrases.set(phrase, [i]);
      const ids = phrase.split('.');
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (ids.indexOf(id) !== k) continue;
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (!list) titleDf.set(id, (titleDf.get(id) ?? 0) + 1);
      }
    }
    titleWords.push(counts);
    // A profile: the description's words, and the words at least two of its titles share (a nurse's
    // "nurse", a driver's "truck"), weighted by how much of the occupation's titles they make.
    const profile = new Map<string, number>();
    for (const id of encodedDescription ? encodedDescription.split('.') : []) profile.set(id, 1);
    const total = Math.max(1, phraseList.length);
    for (const [id, n] of counts) if (n >= 2) profile.set(id, Math.max(profile.get(id) ?? 0, Math.min(1.5, 0.5 + (3 * n) / total)));
    profiles.push(profile);
  }
  const wordCodes = new Map<string, number[]>();
  titleWords.forEach((counts, i) => {
    for (const id of counts.keys()) {
      const list = wordCodes.get(id);
      if (list) list.push(i);
      else wordCodes.set(id, [i]);
    }
  });
  const profileDf = new Map<string, number>();
  for (const profile of profiles) for (const id of profile.keys()) profileDf.set(id, (profileDf.get(id) ?? 0) + 1);
  const profileWords = new Map<string, [number, number][]>();
  const profileNorms = new Float64Array(codes.length);
  profiles.forEach((profile, i) => {
    let norm = 0;
    for (const [id, weight] of profile) {
      const d = Math.log((codes.length + 1) / (profileDf.get(id)! + 1)) * weight;
      norm += d * d;
      const list = profileWords.get(id);
      if (list) list.push([i, d]);
      else profileWords.set(id, [[i, d]]);
    }
    profileNorms[i] = Math.sqrt(norm) || 1;
  });
  return {
    codes, titles, zones, byCode: new Map(codes.map((c, i) => [c, i])), wordId, phrases, ownNames, titleDf,
    phraseCount: phrases.size, titleWords, wordCodes, profileWords, profileNorms,
  };
}

let built: OccupationIndex | null = null;

/** The shipped table, indexed on first use (tens of milliseconds, once per page). */
export function occupationIndex(): OccupationIndex {
  built ??= indexTable(data as unknown as OccupationTable);
  return built;
}

export const OCCUPATION_SOURCE: string = (data as unknown as OccupationTable).source;
