// @vitest-environment happy-dom
// The wording section: the side panel's short form, the audit page's form with "Apply", and what
// "Apply" does to a draft. Real text: public/sample-posting.txt (a "social media ninja" who will
// "wear many hats") and a made-up report for the edges.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Wording } from '../../analyzers/types';
import { auditDraft } from '../../components/audit';
import { AuditPage } from '../../components/AuditPage';
import { reportMarkdown } from '../../components/report-markdown';
import { applySuggestion, WordingAudit, WordingSection } from '../../components/WordingSection';
import { SAMPLE_REPORT } from './fixtures';

afterEach(cleanup);

const sample = readFileSync(path.resolve(__dirname, '../../public/sample-posting.txt'), 'utf8');
const WORDING = SAMPLE_REPORT.wording as Wording;

describe('applySuggestion', () => {
  it.each([
    ['We need a rockstar developer. Rockstar developers ship.', 'rockstar developer', 'skilled developer', 'We need a skilled developer. Rockstar developers ship.'],
    ['An SEO guru based in Gurugram', 'guru', 'expert', 'An SEO expert based in Gurugram'],
    ['You will wear many hats and\nwear  many hats', 'wear many hats', 'take on a varied mix of tasks', 'You will take on a varied mix of tasks and\ntake on a varied mix of tasks'],
    ['Nothing to change here', 'ninja', 'expert', 'Nothing to change here'],
  ])('in %j replaces %j with %j, whole words only', (draft, evidence, suggestion, expected) => {
    expect(applySuggestion(draft, evidence, suggestion)).toBe(expected);
  });

  it('does not loop when the suggestion holds the words it replaces', () => {
    expect(applySuggestion('our family and our family', 'family', 'family team')).toBe('our family team and our family team');
  });
});

describe('WordingSection (side panel)', () => {
  it('shows the balance, each phrase with its suggestion, and the coded words', () => {
    render(<WordingSection wording={WORDING} onShow={null} />);
    expect(screen.getByTestId('wording-summary').textContent).toBe('Balanced: 0 masculine-coded vs 1 feminine-coded; 2 clichés.');
    const ninja = document.querySelector('[data-wording="cliche:ninja:ninja"]') as HTMLElement;
    expect(ninja.textContent).toContain('Try “expert”.');
    expect(screen.getByTestId('wording-feminine-coded').textContent).toBe('Feminine-coded: Respond');
    expect(screen.queryByTestId('wording-masculine-coded')).toBeNull();
  });

  it('quotes the words as a button that shows them on the page', () => {
    const onShow = vi.fn();
    render(<WordingSection wording={WORDING} onShow={onShow} />);
    const item = document.querySelector('[data-wording="cliche:wear-many-hats:wear many hats"]') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: '“wear many hats”' }));
    expect(onShow).toHaveBeenCalledWith('wear many hats');
  });

  it('says what to do when there is nothing to put in place', () => {
    const wording: Wording = { ...WORDING, items: [{ id: 'exclusionary:driving-licence:valid driver’s license', category: 'exclusionary', term: 'driving licence', evidence: 'valid driver’s license', suggestion: null, source: 'ADA' }] };
    render(<WordingSection wording={wording} onShow={null} />);
    expect(screen.getByTestId('wording').textContent).toContain('Keep it only if the duties need it, and say which.');
  });

  it('shows nothing for a posting the check does not read, or a report kept from before it', () => {
    render(<WordingSection wording={null} onShow={null} />);
    expect(screen.queryByTestId('wording')).toBeNull();
    const { wording: _none, ...older } = SAMPLE_REPORT;
    render(<WordingSection wording={(older as { wording?: Wording | null }).wording as Wording | null} onShow={null} />);
    expect(screen.queryByTestId('wording')).toBeNull();
  });
});

describe('WordingAudit and the audit page', () => {
  it('offers "Apply" only where there are words to put in place', () => {
    const onApply = vi.fn();
    render(<WordingAudit wording={WORDING} onShow={null} onApply={onApply} />);
    const buttons = screen.getAllByRole('button', { name: /^Apply/ });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]!);
    expect(onApply).toHaveBeenCalledWith(WORDING.items[1]);
  });

  it('applies a suggestion to the draft, and the flag goes', () => {
    render(<AuditPage homeLocation="" hoursPerYear={2080} sampleText={sample} onLoadTab={null} onDownload={vi.fn()} onCopy={() => Promise.resolve()} settingsHref={null} initialText={sample} />);
    const panel = screen.getByTestId('wording-audit');
    const ninja = panel.querySelector('[data-wording="cliche:ninja:ninja"]') as HTMLElement;
    fireEvent.click(within(ninja).getByRole('button', { name: 'Apply: replace “ninja” with “expert”' }));
    const box = screen.getByLabelText('Posting text, pasted or typed') as HTMLTextAreaElement;
    expect(box.value).toContain('A social media expert who lives online');
    expect(screen.getByTestId('wording-audit').querySelector('[data-wording="cliche:ninja:ninja"]')).toBeNull();
    expect(screen.getByTestId('wording-audit').querySelector('[data-wording="cliche:wear-many-hats:wear many hats"]')).not.toBeNull();
  });
});

describe('the Markdown export', () => {
  it('has a Wording section with the suggestions and sources', () => {
    const result = auditDraft(sample, { location: '' });
    if (result.kind !== 'report') throw new Error('the sample should make a report');
    const md = reportMarkdown(result.report);
    expect(md).toContain('## Wording');
    expect(md).toContain('- Cliché: “ninja” Try “expert”. (Source: ScopeFit’s list');
    expect(md).toContain('Feminine-coded words: Respond.');
  });
});

describe('a posting the wording check does not read', () => {
  it('says it was not checked instead of showing nothing', () => {
    render(<WordingSection wording={null} onShow={() => undefined} notChecked="The wording check reads English postings only: this posting’s wording was not checked." />);
    expect(screen.getByTestId('wording-not-checked').textContent).toContain('not checked');
  });
});
