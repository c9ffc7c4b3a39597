// The audit page, for people who write postings: a draft typed or pasted on the left, its report on
// the right, made again when typing pauses. The browser's parts (settings, the tab the user came
// from, downloads, the clipboard) come in as props, so the page renders and is tested without them.

import type { ComponentChildren } from 'preact';
import type { WordingItem } from '../analyzers/types';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AuditFixes } from './AuditFixes';
import {
  AUDIT_DEBOUNCE_MS, auditDraft, DRAFT_FORMAT_HINT, locateQuote, postingToDraft, reportJson,
  type AuditResult, type ExportFile, type TabPostingRead,
} from './audit';
import { FlagsSection } from './FlagsSection';
import { LevelSection } from './LevelSection';
import { PaySection } from './PaySection';
import { markdownFile } from './report-markdown';
import { VerdictBlock } from './ReportView';
import { ScopeSection } from './ScopeSection';
import { TransparencyPanel } from './TransparencyPanel';
import { applySuggestion, WordingAudit } from './WordingSection';
import { VERDICT_LABEL } from './words';

export interface AuditPageProps {
  /** The user's home location from the settings ('' when not given): prefills the location field. */
  readonly homeLocation: string;
  readonly hoursPerYear: number;
  /** public/sample-posting.txt, for "Try the sample posting". */
  readonly sampleText: string;
  /** Reads the posting of the tab the user came from; null where this page cannot. */
  readonly onLoadTab: (() => Promise<TabPostingRead>) | null;
  /** Load that tab's posting as soon as the page opens (audit.html?tabId=N). */
  readonly loadTabOnOpen?: boolean;
  readonly onDownload: (file: ExportFile) => void;
  readonly onCopy: (text: string) => Promise<void>;
  readonly settingsHref: string | null;
  readonly initialText?: string;
  /** For laws that start on a date; today unless a test says otherwise. */
  readonly today?: Date;
  readonly debounceMs?: number;
}

