/**
 * Reads a citation the way people type it and reduces it to a canonical key:
 * which body of law ("family"), which instrument in it ("key"), and which
 * provision ("at"). It knows only citation syntax; which rule on the site a
 * key belongs to is decided by src/lib/citation-index.ts from the rules' own
 * frontmatter, so the citations printed on the site are the single source of
 * truth.
 *
 *   "5 ILCS 805/15(e)", "5 Ill. Comp. Stat. 805/15(e)", "805/15(e)"  → ilcs 5/805 · 15(e)
 *   "Chicago Municipal Code § 2-173-020(a)(4)", "MCC 2-173-020"       → mcc 2-173 · 2-173-020(a)(4)
 *   "Special Order S06-14-03", "S06-14-03"                           → cpd S06-14-03
 *   "P.A. 102-234", "Public Act 102-0234"                            → pa 102-234
 *   "8 U.S.C. § 1357(g)", "INA 287(g)", "287(g)"                     → usc 8 · 1357(g)
 *   "8 CFR 287.7(d)"                                                 → cfr 8 · 287.7(d)
 *   "Cook County Code 46-37(b)"                                      → cook 46 · 46-37(b)
 *   "Form I-247A"                                                    → form DHS · I-247A
 *   "Section 15 of the TRUST Act", "TRUST Act § 15"                  → named "trust act" · 15
 *
 * Anything else is null: a near miss must never resolve to the wrong rule.
 */

export type Family = 'ilcs' | 'mcc' | 'cpd' | 'pa' | 'usc' | 'cfr' | 'cook' | 'form' | 'named';

export interface ParsedCitation {
  family: Family;
  /** The instrument within the family: "5/805", "2-173", "S06-14-03", "102-234", "8", "46", "DHS", a name. */
  key: string;
  /** The provision, written the way the site writes it ("15(e)", "2-173-020(a)(4)"), if any. */
  at?: string;
}

/** Subdivisions in parentheses: "(a)(1)(A)". */
const SUBS = String.raw`(?:\s*\([A-Za-z0-9]{1,8}\))*`;
const SECTION_SIGN = String.raw`(?:§{1,2}|sec(?:tion)?s?\.?)?`;

function normalise(input: string): string {
  let text = input
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-') // dashes people paste from documents
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '') // invisible characters
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');
  // A trailing parenthetical with a space in it is a date, court or name, not a
  // subdivision: "(Mar. 25, 2020)", "(7th Cir. 2022)", "(Keep Illinois Families Together Act)".
  for (let i = 0; i < 2; i++) text = text.replace(/ \([^()]* [^()]*\)$/, '').replace(/ \((?:19|20)\d{2}\)$/, '');
  return text;
}

/** "(a) (1)" → "(a)(1)", and lower-case letters kept as typed. */
function tidySubs(subs: string): string {
  return subs.replace(/\s+/g, '');
}

