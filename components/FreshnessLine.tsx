// One line on how old the posting is, from what the page shows (its dates, "30+ days ago",
// "Reposted") and what its text says ("continuous recruitment"), each with its evidence. Facts
// for the reader to weigh, never a verdict on the employer.

import type { Freshness, Report } from '../analyzers/types';
import { Evidence, type ShowEvidence } from './Evidence';

/** "Posted 45 days ago; the page says it was reposted". Null when there is nothing to say. */
export function freshnessWords(freshness: Freshness): string | null {
  const parts: string[] = [];
  const old = freshness.signals.find((s) => s.id === 'old');
  if (old !== undefined) parts.push(old.message);
  else if (freshness.ageDays !== null) parts.push(freshness.ageDays === 0 ? 'Posted today' : `Posted ${freshness.ageDays} day${freshness.ageDays === 1 ? '' : 's'} ago`);
  for (const signal of freshness.signals) if (signal !== old) parts.push(signal.message);
  if (parts.length === 0 && freshness.validThrough !== null) parts.push(`Open until ${freshness.validThrough}`);
  if (parts.length === 0) return null;
  return parts
    .map((part, i) => part.replace(/\.$/, '').replace(/^The /, i === 0 ? 'The ' : 'the '))
    .join('; ');
}

export function FreshnessLine({ report, onShow }: { readonly report: Report; readonly onShow: ShowEvidence }) {
  const freshness = report.freshness ?? null;
  const words = freshness === null ? null : freshnessWords(freshness);
  if (freshness === null || words === null) return null;
  // Dates come from the page's data or its header, not the posting's text: quoted, not found on the page.
  const evidence = freshness.signals.filter((s) => s.evidence !== '');
  return (
    <p class="small" data-testid="freshness">
      <span data-testid="freshness-words">{words}.</span>
      {evidence.map((s) => (
        <span key={s.id + s.evidence}> <Evidence text={s.evidence} onShow={s.id === 'standing-recruitment' ? onShow : null} /></span>
      ))}
    </p>
  );
}
