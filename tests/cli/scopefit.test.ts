import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledLine, payLine, quote } from '../../cli/format';
import { main } from '../../cli/scopefit';
import type { Pay } from '../../analyzers/types';
import { corpusText, loadCorpus } from '../../scripts/corpus';

const root = path.resolve(__dirname, '../..');

async function run(args: string[], stdin = '', piped = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; return true; }, err: (s) => { err += s; return true; }, stdin: () => Buffer.from(stdin), stdinIsTerminal: () => !piped });
  return { code, out, err };
}

const jsonLines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

describe('scopefit command line', () => {
  it('scores the bundled sample posting when given no file, from a real process', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'bin/scopefit.mjs'), '--json'], { encoding: 'utf8' });
    const [report] = jsonLines(out);
    expect(report).toMatchObject({ ok: true, posting: { title: 'Social Media Coordinator' }, seniority: { stated: 'entry' } });
    expect(report!.pay).toMatchObject({ min: 42000, max: 46000, period: 'year', currency: 'USD' });
    expect(['fair', 'stretched', 'underpaid']).toContain(report!.score.verdict);
  });

  it('prints one JSON line per input in input order, with failures as ok:false lines, and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scopefit-'));
    const posting = loadCorpus().find((p) => p.id === 'reprojobs-015')!;
    const good = path.join(dir, 'good.txt');
    writeFileSync(good, corpusText(posting));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const binary = path.join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x53, 0x00, 0x01, 0x02]));
    const latin1 = path.join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const { code, out } = await run(['--json', good, path.join(dir, 'missing.txt'), empty, dir, binary, latin1, good]);
    const lines = jsonLines(out);
    expect(lines.map((l) => (l.ok ? 'ok' : l.error.code))).toEqual(['ok', 'not-found', 'empty', 'is-directory', 'binary', 'invalid-encoding', 'ok']);
    for (const failed of lines.filter((l) => !l.ok)) expect(failed.error.message).toMatch(/\w/);
    expect(code).toBe(1);
  });

  it('reads standard input from "-"', async () => {
    const posting = loadCorpus().find((p) => p.id === 'reprojobs-015')!;
    const { code, out } = await run(['--json', '-'], corpusText(posting));
    expect(code).toBe(0);
    expect(jsonLines(out)[0]).toMatchObject({ ok: true, pay: { min: 60000, max: 62000, period: 'year' } });
  });

  it('benchmarks in the place given by --location', async () => {
    const { out } = await run(['--json', '--location', 'Austin, TX']);
    expect(jsonLines(out)[0]!.benchmark?.region ?? jsonLines(out)[0]!.market?.scope.region).toBe('US-TX');
  });

  it('exits 2 with the usage on a bad option', async () => {
    const { code, err } = await run(['--frobnicate']);
    expect(code).toBe(2);
    expect(err).toContain('usage: scopefit');
  });

  it('prints a summary table or CSV, one row per posting', async () => {
    const { out } = await run(['--csv']);
    const [header, row] = out.trim().split('\n');
    expect(header).toBe('input,title,occupation,score,verdict,pay,roles bundled,top flag,wording');
    expect(row).toContain('Social Media Coordinator');
    expect(row).toMatch(/,(27-3031|13-1161) [^,]+ \((high|medium|low)\),/);
    // The sample asks for a "social media ninja" who will "wear many hats".
    expect(row?.endsWith('; 2 clichés')).toBe(true);
  });

  it('compares with the occupation given by --occupation, and refuses a code that does not exist', async () => {
    const { out } = await run(['--json', '--occupation', '29-1141']);
    const [report] = jsonLines(out);
    expect(report).toMatchObject({ ok: true, occupation: { soc: '29-1141', chosenBy: 'user' }, benchmark: { soc: '29-1141' } });
    const bad = await run(['--occupation', '99-9999']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no such occupation');
  });

  it('reports an unreadable file and goes on', async () => {
    // Root reads a mode-000 file anyway; /proc/self/mem refuses a read from offset 0 for anyone.
    let locked = '/proc/self/mem';
    if (process.getuid?.() !== 0) {
      locked = path.join(mkdtempSync(path.join(tmpdir(), 'scopefit-')), 'locked.txt');
      writeFileSync(locked, 'Title\n\nBody');
      chmodSync(locked, 0o000);
    }
    const { out } = await run(['--json', locked, path.join(root, 'public/sample-posting.txt')]);
    const lines = jsonLines(out);
    expect(lines[0]).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    expect(lines[1]).toMatchObject({ ok: true });
  });

  it('exits 0 from a real process when every input produced a report', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'bin/scopefit.mjs'), path.join(root, 'public/sample-posting.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('verdict:');
  });

  it('reads piped input without "-", and the sample when nothing is piped', async () => {
    const posting = loadCorpus().find((p) => p.id === 'reprojobs-015')!;
    expect(jsonLines((await run(['--json'], corpusText(posting), true)).out)[0]).toMatchObject({ ok: true, pay: { min: 60000, max: 62000 } });
    expect(jsonLines((await run(['--json'], '', true)).out)[0]).toMatchObject({ ok: true, posting: { title: 'Social Media Coordinator' } });
  });

  it('writes errors to standard error in every output form, and keeps standard output for results', async () => {
    const missing = path.join(tmpdir(), 'scopefit-no-such-file.txt');
    for (const form of [[], ['--summary'], ['--csv'], ['--json']]) {
      const { code, out, err } = await run([...form, missing]);
      expect(code, form.join()).toBe(1);
      expect(err, form.join()).toContain('no such file');
      if (form.length === 0) expect(out).toBe('');
    }
  });

  it('starts the summary with a header row', async () => {
    const { out } = await run(['--summary']);
    expect(out.split('\n')[0]).toBe('input | title | occupation | score | verdict | pay | roles bundled | top flag | wording');
  });

  it('says its version, and refuses an unknown place and conflicting flags', async () => {
    expect((await run(['--version'])).out).toMatch(/^scopefit \d+\.\d+\.\d+\n$/);
    const place = await run(['--location', 'Atlantis']);
    expect([place.code, place.out]).toEqual([2, '']);
    expect(place.err).toContain('names no place');
    for (const flags of [['--json', '--summary'], ['--json', '--csv'], ['--summary', '--level-only']]) {
      const { code, err } = await run(flags);
      expect(code, flags.join(' ')).toBe(2);
      expect(err).toContain('cannot be used');
    }
  });

  it('writes pay, scope and quotes in plain English', () => {
    const pay = (p: Partial<Pay>): Pay => ({ min: 25, max: 25, period: 'hour', currency: 'USD', annual: { min: 52000, max: 52000 }, estimated: false, evidence: '$25 an hour', ...p }) as Pay;
    expect(payLine(pay({}))).toBe('$25 an hour ($52,000 a year)');
    expect(payLine(pay({ min: 42000, max: 46000, period: 'year', annual: { min: 42000, max: 46000 } }))).toBe('$42,000–$46,000 a year');
    expect(bundledLine(0)).toBe('no distinct jobs found');
    expect(bundledLine(1)).toBe('one job');
    expect(bundledLine(3)).toBe('about 3 jobs in one');
    const long = 'Develop and own our social media strategy across Instagram, TikTok, LinkedIn and YouTube, and set quarterly KPIs for the team and the company as a whole, every quarter';
    expect(quote(long)).toMatch(/^Develop and own .*\w…$/);
    expect(quote(long).length).toBeLessThanOrEqual(161);
    expect(quote('Short quote.')).toBe('Short quote.');
  });

  it('answers --help from the built command within five times a bare Node start', () => {
    // The build postinstall makes, made again here so that it matches the sources under test.
    execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')]);
    const time = (args: string[]): number => {
      const start = performance.now();
      spawnSync(process.execPath, args, { encoding: 'utf8' });
      return performance.now() - start;
    };
    const best = (args: string[]): number => Math.min(...[0, 1, 2].map(() => time(args)));
    const help = spawnSync(process.execPath, [path.join(root, 'bin/scopefit.mjs'), '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('usage: scopefit');
    expect(help.stderr).toBe('');
    expect(best([path.join(root, 'bin/scopefit.mjs'), '--help'])).toBeLessThan(5 * best(['-e', '0']));
  });
});
