import { defineConfig } from 'vitest/config';

/** End-to-end tests in the Debian browsers: one file at a time (a browser each), after `npm run build:test`. */
export default defineConfig({
  test: {
    root: import.meta.dirname + '/..',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['e2e/global-setup.ts'],
  },
});
