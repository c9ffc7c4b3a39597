// What the side panel and popup say when there is no report to show: reading, not a posting, a
// site ScopeFit does not read by itself, or an error whose detail can be copied.

import { useState } from 'preact/hooks';

export function Loading({ title }: { readonly title?: string | null }) {
  return (
    <div class="state" role="status" data-testid="loading">
      <h1>
        <span class="loading-dot" aria-hidden="true" />
        Loading this job…
      </h1>
      {title != null && title !== '' && <p class="muted">{title}</p>}
    </div>
  );
}

export interface AnalyseProps {
  /** Null when this surface cannot start a read (no tab). */
  readonly onAnalyse: (() => void) | null;
  readonly busy?: boolean;
}

function AnalyseButton({ onAnalyse, busy = false }: AnalyseProps) {
  if (onAnalyse === null) return null;
  return (
    <button type="button" class="primary" onClick={onAnalyse} disabled={busy} data-testid="analyse-anyway">
      {busy ? 'Reading…' : 'Analyse anyway'}
    </button>
  );
}

export function NotAPosting({ reason, ...analyse }: { readonly reason: string } & AnalyseProps) {
  return (
    <div class="state" data-testid="not-a-posting">
      <h1>No job posting here</h1>
      <p>{reason}</p>
      <AnalyseButton {...analyse} />
    </div>
  );
}

/** A job's page that has shown no posting for a long while: said plainly, with a way forward. */
export function SlowJob({ seconds, ...analyse }: { readonly seconds: number } & AnalyseProps) {
  return (
    <div class="state" data-testid="slow-job">
      <h1>This job has not loaded yet</h1>
      <p>
        After {seconds} seconds the page still shows no job posting. It may still appear: ScopeFit reads it as soon as it
        does. If the page looks loaded to you, ask ScopeFit to read it as it is.
      </p>
      <AnalyseButton {...analyse} />
    </div>
  );
}

export function NotRecognised(analyse: AnalyseProps) {
  return (
    <div class="state" data-testid="not-recognised">
      <h1>ScopeFit doesn’t read this site by itself</h1>
      <p>
        It reads job postings on Indeed, LinkedIn, Glassdoor, ZipRecruiter, Greenhouse, Lever, Workday, Ashby, SmartRecruiters
        and Workable as you open them. On any other page, ask it to read the page’s main text.
      </p>
      <AnalyseButton {...analyse} />
    </div>
  );
}

export function ErrorState({ message, detail }: { readonly message: string; readonly detail: string }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = (): void => {
    navigator.clipboard.writeText(detail).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div class="state" data-testid="error">
      <h1>Something went wrong reading this job</h1>
      <p>{message}</p>
      <details>
        <summary>Details for a bug report</summary>
        <pre>{detail}</pre>
      </details>
      <p>
        <button type="button" onClick={copy}>
          Copy details
        </button>{' '}
        <span role="status" class="small muted">
          {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the text above instead.' : ''}
        </span>
      </p>
    </div>
  );
}
