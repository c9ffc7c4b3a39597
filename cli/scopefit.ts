// scopefit [--json | --summary | --csv] [--location "City, ST"] [--occupation SOC] [--level-only] FILE...
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
import { parseArgs, USAGE, VERSION } from './args';
import { regionsOf } from '../analyzers/location';

export { parseArgs } from './args';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLE_POSTING = path.resolve(here, '../public/sample-posting.txt');
/** Larger inputs are refused rather than read: no real posting is anywhere near this size. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

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

/** What main() reads and writes: the process's own streams, or a test's. */
export interface Io {
  readonly out: (s: string) => unknown;
  readonly err: (s: string) => unknown;
  readonly stdin: () => Buffer;
  /** Whether standard input is a terminal (then it is not read unless `-` is given). */
  readonly stdinIsTerminal?: () => boolean;
}

const PROCESS_IO: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  stdin: () => readAtMost(0, MAX_INPUT_BYTES + 1),
  stdinIsTerminal: () => process.stdin.isTTY === true,
};

/** True when `location` names no place the benchmark knows (a US state or city, a country, "Remote"). */
export function unknownPlace(location: string): boolean {
  return regionsOf(location).every((r) => r.kind === 'unknown');
}

export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args === 'help') { io.out(`${USAGE}\n`); return 0; }
    if (args === 'version') { io.out(`scopefit ${VERSION}\n`); return 0; }
    io.err(`scopefit: ${args}\n${USAGE}\n`);
    return 2;
  }
  if (args.location !== null && unknownPlace(args.location)) {
    io.err(`scopefit: --location "${args.location}" names no place ScopeFit knows: give a US city and state ("Austin, TX"), a state, or a country.\n`);
    return 2;
  }
  // Piped input is read as a posting without "-", as Unix tools do; a terminal is never waited on.
  // Nothing at all (no file, nothing piped) is the bundled sample.
  let stdin = io.stdin;
  let files = args.files;
  if (files.length === 0) {
    const piped = io.stdinIsTerminal !== undefined && !io.stdinIsTerminal() ? io.stdin() : null;
    files = piped !== null && piped.length > 0 ? ['-'] : [SAMPLE_POSTING];
    if (piped !== null) stdin = () => piped;
  }
  if (args.occupation !== null && occupationTitle(args.occupation) === null) {
    io.err(`scopefit: --occupation ${args.occupation}: no such occupation in the OEWS May 2025 data (codes look like 29-1141)\n`);
    return 2;
  }
  const options: AnalyzeOptions = { location: args.location, occupation: args.occupation };
  let failed = false;
  if (args.summary) io.out(args.csv ? `${csvLine([...SUMMARY_COLUMNS])}\n` : `${SUMMARY_COLUMNS.join(' | ')}\n`);
  for (const name of files) {
    const result = analyzeInput(readInput(name, stdin), options);
    if (!result.ok) {
      failed = true;
      // Errors on standard error in every form; the summary and JSON keep a row per input as well.
      io.err(`scopefit: ${result.error.message} [${result.error.code}]\n`);
    }
    if (args.summary) {
      const row = summaryRow(result, name === '-' ? 'stdin' : name);
      io.out(args.csv ? `${csvLine(row)}\n` : `${row.join(' | ')}\n`);
    } else if (args.json) {
      const shown = args.levelOnly && result.ok ? { ok: true, input: result.input, title: result.posting.title, seniority: result.seniority, experience: result.experience } : result;
      io.out(`${JSON.stringify(shown)}\n`);
    } else if (result.ok) {
      io.out(`${formatReport(result, { levelOnly: args.levelOnly })}\n`);
    }
  }
  return failed ? 1 : 0;
}
