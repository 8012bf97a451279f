/**
 * The security and privacy headers every page is served with, in one place.
 * The build writes them to dist/_headers (Netlify and Cloudflare Pages read
 * that file; see src/integrations/headers.ts), and every page also carries
 * the Content-Security-Policy in a <meta> tag for hosts that ignore
 * _headers, such as GitHub Pages.
 *
 * The policy allows nothing from other origins. Scripts must come from files
 * on this site (no inline script, no eval); Pagefind's search compiles
 * WebAssembly, which needs 'wasm-unsafe-eval' and nothing more.
 */
export const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (and warns about) when the policy comes in a <meta> tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function contentSecurityPolicy(where: 'header' | 'meta'): string {
  return CSP_DIRECTIVES.filter(([name]) => where === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Headers for every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy('header'),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** The _headers file for static hosts (Netlify, Cloudflare Pages), under the site's base path. */
export function headersFile(base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, values: Record<string, string>) =>
    `${path}\n${Object.entries(values)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  return [
    '# Written by the build from src/lib/security-headers.ts; do not edit by hand.',
    block(`${b}*`, SECURITY_HEADERS),
    // Hashed file names never change content: cache them for a year.
    block(`${b}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // The service worker must be re-checked on every visit so fixes reach readers.
    block(`${b}sw.js`, { 'Cache-Control': 'no-cache' }),
  ].join('\n');
}
