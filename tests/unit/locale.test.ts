import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, entryLanguage, langFromPath, language, localePath, t, translatePath } from '../../src/i18n/index.ts';

describe('locale paths', () => {
  it('puts every other language under /<code>/ and English at the root', () => {
    expect(localePath('/', 'en', 'rules/')).toBe('/rules/');
    expect(localePath('/', 'es', 'rules/')).toBe('/es/rules/');
    expect(localePath('/base/', 'es')).toBe('/base/es/');
    expect(localePath('/base', 'en', '/search/')).toBe('/base/search/');
  });
  it('finds the same page in another language, under a base path too', () => {
    expect(translatePath('/', '/rules/il-trust-act/', 'es')).toBe('/es/rules/il-trust-act/');
    expect(translatePath('/', '/es/rules/il-trust-act/', 'en')).toBe('/rules/il-trust-act/');
    expect(translatePath('/', '/es/', 'en')).toBe('/');
    expect(translatePath('/', '/', 'es')).toBe('/es/');
    expect(translatePath('/base/', '/base/es/search/', 'en')).toBe('/base/search/');
    expect(translatePath('/', '/estatus/', 'es')).toBe('/es/estatus/');
  });
  it('reads the language of an address, English when the first segment is not a language', () => {
    expect(langFromPath('/', '/es/rules/')).toBe('es');
    expect(langFromPath('/base/', '/base/es/')).toBe('es');
    expect(langFromPath('/', '/rules/es/')).toBe('en');
    expect(langFromPath('/', '/estatus/')).toBe('en');
    expect(langFromPath('/', '/fr/')).toBe('en');
  });
  it('reads the language and id of a content entry from its collection id', () => {
    expect(entryLanguage('guides/ice-at-my-door')).toEqual({ lang: 'en', slug: 'ice-at-my-door' });
    expect(entryLanguage('es/guides/ice-at-my-door')).toEqual({ lang: 'es', slug: 'ice-at-my-door' });
    expect(entryLanguage('es/rules/il-trust-act')).toEqual({ lang: 'es', slug: 'il-trust-act' });
    expect(entryLanguage('card')).toEqual({ lang: 'en', slug: '' });
    expect(entryLanguage('es/card')).toEqual({ lang: 'es', slug: '' });
  });
});

describe('the language list', () => {
  it('is read from src/i18n/languages/, English first', () => {
    expect(LANGS[0]).toBe(DEFAULT_LANG);
    expect(LANGS).toContain('es');
    for (const l of LANGS) expect(language(l).code).toBe(l);
  });
  it('fills placeholders in interface text', () => {
    expect(t('es', 'rules.count', { n: 19 })).toBe('Hay 19 reglas en el sitio.');
    expect(t('en', 'rules.count', { n: 19 })).toBe('19 rules are on the site.');
  });

  it('prints one period when a date ends a sentence with its own (Ukrainian "р.")', () => {
    expect(t('uk', 'card.asOf', { date: '7 грудня 2026 р.' })).toBe('Чинне станом на 7 грудня 2026 р.');
    expect(t('en', 'card.asOf', { date: 'December 7, 2026' })).toMatch(/December 7, 2026\.$/);
  });
});
