// Builds analyzers/data/occupation-titles.json: every occupation BLS OEWS publishes wages for (May
// 2025), its title, its O*NET Job Zone, the job titles that name it (O*NET 29.3 alternate and
// reported titles, BLS SOC 2018 direct-match titles) and the words of its O*NET description.
// Run `npm run build:occupations` after the data changes and commit the output; the test
// tests/analyzers/occupation-data.test.ts rebuilds it in memory and fails when the committed file differs.
import { parseCsv } from './csv';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentWords } from '../analyzers/occupation/words';
import { titleWords } from '../analyzers/occupation/title';
import type { OccupationTable } from '../analyzers/occupation/table';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OCCUPATIONS_DIR = path.resolve(repoRoot, '../shared/data/occupations');
export const OCCUPATIONS_JSON = path.join(repoRoot, 'analyzers/data/occupation-titles.json');

/**
 * OEWS publishes these 12 codes for groups of SOC 2018 detailed occupations (BLS, "OEWS May 2025:
 * occupations combined", visible as the OCC_TITLEs of national_M2025_dl.csv); each member SOC's
 * titles count toward the code its wages are published under. Checked by hand against the SOC 2018
 * structure: every member is a SOC detailed code OEWS does not publish on its own.
 */
export const OEWS_COMBINED: Readonly<Record<string, readonly string[]>> = {
  '13-1020': ['13-1021', '13-1022', '13-1023'], // Buyers and Purchasing Agents
  '13-2020': ['13-2022', '13-2023'], // Property Appraisers and Assessors
  '21-1018': ['21-1011', '21-1014'], // Substance Abuse, Behavioral Disorder, and Mental Health Counselors
  '25-2052': ['25-2055', '25-2056'], // Special Education Teachers, Kindergarten and Elementary School
  '25-9045': ['25-9042', '25-9043', '25-9049'], // Teaching Assistants, Except Postsecondary
  '29-2010': ['29-2011', '29-2012'], // Clinical Laboratory Technologists and Technicians
  '31-1120': ['31-1121', '31-1122'], // Home Health and Personal Care Aides
  '39-7010': ['39-7011', '39-7012'], // Tour and Travel Guides
  '47-4090': ['47-4091', '47-4099'], // Miscellaneous Construction and Related Workers
  '51-2028': ['51-2022', '51-2023'], // Electrical, Electronic, and Electromechanical Assemblers
  '51-2090': ['51-2092', '51-2099'], // Miscellaneous Assemblers and Fabricators
  '53-1047': ['53-1042', '53-1043', '53-1044', '53-1049'], // First-Line Supervisors of Transportation and Material Moving Workers
};

/**
 * SOC 2018 codes with titles but no OEWS wages and no group to fall back on: Legislators (11-1031),
 * Fishing and Hunting Workers (45-3031), and the military (55-*). Their titles are left out, so a
 * posting is never compared with wages that do not exist.
 */
export const NOT_PUBLISHED = /^(?:11-1031|45-3031|55-)/;

