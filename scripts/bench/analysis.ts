// The analyzer's speed: every corpus posting through analyze() against one bare compromise parse of
// the same text, pair by pair; growth with input size; and, to explain the numbers, how many
// compromise parses analyze() makes and over how much text.

// The baseline is compromise itself, so the bench imports it directly (the app goes through
// analyzers/nlp.ts). It is the same module instance, so the app's plugin words apply to both.
import nlp from 'compromise';
import { performance } from 'node:perf_hooks';
import { readConditions } from '../../analyzers/conditions';
import { readExperience } from '../../analyzers/experience';
import { readPay } from '../../analyzers/pay';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { statementForms } from '../../analyzers/nlp';
import { analyze } from '../../analyzers/report';
import { dutyStatements } from '../../analyzers/responsibilities';
import type { Posting } from '../../analyzers/types';
import { corpusText, type CorpusPosting } from '../corpus';
import { median, progress, quantile, round, spread, type Spread } from './stats';

const timed = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const analyzeText = (text: string): unknown => analyze(postingFromText(text));
const parseText = (text: string): unknown => nlp(text);

export interface PostingTiming {
  readonly id: string;
  readonly chars: number;
  readonly analyzeMs: number;
  readonly compromiseMs: number;
  readonly ratio: number;
}

export interface AnalysisResult {
  readonly postings: number;
  /** Timed rounds over the corpus; each posting keeps its fastest analyze() and fastest parse. */
  readonly rounds: number;
  readonly analyzeMs: Spread;
  readonly compromiseMs: Spread;
  /** Median of the per-posting ratios analyze() ÷ nlp(text). */
  readonly ratioToCompromise: number;
  readonly ratioP95: number;
  readonly postingsOverOne: number;
  /** The postings whose analyze() took longer than their bare parse. */
  readonly overOne: readonly string[];
  readonly slowest: readonly PostingTiming[];
}

/**
 * Warm-up, then `rounds` passes over the corpus; in each pass a posting's analyze() and its bare
 * parse run back to back, the order alternating from posting to posting and from round to round.
 */
export function measureAnalysis(corpus: readonly CorpusPosting[], rounds: number): AnalysisResult {
  const texts = corpus.map(corpusText);
  for (const text of texts.slice(0, 25)) {
    parseText(text);
    analyzeText(text);
  }
  const best = texts.map(() => ({ analyze: Infinity, parse: Infinity }));
  for (let pass = 0; pass < rounds; pass++) {
    progress(`analysis round ${pass + 1}/${rounds} over ${texts.length} postings`);
    texts.forEach((text, i) => {
      const slot = best[i]!;
      if ((i + pass) % 2 === 0) {
        slot.analyze = Math.min(slot.analyze, timed(() => analyzeText(text)));
        slot.parse = Math.min(slot.parse, timed(() => parseText(text)));
      } else {
        slot.parse = Math.min(slot.parse, timed(() => parseText(text)));
        slot.analyze = Math.min(slot.analyze, timed(() => analyzeText(text)));
      }
    });
  }
  const timings: PostingTiming[] = corpus.map((p, i) => {
    const { analyze: a, parse: c } = best[i]!;
    return { id: p.id, chars: texts[i]!.length, analyzeMs: round(a), compromiseMs: round(c), ratio: round(a / c, 3) };
  });
  const ratios = timings.map((t) => t.ratio);
  return {
    postings: timings.length,
    rounds,
    analyzeMs: spread(timings.map((t) => t.analyzeMs)),
    compromiseMs: spread(timings.map((t) => t.compromiseMs)),
    ratioToCompromise: round(median(ratios), 3),
    ratioP95: round(quantile(ratios, 0.95), 3),
    postingsOverOne: ratios.filter((r) => r > 1).length,
    overOne: timings.filter((t) => t.ratio > 1).map((t) => t.id),
    slowest: [...timings].sort((a, b) => b.analyzeMs - a.analyzeMs).slice(0, 3),
  };
}

// ── Parse counting ──────────────────────────────────────────────────────────────────────────────
// compromise runs its "hooks" on every nlp(text) call; one more hook counts those parses and the
// characters they cover. analyzers/nlp.ts parses with nlp.tokenize() and tags what it needs,
// which runs no hooks: a wrapper counts those. Installed only after the timed passes, and
// counting only when asked.

