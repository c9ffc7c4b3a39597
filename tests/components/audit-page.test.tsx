// @vitest-environment happy-dom
// The audit page as a recruiter uses it: paste or type, the report follows once typing pauses,
// fixes tied to the flags and words they resolve, the pay-transparency result, exports and copy.
// Real text: public/sample-posting.txt and a Denver posting with no pay (corpus glassdoor2020-060).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRANSPARENCY_DISCLAIMER } from '../../analyzers/transparency';
import type { PostingInput, Report } from '../../analyzers/types';
import { AUDIT_DEBOUNCE_MS, auditDraft, postingToDraft, reportJson, type TabPostingRead } from '../../components/audit';
import { AuditPage, type AuditPageProps } from '../../components/AuditPage';
import { markdownFile } from '../../components/report-markdown';
import { corpusText, loadCorpus } from '../../scripts/corpus';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const TODAY = new Date('2026-11-23T12:00:00');
const sample = readFileSync(path.resolve(__dirname, '../../public/sample-posting.txt'), 'utf8');
const denverPosting = loadCorpus().find((p) => p.id === 'glassdoor2020-060')!;
const denver = corpusText(denverPosting);

function reportOf(text: string, location = ''): Report {
  const result = auditDraft(text, { location, today: TODAY });
  if (result.kind !== 'report') throw new Error(`expected a report, got ${result.kind}`);
  return result.report;
}

function page(props: Partial<AuditPageProps> = {}) {
  const onDownload = vi.fn();
  const onCopy = vi.fn((_text: string) => Promise.resolve());
  const all: AuditPageProps = {
    homeLocation: '', hoursPerYear: 2080, sampleText: sample, onLoadTab: null, onDownload, onCopy, settingsHref: null, today: TODAY, ...props,
  };
  const view = render(<AuditPage {...all} />);
  return { onDownload, onCopy, view, all };
}

const textBox = (): HTMLTextAreaElement => screen.getByLabelText('Posting text, pasted or typed') as HTMLTextAreaElement;
const locationField = (): HTMLInputElement => screen.getByLabelText('Job location, used when the posting names none') as HTMLInputElement;
const type = (text: string): void => {
  fireEvent.input(textBox(), { target: { value: text } });
};
/** Types and lets the pause pass (real timers, the page's own 300 ms). */
async function typeAndWait(text: string): Promise<void> {
  type(text);
  await waitFor(() => expect(screen.queryByTestId('report') ?? screen.queryByTestId('audit-not-a-posting')).not.toBeNull(), { timeout: 3000 });
}

describe('before anything is pasted', () => {
  it('says what to paste, shows the pasted form, and offers the sample', () => {
    page();
    expect(screen.getByTestId('audit-empty').textContent).toContain('Paste a job posting into the box, or type a draft');
    expect(document.getElementById('audit-text-hint')?.textContent).toContain('Company · Location');
    expect(screen.queryByTestId('report')).toBeNull();
  });

  it('loads the sample posting and shows its report at once', () => {
    page();
    fireEvent.click(screen.getByRole('button', { name: 'Try the sample posting' }));
    expect(textBox().value).toBe(sample);
    expect(screen.getByTestId('posting-title').textContent).toBe('Social Media Coordinator');
    expect(screen.getByTestId('score').textContent).toBe(String(reportOf(sample).score.overall));
  });
});

describe('typing', () => {
  it('updates the report once typing pauses for 300 ms, not before', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    page();
    type(sample);
    expect(screen.queryByTestId('report')).toBeNull();
    void act(() => void vi.advanceTimersByTime(AUDIT_DEBOUNCE_MS - 1));
    expect(screen.queryByTestId('report')).toBeNull();
    void act(() => void vi.advanceTimersByTime(1));
    expect(screen.getByTestId('posting-title').textContent).toBe('Social Media Coordinator');

    // Each keystroke starts the pause again.
    const retitled = sample.replace('Social Media Coordinator', 'Senior Social Media Manager');
    type(retitled.slice(0, 40));
    void act(() => void vi.advanceTimersByTime(200));
    type(retitled);
    void act(() => void vi.advanceTimersByTime(200));
    expect(screen.getByTestId('posting-title').textContent).toBe('Social Media Coordinator');
    void act(() => void vi.advanceTimersByTime(100));
    expect(screen.getByTestId('posting-title').textContent).toBe('Senior Social Media Manager');
    expect(screen.getByTestId('score').textContent).toBe(String(reportOf(retitled).score.overall));
    expect(screen.getByTestId('audit-status').textContent).toMatch(/^Report updated: \w+, \d+ out of 100\.$/);
  });

  it('says plainly when the text is not a posting yet', async () => {
    page();
    await typeAndWait('Social Media Coordinator\nWe are hiring, apply today!');
    expect(screen.getByTestId('audit-not-a-posting').textContent).toContain('5 words under the title, and a posting needs at least 20');
    expect(screen.queryByTestId('report')).toBeNull();
  });

  it('shows the posting’s text as text, never as markup', async () => {
    page();
    const hostile = `Social Media Lead <3\n\nWhat you'll do\n• <img src=x onerror="globalThis.hacked=1"> Plan <b>bold</b> posts\n${sample.split('\n').slice(6).join('\n')}`;
    await typeAndWait(hostile);
    expect(screen.getByTestId('posting-title').textContent).toBe('Social Media Lead <3');
    expect(document.querySelector('img')).toBeNull();
    expect(Array.from(document.querySelectorAll('b')).some((b) => b.textContent === 'bold')).toBe(false);
    expect(textBox().value).toBe(hostile);
  });
});

