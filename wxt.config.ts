import { resolve } from 'node:path';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { JOB_SITE_MATCHES } from './extension/job-sites';

/**
 * In the content script, the main-text reader (analyzers/sites/readability.ts, with Mozilla
 * Readability) is a stand-in that uses the real one only once "Analyse anyway" has loaded it
 * (extension/readability-on-demand.ts): it keeps the script on every job page within its 40 kB.
 */
const ARTICLE_READER = resolve(import.meta.dirname, 'analyzers/sites/readability.ts');
const ARTICLE_READER_ON_DEMAND = resolve(import.meta.dirname, 'extension/readability-on-demand.ts');
const readerOnDemand: PluginOption = {
  name: 'scopefit:article-reader-on-demand',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (importer === ARTICLE_READER_ON_DEMAND) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === ARTICLE_READER ? ARTICLE_READER_ON_DEMAND : null;
  },
};

// Preact has no official WXT module: the preset goes in through WXT's `vite` option.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.plugins = [readerOnDemand, ...(config.plugins ?? [])];
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
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'scopefit@scopefit.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } }, gecko_android: { strict_min_version: '142.0' } } } : {}),
  }),
});
