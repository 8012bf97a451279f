/**
 * No missing-glyph boxes: every character the built pages of a language show
 * is drawn by a font this machine's Chromium has, with the language's own
 * font stack (src/styles/global.css). The site loads no font files: it relies
 * on the device's fonts (CI installs Debian's fonts-noto-core and
 * fonts-noto-cjk, the fonts an Android phone or a Linux computer has).
 *
 * How: for each character, draw it on a canvas and compare the pixels with
 * those of a code point no font has (U+10FFFF, drawn as the "missing glyph"
 * box); a character drawn identically is one the fonts cannot show.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, langOfPath } from '../helpers/dist.ts';
import { sharedSession } from '../helpers/browser.ts';

const browser = sharedSession();

/** Every visible character of each language's pages, from the built HTML (text of <body>, no scripts or styles). */
const charsByLang = new Map<string, Set<string>>();
for (const page of builtPages()) {
  const lang = langOfPath(page.path);
  const body = page.document.body;
  for (const el of body.querySelectorAll('script, style, svg')) el.remove();
  const set = charsByLang.get(lang) ?? new Set<string>();
  for (const ch of body.textContent ?? '') {
    // Letters, digits, punctuation and symbols; not spaces, controls or combining marks (drawn on their base).
    if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) && !/\p{M}/u.test(ch)) set.add(ch);
  }
  charsByLang.set(lang, set);
}

describe.each([...charsByLang].map(([lang, chars]) => [lang, [...chars]] as const))('the %s pages', (lang, chars) => {
  it('show no character as a missing-glyph box', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${browser().origin}${lang === 'en' ? '/' : `/${lang}/`}`);
    const missing = await page.evaluate((list) => {
      const font = `32px ${getComputedStyle(document.body).fontFamily}`;
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      const draw = (text: string) => {
        ctx.clearRect(0, 0, 48, 48);
        ctx.font = font;
        ctx.fillText(text, 4, 36);
        return ctx.getImageData(0, 0, 48, 48).data.join(',');
      };
      const box = draw('\u{10FFFF}');
      return list.filter((ch) => draw(ch) === box);
    }, chars);
    await page.close();
    expect(missing.map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
  });
});
