// Pay exact on the occupations corpus (../shared/corpus/occupations): min, max, period and currency
// of the employer's pay, read from the board's pay field and the body.
// Run: npx tsx scripts/pay-occupations.ts [--misses]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPay } from '../analyzers/pay';
import { readPosting } from '../analyzers/posting';
import { SHARED } from './corpus';

interface Row {
  readonly id: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly url: string | null;
  readonly pay_text: string | null;
  readonly pay_text_origin: 'source_field' | 'description_excerpt' | null;
  readonly pay_source_field: string | null;
  readonly description: string;
}
interface LabelPay { readonly min: number | null; readonly max: number | null; readonly period: string; readonly currency: string }
interface Label { readonly id: string; readonly pay: LabelPay | null }

const jsonl = <T>(file: string): T[] =>
  readFileSync(path.join(SHARED, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const rows = new Map(jsonl<Row>('corpus/occupations/postings.jsonl').map((r) => [r.id, r]));
const labels = jsonl<Label>('corpus/occupations/labels.jsonl');

/** The board's own pay field: `pay_text` when it came from the field, else the scrape's pay field. */
const boardField = (r: Row): string | null => (r.pay_text_origin === 'source_field' ? r.pay_text : r.pay_source_field);
const show = (p: LabelPay | null): string => (p ? `${p.min ?? '…'}–${p.max ?? '…'} ${p.currency}/${p.period}` : 'null');
let exact = 0;
let baseline = 0;
const misses: string[] = [];
for (const label of labels) {
  const row = rows.get(label.id)!;
  const posting = readPosting({
    title: row.title, company: row.company, location: row.location, payText: boardField(row),
    payEstimateText: null, description: row.description, url: row.url, site: null, method: 'text',
  });
  const { pay } = readPay(posting);
  const got = pay ? { min: pay.min, max: pay.max, period: pay.period, currency: pay.currency } : null;
  if (label.pay === null) baseline += 1; // trivial baseline: "no pay stated" for every posting
  const want = label.pay ? { min: label.pay.min === null ? null : Number(label.pay.min), max: label.pay.max === null ? null : Number(label.pay.max), period: label.pay.period, currency: label.pay.currency } : null;
  if (JSON.stringify(got) === JSON.stringify(want)) exact += 1;
  else misses.push(`  ${label.id}: got ${show(got)} «${pay?.evidence ?? ''}» want ${show(want)}`);
}
const pct = (n: number): string => `${((100 * n) / labels.length).toFixed(1)} %`;
console.log(`Occupations, pay exact: ${exact}/${labels.length} (${pct(exact)}); baseline "no pay" ${pct(baseline)}`);
if (process.argv.includes('--misses')) for (const m of misses) console.log(m);
