import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// WxtVitest does not apply WXT's vite plugins, so Preact is added here again.
export default defineConfig({
  plugins: [preact()],
  test: {
    // Analyzer tests run in plain node: that alone proves they are pure.
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});
