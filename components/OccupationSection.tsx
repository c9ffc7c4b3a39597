// Which occupation the pay is compared with, how sure ScopeFit is, and a way to pick another: the
// alternatives the posting also fits, or a search of the occupation titles. Props in, markup out;
// the choice is handed to `onChoose` (the side panel remembers it for the posting).

import { useState } from 'preact/hooks';
import type { Occupation, OccupationChoice, Report } from '../analyzers/types';

const CONFIDENCE_WORDS: Readonly<Record<Occupation['confidence'], string>> = {
  high: 'The title and duties point clearly to this occupation.',
  medium: 'The title and duties point to this occupation, though another could fit.',
  low: 'ScopeFit is not sure what job this is: the title and duties fit several occupations. Check it, and pick the right one if it is wrong.',
};

export interface OccupationSectionProps {
  readonly report: Report;
  /** Picks an occupation for this posting, or null to go back to the one the posting implies. */
  readonly onChoose: ((soc: string | null) => void) | null;
  /** Occupation titles matching what the user types. */
  readonly search: ((query: string) => readonly OccupationChoice[]) | null;
}

export function OccupationSection({ report, onChoose, search }: OccupationSectionProps) {
  const occupation = report.occupation;
  const [query, setQuery] = useState('');
  if (occupation === null) {
    return (
      <section class="part" aria-labelledby="occupation-heading" data-testid="occupation">
        <h2 id="occupation-heading">Compared with</h2>
        <p data-testid="occupation-unknown">ScopeFit cannot tell what job this is, so the pay is not compared with any occupation's wages.</p>
        {search && onChoose && <OccupationSearch query={query} setQuery={setQuery} search={search} onChoose={onChoose} />}
      </section>
    );
  }
  const source = report.benchmark?.source ?? report.market?.scope.source ?? null;
  const note = report.benchmark?.basis.note ?? report.market?.scope.basis.note ?? null;
  return (
    <section class="part" aria-labelledby="occupation-heading" data-testid="occupation" data-soc={occupation.soc} data-confidence={occupation.confidence}>
      <h2 id="occupation-heading">Compared with</h2>
      <p>
        <strong data-testid="occupation-title">{occupation.title}</strong> <span class="muted">({occupation.soc})</span>
        {occupation.chosenBy === 'user' ? ' — your choice for this posting.' : null}
      </p>
      <p class={occupation.confidence === 'low' && occupation.chosenBy !== 'user' ? 'notice' : 'small muted'} data-testid="occupation-confidence">
        {occupation.chosenBy === 'user' ? 'You picked this occupation; the report uses its wages.' : CONFIDENCE_WORDS[occupation.confidence]}
        {occupation.chosenBy === 'posting' && occupation.evidence !== '' ? ` Decided by: “${occupation.evidence}”.` : ''}
      </p>
      {source !== null && <p class="small muted">Wages: {source}.{note !== null ? ` ${note}` : ''}</p>}
      {onChoose && (
        <details data-testid="occupation-picker" open={occupation.confidence === 'low' && occupation.chosenBy !== 'user'}>
          <summary>Not this job? Pick another occupation</summary>
          {occupation.alternatives.length > 0 && (
            <ul class="choices" aria-label="Other occupations this posting fits">
              {occupation.alternatives.map((a) => (
                <li key={a.soc}>
                  <button type="button" class="link" data-soc={a.soc} onClick={() => onChoose(a.soc)}>
                    {a.title} <span class="muted">({a.soc})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {search && <OccupationSearch query={query} setQuery={setQuery} search={search} onChoose={onChoose} />}
          {occupation.chosenBy === 'user' && (
            <button type="button" class="link" data-testid="occupation-reset" onClick={() => onChoose(null)}>
              Go back to the occupation the posting implies
            </button>
          )}
        </details>
      )}
    </section>
  );
}

function OccupationSearch(props: {
  readonly query: string;
  readonly setQuery: (q: string) => void;
  readonly search: (query: string) => readonly OccupationChoice[];
  readonly onChoose: (soc: string) => void;
}) {
  const { query, setQuery, search, onChoose } = props;
  const found = query.trim().length >= 2 ? search(query.trim()).slice(0, 8) : [];
  return (
    <div class="occupation-search">
      <label for="occupation-query">Search occupations</label>
      <input id="occupation-query" type="search" value={query} placeholder="e.g. nurse, forklift, accountant" onInput={(e) => setQuery(e.currentTarget.value)} data-testid="occupation-query" />
      {query.trim().length >= 2 && (
        <ul class="choices" aria-label="Matching occupations" aria-live="polite" data-testid="occupation-results">
          {found.length === 0 ? <li class="muted">No occupation title matches “{query.trim()}”.</li> : found.map((c) => (
            <li key={c.soc}>
              <button type="button" class="link" data-soc={c.soc} onClick={() => onChoose(c.soc)}>
                {c.title} <span class="muted">({c.soc})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
