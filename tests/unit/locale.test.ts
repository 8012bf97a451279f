import { describe, expect, it } from 'vitest';
import { langOf, localePath, translatePath } from '../../src/i18n/locale.ts';

describe('locale paths', () => {
  it('puts Spanish under /es/ and English at the root', () => {
    expect(localePath('/', 'en', 'rules/')).toBe('/rules/');
    expect(localePath('/', 'es', 'rules/')).toBe('/es/rules/');
    expect(localePath('/base/', 'es')).toBe('/base/es/');
    expect(localePath('/base', 'en', '/search/')).toBe('/base/search/');
  });
  it('finds the same page in the other language, under a base path too', () => {
    expect(translatePath('/', '/rules/il-trust-act/', 'es')).toBe('/es/rules/il-trust-act/');
    expect(translatePath('/', '/es/rules/il-trust-act/', 'en')).toBe('/rules/il-trust-act/');
    expect(translatePath('/', '/es/', 'en')).toBe('/');
    expect(translatePath('/', '/', 'es')).toBe('/es/');
    expect(translatePath('/base/', '/base/es/search/', 'en')).toBe('/base/search/');
    expect(translatePath('/', '/estatus/', 'es')).toBe('/es/estatus/');
  });
  it('reads the current locale, English by default', () => {
    expect(langOf('es')).toBe('es');
    expect(langOf(undefined)).toBe('en');
    expect(langOf('fr')).toBe('en');
  });
});
