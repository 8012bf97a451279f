/**
 * After the build: dist/_headers (security headers for Netlify and Cloudflare
 * Pages, from src/lib/security-headers.ts) and /.well-known/security.txt
 * (RFC 9116), whose contact is SITE_CONTACT when set, else the About page's
 * section on reporting a problem, and which expires a year after the newest
 * review date in the content, so the same content always builds the same file.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers.ts';

export interface HeadersOptions {
  base: string;
  site: string;
  /** A mailto: or https: address for security reports, or undefined. */
  contact: string | undefined;
  /** The newest lastReviewed date in the content ("YYYY-MM-DD"). */
  newestReview: () => Promise<string>;
}

export default function headersIntegration(options: HeadersOptions): AstroIntegration {
  return {
    name: 'site-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await writeFile(join(out, '_headers'), headersFile(options.base));
        const b = options.base.endsWith('/') ? options.base : `${options.base}/`;
        const contact = options.contact ?? new URL(`${b}about/#report-a-problem`, options.site).href;
        if (!/^(mailto:|https?:\/\/)/.test(contact)) throw new Error(`SITE_CONTACT must be a mailto: or https:// address, not "${contact}"`);
        const expires = new Date(`${await options.newestReview()}T00:00:00Z`);
        expires.setUTCFullYear(expires.getUTCFullYear() + 1);
        await mkdir(join(out, '.well-known'), { recursive: true });
        await writeFile(
          join(out, '.well-known', 'security.txt'),
          [
            `Contact: ${contact}`,
            `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
            'Preferred-Languages: en, es',
            `Canonical: ${new URL(`${b}.well-known/security.txt`, options.site).href}`,
            '',
          ].join('\n'),
        );
      },
    },
  };
}

/** The newest review or check date written anywhere in the content folder ("lastReviewed" or "checked"). */
export async function newestReviewIn(contentDir: string): Promise<string> {
  const files = (await readdir(contentDir, { recursive: true })).filter((f) => /\.(mdx|yaml)$/.test(f));
  let newest = '';
  for (const file of files) {
    const text = await readFile(join(contentDir, file), 'utf8');
    for (const m of text.matchAll(/^\s*(?:lastReviewed|checked):\s*"?(\d{4}-\d{2}-\d{2})"?\s*$/gm)) if (m[1] > newest) newest = m[1];
  }
  if (!newest) throw new Error(`${contentDir}: no lastReviewed date found`);
  return newest;
}
