/**
 * The public address a build prints into canonical links, the sitemap, the
 * card's QR code, the feed, the open data and security.txt (SITE_URL), and
 * whether a build is a deploy build, which must have one.
 *
 * A deploy build is one whose output goes to readers:
 *   SITE_DEPLOY=1   set by our GitHub Pages workflow (.github/workflows/pages.yml); set it on any other host
 *   NETLIFY=true    set by Netlify on its builds
 *   CF_PAGES=1      set by Cloudflare Pages on its builds
 * A deploy build without SITE_URL, or with a local address, fails. Any other
 * build (`npm start`, `npm test`, a fresh clone) uses http://127.0.0.1:4321 and
 * says so (src/integrations/site-url.ts).
 */

export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** The variables that mark a deploy build, each with the values that count. */
export const DEPLOY_SIGNALS: Record<string, readonly string[]> = {
  SITE_DEPLOY: ['1', 'true', 'yes'],
  NETLIFY: ['true'],
  CF_PAGES: ['1'],
};

/** The variable that makes this a deploy build ("NETLIFY"), or undefined for a local build. */
export function deploySignal(env: Record<string, string | undefined>): string | undefined {
  return Object.keys(DEPLOY_SIGNALS).find((name) => DEPLOY_SIGNALS[name].includes((env[name] ?? '').trim().toLowerCase()));
}

function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname.endsWith('.localhost') || /^127\./.test(hostname) || hostname === '0.0.0.0';
}

export interface SiteUrl {
  /** The origin (and path) to build for. */
  site: string;
  /** The variable that marked a deploy build, if any. */
  deploy: string | undefined;
  /** True when SITE_URL was not set and the local address is used. */
  fallback: boolean;
}

/** The address to build for, from SITE_URL; fails a deploy build that lacks a public one. */
export function resolveSiteUrl(env: Record<string, string | undefined>): SiteUrl {
  const deploy = deploySignal(env);
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    if (deploy) {
      throw new Error(
        `SITE_URL is not set, and this is a deploy build (${deploy} is set). Without it every canonical link, the card's QR code, ` +
          `the feed and the open data would point to ${LOCAL_SITE}. Set SITE_URL to the public address, e.g. https://example.org ` +
          "(GitHub Pages: the workflow sets it; Netlify and Cloudflare Pages: the site's environment variables).",
      );
    }
    return { site: LOCAL_SITE, deploy, fallback: true };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not a full address: write it like https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL="${raw}" must start with https:// (or http:// for a local build)`);
  if (deploy && (url.protocol !== 'https:' || isLocalHost(url.hostname))) {
    throw new Error(`SITE_URL="${raw}" is not a public https:// address, and this is a deploy build (${deploy} is set)`);
  }
  return { site: raw, deploy, fallback: false };
}