describe('fixes', () => {
  it('gives each fix with the score after it and what it adds', async () => {
    page();
    await typeAndWait(sample);
    const report = reportOf(sample);
    const fixes = screen.getByTestId('audit-fixes');
    expect(fixes.querySelectorAll('[data-fix]')).toHaveLength(report.fixes.length);
    for (const fix of report.fixes) {
      const item = fixes.querySelector(`[data-fix="${fix.id}"]`)!;
      expect(item.querySelector('.fix-message')?.textContent).toBe(fix.message);
      const delta = fix.scoreAfter - report.score.overall;
      expect(item.querySelector('[data-testid="fix-score"]')?.textContent).toBe(`Score after: ${fix.scoreAfter} (${delta < 0 ? '−' : '+'}${Math.abs(delta)})`);
    }
  });

  it('puts the flag a fix resolves, with the posting’s words, beside the fix', async () => {
    page();
    await typeAndWait(sample);
    const bundled = reportOf(sample).flags.find((f) => f.id === 'roles-bundled')!;
    const split = screen.getByTestId('audit-fixes').querySelector('[data-fix="split-role"]')!;
    const resolved = split.querySelector('[data-flag="roles-bundled"]')!;
    expect(resolved.textContent).toContain(bundled.message);
    expect(resolved.textContent).toContain(`“${bundled.evidence}”`);
  });

  it('selects the quoted words in the draft when a quote is clicked', async () => {
    page();
    await typeAndWait(sample);
    const quote = 'A social media ninja who lives online';
    const fix = screen.getByTestId('audit-fixes').querySelector('[data-fix="drop-hype"]')!;
    fireEvent.click(fix.querySelector('button.evidence')!);
    const box = textBox();
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(quote);
    expect(document.activeElement).toBe(box);
  });
});

describe('pay transparency', () => {
  it('shows that a Denver posting with no pay falls short of Colorado’s law, since when, for whom, and its source', async () => {
    page();
    await typeAndWait(denver);
    const colorado = reportOf(denver).transparency.checks.find((c) => c.lawId === 'us-co')!;
    const panel = screen.getByTestId('transparency');
    const law = panel.querySelector('[data-law="us-co"]')!;
    expect(law.querySelector('[data-testid="transparency-outcome"]')?.textContent).toBe('Falls short');
    expect(law.textContent).toContain('In force since 1 January 2021');
    expect(law.textContent).toContain('any employer with at least 1 employee in Colorado');
    expect(law.textContent).toContain('The job is in Colorado.');
    expect(law.textContent).toContain('No pay is stated.');
    const source = law.querySelector('a')!;
    expect(source.getAttribute('href')).toBe(colorado.source.url);
    expect(source.getAttribute('rel')).toBe('noreferrer');
    expect(panel.querySelector('[data-testid="transparency-place"]')?.textContent).toBe('Checked for Denver, CO (from the draft), as of 23 November 2026.');
    expect(screen.getByTestId('transparency-disclaimer').textContent).toBe(TRANSPARENCY_DISCLAIMER);
  });

  it('ties the transparency flag to the fix that adds a pay range', async () => {
    page();
    await typeAndWait(denver);
    const add = screen.getByTestId('audit-fixes').querySelector('[data-fix="add-pay-range"]')!;
    expect(add.querySelector('[data-flag="pay-transparency"]')?.textContent).toContain('“Denver, CO”');
  });

  it('says when no law reaches the place, and still says it is not legal advice', async () => {
    page();
    await typeAndWait(sample);
    expect(screen.getByTestId('transparency').textContent).toContain('No pay-transparency law in ScopeFit’s table reaches this place.');
    expect(screen.getByTestId('transparency-disclaimer').textContent).toBe(TRANSPARENCY_DISCLAIMER);
  });
});

