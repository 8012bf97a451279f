// Tests over the built site in dist/ (run after `npm run build`), a second build
// of the site under a base path, and a few builds of the small fixture site:
// broken content that must fail with a clear message, and a third language.
//
// One worker, not isolated: the tests only read dist/, so every test file shares
// one parse of the built pages (tests/helpers/dist.ts caches it per worker), and
// the builds they start (spawned, one at a time) have the machine to themselves.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    isolate: false,
    fileParallelism: false,
    // Bounds for a whole `astro build` on a busy 2-core machine; nothing waits for a length of time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default', ['./tests/helpers/summary-reporter.ts', { suite: 'built' }]],
  },
});
