// Page overhead and time to verdict in Chromium. Saved Indeed pages are served from 127.0.0.1 under
// their real host names (--host-resolver-rules), so the content script's `matches` apply as shipped;
// every other host resolves to nothing, so nothing leaves the machine. A small launcher of its own:
// the e2e helpers in tests/e2e change with the tests.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { median, progress, round } from './stats';

export const CHROMIUM = '/usr/bin/chromium';

// Flags that keep Chromium from calling home (BROWSER-TESTING.md).
const QUIET = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const VERDICT_TIMEOUT_MS = 15_000;
/** The side panel's verdict, once it has one ("No verdict yet" carries no data-verdict). */
const VERDICT = '[data-testid="verdict"][data-verdict]';

export interface BenchPage {
  readonly name: string;
  readonly url: string;
  readonly html: Buffer;
}

/** The saved Indeed pages, each at the address it had: a search page with its pane (`vjk`) or a /viewjob. */
export function benchPages(shared: string): BenchPage[] {
  const pagesDir = path.join(shared, 'fixtures/pages');
  const files = readdirSync(pagesDir)
    .filter((f) => /^indeed__serp-vjk-pane-.*\.html$/.test(f))
    .sort()
    .map((f) => ({ file: path.join(pagesDir, f), host: 'www.indeed.com', route: '/jobs?q=bench&vjk=' }));
  files.push({ file: path.join(shared, 'corpus/html/indeed-au__senior-devops-engineer.html'), host: 'au.indeed.com', route: '/viewjob?jk=' });
  return files.map(({ file, host, route }) => {
    const html = readFileSync(file);
    const jobKey = /"jobKey":"([0-9a-f]+)"/.exec(html.toString('utf8'))?.[1] ?? '0';
    return { name: path.basename(file, '.html'), url: `http://${host}${route}${jobKey}`, html };
  });
}

/** Serves each page at its own host and path; everything else (the page's assets) is a quick 404. */
async function servePages(pages: readonly BenchPage[]): Promise<{ server: http.Server; port: number }> {
  const routes = new Map(pages.map((p) => {
    const url = new URL(p.url);
    return [`${url.host}${url.pathname}${url.search}`, p.html] as const;
  }));
  const server = http.createServer((req, res) => {
    const body = routes.get(`${req.headers.host ?? ''}${req.url ?? ''}`);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function launch(profile: string, hosts: readonly string[], port: number, extensionDir: string | null): Promise<BrowserContext> {
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(',');
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: [...QUIET, `--host-resolver-rules=${rules}`, ...extension] });
}

// Functions sent to the browser stay anonymous: tsx names named ones with a helper (`__name`)
// that does not exist in the page.

/** Navigation start to the end of the load event, as the page itself recorded it. */
function loadTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    for (;;) {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (nav && nav.loadEventEnd > 0) return nav.loadEventEnd - nav.startTime;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
}

async function loadOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await loadTime(page);
  } finally {
    await page.close();
  }
}

interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly url: string }; readonly children?: readonly number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * CPU time the extension's scripts take in the page's renderer during one load and the second
 * after it, from V8's sampling profiler: samples whose stack holds a chrome-extension:// frame.
 * A separate, profiled load (the profiler slows the page), so not one of the timed ones.
 */
async function extensionCpuInPage(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(1000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const fromExtension = new Map<number, boolean>();
    const own = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url.startsWith('chrome-extension://')]));
    const isExtension = (id: number): boolean => {
      const known = fromExtension.get(id);
      if (known !== undefined) return known;
      const parent = parentOf.get(id);
      const answer = own.get(id) === true || (parent !== undefined && isExtension(parent));
      fromExtension.set(id, answer);
      return answer;
    };
    let micros = 0;
    profile.samples.forEach((id, i) => {
      if (isExtension(id)) micros += profile.timeDeltas[i] ?? 0;
    });
    return micros / 1000;
  } finally {
    await page.close();
  }
}

async function extensionWorker(context: BrowserContext): Promise<Worker | null> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
}

// Runs in the extension's service worker, which has chrome.tabs.
async function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

export interface PageLoadRow {
  readonly page: string;
  readonly url: string;
  readonly withExtensionMs: number;
  readonly withoutMs: number;
  readonly ratio: number;
  /** The extension's own CPU time in the page (one profiled load): how much of the difference is its code. */
  readonly contentScriptCpuMs: number;
}

