// What the browser tests share: Debian's Chromium with the built extension loaded, a fresh profile,
// real saved pages served from loopback under their real host names (so the manifest's `matches`
// are what is tested), and helpers to reach the extension's worker and pages.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { describe, it } from 'vitest';
import type { browser } from 'wxt/browser';
import type { Report } from '../../analyzers/types';

/** In code evaluated inside the extension's worker, `chrome` is the extension API. */
declare const chrome: typeof browser;

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(PROJECT_DIR, '.output/chrome-mv3');
export const SHARED_DIR = resolve(PROJECT_DIR, '../shared');
export const SCREENSHOT_DIR = join(PROJECT_DIR, 'artifacts/screenshots');
/** Debian's Chromium; SCOPEFIT_CHROMIUM points elsewhere (e.g. to check the skip when it is missing). */
export const CHROMIUM = process.env.SCOPEFIT_CHROMIUM ?? '/usr/bin/chromium';
const SKIP_MESSAGE = `Chromium not found at ${CHROMIUM}: browser tests skipped`;

export const browserAvailable = (): boolean => existsSync(CHROMIUM);
export const browserRequired = (): boolean => process.env.SCOPEFIT_REQUIRE_BROWSER === '1';

/**
 * `describe` when Chromium is there; otherwise a skip that says why, or, when the browser is
 * required (CI), a failing test that says why.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (browserAvailable()) {
    describe(name, body);
  } else if (browserRequired()) {
    describe(name, () => it('needs Chromium', () => {
      throw new Error(`${SKIP_MESSAGE.replace(': browser tests skipped', '')} and SCOPEFIT_REQUIRE_BROWSER=1`);
    }));
  } else {
    console.warn(SKIP_MESSAGE);
    describe.skip(`${name} (${SKIP_MESSAGE})`, body);
  }
}

/** A saved page and where the browser is to find it. */
export interface Route {
  readonly host: string;
  readonly path: string;
  readonly file: string;
}

export interface Site {
  readonly port: number;
  readonly close: () => Promise<void>;
}

/**
 * Serves each route's file at http://host/path. The saved pages' own scripts are kept from running
 * (CSP script-src 'none'): the markup is real, and nothing on the page fetches or rewrites itself.
 */
export async function serve(routes: readonly Route[]): Promise<Site> {
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes.find((r) => r.host === host && r.path === path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
    res.end(readFileSync(route.file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

export interface Launched {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly profileDir: string;
}

export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'scopefit-e2e-'));
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Chromium with the built extension, every host of `routes` resolved to the local server. */
export async function launch(profileDir: string, routes: readonly Route[], port: number): Promise<Launched> {
  const hosts = Array.from(new Set(routes.map((r) => r.host)));
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, profileDir };
}

export async function poll<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The id of the tab showing `page` (its active tab, as the browser's tabs API knows it). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return poll('the tab id', () =>
    worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    }),
  );
}

interface StoredState {
  readonly kind: string;
  readonly page?: { readonly url: string | null; readonly title: string | null };
  readonly report?: Report;
}

export async function tabState(worker: Worker, tabId: number): Promise<StoredState | null> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const got = await chrome.storage.session.get(key);
    return (got[key] as StoredState | undefined) ?? null;
  }, tabId);
}

export async function waitForReport(worker: Worker, tabId: number, title?: string): Promise<NonNullable<StoredState['report']>> {
  return poll(`a report${title === undefined ? '' : ` for "${title}"`} in tab ${tabId}`, async () => {
    const state = await tabState(worker, tabId);
    if (state?.kind !== 'report' || state.report === undefined) return null;
    return title === undefined || state.report.posting.title === title ? state.report : null;
  });
}

