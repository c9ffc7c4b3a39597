// The posting's own words, quoted: cut at a word boundary (words.ts cutQuote) with the whole quote
// on expand, and shown once per report (QuotePlan). With `onShow`, a button that shows them on the page.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { cutQuote, quoteKey } from './words';

export type ShowEvidence = ((text: string) => void) | null;

/** Where in the report a quote is shown; the first place that claims a quote keeps it. */
export type QuotePlace = 'pay' | 'duty' | 'flag' | 'condition' | 'level';

/** Each quote's place in the report, worked out once from the report (ReportView). */
export type QuotePlan = ReadonlyMap<string, QuotePlace>;

export const QuotePlanContext = createContext<QuotePlan | null>(null);

/** Claims each quote for the first place listed that holds it. */
export function planQuotes(claims: ReadonlyArray<readonly [QuotePlace, readonly string[]]>): QuotePlan {
  const plan = new Map<string, QuotePlace>();
  for (const [place, quotes] of claims) {
    for (const q of quotes) {
      const key = quoteKey(q);
      if (key !== '' && !plan.has(key)) plan.set(key, place);
    }
  }
  return plan;
}

/** True when `text` is shown at `place` (no plan, or the plan gives it to this place). */
export function ownsQuote(plan: QuotePlan | null, text: string, place: QuotePlace): boolean {
  const owner = plan?.get(quoteKey(text));
  return owner === undefined || owner === place;
}

export function Evidence({ text, onShow, place, lead = '' }: { readonly text: string; readonly onShow: ShowEvidence; readonly place?: QuotePlace; readonly lead?: string }) {
  const plan = useContext(QuotePlanContext);
  if (place !== undefined && !ownsQuote(plan, text, place)) return null;
  const short = cutQuote(text);
  const quote =
    onShow === null || text.trim() === '' ? (
      <q class="evidence-text">{short.text}</q>
    ) : (
      <button type="button" class="evidence" title="Show this on the page" onClick={() => onShow(text)}>
        “{short.text}”
      </button>
    );
  if (!short.cut) return lead === '' ? quote : <>{lead}{quote}</>;
  return (
    <span class="quote">
      {lead}
      {quote}
      <details class="quote-full">
        <summary>Whole quote</summary>
        <q>{text.replace(/\s+/g, ' ').trim()}</q>
      </details>
    </span>
  );
}
