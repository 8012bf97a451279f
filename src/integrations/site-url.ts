/**
 * Says at the end of every build which public address it printed into the
 * pages (src/lib/site-url.ts): quietly when SITE_URL was set, loudly when a
 * local build fell back to http://127.0.0.1:4321.
 */
import type { AstroIntegration } from 'astro';
import type { SiteUrl } from '../lib/site-url.ts';

export default function siteUrlIntegration(resolved: SiteUrl): AstroIntegration {
  const report = (logger: { info(m: string): void; warn(m: string): void }) => {
    if (!resolved.fallback) {
      logger.info(`Built for ${resolved.site}${resolved.deploy ? ` (deploy build: ${resolved.deploy})` : ''}.`);
      return;
    }
    logger.warn(
      [
        `SITE_URL is not set: this build printed ${resolved.site} into canonical links, the sitemap, the card's QR code,`,
        'the feed, the open data and security.txt. That is right for `npm start` and the tests, wrong for a public copy:',
        'set SITE_URL=https://<your address> to deploy (deploy builds, marked by SITE_DEPLOY=1, NETLIFY or CF_PAGES, fail without it).',
      ].join('\n'),
    );
  };
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => report(logger),
      'astro:build:done': ({ logger }) => report(logger),
    },
  };
}
