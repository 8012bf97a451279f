/**
 * Runs `astro build` from inside Vitest (fixture builds, the base-path build).
 * Vitest sets Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) in
 * process.env; a child build would inherit them and Astro would read
 * BASE_URL from there, ignoring SITE_BASE. They are removed; everything else
 * is passed on.
 */
import { spawnSync } from 'node:child_process';

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return env;
}

/** A real `astro build` with these SITE_* settings: whether it succeeded, and its output without colour codes. */
export function astroBuild(extra: Record<string, string>): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env: buildEnv(extra) });
  // eslint-disable-next-line no-control-regex
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}
