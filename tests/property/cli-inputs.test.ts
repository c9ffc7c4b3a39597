// The command line on hostile inputs: an empty file, a directory, a binary file, an unreadable
// file, invalid UTF-8, a 20 MB file, endless devices, a page that is not a posting. Each gets an
// `ok: false` line with its error code, in input order, and the good inputs on the same command
// still get their reports. Then any bytes at all on standard input: a report or a coded failure.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_INPUT_BYTES, main } from '../../cli/scopefit';
import type { ErrorCode } from '../../analyzers/types';
import { corpusText, loadCorpus } from '../../scripts/corpus';
import { pastedPosting, unicodeText } from './arbitraries';
import { PROPERTY_TIMEOUT, runs } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

const ERROR_CODES: readonly ErrorCode[] = ['not-a-posting', 'unreadable', 'empty', 'too-large', 'binary', 'is-directory', 'not-found', 'invalid-encoding', 'internal'];
const FIXTURES = path.resolve(__dirname, '../fixtures/not-a-job');

async function runRaw(args: string[], stdin: Buffer<ArrayBuffer> = Buffer.alloc(0)): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; return true; }, err: (s) => { err += s; return true; }, stdin: () => stdin });
  return { code, out, err };
}

async function run(args: string[], stdin?: Buffer<ArrayBuffer>): Promise<{ code: number; lines: Record<string, any>[]; err: string }> {
  const { code, out, err } = await runRaw(args, stdin);
  return { code, lines: out.trim() === '' ? [] : out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>), err };
}

describe('scopefit on hostile files, all on one command', () => {
  let dir = '';
  const file = (name: string): string => path.join(dir, name);

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'scopefit-hostile-'));
    // reprojobs-015: a short posting with a pay field, the good input the others sit between.
    writeFileSync(file('good.txt'), corpusText(loadCorpus().find((p) => p.id === 'reprojobs-015')!));
    writeFileSync(file('empty.txt'), '');
    writeFileSync(file('blank.md'), ' \n\t\r\n\u00a0\n');
    mkdirSync(file('a-directory.txt'));
    // A PNG's first bytes: binary, with NULs.
    writeFileSync(file('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    // Latin-1 "Café" and a lone UTF-8 continuation byte: no NUL, not UTF-8.
    writeFileSync(file('latin1.txt'), Buffer.concat([Buffer.from('Social Media Manager\n\nCaf'), Buffer.from([0xe9, 0x0a, 0x80, 0xff])]));
    // 20 MB of real posting text: too large to be a posting, refused before it is read.
    const line = `${corpusText(loadCorpus().find((p) => p.id === 'reprojobs-015')!)}\n`;
    writeFileSync(file('huge.txt'), line.repeat(Math.ceil((20 * 1024 * 1024) / line.length)));
    writeFileSync(file('news.html'), readFileSync(path.join(FIXTURES, 'news-article.html')));
  });

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('gives each bad input an ok:false line with its code, in order, and still reports the good ones', async () => {
    // Root may read a mode-000 file; /proc/self/mem refuses a read from offset 0 for anyone.
    let unreadable = '/proc/self/mem';
    if (process.getuid?.() !== 0) {
      unreadable = file('locked.txt');
      writeFileSync(unreadable, 'Title\n\nBody');
      chmodSync(unreadable, 0o000);
    }
    const inputs: readonly (readonly [string, ErrorCode | 'ok'])[] = [
      [file('good.txt'), 'ok'],
      [file('empty.txt'), 'empty'],
      [file('blank.md'), 'empty'],
      [file('a-directory.txt'), 'is-directory'],
      [file('image.txt'), 'binary'],
      [unreadable, 'unreadable'],
      [file('latin1.txt'), 'invalid-encoding'],
      [file('huge.txt'), 'too-large'],
      [file('news.html'), 'not-a-posting'],
      [file('missing.txt'), 'not-found'],
      // A device reports size 0 and never ends: it is cut off at the limit, not read into memory.
      ['/dev/zero', 'too-large'],
      ['/dev/null', 'empty'],
      [file('good.txt'), 'ok'],
    ];
    const { code, lines } = await run(['--json', ...inputs.map(([name]) => name)]);
    expect(lines.map((l) => (l.ok ? 'ok' : l.error.code))).toEqual(inputs.map(([, expected]) => expected));
    expect(lines.map((l) => l.input)).toEqual(inputs.map(([name]) => name));
    for (const failed of lines.filter((l) => !l.ok)) {
      expect(failed.error.message).toMatch(/^\S.*[a-z]/);
      expect(failed.error.message).not.toMatch(/\n\s+at /);
    }
    expect(lines[0]).toMatchObject({ ok: true, pay: { min: 60_000, max: 62_000, period: 'year' } });
    expect(lines.at(-1)).toEqual(lines[0]);
    expect(code).toBe(1);
  });

  it('says in a sentence why a page that is not a posting has no report', async () => {
    const { lines } = await run(['--json', file('news.html')]);
    expect(lines[0]).toMatchObject({ ok: false, error: { code: 'not-a-posting' } });
    expect(lines[0]!.error.message).toMatch(/^[A-Z].*\.$/);
  });

  it('refuses more than the limit on standard input too', async () => {
    const { lines } = await run(['--json', '-'], Buffer.alloc(MAX_INPUT_BYTES + 1, 'a'));
    expect(lines[0]).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('prints the summary and CSV forms for failed inputs too, one row each', async () => {
    const names = [file('good.txt'), file('image.txt'), file('huge.txt')];
    const summary = await runRaw(['--summary', ...names]);
    expect(summary.code).toBe(1);
    // A header row, then one row per input.
    expect(summary.out.trim().split('\n')).toHaveLength(4);
    expect(summary.out).toMatch(/^input \| title/);
    // Each failure is said on standard error too.
    expect(summary.err.trim().split('\n')).toHaveLength(2);
    const csv = await runRaw(['--csv', ...names]);
    expect(csv.code).toBe(1);
    const [header, ...rows] = csv.out.trim().split('\n');
    expect(header).toMatch(/^input,/);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('image.txt');
    expect(rows[2]).toContain('huge.txt');
  });
});

describe('scopefit on any bytes from standard input', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
    fc.oneof(unicodeText(200), pastedPosting).map((t) => Buffer.from(t, 'utf8')),
    // Valid text with one bad byte spliced in.
    fc.tuple(pastedPosting, fc.nat(), fc.constantFrom(0x00, 0x80, 0xc3, 0xff)).map(([t, at, b]) => {
      const text = Buffer.from(t, 'utf8');
      const cut = at % (text.length + 1);
      return Buffer.concat([text.subarray(0, cut), Buffer.from([b]), text.subarray(cut)]);
    }),
  );

  it('gives one JSON line: a report, or ok:false with a known code and a sentence; never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        const { code, lines, err } = await run(['--json', '-'], input);
        expect(lines).toHaveLength(1);
        const [line] = lines;
        // Standard error says what failed, and only then.
        if (line!.ok) expect(err).toBe('');
        else expect(err).toContain(line!.error.message);
        if (line!.ok) {
          expect(code).toBe(0);
          expect(line!.input).toBe('-');
        } else {
          expect(code).toBe(1);
          expect(ERROR_CODES).toContain(line!.error.code);
          expect(line!.error.code).not.toBe('internal');
          expect(line!.error.message).toMatch(/\S/);
        }
      }),
      runs(),
    );
  });
});
