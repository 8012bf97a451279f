/**
 * Fields every translated file carries besides its words (content/<lang>/…):
 * which English version it was made from, and whether a qualified translator
 * has reviewed it. See src/lib/translation-status.ts.
 */
import { z } from 'astro/zod';
import { isoDate, prose } from './fields.ts';

export const translationFields = {
  /**
   * The fingerprint of the English page's words this translation was made from (12 hex digits). `npm run
   * translations -- --mark <file>` writes it after a translator brings the translation up to date.
   */
  englishVersion: z.string().regex(/^[0-9a-f]{12}$/, 'the fingerprint is 12 hex digits, in quotes; let `npm run translations -- --mark <file>` write it'),
  /** A review by a qualified translator: who (name and qualification) and when. Until there is one, the page says so. */
  reviewed: z.strictObject({ by: prose, date: isoDate }).optional(),
};
