// The size budgets of issue 6, which are deterministic, pinned here (timings live in `npm run bench`,
// which reports and never fails): the content script that runs on every job page stays within
// 40 kB minified, and compromise (≈354 kB) stays out of it. Builds once, or reuses a fresh build.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPROMISE_MARKERS, CONTENT_SCRIPT_BUDGET, containsCompromise, ensureBuilt, measureSizes, type SizesResult } from '../scripts/bench/sizes';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const modules = (file: string): string => readFileSync(path.join(ROOT, 'node_modules', file), 'utf8');

// `job.content.ts` or `job.content/index.ts`: WXT's naming for a content script.
const contentScriptSources = readdirSync(path.join(ROOT, 'entrypoints')).filter((f) => /\.content(\.[cm]?[jt]sx?)?$/.test(f));

describe('the markers that tell compromise apart', () => {
  it.each(['one', 'two', 'three'])("are all in compromise's own %s build", (build) => {
    const code = modules(`compromise/builds/${build}/compromise-${build}.mjs`);
    for (const marker of COMPROMISE_MARKERS) expect(code).toMatch(marker);
  });

  it.each(['@mozilla/readability/Readability.js', 'preact/dist/preact.mjs'])('are in none of the other libraries the content script may bundle (%s)', (file) => {
    expect(containsCompromise(modules(file))).toBe(false);
  });
});

describe.skipIf(contentScriptSources.length === 0)(`the built content script (${contentScriptSources.join(', ')})`, () => {
  let sizes: SizesResult;
  let dir: string;
  beforeAll(() => {
    dir = ensureBuilt(ROOT);
    sizes = measureSizes(dir);
  }, 180_000);

  it(`is at most ${CONTENT_SCRIPT_BUDGET.toLocaleString('en-US')} bytes minified`, () => {
    expect(sizes.contentScriptBytes).not.toBeNull();
    expect(sizes.contentScriptBytes!).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('does not bundle compromise, nor does any script put into the page on demand', () => {
    const inPage = sizes.entrypoints.filter((e) => e.kind === 'content-script' || e.kind === 'script');
    expect(inPage.some((e) => e.kind === 'content-script')).toBe(true);
    const files = inPage.flatMap((e) => e.files).filter((f) => f.endsWith('.js'));
    for (const file of files) expect(containsCompromise(readFileSync(path.join(dir, file), 'utf8')), file).toBe(false);
  });
});
