import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// WxtVitest does not apply WXT's vite plugins, so Preact is added here again.
export default defineConfig({
  plugins: [preact()],
  test: {
    // Analyzer tests run in plain node: that alone proves they are pure.
    environment: 'node',
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**'] },
      },
      {
        // The built extension in Chromium (tests/e2e/harness.ts): built once, one browser per file.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/build.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
