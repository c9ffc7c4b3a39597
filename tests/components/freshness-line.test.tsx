// @vitest-environment happy-dom
// The side panel's freshness line: the age and what the page says, with evidence; nothing when the
// report has no freshness block.

import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { FreshnessLine, freshnessWords } from '../../components/FreshnessLine';
import { SAMPLE_REPORT, withReport } from './fixtures';

afterEach(cleanup);

it('says the age and the repost in one line, quoting the page', () => {
  const report = withReport({
    freshness: {
      datePosted: '2026-01-24', ageDays: 45, validThrough: null, expired: false, reposted: true,
      signals: [
        { id: 'old', message: 'Posted 45 days ago.', evidence: "datePosted 2026-01-24 in the page's data" },
        { id: 'reposted', message: 'The page says it was reposted.', evidence: 'Reposted 2 weeks ago' },
      ],
    },
  });
  render(<FreshnessLine report={report} onShow={vi.fn()} />);
  expect(screen.getByTestId('freshness-words').textContent).toBe('Posted 45 days ago; the page says it was reposted.');
  expect(screen.getByTestId('freshness').textContent).toContain('Reposted 2 weeks ago');
});

it('says a young posting\'s age with no signal', () => {
  expect(freshnessWords({ datePosted: '2026-03-05', ageDays: 5, validThrough: null, expired: false, reposted: false, signals: [] })).toBe('Posted 5 days ago');
});

it('shows nothing when the report has no freshness', () => {
  render(<FreshnessLine report={SAMPLE_REPORT} onShow={vi.fn()} />);
  expect(screen.queryByTestId('freshness')).toBeNull();
  render(<FreshnessLine report={withReport({ freshness: null })} onShow={vi.fn()} />);
  expect(screen.queryByTestId('freshness')).toBeNull();
});
