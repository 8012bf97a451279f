/// <reference types="vitest/config" />
// Unit and component tests: pure modules in src/lib and src/schemas, the
// content checks over the fixture site, and Astro components rendered with the
// Container API (no browser, no build). Not isolated: the files mock nothing,
// so each worker loads Astro and the content once for all of them. The first
// render compiles the MDX it needs, which takes seconds on a busy machine:
// the timeout only stops a test that would hang.
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
      environment: 'node',
      isolate: false,
      testTimeout: 60_000,
      hookTimeout: 60_000,
      globalSetup: ['tests/helpers/astro-sync.ts'],
      reporters: ['default', ['./tests/helpers/summary-reporter.ts', { suite: 'unit' }]],
    },
  },
  { devToolbar: { enabled: false } },
);