const tsv = (file: string): string[][] =>
  readFileSync(path.join(OCCUPATIONS_DIR, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim()).slice(1).map((l) => l.split('\t'));

/** A small CSV reader: quoted fields with commas and doubled quotes, as BLS writes them. */
export function csvRows(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(OCCUPATIONS_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const rows = parseCsv(text).filter((row) => row.some((cell) => cell !== ''));
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

/** A title as the index keys it; an "(RN)"-style abbreviation in brackets becomes a title of its own. */
function titleKeys(title: string): string[] {
  const keys: string[] = [];
  const bracket = /\(([^)]*)\)/g;
  for (const m of title.matchAll(bracket)) if (!/\s/.test(m[1]!.trim())) keys.push(titleWords(m[1]!).join(' '));
  keys.push(titleWords(title.replace(bracket, ' ')).join(' '));
  return keys.filter((k) => k);
}

const base36 = (n: number): string => n.toString(36);

export function buildOccupations(): OccupationTable {
  const oews = csvRows('national_M2025_dl.csv').filter((r) => r['O_GROUP'] === 'detailed');
  const oewsTitle = new Map(oews.map((r) => [r['OCC_CODE']!, r['OCC_TITLE']!]));
  // SOC 2018 detailed code → the code OEWS publishes it under.
  const toOews = (soc: string): string | null => {
    if (NOT_PUBLISHED.test(soc)) return null;
    if (oewsTitle.has(soc)) return soc;
    for (const [code, members] of Object.entries(OEWS_COMBINED)) if (members.includes(soc)) return code;
    throw new Error(`SOC ${soc} has titles but no OEWS code: add it to OEWS_COMBINED or NOT_PUBLISHED`);
  };
  const onetToSoc = new Map(csvRows('onet-29.3/2019_to_SOC_Crosswalk.csv').map((r) => [r['O*NET-SOC 2019 Code']!, r['2018 SOC Code']!]));
  const onetToOews = (onet: string): string | null => {
    const soc = onetToSoc.get(onet);
    if (!soc) throw new Error(`O*NET code ${onet} is not in the crosswalk`);
    return toOews(soc);
  };

  const titles = new Map<string, Set<string>>([...oewsTitle.keys()].map((c) => [c, new Set<string>()]));
  const addTitle = (code: string | null, title: string): void => {
    if (code) for (const key of titleKeys(title)) titles.get(code)!.add(key);
  };
  // The occupation's own names (OEWS and O*NET titles: "Paramedics"), kept apart: they name it most surely.
  const canonical = new Map<string, Set<string>>([...oewsTitle.keys()].map((c) => [c, new Set<string>()]));
  const addCanonical = (code: string, title: string): void => {
    for (const key of titleKeys(title)) canonical.get(code)!.add(key);
  };
  for (const [code, title] of oewsTitle) addCanonical(code, title);
  for (const [onet, , alternate, short] of tsv('onet-29.3/Alternate Titles.tsv')) {
    addTitle(onetToOews(onet!), alternate!);
    if (short) addTitle(onetToOews(onet!), short);
  }
  for (const [onet, , reported] of tsv('onet-29.3/Sample of Reported Titles.txt')) addTitle(onetToOews(onet!), reported!);
  for (const r of csvRows('soc_2018_direct_match_title_file.csv')) addTitle(toOews(r['2018 SOC Code']!), r['2018 SOC Direct Match Title']!);

  const description = new Map<string, Set<string>>([...oewsTitle.keys()].map((c) => [c, new Set(contentWords(oewsTitle.get(c)!))]));
  for (const [onet, title, text] of tsv('onet-29.3/Occupation Data.txt')) {
    const code = onetToOews(onet!);
    if (!code) continue;
    addCanonical(code, title!);
    for (const w of contentWords(`${title} ${text}`)) description.get(code)!.add(w);
  }

  // Job Zone: the one of the occupation's main O*NET code (".00"), else the most common among its O*NET codes.
  const zones = new Map<string, number[]>();
  const mainZone = new Map<string, number>();
  for (const [onet, , zone] of tsv('onet-29.3/Job Zones.txt')) {
    const code = onetToOews(onet!);
    if (!code) continue;
    zones.set(code, [...(zones.get(code) ?? []), Number(zone)]);
    if (onet!.endsWith('.00') && onetToSoc.get(onet!) === code) mainZone.set(code, Number(zone));
  }
  const jobZone = (code: string): number | null => {
    const main = mainZone.get(code);
    if (main) return main;
    const list = zones.get(code);
    if (!list?.length) return null;
    const counts = [1, 2, 3, 4, 5].map((z) => list.filter((x) => x === z).length);
    return counts.indexOf(Math.max(...counts)) + 1;
  };

  // One vocabulary, most frequent word first so that the common words get the shortest ids.
  const freq = new Map<string, number>();
  const count = (w: string): void => { freq.set(w, (freq.get(w) ?? 0) + 1); };
  for (const [code, set] of canonical) for (const t of set) titles.get(code)!.delete(t);
  for (const map of [titles, canonical]) for (const set of map.values()) for (const t of set) for (const w of t.split(' ')) count(w);
  for (const set of description.values()) for (const w of set) count(w);
  const vocab = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || (a < b ? -1 : 1));
  const id = new Map(vocab.map((w, i) => [w, base36(i)]));
  const encode = (phrase: string): string => phrase.split(' ').map((w) => id.get(w)!).join('.');

  const codes = [...oewsTitle.keys()].sort();
  return {
    source: 'O*NET 29.3 (May 2025) alternate titles, reported titles, occupation descriptions and Job Zones; BLS SOC 2018 direct-match titles (Apr 2020); BLS OEWS May 2025 occupation codes and titles',
    vocabulary: vocab.join(' '),
    occupations: codes.map((code) => [
      code,
      oewsTitle.get(code)!,
      jobZone(code),
      [...[...canonical.get(code)!].sort().map((t) => `!${encode(t)}`), ...[...titles.get(code)!].sort().map(encode)].join(' '),
      [...description.get(code)!].map((w) => id.get(w)!).sort().join('.'),
    ]),
  };
}

/** One occupation a line, so that a data change reads as a small diff. */
export function renderOccupations(table: OccupationTable): string {
  const lines = table.occupations.map((o) => `    ${JSON.stringify(o)}`);
  return `{\n  "source": ${JSON.stringify(table.source)},\n  "vocabulary": ${JSON.stringify(table.vocabulary)},\n  "occupations": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = renderOccupations(buildOccupations());
  writeFileSync(OCCUPATIONS_JSON, text);
  const table = JSON.parse(text) as OccupationTable;
  const bytes = (s: string): number => Buffer.byteLength(s);
  console.log(`${path.relative(repoRoot, OCCUPATIONS_JSON)}: ${bytes(text).toLocaleString('en-US')} bytes`);
  console.log(`  ${table.occupations.length} occupations; vocabulary ${table.vocabulary.split(' ').length} words, ${bytes(table.vocabulary).toLocaleString('en-US')} bytes`);
  console.log(`  titles ${table.occupations.reduce((n, o) => n + (o[3] ? o[3].split(' ').length : 0), 0).toLocaleString('en-US')}, ${table.occupations.reduce((n, o) => n + bytes(o[3]), 0).toLocaleString('en-US')} bytes`);
  console.log(`  description words ${table.occupations.reduce((n, o) => n + bytes(o[4]), 0).toLocaleString('en-US')} bytes`);
}
