// The whole corpus through the command line, as a recruiter auditing a folder of postings would run
// it: one .txt file per posting, one `scopefit --json` process over all of them.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusText, type CorpusPosting } from '../corpus';
import { progress, round } from './stats';

export interface BatchResult {
  readonly postings: number;
  readonly wallSeconds: number;
  readonly postingsPerSecond: number;
  /** `scopefit --help`: the start-up of the built command (dist/cli.mjs), included in the wall time. */
  readonly startupSeconds: number;
  /** A bare `node -e 0`, the floor for any start-up (budget: --help within 5× of it). */
  readonly bareNodeSeconds: number;
  readonly reportsOk: number;
  readonly reportsFailed: number;
  readonly exitCode: number | null;
}

export function measureBatch(root: string, corpus: readonly CorpusPosting[]): BatchResult {
  const dir = mkdtempSync(path.join(tmpdir(), 'scopefit-bench-'));
  try {
    const files = corpus.map((p, i) => {
      const file = path.join(dir, `${String(i).padStart(3, '0')}-${p.id.replace(/[^\w.-]+/g, '_')}.txt`);
      writeFileSync(file, corpusText(p));
      return file;
    });
    const cli = path.join(root, 'bin/scopefit.mjs');
    const run = (args: readonly string[]): { seconds: number; stdout: string; status: number | null } => {
      const start = performance.now();
      const child = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      if (child.error) throw child.error;
      return { seconds: (performance.now() - start) / 1000, stdout: child.stdout, status: child.status };
    };
    progress('batch: scopefit --help (start-up), best of 3, against a bare node -e 0');
    const best = (time: () => number): number => Math.min(time(), time(), time());
    const startupSeconds = best(() => run(['--help']).seconds);
    const bareNodeSeconds = best(() => {
      const start = performance.now();
      spawnSync(process.execPath, ['-e', '0']);
      return (performance.now() - start) / 1000;
    });
    progress(`batch: scopefit --json over ${files.length} files`);
    const batch = run(['--json', ...files]);
    const reports = batch.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { ok: boolean });
    return {
      postings: files.length,
      wallSeconds: round(batch.seconds),
      postingsPerSecond: round(files.length / batch.seconds, 1),
      startupSeconds: round(startupSeconds),
      bareNodeSeconds: round(bareNodeSeconds),
      reportsOk: reports.filter((r) => r.ok).length,
      reportsFailed: reports.filter((r) => !r.ok).length,
      exitCode: batch.status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
