/**
 * Words must not run together where markup meets text: Astro's compiler drops
 * a line break next to an element, so "legal help</a>\n for" can render as
 * "legal helpfor". Also: no page is wider than a 320 px phone (checked in the
 * browser tests); here, nothing longer than a line is kept from wrapping.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

describe.each(builtPages().map((p) => [p.path, p] as const))('%s', (_path, page) => {
  it('has no word glued to a link or emphasis', () => {
    const glued = [...page.html.matchAll(/[A-Za-z,;:.]<\/(?:a|strong|em|time|code)>[A-Za-z(]|[A-Za-z,;:][)]?<(?:a|strong|em|time|code)[ >][A-Za-z]/g)].map(
      (m) => page.html.slice(Math.max(0, m.index - 30), m.index + 30),
    );
    expect(glued).toEqual([]);
  });
});
