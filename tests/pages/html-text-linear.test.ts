// Page text reading stays linear on whitespace-heavy markup anyone can publish: a run of 40,000
// spaces or thousands of blank lines used to take 20 s each (found by scripts/regex-audit.ts).
import { describe, expect, it } from 'vitest';
import { readPageFromHtml } from '../../cli/page';

const page = (n: number): string =>
  `<html><body><h1>Social Media Manager</h1><p>x${' '.repeat(n)}y</p><p>${'a\n\n'.repeat(Math.round(n / 3))}</p></body></html>`;

const timeOf = (html: string): number => {
  const start = performance.now();
  readPageFromHtml(html, null);
  return performance.now() - start;
};

describe('reading whitespace-heavy pages', () => {
  it('grows about linearly from 4,000 to 40,000 characters of spaces and blank lines', () => {
    timeOf(page(4_000)); // warm-up
    const small = Math.max(5, Math.min(timeOf(page(4_000)), timeOf(page(4_000))));
    const large = Math.min(timeOf(page(40_000)), timeOf(page(40_000)));
    // Ten times the input; a quadratic reader would take a hundred times as long.
    expect(large).toBeLessThan(small * 30);
  });
});
