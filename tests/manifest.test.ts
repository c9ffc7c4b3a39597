// The manifest asks for what ScopeFit uses today and not one thing more. Pinned here, so that any
// new permission, host, content-script match, manifest key, web-accessible file, outside connection
// or looser content security policy fails until someone changes this file on purpose (and, for a
// permission, accepts the install warning it brings). Both browsers' manifests are built into a
// private folder: other runs rebuild .output while tests run.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The job sites the content script reads by itself and the panel may script. A copy of
 * extension/job-sites.ts on purpose: importing that list would let an addition through unseen.
 */
const JOB_SITES = [
  '*://*.indeed.com/*',
  '*://*.linkedin.com/*',
  '*://www.glassdoor.com/*',
  '*://www.glassdoor.co.uk/*',
  '*://www.glassdoor.ca/*',
  '*://www.glassdoor.co.in/*',
  '*://www.glassdoor.com.au/*',
  '*://www.glassdoor.de/*',
  '*://www.glassdoor.fr/*',
  '*://www.ziprecruiter.com/*',
  '*://www.ziprecruiter.co.uk/*',
  '*://www.ziprecruiter.ca/*',
  '*://boards.greenhouse.io/*',
  '*://job-boards.greenhouse.io/*',
  '*://job-boards.eu.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.eu.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://jobs.ashbyhq.com/*',
  '*://jobs.smartrecruiters.com/*',
  '*://careers.smartrecruiters.com/*',
  '*://apply.workable.com/*',
  '*://jobs.workable.com/*',
];

/** What each browser's manifest holds today, key by key. */
const PINNED = {
  chrome: {
    keys: ['action', 'background', 'content_scripts', 'content_security_policy', 'description', 'host_permissions', 'icons', 'manifest_version', 'name', 'options_ui', 'permissions', 'side_panel', 'version'],
    // storage: reports, history, settings. sidePanel: the panel. activeTab + scripting: "Analyse
    // anyway" after a click, and the quote highlighter.
    permissions: ['activeTab', 'scripting', 'sidePanel', 'storage'],
    hostPermissions: JOB_SITES,
  },
  firefox: {
    keys: ['background', 'browser_action', 'browser_specific_settings', 'content_scripts', 'content_security_policy', 'description', 'icons', 'manifest_version', 'name', 'options_ui', 'permissions', 'sidebar_action', 'version'],
    // Manifest V2: the hosts are permissions too.
    permissions: ['activeTab', 'scripting', 'storage', ...JOB_SITES],
    hostPermissions: null,
  },
} as const;

type Browser = keyof typeof PINNED;
type Manifest = Record<string, unknown>;

const sorted = (values: readonly string[]): string[] => [...values].sort();

/**
 * What makes a content security policy looser than the browser's default for extension pages
 * (`script-src 'self'`): any source of code but the extension itself, which covers eval, inline
 * script and every remote host.
 */
function loosenings(policy: string): string[] {
  const found: string[] = [];
  for (const directive of policy.split(';').map((d) => d.trim()).filter((d) => d !== '')) {
    const [name = '', ...sources] = directive.split(/\s+/);
    if (!/^(?:default-src|script-src(?:-elem|-attr)?|worker-src|object-src|child-src|frame-src)$/i.test(name)) continue;
    for (const source of sources) if (!/^'(?:self|none)'$/i.test(source)) found.push(`${name} ${source}`);
  }
  return found;
}

describe('the check for a looser content security policy', () => {
  it.each([
    ["script-src 'self'; object-src 'self'", []],
    ["script-src 'self' 'unsafe-eval'; object-src 'self'", ["script-src 'unsafe-eval'"]],
    ["script-src 'self' https://cdn.example.com; object-src 'self'", ['script-src https://cdn.example.com']],
    ['default-src *; img-src data:', ['default-src *']],
    ["script-src 'self' 'wasm-unsafe-eval'", ["script-src 'wasm-unsafe-eval'"]],
  ] as const)('finds in "%s": %j', (policy, expected) => {
    expect(loosenings(policy)).toEqual(expected);
  });
});

