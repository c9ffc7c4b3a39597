// The German and French vocabularies ship in the background bundle only: the content script that
// runs on every job page (≤ 40,000 bytes, tests/bench-sizes.test.ts) never imports them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, ensureBuilt, measureSizes } from '../scripts/bench/sizes';
import { vocabularySizes } from '../scripts/vocabulary-sizes';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('the language vocabularies', () => {
  it('are each a few kilobytes minified', () => {
    const sizes = vocabularySizes();
    expect(sizes.map((s) => s.language)).toEqual(['en', 'de', 'fr']);
    for (const s of sizes) {
      expect(s.cues).toBeGreaterThan(100);
      expect(s.minifiedBytes).toBeGreaterThan(1_000);
      expect(s.minifiedBytes).toBeLessThan(20_000);
    }
  });

  describe('in the built extension', () => {
    let dir: string;
    beforeAll(() => {
      dir = ensureBuilt(ROOT);
    }, 180_000);

    it('stay out of the content script, which keeps its budget', () => {
      const sizes = measureSizes(dir);
      const content = sizes.entrypoints.filter((e) => e.kind === 'content-script').flatMap((e) => e.files);
      const code = content.map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
      // A cue of each table that no English text or site reader carries.
      expect(code).not.toMatch(/rufbereitschaft|astreinte|profil recherché/i);
      expect(sizes.contentScriptBytes!).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    });
  });
});
