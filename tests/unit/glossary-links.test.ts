import { describe, expect, it } from 'vitest';
import { linkGlossaryTerms } from '../../src/lib/glossary-links.ts';

const terms = [
  { id: 'immigration-detainer', forms: ['immigration detainer', 'detainer'] },
  { id: 'civil-immigration-warrant', forms: ['civil immigration warrant'], definedAt: ['10-civil-immigration-warrant'] },
];
const link = (html: string) => linkGlossaryTerms(html, terms, (id) => `/glossary/#${id}`);

describe('linkGlossaryTerms', () => {
  it('links the first use of each term, keeping the reader’s wording and case', () => {
    expect(link('<p>An Immigration detainer is a request. Another immigration detainer.</p>')).toBe(
      '<p>An <a href="/glossary/#immigration-detainer" class="term">Immigration detainer</a> is a request. Another immigration detainer.</p>',
    );
  });

  it('prefers the longest form and matches whole words only', () => {
    expect(link('<p>detainers and a detainer</p>')).toBe('<p>detainers and a <a href="/glossary/#immigration-detainer" class="term">detainer</a></p>');
  });

  it('never links inside headings, existing links or the provision meta line', () => {
    const html = '<h3>immigration detainer</h3><p><a href="/x">immigration detainer</a></p><p class="provision-meta">detainer</p><p>detainer</p>';
    expect(link(html)).toBe(
      '<h3>immigration detainer</h3><p><a href="/x">immigration detainer</a></p><p class="provision-meta">detainer</p><p><a href="/glossary/#immigration-detainer" class="term">detainer</a></p>',
    );
  });

  it('does not link a term inside the provision that defines it', () => {
    const html =
      '<div class="provision"><h4 id="10-civil-immigration-warrant">Civil immigration warrant</h4><div class="provision-body"><p>A civil immigration warrant is…</p></div></div><p>A civil immigration warrant again.</p>';
    expect(link(html)).toContain('<p>A civil immigration warrant is…</p>');
    expect(link(html)).toContain('<p>A <a href="/glossary/#civil-immigration-warrant" class="term">civil immigration warrant</a> again.</p>');
  });

  it('treats text as text: markup-like characters stay escaped', () => {
    expect(link('<p>&lt;b&gt; detainer</p>')).toBe('<p>&lt;b&gt; <a href="/glossary/#immigration-detainer" class="term">detainer</a></p>');
  });
});
