// Pay-transparency laws that reach the posting's place: for each, since when, for which employers,
// why it reaches this job, whether the draft meets it, and its source; then the disclaimer, plainly.

import { TRANSPARENCY_DISCLAIMER } from '../analyzers/transparency';
import type { Report } from '../analyzers/types';
import { basisWords, locationWords, OUTCOME_NAME, PROBLEM_NAME, sinceWords, type LocationFrom } from './audit';

/** The address's host, as the link's words ("cdle.colorado.gov"); the address itself if it has none. */
function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function TransparencyPanel({ report, locationFrom }: { readonly report: Report; readonly locationFrom: LocationFrom }) {
  const { checks } = report.transparency;
  return (
    <section class="part" aria-labelledby="transparency-heading" data-testid="transparency">
      <h2 id="transparency-heading">Pay transparency</h2>
      <p class="small muted" data-testid="transparency-place">{locationWords(report, locationFrom)}</p>
      {checks.length === 0 && report.posting.location !== null && <p>No pay-transparency law in ScopeFit’s table reaches this place.</p>}
      {checks.length > 0 && (
        <ul class="law-list">
          {checks.map((c) => (
            <li key={c.lawId} class={`law law--${c.outcome}`} data-law={c.lawId}>
              <h3>
                {c.jurisdiction}:{' '}
                <span class={`outcome outcome--${c.outcome}`} data-testid="transparency-outcome" data-outcome={c.outcome}>
                  {OUTCOME_NAME[c.outcome]}
                </span>
              </h3>
              <p class="small muted">{c.law}</p>
              <dl class="law-facts">
                <dt>Since</dt>
                <dd>{sinceWords(c)}</dd>
                <dt>Employers</dt>
                <dd>
                  {c.employers}
                  {c.condition !== null && c.basis !== 'remote-if-tied' ? ` (${c.condition})` : ''}
                </dd>
                <dt>Why it applies</dt>
                <dd>{basisWords(c)}</dd>
                {c.problem !== null && (
                  <>
                    <dt>Problem</dt>
                    <dd>{PROBLEM_NAME[c.problem]}</dd>
                  </>
                )}
              </dl>
              <p>{c.message}</p>
              <p class="small">
                Source:{' '}
                <a href={c.source.url} target="_blank" rel="noreferrer">
                  {hostOf(c.source.url)}
                </a>{' '}
                <span class="muted">({c.source.date})</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p class="disclaimer" data-testid="transparency-disclaimer">
        {TRANSPARENCY_DISCLAIMER}
      </p>
    </section>
  );
}
