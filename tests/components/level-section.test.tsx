// @vitest-environment happy-dom
// The level section says when the years asked could be read two ways, instead of guessing quietly.

import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LevelSection } from '../../components/LevelSection';
import { SAMPLE_REPORT } from './fixtures';

afterEach(cleanup);

describe('LevelSection', () => {
  it('shows why the years asked are unsure when the report says so', () => {
    const unsure = 'The same sentence asks for these years and calls them a plus.';
    const report = { ...SAMPLE_REPORT, experience: { minYears: 3, maxYears: null, required: true, evidence: ['3+ years required, a plus'], unsure } };
    render(<LevelSection report={report} onShow={() => undefined} />);
    expect(screen.getByTestId('years-unsure').textContent).toBe(`Unsure: ${unsure}`);
  });

  it('says nothing of doubt when the years are clear', () => {
    render(<LevelSection report={SAMPLE_REPORT} onShow={() => undefined} />);
    expect(screen.queryByTestId('years-unsure')).toBeNull();
  });
});
