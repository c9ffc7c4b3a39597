// What the built extension weighs: minified bytes of each entrypoint in .output/chrome-mv3 (a page
// counts its HTML, its scripts with the chunks they import, and its CSS), the store zip, and which
// bundles carry compromise. Used by `npm run bench` and pinned by tests/bench-sizes.test.ts.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Issue 6: "≤ 40 kB minified", read the stricter way (kB = 1,000 bytes). */
export const CONTENT_SCRIPT_BUDGET = 40_000;

export const chromeOutput = (root: string): string => path.join(root, '.output/chrome-mv3');

/**
 * Strings found in every compromise build (one, two, three) and in no other dependency: the
 * warning its tagger prints for an unknown tag, and the hidden `_world` property of `nlp`. The
 * size test checks them against compromise's own builds first, so a stale marker fails loudly.
 */
export const COMPROMISE_MARKERS: readonly RegExp[] = [/compromise: Invalid tag/, /["'`]_world["'`]/];

export const containsCompromise = (code: string): boolean => COMPROMISE_MARKERS.some((m) => m.test(code));

// The sources a build is made from: when one is newer than the built manifest, the build is stale.
const BUILD_INPUTS = ['entrypoints', 'components', 'extension', 'analyzers', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}

export function isBuildFresh(root: string): boolean {
  const manifest = path.join(chromeOutput(root), 'manifest.json');
  if (!existsSync(manifest)) return false;
  const built = statSync(manifest).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(root, input)) < built);
}

/** `wxt build`, or `wxt zip` (which builds, then zips); throws with WXT's own output on failure. */
export function buildExtension(root: string, command: 'build' | 'zip'): void {
  const wxt = path.join(root, 'node_modules/wxt/bin/wxt.mjs');
  const child = spawnSync(process.execPath, [wxt, command], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`wxt ${command} failed (exit ${child.status}):\n${`${child.stdout}\n${child.stderr}`.trim().slice(-2000)}`);
}

/** The chrome-mv3 output, built first unless it is newer than every source. */
export function ensureBuilt(root: string): string {
  if (!isBuildFresh(root)) buildExtension(root, 'build');
  return chromeOutput(root);
}

/** Files the manifest or a page refers to that are not in the folder (a build caught half-written). */
export function missingFiles(dir: string): string[] {
  if (!existsSync(path.join(dir, 'manifest.json'))) return ['manifest.json'];
  const { entrypoints } = measureSizes(dir, null);
  return entrypoints.flatMap((e) => e.files).filter((f) => !existsSync(path.join(dir, f)));
}

/**
 * A private copy of the build: other sessions rebuild .output while the bench runs, and a browser
 * loading a folder that is being rewritten fails. Null when the copy is incomplete.
 */
export function snapshotBuild(root: string): string | null {
  const copy = mkdtempSync(path.join(tmpdir(), 'scopefit-bench-build-'));
  cpSync(chromeOutput(root), copy, { recursive: true });
  if (missingFiles(copy).length === 0) return copy;
  rmSync(copy, { recursive: true, force: true });
  return null;
}

/** `script`: an unlisted script at the top of the output, put into a page on demand (executeScript). */
export type EntrypointKind = 'content-script' | 'background' | 'page' | 'script';

export interface EntrypointSize {
  readonly name: string;
  readonly kind: EntrypointKind;
  /** Every file it loads, relative to the output folder. */
  readonly files: readonly string[];
  readonly bytes: number;
  readonly jsBytes: number;
  readonly hasCompromise: boolean;
}

export interface SizesResult {
  readonly entrypoints: readonly EntrypointSize[];
  /** All content-script JavaScript injected on a job page; null when the build has none. */
  readonly contentScriptBytes: number | null;
  readonly contentScriptHasCompromise: boolean | null;
  readonly zipBytes: number | null;
  readonly zipFile: string | null;
  readonly totalBytes: number;
}

