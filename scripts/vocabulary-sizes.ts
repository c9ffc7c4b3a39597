// What each language's vocabulary weighs: cues per table, and the minified bytes of its module as
// it ships (esbuild, the minifier WXT's Vite build uses). The vocabularies live in the background
// bundle only: tests/bench-sizes.test.ts keeps them out of the content script (≤ 40,000 bytes).
// `npx tsx scripts/vocabulary-sizes.ts` prints them; BENCHMARKS.md quotes the output.

import { buildSync } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGLISH, type LanguageVocabulary } from '../analyzers/vocabulary/index';
import { FRENCH } from '../analyzers/vocabulary/fr/index';
import { HEADINGS } from '../analyzers/vocabulary/headings';
import { GERMAN } from '../analyzers/vocabulary/de/index';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface VocabularySize {
  readonly language: string;
  readonly cues: number;
  readonly headings: number;
  /** Minified bytes of the language's module and what it imports (types aside). */
  readonly minifiedBytes: number;
}

function minified(entry: string): number {
  const out = buildSync({ entryPoints: [path.join(ROOT, entry)], bundle: true, minify: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  return out.outputFiles.reduce((sum, f) => sum + f.contents.byteLength, 0);
}

const count = (v: LanguageVocabulary): number =>
  [...Object.values(v.areas), ...Object.values(v.conditions), ...Object.values(v.dutyLevels)].reduce((n, list) => n + list.length, 0) + v.titleLevels.length;

export function vocabularySizes(): VocabularySize[] {
  // English: its four tables, bundled together the way index.ts imports them.
  const english = ['areas', 'conditions', 'levels', 'headings'].reduce((n, t) => n + minified(`analyzers/vocabulary/${t}.ts`), 0);
  return [
    { language: 'en', cues: count(ENGLISH), headings: Object.values(HEADINGS).reduce((n, l) => n + l.length, 0), minifiedBytes: english },
    { language: 'de', cues: count(GERMAN), headings: Object.values(GERMAN.headings).reduce((n, l) => n + l.length, 0), minifiedBytes: minified('analyzers/vocabulary/de/index.ts') },
    { language: 'fr', cues: count(FRENCH), headings: Object.values(FRENCH.headings).reduce((n, l) => n + l.length, 0), minifiedBytes: minified('analyzers/vocabulary/fr/index.ts') },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log('language  cues  headings  minified bytes');
  for (const s of vocabularySizes()) console.log(`${s.language.padEnd(9)} ${String(s.cues).padStart(4)}  ${String(s.headings).padStart(8)}  ${String(s.minifiedBytes).padStart(14)}`);
}
