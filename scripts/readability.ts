/**
 * `npm run readability`: the reading level of every rule summary and guide in
 * the built site (run `npm run build` first), worst first, so a writer can
 * see what to simplify. English: US grade (Flesch–Kincaid, the test suite
 * requires 8 or below). Spanish: Fernández Huerta reading ease (higher is
 * easier). Same measure as tests/built/readability.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { englishGrade, pageTexts, spanishEase } from '../src/lib/readability.ts';

const dist = process.argv[2] ?? 'dist';
const pagesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => join(dir, f));

const rows = pagesIn(dist).flatMap((file) => {
  const found = pageTexts(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document);
  if (!found) return [];
  const path = `/${file.slice(dist.length + 1).replace(/index\.html$/, '')}`;
  const es = path.startsWith('/es/');
  const score = es ? spanishEase(found.blocks).ease : englishGrade(found.blocks).grade;
  return [{ path, es, score, kind: found.kind }];
});
for (const [label, es] of [
  ['English, US grade (8 or below required)', false],
  ['Spanish, Fernández Huerta ease (higher is easier)', true],
] as const) {
  console.log(`\n${label}`);
  const list = rows.filter((r) => r.es === es).sort((a, b) => (es ? a.score - b.score : b.score - a.score));
  for (const r of list) console.log(`  ${r.score.toFixed(1).padStart(5)}  ${r.kind.padEnd(12)} ${r.path}${!es && r.score > 8 ? '   <- too hard' : ''}`);
}
