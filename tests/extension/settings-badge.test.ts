// Settings read back from storage, and the toolbar badge for each tab state.

import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../extension/badge';
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
    ['no state', null, { text: '', colour: null }],
    ['not a posting', { kind: 'not-a-posting' as const, url: null, reason: '' }, { text: '', colour: null }],
    ['reading', { kind: 'reading' as const, page: { url: null, title: null } }, { text: '…', colour: '#57606a' }],
    ['an error', { kind: 'error' as const, page: null, message: '', detail: '' }, { text: '!', colour: '#cf222e' }],
    ['an underpaid report', report(), { text: '31', colour: '#cf222e' }],
    ['a language not supported yet', report(withReport({ unsupported: { reason: '' } })), { text: '?', colour: '#57606a' }],
  ])('for %s', (_case, state, badge) => {
    expect(badgeFor(state)).toEqual(badge);
  });
});
