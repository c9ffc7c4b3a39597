// The pay card: the posted pay, the typical range for this occupation, level and place, the gap in
// money, and a chart when it has something to show. The source sits behind an (i); no percentiles here.

import type { Report } from '../analyzers/types';
import { US_STATES } from '../analyzers/location';
import { Evidence, type ShowEvidence } from './Evidence';
import { PayChart } from './PayChart';
import { chartModel, payGap, roughGap } from './pay-chart';
import { formatMoney, formatRange, LEVEL_NAME, MARKET_CURRENCY, payWords } from './words';

const TERMS_WORDS: Readonly<Record<NonNullable<Report['payTerms']>['kind'], string>> = {
  unpaid: 'unpaid', volunteer: 'volunteer work', 'commission-only': 'paid by commission only', 'equity-only': 'paid in equity only',
};

/** "US-TX" → "Texas", "US" → "the US". */
export function placeName(region: string): string {
  const state = region.startsWith('US-') ? (US_STATES as Record<string, string>)[region.slice(3)] : undefined;
  return state ?? (region === 'US' ? 'the US' : region);
}

/** "About $25K below the typical range", or null when the pay cannot be set against one. */
export function gapWords(report: Report): string | null {
  const gap = payGap(report);
  if (gap === null) return null;
  if (gap.where === 'within') return 'Within the typical range';
  return `About ${formatMoney(roughGap(gap.amount), MARKET_CURRENCY, true)} ${gap.where} the typical range`;
}

export function PaySection({ report, onShow }: { readonly report: Report; readonly onShow: ShowEvidence }) {
  const { pay, payEstimate, market, payTerms } = report;
  const model = chartModel(report);
  const gap = gapWords(report);
  const shown = pay ?? payEstimate;
  return (
    <section class="part pay-card" aria-labelledby="pay-heading" data-testid="pay">
      <h2 id="pay-heading">Pay</h2>
      {pay !== null ? (
        <p>
          Posted: <strong data-testid="pay-posted">{payWords(pay)}</strong>
          {pay.estimated ? ' (an estimate, not the employer’s figure)' : ''} <Evidence text={pay.evidence} onShow={onShow} place="pay" />
        </p>
      ) : payEstimate !== null ? (
        <p>
          No pay posted. The job board estimates <strong data-testid="pay-posted">{payWords(payEstimate)}</strong>: its guess, not the employer’s offer.
        </p>
      ) : payTerms ? (
        <p>
          No wage: the posting says the work is <strong>{TERMS_WORDS[payTerms.kind]}</strong>. <Evidence text={payTerms.evidence} onShow={onShow} />
        </p>
      ) : (
        <p>The posting states no pay.</p>
      )}
      {pay?.implausible !== undefined && <p class="notice">{pay.implausible}</p>}
      {pay?.unsure !== undefined && <p class="notice">Unsure: {pay.unsure}</p>}
      {market !== null && (
        <p data-testid="pay-typical">
          Typical for {LEVEL_NAME[market.scope.level].toLowerCase()} {report.occupation !== null ? report.occupation.title.toLowerCase() : 'work like this'} in{' '}
          {placeName(market.scope.region)}: <strong>{formatRange(market.scope.annual.p25, market.scope.annual.p75, MARKET_CURRENCY)} a year</strong>
        </p>
      )}
      {gap !== null && shown !== null && (
        <p class={`pay-gap pay-gap--${payGap(report)?.where ?? 'within'}`} data-testid="pay-gap">
          {gap}
        </p>
      )}
      {model !== null && model.rows.some((r) => r.kind === 'posted') && <PayChart model={model} id="pay-chart" />}
      {model?.note != null && <p class="small muted">{model.note}</p>}
      {market !== null ? (
        <details class="source" data-testid="pay-source">
          <summary>
            <span class="info-icon" aria-hidden="true">i</span> Where the typical range comes from
          </summary>
          <p class="small">
            {market.scope.source}. The typical range is the middle half of yearly pay (25th to 75th percentile) for{' '}
            {LEVEL_NAME[market.scope.level].toLowerCase()} work in {placeName(market.scope.region)}; the line inside the band is the median.
            {market.scope.basis.note !== null ? ` ${market.scope.basis.note}` : ''}
            {report.benchmark !== null ? ` The posted pay sits at about the ${ordinal(report.benchmark.payPercentile)} percentile.` : ''}
          </p>
        </details>
      ) : (
        <p class="small muted" data-testid="benchmark-note">{report.benchmarkNote ?? 'No wage figures apply to this posting (its place or language is not covered yet).'}</p>
      )}
    </section>
  );
}

export function ordinal(n: number): string {
  const r = Math.round(n);
  const tens = r % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[r % 10] ?? 'th';
  return `${r}${suffix}`;
}
