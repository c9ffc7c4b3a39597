// The toolbar popup: the verdict at a glance, the three strongest reasons, and the way into the
// side panel for the rest.

import type { Flag } from '../analyzers/types';
import type { TabState } from '../extension/messages';
import { Loading, NotAPosting, NotRecognised } from './PanelStates';
import { PostingHeading, VerdictBlock } from './ReportView';
import { flagsBySeverity, SEVERITY_NAME } from './words';

export function strongestReasons(flags: readonly Flag[], count = 3): Flag[] {
  return flagsBySeverity(flags).slice(0, count);
}

export interface PopupProps {
  readonly state: TabState | null | undefined;
  readonly tabLoading: boolean;
  readonly onOpenPanel: (() => void) | null;
  readonly onAnalyse: (() => void) | null;
  readonly analysing: boolean;
  readonly notice: string | null;
  readonly historyHref: string;
  readonly auditHref: string;
}

function PopupBody({ state, tabLoading, onAnalyse, analysing }: PopupProps) {
  if (state === undefined || (state === null && tabLoading)) return <Loading />;
  if (state === null) return <NotRecognised onAnalyse={onAnalyse} busy={analysing} />;
  switch (state.kind) {
    case 'reading':
      return <Loading title={state.page.title} />;
    case 'not-a-posting':
      return <NotAPosting reason={state.reason} onAnalyse={onAnalyse} busy={analysing} />;
    case 'error':
      return (
        <div class="state" data-testid="error">
          <h1>Something went wrong reading this job</h1>
          <p>{state.message} Open the side panel for the details.</p>
        </div>
      );
    case 'report': {
      const reasons = strongestReasons(state.report.flags);
      return (
        <>
          <PostingHeading report={state.report} />
          <VerdictBlock report={state.report} />
          {reasons.length > 0 && (
            <>
              <h2>Why</h2>
              <ol data-testid="reasons">
                {reasons.map((f) => (
                  <li key={f.id}>
                    <span class="sr-only">{SEVERITY_NAME[f.severity]}: </span>
                    {f.message}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      );
    }
  }
}

export function Popup(props: PopupProps) {
  return (
    <main class="popup">
      <PopupBody {...props} />
      <p role="status" class={props.notice === null ? 'sr-only' : 'notice'}>
        {props.notice ?? ''}
      </p>
      <div class="actions">
        {props.onOpenPanel !== null && (
          <button type="button" class="primary" onClick={props.onOpenPanel} data-testid="open-panel">
            Open side panel
          </button>
        )}
        <a class="button" href={props.historyHref} target="_blank" rel="noopener">
          History
        </a>
        <a class="button" href={props.auditHref} target="_blank" rel="noopener" data-testid="audit-link">
          Audit this posting
        </a>
      </div>
    </main>
  );
}
