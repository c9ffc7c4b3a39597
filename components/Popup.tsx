// The toolbar popup: the verdict and score at a glance, a pay line, the strongest reason, and one
// primary action (open the side panel; on a page it does not read, "Analyse anyway").

import type { Flag, Report } from '../analyzers/types';
import { gapWords } from './PaySection';
import type { TabState } from '../extension/messages';
import { Loading, NotAPosting, NotRecognised } from './PanelStates';
import { PostingHeading, VerdictBlock } from './ReportView';
import { flagsBySeverity, payWords, SEVERITY_NAME } from './words';

export function strongestReasons(flags: readonly Flag[], count = 3): Flag[] {
  return flagsBySeverity(flags).slice(0, count);
}

/** "$42,000–$46,000 a year · About $16K below the typical range", or what stands for pay. */
export function payLine(report: Report): string {
  const pay = report.pay ?? report.payEstimate;
  if (pay === null) return 'No pay stated';
  const gap = gapWords(report);
  const words = `${payWords(pay)}${pay.estimated ? ' (job board’s estimate)' : ''}`;
  return gap === null ? words : `${words} · ${gap}`;
}

/** Whether the popup's primary action is reading the page (no report to open a panel for). */
function asksToAnalyse(state: TabState | null | undefined, tabLoading: boolean): boolean {
  return (state === null && !tabLoading) || state?.kind === 'not-a-posting';
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
      const top = strongestReasons(state.report.flags, 1)[0];
      return (
        <>
          <PostingHeading report={state.report} />
          <VerdictBlock report={state.report} />
          <p data-testid="pay-line">
            <strong>Pay:</strong> {payLine(state.report)}
          </p>
          {top !== undefined && (
            <p data-testid="top-reason" class={`flag flag--${top.severity}`}>
              <span class="sr-only">{SEVERITY_NAME[top.severity]}: </span>
              {top.message}
            </p>
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
          // On a page it does not read, "Analyse anyway" (above) is the one primary action.
          <button type="button" class={asksToAnalyse(props.state, props.tabLoading) ? 'button' : 'primary'} onClick={props.onOpenPanel} data-testid="open-panel">
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
