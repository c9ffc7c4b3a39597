// @vitest-environment happy-dom
// The pay chart: which rows it draws from a report, its scale, and the SVG it makes.

import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chartModel, niceScale, xOf } from '../../components/pay-chart';
import { PayChart } from '../../components/PayChart';
import { BARE_REPORT, SAMPLE_REPORT, withReport } from './fixtures';

afterEach(cleanup);

describe('the pay chart model', () => {
  it('draws the posted pay, the duties’ level and the title’s level when they differ', () => {
    const model = chartModel(SAMPLE_REPORT);
    expect(model?.rows.map((r) => (r.kind === 'posted' ? 'posted' : `${r.role}:${r.level}`))).toEqual(['posted', 'scope:senior', 'stated:entry']);
    expect(model?.source).toBe('BLS OEWS May 2025, 27-3031');
    expect(model?.note).toBeNull();
  });

  it('draws one band when the title and the duties are the same level', () => {
    const market = SAMPLE_REPORT.market!;
    const model = chartModel(withReport({ market: { scope: market.scope, stated: market.scope } }));
    expect(model?.rows.filter((r) => r.kind === 'band')).toHaveLength(1);
  });

  it('draws the market alone when no pay is stated', () => {
    const model = chartModel(withReport({ pay: null, benchmark: null }));
    expect(model?.rows.every((r) => r.kind === 'band')).toBe(true);
  });

  it('draws a job board’s estimate, labelled as one, when the employer states no pay', () => {
    const estimate = { ...SAMPLE_REPORT.pay!, estimated: true };
    const model = chartModel(withReport({ pay: null, payEstimate: estimate }));
    expect(model?.rows[0]).toMatchObject({ kind: 'posted', label: 'Job board’s estimate', estimated: true });
  });

  it('does not put pay in another currency on the US-dollar market axis, and says why', () => {
    const aud = { ...SAMPLE_REPORT.pay!, currency: 'AUD' };
    const model = chartModel(withReport({ pay: aud }));
    expect(model?.rows.some((r) => r.kind === 'posted')).toBe(false);
    expect(model?.note).toContain('AUD');
  });

  it('draws the pay alone, in its own currency, when there are no market figures', () => {
    const aud = { ...SAMPLE_REPORT.pay!, currency: 'AUD' };
    const model = chartModel(withReport({ pay: aud, market: null, benchmark: null }));
    expect(model?.rows).toHaveLength(1);
    expect(model?.currency).toBe('AUD');
  });

  it('has nothing to draw without pay or market figures', () => {
    expect(chartModel(BARE_REPORT)).toBeNull();
  });
});

describe('the chart scale', () => {
  it.each([
    [38000, 88000],
    [42000, 42000],
    [15, 45],
    [120000, 410000],
  ])('covers %d to %d in round steps', (low, high) => {
    const { from, to, ticks } = niceScale(low, high);
    expect(from).toBeLessThanOrEqual(low);
    expect(to).toBeGreaterThanOrEqual(high);
    expect(ticks[0]).toBe(from);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(8);
    const steps = new Set(ticks.slice(1).map((t, i) => t - ticks[i]!));
    expect(steps.size).toBe(1);
  });

  it('places values in proportion and keeps them on the axis', () => {
    const axis = { from: 0, to: 100 };
    expect(xOf(25, axis, 200)).toBe(50);
    expect(xOf(-10, axis, 200)).toBe(0);
    expect(xOf(150, axis, 200)).toBe(200);
  });
});

describe('the pay chart', () => {
  it('draws a band and a median mark per market row and a line for the posted range', () => {
    const model = chartModel(SAMPLE_REPORT)!;
    const { container } = render(<PayChart model={model} id="c" />);
    expect(container.querySelectorAll('rect.band')).toHaveLength(2);
    expect(container.querySelectorAll('line.mid')).toHaveLength(2);
    expect(container.querySelectorAll('line.posted-line')).toHaveLength(1);
  });

  it('says in words what it shows, for screen readers', () => {
    const { container } = render(<PayChart model={chartModel(SAMPLE_REPORT)!} id="c" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(container.querySelector('desc')?.textContent).toBe(
      'This job: $42,000–$46,000 a year. Jobs with these duties (senior): middle half $60,000–$88,000, median $72,000. Jobs with this title (entry level): middle half $38,000–$51,000, median $44,000',
    );
  });

  it('draws a single figure as a point', () => {
    const single = { ...SAMPLE_REPORT.pay!, min: 45000, max: 45000, annual: { min: 45000, max: 45000 } };
    const { container } = render(<PayChart model={chartModel(withReport({ pay: single }))!} id="c" />);
    expect(container.querySelectorAll('circle.posted')).toHaveLength(1);
  });
});
