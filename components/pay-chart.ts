// What the pay chart draws, worked out apart from the drawing: the rows (posted pay, the market's
// middle half for the scope level and for the stated level) and one shared scale in annual pay.

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

/** Null when there is nothing to draw: no pay the market can be compared with, and no market. */
export function chartModel(report: Report): ChartModel | null {
  const market = report.market;
  const pay = report.pay ?? report.payEstimate;
  const payComparable = pay !== null && !pay.implausible && (market === null || pay.currency === MARKET_CURRENCY);
  const rows: ChartRow[] = [];
  if (pay !== null && payComparable) {
    rows.push({ kind: 'posted', label: pay.estimated ? 'Job board’s estimate' : 'This job', ...filled(pay.annual), estimated: pay.estimated });
  }
  if (market !== null) {
    rows.push({ kind: 'band', label: 'Jobs with these duties', level: market.scope.level, role: 'scope', ...market.scope.annual });
    if (market.stated.level !== market.scope.level) {
      rows.push({ kind: 'band', label: 'Jobs with this title', level: market.stated.level, role: 'stated', ...market.stated.annual });
    }
  }
  if (rows.length === 0) return null;
  let note: string | null = null;
  if (pay !== null && !payComparable) {
    note = pay.implausible
      ? `The pay is not drawn: ${pay.implausible}`
      : `The pay is in ${pay.currency} and the market figures are US dollars, so they are not drawn together.`;
  }
  const values = rows.flatMap((r) => (r.kind === 'posted' ? [r.min, r.max] : [r.p25, r.p75]));
  const { from, to, ticks } = niceScale(Math.min(...values), Math.max(...values));
  const currency = market !== null ? MARKET_CURRENCY : pay?.currency ?? MARKET_CURRENCY;
  return { rows, from, to, ticks, currency, note, source: market?.scope.source ?? null, region: market?.scope.region ?? null };
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
