// Settings read back from storage, and the toolbar badge for each tab state.

import { describe, expect, it } from 'vitest';
import { BADGE_BACKGROUND, BADGE_TEXT, badgeFor } from '../../extension/badge';
import { analyzeOptions, DEFAULT_SETTINGS, readSettings } from '../../extension/settings';
import { SAMPLE_REPORT, withReport } from '../components/fixtures';

describe('reading the settings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['not an object', 'garbage', DEFAULT_SETTINGS],
    ['hours out of range', { hoursPerYear: 99999 }, DEFAULT_SETTINGS],
    ['a part turned off', { show: { fixes: false } }, { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, fixes: false } }],
    ['a home location', { homeLocation: '  Austin, TX ', hoursPerYear: 1950 }, { ...DEFAULT_SETTINGS, homeLocation: 'Austin, TX', hoursPerYear: 1950 }],
  ])('fills in defaults for %s', (_case, raw, expected) => {
    expect(readSettings(raw)).toEqual(expected);
  });

  it('passes no home location to analyze() when none is set', () => {
    expect(analyzeOptions(DEFAULT_SETTINGS)).toEqual({ homeLocation: null, hoursPerYear: 2080 });
  });
});

describe('the badge', () => {
  const report = (r = SAMPLE_REPORT) => ({ kind: 'report' as const, page: { url: null, title: null }, input: {} as never, report: r, at: 0 });
  it.each([
    ['no state', null, { text: '', colour: null, textColour: null }],
    ['not a posting', { kind: 'not-a-posting' as const, url: null, reason: '' }, { text: '', colour: null, textColour: null }],
    ['reading', { kind: 'reading' as const, page: { url: null, title: null } }, { text: '…', colour: '#24292f', textColour: '#d0d7de' }],
    ['an error', { kind: 'error' as const, page: null, message: '', detail: '' }, { text: '!', colour: '#24292f', textColour: '#ff8182' }],
    ['an underpaid report', report(), { text: '31', colour: '#24292f', textColour: '#ff8182' }],
    ['a fair report', report(withReport({ score: { ...SAMPLE_REPORT.score, verdict: 'fair', overall: 82 } })), { text: '82', colour: '#24292f', textColour: '#56d364' }],
    ['a language not supported yet', report(withReport({ unsupported: { reason: '' } })), { text: '?', colour: '#24292f', textColour: '#d0d7de' }],
  ])('for %s', (_case, state, badge) => {
    expect(badgeFor(state)).toEqual(badge);
  });

  it('keeps every badge text readable on its background (contrast at least 4.5:1)', () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const colour of Object.values(BADGE_TEXT)) {
      const ratio = (luminance(colour) + 0.05) / (luminance(BADGE_BACKGROUND) + 0.05);
      expect(ratio, colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
