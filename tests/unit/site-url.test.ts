import { describe, expect, it } from 'vitest';
import { deploySignal, LOCAL_SITE, resolveSiteUrl } from '../../src/lib/site-url.ts';

describe('SITE_URL', () => {
  it('a local build without it uses the local address, and says it fell back', () => {
    expect(resolveSiteUrl({})).toEqual({ site: LOCAL_SITE, deploy: undefined, fallback: true });
    // CI alone is not a deploy: `npm test` runs in CI on a fresh clone with no SITE_URL.
    expect(resolveSiteUrl({ CI: 'true', GITHUB_ACTIONS: 'true' }).fallback).toBe(true);
  });

  it('knows a deploy build by SITE_DEPLOY, or by the markers Netlify and Cloudflare Pages set', () => {
    expect(deploySignal({ SITE_DEPLOY: '1' })).toBe('SITE_DEPLOY');
    expect(deploySignal({ SITE_DEPLOY: 'true' })).toBe('SITE_DEPLOY');
    expect(deploySignal({ NETLIFY: 'true' })).toBe('NETLIFY');
    expect(deploySignal({ CF_PAGES: '1' })).toBe('CF_PAGES');
    expect(deploySignal({ SITE_DEPLOY: '0', NETLIFY: 'false', CF_PAGES: '' })).toBeUndefined();
  });

  it('fails a deploy build without it, saying why', () => {
    for (const env of [{ SITE_DEPLOY: '1' }, { NETLIFY: 'true' }, { CF_PAGES: '1' }, { SITE_DEPLOY: '1', SITE_URL: '  ' }]) {
      expect(() => resolveSiteUrl(env)).toThrow(/SITE_URL is not set, and this is a deploy build .*127\.0\.0\.1/);
    }
  });

  it('fails a deploy build pointed at this computer or at plain http', () => {
    expect(() => resolveSiteUrl({ SITE_DEPLOY: '1', SITE_URL: 'http://127.0.0.1:4321' })).toThrow('not a public https:// address');
    expect(() => resolveSiteUrl({ NETLIFY: 'true', SITE_URL: 'https://localhost' })).toThrow('not a public https:// address');
    expect(() => resolveSiteUrl({ CF_PAGES: '1', SITE_URL: 'http://example.org' })).toThrow('not a public https:// address');
  });

  it('uses the address given, and rejects one that is not an address', () => {
    expect(resolveSiteUrl({ SITE_DEPLOY: '1', SITE_URL: 'https://example.org' })).toEqual({
      site: 'https://example.org',
      deploy: 'SITE_DEPLOY',
      fallback: false,
    });
    expect(resolveSiteUrl({ SITE_URL: 'http://127.0.0.1:8080' })).toMatchObject({ site: 'http://127.0.0.1:8080', fallback: false });
    expect(() => resolveSiteUrl({ SITE_URL: 'example.org' })).toThrow('not a full address');
    expect(() => resolveSiteUrl({ SITE_URL: 'ftp://example.org' })).toThrow('must start with https://');
  });
});
