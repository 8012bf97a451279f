/**
 * A contact's words in a language: English from the registry entry itself,
 * other languages from the entry's block for that language. Numbers, emails
 * and sources are never translated: they come from the one entry.
 */
import { DEFAULT_LANG } from './paths.ts';
import type { Contact } from '../schemas/contact.ts';

export interface ContactWords {
  name: string;
  purpose: string;
  caveat?: string;
}

/** The name, purpose and caveat of `contact` in `lang`; fails, naming the file, when that language has none. */
export function contactWords(contact: { id: string; filePath: string; data: Contact }, lang: string): ContactWords {
  if (lang === DEFAULT_LANG) return contact.data;
  const words = (contact.data as unknown as Record<string, ContactWords | undefined>)[lang];
  if (!words) throw new Error(`${contact.filePath} → ${contact.id}.${lang}: this contact has no words in "${lang}" (name and purpose)`);
  return words;
}
