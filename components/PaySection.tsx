// Pay against the market: the chart, the figures in words, and where the market figures come from.

import type { Report } from '../analyzers/types';
import { Evidence, type ShowEvidence } from './Evidence';
import { PayChart } from './PayChart';
import { chartModel } from './pay-chart';
import { formatRange, LEVEL_NAME, MARKET_CURRENCY, payWords } from './words';

const TERMS_WORDS: Readonly<Record<NonNullable<Report['payTerms']>['kind'], string>> = {
  unpaid: 'unpaid', volunteer: 'volunteer work', 'commission-only': 'paid by commission only', 'equity-only': 'paid in equity only',
};

export function PaySection({ report, onShow }: { readonly report: Report; readonly onShow: ShowEvidence }) {
  const { pay, payEstimate, benchmark, market, payTerms } = report;
  const model = chartModel(report);
  return (
    <section class="part" aria-labelledby="pay-heading" data-testid="pay">
      <h2 id="pay-heading">Pay against the market</h2>
      {pay !== null ? (
        <p>
          Posted pay: <strong>{payWords(pay)}</strong>
          {pay.estimated ? ' (an estimate, not the employer’s figure)' : ''} <Evidence text={pay.evidence} onShow={onShow} />
        </p>
      ) : payTerms ? (
        <p>
          No wage: the posting says the work is <strong>{TERMS_WORDS[payTerms.kind]}</strong>. <Evidence text={payTerms.evidence} onShow={onShow} />
        </p>
      ) : (
        <p>The posting states no pay.</p>
      )}
      {payEstimate !== null && pay === null && (
        <p>
          The job board estimates <strong>{payWords(payEstimate)}</strong>: its guess, not the employer’s offer.
        </p>
      )}
      {pay?.implausible !== undefined && <p class="notice">{pay.implausible}</p>}
      {pay?.unsure !== undefined && <p class="notice">Unsure: {pay.unsure}</p>}
      {model !== null && <PayChart model={model} id="pay-chart" />}
      {model?.note != null && <p class="small muted">{model.note}</p>}
      {benchmark !== null && (
        <p>
          The posted pay sits at about the <strong>{ordinal(benchmark.payPercentile)} percentile</strong> of pay for{' '}
          {LEVEL_NAME[benchmark.level].toLowerCase()} work like this.
        </p>
      )}
      {market !== null ? (
        <p class="small muted">
          Middle half of yearly pay for {LEVEL_NAME[market.scope.level].toLowerCase()} work:{' '}
          {formatRange(market.scope.annual.p25, market.scope.annual.p75, MARKET_CURRENCY)} ({market.scope.region}). Source:{' '}
          {market.scope.source}.
        </p>
      ) : (
        <p class="small muted" data-testid="benchmark-note">{report.benchmarkNote ?? 'No market figures apply to this posting (its place or language is not covered yet).'}</p>
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
