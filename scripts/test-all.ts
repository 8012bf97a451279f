/**
 * `npm test`: the whole suite, in order, fast checks first.
 *
 *   1. content sync   astro sync --force, once (the unit tests and the type check reuse it)
 *   2. lint, format, dead code   ESLint (eslint.config.js), Prettier --check (.prettierrc.json), knip (knip.json)
 *   3. unit           Vitest: src/lib, schemas, the cross-file checks, components (Container API)
 *   4. type check     astro check (TypeScript and content types)
 *   5. build          astro build, Pagefind included
 *   6. built          Vitest, one worker: every page in dist/ (parsed once), the site under a base path,
 *                     and a few builds of the small fixture site (broken content, a third language)
 *   7. browser        Vitest + Chromium: every page once (axe, reflow, privacy), search, offline, the card
 *
 * Every Vitest test counts once; lint, format, dead code, the type check and
 * the build count as one check each. A suite that cannot run (no build, no Chromium) counts as a
 * failure, never as a skip. It then prints what the run cost (wall time, CPU
 * time, every `astro build`) and writes it to .test-results/suite.json for
 * `npm run bench` (scripts/lib/suite-measure.ts). The last line is always
 * "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUILD_LOG, SUITE_RECORD, childCpuSeconds, describeSuite, readBuilds, recordBuild, type StepRecord, type SuiteRecord } from './lib/suite-measure.ts';

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const vitest = 'node_modules/vitest/vitest.mjs';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const buildLog = resolve('.test-results/builds.jsonl');
// SITE_SYNCED: the unit tests' global setup (tests/helpers/astro-sync.ts) need not sync again.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_SYNCED: '1', [BUILD_LOG]: buildLog };
process.env[BUILD_LOG] = buildLog;

const started = Date.now();
const cpuBefore = childCpuSeconds();
mkdirSync('.test-results', { recursive: true });
rmSync(buildLog, { force: true });
rmSync(SUITE_RECORD, { force: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];
const steps: StepRecord[] = [];

function step(name: string, args: string[]): boolean {
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  const result = spawnSync(node, args, { stdio: 'inherit', env });
  const ok = result.status === 0;
  const seconds = (Date.now() - t0) / 1000;
  steps.push({ name, seconds, ok });
  console.log(`=== ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s) ===`);
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
const synced = step('content sync', [astro, 'sync', '--force']);
check('lint', ['node_modules/eslint/bin/eslint.js', '.']);
check('format', ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
check('dead code', ['node_modules/knip/bin/knip.js', '--no-config-hints']);
suite('unit', 'vitest.config.ts', synced || 'the content sync failed');
check('type check', [astro, 'check']);
const buildStarted = Date.now();
const built = check('build', [astro, 'build', '--force']);
recordBuild({ name: 'the site', seconds: (Date.now() - buildStarted) / 1000, ok: built });
suite('built', 'vitest.built.config.ts', built || 'the build failed');
suite('browser', 'vitest.browser.config.ts', !built ? 'the build failed' : existsSync(chromium) || `no Chromium at ${chromium} (apt-get install -y chromium)`);

const record: SuiteRecord = {
  date: new Date().toISOString(),
  seconds: (Date.now() - started) / 1000,
  cpuSeconds: childCpuSeconds() - cpuBefore,
  steps,
  builds: readBuilds(buildLog),
  passed,
  failed,
};
writeFileSync(SUITE_RECORD, `${JSON.stringify(record, null, 2)}\n`);

console.log('');
for (const s of steps) console.log(`  ${s.name.padEnd(16)} ${s.seconds.toFixed(1).padStart(6)} s${s.ok ? '' : '  FAILED'}`);
console.log(`Suite: ${describeSuite(record)}: ${record.builds.map((b) => b.name).join('; ')}`);
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
