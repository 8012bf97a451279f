/**
 * A tiny Vitest reporter that counts what happened and writes it where the
 * test runner (scripts/test-all.ts) can add it up:
 *   - every test that passed, and every test that failed;
 *   - a file that failed to load, or an error outside any test, counts as a failure;
 *   - a skipped or todo test counts as a FAILURE: nothing in this suite may be
 *     skipped silently, because a skipped check proves nothing.
 * It prints "<suite>: N passed, N failed" and writes .test-results/<suite>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  private readonly suite: string;

  constructor(options: { suite?: string } = {}) {
    this.suite = options.suite ?? 'tests';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = 0;
    const problems: string[] = [];
    for (const mod of testModules) {
      let moduleFailedTests = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else {
          failed++;
          moduleFailedTests++;
          if (state === 'skipped') problems.push(`skipped (not allowed): ${test.fullName}`);
          else if (state === 'pending') problems.push(`did not finish: ${test.fullName}`);
        }
      }
      if (mod.state() === 'failed' && moduleFailedTests === 0) {
        failed++;
        problems.push(`could not run: ${mod.moduleId}`);
      }
    }
    if (unhandledErrors.length > 0) {
      failed += unhandledErrors.length;
      problems.push(`${unhandledErrors.length} error(s) outside any test`);
    }
    for (const p of problems) console.log(`  ! ${p}`);
    console.log(`${this.suite}: ${passed} passed, ${failed} failed`);
    mkdirSync('.test-results', { recursive: true });
    writeFileSync(`.test-results/${this.suite}.json`, JSON.stringify({ suite: this.suite, passed, failed, problems }, null, 2));
  }
}
