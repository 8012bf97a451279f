/**
 * Every interface key in the language files is used somewhere in src/: a key nobody reads is text a translator
 * translates for nothing (and ten languages multiply it). A key is used when src/ names it in quotes, or builds
 * it from a prefix in a template (`kind.${kind}`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/languages/en.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path.endsWith(join('i18n', 'languages')) ? [] : sources(path);
    return /\.(astro|ts)$/.test(e.name) ? [path] : [];
  });
}

function unusedKeys(keys: string[], code: string): string[] {
  const prefixes = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*)\.\$\{/g)].map((m) => `${m[1]}.`);
  return keys.filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`) && !prefixes.some((p) => k.startsWith(p)));
}

describe('interface keys', () => {
  it('are all used by some page, component or script', () => {
    const code = sources('src')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(unusedKeys(Object.keys(en.strings), code)).toEqual([]);
  });

  it('would report a key that nothing reads', () => {
    expect(unusedKeys(['a.used', 'a.unused', 'kind.statute'], "t('a.used'); t(`kind.${k}`)")).toEqual(['a.unused']);
  });
});
