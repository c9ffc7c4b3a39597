// The side panel: the state of one tab (loading, no posting, unknown site, error, or its report),
// with links to the other pages. Props in, markup out; the entrypoint wires it to the browser.

import type { OccupationChoice } from '../analyzers/types';
import type { TabState } from '../extension/messages';
import type { ShowEvidence } from './Evidence';
import { ErrorState, Loading, NotAPosting, NotRecognised, SlowJob } from './PanelStates';
import { JOB_LOAD_LIMIT_MS, type JobWait } from '../extension/job-sites';
import { ReportView } from './ReportView';
import type { Settings } from '../extension/settings';

export interface PageLinks {
  readonly history: string;
  readonly settings: string;
  readonly audit: string;
}

export interface SidePanelProps {
  /** undefined while it is being looked up; null when the background knows nothing of the tab. */
  readonly state: TabState | null | undefined;
  /** The tab is still loading its page (so "not recognised" would be premature). */
  readonly tabLoading: boolean;
  readonly settings: Settings;
  readonly onShow: ShowEvidence;
  readonly onAnalyse: (() => void) | null;
  readonly analysing: boolean;
  /** A sentence for the user about the last thing they asked (a highlight, a read). */
  readonly notice: string | null;
  readonly links: PageLinks;
  /** Picks the occupation this posting is compared with (null: the one the posting implies). */
  readonly onChooseOccupation?: ((soc: string | null) => void) | null;
  readonly searchOccupations?: ((query: string) => readonly OccupationChoice[]) | null;
  /** A job's address whose page shows no posting yet (useJobWait): keep loading, then say so. */
  readonly jobWait?: JobWait;
}

export function PanelBody(props: SidePanelProps) {
  const { state, settings, onShow, onAnalyse, analysing, tabLoading } = props;
  if (state === undefined) return <Loading />;
  if (state === null) return tabLoading ? <Loading /> : <NotRecognised onAnalyse={onAnalyse} busy={analysing} />;
  switch (state.kind) {
    case 'reading':
      return <Loading title={state.page.title} />;
    case 'not-a-posting':
      if (props.jobWait === 'waiting') return <Loading />;
      if (props.jobWait === 'timed-out') return <SlowJob seconds={JOB_LOAD_LIMIT_MS / 1000} onAnalyse={onAnalyse} busy={analysing} />;
      return <NotAPosting reason={state.reason} onAnalyse={onAnalyse} busy={analysing} />;
    case 'error':
      return <ErrorState message={state.message} detail={state.detail} />;
    case 'report':
      return <ReportView report={state.report} show={settings.show} onShow={onShow} onChooseOccupation={props.onChooseOccupation ?? null} searchOccupations={props.searchOccupations ?? null} />;
  }
}

export function SidePanel(props: SidePanelProps) {
  const { links, notice } = props;
  return (
    <div class="app">
      <header class="bar">
        <span class="brand">ScopeFit</span>
        <nav aria-label="ScopeFit pages">
          <a href={links.history} target="_blank" rel="noopener">History</a>
          <a href={links.audit} target="_blank" rel="noopener">Audit a posting</a>
          <a href={links.settings} target="_blank" rel="noopener">Settings</a>
        </nav>
      </header>
      <main>
        <p role="status" class={notice === null ? 'sr-only' : 'notice'} data-testid="notice">
          {notice ?? ''}
        </p>
        <PanelBody {...props} />
      </main>
      <footer class="foot">Read in your browser. Nothing about this page or you is sent anywhere.</footer>
    </div>
  );
}
