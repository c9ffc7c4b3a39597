// How many corpus postings each wording category flags, and a sample of the hits to read by hand.
//
//   npx tsx scripts/wording-coverage.ts                 # the README table (Markdown)
//   npx tsx scripts/wording-coverage.ts --sample 20     # also print up to 20 hits per category, with their sentence
//
// Reads ../shared/corpus/postings.jsonl and ../shared/corpus/occupations/postings.jsonl; English
// postings only (the word lists are English). Hits are sampled evenly across the corpus, not chosen.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPosting } from '../analyzers/posting';
import type { PostingInput, Wording, WordingCategory } from '../analyzers/types';
import { checkWording } from '../analyzers/wording';
import { SHARED } from './corpus';

interface Row {
  readonly id: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly description: string;
}

const CORPORA = [
  ['social-media corpus', 'corpus/postings.jsonl'],
  ['occupations corpus', 'corpus/occupations/postings.jsonl'],
] as const;

const CATEGORIES: readonly WordingCategory[] = ['cliche', 'age-coded', 'exclusionary', 'masculine-coded', 'feminine-coded'];

function load(file: string): Row[] {
  return readFileSync(path.join(SHARED, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

function inputOf(row: Row): PostingInput {
  return { title: row.title, company: row.company, location: row.location, payText: null, payEstimateText: null, description: row.description, url: null, site: null, method: 'text' };
}

interface Checked {
  readonly id: string;
  readonly description: string;
  readonly wording: Wording;
}

function checkCorpus(file: string): Checked[] {
  return load(file).flatMap((row) => {
    const posting = readPosting(inputOf(row));
    return posting.language === 'en' ? [{ id: row.id, description: `${posting.title}\n${posting.description}`, wording: checkWording(posting) }] : [];
  });
}

const pct = (n: number, of: number): string => `${n} (${of === 0 ? 0 : Math.round((100 * n) / of)} %)`;

function tableRows(name: string, checked: readonly Checked[]): string {
  const flagged = (c: WordingCategory): number => checked.filter((p) => p.wording.items.some((i) => i.category === c)).length;
  const lean = (l: Wording['coded']['lean']): number => checked.filter((p) => p.wording.coded.lean === l).length;
  const cells = [
    name, String(checked.length), ...(['cliche', 'age-coded', 'exclusionary'] as const).map((c) => pct(flagged(c), checked.length)),
    pct(lean('masculine'), checked.length), pct(lean('feminine'), checked.length), pct(lean('neutral'), checked.length),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The sentence around the words, for reading a hit in its place. */
function around(text: string, words: string): string {
  const i = text.toLowerCase().indexOf(words.toLowerCase());
  if (i < 0) return words;
  return text.slice(Math.max(0, i - 90), i + words.length + 90).replace(/\s+/g, ' ');
}

function main(): void {
  const sampleAt = process.argv.indexOf('--sample');
  const sample = sampleAt > 0 ? Number(process.argv[sampleAt + 1] ?? 10) : 0;
  const all: Checked[] = [];
  const rows: string[] = [
    '| corpus | English postings | cliché | age-coded | exclusionary | leans masculine | leans feminine | balanced |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, file] of CORPORA) {
    const checked = checkCorpus(file);
    all.push(...checked);
    rows.push(tableRows(name, checked));
  }
  console.log(rows.join('\n'));
  const mean = (f: (w: Wording) => number): string => (all.reduce((s, p) => s + f(p.wording), 0) / all.length).toFixed(1);
  console.log(`\nMean gender-coded words per posting: masculine ${mean((w) => w.coded.masculine)}, feminine ${mean((w) => w.coded.feminine)}.`);
  if (sample === 0) return;
  for (const category of CATEGORIES) {
    const hits = all.flatMap((p) => p.wording.items.filter((i) => i.category === category).map((item) => ({ id: p.id, item, text: p.description })));
    const step = Math.max(1, hits.length / sample);
    console.log(`\n## ${category}: ${hits.length} items; every ${step.toFixed(1)}th`);
    for (let k = 0; k < Math.min(sample, hits.length); k++) {
      const hit = hits[Math.floor(k * step)];
      if (hit === undefined) continue;
      console.log(`- ${hit.id} [${hit.item.term}] “${hit.item.evidence}” → ${hit.item.suggestion ?? '—'}\n    …${around(hit.text, hit.item.evidence)}…`);
    }
  }
}

main();
