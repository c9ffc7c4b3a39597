import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/scopefit';
import { corpusText, loadCorpus } from '../../scripts/corpus';

const root = path.resolve(__dirname, '../..');

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; return true; }, err: (s) => { err += s; return true; }, stdin: () => Buffer.from(stdin) });
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
});
