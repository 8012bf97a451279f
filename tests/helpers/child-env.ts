/**
 * Runs `astro build` (or `astro sync`) from inside Vitest (fixture builds, the
 * base-path build). Vitest sets Vite's own variables (BASE_URL, MODE, DEV,
 * PROD, SSR) in process.env, and NODE_ENV=test; a child build would inherit
 * them: Astro would read BASE_URL from there, ignoring SITE_BASE, and with
 * NODE_ENV=test it builds with import.meta.env.DEV true (loadSiteData then
 * reloads the content for every page, and the card page's checks misfire).
 * They are removed, so the child is the same production build as
 * `npm run build`; everything else is passed on. Every build is recorded for `npm test`'s build count
 * (scripts/lib/suite-measure.ts).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { recordBuild } from '../../scripts/lib/suite-measure.ts';

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  return env;
}

export interface AstroRun {
  ok: boolean;
  /** stdout and stderr, without colour codes. */
  output: string;
}

function runAstro(command: 'build' | 'sync', extra: Record<string, string>, cwd: string): AstroRun {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, command], { cwd, encoding: 'utf8', env: buildEnv(extra), maxBuffer: 64 * 1024 * 1024 });
  // eslint-disable-next-line no-control-regex
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

/** A real `astro build` with these SITE_* settings (in `cwd`, the project by default): whether it succeeded, and its output. */
export function astroBuild(extra: Record<string, string>, { cwd = process.cwd(), name = 'astro build' }: { cwd?: string; name?: string } = {}): AstroRun {
  const started = Date.now();
  const run = runAstro('build', extra, cwd);
  recordBuild({ name, seconds: (Date.now() - started) / 1000, ok: run.ok });
  return run;
}

/** A real `astro sync` (content collections only: loaders and schemas, no pages) with these SITE_* settings. */
export function astroSync(extra: Record<string, string>): AstroRun {
  return runAstro('sync', extra, process.cwd());
}
