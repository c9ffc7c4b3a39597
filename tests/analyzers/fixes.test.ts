import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../analyzers/posting';
import { analyze } from '../../analyzers/report';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const sample = readFileSync(path.resolve(__dirname, '../../public/sample-posting.txt'), 'utf8');
const today = new Date('2026-11-23');
const report = analyze(postingFromText(sample), { today });
const fix = (id: string) => report.fixes.find((f) => f.id === id);

describe('fixes', () => {
  it('splits a bundled role and names the second role', () => {
    expect(fix('split-role')?.message).toMatch(/second role \(for example: .+\)/);
    expect(fix('split-role')?.resolves).toEqual(['roles-bundled']);
  });

  it('raises the title to the duties\' level or cuts the duties, quoting them', () => {
    expect(fix('raise-title')?.message).toContain('Senior Social Media Manager');
    expect(fix('raise-title')?.resolves).toContain('entry-title-senior-scope');
  });

  it('aligns the years asked with the level', () => {
    expect(fix('align-years')?.message).toMatch(/up to 2 years/);
  });

  it('suggests the benchmark range for the duties\' level in the posting\'s state', () => {
    expect(fix('raise-pay')?.message).toMatch(/\$\d+K–\$\d+K a year in US-TX/);
  });

  it('says how each fix changes the score, by the same formula', () => {
    for (const f of report.fixes) expect(f.scoreAfter).toBeGreaterThanOrEqual(report.score.overall);
    expect(fix('raise-pay')!.scoreAfter).toBeGreaterThan(report.score.overall + 20);
  });

  it('asks for a pay range, with the benchmark\'s, when none is stated and a transparency law applies', () => {
    const draft = analyze(postingFromText("Social Media Manager\nAcme · Denver, CO\n\nWhat you'll do\n• Plan and publish content across our channels\n• Reply to comments and messages\n• Report monthly on performance"), { today });
    const add = draft.fixes.find((f) => f.id === 'add-pay-range');
    expect(add?.message).toMatch(/State a pay range: .* in US-CO/);
    expect(add?.resolves).toEqual(expect.arrayContaining(['no-pay', 'pay-transparency']));
    expect(draft.flags.map((f) => f.id)).toContain('pay-transparency');
  });

  it('does not ask a Colorado posting that states a range to add one', () => {
    const draft = analyze(postingFromText("Social Media Manager\nAcme · Denver, CO\nPay: $60,000 - $70,000 a year\n\nWhat you'll do\n• Plan and publish content"), { today });
    expect(draft.flags.map((f) => f.id)).not.toContain('pay-transparency');
  });
});
