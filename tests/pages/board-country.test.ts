// A posting on Indeed's India site that says only "Remote" is not a US job: no US wage figures,
// no US pay-transparency law. The same kind of page on the US site keeps both. Real saved pages.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzers/report';
import { indeedCountryCode } from '../../analyzers/sites/indeed';
import { readPageFromHtml } from '../../cli/page';

const PAGES = path.resolve(__dirname, '../../../shared/fixtures/pages');
const reportOf = (name: string) => {
  const read = readPageFromHtml(readFileSync(path.join(PAGES, `${name}.html`), 'utf8'), null);
  if (read.kind !== 'posting') throw new Error(`${name} is not read as a posting`);
  return analyze(read.posting, { today: new Date('2026-11-23') });
};

describe('the board’s country', () => {
  it('keeps a remote posting on in.indeed.com out of US wages and US laws', () => {
    const report = reportOf('indeed-in__serp-vjk-pane-flutter-developer-2026');
    expect(report.posting.location).toBe('Remote');
    expect(report.market).toBeNull();
    expect(report.transparency.checks).toEqual([]);
    expect(report.flags.map((f) => f.id).filter((id) => id.startsWith('pay-transparency'))).toEqual([]);
  });

  it('still compares a posting on www.indeed.com with US wages', () => {
    const report = reportOf('indeed__serp-vjk-pane-humana-research-scientist-2026');
    expect(report.market?.scope.region).toMatch(/^US/);
  });
});

describe('Indeed’s country hosts', () => {
  it('are read the same way for a country subdomain and a country domain', () => {
    expect(indeedCountryCode(new URL('https://au.indeed.com/viewjob?jk=1'))).toBe('au');
    expect(indeedCountryCode(new URL('https://www.indeed.co.uk/viewjob'))).toBe('uk');
    expect(indeedCountryCode(new URL('https://indeed.de/jobs'))).toBe('de');
    expect(indeedCountryCode(new URL('https://www.indeed.com.mx/ver-empleo'))).toBe('mx');
    expect(indeedCountryCode(new URL('https://www.indeed.com/viewjob?jk=1'))).toBeNull();
    expect(indeedCountryCode(new URL('https://notindeed.de/'))).toBeNull();
  });
});
