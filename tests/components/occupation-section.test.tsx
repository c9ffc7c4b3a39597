// @vitest-environment happy-dom
// Which occupation the pay is compared with, and the picker, rendered from props alone.

import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchOccupations } from '../../analyzers/occupation';
import { OccupationSection } from '../../components/OccupationSection';
import type { Report } from '../../analyzers/types';
import { SAMPLE_REPORT } from './fixtures';


afterEach(cleanup);

const low: Report = { ...SAMPLE_REPORT, occupation: { ...SAMPLE_REPORT.occupation!, confidence: 'low' } };

describe('OccupationSection', () => {
  it('names the occupation the pay is compared with, its code and the wages used', () => {
    render(<OccupationSection report={SAMPLE_REPORT} onChoose={null} search={null} />);
    expect(screen.getByTestId('occupation-title').textContent).toBe('Public Relations Specialists');
    expect(screen.getByTestId('occupation').textContent).toContain('27-3031');
    expect(screen.getByTestId('occupation').textContent).toContain('BLS OEWS May 2025');
  });

  it('says plainly when it is unsure, and opens the picker for it', () => {
    render(<OccupationSection report={low} onChoose={() => undefined} search={searchOccupations} />);
    expect(screen.getByTestId('occupation-confidence').textContent).toContain('not sure what job this is');
    expect((screen.getByTestId('occupation-picker') as HTMLDetailsElement).open).toBe(true);
  });

  it('hands an alternative or a searched occupation to onChoose', () => {
    const onChoose = vi.fn();
    render(<OccupationSection report={low} onChoose={onChoose} search={searchOccupations} />);
    fireEvent.click(screen.getByText('Market Research Analysts and Marketing Specialists'));
    expect(onChoose).toHaveBeenLastCalledWith('13-1161');
    fireEvent.input(screen.getByTestId('occupation-query'), { target: { value: 'registered nurse' } });
    const nurse = screen.getByTestId('occupation-results').querySelector('button[data-soc="29-1141"]') as HTMLButtonElement;
    fireEvent.click(nurse);
    expect(onChoose).toHaveBeenLastCalledWith('29-1141');
  });

  it('says when no occupation title matches the search', () => {
    render(<OccupationSection report={low} onChoose={() => undefined} search={() => []} />);
    fireEvent.input(screen.getByTestId('occupation-query'), { target: { value: 'zzzz' } });
    expect(screen.getByTestId('occupation-results').textContent).toContain('No occupation title matches');
  });

  it('offers to go back to the occupation the posting implies once the user has picked one', () => {
    const onChoose = vi.fn();
    const picked: Report = { ...SAMPLE_REPORT, occupation: { ...SAMPLE_REPORT.occupation!, chosenBy: 'user' } };
    render(<OccupationSection report={picked} onChoose={onChoose} search={null} />);
    fireEvent.click(screen.getByTestId('occupation-reset'));
    expect(onChoose).toHaveBeenCalledWith(null);
  });
});
