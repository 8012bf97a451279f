/**
 * Synthetic rules for the scale benchmark: copies the real content folder and
 * adds `rules` made-up rules of `provisions` sections each, with their Spanish
 * pages and a source, all valid under the real schemas and checks, so the
 * build does the same work it would for that much real content. The text is
 * drawn from a fixed vocabulary by a seeded generator: the same run builds
 * the same site.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'police officer agency city county state federal immigration enforcement status warrant judge court detainer custody ' +
  'arrest release hold record share information request report complaint supervisor department ordinance statute section ' +
  'subsection person resident community school hospital courthouse vehicle traffic stop search question birthplace citizenship ' +
  'language notice policy training review inspector general attorney lawsuit appeal decision order exception crime victim ' +
  'witness visa certification database access contract facility detention transfer interview consent lawyer rights hearing'
).split(' ');

function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rand: () => number, min = 8, max = 18): string {
  const n = min + Math.floor(rand() * (max - min));
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}.`;
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join(' ');
}

export interface ScaleContent {
  dir: string;
  rules: number;
  provisions: number;
}

export function writeScaleContent(root: string, rules = 100, provisionsPerRule = 10): ScaleContent {
  rmSync(root, { recursive: true, force: true });
  const dir = join(root, 'content');
  cpSync('content', dir, { recursive: true });
  mkdirSync(join(dir, 'es', 'rules'), { recursive: true });
  writeFileSync(
    join(dir, 'sources', 'zz-synthetic.yaml'),
    `- id: synthetic-source\n  title: Synthetic source for the scale benchmark\n  publisher: Benchmark\n  url: https://example.org/synthetic\n  official: true\n  checked: "2026-11-26"\n  checkedVia: live\n`,
  );
  const rand = generator(42);
  for (let r = 1; r <= rules; r++) {
    const id = `synthetic-${String(r).padStart(3, '0')}`;
    const ats = Array.from({ length: provisionsPerRule }, (_, i) => String(i + 1));
    const frontmatter = [
      '---',
      `title: Synthetic Ordinance ${r}`,
      `shortTitle: Synthetic ${r}`,
      'kind: ordinance',
      'jurisdiction: chicago',
      `citation: SYN ch. ${r}`,
      `pinpoint: "SYN ${r}-{at}"`,
      `appliesTo: ${sentence(rand)}`,
      'status:',
      '  value: in-force',
      '  asOf: "2026-11-26"',
      `summary: ${sentence(rand)} ${sentence(rand)}`,
      'lastReviewed: "2026-11-26"',
      'sources:',
      '  - synthetic-source',
      'history:',
      '  - date: "2026-11-26"',
      '    event: enacted',
      `    summary: ${sentence(rand)}`,
      '    source: synthetic-source',
      '    verification: official',
      'provisions:',
      ...ats.flatMap((at) => [`  - at: "${at}"`, `    heading: ${sentence(rand, 3, 6).replace(/\.$/, '')}`, '    verification: official']),
      '---',
      '',
    ].join('\n');
    const body = ats.map((at) => `<Provision at="${at}">\n${paragraph(rand, 6)}\n\n${paragraph(rand, 5)}\n</Provision>\n`).join('\n');
    writeFileSync(join(dir, 'rules', `${id}.mdx`), `${frontmatter}\n${body}`);
    const es = [
      '---',
      `title: Ordenanza sintética ${r}`,
      `shortTitle: Sintética ${r}`,
      'appliesTo: Una regla de prueba para medir el sitio.',
      'summary: Una regla de prueba para medir cuánto cuesta construir y buscar en un sitio grande.',
      'history:',
      '  - summary: Regla de prueba.',
      'provisions:',
      ...ats.flatMap((at) => [`  - at: "${at}"`, `    heading: Parte ${at} de la regla de prueba`]),
      'lastReviewed: "2026-11-26"',
      '---',
      '',
    ].join('\n');
    const esBody = ats.map((at) => `<Provision at="${at}">\nTexto de prueba de la parte ${at}. ${paragraph(rand, 3)}\n</Provision>\n`).join('\n');
    writeFileSync(join(dir, 'es', 'rules', `${id}.mdx`), `${es}\n${esBody}`);
  }
  return { dir, rules, provisions: rules * provisionsPerRule };
}
