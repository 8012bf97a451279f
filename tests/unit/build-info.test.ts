import { describe, expect, it } from 'vitest';
import { commitOf, gitHead, newestDate } from '../../src/lib/build-info.ts';

const SHA = '7d20e5f5f63f1ce6c304c3b2dd30cd7fb3e15fa4';

describe('commitOf', () => {
  it('takes git HEAD when git answers', () => {
    expect(commitOf(() => `${SHA}\n`, { SITE_COMMIT: 'abcdef1' })).toBe(SHA);
  });

  it('falls back to the variables hosts set when git is missing, ours first', () => {
    expect(commitOf(() => undefined, { GITHUB_SHA: 'aaaaaaa', SITE_COMMIT: 'bbbbbbb' })).toBe('bbbbbbb');
    expect(commitOf(() => undefined, { COMMIT_REF: SHA.toUpperCase() })).toBe(SHA);
    expect(commitOf(() => undefined, { CF_PAGES_COMMIT_SHA: SHA })).toBe(SHA);
  });

  it('says null, and does not fail, when nothing knows the commit', () => {
    expect(commitOf(() => undefined, {})).toBeNull();
    expect(commitOf(() => 'fatal: not a git repository', { SITE_COMMIT: 'main' })).toBeNull();
  });

  it('reads this repository', () => {
    expect(gitHead() ?? 'no git here').toMatch(/^([0-9a-f]{40}|no git here)$/);
  });
});

describe('newestDate', () => {
  it('is the newest day, skipping the ones not given', () => {
    expect(newestDate(['2026-11-26', undefined, '2026-12-07', '2025-01-01'])).toBe('2026-12-07');
  });
  it('fails when there is none', () => expect(() => newestDate([undefined])).toThrow('no review or check date'));
});
