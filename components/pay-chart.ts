// What the pay chart draws, worked out apart from the drawing: the rows (posted pay, the market's
// middle half for the scope level and for the stated level) and one shared scale in annual pay.

import { midpointOf } from '../analyzers/pay/bounds';
import { filled } from '../analyzers/pay/bounds';
import type { Level, Report } from '../analyzers/types';
import { MARKET_CURRENCY } from './words';

export type ChartRow =
  | { readonly kind: 'posted'; readonly label: string; readonly min: number; readonly max: number; readonly estimated: boolean }
  | { readonly kind: 'band'; readonly label: string; readonly level: Level; readonly role: 'scope' | 'stated'; readonly p25: number; readonly p50: number; readonly p75: number };

export interface ChartModel {
  readonly rows: readonly ChartRow[];
  /** Axis ends, rounded outwards to a step. */
  readonly from: number;
  readonly to: number;
  readonly ticks: readonly number[];
  readonly currency: string;
  /** Why the posted pay is not drawn against the market, when it is not. */
  readonly note: string | null;
  readonly source: string | null;
  readonly region: string | null;
}

/**
 * Null when a chart would say nothing: no market figures to draw against (a lone dot on an axis
 * of its own making tells the reader nothing the sentence above it does not).
 */
export function chartModel(report: Report): ChartModel | null {
  const market = report.market;
  if (market === null) return null;
  const pay = report.pay ?? report.payEstimate;
  const payComparable = pay !== null && !pay.implausible && (market === null || pay.currency === MARKET_CURRENCY);
  const rows: ChartRow[] = [];
  if (pay !== null && payComparable) {
    rows.push({ kind: 'posted', label: pay.estimated ? 'Job board’s estimate' : 'This job', ...filled(pay.annual), estimated: pay.estimated });
  }
  rows.push({ kind: 'band', label: 'Typical for these duties', level: market.scope.level, role: 'scope', ...market.scope.annual });
  if (market.stated.level !== market.scope.level) {
    rows.push({ kind: 'band', label: 'Typical for this title', level: market.stated.level, role: 'stated', ...market.stated.annual });
  }
  let note: string | null = null;
  if (pay !== null && !payComparable) {
    note = pay.implausible
      ? `The pay is not drawn: ${pay.implausible}`
      : `The pay is in ${pay.currency} and the market figures are US dollars, so they are not drawn together.`;
  }
  const values = rows.flatMap((r) => (r.kind === 'posted' ? [r.min, r.max] : [r.p25, r.p75]));
  const { from, to, ticks } = niceScale(Math.min(...values), Math.max(...values));
  return { rows, from, to, ticks, currency: MARKET_CURRENCY, note, source: market.scope.source, region: market.scope.region };
}

export interface PayGap {
  readonly where: 'below' | 'within' | 'above';
  /** Yearly distance from the typical range's nearer end to the posted pay's midpoint; 0 within it. */
  readonly amount: number;
}

/**
 * Where the posted (or estimated) yearly pay sits against the typical range (the middle half) for
 * the level the duties describe. Null when the two cannot be compared.
 */
export function payGap(report: Report): PayGap | null {
  const market = report.market;
  const pay = report.pay ?? report.payEstimate;
  if (market === null || pay === null || pay.implausible || pay.currency !== MARKET_CURRENCY) return null;
  const mid = midpointOf(pay.annual); // an open-ended figure by its one bound
  const { p25, p75 } = market.scope.annual;
  if (mid < p25) return { where: 'below', amount: p25 - mid };
  if (mid > p75) return { where: 'above', amount: mid - p75 };
  return { where: 'within', amount: 0 };
}

/** A gap said roughly, as people say it: to the nearest thousand, at least a thousand. */
export function roughGap(amount: number): number {
  return Math.max(1000, Math.round(amount / 1000) * 1000);
}

export interface AxisLabel {
  readonly value: number;
  readonly text: string;
  /** Left edge and width of the label's box, in px from the plot's left. */
  readonly left: number;
  readonly width: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly x: number;
}

/** Width of a label at the chart's fixed axis size: a generous 0.62 em a character, plus room to breathe. */
export function labelWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.62);
}

const LABEL_GAP = 6;

/**
 * The tick labels that fit side by side on an axis `width` px wide: every tick when they fit, else
 * every second, third… tick (the first always kept), so no two label boxes overlap. The ends are
 * anchored inward so no label runs off the chart.
 */
export function axisLabels(ticks: readonly number[], texts: readonly string[], model: Pick<ChartModel, 'from' | 'to'>, width: number, fontPx: number): AxisLabel[] {
  const all = ticks.map((value, i): AxisLabel => {
    const text = texts[i] ?? '';
    const w = Math.min(labelWidth(text, fontPx), width);
    const x = xOf(value, model, width);
    const left = Math.max(0, Math.min(width - w, x - w / 2));
    // Drawn inside its box: from the box's start, middle or end, whichever keeps it over its tick.
    const anchor = left === 0 && x - w / 2 < 0 ? 'start' : left === width - w && x + w / 2 > width ? 'end' : 'middle';
    return { value, text, left, width: w, anchor, x: anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2 };
  });
  for (let stride = 1; stride <= all.length; stride++) {
    const shown = all.filter((_, i) => i % stride === 0);
    if (shown.every((l, i) => i === 0 || shown[i - 1]!.left + shown[i - 1]!.width + LABEL_GAP <= l.left)) return shown;
  }
  return all.slice(0, 1);
}

const STEPS = [1, 2, 2.5, 5, 10];

/** An axis from below `low` to above `high` in round steps, about four of them. */
export function niceScale(low: number, high: number): { from: number; to: number; ticks: number[] } {
  const spread = Math.max(high - low, Math.abs(high) * 0.2, 1);
  const raw = spread / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
  const from = Math.max(0, Math.floor((low - spread * 0.05) / step) * step);
  const to = Math.ceil((high + spread * 0.05) / step) * step;
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 2; t += step) ticks.push(Math.round(t));
  return { from, to, ticks };
}

/** Where a value falls on an axis drawn `width` wide, clamped to the axis. */
export function xOf(value: number, model: Pick<ChartModel, 'from' | 'to'>, width: number): number {
  const span = model.to - model.from || 1;
  return Math.max(0, Math.min(width, ((value - model.from) / span) * width));
}
