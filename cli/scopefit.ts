// scopefit [--json] [--location "City, ST"] [--level-only] [--summary] [--csv] FILE...
// One report per input, in input order; an input that cannot be read still gets a line with
// ok: false and an error code, and the others go on. Exit 0 all read, 1 any failed, 2 bad usage.

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postingFromText } from '../analyzers/posting';
import { occupationTitle } from '../analyzers/occupation';
import { analyze, failure, type AnalyzeOptions } from '../analyzers/report';
import type { FailedReport, Report } from '../analyzers/types';
import { readPageFromHtml } from './page';
import { formatReport, summaryRow, SUMMARY_COLUMNS, csvLine } from './format';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLE_POSTING = path.resolve(here, '../public/sample-posting.txt');
/** Larger inputs are refused rather than read: no real posting is anywhere near this size. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const USAGE = `usage: scopefit [--json] [--location "City, ST"] [--occupation SOC] [--level-only] [--summary] [--csv] FILE...
  FILE        .html, .htm, .txt, .md, or - for standard input; none: the bundled sample posting
  --json      one JSON report per input, one per line
  --location  the place to benchmark pay in when the posting names none (or to override it)
  --occupation  compare with this occupation (an OEWS code such as 29-1141) instead of the one the posting implies
  --level-only  only the stated and scope levels
  --summary   one row per posting: title, score, verdict, pay, roles bundled, top flag, wording
  --csv       the summary as CSV`;

interface Args {
  readonly json: boolean;
  readonly levelOnly: boolean;
  readonly summary: boolean;
  readonly csv: boolean;
  readonly location: string | null;
  readonly occupation: string | null;
  readonly files: readonly string[];
}

export function parseArgs(argv: readonly string[]): Args | string {
  let json = false, levelOnly = false, summary = false, csv = false;
  let location: string | null = null;
  let occupation: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--level-only') levelOnly = true;
    else if (arg === '--summary') summary = true;
    else if (arg === '--csv') csv = summary = true;
    else if (arg === '--location') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return '--location needs a place, e.g. --location "Austin, TX"';
      location = value;
    } else if (arg.startsWith('--location=')) location = arg.slice('--location='.length);
    else if (arg === '--occupation' || arg.startsWith('--occupation=')) {
      const value = arg === '--occupation' ? argv[++i] : arg.slice('--occupation='.length);
      if (value === undefined || value.startsWith('--')) return '--occupation needs an OEWS code, e.g. --occupation 29-1141';
      if (occupationTitle(value) === null) return `--occupation ${value}: no such occupation in the OEWS May 2025 data (codes look like 29-1141)`;
      occupation = value;
    }
    else if (arg === '-h' || arg === '--help') return 'help';
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  return { json, levelOnly, summary, csv, location, occupation, files };
}

type Input = { readonly name: string; readonly text: string; readonly html: boolean } | FailedReport;

/**
 * The first `limit` bytes of a file or an open descriptor. A device or special file reports size 0
 * and may never end (/dev/zero, `yes |` on standard input): read whole, it would fill memory before
 * the size check could refuse it.
 */
export function readAtMost(file: string | number, limit: number): Buffer {
  const fd = typeof file === 'number' ? file : openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (typeof file !== 'number') closeSync(fd);
  }
}

function readInput(name: string, stdin: () => Buffer): Input {
  let bytes: Buffer;
  try {
    if (name === '-') bytes = stdin();
    else {
      const stat = statSync(name);
      if (stat.isDirectory()) return failure('is-directory', `${name} is a directory, not a posting file.`, name);
      if (stat.size > MAX_INPUT_BYTES) return failure('too-large', `${name} is ${(stat.size / 1048576).toFixed(1)} MB; postings over ${MAX_INPUT_BYTES / 1048576} MB are not read.`, name);
      bytes = readAtMost(name, MAX_INPUT_BYTES + 1);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failure('not-found', `${name}: no such file.`, name);
    if (code === 'EISDIR') return failure('is-directory', `${name} is a directory, not a posting file.`, name);
    return failure('unreadable', `${name} cannot be read (${code ?? 'error'}).`, name);
  }
  if (bytes.length > MAX_INPUT_BYTES) return failure('too-large', `${name} is over ${MAX_INPUT_BYTES / 1048576} MB; not read.`, name);
  if (bytes.includes(0)) return failure('binary', `${name} is a binary file, not a text or HTML posting.`, name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('invalid-encoding', `${name} is not valid UTF-8 text.`, name);
  }
  if (text.trim() === '') return failure('empty', `${name} is empty.`, name);
  const html = /\.html?$/i.test(name) || /^\s*(<!doctype html|<html)/i.test(text);
  return { name, text, html };
}

export function analyzeInput(input: Input, options: AnalyzeOptions): (Report & { input: string }) | FailedReport {
  if ('ok' in input) return input;
  try {
    let posting;
    if (input.html) {
      const page = readPageFromHtml(input.text, null);
      if (page.kind === 'not-a-posting') return failure('not-a-posting', page.reason, input.name);
      posting = page.posting;
    } else {
      posting = postingFromText(input.text);
      if (posting.title === '' || posting.description.trim() === '') return failure('not-a-posting', `${input.name} has a title but no posting text under it.`, input.name);
    }
    return { ...analyze(posting, options), input: input.name };
  } catch (error) {
    return failure('internal', `ScopeFit failed on ${input.name}: ${(error as Error).message}`, input.name);
  }
}

export async function main(argv: readonly string[], io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s), stdin: () => readAtMost(0, MAX_INPUT_BYTES + 1) }): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args === 'help') { io.out(`${USAGE}\n`); return 0; }
    io.err(`scopefit: ${args}\n${USAGE}\n`);
    return 2;
  }
  const files = args.files.length ? args.files : [SAMPLE_POSTING];
  const options: AnalyzeOptions = { location: args.location, occupation: args.occupation };
  let failed = false;
  if (args.summary && args.csv) io.out(`${csvLine([...SUMMARY_COLUMNS])}\n`);
  for (const name of files) {
    const result = analyzeInput(readInput(name, io.stdin), options);
    if (!result.ok) failed = true;
    if (args.summary) {
      const row = summaryRow(result, name);
      io.out(args.csv ? `${csvLine(row)}\n` : `${row.join(' | ')}\n`);
    } else if (args.json) {
      const shown = args.levelOnly && result.ok ? { ok: true, input: result.input, title: result.posting.title, seniority: result.seniority, experience: result.experience } : result;
      io.out(`${JSON.stringify(shown)}\n`);
    } else {
      io.out(`${formatReport(result, { levelOnly: args.levelOnly })}\n`);
    }
  }
  return failed ? 1 : 0;
}
