/**
 * What `npm test` (scripts/test-all.ts) costs, counted rather than guessed:
 * its wall time, the CPU time it and every process it started used, each
 * step's time, and every `astro build` it ran. `npm run bench` reports these
 * through measureSuite().
 *
 * Wall time depends on what else the machine is doing; the CPU time and the
 * number of builds much less so. Compare those between runs on a busy machine.
 *
 * Each build records itself as it finishes (test-all's own build, and every
 * build a test starts through tests/helpers/child-env.ts): one JSON line in
 * the file SUITE_BUILD_LOG names, which test-all sets for the whole run.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** The environment variable naming the build log of the current `npm test` run. */
export const BUILD_LOG = 'SUITE_BUILD_LOG';
/** Where test-all writes what it measured. */
export const SUITE_RECORD = '.test-results/suite.json';

export interface BuildRecord {
  /** What was built: "the site", "fixture: several cross-file mistakes", "the site under /some/base/". */
  name: string;
  seconds: number;
  ok: boolean;
}

export interface StepRecord {
  name: string;
  seconds: number;
  ok: boolean;
}

export interface SuiteRecord {
  date: string;
  /** Wall time of the whole run. */
  seconds: number;
  /** CPU time (user + system) of every process the run started and waited for, Chromium and Pagefind included. */
  cpuSeconds: number;
  steps: StepRecord[];
  builds: BuildRecord[];
  passed: number;
  failed: number;
}

/** Adds one build to the current run's log (does nothing outside `npm test`). */
export function recordBuild(build: BuildRecord): void {
  const log = process.env[BUILD_LOG];
  if (log) appendFileSync(log, `${JSON.stringify(build)}\n`);
}

export function readBuilds(log: string): BuildRecord[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BuildRecord);
}

let ticksPerSecond: number | undefined;

/**
 * CPU seconds used so far by this process's finished children (and, as the kernel counts it, their finished
 * children): cutime + cstime from /proc/self/stat. Linux only; 0 elsewhere.
 */
export function childCpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
}

/** "7 min 05 s" */
export function minutes(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** One line for a run: "4 min 10 s wall (CPU 6 min 02 s), 6 astro builds". */
export function describeSuite(record: Pick<SuiteRecord, 'seconds' | 'cpuSeconds' | 'builds'>): string {
  const n = record.builds.length;
  return `${minutes(record.seconds)} wall (CPU ${minutes(record.cpuSeconds)}), ${n} astro build${n === 1 ? '' : 's'}`;
}

/** Runs the whole suite (`npm test`) and returns what it measured; its output goes to this terminal. */
export function measureSuite(): SuiteRecord & { exitCode: number } {
  const result = spawnSync(process.execPath, ['scripts/test-all.ts'], { stdio: 'inherit' });
  if (!existsSync(SUITE_RECORD)) throw new Error(`npm test wrote no ${SUITE_RECORD} (exit code ${result.status})`);
  return { ...(JSON.parse(readFileSync(SUITE_RECORD, 'utf8')) as SuiteRecord), exitCode: result.status ?? 1 };
}

/**
 * For `npm run bench`: runs the whole suite, prints its cost, and adds it to bench-results.json as `suite`.
 * `npm run bench -- --skip-suite` leaves it out.
 */
export function benchSuite(resultsFile = 'bench-results.json'): SuiteRecord | undefined {
  if (process.argv.includes('--skip-suite')) return undefined;
  console.log('\nTest suite (npm test), in full:');
  const { exitCode, ...record } = measureSuite();
  console.log(`\nTest suite: ${describeSuite(record)}; ${record.passed} passed, ${record.failed} failed${exitCode === 0 ? '' : ' (it FAILED)'}`);
  for (const b of record.builds) console.log(`  astro build: ${b.name} (${b.seconds.toFixed(1)} s${b.ok ? '' : ', failed as intended'})`);
  if (existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(resultsFile, `${JSON.stringify({ ...results, suite: record }, null, 2)}\n`);
  }
  return record;
}