const counter = { on: false, parses: 0, chars: 0 };
let counterInstalled = false;

function installParseCounter(): void {
  if (counterInstalled) return;
  counterInstalled = true;
  nlp.plugin({
    compute: {
      scopefitBenchCount: (view: { text(): string }): void => {
        if (!counter.on) return;
        counter.parses += 1;
        counter.chars += view.text().length;
      },
    },
    hooks: ['scopefitBenchCount'],
  });
  const tokenize = nlp.tokenize.bind(nlp);
  nlp.tokenize = ((...args: Parameters<typeof nlp.tokenize>) => {
    const doc = tokenize(...args);
    if (counter.on) {
      counter.parses += 1;
      counter.chars += doc.text().length;
    }
    return doc;
  }) as typeof nlp.tokenize;
}

export interface ParseCount {
  readonly parses: number;
  readonly chars: number;
}

export function countParses(run: () => unknown): ParseCount {
  installParseCounter();
  counter.on = true;
  counter.parses = 0;
  counter.chars = 0;
  try {
    run();
  } finally {
    counter.on = false;
  }
  return { parses: counter.parses, chars: counter.chars };
}

// ── Where the time goes ─────────────────────────────────────────────────────────────────────────
// The steps analyze() takes, timed one by one on the same posting. This mirrors report.ts and
// responsibilities.ts by hand: when they change their steps, change this table (the types keep the
// calls honest). Duties and conditions are read in English postings only, as analyze() does.

interface Stage {
  readonly name: string;
  readonly run: (posting: Posting, text: string, statements: readonly string[]) => unknown;
}

const STAGES: readonly Stage[] = [
  { name: 'intake (postingFromText + readPosting)', run: (_, text) => readPosting(postingFromText(text)) },
  { name: 'pay (readPay)', run: (posting) => readPay(posting) },
  { name: 'experience (readExperience)', run: (posting) => readExperience(posting) },
  { name: 'duty statements (dutyStatements)', run: (posting) => posting.language === 'en' && dutyStatements(posting) },
  { name: 'compromise on the duties (statementForms: parse + root + json)', run: (posting, _, statements) => posting.language === 'en' && statementForms(statements) },
  { name: 'conditions (readConditions)', run: (posting) => posting.language === 'en' && readConditions(posting) },
];

export interface StageTiming {
  readonly name: string;
  /** Summed over the corpus, one run per posting. */
  readonly totalMs: number;
  readonly shareOfAnalyze: number;
}

export interface Profile {
  /** compromise parses made by one analyze() call. */
  readonly parsesPerPosting: { readonly median: number; readonly max: number };
  /** Characters compromise parsed inside analyze() ÷ characters of the posting text. */
  readonly parsedShareOfText: { readonly median: number; readonly max: number };
  /** The same share, only over the postings whose analyze() took longer than their bare parse. */
  readonly parsedShareOverOne: number | null;
  readonly analyzeTotalMs: number;
  readonly stages: readonly StageTiming[];
  /** A bare nlp() of the same duty statements, summed: the parse alone, without root and json. */
  readonly bareParseOfDutiesMs: number;
  /** The same over the whole posting texts: what the budget compares against. */
  readonly bareParseOfTextsMs: number;
}