describe('the built manifests', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'scopefit-manifest-'));
  const built: Partial<Record<Browser, Manifest>> = {};
  const manifest = (browser: Browser): Manifest => {
    const got = built[browser];
    if (got === undefined) throw new Error(`no ${browser} build`);
    return got;
  };
  const folder = (browser: Browser): string => path.join(out, browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');

  beforeAll(() => {
    // WXT's own build, run as `wxt build` would, into a folder of this test's own.
    const script = "const { build } = await import('wxt'); for (const browser of ['chrome', 'firefox']) await build({ outDir: process.argv[1], browser });";
    execFileSync(process.execPath, ['--input-type=module', '-e', script, out], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
    for (const browser of ['chrome', 'firefox'] as const) built[browser] = JSON.parse(readFileSync(path.join(folder(browser), 'manifest.json'), 'utf8')) as Manifest;
  }, 180_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('tells Firefox that it collects no data (on Android from 142, the first to read that key)', () => {
    expect(manifest('firefox').browser_specific_settings).toEqual({
      gecko: { id: '{641573cc-1dd9-44f4-b33f-6b01b0b676c3}', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  describe.each(['chrome', 'firefox'] as const)('for %s', (browser) => {
    const pinned = PINNED[browser];

    it('has exactly the keys it has today (no externally_connectable, web_accessible_resources, optional permissions, CSP…)', () => {
      expect(sorted(Object.keys(manifest(browser)))).toEqual(sorted(pinned.keys));
    });

    it('carries the icon at 16, 32, 48 and 128 px (public/icon/, drawn from public/icon.svg)', () => {
      expect(manifest(browser).icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    });

    it('asks for exactly the permissions in use', () => {
      expect(sorted(manifest(browser).permissions as string[])).toEqual(sorted(pinned.permissions));
    });

    it('asks for host access to the job sites only', () => {
      const hosts = manifest(browser).host_permissions as string[] | undefined;
      if (pinned.hostPermissions === null) expect(hosts).toBeUndefined();
      else expect(sorted(hosts ?? [])).toEqual(sorted(pinned.hostPermissions));
    });

    it('runs one content script, on the job sites only, in the top frame and its own world', () => {
      const scripts = manifest(browser).content_scripts as Array<Record<string, unknown>>;
      expect(scripts).toHaveLength(1);
      const [script] = scripts;
      // No all_frames, match_about_blank, world: "MAIN", css or exclude_matches.
      expect(sorted(Object.keys(script ?? {}))).toEqual(['js', 'matches', 'run_at']);
      expect(sorted(script?.matches as string[])).toEqual(sorted(JOB_SITES));
      expect(script?.js).toEqual(['content-scripts/job.js']);
      // From the start, so that a posting is read as soon as it is parsed (job.content.ts).
      expect(script?.run_at).toBe('document_start');
    });

    it('declares a content security policy that runs only its own code and connects nowhere', () => {
      const m = manifest(browser);
      const declared = browser === 'chrome' ? (m.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages : m.content_security_policy;
      expect(declared).toBe("script-src 'self'; object-src 'self'; connect-src 'none'");
      expect(m.externally_connectable).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
      const csp = m.content_security_policy;
      const policies = typeof csp === 'string' ? [csp] : csp !== null && typeof csp === 'object' ? Object.values(csp as Record<string, string>) : [];
      expect(policies.flatMap(loosenings)).toEqual([]);
    });

    it('loads no script or style from outside the extension on any of its pages', () => {
      const pages = readdirSync(folder(browser)).filter((f) => f.endsWith('.html'));
      expect(pages).toEqual(expect.arrayContaining(['options.html', 'popup.html', 'postings.html', 'sidepanel.html']));
      for (const page of pages) {
        const html = readFileSync(path.join(folder(browser), page), 'utf8');
        const remote = [...html.matchAll(/<(?:script|link|iframe|img)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]);
        expect(remote, page).toEqual([]);
        expect(html, page).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
      }
    });
  });
});
