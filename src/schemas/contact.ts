/**
 * One entry of the contacts registry (content/contacts/*.yaml): a phone line,
 * email or office people can reach, written once. Pages, guides and the
 * printable card name a contact by `id`, so a number is corrected in one place
 * and every copy of it changes.
 */
import { z } from 'astro/zod';
import { prose, slugId } from './fields.ts';

/** A US number as dialled: "+1" and ten digits. */
const dialled = z.string().regex(/^\+1\d{10}$/, 'write the number to dial as +1 and ten digits, e.g. "+18554357693"');

const phoneLine = z
  .strictObject({
    /** As dialled, e.g. "+18554357693" (the tel: link). */
    dial: dialled,
    /** As printed, e.g. "1-855-435-7693" or "312-743-COPA (312-743-2672)"; must contain the dialled digits. */
    display: prose,
  })
  .superRefine((line, ctx) => {
    const digits = line.display.replace(/\D/g, '');
    const ten = line.dial.slice(2);
    if (!digits.includes(ten)) {
      ctx.addIssue({
        code: 'custom',
        path: ['display'],
        message: `"${line.display}" does not show the dialled number ${ten.replace(/(\d{3})(\d{3})(\d{4})/, '$1-$2-$3')}: the two must match`,
      });
    }
  });

export const contactSchema = z
  .strictObject({
    /** Stable identifier used by <Contact id="…"> and the card, e.g. "icirr-hotline". */
    id: slugId,
    /** Name in English, as the organization calls itself. */
    name: prose,
    phone: phoneLine.optional(),
    /** TTY line for deaf and hard-of-hearing callers, when there is one. */
    tty: phoneLine.optional(),
    email: z.email('must be an email address').optional(),
    /** Source registry id of the organization's web page, linked for readers. */
    web: slugId.optional(),
    /** Source registry id of the page we checked these details against; its check date is printed. */
    source: slugId,
    /** What it is for, in a few words, for lists where there is no room to explain (the printable card). */
    purpose: prose.refine((s) => s.length <= 90, 'keep the purpose under 90 characters: it is printed on the one-page card'),
    /** What a reader should know about how far we could check it (English). */
    caveat: prose.optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.phone && !c.email && !c.web) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'a contact needs a phone, an email or a web page' });
  });

/**
 * A contact's words in another language (content/<lang>/contacts.yaml, one entry per contact, by the same
 * id): name, purpose and caveat. Numbers, emails and sources are never translated. Official names stay in
 * English inside the translated name, e.g. "Línea de Apoyo Familiar de ICIRR (Family Support Hotline)".
 */
export const contactTranslationSchema = z.strictObject({
  id: slugId,
  name: prose,
  purpose: prose.refine((s) => s.length <= 110, 'keep the purpose under 110 characters: it is printed on the one-page card'),
  /** Required exactly when the English entry has a caveat (checked across files). */
  caveat: prose.optional(),
});

export type Contact = z.infer<typeof contactSchema>;
export type ContactTranslation = z.infer<typeof contactTranslationSchema>;
