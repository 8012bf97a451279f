import { readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import locale404 from './src/integrations/locale-404.ts';
import offlineManifest from './src/integrations/offline-manifest.ts';
import headers from './src/integrations/headers.ts';
import siteUrl from './src/integrations/site-url.ts';
import { resolveSiteUrl } from './src/lib/site-url.ts';
import type { LanguageFile } from './src/i18n/language.ts';

/**
 * Build settings. Three environment variables exist so that the test suite can
 * build small or deliberately broken copies of the content without touching
 * the real build (see tests/content/):
 *   SITE_CONTENT_DIR  the content folder (default ./content)
 *   SITE_OUT_DIR      output folder (default ./dist)
 *   SITE_CACHE_DIR    Astro's cache and data store (default ./node_modules/.astro)
 * SITE_URL is the public origin used for canonical links, the card's QR code, the feed and the
 * open data. Deploy builds (SITE_DEPLOY=1, or Netlify's and Cloudflare Pages' own markers) fail
 * without it; other builds use http://127.0.0.1:4321 and say so (src/lib/site-url.ts).
 * SITE_BASE is the base path when the site does not live at the root ("/some/base/").
 * SITE_CONTACT is where to report a problem (mailto: or https:), printed on the
 * About page and in /.well-known/security.txt.
 */
const env = process.env;
// The languages: one file each in src/i18n/languages/ (the site reads the same list through src/i18n/index.ts).
const languageDir = new URL('./src/i18n/languages/', import.meta.url);
const languages = (
  await Promise.all(
    readdirSync(languageDir)
      .filter((f) => f.endsWith('.ts'))
      .map(async (f) => ((await import(/* @vite-ignore */ new URL(f, languageDir).href)) as { default: LanguageFile }).default.meta),
  )
).sort((a, b) => a.order - b.order);
const codes = languages.map((l) => l.code);
const others = codes.filter((c) => c !== 'en');
const resolvedSite = resolveSiteUrl(env);
const site = resolvedSite.site;
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
      i18n: { defaultLocale: 'en', locales: Object.fromEntries(languages.map((l) => [l.code, l.tag])) },
    }),
    locale404(others),
    pagefind(),
    offlineManifest(codes),
    headers({ base, site, contact: env.SITE_CONTACT }),
    siteUrl(resolvedSite),
  ],
  // English at the root, every other language under /<code>/: src/pages/[...lang]/ and src/i18n/index.ts
  // (no Astro i18n routing: the language of a page comes from its address, in one place).
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into the HTML: a strict Content-Security-Policy
    // (no 'unsafe-inline') must be able to cover every page.
    build: { assetsInlineLimit: 0 },
  },
});
