// Keeps analyzers/sites honest: every adapter is registered and has a saved page (or says why
// none exists), names its test pages, and imports nothing that would bloat the content script.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../analyzers/sites/index';

const SITES = path.resolve(__dirname, '../../analyzers/sites');
const EXPECTED = path.resolve(__dirname, 'expected');

/** Modules the site readers may import: their own files, the shared types, and Readability. */
const ALLOWED_IMPORTS = /^(?:\.\/[\w-]+|\.\.\/types|@mozilla\/readability)$/;
/** Shared helpers of the directory; every other file is one site's adapter. */
const HELPERS = new Set(['address.ts', 'adapter.ts', 'dom.ts', 'html-text.ts', 'index.ts', 'jsonld.ts', 'readability.ts']);

const files = readdirSync(SITES).filter((f) => f.endsWith('.ts')).sort();
const sources = new Map(files.map((f) => [f, readFileSync(path.join(SITES, f), 'utf8')] as const));
const savedSites = new Set(
  readdirSync(EXPECTED)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(path.join(EXPECTED, f), 'utf8')) as { site?: string | null }).site)
    .filter((site): site is string => typeof site === 'string'),
);
const pageNames = new Set(readdirSync(EXPECTED).map((f) => f.replace(/\.json$/, '')));

describe('the site adapters', () => {
  it('have unique ids', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s has a saved page, or says why none was available', (id, adapter) => {
    const hasPage = savedSites.has(id);
    expect(hasPage || (adapter.noSavedPage ?? '').length > 20).toBe(true);
    // A reason for a missing page goes stale once a page exists.
    expect(hasPage && adapter.noSavedPage !== undefined).toBe(false);
  });

  it('are all registered: every adapter file declares one site the registry lists', () => {
    const declared = files
      .filter((f) => !HELPERS.has(f))
      .map((f) => /\bid:\s*'([\w-]+)'/.exec(sources.get(f) ?? '')?.[1]);
    expect(declared.every((id) => id !== undefined)).toBe(true);
    expect(new Set(declared)).toEqual(new Set(ADAPTERS.map((a) => a.id)));
  });

  it.each(files.filter((f) => !HELPERS.has(f)))('%s ends with a Test pages block naming pages that exist', (file) => {
    const source = sources.get(file) ?? '';
    const block = /\/\* Test pages:([\s\S]*?)\*\/\s*$/.exec(source)?.[1];
    expect(block).toBeDefined();
    const named = (block ?? '').match(/\b[\w.-]+__[\w.-]+\b/g) ?? [];
    for (const name of named) expect(pageNames.has(name), `${file} names ${name}`).toBe(true);
    expect(named.length > 0 || /none available/i.test(block ?? '')).toBe(true);
  });

  it.each(files)('%s imports only its neighbours, the shared types and Readability', (file) => {
    const imports = [...(sources.get(file) ?? '').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const module of imports) expect(module, `${file} imports ${module}`).toMatch(ALLOWED_IMPORTS);
  });

  it('keep their selectors in one table at the top of the file', () => {
    for (const file of files.filter((f) => !HELPERS.has(f))) {
      const source = sources.get(file) ?? '';
      const table = source.indexOf('const SELECTORS');
      const firstFunction = source.search(/^(?:export )?function /m);
      expect(table, file).toBeGreaterThan(0);
      expect(table, file).toBeLessThan(firstFunction);
    }
  });
});
