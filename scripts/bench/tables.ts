// Issue 11: what the occupation and wage tables cost. Their bytes (raw and gzipped, as shipped in
// the background and extension pages, never the content script), the time to classify a posting's
// occupation, and a cold start to the first report (a fresh process that loads every table).

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { classifyOccupation } from '../../analyzers/occupation';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { corpusText, type CorpusPosting } from '../corpus';
import { median, round } from './stats';

export interface TablesResult {
  readonly tables: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  /** Median CPU-clock ms of classifyOccupation() per corpus posting, tables already loaded. */
  readonly classifyMedianMs: number;
  /** A fresh `node dist/cli.mjs --json` on the sample posting: start, load every table, first report. */
  readonly coldStartMs: number | null;
}

export function measureTables(root: string, corpus: readonly CorpusPosting[]): TablesResult {
  const dataDir = path.join(root, 'analyzers/data');
  const tables = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const bytes = readFileSync(path.join(dataDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
  const postings = corpus.map((p) => readPosting(postingFromText(corpusText(p))));
  classifyOccupation(postings[0]!); // loads the table once, outside the timing
  const times = postings.map((p) => {
    const start = performance.now();
    classifyOccupation(p);
    return performance.now() - start;
  });
  const cli = path.join(root, 'dist/cli.mjs');
  let coldStartMs: number | null = null;
  try {
    const start = performance.now();
    const run = spawnSync(process.execPath, [cli, '--json', path.join(root, 'public/sample-posting.txt')], { encoding: 'utf8' });
    if (run.status === 0) coldStartMs = round(performance.now() - start, 0);
  } catch {
    coldStartMs = null;
  }
  return { tables, classifyMedianMs: round(median(times), 2), coldStartMs };
}

export function tablesSection(t: TablesResult): string[] {
  return [
    '## Occupation and wage tables (background and extension pages only)',
    '',
    '| table | bytes | gzipped |',
    '| --- | --- | --- |',
    ...t.tables.map((x) => `| \`analyzers/data/${x.file}\` | ${x.bytes.toLocaleString('en-US')} | ${x.gzipBytes.toLocaleString('en-US')} |`),
    '',
    `- Classifying a posting's occupation: median ${t.classifyMedianMs} ms per corpus posting (tables loaded).`,
    `- Cold start to the first report: ${t.coldStartMs === null ? 'not measured (run npm ci to build dist/cli.mjs)' : `${t.coldStartMs} ms`} for a fresh \`node dist/cli.mjs --json\` on the sample posting, which loads the same tables the background loads; the background's own start in Chromium is not timed separately.`,
    '',
  ];
}