interface Draft {
  readonly text: string;
  readonly location: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function AuditPage(props: AuditPageProps) {
  const { homeLocation, hoursPerYear, sampleText, onLoadTab, onDownload, onCopy, settingsHref, today } = props;
  const debounceMs = props.debounceMs ?? AUDIT_DEBOUNCE_MS;
  const [draft, setDraft] = useState<Draft>({ text: props.initialText ?? '', location: homeLocation });
  const [settled, setSettled] = useState<Draft>(draft);
  const [notice, setNotice] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  /** What the last "Copy" did, and for which report: a new report clears it. */
  const [copied, setCopied] = useState<{ readonly state: CopyState; readonly of: AuditResult | null }>({ state: 'idle', of: null });
  const locationEdited = useRef(false);
  const textBox = useRef<HTMLTextAreaElement>(null);

  // The settings arrive after the first render: prefill the field unless the user has typed in it.
  useEffect(() => {
    if (locationEdited.current) return;
    setDraft((d) => (d.location === homeLocation ? d : { ...d, location: homeLocation }));
  }, [homeLocation]);

  useEffect(() => {
    if (draft === settled) return undefined;
    const timer = setTimeout(() => setSettled(draft), debounceMs);
    return () => clearTimeout(timer);
  }, [draft, settled, debounceMs]);

  const result: AuditResult = useMemo(
    () => auditDraft(settled.text, { location: settled.location, hoursPerYear, today }),
    [settled, hoursPerYear, today],
  );
  const markdown = useMemo(() => (result.kind === 'report' ? markdownFile(result.report, { locationFrom: result.locationFrom }) : null), [result]);

  // The draft as it is now, for replies that arrive after the render that asked for them.
  const latest = useRef(draft);
  latest.current = draft;

  /** Sample and loaded text: shown at once, no pause to wait for. */
  const replaceText = (text: string, location = latest.current.location): void => {
    const next = { text, location };
    setDraft(next);
    setSettled(next);
  };

  const loadTab = (): void => {
    if (onLoadTab === null) return;
    setLoading(true);
    setNotice(null);
    onLoadTab().then(
      (read) => {
        setLoading(false);
        if (read.kind === 'posting') {
          const loaded = postingToDraft(read.input);
          if (loaded.location !== null) locationEdited.current = true;
          replaceText(loaded.text, loaded.location ?? undefined);
          setNotice(`Loaded “${read.input.title}” from the tab you came from${loaded.location === null ? '' : `; its location, ${loaded.location}, is in the location field`}.`);
        } else {
          setNotice(read.reason);
        }
      },
      (error: unknown) => {
        setLoading(false);
        setNotice(`The tab’s posting could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };

  const autoLoaded = useRef(false);
  useEffect(() => {
    if (props.loadTabOnOpen !== true || autoLoaded.current || onLoadTab === null) return;
    autoLoaded.current = true;
    loadTab();
  });

  const showInDraft = (quote: string): void => {
    const box = textBox.current;
    const found = box === null ? null : locateQuote(box.value, quote);
    if (box === null || found === null) {
      setNotice('Those words are not in the draft as it is now.');
      return;
    }
    setNotice(null);
    // Blur first: Chrome scrolls a text box to its selection when it takes the focus.
    box.blur();
    box.setSelectionRange(found.start, found.end);
    box.focus();
  };

  /** A wording suggestion, put in place at once (no pause): the report follows and the item goes. */
  const applyWording = (item: WordingItem): void => {
    if (item.suggestion !== null) replaceText(applySuggestion(latest.current.text, item.evidence, item.suggestion));
  };

  const copyMarkdown = (): void => {
    if (markdown === null) return;
    const of = result;
    onCopy(markdown.text).then(
      () => setCopied({ state: 'copied', of }),
      () => setCopied({ state: 'failed', of }),
    );
  };

  const pending = draft.text !== settled.text || draft.location !== settled.location;
  const copy: CopyState = copied.of === result ? copied.state : 'idle';

  const exportBar = result.kind === 'report' && markdown !== null && (
    <section class="part" aria-labelledby="export-heading" data-testid="audit-export">
      <h2 id="export-heading">Export</h2>
      <div class="toolbar">
        <button type="button" onClick={() => onDownload(markdown)}>
          Download Markdown
        </button>
        <button type="button" onClick={() => onDownload(reportJson(result.report))}>
          Download JSON
        </button>
        <button type="button" onClick={copyMarkdown}>
          Copy Markdown
        </button>
        <span role="status" class="small" data-testid="audit-copy-status">
          {copy === 'copied' ? 'Copied the report as Markdown.' : copy === 'failed' ? 'Could not copy: the browser did not allow it. Download the Markdown instead, or select it below and copy it.' : ''}
        </span>
      </div>
      <details open={copy === 'failed'}>
        <summary>The Markdown</summary>
        <pre class="markdown-preview" data-testid="audit-markdown" tabIndex={0}>
          {markdown.text}
        </pre>
      </details>
    </section>
  );

  return (
    <div class="app audit-page">
      <a class="skip-link" href="#audit-report">
        Skip to the report
      </a>
      <header class="bar">
        <span class="brand">ScopeFit</span>
        {settingsHref !== null && (
          <nav aria-label="ScopeFit pages">
            <a href={settingsHref} target="_blank" rel="noopener">
              Settings
            </a>
          </nav>
        )}
      </header>
      <main class="page audit">
        <h1>Audit a job posting</h1>
        <p class="muted">
          For the people who write postings: what the ad tells the people it should attract, and what to change. Read in your browser;
          nothing you type is sent anywhere.
        </p>
        <div class="audit-grid">
          <section class="audit-draft" aria-labelledby="draft-heading">
            <h2 id="draft-heading">The posting</h2>
            <label for="audit-text">Posting text, pasted or typed</label>
            <textarea
              id="audit-text"
              ref={textBox}
              data-testid="audit-text"
              rows={22}
              value={draft.text}
              aria-describedby="audit-text-hint"
              onInput={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
            />
            <div id="audit-text-hint" class="field-hint">
              <p>
                First line: the title. Then, if you have them, a line <code>Company · Location</code> and a line <code>Pay: …</code>. Then the
                body. For example:
              </p>
              <pre class="format-hint">{DRAFT_FORMAT_HINT}</pre>
            </div>
            <label for="audit-location">Job location, used when the posting names none</label>
            <input
              id="audit-location"
              type="text"
              data-testid="audit-location"
              value={draft.location}
              placeholder="City, ST"
              autocomplete="off"
              aria-describedby="audit-location-hint"
              onInput={(e) => {
                locationEdited.current = true;
                setDraft({ ...draft, location: e.currentTarget.value });
              }}
            />
            <p id="audit-location-hint" class="field-hint">
              The posting’s own location line comes first. {homeLocation !== '' ? 'Filled in from your home location in the settings.' : 'Your home location from the settings fills this in.'}
            </p>
            <div class="toolbar">
              {onLoadTab !== null && (
                <button type="button" onClick={loadTab} disabled={loading} data-testid="audit-load-tab">
                  {loading ? 'Loading…' : 'Load the current tab’s posting'}
                </button>
              )}
              <button type="button" onClick={() => replaceText('')} disabled={draft.text === ''}>
                Clear
              </button>
            </div>
            <p role="status" class={notice === null ? 'sr-only' : 'notice'} data-testid="audit-notice">
              {notice ?? ''}
            </p>
          </section>
          <section id="audit-report" class="audit-report" aria-labelledby="audit-report-heading" aria-busy={pending} tabIndex={-1}>
            <h2 id="audit-report-heading" class="sr-only">
              Report
            </h2>
            <p role="status" class="sr-only" data-testid="audit-status">
              {result.kind === 'report' && !result.report.unsupported ? `Report updated: ${VERDICT_LABEL[result.report.score.verdict]}, ${result.report.score.overall} out of 100.` : ''}
            </p>
            <AuditBody result={result} onShow={showInDraft} onApply={applyWording} onSample={() => replaceText(sampleText)} exportBar={exportBar} />
          </section>
        </div>
      </main>
      <footer class="foot">Read in your browser. Nothing you paste or type here is sent anywhere.</footer>
    </div>
  );
}

interface AuditBodyProps {
  readonly result: AuditResult;
  readonly onShow: (text: string) => void;
  readonly onApply: (item: WordingItem) => void;
  readonly onSample: () => void;
  /** The export buttons, placed after the fixes and the laws (what a writer takes away). */
  readonly exportBar: ComponentChildren;
}

function AuditBody({ result, onShow, onApply, onSample, exportBar }: AuditBodyProps) {
  switch (result.kind) {
    case 'empty':
      return (
        <div class="state" data-testid="audit-empty">
          <h2>Nothing to audit yet</h2>
          <p>
            Paste a job posting into the box, or type a draft: its title, the company and place, the pay, the duties and what you ask for.
            The report appears here and follows your changes as you type.
          </p>
          <button type="button" class="primary" onClick={onSample} data-testid="audit-sample">
            Try the sample posting
          </button>
        </div>
      );
    case 'not-a-posting':
      return (
        <div class="state" data-testid="audit-not-a-posting">
          <h2>Not a posting yet</h2>
          <p>{result.reason}</p>
        </div>
      );
    case 'report': {
      const { report, locationFrom } = result;
      const english = !report.unsupported;
      return (
        <article data-testid="report" data-posting-title={report.posting.title}>
          <div class="posting-meta">
            <h2 data-testid="posting-title">{report.posting.title || 'Untitled posting'}</h2>
            {[report.posting.company, report.posting.location].some((v) => v !== null && v !== '') && (
              <p class="muted">{[report.posting.company, report.posting.location].filter((v): v is string => v !== null && v !== '').join(' · ')}</p>
            )}
          </div>
          <VerdictBlock report={report} />
          <AuditFixes report={report} onShow={onShow} />
          <WordingAudit wording={report.wording} onShow={onShow} onApply={onApply} />
          <TransparencyPanel report={report} locationFrom={locationFrom} />
          {exportBar}
          <FlagsSection flags={report.flags} onShow={onShow} checked={!report.unsupported} />
          <PaySection report={report} onShow={onShow} />
          {english && <ScopeSection report={report} onShow={onShow} />}
          {english && <LevelSection report={report} onShow={onShow} />}
        </article>
      );
    }
  }
}
