/**
 * The environment for an `astro build` started from inside Vitest. Vitest
 * sets Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) in process.env;
 * a child build would inherit them and Astro would read BASE_URL from there,
 * ignoring SITE_BASE. They are removed; everything else is passed on.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return env;
}