const PATTERNS: { re: RegExp; build: (m: RegExpMatchArray) => ParsedCitation | null }[] = [
  // Illinois Compiled Statutes: "5 ILCS 805/15(e)", "5 Ill. Comp. Stat. 805/15", "5 ILCS 805".
  {
    re: new RegExp(String.raw`^(\d{1,3}) ?(?:ILCS|Ill\.? ?Comp\.? ?Stat\.?(?: Ann\.?)?) ?(\d{1,4})(?:/(\d+(?:-\d+)?(?:\.\d+)?)(${SUBS}))?(?: \(\d{4}\))?$`, 'i'),
    build: (m) => ({ family: 'ilcs', key: `${Number(m[1])}/${Number(m[2])}`, at: m[3] ? m[3] + tidySubs(m[4] ?? '') : undefined }),
  },
  // Short ILCS: "805/15(e)" (act/section, no chapter).
  {
    re: new RegExp(String.raw`^(\d{3,4})/(\d+(?:-\d+)?(?:\.\d+)?)(${SUBS})$`),
    build: (m) => ({ family: 'ilcs', key: `?/${Number(m[1])}`, at: m[2] + tidySubs(m[3] ?? '') }),
  },
  // Chicago Municipal Code: "Chicago Municipal Code § 2-173-020(a)(4)", "MCC 2-173-020", "2-173-020", "ch. 2-173".
  {
    re: new RegExp(
      String.raw`^(?:(?:the )?(?:chicago,? (?:ill\.?,? )?)?(?:municipal code(?: of chicago)?|mun\.? code|mcc)(?:,)? )?${SECTION_SIGN} ?((\d{1,2})-(\d{1,3})-(\d{3}))(${SUBS})$`,
      'i',
    ),
    build: (m) => ({ family: 'mcc', key: `${Number(m[2])}-${Number(m[3])}`, at: m[1] + tidySubs(m[5] ?? '') }),
  },
  {
    re: /^(?:(?:(?:the )?(?:chicago,? (?:ill\.?,? )?)?(?:municipal code(?: of chicago)?|mun\.? code|mcc),? (?:ch(?:apter|\.)? ?)?)|(?:ch(?:apter|\.)? ?))(\d{1,2})-(\d{1,3})$/i,
    build: (m) => ({ family: 'mcc', key: `${Number(m[1])}-${Number(m[2])}` }),
  },
  // CPD directives: "S06-14-03", "Special Order S06-14-03", "SO S06-14-03", "S06 14 03".
  {
    re: /^(?:(?:cpd|chicago police(?: department)?) )?(?:special order |so )?([SGU])(\d{2})[- ](\d{2})(?:[- ](\d{2}))?(?: \((?:19|20)\d{2}\))?(?:,? (?:item|§) ?([IVX]+(?:-[A-Z0-9]{1,3})*))?$/i,
    build: (m) => ({
      family: 'cpd',
      key: [`${m[1].toUpperCase()}${m[2]}`, m[3], m[4]].filter(Boolean).join('-'),
      at: m[5] ? m[5].toUpperCase() : undefined,
    }),
  },
  // Public Acts: "P.A. 102-234", "PA 102-0234", "Public Act 102-234", "Pub. Act 102-234".
  {
    re: new RegExp(String.raw`^(?:p\.? ?a\.?|public act|pub\.? ?act) ?(\d{2,3})-0*(\d{1,4})(?:,? ${SECTION_SIGN} ?(\d+(?:-\d+)?)(${SUBS}))?$`, 'i'),
    build: (m) => ({ family: 'pa', key: `${Number(m[1])}-${Number(m[2])}`, at: m[3] ? m[3] + tidySubs(m[4] ?? '') : undefined }),
  },
  // U.S. Code: "8 U.S.C. § 1357(g)", "8 USC 1357(g)(9)", "8 U.S.C. 1373".
  {
    re: new RegExp(String.raw`^(\d{1,2}) ?u\.? ?s\.? ?c\.?(?: ?a\.?)? ?${SECTION_SIGN} ?(\d{1,5}[a-z]?)(${SUBS})$`, 'i'),
    build: (m) => ({ family: 'usc', key: String(Number(m[1])), at: m[2] + tidySubs(m[3] ?? '') }),
  },
  // INA section 287(g) is 8 U.S.C. 1357(g): "287(g)", "INA 287(g)", "INA § 287(g)(1)", "287g".
  {
    re: new RegExp(String.raw`^(?:ina ?${SECTION_SIGN} ?|section )?287 ?\(?g\)?(${SUBS})$`, 'i'),
    build: (m) => ({ family: 'usc', key: '8', at: `1357(g)${tidySubs(m[1] ?? '')}` }),
  },
  // Code of Federal Regulations: "8 C.F.R. § 287.7(d)", "8 CFR 287.7".
  {
    re: new RegExp(String.raw`^(\d{1,2}) ?c\.? ?f\.? ?r\.? ?${SECTION_SIGN} ?(\d{1,4}\.\d{1,4})(${SUBS})$`, 'i'),
    build: (m) => ({ family: 'cfr', key: String(Number(m[1])), at: m[2] + tidySubs(m[3] ?? '') }),
  },
  // Cook County Code: "Cook County Code 46-37", "Cook County Code of Ordinances § 46-37(b)", "Sec. 46-37".
  {
    re: new RegExp(String.raw`^(?:cook county(?:, ill\.?,?)? code(?: of ordinances)?,? ${SECTION_SIGN} ?|sec(?:tion)?\.? )(\d{1,3})-(\d{1,3})(${SUBS})$`, 'i'),
    build: (m) => ({ family: 'cook', key: String(Number(m[1])), at: `${Number(m[1])}-${Number(m[2])}${tidySubs(m[3] ?? '')}` }),
  },
  // DHS forms: "I-247A", "Form I-200", "DHS Form I-205".
  {
    re: /^(?:(?:dhs |ice )?form )?(I)-?(\d{3})([A-Z])?$/i,
    build: (m) => ({ family: 'form', key: 'DHS', at: `I-${m[2]}${(m[3] ?? '').toUpperCase()}` }),
  },
  // A named act with a section: "Section 15 of the TRUST Act", "TRUST Act § 15(e)", "TRUST Act section 15".
  {
    re: new RegExp(String.raw`^(?:sec(?:tion)?\.?|§) ?(\d+(?:-\d+)*)(${SUBS}) of (?:the )?(.+?)$`, 'i'),
    build: (m) => ({ family: 'named', key: nameKey(m[3]), at: m[1] + tidySubs(m[2] ?? '') }),
  },
  {
    re: new RegExp(String.raw`^(?:the )?(.+?),? (?:§|sec(?:tion)?\.?) ?(\d+(?:-\d+)*)(${SUBS})$`, 'i'),
    build: (m) => (/\d/.test(m[1]) ? null : { family: 'named', key: nameKey(m[1]), at: m[2] + tidySubs(m[3] ?? '') }),
  },
];

