/**
 * After the build (and after Pagefind), writes offline-<lang>.json for each
 * language: the list public/sw.js saves when a reader turns on offline
 * reading (see src/lib/offline-manifest.ts). A manifest with no pages or no
 * search index fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineManifest, type BuiltFile } from '../lib/offline-manifest.ts';

export default function offlineManifestIntegration(langs: string[]): AstroIntegration {
  return {
    name: 'site-offline-manifest',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = (await readdir(out, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
        const files: BuiltFile[] = await Promise.all(
          entries.map(async (d) => {
            const file = join(d.parentPath, d.name);
            return { path: relative(out, file).split(sep).join('/'), bytes: (await stat(file)).size };
          }),
        );
        for (const lang of langs) {
          const manifest = offlineManifest(files, lang);
          const pages = manifest.files.filter((f) => f === '' || f.endsWith('/')).length;
          const search = manifest.files.filter((f) => f.startsWith('pagefind/')).length;
          if (pages === 0 || search < 6) throw new Error(`offline-${lang}.json would hold ${pages} page(s) and ${search} search file(s): is the build incomplete?`);
          await writeFile(join(out, `offline-${lang}.json`), JSON.stringify(manifest));
          logger.info(`offline-${lang}.json: ${pages} pages, ${search} search files, ${(manifest.bytes / 1024).toFixed(0)} kB`);
        }
      },
    },
  };
}
