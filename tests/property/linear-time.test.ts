// Adversarial text at 100 kB and at 1 MB: analyze(), the pay reader and the intake take time in
// proportion to the text, not to its square. Each 1 MB run must finish and take at most 15 times
// its 100 kB run (10× the text; 15× leaves room for a garbage collection or a busy CI machine).
// No absolute timings: only the growth is tested. scripts/regex-audit.ts does the same for each
// regex on its own; this is the whole pipeline.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { readPay } from '../../analyzers/pay';
import { normaliseDescription, postingFromText, readPosting } from '../../analyzers/posting';
import { analyze } from '../../analyzers/report';
import { PROPERTY_TIMEOUT } from './runs';

vi.setConfig({ testTimeout: PROPERTY_TIMEOUT });

/** The shapes issue 7 names, and the repeated units they are made of. */
const ADVERSARIAL: readonly (readonly [string, string])[] = [
  ['repeated digits', '1'],
  ['digits and commas', '1,'],
  ['repeated "$"', '$'],
  ['dollar figures', '$1,000 - $'],
  ['repeated "years of experience"', '5 years of experience '],
  ['one long word without spaces', 'a'],
  ['nested-looking "<div>" strings', '<div>'],
  ['unclosed "<p " tags', '<p '],
  ['"aA" camel joins', 'aA'],
  ['sentences glued by a scraper ("abCd")', 'abCd'],
  ['lines of bullets', '• Manage posts\n'],
];

const KB100 = 100_000;
const MB1 = 1_000_000;
/** The most a 1 MB run may take, as a multiple of the 100 kB run. */
const MAX_GROWTH = 15;
/**
 * A 100 kB run faster than this is counted as this long: at a few milliseconds, one garbage
 * collection of the 1 MB run's copies would make the ratio meaningless. A quadratic step that fast
 * at 100 kB would still end within seconds at 1 MB.
 */
const NOISE_MS = 20;

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * A full garbage collection before each timing, so that no run pays for the garbage of the one
 * before it (the 1 MB runs leave hundreds of megabytes). `gc` is not exposed by default; the flag
 * can be set at run time and the function taken from a fresh context.
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as (() => void) | undefined;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * How many times longer `run` takes on 1 MB of `unit` than on 100 kB, after a warm-up at 10 kB.
 * The 1 MB run is set against ten 100 kB runs in a row, so that both spend as long on the clock and
 * a busy machine slows both alike; a round that a pause spoiled is tried again, up to three times
 * (a quadratic step fails every round: its ratio is near 100).
 */
function growth(unit: string, run: (text: string) => unknown): { ratio: number; detail: string } {
  run(fill(unit, 10_000));
  const smallText = fill(unit, KB100);
  const largeText = fill(unit, MB1);
  let best = { ratio: Infinity, detail: '' };
  for (let round = 0; round < 3 && best.ratio > MAX_GROWTH; round++) {
    collectGarbage?.();
    const large = timed(() => run(largeText));
    collectGarbage?.();
    let tenSmall = 0;
    for (let i = 0; i < 10; i++) tenSmall += timed(() => run(smallText));
    const small = tenSmall / 10;
    const ratio = large / Math.max(small, NOISE_MS);
    if (ratio < best.ratio) best = { ratio, detail: `100 kB ${small.toFixed(1)} ms → 1 MB ${large.toFixed(0)} ms` };
  }
  return best;
}

const posting = (text: string) => postingFromText(`Social Media Manager\n\n${text}`);

describe('time grows linearly with adversarial text, 100 kB → 1 MB', () => {
  describe.each(ADVERSARIAL)('%s', (_, unit) => {
    it('normaliseDescription', () => {
      const g = growth(unit, normaliseDescription);
      expect(g.ratio, g.detail).toBeLessThanOrEqual(MAX_GROWTH);
    });

    it('readPay', () => {
      // The posting is read outside the timing: only the pay reader is measured.
      const read = new Map([KB100, MB1, 10_000].map((n) => [n, readPosting(posting(fill(unit, n)))]));
      const g = growth(unit, (text) => readPay(read.get(text.length) ?? readPosting(posting(text))));
      expect(g.ratio, g.detail).toBeLessThanOrEqual(MAX_GROWTH);
    });

    it('analyze()', () => {
      const g = growth(unit, (text) => analyze(posting(text)));
      expect(g.ratio, g.detail).toBeLessThanOrEqual(MAX_GROWTH);
    });
  });
});
