// The result as a person reads it: a plain table on the terminal, or BENCHMARKS.md.

import { tablesSection } from './tables';
import type { BenchResult, Budget } from './result';
import { kB, ms, table } from './stats';
import { vocabularySizes } from '../vocabulary-sizes';

type Format = 'text' | 'markdown';

interface Section {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes?: readonly string[];
}

const status = (b: Budget): string => (b.met === null ? 'not measured' : b.met ? 'pass' : 'MISS');
const num = (value: number | null, digits = 2): string => (value === null ? '—' : value.toFixed(digits));

function sections(r: BenchResult): Section[] {
  const out: Section[] = [];
  out.push({
    title: 'Budgets',
    head: ['budget', 'limit', 'measured', ''],
    rows: r.budgets.map((b) => [b.name, b.limit, b.value === null ? '—' : String(b.value), status(b)]),
  });

  const a = r.analysis;
  out.push({
    title: `Analysis: ${a.postings} corpus postings, analyze(postingFromText(text)) vs nlp(text), fastest of ${a.rounds} round(s) each`,
    head: ['', 'median', 'p95', 'max'],
    rows: [
      ['analyze() per posting', ms(a.analyzeMs.median), ms(a.analyzeMs.p95), ms(a.analyzeMs.max)],
      ['one bare compromise parse', ms(a.compromiseMs.median), ms(a.compromiseMs.p95), ms(a.compromiseMs.max)],
    ],
    notes: [
      `ratioToCompromise (median of per-posting ratios): ${a.ratioToCompromise}; p95 ${a.ratioP95}; postings over 1.0: ${a.postingsOverOne} of ${a.postings}${a.overOne.length ? ` (${a.overOne.slice(0, 12).join(', ')}${a.overOne.length > 12 ? ', …' : ''})` : ''}`,
      `slowest: ${a.slowest.map((s) => `${s.id} (${s.chars} chars) ${ms(s.analyzeMs)} vs parse ${ms(s.compromiseMs)}`).join('; ')}`,
    ],
  });

  const p = r.profile;
  out.push({
    title: 'Where analyze() spends its time (each step timed alone, one run per posting, summed over the corpus)',
    head: ['step', 'total', 'share'],
    rows: p.stages.map((s) => [s.name, ms(s.totalMs), `${(s.shareOfAnalyze * 100).toFixed(0)}%`]),
    notes: [
      `analyze() over the corpus: ${ms(p.analyzeTotalMs)}; one bare nlp() of each whole posting: ${ms(p.bareParseOfTextsMs)}; one bare nlp() of each posting's duty statements only: ${ms(p.bareParseOfDutiesMs)}`,
      `compromise parses per analyze(): median ${p.parsesPerPosting.median}, max ${p.parsesPerPosting.max}`,
      `text given to compromise ÷ posting text: median ${p.parsedShareOfText.median}, max ${p.parsedShareOfText.max}; median over the ${a.postingsOverOne} postings slower than their bare parse: ${p.parsedShareOverOne ?? '—'}`,
    ],
  });

  const g = r.growth;
  out.push({
    title: `Growth with input size (repeated: ${g.basePostingId}, the English posting of median length; distinct: the corpus descriptions joined)`,
    head: ['input', 'chars', 'analyze()', 'ms per kB', 'parses', 'chars parsed'],
    rows: g.rows.map((row) => [row.input, row.chars.toLocaleString('en-US'), ms(row.ms), row.msPerKB.toFixed(3), String(row.parses), row.charsParsed.toLocaleString('en-US')]),
    notes: [`ms per kB at 1 MB ÷ at 100 kB (about 1 when linear): repeated ${g.linearity.repeated}, distinct ${g.linearity.distinct}`],
  });

  const b = r.batch;
  out.push({
    title: 'Batch: the corpus through the command line (`node bin/scopefit.mjs --json <327 .txt files>`)',
    head: ['postings', 'wall time', 'postings/s', 'start-up (--help)', 'bare node -e 0', 'reports ok / failed', 'exit'],
    rows: [[String(b.postings), `${b.wallSeconds.toFixed(2)} s`, b.postingsPerSecond.toFixed(1), `${b.startupSeconds.toFixed(2)} s (${(b.startupSeconds / b.bareNodeSeconds).toFixed(1)}×)`, `${b.bareNodeSeconds.toFixed(2)} s`, `${b.reportsOk} / ${b.reportsFailed}`, String(b.exitCode)]],
    notes: ['Budget: --help within 5× a bare Node start (the command is built to dist/cli.mjs at install; the engine loads only to analyse).'],
  });

  if ('error' in r.sizes) {
    out.push({ title: 'Sizes (chrome-mv3)', head: ['not measured'], rows: [[r.sizes.error.split('\n')[0] ?? '']] });
  } else {
    const s = r.sizes;
    out.push({
      title: 'Sizes (chrome-mv3, minified; a page counts its HTML, scripts with their static imports, and CSS)',
      head: ['entrypoint', 'bytes', 'JavaScript', 'compromise', 'files'],
      rows: [
        ...s.entrypoints.map((e) => [e.name, `${e.bytes.toLocaleString('en-US')} (${kB(e.bytes)})`, e.jsBytes.toLocaleString('en-US'), e.hasCompromise ? 'yes' : 'no', String(e.files.length)]),
        ['store zip', s.zipBytes === null ? '—' : `${s.zipBytes.toLocaleString('en-US')} (${kB(s.zipBytes)})`, '', '', s.zipFile ?? ''],
        ['whole output folder', `${s.totalBytes.toLocaleString('en-US')} (${kB(s.totalBytes)})`, '', '', ''],
      ],
      notes: [
        ...(s.contentScriptBytes === null ? ['The build has no content script yet.'] : []),
        '`contentScriptBytes` counts the content scripts the manifest puts on every job page; scripts injected on demand are listed apart.',
      ],
    });
  }

  const br = r.browser;
  if (br.skipped !== null) {
    out.push({ title: 'Chromium', head: ['skipped'], rows: [[br.skipped]] });
  } else {
    out.push({
      title: `Page load in Chromium (navigation start → load event end), median of ${br.runs} alternating runs each`,
      head: ['page', 'with extension', 'without', 'ratio', 'extension CPU in the page'],
      rows: br.pages.map((row) => [row.page, ms(row.withExtensionMs), ms(row.withoutMs), row.ratio.toFixed(3), ms(row.contentScriptCpuMs)]),
      notes: [
        `pageLoadRatio (median of the per-page ratios): ${br.pageLoadRatio}`,
        'Extension CPU in the page: one more load with V8’s sampling profiler on, time in samples whose stack holds a chrome-extension:// frame, during the load and the second after it. It excludes the background worker, which analyses the posting in its own process on the same 2 cores.',
      ],
    });
    const v = br.verdict;
    if (v.measured) {
      out.push({
        title: `Time to verdict (navigation start → [data-testid="verdict"] in sidepanel.html?tabId=N), median of ${v.runs} runs each`,
        head: ['page', 'time to verdict', 'page load', 'ratio', 'DOMContentLoaded', 'read reached background', 'report made', 'verdict'],
        rows: v.rows.map((row) => [row.page, ms(row.timeToVerdictMs), ms(row.pageLoadMs), row.ratio.toFixed(2), ms(row.domContentLoadedMs), row.readMs === null ? '—' : ms(row.readMs), row.reportMs === null ? '—' : ms(row.reportMs), row.verdict]),
        notes: [
          `timeToVerdictMs (median over pages): ${v.timeToVerdictMs}; timeToVerdictRatio: ${v.timeToVerdictRatio}`,
          'Columns after the ratio are moments from the same navigation start: the page’s DOMContentLoaded; the content script’s read reaching the background (the tab’s state turning to "reading" with the posting’s title) and the report made (state "report", after analyze()), as the panel saw them in storage.session.',
        ],
      });
    } else {
      out.push({ title: 'Time to verdict', head: ['not measured'], rows: [[v.reason]] });
    }
  }
  return out;
}

