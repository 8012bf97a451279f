/**
 * Vitest global setup for tests that render Astro components: sync the content
 * collections, then copy the data store to where Vitest (which runs Astro in
 * dev mode) looks for it. See ../shared notes: withastro/astro#12612.
 * Under `npm test` the content was synced just before (scripts/test-all.ts sets
 * SITE_SYNCED=1), so only the copy is made.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const STORE = 'node_modules/.astro/data-store.json';

export default function setup(): void {
  if (process.env.SITE_SYNCED !== '1' || !existsSync(STORE)) {
    // --force: Astro's content cache does not notice changes to schema files imported by content.config.ts.
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync', '--force'], {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  mkdirSync('.astro', { recursive: true });
  copyFileSync(STORE, '.astro/data-store.json');
}
