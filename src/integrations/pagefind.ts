/**
 * Builds the Pagefind search index right after `astro build`, in the same
 * process, through Pagefind's Node API. Any Pagefind error, or an index with
 * no pages, fails the build: a site whose search silently finds nothing is
 * broken for the people who rely on it.
 *
 * Indexed: what carries `data-pagefind-body`: rules, guides, the prose pages
 * (home, help, rights, about, data, offline), the card, the crosswalk, the
 * timeline and the glossary. Pagefind skips every page without it (the
 * lists of rules and guides, search, citation lookup, 404), and every part
 * marked `data-pagefind-ignore` (header, footer, breadcrumbs, notes, sources).
 * Rules carry full weight; the other pages retell them and weigh under a
 * third (`data-pagefind-weight="0.3"`), so a legal phrase brings its rule first.
 */
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
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
        // Start clean: a previous build's chunks (other hashes) must not linger, or be saved for offline use.
        await rm(outputPath, { recursive: true, force: true });
        const written = await index!.writeFiles({ outputPath });
        if (written.errors.length > 0) fail('writing files', written.errors);
        await pagefind.close();
        await Promise.all(UNUSED_UI_FILES.map((f) => rm(join(outputPath, f), { force: true })));
        logger.info(`indexed ${added.page_count} page(s) into ${outputPath}`);
      },
    },
  };
}
