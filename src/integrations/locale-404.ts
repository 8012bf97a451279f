/**
 * Static hosts look for a not-found page by file name: Cloudflare Pages and
 * Netlify serve the nearest `404.html` up the tree, so `/es/404.html` answers
 * any missing address under `/es/` in Spanish. Astro writes the Spanish 404
 * route as `es/404/index.html`; this moves it to `es/404.html` after the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function locale404(prefixes: string[]): AstroIntegration {
  return {
    name: 'site-locale-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const prefix of prefixes) {
          const from = join(out, prefix, '404', 'index.html');
          if (!existsSync(from)) throw new Error(`locale-404: expected ${from} (src/pages/${prefix}/404.astro) but the build did not write it`);
          await rename(from, join(out, prefix, '404.html'));
          await rm(join(out, prefix, '404'), { recursive: true });
        }
      },
    },
  };
}
