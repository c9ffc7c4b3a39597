// @vitest-environment happy-dom
// The side panel in each state a user meets, rendered from props alone.

import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../extension/messages';
import { DEFAULT_SETTINGS } from '../../extension/settings';
import { SidePanel, type SidePanelProps } from '../../components/SidePanel';
import { BARE_REPORT, SAMPLE_REPORT, withReport } from './fixtures';

afterEach(cleanup);

const LINKS = { history: 'chrome-extension://x/postings.html', settings: 'chrome-extension://x/options.html', audit: 'chrome-extension://x/audit.html' };

function panel(props: Partial<SidePanelProps>) {
  const onShow = vi.fn();
  const onAnalyse = vi.fn();
  render(
    <SidePanel state={null} tabLoading={false} settings={DEFAULT_SETTINGS} onShow={onShow} onAnalyse={onAnalyse} analysing={false} notice={null} links={LINKS} {...props} />,
  );
  return { onShow, onAnalyse };
}

const reportState = (report = SAMPLE_REPORT): TabState => ({
  kind: 'report', page: { url: report.source.url, title: report.posting.title }, input: {
    title: report.posting.title, company: report.posting.company, location: report.posting.location, payText: null, payEstimateText: null,
    description: report.posting.description, url: report.source.url, site: report.source.site, method: report.source.method,
  }, report, at: 0,
});

