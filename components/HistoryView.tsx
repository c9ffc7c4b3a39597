// The history page: every posting analysed in this browser, sortable, 2–3 compared side by side,
// exported, or cleared.

import { repeatNote, type HistoryEntry, type HistorySort } from '../extension/history';
import { VERDICT_LABEL, formatRange } from './words';

export interface HistoryLinks {
  readonly settings: string;
  readonly audit: string;
}

export const COMPARE_MAX = 3;

export interface HistoryViewProps {
  readonly entries: readonly HistoryEntry[];
  readonly problem: string | null;
  readonly onDismissProblem: () => void;
  readonly sort: HistorySort;
  readonly onSort: (sort: HistorySort) => void;
  readonly selected: readonly string[];
  readonly onToggle: (id: string) => void;
  readonly onExport: (format: 'csv' | 'json') => void;
  readonly onClear: () => void;
  /** The other ScopeFit pages, for the top bar (the side panel's and audit page's bar). */
  readonly links?: HistoryLinks | null;
}

const SORT_NAME: Readonly<Record<HistorySort, string>> = { date: 'Newest', score: 'Score', pay: 'Pay' };

/** Pay in the period the posting gave it ("$22–$25 an hour"); older entries kept only the yearly figure. */
export function payCell(e: HistoryEntry): string {
  if (e.pay === null) return 'Not stated';
  return `${e.pay.asPosted ?? `${formatRange(e.pay.annualMin, e.pay.annualMax, e.pay.currency)} a year`}${e.pay.estimated ? ' (estimate)' : ''}`;
}

/** "6 Dec" this year, "6 Dec 2025" before it: short enough not to wrap. */
export function dateCell(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === now.getFullYear();
  return date.toLocaleDateString(undefined, sameYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' });
}

function Compare({ entries }: { readonly entries: readonly HistoryEntry[] }) {
  return (
    <section aria-labelledby="compare-heading" data-testid="compare">
      <h2 id="compare-heading">Side by side</h2>
      <div class="compare">
        {entries.map((e) => (
          <div key={e.id}>
            <h3>{e.title}</h3>
            <p class="muted">{e.company ?? 'Company not named'}</p>
            <p>
              <strong>{e.verdict === null ? 'No verdict' : VERDICT_LABEL[e.verdict]}</strong>
              {e.score !== null && <> · {e.score} out of 100</>}
            </p>
            <p>Pay: {payCell(e)}</p>
            <p class="small muted">Checked {dateCell(e.analysedAt)}</p>
            {e.url !== null && (
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                Open the posting
              </a>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

export function HistoryView(props: HistoryViewProps) {
  const { entries, problem, sort, selected } = props;
  const comparing = entries.filter((e) => selected.includes(e.id));
  return (
    <div class="app">
      <header class="bar">
        <span class="brand">ScopeFit</span>
        {props.links != null && (
          <nav aria-label="ScopeFit pages">
            <a href={props.links.audit} target="_blank" rel="noopener">Audit a posting</a>
            <a href={props.links.settings} target="_blank" rel="noopener">Settings</a>
          </nav>
        )}
      </header>
    <main class="page">
      <h1>Postings you’ve checked</h1>
      <p class="muted">Kept in this browser only, newest {entries.length === 1 ? 'one' : `${entries.length}`} of at most 500.</p>
      {problem !== null && (
        <div class="notice" role="alert">
          <p data-testid="history-problem">{problem}</p>
          <button type="button" onClick={props.onDismissProblem}>
            Dismiss
          </button>
        </div>
      )}
      <div class="toolbar">
        <label>
          Sort by{' '}
          <select value={sort} onChange={(ev) => props.onSort((ev.currentTarget as HTMLSelectElement).value as HistorySort)} data-testid="sort">
            {(Object.keys(SORT_NAME) as HistorySort[]).map((s) => (
              <option key={s} value={s}>
                {SORT_NAME[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => props.onExport('csv')} disabled={entries.length === 0}>
          Export CSV
        </button>
        <button type="button" onClick={() => props.onExport('json')} disabled={entries.length === 0}>
          Export JSON
        </button>
        <button type="button" onClick={props.onClear} disabled={entries.length === 0}>
          Clear history
        </button>
      </div>
      {comparing.length >= 2 ? <Compare entries={comparing} /> : entries.length >= 2 && <p class="small muted">Tick two or three postings to compare them side by side.</p>}
      {entries.length === 0 ? (
        <p data-testid="history-empty">Nothing yet. Open a job posting and ScopeFit will keep it here.</p>
      ) : (
        <table data-testid="history-table">
          <caption class="sr-only">Postings checked, sorted by {SORT_NAME[sort].toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col">Job</th>
              <th scope="col">Location</th>
              <th scope="col">Pay</th>
              <th scope="col">Score</th>
              <th scope="col">Verdict</th>
              <th scope="col">Checked</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const checked = selected.includes(e.id);
              return (
                <tr key={e.id} data-testid="history-row">
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Compare ${e.title}`}
                      checked={checked}
                      disabled={!checked && selected.length >= COMPARE_MAX}
                      onChange={() => props.onToggle(e.id)}
                    />
                  </td>
                  <td>
                    {e.url !== null ? (
                      <a href={e.url} target="_blank" rel="noopener noreferrer">
                        {e.title}
                      </a>
                    ) : (
                      e.title
                    )}
                    {e.company !== null && <div class="small muted">{e.company}</div>}
                    {repeatNote(e) !== null && <div class="small" data-testid="history-repeat">{repeatNote(e)}</div>}
                  </td>
                  <td data-testid="history-location">{e.location ?? '–'}</td>
                  <td data-testid="history-pay">{payCell(e)}</td>
                  <td>{e.score ?? '–'}</td>
                  <td>{e.verdict === null ? 'No verdict' : VERDICT_LABEL[e.verdict]}</td>
                  <td class="nowrap">
                    <time dateTime={e.analysedAt}>{dateCell(e.analysedAt)}</time>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
    </div>
  );
}
