/**
 * Builds the Pagefind search index right after `astro build`, in the same
 * process, through Pagefind's Node API. Any Pagefind error, or an index with
 * no pages, fails the build: a site whose search silently finds nothing is
 * broken for the people who rely on it.
 *
 * Only rule pages are indexed: they carry `data-pagefind-body`, and Pagefind
 * then skips every page without it (home, about, search, 404).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Bundles Pagefind writes for its own UIs; our search page uses only pagefind.js and its worker. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  // Only for highlighting matches on the result page, which the site does not do.
  'pagefind-highlight.js',
];

/**
 * Which Pagefind files one language's search needs, as paths relative to
 * pagefind/: the shared loader, worker and entry file, then that language's
 * wasm, metadata, index chunks, fragments and filters. The service worker
 * (public/sw.js) fetches this list to keep the whole index for offline use.
 */
export function offlineFiles(all: string[], lang: string): string[] {
  const shared = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'];
  const mine = all.filter(
    (f) =>
      f === `wasm.${lang}.pagefind` ||
      new RegExp(`^pagefind\\.${lang}_[0-9a-f]+\\.pf_meta$`).test(f) ||
      new RegExp(`^(index|fragment|filter)/${lang}_[0-9a-f]+\\.pf_(index|fragment|filter)$`).test(f),
  );
  return [...shared.filter((f) => all.includes(f)), ...mine.sort()];
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : Promise.resolve([`${prefix}${e.name}`]))),
  );
  return nested.flat();
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (!index) fail('starting', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length > 0) fail('indexing', added.errors);
        if (added.page_count === 0) fail('indexing', ['no page carried data-pagefind-body, so the index would be empty']);
        const outputPath = join(site, 'pagefind');
        // Start clean: a previous build's chunks (other hashes) must not linger and be cached for offline use.
        await rm(outputPath, { recursive: true, force: true });
        const written = await index!.writeFiles({ outputPath });
        if (written.errors.length > 0) fail('writing files', written.errors);
        await pagefind.close();
        await Promise.all(UNUSED_UI_FILES.map((f) => rm(join(outputPath, f), { force: true })));
        const files = await listFiles(outputPath);
        const languages = Object.keys(JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')).languages as object);
        for (const lang of languages) {
          const list = offlineFiles(files, lang);
          if (list.length < 6) fail('listing files for offline use', [`only ${list.length} file(s) found for language "${lang}"`]);
          await writeFile(join(outputPath, `offline-${lang}.json`), JSON.stringify({ lang, files: list }));
        }
        logger.info(`indexed ${added.page_count} page(s) into ${outputPath}`);
      },
    },
  };
}
