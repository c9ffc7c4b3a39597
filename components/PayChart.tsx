// The posted pay on the market's middle half (25th to 75th percentile, with the median marked) for
// the level the duties imply and the level the title states, on one axis of yearly pay.

import type { ChartModel } from './pay-chart';
import { xOf } from './pay-chart';
import { formatMoney as money } from './money';
import { formatMoney, formatRange, LEVEL_NAME } from './words';

const WIDTH = 320;
const LEFT = 8;
const PLOT = WIDTH - 2 * LEFT;
const ROW = 40;
const AXIS = 22;

function rowWords(row: ChartModel['rows'][number], currency: string): string {
  return row.kind === 'posted'
    ? `${row.label}: ${formatRange(row.min, row.max, currency)} a year`
    : `${row.label} (${LEVEL_NAME[row.level].toLowerCase()}): middle half ${formatRange(row.p25, row.p75, currency)}, median ${formatMoney(row.p50, currency)}`;
}

export function PayChart({ model, id }: { readonly model: ChartModel; readonly id: string }) {
  const height = model.rows.length * ROW + AXIS;
  const x = (v: number): number => LEFT + xOf(v, model, PLOT);
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid="pay-chart">
      <title id={`${id}-title`}>Yearly pay against the market</title>
      <desc id={`${id}-desc`}>{model.rows.map((r) => rowWords(r, model.currency)).join('. ')}</desc>
      <g class="axis" aria-hidden="true">
        {model.ticks.map((t) => (
          <g key={t}>
            <line class="grid" x1={x(t)} x2={x(t)} y1={0} y2={height - AXIS + 4} />
            <text x={x(t)} y={height - 6} text-anchor={t === model.ticks[0] ? 'start' : t === model.ticks[model.ticks.length - 1] ? 'end' : 'middle'}>
              {money(t, model.currency, { compact: true, step: (model.ticks[1] ?? t) - (model.ticks[0] ?? 0) || undefined })}
            </text>
          </g>
        ))}
      </g>
      {model.rows.map((row, i) => {
        const top = i * ROW;
        const label = row.kind === 'posted' ? row.label : `${row.label}: ${LEVEL_NAME[row.level].toLowerCase()}`;
        return (
          <g key={label} aria-hidden="true">
            <text x={LEFT} y={top + 13}>{label}</text>
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