export interface VerdictRow {
  readonly page: string;
  readonly timeToVerdictMs: number;
  /** The page's own load time in the same runs (side panel open beside it). */
  readonly pageLoadMs: number;
  readonly ratio: number;
  /** How long after the page's load event the verdict showed (negative: before it). */
  readonly afterLoadMs: number;
  /** Where the time went, each from navigation start (medians): the page's DOMContentLoaded, the
   * content script's read reaching the background, and the report made, as the panel saw them in
   * storage.session. */
  readonly domContentLoadedMs: number;
  readonly readMs: number | null;
  readonly reportMs: number | null;
  readonly verdict: string;
}

export type VerdictResult =
  | { readonly measured: true; readonly runs: number; readonly rows: readonly VerdictRow[]; readonly timeToVerdictMs: number; readonly timeToVerdictRatio: number }
  | { readonly measured: false; readonly reason: string };

export type BrowserResult =
  | { readonly skipped: string }
  | {
      readonly skipped: null;
      readonly runs: number;
      readonly pages: readonly PageLoadRow[];
      /** Median over the pages of (median load with the extension ÷ median load without). */
      readonly pageLoadRatio: number;
      readonly verdict: VerdictResult;
    };

interface VerdictRun {
  /** All from the page's navigation start. */
  readonly verdictMs: number;
  readonly loadMs: number;
  readonly domContentLoadedMs: number;
  /** The tab's state turned to "reading" with the posting's title: the content script's read reached the background. */
  readonly readMs: number | null;
  /** The tab's state turned to "report" (analyze() done in the background). */
  readonly reportMs: number | null;
  readonly verdict: string;
}

/**
 * One navigation with the side panel open on that tab: navigation start → verdict in the panel.
 * The panel also notes when the tab's state in storage.session changes (WXT's `session:tab:N` is
 * the key `tab:N`), which splits the time into reading the page, analysing it, and rendering.
 */
