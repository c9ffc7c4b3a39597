// @vitest-environment happy-dom
// The history page's view: rows, comparing two or three side by side, and its buttons.

import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../extension/history';
import { dateCell, HistoryView, payCell } from '../../components/HistoryView';

afterEach(cleanup);

const entries: HistoryEntry[] = ['a', 'b', 'c', 'd'].map((id, i) => ({
  id, title: `Job ${id}`, company: `Co ${id}`, url: `https://example.com/${id}`, site: null, score: 40 + i, verdict: 'fair',
  pay: { text: '', currency: 'USD', annualMin: 40000 + i * 1000, annualMax: 50000 + i * 1000, estimated: false }, analysedAt: '2026-01-02T00:00:00Z',
}));

function Harness({ onExport = vi.fn(), onClear = vi.fn() }) {
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string): void => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <HistoryView entries={entries} problem={null} onDismissProblem={vi.fn()} sort="date" onSort={vi.fn()} selected={selected} onToggle={toggle} onExport={onExport} onClear={onClear} />
  );
}

it('lists every entry with its pay, score and verdict', () => {
  render(<Harness />);
  const rows = screen.getAllByTestId('history-row');
  expect(rows).toHaveLength(4);
  expect(rows[0]?.textContent).toContain('Job a');
  expect(rows[0]?.textContent).toContain('$40,000–$50,000 a year');
});

it('compares two or three ticked postings side by side, and no more than three', () => {
  render(<Harness />);
  expect(screen.queryByTestId('compare')).toBeNull();
  fireEvent.click(screen.getByLabelText('Compare Job a'));
  fireEvent.click(screen.getByLabelText('Compare Job c'));
  expect(screen.getByTestId('compare').querySelectorAll('h3')).toHaveLength(2);
  fireEvent.click(screen.getByLabelText('Compare Job d'));
  expect(screen.getByTestId('compare').querySelectorAll('h3')).toHaveLength(3);
  expect((screen.getByLabelText('Compare Job b') as HTMLInputElement).disabled).toBe(true);
});

it('exports and clears from its buttons', () => {
  const onExport = vi.fn();
  const onClear = vi.fn();
  render(<Harness onExport={onExport} onClear={onClear} />);
  fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
  expect(onExport.mock.calls).toEqual([['csv'], ['json']]);
  expect(onClear).toHaveBeenCalledOnce();
});

it('says when a job was seen again and what changed, and nothing for a job seen once', () => {
  const seen: HistoryEntry[] = [
    { ...entries[0]!, sightings: [
      { seenAt: '2026-03-02T09:00:00Z', payText: '$45,000 a year', datePosted: null },
      { seenAt: '2026-03-09T09:00:00Z', payText: '$42,000 a year', datePosted: null },
    ] },
    entries[1]!,
  ];
  render(<HistoryView entries={seen} problem={null} onDismissProblem={vi.fn()} sort="date" onSort={vi.fn()} selected={[]} onToggle={vi.fn()} onExport={vi.fn()} onClear={vi.fn()} />);
  const notes = screen.getAllByTestId('history-repeat');
  expect(notes).toHaveLength(1);
  expect(notes[0]?.textContent).toBe('Seen 2 times since 2 March; pay changed from $45,000 a year to $42,000 a year');
});

it('shows where the job is, and pay in the period the posting gave it', () => {
  const hourly: HistoryEntry = {
    ...entries[0]!, location: 'Austin, TX',
    pay: { text: '', currency: 'USD', annualMin: 45760, annualMax: 52000, estimated: false, asPosted: '$22–$25 an hour' },
  };
  expect(payCell(hourly)).toBe('$22–$25 an hour');
  render(<HistoryView entries={[hourly]} problem={null} onDismissProblem={vi.fn()} sort="date" onSort={vi.fn()} selected={[]} onToggle={vi.fn()} onExport={vi.fn()} onClear={vi.fn()} links={{ settings: 's', audit: 'a' }} />);
  expect(screen.getByTestId('history-location').textContent).toBe('Austin, TX');
  expect(screen.getByTestId('history-pay').textContent).toBe('$22–$25 an hour');
  expect(screen.getByRole('navigation', { name: 'ScopeFit pages' }).textContent).toContain('Settings');
});

it('writes the date short: no year for this year', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  expect(dateCell('2026-03-04T12:00:00Z', now)).not.toMatch(/2026/);
  expect(dateCell('2025-03-04T12:00:00Z', now)).toMatch(/2025/);
});