export async function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function extensionPage(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path}`;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const AXE_SOURCE = (): string => readFileSync(join(PROJECT_DIR, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core's WCAG 2.x A/AA rules on the page as it is now; evaluated over CDP, so page CSP does not apply. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

export const CORPUS = (name: string): string => join(SHARED_DIR, 'corpus/html', name);
export const FIXTURE = (name: string): string => join(SHARED_DIR, 'fixtures/pages', name);

// ---------------------------------------------------------------------------------------------
// Added for the privacy, hostile-page and not-a-job tests (issue 7).

/** One request the browser made, and the context that made it. */
export interface SeenRequest {
  readonly url: string;
  /** Playwright's (or CDP's, lower-cased) resource type: document, script, fetch, xhr, websocket, … */
  readonly resourceType: string;
  readonly by: 'service worker' | 'page' | 'real side panel';
  /** The address of the worker or document that made it, when it was made. */
  readonly from: string;
  /** The Playwright page it came from; null for the worker and the real side panel. */
  readonly page: Page | null;
}

/** The browser's own side panel, which Playwright does not list as a page: reached over CDP. */
export interface RealSidePanel {
  /** Runs an expression in the panel's page (for a control request); resolves to its JSON value. */
  readonly evaluate: (expression: string) => Promise<unknown>;
  /** The panel's text now. */
  readonly text: () => Promise<string>;
  /** Dialogs (alert, confirm, prompt) the panel opened; each was dismissed. */
  readonly dialogs: readonly string[];
}

export interface RequestRecorder {
  readonly seen: readonly SeenRequest[];
  /**
   * Records the real side panel too (open it first, e.g. from the popup's button): attaches to it
   * over a browser CDP session and reloads it, so that everything it loads is seen.
   */
  readonly tapSidePanel: (extensionId: string) => Promise<RealSidePanel>;
}

interface CdpMessage {
  readonly id?: number;
  readonly method?: string;
  readonly params?: Record<string, unknown>;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
}

/**
 * Every request made by the pages Playwright knows and by the service workers (Playwright reports
 * a worker's requests with `request.serviceWorker()`), and WebSockets opened by pages, from now on.
 * Requests the worker made before this was called are not seen: call it straight after launch().
 */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const seen: SeenRequest[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    if (worker !== null) {
      seen.push({ url: request.url(), resourceType: request.resourceType(), by: 'service worker', from: worker.url(), page: null });
      return;
    }
    const frame = request.frame();
    seen.push({ url: request.url(), resourceType: request.resourceType(), by: 'page', from: frame.url(), page: frame.page() });
  });
  const onPage = (page: Page): void => {
    page.on('websocket', (socket) => seen.push({ url: socket.url(), resourceType: 'websocket', by: 'page', from: page.url(), page }));
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);

  const tapSidePanel = async (extensionId: string): Promise<RealSidePanel> => {
    const browser = context.browser();
    if (browser === null) throw new Error('no browser to reach the side panel through');
    const cdp = await browser.newBrowserCDPSession();
    const panelUrl = extensionPage(extensionId, 'sidepanel.html');
    const targetId = await poll('the real side panel', async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string; attached: boolean }> };
      // Playwright is attached to every tab, sidepanel.html opened as one included; not to the panel.
      return targetInfos.find((t) => t.type === 'page' && t.url.startsWith(panelUrl) && !t.attached)?.targetId ?? null;
    });
    // Playwright's CDP session cannot talk to a child session in flat mode: the panel is reached
    // through Target.sendMessageToTarget instead, its replies and events through one event.
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    const dialogs: string[] = [];
    const waiting = new Map<number, (message: CdpMessage) => void>();
    let nextId = 0;
    const send = (method: string, params: object = {}): Promise<CdpMessage> => {
      const id = ++nextId;
      const reply = new Promise<CdpMessage>((ok) => waiting.set(id, ok));
      const sent = cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      return Promise.race([reply, sent.then(() => new Promise<never>(() => undefined))]);
    };
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as CdpMessage;
      if (message.id !== undefined) {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
        return;
      }
      const params = message.params ?? {};
      if (message.method === 'Network.requestWillBeSent') {
        const request = params.request as { url: string };
        seen.push({ url: request.url, resourceType: ((params.type as string | undefined) ?? 'other').toLowerCase(), by: 'real side panel', from: (params.documentURL as string | undefined) ?? panelUrl, page: null });
      } else if (message.method === 'Network.webSocketCreated') {
        seen.push({ url: String(params.url), resourceType: 'websocket', by: 'real side panel', from: panelUrl, page: null });
      } else if (message.method === 'Page.javascriptDialogOpening') {
        dialogs.push(`${String(params.type)}: ${String(params.message)}`);
        void send('Page.handleJavaScriptDialog', { accept: false });
      }
    });
    await send('Network.enable');
    await send('Page.enable');
    await send('Page.reload');
    const evaluate = async (expression: string): Promise<unknown> => {
      const reply = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (reply.error !== undefined) throw new Error(reply.error.message);
      const result = reply.result as { result?: { value?: unknown }; exceptionDetails?: { text: string } };
      if (result.exceptionDetails !== undefined) throw new Error(result.exceptionDetails.text);
      return result.result?.value;
    };
    return { evaluate, text: async () => String(await evaluate('document.body ? document.body.innerText : ""')), dialogs };
  };

  return { seen, tapSidePanel };
}

/** Whether a request was made by one of the extension's own contexts (its worker or its pages). */
export function madeByExtension(request: SeenRequest, extensionId: string): boolean {
  return request.by === 'real side panel' || request.from.startsWith(`chrome-extension://${extensionId}/`);
}

