/**
 * What the deployed site promises about security, as files: the _headers
 * file static hosts read, the same policy in every page's <meta> tag for
 * hosts that ignore headers, and /.well-known/security.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerRules } from '../../scripts/static-server.ts';
import { apiMetaSchema } from '../../src/schemas/api-meta.ts';
import { DIST, builtPages, pageAt, resolveInDist } from '../helpers/dist.ts';

const forAll = (await headerRules(DIST)).find((rule) => rule.for === '/*')?.values ?? {};
const value = (name: string): string | undefined => forAll[name];

describe('dist/_headers', () => {
  it('sends the security headers with every page', () => {
    expect(value('Content-Security-Policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/);
    expect(value('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    expect(value('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(value('X-Content-Type-Options')).toBe('nosniff');
    expect(value('Referrer-Policy')).toBe('no-referrer');
    expect(value('Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it('allows no inline script, no eval and nothing from another origin', () => {
    const csp = value('Content-Security-Policy')!;
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });
});

describe.each(builtPages().map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('carries the same policy in a <meta> tag, first in <head>, without the header-only frame-ancestors', () => {
    const meta = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).toBe(value('Content-Security-Policy')!.replace(/; frame-ancestors 'none'/, ''));
    const first = page.document.head.querySelectorAll('meta, link, script, style, title');
    expect([...first].slice(0, 2).map((e) => e.outerHTML)).toEqual(['<meta charset="utf-8">', meta!.outerHTML]);
  });

  it('has no inline style or event-handler attribute the policy would block', () => {
    const html = page.html;
    expect(html.match(/\sstyle="[^"]*"/g) ?? []).toEqual([]);
    expect(html.match(/\son[a-z]+="[^"]*"/g) ?? []).toEqual([]);
  });
});

describe('/.well-known/security.txt', () => {
  const text = readFileSync(join(DIST, '.well-known', 'security.txt'), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)?.[1];

  it('names a contact that leads somewhere real on the site', () => {
    const contact = new URL(field('Contact')!);
    expect(resolveInDist(contact.pathname), contact.href).toBeDefined();
    expect(pageAt(contact.pathname).document.getElementById(contact.hash.slice(1)), contact.hash).not.toBeNull();
  });

  it('expires a year after the newest review that /api/meta.json states, in the future of the content', () => {
    const expires = new Date(field('Expires')!);
    expect(Number.isNaN(expires.getTime())).toBe(false);
    const { newestReview } = apiMetaSchema.parse(JSON.parse(readFileSync(join(DIST, 'api', 'meta.json'), 'utf8')));
    const yearLater = new Date(`${newestReview}T00:00:00Z`);
    yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
    expect(expires.getTime()).toBe(yearLater.getTime());
    // Every review date a page prints ("Last reviewed", "Page last reviewed") is older.
    const reviewed = builtPages().flatMap((p) => [...p.html.matchAll(/reviewed:? <time datetime="(\d{4}-\d{2}-\d{2})"/gi)].map((m) => Date.parse(m[1])));
    expect(reviewed.length).toBeGreaterThan(0);
    expect(expires.getTime()).toBeGreaterThan(Math.max(...reviewed));
    expect(field('Canonical')).toMatch(/\/\.well-known\/security\.txt$/);
  });
});