function machineLine(r: BenchResult): string {
  const m = r.machine;
  return `${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.chromium ?? 'no Chromium'}; load average ${m.loadAverage} at start`;
}

const escapeCell = (cell: string): string => cell.replace(/\|/g, '\\|');

function renderSection(s: Section, format: Format): string[] {
  if (format === 'text') return [s.title, ...table(s.head, s.rows).map((l) => `  ${l}`), ...(s.notes ?? []).map((n) => `  ${n}`), ''];
  return [
    `## ${s.title}`,
    '',
    `| ${s.head.map(escapeCell).join(' | ')} |`,
    `| ${s.head.map(() => '---').join(' | ')} |`,
    ...s.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
    '',
    ...(s.notes?.length ? [...s.notes.map((n) => `- ${n}`), ''] : []),
  ];
}

export function renderText(r: BenchResult): string {
  return [
    `ScopeFit bench, ${r.date}${r.quick ? ' (--quick)' : ''}`,
    machineLine(r),
    '',
    ...sections(r).flatMap((s) => renderSection(s, 'text')),
    ...tablesSection(r.tables),
    `Ran in ${num(r.runSeconds, 0)} s. Timings are noisy on a shared 2-core machine; sizes are exact.`,
  ].join('\n');
}

/** Issue 13: what each language's cue tables weigh (scripts/vocabulary-sizes.ts); exact, so measured at render time. */
function vocabularySection(): string[] {
  return [
    '## Language vocabularies (minified module bytes; background bundle only, never the content script)',
    '',
    '| language | cues | headings | minified bytes |',
    '| --- | --- | --- | --- |',
    ...vocabularySizes().map((v) => `| ${v.language} | ${v.cues} | ${v.headings} | ${v.minifiedBytes.toLocaleString('en-US')} |`),
    '',
    '`npx tsx scripts/vocabulary-sizes.ts` prints the same; `tests/vocabulary-sizes.test.ts` checks that no German or French cue reaches the content script.',
    '',
  ];
}