async function verdictOnce(context: BrowserContext, worker: Worker, extensionId: string, url: string): Promise<VerdictRun | string> {
  const before = new Set(await tabIds(worker));
  const tab = await context.newPage();
  const tabId = (await tabIds(worker)).find((id) => !before.has(id));
  const panel = await context.newPage();
  try {
    if (tabId === undefined) return 'could not find the tab id of the page';
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`, { waitUntil: 'load' });
    if ((await panel.locator(VERDICT).count()) > 0) return 'the side panel showed a verdict before the page was opened';
    // Record the moments from inside the panel, so that polling adds no delay.
    await panel.evaluate(
      ({ selector, key }) => {
        const w = window as unknown as { bench: { verdictAt: number | null; verdict: string; states: Record<string, number> } };
        w.bench = { verdictAt: null, verdict: '', states: {} };
        new MutationObserver(() => {
          const el = document.querySelector(selector);
          if (el && w.bench.verdictAt === null) {
            w.bench.verdictAt = performance.timeOrigin + performance.now();
            w.bench.verdict = el.getAttribute('data-verdict') ?? '';
          }
        }).observe(document, { subtree: true, childList: true, attributes: true });
        type State = { kind?: string; page?: { title?: string | null } | null };
        const storage = (globalThis as unknown as { chrome: { storage: { session: { onChanged: { addListener(fn: (changes: Record<string, { newValue?: State }>) => void): void } } } } }).chrome.storage.session;
        storage.onChanged.addListener((changes) => {
          const state = changes[key]?.newValue;
          // "reading" with a title: the content script's read reached the background; without
          // one: the tab is navigating.
          const label = state?.kind === 'reading' ? (state.page?.title ? 'read' : 'navigating') : state?.kind;
          if (label && w.bench.states[label] === undefined) w.bench.states[label] = performance.timeOrigin + performance.now();
        });
      },
      { selector: VERDICT, key: `tab:${tabId}` },
    );
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const loadMs = await loadTime(tab);
    const { origin, domContentLoadedMs } = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { origin: performance.timeOrigin, domContentLoadedMs: nav ? nav.domContentLoadedEventEnd - nav.startTime : Number.NaN };
    });
    const seen = await panel
      .waitForFunction(() => (window as unknown as { bench: { verdictAt: number | null } }).bench.verdictAt, undefined, { polling: 50, timeout: VERDICT_TIMEOUT_MS })
      .then(() => panel.evaluate(() => (window as unknown as { bench: { verdictAt: number; verdict: string; states: Record<string, number> } }).bench))
      .catch(() => null);
    if (seen === null) {
      const shown = (await panel.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 200);
      return `no verdict in the side panel within ${VERDICT_TIMEOUT_MS / 1000} s (the panel showed: "${shown}")`;
    }
    const since = (at: number | undefined): number | null => (at === undefined ? null : at - origin);
    return { verdictMs: seen.verdictAt - origin, loadMs, domContentLoadedMs, readMs: since(seen.states.read), reportMs: since(seen.states.report), verdict: seen.verdict };
  } finally {
    await panel.close();
    await tab.close();
  }
}

const medianOrNull = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? round(median(known), 1) : null;
};

async function measureVerdicts(context: BrowserContext, extensionDir: string, pages: readonly BenchPage[], runs: number): Promise<VerdictResult> {
  if (!existsSync(path.join(extensionDir, 'sidepanel.html'))) return { measured: false, reason: 'the build has no side panel page (sidepanel.html)' };
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as { content_scripts?: unknown[] };
  if (!manifest.content_scripts?.length) return { measured: false, reason: 'the build declares no content script, so nothing reads the page' };
  const worker = await extensionWorker(context);
  if (!worker) return { measured: false, reason: 'the extension has no running service worker, so its id and the tab id cannot be found' };
  const extensionId = new URL(worker.url()).host;
  const rows: VerdictRow[] = [];
  for (const page of pages) {
    const results: VerdictRun[] = [];
    for (let run = 0; run <= runs; run++) {
      progress(`time to verdict: ${page.name} ${run === 0 ? 'warm-up' : `${run}/${runs}`}`);
      const once = await verdictOnce(context, worker, extensionId, page.url).catch((error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!);
      if (typeof once === 'string') return { measured: false, reason: `${page.name}: ${once}` };
      if (run > 0) results.push(once);
    }
    const t = median(results.map((r) => r.verdictMs));
    const l = median(results.map((r) => r.loadMs));
    rows.push({
      page: page.name,
      timeToVerdictMs: round(t, 1),
      pageLoadMs: round(l, 1),
      ratio: round(t / l, 2),
      afterLoadMs: round(median(results.map((r) => r.verdictMs - r.loadMs)), 1),
      domContentLoadedMs: round(median(results.map((r) => r.domContentLoadedMs)), 1),
      readMs: medianOrNull(results.map((r) => r.readMs)),
      reportMs: medianOrNull(results.map((r) => r.reportMs)),
      verdict: results.at(-1)?.verdict ?? '',
    });
  }
  return {
    measured: true,
    runs,
    rows,
    timeToVerdictMs: round(median(rows.map((r) => r.timeToVerdictMs)), 1),
    timeToVerdictRatio: round(median(rows.map((r) => r.ratio)), 2),
  };
}

export async function measureBrowser(options: { readonly extensionDir: string | null; readonly shared: string; readonly runs: number; readonly pageLimit?: number }): Promise<BrowserResult> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed` };
  if (!options.extensionDir || !existsSync(path.join(options.extensionDir, 'manifest.json'))) return { skipped: 'the extension was not built' };
  const extensionDir = options.extensionDir;
  const pages = benchPages(options.shared).slice(0, options.pageLimit);
  const hosts = [...new Set(pages.map((p) => new URL(p.url).host))];
  const { server, port } = await servePages(pages);
  const profiles = [mkdtempSync(path.join(tmpdir(), 'scopefit-bench-ext-')), mkdtempSync(path.join(tmpdir(), 'scopefit-bench-plain-'))];
  const contexts: BrowserContext[] = [];
  try {
    progress('chromium: launching with and without the extension');
    const withExtension = await launch(profiles[0]!, hosts, port, extensionDir);
    contexts.push(withExtension);
    const without = await launch(profiles[1]!, hosts, port, null);
    contexts.push(without);

    const rows: PageLoadRow[] = [];
    for (const [p, page] of pages.entries()) {
      // One load each to warm the caches that survive no-store (code, fonts), not counted.
      await loadOnce(withExtension, page.url);
      await loadOnce(without, page.url);
      const timesWith: number[] = [];
      const timesWithout: number[] = [];
      for (let run = 0; run < options.runs; run++) {
        progress(`page load: ${page.name} ${run + 1}/${options.runs}`);
        const order = (run + p) % 2 === 0 ? [true, false] : [false, true];
        for (const loaded of order) (loaded ? timesWith : timesWithout).push(await loadOnce(loaded ? withExtension : without, page.url));
      }
      const w = median(timesWith);
      const wo = median(timesWithout);
      const cpu = await extensionCpuInPage(withExtension, page.url);
      rows.push({ page: page.name, url: page.url, withExtensionMs: round(w, 1), withoutMs: round(wo, 1), ratio: round(w / wo, 3), contentScriptCpuMs: round(cpu, 1) });
    }
    await without.close();
    contexts.pop();

    const verdict = await measureVerdicts(withExtension, extensionDir, pages, Math.max(1, Math.ceil(options.runs / 2)));
    return { skipped: null, runs: options.runs, pages: rows, pageLoadRatio: round(median(rows.map((r) => r.ratio)), 3), verdict };
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    server.close();
    for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
  }
}
