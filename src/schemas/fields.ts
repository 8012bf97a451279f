/**
 * Small reusable field schemas shared by the rule and source schemas.
 */
import { z } from 'astro/zod';
import { isIsoDate, isPartialDate } from '../lib/dates.ts';

const QUOTE_DATES = 'write dates in quotes, e.g. "2026-11-26" (YAML turns an unquoted date into a timestamp and silently rolls 2026-02-30 over to March 2)';

function dateString(check: (s: string) => boolean, expected: string) {
  return z.unknown().transform((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({ code: 'custom', message: `unquoted date: ${QUOTE_DATES}` });
      return z.NEVER;
    }
    if (typeof value !== 'string' || !check(value)) {
      ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a real date: expected ${expected}` });
      return z.NEVER;
    }
    return value;
  });
}

/** A real calendar day written "YYYY-MM-DD", in quotes. */
export const isoDate = dateString(isIsoDate, 'a real calendar day written "YYYY-MM-DD"');

/** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the source gives no day. */
export const partialDate = dateString(isPartialDate, '"YYYY-MM-DD", "YYYY-MM" or "YYYY"');

/** A short identifier: lower-case letters, digits and hyphens. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "ilga-5-ilcs-805"');

/** Text written for readers: non-empty, no leading or trailing spaces. */
export const prose = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s === s.trim(), 'remove leading or trailing spaces');

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A full web address (some official sites, e.g. directives.chicagopolice.org, still serve only http). */
export const webUrl = z.string().refine(isWebUrl, 'must be a full web address starting with https:// or http://');
