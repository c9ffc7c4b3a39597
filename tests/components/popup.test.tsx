// @vitest-environment happy-dom
// The popup: verdict, score, a pay line, the top reason, and exactly one primary action.

import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../extension/messages';
import { Popup, payLine, type PopupProps } from '../../components/Popup';
import { SAMPLE_REPORT, withReport } from './fixtures';

afterEach(cleanup);

function popup(props: Partial<PopupProps>) {
  const { container } = render(
    <Popup state={null} tabLoading={false} onOpenPanel={vi.fn()} onAnalyse={vi.fn()} analysing={false} notice={null} historyHref="h" auditHref="a" {...props} />,
  );
  return container;
}

const reportState = (report = SAMPLE_REPORT): TabState => ({ kind: 'report', page: { url: null, title: null }, input: {} as never, report, at: 0 });

describe('the popup', () => {
  it('shows the verdict, the score, the pay with its gap, and the one strongest reason', () => {
    const container = popup({ state: reportState() });
    expect(screen.getByTestId('verdict').textContent).toBe('Underpaid');
    expect(screen.getByTestId('score').textContent).toBe(String(SAMPLE_REPORT.score.overall));
    expect(screen.getByTestId('pay-line').textContent).toBe('Pay: $42,000–$46,000 a year · About $16K below the typical range');
    expect(screen.getAllByTestId('top-reason')).toHaveLength(1);
    expect(Array.from(container.querySelectorAll('button.primary')).map((b) => b.textContent)).toEqual(['Open side panel']);
  });

  it('says no pay is stated when there is none, and "?" for an unclear verdict', () => {
    popup({ state: reportState(withReport({ pay: null, benchmark: null, score: { ...SAMPLE_REPORT.score, verdict: 'unclear', reason: 'no-pay' } })) });
    expect(screen.getByTestId('pay-line').textContent).toBe('Pay: No pay stated');
    expect(screen.getByTestId('score').textContent).toBe('?');
  });

  it('on a site it does not read, offers "Analyse anyway" as the only primary action', () => {
    const container = popup({ state: null });
    expect(Array.from(container.querySelectorAll('button.primary')).map((b) => b.textContent)).toEqual(['Analyse anyway']);
    expect(screen.getByTestId('open-panel').className).not.toContain('primary');
  });

  it('puts pay in its own period and adds the yearly figure', () => {
    const hourly = { ...SAMPLE_REPORT.pay!, min: 22, max: 25, period: 'hour' as const, annual: { min: 45760, max: 52000 } };
    expect(payLine(withReport({ pay: hourly, market: null, benchmark: null }))).toBe('$22–$25 an hour (about $45,760–$52,000 a year full-time)');
  });
});
