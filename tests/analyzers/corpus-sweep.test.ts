// Every posting of the corpus (185 English, 142 German) gets a report without throwing, and the
// report keeps its promises: evidence quotes the posting, areas are from the taxonomy, and German
// postings are read in full.
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../analyzers/posting';
import { analyze } from '../../analyzers/report';
import { AREAS, CONDITIONS } from '../../analyzers/types';
import { corpusText, loadCorpus } from '../../scripts/corpus';

describe('the whole corpus', () => {
  const corpus = loadCorpus();
  const reports = corpus.map((p) => ({ id: p.id, language: p.language, report: analyze(postingFromText(corpusText(p))) }));

  it('has 327 postings and a report for each', () => {
    expect(corpus).toHaveLength(327);
    expect(reports.every((r) => r.report.ok)).toBe(true);
  });

  it('quotes only words that stand in the posting', () => {
    for (const { id, report } of reports) {
      const text = `${report.posting.title}\n${report.posting.location ?? ''}\n${report.posting.description}\n${corpus.find((p) => p.id === id)!.salary_text ?? ''}`;
      const quotes = [
        ...report.flags.map((f) => f.evidence),
        ...report.responsibilities.map((r) => r.text),
        ...(report.experience?.evidence ?? []),
        ...report.seniority.signals.map((s) => s.evidence),
        report.pay?.evidence ?? '',
      ].filter(Boolean);
      for (const quote of quotes) expect(text, `${id}: ${quote}`).toContain(quote);
    }
  });

  it('uses only taxonomy areas and conditions, and keeps scores within 0–100', () => {
    for (const { report } of reports) {
      for (const area of report.scope.areas) expect(AREAS).toContain(area);
      for (const c of report.scope.conditions) expect(CONDITIONS).toContain(c);
      expect(report.score.overall).toBeGreaterThanOrEqual(0);
      expect(report.score.overall).toBeLessThanOrEqual(100);
    }
  });

  it('reads postings written in German in full, with no US wage figures for jobs in Germany', () => {
    // The German-board set holds a few ads written in English (e.g. arbeitsagentur-023); those are read as English.
    const german = reports.filter((r) => r.report.posting.language === 'de');
    expect(german.length).toBeGreaterThanOrEqual(130);
    expect(german.every((r) => r.language === 'de')).toBe(true);
    for (const { report } of german) {
      expect(report.unsupported).toBeUndefined();
      expect(report.benchmark).toBeNull();
      expect(report.market).toBeNull();
      expect(report.score.verdict).toBe('unclear');
    }
    // Most German postings list duties under "Deine Aufgaben"/"Ihre Aufgaben": they are read.
    expect(german.filter((r) => r.report.responsibilities.length > 0).length).toBeGreaterThanOrEqual(120);
    expect(german.filter((r) => r.report.scope.areas.length > 0).length).toBeGreaterThanOrEqual(120);
  });
});
