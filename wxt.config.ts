import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Preact has no official WXT module: the preset goes in through WXT's `vite` option.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'ScopeFit',
    description: 'Does the pay and the level fit the scope of this job? Reads the posting on the page; nothing leaves your browser.',
    permissions: ['storage', 'sidePanel', 'activeTab', 'scripting', 'tabs'],
  },
});