export function profileAnalysis(corpus: readonly CorpusPosting[], overOne: readonly string[]): Profile {
  progress('profile: parses per posting and time per step');
  const texts = corpus.map(corpusText);
  const counts = texts.map((text, i) => ({ ...countParses(() => analyzeText(text)), textChars: text.length, id: corpus[i]!.id }));
  const totals = STAGES.map(() => 0);
  let analyzeTotal = 0;
  let bareDuties = 0;
  let bareTexts = 0;
  texts.forEach((text, i) => {
    const posting = readPosting(postingFromText(text));
    const statements = posting.language === 'en' ? dutyStatements(posting).map((d) => d.text) : [];
    // Alternate which comes first, as in the timed rounds.
    const steps = [
      () => (analyzeTotal += timed(() => analyzeText(text))),
      () => STAGES.forEach((stage, s) => (totals[s]! += timed(() => stage.run(posting, text, statements)))),
      () => (bareDuties += statements.length ? timed(() => nlp(statements.join('\n'))) : 0),
      () => (bareTexts += timed(() => parseText(text))),
    ];
    for (const step of i % 2 ? steps.reverse() : steps) step();
  });
  const shares = counts.map((c) => c.chars / c.textChars);
  const parses = counts.map((c) => c.parses);
  const measured = totals.reduce((a, b) => a + b, 0);
  const share = (ms: number): number => round(ms / analyzeTotal, 3);
  const stages: StageTiming[] = STAGES.map((s, i) => ({ name: s.name, totalMs: round(totals[i]!), shareOfAnalyze: share(totals[i]!) }));
  stages.push({ name: 'the rest: analyze() minus the steps above (areas, levels, benchmark, score, flags, fixes, law checks; noisy)', totalMs: round(analyzeTotal - measured), shareOfAnalyze: share(analyzeTotal - measured) });
  return {
    parsesPerPosting: { median: median(parses), max: Math.max(...parses) },
    parsedShareOfText: { median: round(median(shares), 3), max: round(Math.max(...shares), 3) },
    parsedShareOverOne: overOne.length ? round(median(counts.filter((c) => overOne.includes(c.id)).map((c) => c.chars / c.textChars)), 3) : null,
    analyzeTotalMs: round(analyzeTotal),
    stages,
    bareParseOfDutiesMs: round(bareDuties),
    bareParseOfTextsMs: round(bareTexts),
  };
}

// ── Growth ──────────────────────────────────────────────────────────────────────────────────────

export const GROWTH_SIZES = [10_000, 100_000, 1_000_000] as const;

export interface GrowthRow {
  /** `repeated`: one posting's text over and over; `distinct`: the corpus's descriptions joined. */
  readonly input: 'repeated' | 'distinct';
  readonly chars: number;
  readonly ms: number;
  /** Milliseconds per 1,000 characters. */
  readonly msPerKB: number;
  readonly parses: number;
  readonly charsParsed: number;
}

export interface GrowthResult {
  readonly basePostingId: string;
  readonly rows: readonly GrowthRow[];
  /** ms per kB at 1 MB ÷ ms per kB at 100 kB, per input: about 1 when time grows linearly. */
  readonly linearity: { readonly repeated: number; readonly distinct: number };
}

/** The English posting of median length: the one repeated. */
function typicalPosting(corpus: readonly CorpusPosting[]): CorpusPosting {
  const english = corpus.filter((p) => p.language === 'en').sort((a, b) => a.description.length - b.description.length);
  return english[Math.floor(english.length / 2)] ?? corpus[0]!;
}

function grownText(header: string, bodies: readonly string[], size: number): string {
  let text = header;
  for (let i = 0; text.length < size; i = (i + 1) % bodies.length) text += `${bodies[i]!}\n\n`;
  return text.slice(0, size);
}

export function measureGrowth(corpus: readonly CorpusPosting[], quick: boolean): GrowthResult {
  const base = typicalPosting(corpus);
  const header = corpusText({ ...base, description: '' });
  // English first, so that the joined text reads as English and its duties are parsed.
  const joined = [...corpus.filter((p) => p.language === 'en'), ...corpus.filter((p) => p.language !== 'en')].map((p) => p.description);
  const inputs = [
    { input: 'repeated' as const, bodies: [base.description] },
    { input: 'distinct' as const, bodies: joined },
  ];
  const rows: GrowthRow[] = [];
  for (const { input, bodies } of inputs) {
    analyzeText(grownText(header, bodies, GROWTH_SIZES[0]));
    for (const size of GROWTH_SIZES) {
      progress(`growth: ${input} text, ${size / 1000} kB`);
      const text = grownText(header, bodies, size);
      const runs = quick ? 1 : size >= 1_000_000 ? 2 : 3;
      let best = Infinity;
      for (let r = 0; r < runs; r++) best = Math.min(best, timed(() => analyzeText(text)));
      const count = countParses(() => analyzeText(text));
      rows.push({ input, chars: text.length, ms: round(best, 1), msPerKB: round(best / (text.length / 1000), 3), parses: count.parses, charsParsed: count.chars });
    }
  }
  const linearity = (input: GrowthRow['input']): number => {
    const at = (size: number): number => rows.find((r) => r.input === input && r.chars === size)?.msPerKB ?? Number.NaN;
    return round(at(1_000_000) / at(100_000), 2);
  };
  return { basePostingId: base.id, rows, linearity: { repeated: linearity('repeated'), distinct: linearity('distinct') } };
}
