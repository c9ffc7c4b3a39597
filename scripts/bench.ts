// npm run bench [-- --json] [--quick] [--write] [--no-browser]: speed and size against the budgets
// of issue 6, each measured against a baseline in the same run. Reports; never fails on a number.
//   --json        one JSON object on stdout (progress goes to stderr)
//   --quick       fewer rounds and runs, two pages in Chromium
//   --write       also rewrite BENCHMARKS.md with these results
//   --no-browser  skip the Chromium measurements

import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { measureAnalysis, measureGrowth, profileAnalysis } from './bench/analysis';
import { measureBatch } from './bench/batch';
import { measureBrowser, type BrowserResult } from './bench/browser';
import { describeMachine } from './bench/machine';
import { renderMarkdown, renderText } from './bench/render';
import { summarise } from './bench/result';
import { buildExtension, chromeOutput, measureSizes, snapshotBuild, type SizesResult } from './bench/sizes';
import { progress, round } from './bench/stats';
import { measureTables } from './bench/tables';
import { SHARED, loadCorpus } from './corpus';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run bench -- [--json] [--quick] [--write] [--no-browser]';

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.find((a) => !['--json', '--quick', '--write', '--no-browser'].includes(a));
  if (unknown !== undefined) {
    process.stderr.write(`bench: unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  const started = performance.now();
  const date = new Date().toISOString();
  const machine = describeMachine();
  const corpus = loadCorpus();

  // Sizes first: the browser section loads what this build made, from a private copy.
  let sizes: SizesResult | { error: string };
  let build: string | null = null;
  try {
    for (let attempt = 1; attempt <= 2 && build === null; attempt++) {
      progress(`sizes: wxt zip (builds chrome-mv3, then zips it)${attempt > 1 ? ', again: the first build was overwritten while being copied' : ''}`);
      buildExtension(ROOT, 'zip');
      build = snapshotBuild(ROOT);
    }
    sizes = build ? measureSizes(build, path.dirname(chromeOutput(ROOT))) : { error: 'the build in .output/chrome-mv3 kept changing under the bench (another build running?)' };
  } catch (error) {
    sizes = { error: firstLine(error) };
  }

  const analysis = measureAnalysis(corpus, quick ? 1 : 2);
  const profile = profileAnalysis(corpus, analysis.overOne);
  const growth = measureGrowth(corpus, quick);
  const batch = measureBatch(ROOT, corpus);
  const tables = measureTables(ROOT, corpus);

  let browser: BrowserResult;
  if (argv.includes('--no-browser')) browser = { skipped: '--no-browser' };
  else if (build === null) browser = { skipped: 'the extension did not build' };
  else {
    try {
      browser = await measureBrowser({ extensionDir: build, shared: SHARED, runs: quick ? 3 : 11, pageLimit: quick ? 2 : undefined });
    } catch (error) {
      browser = { skipped: `Chromium run failed: ${firstLine(error).split('\n')[0]}` };
    }
  }
  if (build) rmSync(build, { recursive: true, force: true });

  const result = summarise({ date, quick, machine, analysis, profile, growth, batch, sizes, browser, tables, runSeconds: round((performance.now() - started) / 1000, 1) });
  if (argv.includes('--write')) {
    writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), renderMarkdown(result));
    progress('wrote BENCHMARKS.md');
  }
  process.stdout.write(`${json ? JSON.stringify(result, null, 2) : renderText(result)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
