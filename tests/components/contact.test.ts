/**
 * <Contact> (phase 3 of the content checks, body against the registry): a page
 * that names a contact the registry does not have fails its render, naming the
 * page and the id.
 */
import { describe, expect, it } from 'vitest';
import Contact from '../../src/components/mdx/Contact.astro';
import { renderDom } from '../helpers/container.ts';

describe('<Contact>', () => {
  it('prints the contact from the registry, with the source it was checked against', async () => {
    const doc = await renderDom(Contact, { props: { id: 'copa' }, slots: { default: 'What it is for here.' }, path: '/help/' });
    const box = doc.querySelector('.contact');
    expect(box?.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(box?.textContent).toContain('What it is for here.');
    expect(box?.textContent).toMatch(/Checked/i);
  });

  it('fails the build, naming the page and the id, for a contact that does not exist', async () => {
    await expect(renderDom(Contact, { props: { id: 'copa-office' }, path: '/help/' })).rejects.toThrow(
      /^<Contact id="copa-office"> on \/help\/: no such contact in content\/contacts\//,
    );
  });
});
