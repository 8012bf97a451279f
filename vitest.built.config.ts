// Tests over the built site in dist/ (run after `npm run build`), and builds of
// deliberately broken content that must fail with a clear message.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['./tests/helpers/summary-reporter.ts', { suite: 'built' }]],
  },
});
