/**
 * After the build: dist/_headers (security headers for Netlify and Cloudflare
 * Pages, from src/lib/security-headers.ts) and /.well-known/security.txt
 * (RFC 9116), whose contact is SITE_CONTACT when set, else the About page's
 * section on reporting a problem, and which expires a year after the newest
 * review date in the content, so the same content always builds the same file.
 * That date is the one /api/meta.json states (src/pages/api/meta.json.ts),
 * computed from the loaded content; this reads it from the built file.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers.ts';
import { apiMetaSchema } from '../schemas/api-meta.ts';

export interface HeadersOptions {
  base: string;
  site: string;
  /** A mailto: or https: address for security reports, or undefined. */
  contact: string | undefined;
}

/** The newest review date of a built site, from its /api/meta.json. */
export async function newestReviewOf(out: string): Promise<string> {
  const file = join(out, 'api', 'meta.json');
  return apiMetaSchema.parse(JSON.parse(await readFile(file, 'utf8'))).newestReview;
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
        const expires = new Date(`${await newestReviewOf(out)}T00:00:00Z`);
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
