/**
 * Offline reading, after the build (and after Pagefind):
 * - builds the service worker (src/service-worker/sw.ts) into sw.js at the
 *   root of the site, with Vite, as one classic script with no imports;
 * - writes offline-<lang>.json for each language: the list of files a reader
 *   saves (see src/lib/offline-manifest.ts), each with its revision, the day
 *   of the build (src/lib/build-date.ts, the same day every dated notice
 *   uses), and the few sentences the worker writes into pages, in that
 *   language. A manifest with no pages or no search index fails the
 *   build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { localePath, t, type Lang } from '../i18n/index.ts';
import { buildDate } from '../lib/build-date.ts';
import { formatDate } from '../lib/dates.ts';
import { isPageFile, revisionOf } from '../lib/offline-copy.ts';
import { offlineManifest, type BuiltFile, type OfflineManifest, type OfflineNotice } from '../lib/offline-manifest.ts';

/** How many pages and search files a manifest lists. */
function counts(manifest: OfflineManifest): { pages: number; search: number } {
  return { pages: manifest.files.filter(isPageFile).length, search: manifest.files.filter((f) => f.startsWith('pagefind/')).length };
}

/** Every file of a built site, with its size and revision. */
async function builtFiles(out: string): Promise<BuiltFile[]> {
  const entries = (await readdir(out, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  return Promise.all(
    entries.map(async (d) => {
      const file = join(d.parentPath, d.name);
      const bytes = await readFile(file);
      return { path: relative(out, file).split(sep).join('/'), bytes: bytes.length, revision: await revisionOf(bytes) };
    }),
  );
}

/**
 * Writes offline-<lang>.json for each language into a built site, and
 * returns the manifests. Exported for the tests, which use it to make a
 * second deploy out of the first.
 */
export async function writeOfflineManifests(out: string, langs: string[], built = buildDate()): Promise<OfflineManifest[]> {
  const files = await builtFiles(out);
  // Each language's address prefix under the base: "" for the default language, "es/".
  const prefixes = Object.fromEntries(langs.map((lang) => [lang, localePath('/', lang as Lang).slice(1)]));
  const notices: OfflineNotice[] = langs.map((lang) => ({
    lang,
    home: prefixes[lang],
    title: t(lang as Lang, 'offline.notice.title'),
    text: t(lang as Lang, 'offline.notice.text'),
  }));
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
  const manifests: OfflineManifest[] = [];
  for (const lang of langs) {
    const manifest = offlineManifest(files, lang, {
      prefixes,
      built,
      builtText: formatDate(built, lang as Lang),
      copyNote: t(lang as Lang, 'offline.copyNote'),
      notices,
      hash,
    });
    const { pages, search } = counts(manifest);
    if (pages === 0 || search < 6) throw new Error(`offline-${lang}.json would hold ${pages} page(s) and ${search} search file(s): is the build incomplete?`);
    await writeFile(join(out, `offline-${lang}.json`), JSON.stringify(manifest));
    manifests.push(manifest);
  }
  return manifests;
}

/** Bundles the service worker into out/sw.js: one file, no imports, readable. */
export async function buildServiceWorker(root: string, out: string): Promise<void> {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry: join(root, 'src', 'service-worker', 'sw.ts'), formats: ['iife'], name: 'offlineReading', fileName: () => 'sw.js' },
    },
  });
}

export default function offlineManifestIntegration(langs: string[]): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'site-offline-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await buildServiceWorker(root, out);
        for (const manifest of await writeOfflineManifests(out, langs)) {
          const { pages, search } = counts(manifest);
          logger.info(
            `offline-${manifest.lang}.json: ${pages} pages, ${search} search files, ${(manifest.bytes / 1024).toFixed(0)} kB, built ${manifest.built}`,
          );
        }
      },
    },
  };
}
