/**
 * Vitest global setup for tests that render Astro components: sync the content
 * collections, then copy the data store to where Vitest (which runs Astro in
 * dev mode) looks for it. See ../shared notes: withastro/astro#12612.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';

export default function setup(): void {
  // --force: Astro's content cache does not notice changes to schema files imported by content.config.ts.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync', '--force'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  mkdirSync('.astro', { recursive: true });
  copyFileSync('node_modules/.astro/data-store.json', '.astro/data-store.json');
}
