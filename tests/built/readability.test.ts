/**
 * Plain language, measured: every English rule summary and every English
 * guide reads at US grade 8 or below (Flesch–Kincaid), on the text a reader
 * sees on the built page, leaving out what is not our prose: citations,
 * quoted legal terms and names, contact boxes and verification notes. The
 * Spanish pages get a Fernández Huerta reading-ease figure, printed in the
 * test output (see src/lib/readability.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, langOfPath } from '../helpers/dist.ts';
import { englishGrade, pageTexts, spanishEase } from '../../src/lib/readability.ts';

const MAX_GRADE = 8;

const texts = builtPages().flatMap((page) => {
  const found = pageTexts(page.document);
  return found ? [{ path: page.path, lang: langOfPath(page.path), ...found }] : [];
});
const english = texts.filter((t) => t.lang === 'en');
const spanish = texts.filter((t) => t.lang === 'es');

describe('plain language', () => {
  it('measures every rule summary and guide in both languages', () => {
    expect(english.filter((t) => t.kind === 'rule summary').length).toBeGreaterThanOrEqual(19);
    expect(english.filter((t) => t.kind === 'guide').length).toBeGreaterThanOrEqual(10);
    expect(spanish.length).toBe(english.length);
  });

  it.each(english.map((t) => [t.path, t] as const))(`%s reads at US grade ${MAX_GRADE} or below`, (_path, text) => {
    const { grade, counts } = englishGrade(text.blocks);
    expect(counts.words, 'enough text to measure').toBeGreaterThan(20);
    expect(Math.round(grade * 10) / 10).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('reports the Spanish reading ease (Fernández Huerta) of each Spanish summary and guide', () => {
    const rows = spanish.map((t) => ({ path: t.path, ...spanishEase(t.blocks) }));
    const mean = rows.reduce((n, r) => n + r.ease, 0) / rows.length;
    console.log(
      `Spanish reading ease (Fernández Huerta; 60–70 normal, 70–80 fairly easy): mean ${mean.toFixed(1)}, lowest ${Math.min(...rows.map((r) => r.ease)).toFixed(1)}\n` +
        rows.map((r) => `  ${r.ease.toFixed(1).padStart(5)}  ${r.path}`).join('\n'),
    );
    for (const r of rows) expect(Number.isFinite(r.ease), r.path).toBe(true);
  });
});
