/**
 * `npm run translations`: which translated pages are out of date or unreviewed.
 *
 *   npm run translations                     build, then list every translation and its state
 *   npm run translations -- --strict         … and exit non-zero when one is out of date
 *   npm run translations -- --mark <file>…   record that these translations match the current English
 *   npm run translations -- --mark-all <lang>  the same for every translation of one language
 *
 * The build computes each English page's fingerprint (src/lib/translation-status.ts) and writes
 * /api/translations.json; this script reads it, so the build stays the one place that decides.
 * Mark a file only after its words were brought up to date with the English page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from '../tests/helpers/child-env.ts';
import type { TranslationState } from '../src/lib/translation-status.ts';

const args = process.argv.slice(2);
const out = process.env.SITE_OUT_DIR ?? 'dist';

const build = astroBuild({ SITE_OUT_DIR: out });
if (!build.ok) {
  console.error(build.output.slice(-4000));
  console.error('\nThe build failed; fix it first.');
  process.exit(2);
}
const { translations } = JSON.parse(readFileSync(join(out, 'api', 'translations.json'), 'utf8')) as { translations: TranslationState[] };

/** Writes `englishVersion: <hash>` into a file's frontmatter, replacing any earlier one. */
function mark(state: TranslationState): void {
  const text = readFileSync(state.file, 'utf8');
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end === -1) throw new Error(`${state.file}: no frontmatter`);
  const front = text.slice(0, end).replace(/\nenglishVersion: .*/, '');
  // Quoted: a fingerprint of digits only would otherwise be read as a number.
  writeFileSync(state.file, `${front}\nenglishVersion: "${state.expected}"${text.slice(end)}`);
  console.log(`marked ${state.file} as made from ${state.english} (${state.expected})`);
}

const markAt = args.indexOf('--mark');
const markAllAt = args.indexOf('--mark-all');
if (markAt !== -1 || markAllAt !== -1) {
  const files = markAt !== -1 ? args.slice(markAt + 1).filter((a) => !a.startsWith('--')) : [];
  const lang = markAllAt !== -1 ? args[markAllAt + 1] : undefined;
  const chosen = translations.filter((s) => files.includes(s.file) || (lang !== undefined && (lang === 'all' || s.lang === lang)));
  const unknown = files.filter((f) => !translations.some((s) => s.file === f));
  if (unknown.length > 0) {
    console.error(`Not a translated file: ${unknown.join(', ')} (give paths as the list below shows them)`);
    process.exit(2);
  }
  for (const s of chosen) if (s.current !== true) mark(s);
  process.exit(0);
}

const label = (s: TranslationState) => (s.current === true ? 'current' : s.current === false ? 'OUT OF DATE' : 'not recorded');
const order = { false: 0, undefined: 1, true: 2 } as const;
const rows = [...translations].sort(
  (a, b) => order[String(a.current) as keyof typeof order] - order[String(b.current) as keyof typeof order] || a.file.localeCompare(b.file),
);
for (const s of rows) {
  console.log(`${label(s).padEnd(13)} ${s.reviewed ? `reviewed ${s.reviewed.date}` : 'not reviewed'.padEnd(19)} ${s.file}`);
}
const outdated = rows.filter((s) => s.current === false).length;
console.log(
  `\n${rows.length} translations: ${outdated} out of date, ${rows.filter((s) => s.current === undefined).length} not recorded, ${rows.filter((s) => s.reviewed).length} reviewed.`,
);
if (args.includes('--strict') && outdated > 0) process.exit(1);
