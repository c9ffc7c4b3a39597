// The audit page's Markdown export, from real reports: the sample posting (public/sample-posting.txt),
// a Denver posting with no pay from the corpus (glassdoor2020-060) and a German one (arbeitsagentur-001).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../analyzers/posting';
import { analyze } from '../../analyzers/report';
import { TRANSPARENCY_DISCLAIMER } from '../../analyzers/transparency';
import { escapeMarkdown, markdownFile, reportMarkdown } from '../../components/report-markdown';
import { corpusText, loadCorpus } from '../../scripts/corpus';

const TODAY = new Date('2026-11-23T12:00:00');
const sample = readFileSync(path.resolve(__dirname, '../../public/sample-posting.txt'), 'utf8');
const corpus = loadCorpus();
const fromCorpus = (id: string) => {
  const posting = corpus.find((p) => p.id === id);
  if (posting === undefined) throw new Error(`${id} is not in the corpus`);
  return analyze(postingFromText(corpusText(posting)), { today: TODAY });
};

describe('the Markdown of the sample posting', () => {
  const report = analyze(postingFromText(sample), { today: TODAY });
  const md = reportMarkdown(report);
  const section = (heading: string): string => md.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';

  it('opens with the title, the company and place, and the verdict with its score', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# ScopeFit audit: Social Media Coordinator');
    expect(lines[2]).toBe('Harbor & Pine Outfitters · Austin, TX');
    expect(md).toContain(`**Underpaid: ${report.score.overall} out of 100.**`);
  });

  it('gives the sections in the audit’s order: fixes, pay transparency, flags, wording, pay, level, scope', () => {
    const headings = md.match(/^## .+$/gm);
    expect(headings).toEqual(['## Fixes', '## Pay transparency', '## Things to watch', '## Wording', '## Pay', '## Level', '## Scope']);
  });

  it('numbers every fix with its score after and the change it makes', () => {
    const fixes = section('Fixes');
    expect(report.fixes.length).toBeGreaterThanOrEqual(4);
    report.fixes.forEach((fix, i) => {
      expect(fixes).toContain(`${i + 1}. ${escapeMarkdown(fix.message)}`);
      const delta = fix.scoreAfter - report.score.overall;
      expect(fixes).toContain(`Score after: **${fix.scoreAfter}** (${delta < 0 ? '−' : '+'}${Math.abs(delta)})`);
    });
  });

  it('puts the flag each fix resolves, with the posting’s words, under that fix', () => {
    const fixes = section('Fixes');
    const split = fixes.slice(fixes.indexOf('1. '), fixes.indexOf('2. '));
    const bundled = report.flags.find((f) => f.id === 'roles-bundled');
    expect(report.fixes[0]?.id).toBe('split-role');
    expect(split).toContain(`- Serious: ${bundled?.message}`);
    expect(split).toContain(`“${bundled?.evidence}”`);
  });

  it('says no pay-transparency law reaches Austin, TX, and still gives the disclaimer', () => {
    const transparency = section('Pay transparency');
    expect(transparency).toContain('Checked for Austin, TX (from the draft), as of 23 November 2026.');
    expect(transparency).toContain('No pay-transparency law in ScopeFit’s table reaches this place.');
    expect(transparency).toContain(`*${TRANSPARENCY_DISCLAIMER}*`);
  });

  it('quotes the evidence for every flag and the posted pay', () => {
    const flags = section('Things to watch');
    for (const f of report.flags) expect(flags).toContain(escapeMarkdown(f.message));
    expect(flags).toContain('“A social media ninja who lives online”');
    expect(section('Pay')).toContain('- Posted pay: $42,000–$46,000 a year “$42,000 - $46,000 a year”');
  });

  it('is named after the posting, as Markdown', () => {
    expect(markdownFile(report)).toEqual({ name: 'scopefit-audit-social-media-coordinator.md', type: 'text/markdown', text: md });
  });
});

describe('the Markdown of a Denver posting with no pay (glassdoor2020-060)', () => {
  const report = fromCorpus('glassdoor2020-060');
  const md = reportMarkdown(report);

  it('says Colorado’s law applies and the posting falls short, since when, for whom, and where the rule is from', () => {
    expect(md).toContain('- **Colorado: Falls short.** Colorado - Equal Pay for Equal Work Act');
    expect(md).toContain('In force since 1 January 2021; applies to any employer with at least 1 employee in Colorado.');
    expect(md).toContain('Problem: No pay is stated.');
    const colorado = report.transparency.checks.find((c) => c.lawId === 'us-co');
    expect(md).toContain(`Source: <${colorado?.source.url}>`);
  });

  it('puts the transparency flag under the fix that adds a pay range', () => {
    const fixes = md.slice(md.indexOf('## Fixes'), md.indexOf('## Pay transparency'));
    const add = fixes.slice(fixes.indexOf('State a pay range'));
    expect(add).toContain('Serious: A pay-transparency law asks for pay in the posting that this one does not give: Colorado');
  });
});

describe('the Markdown of a posting in a language not read in full yet (Spanish, written from real Spanish postings)', () => {
  const text = readFileSync(path.resolve(__dirname, '../fixtures/languages/es-community-manager.txt'), 'utf8');
  const md = reportMarkdown(analyze(postingFromText(text)));

  it('gives no verdict, no fixes and no level or scope, and says what was not checked', () => {
    expect(md).toContain('**No verdict yet.** Postings in Spanish are not fully read yet');
    expect(md).toMatch(/duties, work areas, level, working conditions/);
    expect(md).toContain('Fixes need a posting in English, German or French.');
    expect(md).not.toContain('Nothing stood out');
    expect(md).not.toContain('## Level');
    expect(md).not.toContain('## Scope');
  });
});

describe('escapeMarkdown', () => {
  // Invented: the corpus has no posting whose text is Markdown or markup meant to break out.
  it.each([
    ['<img src=x onerror="alert(1)"> *Lead*', '\\<img src=x onerror="alert(1)"\\> \\*Lead\\*'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['# Heading', '\\# Heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list either', '1\\. not a list either'],
    ['a | b', 'a \\| b'],
    ['AT&amp;T', 'AT\\&amp;T'],
    ['Harbor & Pine', 'Harbor & Pine'],
    ['two\nlines', 'two lines'],
  ])('shows %j as text', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('keeps a title with Markdown in it as text in the report', () => {
    const report = analyze(postingFromText(`Lead <3 *team* | _all_\n\n${sample.split('\n').slice(3).join('\n')}`), { today: TODAY });
    expect(reportMarkdown(report).split('\n')[0]).toBe('# ScopeFit audit: Lead \\<3 \\*team\\* \\| \\_all\\_');
  });
});
