// Real-browser tests: Debian's Chromium driven by playwright-core against the
// built site served on 127.0.0.1. One file at a time (2-core CI machine).
//
// No assertion may depend on the machine's speed: tests wait for states (a
// status text, a result count, an address), never for a length of time. The
// bounds below only stop a test that would hang; they are generous so that a
// busy machine (another process keeping a core busy) passes as a quiet one does.
// expect.poll's own default is one second: here every poll waits up to a minute
// unless it says otherwise, and Playwright's waits too (tests/helpers/browser.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 60_000, interval: 100 } },
    reporters: ['default', ['./tests/helpers/summary-reporter.ts', { suite: 'browser' }]],
  },
});
