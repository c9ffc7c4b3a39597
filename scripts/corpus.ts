// The shared corpus (../shared/corpus) as the eval, the benchmark and the tests read it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHARED = path.resolve(here, '../../shared');

export interface CorpusPosting {
  readonly id: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly salary_text: string | null;
  readonly salary_text_origin: 'source_field' | 'description_excerpt' | null;
  readonly salary_estimate_third_party?: string | null;
  readonly description: string;
  readonly language: 'en' | 'de';
  readonly url?: string | null;
}

export function loadCorpus(): CorpusPosting[] {
  return readFileSync(path.join(SHARED, 'corpus/postings.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusPosting);
}

/**
 * A corpus record as the text a person would paste: title; `company · location`; `Pay: …` only when
 * the pay came from the source's own salary field; a blank line; the description.
 */
export function corpusText(p: CorpusPosting): string {
  const lines = [p.title];
  if (p.company || p.location) lines.push(`${p.company ?? ''} · ${p.location ?? ''}`);
  if (p.salary_text && p.salary_text_origin === 'source_field') lines.push(`Pay: ${p.salary_text}`);
  lines.push('', p.description);
  return lines.join('\n');
}