describe('the side panel', () => {
  it.each([
    ['while the state is being looked up', { state: undefined }],
    ['while the tab is loading and nothing is known yet', { state: null, tabLoading: true }],
    ['while a report is being made', { state: { kind: 'reading', page: { url: 'https://x', title: 'Data Analyst' } } as TabState }],
  ])('says it is reading %s', (_when, props) => {
    panel(props);
    expect(screen.getByTestId('loading').textContent).toContain('Loading this job');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('offers "Analyse anyway" on a site it does not read by itself', () => {
    const { onAnalyse } = panel({ state: null });
    expect(screen.getByTestId('not-recognised')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse anyway' }));
    expect(onAnalyse).toHaveBeenCalledOnce();
  });

  it('gives the reason a page is not a posting, and still offers to read it', () => {
    const { onAnalyse } = panel({ state: { kind: 'not-a-posting', url: 'https://www.indeed.com/', reason: 'This Indeed page is a list of search results with no job open.' } });
    expect(screen.getByTestId('not-a-posting').textContent).toContain('a list of search results with no job open');
    fireEvent.click(screen.getByRole('button', { name: 'Analyse anyway' }));
    expect(onAnalyse).toHaveBeenCalledOnce();
  });

  it('keeps "Loading this job…" while a job’s page has not filled its pane, not "No job posting here"', () => {
    panel({ state: { kind: 'not-a-posting', url: 'https://www.indeed.com/jobs?q=nurse&vjk=0123abcd', reason: 'This Indeed page is a list of search results with no job open.' }, jobWait: 'waiting' });
    expect(screen.getByTestId('loading').textContent).toContain('Loading this job');
    expect(screen.queryByTestId('not-a-posting')).toBeNull();
  });

  it('says honestly when the job has not loaded after the wait, and offers to read the page as it is', () => {
    const { onAnalyse } = panel({ state: { kind: 'not-a-posting', url: 'https://www.indeed.com/jobs?q=nurse&vjk=0123abcd', reason: 'No job open.' }, jobWait: 'timed-out' });
    expect(screen.getByTestId('slow-job').textContent).toContain('After 20 seconds the page still shows no job posting');
    fireEvent.click(screen.getByRole('button', { name: 'Analyse anyway' }));
    expect(onAnalyse).toHaveBeenCalledOnce();
  });

  it('shows an error in a sentence, with its detail to copy', () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    panel({ state: { kind: 'error', page: null, message: 'ScopeFit could not make a report of this posting.', detail: 'TypeError: x is undefined\n    at analyze' } });
    expect(screen.getByTestId('error').textContent).toContain('could not make a report');
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledWith('TypeError: x is undefined\n    at analyze');
  });

  it('shows the verdict, the score and a one-line summary for a report', () => {
    panel({ state: reportState() });
    expect(screen.getByTestId('verdict').textContent).toBe('Underpaid');
    expect(screen.getByTestId('score').textContent).toBe('31');
    expect(screen.getByTestId('summary').textContent).toBe('Pay fits an entry-level job; the duties are a senior one.');
    expect(screen.getByTestId('report').getAttribute('data-posting-title')).toBe('Social Media Coordinator');
  });

  it('groups the duties by area with counts, and says how many jobs are bundled', () => {
    panel({ state: reportState() });
    const scope = screen.getByTestId('scope');
    expect(scope.textContent).toContain('about 3 jobs in one');
    const chips = Array.from(scope.querySelectorAll('.chip')).map((c) => c.textContent);
    expect(chips).toEqual(['Strategy & planning2', 'Paid ads1', 'Community1']);
    expect(scope.querySelector('details summary')?.textContent).toBe('Other lines from the posting (1)');
  });

  it('lists the flags most serious first', () => {
    panel({ state: reportState() });
    const ids = Array.from(screen.getByTestId('flags').querySelectorAll('[data-flag]')).map((f) => f.getAttribute('data-flag'));
    expect(ids).toEqual(['entry-title-senior-scope', 'roles-bundled', 'always-on', 'hype-words']);
  });

  it('asks for the quoted words to be shown on the page when evidence is clicked', () => {
    const { onShow } = panel({ state: reportState() });
    const [evidence] = screen.getAllByRole('button', { name: '“Be available nights and weekends to monitor our channels”' });
    fireEvent.click(evidence!);
    expect(onShow).toHaveBeenCalledWith('Be available nights and weekends to monitor our channels');
  });

  it('says what it can for a posting with no pay, no market figures and no duties', () => {
    panel({ state: reportState(BARE_REPORT) });
    expect(screen.getByTestId('verdict').textContent).toBe('Unclear');
    expect(screen.getByTestId('pay').textContent).toContain('The posting states no pay.');
    expect(screen.queryByTestId('pay-chart')).toBeNull();
    expect(screen.getByTestId('scope').textContent).toContain('No list of duties was found');
    expect(screen.getByTestId('flags').textContent).toContain('Nothing stood out.');
    expect(screen.getByTestId('level').textContent).toContain('No years of experience are asked.');
  });

  it('gives no verdict for a language it cannot read yet, and says why', () => {
    panel({ state: reportState(withReport({ unsupported: { reason: 'Postings in German are not supported yet.' } })) });
    expect(screen.getByTestId('verdict').textContent).toBe('No verdict yet');
    expect(screen.getByTestId('unsupported').textContent).toBe('Postings in German are not supported yet.');
    expect(screen.queryByTestId('score')).toBeNull();
    expect(screen.queryByTestId('scope')).toBeNull();
  });

  it('leaves out the parts the user turned off', () => {
    panel({ state: reportState(), settings: { ...DEFAULT_SETTINGS, show: { pay: false, scope: true, level: false, flags: true, fixes: false } } });
    expect(screen.queryByTestId('pay')).toBeNull();
    expect(screen.queryByTestId('level')).toBeNull();
    expect(screen.queryByTestId('fixes')).toBeNull();
    expect(screen.getByTestId('scope')).toBeTruthy();
  });

  it('renders the posting’s text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">Engineer';
    panel({ state: reportState(withReport({ posting: { ...SAMPLE_REPORT.posting, title: hostile }, responsibilities: [{ text: '<b>bold</b> duty', areas: ['strategy'] }] })) });
    expect(screen.getByTestId('posting-title').textContent).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('scope').textContent).toContain('“<b>bold</b> duty”');
    expect(Array.from(document.querySelectorAll('b')).some((b) => b.textContent === 'bold')).toBe(false);
  });

  it('links to the history, audit and settings pages', () => {
    panel({});
    const hrefs = Array.from(document.querySelectorAll('nav a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([LINKS.history, LINKS.audit, LINKS.settings]);
  });
});