/** Whether a request goes anywhere but the extension's own files (its blob: and data: URLs included). */
export function leavesExtension(request: SeenRequest, extensionId: string): boolean {
  const own = `chrome-extension://${extensionId}/`;
  return !(request.url.startsWith(own) || request.url.startsWith(`blob:${own}`) || request.url.startsWith('data:'));
}

/**
 * Request types only a script makes. The test pages are served with `script-src 'none'`, so such a
 * request from a web page was made by the extension's content script (or code it put in the page).
 */
export const SCRIPTED_REQUEST_TYPES: ReadonlySet<string> = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping']);

export interface PageWatch {
  /** "<page address>: <type> <message>" for every dialog any page opened; each was dismissed. */
  readonly dialogs: readonly string[];
  /** Uncaught errors in the extension's pages: "<page address>: <message>". */
  readonly errors: readonly string[];
}

/** Watches every page of the context, open now or opened later, for dialogs and uncaught errors. */
export function watchPages(context: BrowserContext): PageWatch {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const onPage = (page: Page): void => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => {
      if (page.url().startsWith('chrome-extension://')) errors.push(`${page.url()}: ${error.message}`);
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return { dialogs, errors };
}

/** The sentence the tab's state gives when the background found no posting there; null otherwise. */
export async function notAPostingReason(worker: Worker, tabId: number): Promise<string | null> {
  const state = (await tabState(worker, tabId)) as { readonly kind: string; readonly reason?: string } | null;
  return state?.kind === 'not-a-posting' ? state.reason ?? null : null;
}

/** A browser with the extension and one tab open on `url`, served from `routes`. */
export interface JobTab {
  readonly site: Site;
  readonly browser: Launched;
  readonly job: Page;
  readonly tabId: number;
  close(): Promise<void>;
}

/** The saved pages served and Chromium started on a fresh profile with the extension; `close` undoes all three. */
export interface Running {
  readonly site: Site;
  readonly browser: Launched;
  readonly close: () => Promise<void>;
}

export async function startBrowser(routes: readonly Route[]): Promise<Running> {
  const site = await serve(routes);
  const browser = await launch(freshProfile(), routes, site.port);
  return {
    site, browser,
    close: async () => {
      await browser.context.close();
      await site.close();
      removeProfile(browser.profileDir);
    },
  };
}

export async function openJobTab(routes: readonly Route[], url: string): Promise<JobTab> {
  const running = await startBrowser(routes);
  const job = await running.browser.context.newPage();
  await job.goto(url);
  const tabId = await tabIdOf(running.browser.worker, job);
  return { ...running, job, tabId };
}
