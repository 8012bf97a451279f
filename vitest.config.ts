/// <reference types="vitest/config" />
// Unit and component tests: pure modules in src/lib and src/schemas, and
// Astro components rendered with the Container API (no browser, no build).
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['tests/helpers/astro-sync.ts'],
      reporters: ['default', ['./tests/helpers/summary-reporter.ts', { suite: 'unit' }]],
    },
  },
  { devToolbar: { enabled: false } },
);
