// One posting's report, top to bottom: the verdict and score in words, then the parts the user
// chose to see. Carries the posting it belongs to (data-posting-*) so tests and readers can check.

import type { OccupationChoice, Report } from '../analyzers/types';
import { OccupationSection } from './OccupationSection';
import type { ComponentChildren } from 'preact';
import { planQuotes, QuotePlanContext, type QuotePlan, type ShowEvidence } from './Evidence';
import { FixesSection, FlagsSection } from './FlagsSection';
import { FreshnessLine } from './FreshnessLine';
import { LevelSection } from './LevelSection';
import { PaySection } from './PaySection';
import { ScopeSection } from './ScopeSection';
import type { ReportPart } from '../extension/settings';
import { WordingSection } from './WordingSection';
import { flagsBySeverity, REASON_WORDS, summary, VERDICT_LABEL, VERDICT_MEANING } from './words';

export function PostingHeading({ report }: { readonly report: Report }) {
  const { title, company, location } = report.posting;
  const meta = [company, location].filter((v): v is string => v !== null && v !== '').join(' · ');
  return (
    <div class="posting-meta">
      <h1 data-testid="posting-title">{title}</h1>
      {meta !== '' && <p class="muted">{meta}</p>}
    </div>
  );
}

export function VerdictBlock({ report }: { readonly report: Report }) {
  if (report.unsupported) {
    return (
      <section class="verdict" aria-label="Verdict">
        <div class="verdict-row">
          <span class="verdict-name" data-testid="verdict">No verdict yet</span>
        </div>
        <p class="summary" data-testid="unsupported">{report.unsupported.reason}</p>
      </section>
    );
  }
  const { verdict, overall } = report.score;
  return (
    <section class={`verdict verdict--${verdict}`} aria-label="Verdict">
      <div class="verdict-row">
        <span class="verdict-name" data-testid="verdict" data-verdict={verdict}>
          {VERDICT_LABEL[verdict]}
        </span>
        {verdict === 'unclear' ? (
          <span class="score-value" data-testid="score" aria-label="No score">?</span>
        ) : (
          <span>
            <span class="sr-only">Score: </span>
            <span class="score-value" data-testid="score">{overall}</span>
            <span class="muted"> out of 100</span>
          </span>
        )}
      </div>
      <p class="summary" data-testid="summary">{summary(report)}</p>
      <p class="small muted" data-testid="verdict-reason">
        {verdict === 'unclear' ? (report.score.reason === 'no-benchmark' && report.benchmarkNote ? report.benchmarkNote : REASON_WORDS[report.score.reason]) : `${VERDICT_MEANING[verdict]} A higher score means the pay and level fit the work better.`}
      </p>
    </section>
  );
}

export interface ReportViewProps {
  readonly report: Report;
  readonly show: Readonly<Record<ReportPart, boolean>>;
  readonly onShow: ShowEvidence;
  /** Picks the occupation to compare with; absent where the choice cannot be kept (a pasted draft). */
  readonly onChooseOccupation?: ((soc: string | null) => void) | null;
  readonly searchOccupations?: ((query: string) => readonly OccupationChoice[]) | null;
}

/** The quotes each place shows, in the order places claim them (each quote is shown once). */
export function reportQuotePlan(report: Report): QuotePlan {
  const flags = flagsBySeverity(report.flags).map((f) => f.evidence);
  const conditions = Object.values(report.scope.conditionEvidence ?? {}).filter((q): q is string => q !== undefined);
  return planQuotes([
    ['pay', report.pay !== null ? [report.pay.evidence] : []],
    ['duty', report.responsibilities.map((r) => r.text)],
    ['flag', flags],
    ['condition', conditions],
    ['level', [...(report.experience?.evidence ?? []), ...report.seniority.signals.map((s) => s.evidence)]],
  ]);
}

/** The three things that matter most: the most serious flags, in a sentence each. */
export function TopReasons({ report }: { readonly report: Report }) {
  if (report.unsupported) return null;
  const top = flagsBySeverity(report.flags).slice(0, 3);
  return (
    <section class="part" aria-labelledby="top-heading" data-testid="top-reasons">
      <h2 id="top-heading">What matters most</h2>
      {top.length === 0 ? (
        <p>Nothing stood out.</p>
      ) : (
        <ul class="top-reasons">
          {top.map((f) => (
            <li key={f.id} class={`flag flag--${f.severity}`} data-flag={f.id}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A part of the report folded under its heading: opened by the reader, not in the way. */
function Fold({ title, testId, children }: { readonly title: string; readonly testId: string; readonly children: ComponentChildren }) {
  return (
    <details class="fold" data-testid={testId}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

export function ReportView({ report, show, onShow, onChooseOccupation = null, searchOccupations = null }: ReportViewProps) {
  const plan = reportQuotePlan(report);
  return (
    <QuotePlanContext.Provider value={plan}>
      <article data-testid="report" data-posting-url={report.source.url ?? ''} data-posting-title={report.posting.title}>
        <PostingHeading report={report} />
        <VerdictBlock report={report} />
        <FreshnessLine report={report} onShow={onShow} />
        {show.pay && <PaySection report={report} onShow={onShow} />}
        <TopReasons report={report} />
        <OccupationSection report={report} onChoose={onChooseOccupation} search={searchOccupations} />
        {show.flags && (
          <Fold title={`All things to watch (${report.flags.length})`} testId="fold-flags">
            <FlagsSection flags={report.flags} onShow={onShow} checked={!report.unsupported} />
          </Fold>
        )}
        {show.scope && !report.unsupported && (
          <Fold title="Scope: the work areas and duties" testId="fold-scope">
            <ScopeSection report={report} onShow={onShow} />
          </Fold>
        )}
        {show.level && !report.unsupported && (
          <Fold title="Level: what the title says and the duties imply" testId="fold-level">
            <LevelSection report={report} onShow={onShow} />
          </Fold>
        )}
        <WordingSection wording={report.wording} onShow={onShow} notChecked={report.posting.language === 'en' ? null : 'The wording check reads English postings only: this posting’s wording was not checked.'} />
        {show.fixes && report.fixes.length > 0 && (
          <Fold title="If you wrote this posting" testId="fold-fixes">
            <FixesSection fixes={report.fixes} />
          </Fold>
        )}
      </article>
    </QuotePlanContext.Provider>
  );
}
