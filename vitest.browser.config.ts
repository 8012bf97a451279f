// Real-browser tests: Debian's Chromium driven by playwright-core against the
// built site served on 127.0.0.1. One file at a time (2-core CI machine).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['./tests/helpers/summary-reporter.ts', { suite: 'browser' }]],
  },
});
