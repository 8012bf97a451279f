/** How `npm test` counts its builds and its CPU time (scripts/lib/suite-measure.ts), for its own report and `npm run bench`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_LOG, childCpuSeconds, describeSuite, minutes, readBuilds, recordBuild } from '../../scripts/lib/suite-measure.ts';

const before = process.env[BUILD_LOG];
afterEach(() => {
  if (before === undefined) delete process.env[BUILD_LOG];
  else process.env[BUILD_LOG] = before;
});

describe('recordBuild and readBuilds', () => {
  it('log every build of a run, in order, in the file the run names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'suite-'));
    const log = join(dir, 'builds.jsonl');
    process.env[BUILD_LOG] = log;
    recordBuild({ name: 'the site', seconds: 5.1, ok: true });
    recordBuild({ name: 'fixture: invalid MDX', seconds: 3.2, ok: false });
    expect(readBuilds(log)).toEqual([
      { name: 'the site', seconds: 5.1, ok: true },
      { name: 'fixture: invalid MDX', seconds: 3.2, ok: false },
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('record nothing outside a run', () => {
    delete process.env[BUILD_LOG];
    expect(() => recordBuild({ name: 'the site', seconds: 1, ok: true })).not.toThrow();
    expect(readBuilds(join(tmpdir(), 'no-such-suite-log.jsonl'))).toEqual([]);
  });
});

describe('childCpuSeconds', () => {
  it('counts the CPU time of a finished child process, however busy the machine is', () => {
    const start = childCpuSeconds();
    // The child spins until it has used 0.3 s of CPU itself: the same work on a quiet or a busy machine.
    spawnSync(process.execPath, ['-e', 'while (process.cpuUsage().user + process.cpuUsage().system < 300000);']);
    expect(childCpuSeconds() - start).toBeGreaterThanOrEqual(0.25);
  });
});

describe('describeSuite', () => {
  it('says the wall time, the CPU time and how many builds', () => {
    expect(describeSuite({ seconds: 425, cpuSeconds: 61.4, builds: [{ name: 'the site', seconds: 5, ok: true }] })).toBe(
      '7 min 05 s wall (CPU 1 min 01 s), 1 astro build',
    );
    expect(minutes(42.4)).toBe('42 s');
  });
});
