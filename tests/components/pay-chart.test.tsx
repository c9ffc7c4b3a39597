// @vitest-environment happy-dom
// The pay chart: which rows it draws from a report, its scale, and the SVG it makes.

import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { axisLabels, chartModel, niceScale, payGap, roughGap, xOf } from '../../components/pay-chart';
import { formatMoney } from '../../components/money';
import { AXIS_FONT_PX, PayChart, PayChartSvg } from '../../components/PayChart';
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

  it('draws nothing when there are no market figures: a lone dot on its own axis says nothing', () => {
    const aud = { ...SAMPLE_REPORT.pay!, currency: 'AUD' };
    expect(chartModel(withReport({ pay: aud, market: null, benchmark: null }))).toBeNull();
    expect(chartModel(withReport({ market: null, benchmark: null }))).toBeNull();
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
      'This job: $42,000–$46,000 a year. Typical for these duties (senior): $60,000–$88,000, median $72,000. Typical for this title (entry level): $38,000–$51,000, median $44,000',
    );
  });

  it('draws a single figure as a point', () => {
    const single = { ...SAMPLE_REPORT.pay!, min: 45000, max: 45000, annual: { min: 45000, max: 45000 } };
    const { container } = render(<PayChart model={chartModel(withReport({ pay: single }))!} id="c" />);
    expect(container.querySelectorAll('circle.posted')).toHaveLength(1);
  });
});

describe('the gap between the posted pay and the typical range', () => {
  it('says how far below the typical range the posted pay is, in money', () => {
    // Sample: $42,000–$46,000 posted (midpoint 44,000) against a senior range starting at $60,000.
    expect(payGap(SAMPLE_REPORT)).toEqual({ where: 'below', amount: 16000 });
  });

  it('is within the range when the midpoint falls inside it, and above past its top', () => {
    const within = { ...SAMPLE_REPORT.pay!, annual: { min: 70000, max: 74000 } };
    expect(payGap(withReport({ pay: within }))?.where).toBe('within');
    const above = { ...SAMPLE_REPORT.pay!, annual: { min: 95000, max: 105000 } };
    expect(payGap(withReport({ pay: above }))).toEqual({ where: 'above', amount: 12000 });
  });

  it('has no gap without market figures or in another currency', () => {
    expect(payGap(withReport({ market: null, benchmark: null }))).toBeNull();
    expect(payGap(withReport({ pay: { ...SAMPLE_REPORT.pay!, currency: 'AUD' } }))).toBeNull();
  });

  it('rounds to the nearest thousand, never to nothing', () => {
    expect(roughGap(24_600)).toBe(25_000);
    expect(roughGap(120)).toBe(1000);
  });
});

type Box = { left: number; width: number };
const overlaps = (a: Box, b: Box): boolean => a.left < b.left + b.width && b.left < a.left + a.width;

describe('the axis labels', () => {
  // Axes that collided before: Canadian dollars and rupees in steps of 25K, and a wide US axis.
  const axes: Array<[string, number, number]> = [
    ['CAD', 100_000, 260_000],
    ['INR', 150_000, 420_000],
    ['USD', 38_000, 188_000],
    ['USD', 19_000, 21_000],
  ];
  it.each([320, 400, 800])('never overlap and stay on a %d px axis', (width) => {
    for (const [currency, low, high] of axes) {
      const scale = niceScale(low, high);
      const step = scale.ticks[1]! - scale.ticks[0]!;
      const texts = scale.ticks.map((t) => formatMoney(t, currency, { compact: true, step }));
      const labels = axisLabels(scale.ticks, texts, scale, width, AXIS_FONT_PX);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < labels.length; i++) expect(overlaps(labels[i - 1]!, labels[i]!)).toBe(false);
      for (const l of labels) {
        expect(l.left).toBeGreaterThanOrEqual(0);
        expect(l.left + l.width).toBeLessThanOrEqual(width);
      }
    }
  });

  it('drops every other label when a narrow axis cannot hold them all, and keeps them all when wide', () => {
    const ticks = [0, 25_000, 50_000, 75_000, 100_000, 125_000, 150_000, 175_000, 200_000];
    const texts = ticks.map((t) => formatMoney(t, 'CAD', { compact: true, step: 25_000 }));
    const axis = { from: 0, to: 200_000 };
    expect(axisLabels(ticks, texts, axis, 200, AXIS_FONT_PX).length).toBeLessThan(ticks.length);
    expect(axisLabels(ticks, texts, axis, 800, AXIS_FONT_PX)).toHaveLength(ticks.length);
  });

  it('draws the chart at the width it is given, with no viewBox to scale its text', () => {
    const { container } = render(<PayChartSvg model={chartModel(SAMPLE_REPORT)!} id="c" width={400} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe('400');
    expect(svg.hasAttribute('viewBox')).toBe(false);
  });
});