/** A name reduced for comparison: "the Illinois TRUST Act" → "illinois trust act". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Bare number pairs are ambiguous: "46-37" is a Cook County section, "102-234" a Public Act. */
const BARE_PAIR = new RegExp(String.raw`^(\d{1,3})-(\d{1,4})(${SUBS})$`);

/**
 * Every reading of a citation, most specific first. Usually one; a bare number
 * pair gives two (Cook County section, Public Act). Empty when the text is not
 * a citation at all.
 */
export function parseCitationCandidates(input: string, options: { guess?: boolean } = {}): ParsedCitation[] {
  const guess = options.guess ?? true;
  if (typeof input !== 'string' || input.length > 200) return [];
  const text = normalise(input);
  if (!text) return [];
  for (const { re, build } of PATTERNS) {
    const m = text.match(re);
    if (m) {
      const parsed = build(m);
      if (parsed) return [parsed];
    }
  }
  // Past this point the text has no citation syntax of its own: readings are guesses.
  if (!guess) return [];
  const pair = text.match(BARE_PAIR);
  if (pair) {
    const candidates: ParsedCitation[] = [
      { family: 'cook', key: String(Number(pair[1])), at: `${Number(pair[1])}-${Number(pair[2])}${tidySubs(pair[3] ?? '')}` },
    ];
    if (!pair[3]) candidates.push({ family: 'pa', key: `${Number(pair[1])}-${Number(pair[2])}` });
    return candidates;
  }
  // Otherwise it may be a name: "TRUST Act", "Welcoming City Ordinance".
  const name = nameKey(text);
  return /[a-z]{2}/.test(name) ? [{ family: 'named', key: name }] : [];
}

/** The first reading of a citation, or null if it is not a citation this site understands. */
export function parseCitation(input: string): ParsedCitation | null {
  return parseCitationCandidates(input)[0] ?? null;
}