interface Manifest {
  readonly background?: { readonly service_worker?: string };
  readonly content_scripts?: readonly { readonly js?: readonly string[]; readonly css?: readonly string[] }[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

/** A script and every chunk it imports statically (dynamic imports load later and are left out). */
function withImports(dir: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(path.join(dir, file))) return;
  seen.add(file);
  const code = readFileSync(path.join(dir, file), 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[1]!;
    const target = spec.startsWith('/') ? spec.slice(1) : path.posix.join(path.posix.dirname(file), spec);
    withImports(dir, path.posix.normalize(target), seen);
  }
}

function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const files = new Set<string>([html]);
  const scripts = new Set<string>();
  for (const m of text.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const tag = m[0];
    const ref = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!ref || /^[a-z]+:/i.test(ref)) continue;
    const file = path.posix.normalize(ref.replace(/^\.?\//, ''));
    if (file.endsWith('.js')) scripts.add(file);
    else if (file.endsWith('.css')) files.add(file);
  }
  for (const script of scripts) withImports(dir, script, files);
  return [...files];
}

function sizeOf(dir: string, name: string, kind: EntrypointKind, files: readonly string[]): EntrypointSize {
  let bytes = 0;
  let jsBytes = 0;
  let hasCompromise = false;
  for (const file of files) {
    const full = path.join(dir, file);
    if (!existsSync(full)) continue;
    const size = statSync(full).size;
    bytes += size;
    if (file.endsWith('.js')) {
      jsBytes += size;
      hasCompromise ||= containsCompromise(readFileSync(full, 'utf8'));
    }
  }
  return { name, kind, files, bytes, jsBytes, hasCompromise };
}

function listFiles(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, path.posix.join(sub, e.name)) : [path.posix.join(sub, e.name)],
  );
}

/** Sizes of the build in `dir`; the store zip is looked for in `zipDir` (.output), none when null. */
export function measureSizes(dir: string, zipDir: string | null = path.dirname(dir)): SizesResult {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const entrypoints: EntrypointSize[] = [];

  // Content scripts: those the manifest declares, and any registered at run time (WXT writes all
  // of them to content-scripts/).
  const contentFiles = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) contentFiles.add(f);
  if (existsSync(path.join(dir, 'content-scripts'))) for (const f of listFiles(dir, 'content-scripts')) contentFiles.add(f);
  const byScript = new Map<string, string[]>();
  for (const f of contentFiles) {
    const name = path.posix.basename(f).replace(/\.(js|css)$/, '');
    byScript.set(name, [...(byScript.get(name) ?? []), f]);
  }
  for (const [name, files] of byScript) entrypoints.push(sizeOf(dir, `content script (${name})`, 'content-script', files));

  const worker = manifest.background?.service_worker;
  if (worker) {
    const files = new Set<string>();
    withImports(dir, worker, files);
    entrypoints.push(sizeOf(dir, 'background', 'background', [...files]));
  }
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    entrypoints.push(sizeOf(dir, html.replace(/\.html$/, ''), 'page', pageFiles(dir, html)));
  }
  const claimed = new Set(entrypoints.flatMap((e) => e.files));
  for (const script of readdirSync(dir).filter((f) => f.endsWith('.js') && !claimed.has(f)).sort()) {
    const files = new Set<string>();
    withImports(dir, script, files);
    entrypoints.push(sizeOf(dir, `${script.replace(/\.js$/, '')} (injected on demand)`, 'script', [...files]));
  }

  const content = entrypoints.filter((e) => e.kind === 'content-script');
  const zips = zipDir && existsSync(zipDir)
    ? readdirSync(zipDir).filter((f) => /-chrome\.zip$/.test(f)).map((f) => ({ f, at: statSync(path.join(zipDir, f)).mtimeMs })).sort((a, b) => b.at - a.at)
    : [];
  const zip = zipDir && zips[0] ? path.join(zipDir, zips[0].f) : null;
  return {
    entrypoints,
    contentScriptBytes: content.length ? content.reduce((sum, e) => sum + e.jsBytes, 0) : null,
    contentScriptHasCompromise: content.length ? content.some((e) => e.hasCompromise) : null,
    zipBytes: zip ? statSync(zip).size : null,
    zipFile: zip ? path.basename(zip) : null,
    totalBytes: listFiles(dir).reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0),
  };
}
