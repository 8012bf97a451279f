/**
 * Provision references and the URL fragments derived from them.
 *
 * A *provision reference* ("at") is what a lawyer writes after a rule's own
 * citation to point at one part of it:
 *
 *   5 ILCS 805/15(e)        → at = "15(e)"
 *   MCC § 2-173-020(a)(4)   → at = "2-173-020(a)(4)"
 *   CPD S06-14-03, § III.B  → at = "III.B"
 *
 * Grammar:   at      = section *( "(" part ")" )
 *            section = 1*( letter / digit / "." / "-" ), starting with a letter or digit
 *            part    = 1*8( letter / digit )
 *
 * A provision may also be one *defined term* inside a section (definitions
 * sections are rarely lettered): at = "10", term = "civil immigration warrant".
 *
 * The fragment id ({@link provisionId}) is derived by one rule and is
 * PERMANENT once published: advocates and journalists paste these links.
 * Never change the output of this function for an input that is already in use;
 * the unit tests pin it.
 *
 *   15            → 15
 *   15(e)         → 15-e
 *   15(a)(1)(A)   → 15-a-1-A          (case is kept: (A) and (a) are different levels)
 *   2-173-020(a)(4) → 2-173-020-a-4
 *   III.B         → III-B
 *   10 + term "civil immigration warrant" → 10-civil-immigration-warrant
 */

export interface ProvisionRef {
  /** The section part, e.g. "15", "2-173-020", "III.B". */
  section: string;
  /** The parenthesised subdivisions in order, e.g. ["a", "1", "A"]. */
  parts: string[];
}

const SECTION = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;
const REF = /^([A-Za-z0-9][A-Za-z0-9.-]*?)((?:\([A-Za-z0-9]{1,8}\))*)$/;
const PART = /\(([A-Za-z0-9]{1,8})\)/g;

/** Parses a provision reference, or returns null when it is not well formed. */
export function parseProvisionRef(at: string): ProvisionRef | null {
  if (typeof at !== 'string' || at !== at.trim() || at.length === 0 || at.length > 64) return null;
  const match = REF.exec(at);
  if (!match) return null;
  const [, section, tail] = match;
  if (!SECTION.test(section) || /[.-]$/.test(section) || /[.-]{2}/.test(section)) return null;
  const parts = [...tail.matchAll(PART)].map((m) => m[1]);
  return { section, parts };
}

/** True when `at` is a well-formed provision reference. */
export function isProvisionRef(at: string): boolean {
  return parseProvisionRef(at) !== null;
}

/**
 * Lower-cases a defined term and turns it into a fragment-safe slug:
 * "Civil immigration warrant" → "civil-immigration-warrant".
 */
export function termSlug(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The permanent URL fragment id of a provision (see the module comment).
 * Throws on a malformed reference, naming it, so a typo can never produce a
 * silently different anchor.
 */
export function provisionId(at: string, term?: string): string {
  const ref = parseProvisionRef(at);
  if (!ref) throw new Error(`"${at}" is not a well-formed provision reference (expected e.g. 15, 15(e) or 2-173-020(a)(4))`);
  const base = [ref.section.replaceAll('.', '-'), ...ref.parts].join('-');
  if (term === undefined) return base;
  const slug = termSlug(term);
  if (!slug) throw new Error(`defined term "${term}" has no letters or digits to build an anchor from`);
  return `${base}-${slug}`;
}

/** The reference one level up: "15(a)(1)" → "15(a)"; a section has none. */
export function parentRef(at: string): string | null {
  const ref = parseProvisionRef(at);
  if (!ref || ref.parts.length === 0) return null;
  return (
    ref.section +
    ref.parts
      .slice(0, -1)
      .map((p) => `(${p})`)
      .join('')
  );
}

/**
 * The pinpoint of the provision one level up: a term sits under its section;
 * an explicit `parent` wins; otherwise the parentheses say it ("15(a)" → "15").
 */
export function parentOf(p: { at: string; term?: string; parent?: string }): string | null {
  if (p.term !== undefined) return p.at;
  return p.parent ?? parentRef(p.at);
}

/** How deep a reference is: a section is 0, "15(a)" is 1, "15(a)(1)" is 2. */
export function refDepth(at: string): number {
  const ref = parseProvisionRef(at);
  if (!ref) throw new Error(`"${at}" is not a well-formed provision reference`);
  return ref.parts.length;
}

/** The key that identifies a provision inside one rule: "15(e)" or "10|civil immigration warrant". */
export function provisionKey(at: string, term?: string): string {
  return term === undefined ? at : `${at}|${term.toLowerCase()}`;
}

/** The placeholder in a rule's `officialUrl` pattern (see src/schemas/rule.ts). */
export const SECTION_PLACEHOLDER = '{section}';

/**
 * The section a provision belongs to, as its official address names it: the
 * part of `at` before any parenthesis. "15(e)" → "15", "2-173-020(a)(4)" →
 * "2-173-020", "287.7(d)" → "287.7", "22-105" → "22-105".
 */
export function sectionOf(at: string): string {
  const ref = parseProvisionRef(at);
  if (!ref) throw new Error(`"${at}" is not a well-formed provision reference`);
  return ref.section;
}

/** True for an https address pattern with {section} exactly once and no other placeholder. */
export function isOfficialUrlPattern(pattern: string): boolean {
  if (pattern.split(SECTION_PLACEHOLDER).length !== 2) return false;
  const filled = pattern.replace(SECTION_PLACEHOLDER, '1');
  if (/[{}\s]/.test(filled)) return false;
  try {
    return new URL(filled).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The official address of a provision from its rule's pattern:
 * ("https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K{section}", "15(e)")
 * → "https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K15". Sections hold
 * only letters, digits, dots and hyphens, so they go into a URL as they are.
 */
export function officialUrlFor(pattern: string, at: string): string {
  return pattern.replace(SECTION_PLACEHOLDER, sectionOf(at));
}
