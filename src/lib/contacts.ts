/**
 * A contact's words in a language: English from the registry entry itself,
 * other languages from content/<lang>/contacts.yaml (loaded into `words`).
 * Numbers, emails and sources are never translated: they come from the one entry.
 */
import type { Contact } from '../schemas/contact.ts';

export interface ContactWords {
  name: string;
  purpose: string;
  caveat?: string;
}

/** The name, purpose and caveat of `contact` in `lang`; fails, naming the file, when that language has none. */
export function contactWords(contact: { id: string; filePath: string; data: Contact; words: Map<string, ContactWords> }, lang: string): ContactWords {
  const words = contact.words.get(lang);
  if (!words)
    throw new Error(`content/${lang}/contacts.yaml → ${contact.id}: this contact has no words in "${lang}" (name and purpose; English: ${contact.filePath})`);
  return words;
}
