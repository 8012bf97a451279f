import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import locale404 from './src/integrations/locale-404.ts';
import offlineManifest from './src/integrations/offline-manifest.ts';
import headers, { newestReviewIn } from './src/integrations/headers.ts';

/**
 * Build settings. Three environment variables exist so that the test suite can
 * build deliberately broken copies of the content without touching the real
 * build (see tests/built/bad-content.test.ts):
 *   SITE_CONTENT_DIR  folder holding rules/ and sources.yaml (default ./content)
 *   SITE_OUT_DIR      output folder (default ./dist)
 *   SITE_CACHE_DIR    Astro's cache and data store (default ./node_modules/.astro)
 * SITE_URL is the public origin used for canonical links; set it when deploying.
 * SITE_BASE is the base path when the site does not live at the root ("/some/base/").
 * SITE_CONTACT is where to report a problem (mailto: or https:), printed on the
 * About page and in /.well-known/security.txt.
 */
const env = process.env;
const site = env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: env.SITE_OUT_DIR ?? './dist',
  cacheDir: env.SITE_CACHE_DIR ?? './node_modules/.astro',
  // The 404 page is not a page to index; everything else goes in sitemap-index.xml.
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !/\/404(\.html|\/)?$/.test(page),
      i18n: { defaultLocale: 'en', locales: { en: 'en-US', es: 'es-US' } },
    }),
    locale404(['es']),
    pagefind(),
    offlineManifest(['en', 'es']),
    headers({ base, site, contact: env.SITE_CONTACT, newestReview: () => newestReviewIn(env.SITE_CONTENT_DIR ?? './content') }),
  ],
  // English at the root, Spanish under /es/ (see src/i18n/locale.ts).
  i18n: { defaultLocale: 'en', locales: ['en', 'es'], routing: { prefixDefaultLocale: false } },
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into the HTML: a strict Content-Security-Policy
    // (no 'unsafe-inline') must be able to cover every page.
    build: { assetsInlineLimit: 0 },
  },
});