export function renderMarkdown(r: BenchResult): string {
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench -- --write` (issue 6); refresh it the same way when the numbers change.',
    '`npm run -s bench -- --json` prints the same figures as one JSON object (`-s` keeps npm’s banner off stdout).',
    '',
    `- Date: ${r.date}${r.quick ? ' (`--quick`)' : ''}`,
    `- Machine: ${machineLine(r)}`,
    `- Run time of the bench: ${num(r.runSeconds, 0)} s`,
    '',
    ...sections(r).flatMap((s) => renderSection(s, 'markdown')),
    ...vocabularySection(),
    ...tablesSection(r.tables),
    '## How these are measured',
    '',
    '- **Analysis**: each posting of `../shared/corpus/postings.jsonl` as the text a person pastes (`corpusText`), through `analyze(postingFromText(text))`, and the same text through one bare `nlp(text)` from compromise, back to back, the order alternating from posting to posting and round to round, after a warm-up of both. Each posting keeps its fastest time of each; the ratio is taken per posting and its median reported. German and French postings are cheap for analyze(): their duties are read as written, with no compromise parse.',
    '- **Profile**: a compromise hook counts the parses analyze() makes and the characters they cover; each step is then timed on its own, one run per posting, alternating with a whole analyze() and bare parses of the posting and of its duty statements. The step table mirrors `analyzers/report.ts` by hand.',
    '- **Growth**: the same posting text repeated (analyze() keeps each distinct duty once, so compromise parses the first copy only) and the corpus descriptions joined (every duty new), cut at 10 kB, 100 kB and 1 MB (kB = 1,000 characters).',
    '- **Batch**: one `node bin/scopefit.mjs --json` child process over the corpus written as .txt files to a temporary folder; the wall time includes tsx start-up.',
    '- **Sizes**: `wxt zip` (which runs `wxt build` first) and the files of `.output/chrome-mv3`; `contentScriptBytes` is all content-script JavaScript. `tests/bench-sizes.test.ts` pins the content-script budget and that compromise stays out of it.',
    '- **Chromium**: `/usr/bin/chromium` headless through playwright-core, saved Indeed pages served from 127.0.0.1 under www.indeed.com and au.indeed.com (`--host-resolver-rules`, every other host unresolvable). Loads with and without the extension alternate, one uncounted warm-up each. The build is copied to a temporary folder first (other sessions rebuild `.output` meanwhile). Time to verdict, in separate runs: a fresh tab, `sidepanel.html?tabId=N` opened in a second tab, then the first tab navigated to the page; the panel records (MutationObserver) when `[data-testid="verdict"][data-verdict]` appears, measured from the page’s navigation start.',
    '- **What the extension does in each**: in the page-load runs no panel or popup shows the tab, so the content script only asks the background whether one does (no) and reads the page once it has loaded, and the background analyses it then; in the time-to-verdict runs the panel shows the tab, so the content script reads Indeed’s pane as soon as the parser has passed it (or at DOMContentLoaded) and the background analyses it at once (`entrypoints/job.content.ts`, `entrypoints/background.ts`).',
    '- Timings are noisy: the machine has 2 cores and other work runs beside the bench. Compare ratios measured in the same run, not milliseconds across runs.',
    '',
  ].join('\n');
}
