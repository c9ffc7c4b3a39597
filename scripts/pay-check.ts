// The pay reader measured on the corpus: exact-match accuracy on the dev labels, then a pass over
// every posting that must not throw and prints what looks suspicious, for a person to read.
// Run: npx tsx scripts/pay-check.ts [--all]   (--all also lists every figure read)

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPay } from '../analyzers/pay';
import { postingFromText, readPosting } from '../analyzers/posting';
import type { Pay } from '../analyzers/types';
import { SHARED, corpusText, loadCorpus } from './corpus';

interface LabelPay {
  readonly min: number;
  readonly max: number;
  readonly period: string;
  readonly currency: string;
}
interface Label {
  readonly id: string;
  readonly pay: LabelPay | null;
}

const show = (p: Pay | LabelPay | null): string =>
  p ? `${p.min}–${p.max} ${p.currency}/${p.period}` : 'null';

const same = (got: Pay | null, want: LabelPay | null): boolean =>
  got === null || want === null
    ? got === want
    : got.min === want.min && got.max === want.max && got.period === want.period && got.currency === want.currency;

const corpus = loadCorpus();
const byId = new Map(corpus.map((p) => [p.id, p]));
const labels = readFileSync(path.join(SHARED, 'corpus/dev-labels.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Label);

const read = (id: string): ReturnType<typeof readPay> => {
  const record = byId.get(id);
  if (!record) throw new Error(`no posting ${id}`);
  return readPay(readPosting(postingFromText(corpusText(record))));
};

let exact = 0;
const misses: string[] = [];
for (const label of labels) {
  const { pay } = read(label.id);
  if (same(pay, label.pay)) exact += 1;
  else misses.push(`  ${label.id}: got ${show(pay)} «${pay?.evidence ?? ''}», want ${show(label.pay)}`);
}
console.log(`Dev labels, pay exact: ${exact}/${labels.length} (${((100 * exact) / labels.length).toFixed(1)} %)`);
for (const m of misses) console.log(m);

// Every posting: never throw; list what deserves a person's eye.
const listAll = process.argv.includes('--all');
const suspicious: string[] = [];
let withPay = 0;
let failures = 0;
for (const record of corpus) {
  let result: ReturnType<typeof readPay>;
  try {
    result = read(record.id);
  } catch (error) {
    failures += 1;
    suspicious.push(`  ${record.id}: THREW ${String(error)}`);
    continue;
  }
  const { pay, estimate } = result;
  if (pay) withPay += 1;
  const line = `  ${record.id}: ${show(pay)} «${pay?.evidence ?? ''}»${pay?.implausible ? ` IMPLAUSIBLE: ${pay.implausible}` : ''}${estimate ? ` estimate ${show(estimate)}` : ''}`;
  const heuristic = record.salary_text !== null;
  const why = [
    pay?.implausible ? 'flagged' : '',
    heuristic && !pay ? 'corpus has salary_text, reader found none' : '',
    !heuristic && pay ? 'reader found pay where the corpus has no salary_text' : '',
    pay && (pay.annual.max ?? 0) > 400_000 ? 'very high' : '',
    pay && (pay.annual.min ?? Infinity) < 10_000 && pay.currency !== 'INR' ? 'very low' : '',
  ].filter(Boolean);
  if (why.length) suspicious.push(`${line}  [${why.join('; ')}]${heuristic ? `\n      salary_text: ${record.salary_text?.slice(0, 160)}` : ''}`);
  else if (listAll && pay) suspicious.push(line);
}
console.log(`\nAll ${corpus.length} postings: ${failures} threw, ${withPay} with pay read.`);
for (const s of suspicious) console.log(s);
