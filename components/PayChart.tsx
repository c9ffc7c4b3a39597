// The posted pay against the typical range (the middle half, median marked) for the level the
// duties describe and, when it differs, the level the title states, on one axis of yearly pay.
// Drawn at the width it is given, in px, so its text stays one size at any panel width.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChartModel } from './pay-chart';
import { axisLabels, xOf } from './pay-chart';
import { formatMoney as money } from './money';
import { formatMoney, formatRange, LEVEL_NAME } from './words';

/** Fixed text sizes (px): the same in a 320 px panel and on a wide audit page. */
export const AXIS_FONT_PX = 11;
const SIDE = 8;
const ROW = 40;
const AXIS = 22;
const FALLBACK_WIDTH = 320;

function rowWords(row: ChartModel['rows'][number], currency: string): string {
  return row.kind === 'posted'
    ? `${row.label}: ${formatRange(row.min, row.max, currency)} a year`
    : `${row.label} (${LEVEL_NAME[row.level].toLowerCase()}): ${formatRange(row.p25, row.p75, currency)}, median ${formatMoney(row.p50, currency)}`;
}

/** The SVG drawn `width` px wide (exported for tests; PayChart measures its box). */
export function PayChartSvg({ model, id, width }: { readonly model: ChartModel; readonly id: string; readonly width: number }) {
  const plot = Math.max(40, width - 2 * SIDE);
  const height = model.rows.length * ROW + AXIS;
  const x = (v: number): number => SIDE + xOf(v, model, plot);
  const step = (model.ticks[1] ?? 0) - (model.ticks[0] ?? 0) || undefined;
  const labels = axisLabels(model.ticks, model.ticks.map((t) => money(t, model.currency, { compact: true, step })), model, plot, AXIS_FONT_PX);
  return (
    <svg class="chart" width={width} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid="pay-chart">
      <title id={`${id}-title`}>Yearly pay against the typical range</title>
      <desc id={`${id}-desc`}>{model.rows.map((r) => rowWords(r, model.currency)).join('. ')}</desc>
      <g class="axis" aria-hidden="true">
        {model.ticks.map((t) => (
          <line key={t} class="grid" x1={x(t)} x2={x(t)} y1={0} y2={height - AXIS + 4} />
        ))}
        {labels.map((l) => (
          <text key={l.value} x={SIDE + l.x} y={height - 6} text-anchor={l.anchor} data-left={SIDE + l.left} data-width={l.width}>
            {l.text}
          </text>
        ))}
      </g>
      {model.rows.map((row, i) => {
        const top = i * ROW;
        const label = row.kind === 'posted' ? row.label : `${row.label} (${LEVEL_NAME[row.level].toLowerCase()})`;
        return (
          <g key={label} aria-hidden="true">
            <text class="row-label" x={SIDE} y={top + 13}>{label}</text>
            {row.kind === 'posted' ? (
              row.min === row.max ? (
                <circle class="posted" cx={x(row.min)} cy={top + 26} r={5} />
              ) : (
                <line class="posted-line" x1={x(row.min)} x2={x(row.max)} y1={top + 26} y2={top + 26} />
              )
            ) : (
              <>
                <rect class="band" x={x(row.p25)} y={top + 19} width={Math.max(2, x(row.p75) - x(row.p25))} height={14} rx={3} />
                <line class="mid" x1={x(row.p50)} x2={x(row.p50)} y1={top + 17} y2={top + 35} />
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function PayChart({ model, id }: { readonly model: ChartModel; readonly id: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (el === null) return;
    const measure = (): void => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div class="chart-box" ref={box}>
      <PayChartSvg model={model} id={id} width={width} />
    </div>
  );
}
