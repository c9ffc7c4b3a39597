import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { JOB_SITE_MATCHES } from './extension/job-sites';

/**
 * Module swaps in the content script's build only, [what it imports → what it gets instead]:
 * - WXT's content-script context → extension/content-script-context.ts: WXT's posts a message
 *   naming the extension to every page and stops when the page sends one back (a fingerprint and
 *   a kill switch; tests/e2e/page-attacks.test.ts). Ours says nothing to the page.
 * - the main-text reader (with Mozilla Readability, about 40 kB) → a stand-in that uses the real one
 *   once "Analyse anyway" has loaded it (entrypoints/readability.ts registers it): it keeps the script
 *   that runs on every job page within its 40 kB budget. Extension pages and Node get the real one.
 * An import is matched by its specifier or, for the project's own files, by the file it resolves to.
 */
const CONTENT_SCRIPT_SWAPS: ReadonlyArray<readonly [imported: string, instead: string]> = [
  ['wxt/utils/content-script-context', resolve(import.meta.dirname, 'extension/content-script-context.ts')],
  [resolve(import.meta.dirname, 'analyzers/sites/readability.ts'), resolve(import.meta.dirname, 'extension/readability-on-demand.ts')],
];
const contentScriptSwaps: PluginOption = {
  name: 'scopefit:content-script-swaps',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    // A stand-in may import what it stands in for (the reader's types).
    if (CONTENT_SCRIPT_SWAPS.some(([, instead]) => importer === instead)) return null;
    const bySpecifier = CONTENT_SCRIPT_SWAPS.find(([imported]) => imported === source);
    if (bySpecifier !== undefined) return bySpecifier[1];
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return CONTENT_SCRIPT_SWAPS.find(([imported]) => resolved?.id === imported)?.[1] ?? null;
  },
};

/** The extension pages' content security policy: own scripts only, no connections at all. */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'none'";

// Preact has no official WXT module: the preset goes in through WXT's `vite` option.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [contentScriptSwaps, ...(config.plugins ?? [])];
    },
  },
  manifest: ({ browser }) => ({
    name: 'ScopeFit',
    description: 'Does the pay and the level fit the scope of this job? Reads the posting on the page; nothing leaves your browser.',
    // storage: reports per tab, history and settings, all kept locally.
    // activeTab + scripting: "Analyse anyway" on a page outside the job sites, only after a click.
    // sidePanel: Chrome's side panel (Firefox has sidebar_action, which needs no permission).
    // host_permissions: the job sites the content script already runs on (so no new install
    // warning): the panel may load the quote highlighter and Readability there on demand.
    permissions: browser === 'firefox' ? ['storage', 'activeTab', 'scripting'] : ['storage', 'sidePanel', 'activeTab', 'scripting'],
    host_permissions: [...JOB_SITE_MATCHES],
    action: { default_title: 'ScopeFit: does the pay fit the job?' },
    // Said, not left to the default: the extension's pages run only its own code and connect
    // nowhere (nothing leaves the browser). `wxt dev` adds its reload server to this by itself.
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: '{641573cc-1dd9-44f4-b33f-6b01b0b676c3}', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } } : {}),
  }),
});