describe('the location field', () => {
  const noPlace = `Social Media Specialist\n\n${denverPosting.description}`;

  it('is filled in from the home location once the settings arrive, and checks a draft that names no place there', async () => {
    const { view, all } = page();
    expect(locationField().value).toBe('');
    view.rerender(<AuditPage {...all} homeLocation="Denver, CO" />);
    expect(locationField().value).toBe('Denver, CO');
    await typeAndWait(noPlace);
    await waitFor(() => expect(screen.getByTestId('transparency-place').textContent).toContain('Checked for Denver, CO (from the location field)'));
    expect(screen.getByTestId('transparency').querySelector('[data-law="us-co"]')).not.toBeNull();
  });

  it('keeps what the user typed when the settings change', () => {
    const { view, all } = page({ homeLocation: 'Austin, TX' });
    fireEvent.input(locationField(), { target: { value: 'Seattle, WA' } });
    view.rerender(<AuditPage {...all} homeLocation="Denver, CO" />);
    expect(locationField().value).toBe('Seattle, WA');
  });
});

describe('export', () => {
  it('downloads the report and its fixes as Markdown and as JSON', async () => {
    const { onDownload } = page();
    await typeAndWait(denver);
    const report = reportOf(denver);
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect(onDownload).toHaveBeenLastCalledWith(markdownFile(report, { locationFrom: 'draft' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(onDownload).toHaveBeenLastCalledWith(reportJson(report));
    const json = JSON.parse((onDownload.mock.lastCall![0] as { text: string }).text) as Report;
    expect(json.fixes).toEqual(report.fixes);
    expect(json.transparency.checks[0]?.outcome).toBe('falls-short');
  });

  it('copies the Markdown and says so', async () => {
    const { onCopy } = page();
    await typeAndWait(sample);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(onCopy).toHaveBeenCalledWith(markdownFile(reportOf(sample)).text);
    await waitFor(() => expect(screen.getByTestId('audit-copy-status').textContent).toBe('Copied the report as Markdown.'));
  });

  it('says what to do instead when the browser refuses the clipboard, and opens the Markdown to select', async () => {
    page({ onCopy: () => Promise.reject(new Error('Document is not focused.')) });
    await typeAndWait(sample);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(screen.getByTestId('audit-copy-status').textContent).toMatch(/^Could not copy: .*Download the Markdown instead/));
    expect(screen.getByTestId('audit-markdown').closest('details')?.open).toBe(true);
    expect(screen.getByTestId('audit-markdown').textContent).toBe(markdownFile(reportOf(sample)).text);
  });
});

describe('the current tab’s posting', () => {
  const fromTab: PostingInput = {
    title: denverPosting.title, company: denverPosting.company, location: denverPosting.location, payText: null, payEstimateText: null,
    description: denverPosting.description, url: 'https://jobs.example.com/1', site: null, method: 'jsonld',
  };

  it('loads the posting ScopeFit read in that tab into the draft', async () => {
    const onLoadTab = vi.fn((): Promise<TabPostingRead> => Promise.resolve({ kind: 'posting', input: fromTab }));
    page({ onLoadTab });
    fireEvent.click(screen.getByRole('button', { name: 'Load the current tab’s posting' }));
    await waitFor(() => expect(textBox().value).toBe(postingToDraft(fromTab).text));
    expect(screen.getByTestId('audit-notice').textContent).toBe('Loaded “Social Media Specialist” from the tab you came from.');
    expect(screen.getByTestId('posting-title').textContent).toBe('Social Media Specialist');
  });

  it('says why when that tab has no posting', async () => {
    const reason = 'ScopeFit has not read a posting in the tab you came from.';
    page({ onLoadTab: () => Promise.resolve({ kind: 'none', reason }) });
    fireEvent.click(screen.getByRole('button', { name: 'Load the current tab’s posting' }));
    await waitFor(() => expect(screen.getByTestId('audit-notice').textContent).toBe(reason));
    expect(screen.getByTestId('audit-empty')).toBeTruthy();
  });

  it('loads it as the page opens when the page was opened for a tab', async () => {
    const onLoadTab = vi.fn((): Promise<TabPostingRead> => Promise.resolve({ kind: 'posting', input: fromTab }));
    page({ onLoadTab, loadTabOnOpen: true });
    await waitFor(() => expect(screen.getByTestId('posting-title').textContent).toBe('Social Media Specialist'));
    expect(onLoadTab).toHaveBeenCalledOnce();
  });

  it('has no such button where the page cannot reach tabs', () => {
    page({ onLoadTab: null });
    expect(screen.queryByRole('button', { name: 'Load the current tab’s posting' })).toBeNull();
  });
});
