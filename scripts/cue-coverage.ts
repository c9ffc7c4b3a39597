// How many corpus postings (and how many employers) each cue of the English cue tables matches:
//   npx tsx scripts/cue-coverage.ts [--unbounded] [--rare] [--json]
// Area and duty-level cues are matched where the analyzers match them (duty statements, on root form
// and text), condition cues on the posting's own sentences (not legal, not benefits). --unbounded
// matches the cues as bare substrings, as the analyzers did before word boundaries (for before/after
// counts). --rare lists the cues matching no posting or one employer's postings only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { postingFromText, readPosting, splitSentences } from '../analyzers/posting';
import { readResponsibilities } from '../analyzers/responsibilities';
import { AREA_CUES } from '../analyzers/vocabulary/areas';
import { CONDITION_CUES } from '../analyzers/vocabulary/conditions';
import { DUTY_LEVEL_CUES } from '../analyzers/vocabulary/levels';
import { wordCue } from '../analyzers/word-cues';
import { SHARED, corpusText, loadCorpus } from './corpus';

export interface CueSite {
  readonly id: string;
  readonly employer: string;
  /** Duty statements as "root | text" haystacks, as responsibilities.ts areasOf matches them. */
  readonly duties: readonly { readonly text: string; readonly haystack: string }[];
  /** The posting's own sentences, as conditions.ts reads them. */
  readonly sentences: readonly string[];
}

export function readSite(id: string, employer: string, text: string): CueSite {
  const posting = readPosting(postingFromText(text));
  const duties = readResponsibilities(posting).map((d) => ({ text: d.text, haystack: `${d.root} | ${d.text.toLowerCase()}` }));
  const sentences: string[] = [];
  for (const section of posting.sections) {
    if (section.kind === 'legal' || section.kind === 'benefits') continue;
    for (const line of section.lines) sentences.push(...splitSentences(line.text));
  }
  return { id, employer, duties, sentences };
}

export function marketingSites(): CueSite[] {
  return loadCorpus().filter((p) => p.language === 'en').map((p) => readSite(p.id, (p.company ?? p.id).toLowerCase().trim(), corpusText(p)));
}

export function occupationSites(): CueSite[] {
  return readFileSync(path.join(SHARED, 'corpus/occupations/postings.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; title: string; company: string | null; description: string })
    .map((p) => readSite(p.id, (p.company ?? p.id).toLowerCase().trim(), `${p.title}\n\n${p.description}`));
}

export interface CueTable {
  readonly table: string;
  readonly key: string;
  readonly cue: string;
  /** Where it is matched: duty statements or the posting's sentences. */
  readonly on: 'duties' | 'sentences';
}

export function allCues(): CueTable[] {
  const out: CueTable[] = [];
  for (const [key, cues] of Object.entries(AREA_CUES)) for (const cue of cues) out.push({ table: 'areas', key, cue, on: 'duties' });
  for (const [key, cues] of Object.entries(CONDITION_CUES)) for (const cue of cues) out.push({ table: 'conditions', key, cue, on: 'sentences' });
  for (const [key, cues] of Object.entries(DUTY_LEVEL_CUES)) for (const cue of cues) out.push({ table: 'levels', key, cue, on: 'duties' });
  return out;
}

export function cueMatches(cue: CueTable, site: CueSite, re: RegExp): string | null {
  if (cue.on === 'duties') return site.duties.find((d) => re.test(d.haystack))?.text ?? null;
  return site.sentences.find((s) => re.test(s)) ?? null;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'cue-coverage.ts'));
if (isMain) {
  const unbounded = process.argv.includes('--unbounded');
  const sites = marketingSites();
  const rows = allCues().map((cue) => {
    const re = unbounded ? new RegExp(cue.cue, 'i') : wordCue(cue.cue);
    const hits = sites.filter((s) => cueMatches(cue, s, re) !== null);
    return { ...cue, postings: hits.length, employers: new Set(hits.map((h) => h.employer)).size, ids: hits.slice(0, 4).map((h) => h.id) };
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else {
    const none = rows.filter((r) => r.postings === 0);
    const one = rows.filter((r) => r.employers === 1);
    const show = process.argv.includes('--rare') ? [...none, ...one] : rows;
    for (const r of show) console.log(`${r.table}.${r.key}\t${r.postings}\t${r.employers}\t${r.cue}\t${r.ids.join(' ')}`);
    console.log(`${rows.length} cues on ${sites.length} postings: ${none.length} match none, ${one.length} match one employer only`);
  }
}

/** The text a cue is tested on, as the analyzers see it: duties with their root form, sentences as written. */
export function haystackOf(on: CueTable['on'], text: string, root: (t: string) => string): string {
  return on === 'duties' ? `${root(text)} | ${text.toLowerCase()}` : text;
}

/** A cue's first plain word of four letters or more ("engage" of "engage (with|our)"), for near misses. */
export function keyWord(cue: string): string | null {
  const words = cue.replace(/\\[wdsb]\{[^}]*\}|\\[wdsb]|\[[^\]]*\]|\{[^}]*\}/g, ' ').split(/[^a-z]+/i);
  return words.find((w) => w.length >= 4) ?? null;
}
