/**
 * A second build of the real content under a base path, as a project site
 * on GitHub Pages is served ("https://owner.github.io/repo/"). Built once
 * into tests/.tmp/base-path/ by the built-site tests; the browser tests reuse
 * it, or build it themselves when run alone.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroBuild } from './child-env.ts';

export const BASE = '/some/base/';
export const BASE_SITE = 'https://example.org';
const ROOT = resolve('tests/.tmp/base-path');
export const BASE_DIST = join(ROOT, 'dist');

export function buildUnderBasePath(): { ok: boolean; output: string } {
  rmSync(ROOT, { recursive: true, force: true });
  return astroBuild({ SITE_URL: BASE_SITE, SITE_BASE: BASE, SITE_OUT_DIR: BASE_DIST, SITE_CACHE_DIR: join(ROOT, 'cache') }, { name: `the site under ${BASE}` });
}

export function ensureBasePathBuild(): void {
  if (existsSync(join(BASE_DIST, 'index.html'))) return;
  const { ok, output } = buildUnderBasePath();
  if (!ok) throw new Error(`the base-path build failed:\n${output.slice(-3000)}`);
}
