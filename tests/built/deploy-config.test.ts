/**
 * The deployment files for the static hosts agree with the build: they run
 * the build command, publish dist/, pass the site's address and base path,
 * and point the Spanish 404 at a page that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { deploySignal } from '../../src/lib/site-url.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('GitHub Pages workflow', () => {
  const workflow = yaml.load(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
    permissions: Record<string, string>;
    jobs: { build: { steps: { run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[] }; deploy: { needs: string } };
  };
  const steps = workflow.jobs.build.steps;

  it('installs from the lockfile, builds with the site address and base path, and uploads dist/', () => {
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.SITE_URL).toMatch(/steps\.pages\.outputs\.origin/);
    // A deploy build, so a missing SITE_URL fails it instead of printing 127.0.0.1 into the pages.
    expect(deploySignal({ ...build.env })).toBe('SITE_DEPLOY');
    expect(build.env?.SITE_BASE).toMatch(/steps\.pages\.outputs\.base_path \}\}\/$/);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
  });
});

describe('Netlify', () => {
  const config = parseToml(readFileSync('netlify.toml', 'utf8')) as {
    build: { command: string; publish: string };
    redirects: { from: string; to: string; status: number }[];
  };

  it('runs the build script and publishes dist/', () => {
    expect(config.build.command).toBe('npm run build');
    expect(pkg.scripts.build).toMatch(/astro build/);
    expect(config.build.publish).toBe('dist');
  });

  it('answers missing Spanish addresses with the Spanish 404 page, which exists', () => {
    const spanish = config.redirects.find((r) => r.from === '/es/*')!;
    expect(spanish).toMatchObject({ to: '/es/404.html', status: 404 });
    expect(existsSync(join(DIST, 'es', '404.html'))).toBe(true);
  });
});

describe('Cloudflare Pages', () => {
  it('publishes dist/, where the build wrote _headers', () => {
    const config = parseToml(readFileSync('wrangler.toml', 'utf8')) as { pages_build_output_dir: string };
    expect(config.pages_build_output_dir).toBe('dist');
    expect(existsSync(join(DIST, '_headers'))).toBe(true);
  });
});
