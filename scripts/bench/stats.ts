// Small statistics and formatting helpers shared by the bench sections.

export interface Spread {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/** The q-quantile (0..1) of the values, nearest-rank on a sorted copy; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(values: readonly number[]): Spread {
  return { median: round(median(values)), p95: round(quantile(values, 0.95)), max: round(Math.max(...values)) };
}

/** Rounds to a few significant decimals so that the JSON stays readable. */
export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Lines of a plain text table, columns padded to their widest cell. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** Progress for a person watching; stderr so that `--json` output stays one object on stdout. */
export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
