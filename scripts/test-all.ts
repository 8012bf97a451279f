/**
 * `npm test`: the whole suite, in order, fast checks first.
 *
 *   1. type check      astro check (TypeScript and content types)
 *   2. build           astro build, Pagefind included
 *   3. unit            Vitest: src/lib, schemas, components (Container API)
 *   4. built           Vitest: every page in dist/, and broken-content builds
 *   5. browser         Vitest + Chromium: search queries, keyboard, no-JS, axe
 *
 * Every Vitest test counts once; the type check and the build count as one
 * check each. A suite that cannot run (no build, no Chromium) counts as a
 * failure, never as a skip. The last line is always "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const vitest = 'node_modules/vitest/vitest.mjs';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(name: string, args: string[]): boolean {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(node, args, { stdio: 'inherit', env });
  const ok = result.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
  return ok;
}

function check(name: string, args: string[]): boolean {
  const ok = step(name, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

function suite(name: string, config: string, canRun: string | true): void {
  if (canRun !== true) {
    console.log(`\n=== ${name}: cannot run: ${canRun} ===`);
    failed++;
    failures.push(`${name} (${canRun})`);
    return;
  }
  const resultFile = `.test-results/${name}.json`;
  rmSync(resultFile, { force: true });
  const ok = step(`${name} tests`, [vitest, 'run', '--config', config]);
  if (!existsSync(resultFile)) {
    failed++;
    failures.push(`${name} (Vitest did not report)`);
    return;
  }
  const counts = JSON.parse(readFileSync(resultFile, 'utf8')) as { passed: number; failed: number };
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed > 0) failures.push(`${name}: ${counts.failed} failed`);
  else if (!ok) {
    failed++;
    failures.push(`${name} (Vitest exited with an error)`);
  }
}

// --force: Astro's content cache does not notice changes to schema files that content.config.ts imports.
step('content sync', [astro, 'sync', '--force']);
check('type check', [astro, 'check']);
const built = check('build', [astro, 'build', '--force']);
suite('unit', 'vitest.config.ts', true);
suite('built', 'vitest.built.config.ts', built || 'the build failed');
suite('browser', 'vitest.browser.config.ts', !built ? 'the build failed' : existsSync(chromium) || `no Chromium at ${chromium} (apt-get install -y chromium)`);

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
