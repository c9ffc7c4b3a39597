// The bench's one result object (what `--json` prints) and its budgets (issue 6).

import type { AnalysisResult, GrowthResult, Profile } from './analysis';
import type { BatchResult } from './batch';
import type { BrowserResult } from './browser';
import type { Machine } from './machine';
import type { TablesResult } from './tables';
import { CONTENT_SCRIPT_BUDGET, type SizesResult } from './sizes';

export interface Budget {
  readonly name: string;
  readonly limit: string;
  /** The limit as a number: met when value ≤ max. */
  readonly max: number;
  readonly value: number | null;
  /** null: not measured in this run. */
  readonly met: boolean | null;
}

export interface BenchResult {
  readonly date: string;
  readonly quick: boolean;
  readonly machine: Machine;
  readonly ratioToCompromise: number;
  readonly analyzeMedianMs: number;
  readonly contentScriptBytes: number | null;
  readonly zipBytes: number | null;
  readonly pageLoadRatio: number | null;
  readonly timeToVerdictMs: number | null;
  readonly timeToVerdictRatio: number | null;
  readonly batchPostingsPerSecond: number;
  readonly budgets: readonly Budget[];
  readonly analysis: AnalysisResult;
  readonly profile: Profile;
  readonly growth: GrowthResult;
  readonly batch: BatchResult;
  readonly sizes: SizesResult | { readonly error: string };
  readonly browser: BrowserResult;
  readonly tables: TablesResult;
  readonly runSeconds: number;
}

export type Measured = Omit<BenchResult, 'ratioToCompromise' | 'analyzeMedianMs' | 'contentScriptBytes' | 'zipBytes' | 'pageLoadRatio' | 'timeToVerdictMs' | 'timeToVerdictRatio' | 'batchPostingsPerSecond' | 'budgets'>;

const within = (value: number | null, limit: number): boolean | null => (value === null || Number.isNaN(value) ? null : value <= limit);

export function summarise(m: Measured): BenchResult {
  const sizes = 'error' in m.sizes ? null : m.sizes;
  const browser = m.browser.skipped === null ? m.browser : null;
  const verdict = browser?.verdict.measured ? browser.verdict : null;
  const contentScriptBytes = sizes?.contentScriptBytes ?? null;
  const pageLoadRatio = browser?.pageLoadRatio ?? null;
  const timeToVerdictRatio = verdict?.timeToVerdictRatio ?? null;
  const budgets: Budget[] = [
    { name: 'analyze() median ÷ one bare compromise parse (ratioToCompromise)', limit: '≤ 1.0', max: 1.0, value: m.analysis.ratioToCompromise, met: within(m.analysis.ratioToCompromise, 1.0) },
    { name: 'content script, minified bytes (contentScriptBytes)', limit: `≤ ${CONTENT_SCRIPT_BUDGET.toLocaleString('en-US')}`, max: CONTENT_SCRIPT_BUDGET, value: contentScriptBytes, met: within(contentScriptBytes, CONTENT_SCRIPT_BUDGET) },
    { name: 'page load with the extension ÷ without (pageLoadRatio)', limit: '≤ 1.05', max: 1.05, value: pageLoadRatio, met: within(pageLoadRatio, 1.05) },
    { name: 'side panel time to verdict ÷ the page’s own load (timeToVerdictRatio)', limit: '≤ 1.0', max: 1.0, value: timeToVerdictRatio, met: within(timeToVerdictRatio, 1.0) },
  ];
  return {
    date: m.date,
    quick: m.quick,
    machine: m.machine,
    ratioToCompromise: m.analysis.ratioToCompromise,
    analyzeMedianMs: m.analysis.analyzeMs.median,
    contentScriptBytes,
    zipBytes: sizes?.zipBytes ?? null,
    pageLoadRatio,
    timeToVerdictMs: verdict?.timeToVerdictMs ?? null,
    timeToVerdictRatio,
    batchPostingsPerSecond: m.batch.postingsPerSecond,
    budgets,
    analysis: m.analysis,
    profile: m.profile,
    growth: m.growth,
    batch: m.batch,
    sizes: m.sizes,
    browser: m.browser,
    tables: m.tables,
    runSeconds: m.runSeconds,
  };
}
