import { describe, expect, it } from 'vitest';
import TranslationNotice from '../../src/components/TranslationNotice.astro';
import { renderDom } from '../helpers/container.ts';

const state = { file: 'content/es/guides/ice-at-my-door.mdx', english: 'content/guides/ice-at-my-door.mdx', lang: 'es', expected: 'aaaaaaaaaaaa' };
const notice = async (props: Record<string, unknown>) =>
  (await renderDom(TranslationNotice, { props: { state: props }, path: '/es/guides/ice-at-my-door/' })).querySelector('.translation-notice');

describe('<TranslationNotice>', () => {
  it('says, in the page language, that no qualified translator reviewed it and that the English controls, with a link to the English page', async () => {
    const el = await notice({ ...state, recorded: 'aaaaaaaaaaaa', current: true });
    expect(el?.textContent).toContain('Traducción aún no revisada por un traductor calificado');
    expect(el?.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe('/guides/ice-at-my-door/');
    expect(el?.textContent).not.toContain('cambió');
  });
  it('says when the English page changed after the translation was made', async () => {
    const el = await notice({ ...state, recorded: 'bbbbbbbbbbbb', current: false, reviewed: { by: 'A. Translator', date: '2027-01-02' } });
    expect(el?.textContent).toContain('La página en inglés cambió');
    expect(el?.textContent).not.toContain('aún no revisada');
  });
  it('disappears once a review is recorded and the translation is current', async () => {
    expect(await notice({ ...state, recorded: 'aaaaaaaaaaaa', current: true, reviewed: { by: 'A. Translator', date: '2027-01-02' } })).toBeNull();
  });
});

describe('<TranslationNotice variant="line">', () => {
  it('says it in one short line that leads to the full notice and to the English page', async () => {
    const doc = await renderDom(TranslationNotice, {
      props: { state: { ...state, recorded: 'aaaaaaaaaaaa', current: true }, variant: 'line' },
      path: '/es/guides/ice-at-my-door/',
    });
    const line = doc.querySelector('.translation-line');
    expect(line?.querySelector('a[href="#translation-notice"]')?.textContent).toBe('Traducción aún sin revisar');
    expect(line?.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe('/guides/ice-at-my-door/');
    expect(doc.querySelector('.translation-notice')).toBeNull();
  });
});
