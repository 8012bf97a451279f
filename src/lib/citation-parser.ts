/**
 * Reads a citation the way people write it and reduces it to a canonical key:
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
 *   "SB 667", "Senate Bill 667", "SB0667", "10200SB0667"             → bill SB667 (GA 102)
 *   "8 U.S.C. § 1357(g)", "INA 287(g)", "287(g)"                     → usc 8 · 1357(g)
 *   "Section 1357(g) of Title 8 of the United States Code"           → usc 8 · 1357(g)
 *   "8 CFR 287.7(d)"                                                 → cfr 8 · 287.7(d)
 *   "Cook County Code 46-37(b)"                                      → cook 46 · 46-37(b)
 *   "Ordinance 11-O-73", "O2021-117", "Executive Order 2026-01"      → ordinance, record, eo
 *   "No. 21-3334", "No. 1:25-cv-01285", "44 F.4th 581"               → docket, reporter
 *   "Form I-247A"                                                    → form DHS · I-247A
 *   "Section 15 of the TRUST Act", "TRUST Act § 15"                  → named "trust act" · 15
 *
 * The same recognisers serve two purposes: {@link parseCitationCandidates}
 * reads one whole string (anchored), and src/lib/citation-scan.ts finds every
 * citation in a paragraph (global). Anything else is null: a near miss must
 * never resolve to the wrong rule.
 */

export type Family =
  | 'ilcs'
  | 'mcc'
  | 'cpd'
  | 'cpdform'
  | 'pa'
  | 'bill'
  | 'usc'
  | 'ina'
  | 'cfr'
  | 'cook'
  | 'ordinance'
  | 'record'
  | 'eo'
  | 'docket'
  | 'reporter'
  | 'form'
  | 'named';

export interface ParsedCitation {
  family: Family;
  /** The instrument within the family: "5/805", "2-173", "S06-14-03", "102-234", "SB667", "8", "46", "DHS", a name. */
  key: string;
  /** The provision, written the way the site writes it ("15(e)", "2-173-020(a)(4)"), if any. */
  at?: string;
  /** For a bill number: the General Assembly, when the text says it ("10200SB0667", "SB 667 (2021)"). */
  ga?: number;
}

/** A reading with where it sits inside the matched text (list items have their own span). */
export interface Reading extends ParsedCitation {
  /** Offsets relative to the start of the match; the whole match when absent. */
  span?: [number, number];
}

/**
 * "syntax": the text is a citation whatever it cites (a paragraph scan reports
 * it, as "not covered" if the site lacks it). "guess": a bare number that is a
 * citation only if it names something the site has ("2-173-062", "§ 1373").
 */
export type Confidence = 'syntax' | 'guess';

export interface Recogniser {
  id: string;
  /** Regular expression source, not anchored. Compiled case-insensitive unless `caseSensitive`. */
  source: string;
  caseSensitive?: boolean;
  /** Used when reading one whole string (default true). */
  anchored?: boolean;
  /** Used when scanning a paragraph (default true). */
  scan?: boolean;
  confidence: Confidence | ((m: RegExpExecArray) => Confidence);
  /** Readings from a match (made with the `d` flag, so group offsets are known); null when it is not a citation after all. */
  build(m: RegExpExecArray): Reading[] | null;
}

// ---------------------------------------------------------------------------
// Text normalisation

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/;

/**
 * One character of pasted text as the parser reads it: compatibility forms
 * folded (full-width "５ ＩＬＣＳ" → "5 ILCS"), dashes unified, invisible
 * characters dropped, every kind of space and line break a space.
 */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) ? ' ' : ch;
  if (INVISIBLE.test(ch)) return '';
  return ch.normalize('NFKC').replace(DASHES, '-').replace(/\s/g, ' ');
}

const WRAPS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
  ['«', '»'],
];

function normalise(input: string): string {
  let text = [...input].map(foldChar).join('').replace(/ +/g, ' ').trim();
  // "(5 ILCS 805/10)", "“Welcoming City Ordinance”": a whole string in brackets or quotes.
  for (let again = true; again;) {
    again = false;
    text = text.replace(/[.,;:]+$/, '');
    for (const [open, close] of WRAPS) {
      if (text.length > 2 && text.startsWith(open) && text.endsWith(close) && !text.slice(1, -1).includes(close)) {
        text = text.slice(1, -1).trim();
        again = true;
      }
    }
  }
  // A trailing parenthetical with a space in it is a date, court or name, not a
  // subdivision: "(Mar. 25, 2020)", "(7th Cir. 2022)", "(Keep Illinois Families Together Act)".
  // A parenthetical that is itself a citation ("The Illinois VOICES ACT. (5 ILCS 825/1)") stays, and so does
  // the year of a bill ("SB 667 (2021)" is the 102nd General Assembly's bill).
  const citationLike = /ILCS|U\.? ?S\.? ?C|C\.? ?F\.? ?R|§|\d-\d|\d\/\d/;
  const isBill = /^(?:(?:H|S)\.? ?B\.?|House Bill|Senate Bill)[ -]?\d/i.test(text);
  for (let i = 0; i < 2; i++) {
    const tail = text.match(/ \(([^()]* [^()]*)\)$/);
    if (tail && !citationLike.test(tail[1]) && !(isBill && /General Assembly/i.test(tail[1]))) text = text.slice(0, tail.index);
    if (!isBill) text = text.replace(/ \((?:19|20)\d{2}\)$/, '');
  }
  return text.replace(/[.,;:]+$/, '');
}

/** "(a) (1)" → "(a)(1)". */
function tidySubs(subs: string | undefined): string {
  return (subs ?? '').replace(/\s+/g, '');
}

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

// ---------------------------------------------------------------------------
// Building blocks

/** One subdivision in parentheses: "(a)", "(1)", "(A)", "(iii)", "(IV)"; never a year such as "(2024)". */
const PART = String.raw`\((?:\d{1,3}[a-z]?|[a-z]{1,4}|[A-Z]|[IVX]{2,4})\)`;
/** Subdivisions in parentheses: "(a)(1)(A)", "(a) (1)". */
const SUBS = String.raw`(?: ?${PART})*`;
const LIST_SEP = String.raw`(?:, ?(?:and |or )?| (?:and|or|&) )`;
/** A section of an Illinois act: "15", "22-105", "10-15", "6-110.3", "7A-1". */
const ILCS_SEC = String.raw`\d+[A-Za-z]?(?:[-.]\d+[A-Za-z]?)*`;
const SECTION_WORD = String.raw`(?:§§?|sec(?:tion)?s?\.?)`;
/** After a further item of a list: not the title number of the next citation ("1226 or 8 U.S.C. 1357"). */
const ITEM_STOP = String.raw`(?!\d| ?(?:U\.? ?S|C\.? ?F\.? ?R|ILCS|Ill\.|Stat\.))`;

/**
 * An item of a CPD directive: a Roman numeral ("III-A", "IV-G-5", "V-D-1-a") or, in directives
 * lettered that way, a letter ("G-1", "F-2-a" in S02-06), then its sub-items.
 */
const DIRECTIVE_ITEM = String.raw`(?:[IVX]+|[A-Z])(?:-[A-Z0-9]{1,3})*`;
const GA_NAMES = String.raw`(\d{2,3})(?:st|nd|rd|th) General Assembly`;

function gaOfYear(year: number): number {
  return Math.floor((year - 1817) / 2);
}

/** Offset of group `i` relative to the match start, from a `d`-flag match. */
function groupSpan(m: RegExpExecArray, i: number): [number, number] | undefined {
  const idx = m.indices?.[i];
  return idx ? [idx[0] - m.index, idx[1] - m.index] : undefined;
}

/** Items of a list such as "1226 or 1357(g)" with their offsets inside the list text. */
function listItems(list: string, item: RegExp): { text: string; index: number }[] {
  const re = new RegExp(item.source, 'g');
  return [...list.matchAll(re)].map((x) => ({ text: x[0], index: x.index ?? 0 }));
}

function splitSubs(text: string): { head: string; subs: string } {
  const i = text.indexOf('(');
  return i < 0 ? { head: text.trim(), subs: '' } : { head: text.slice(0, i).trim(), subs: tidySubs(text.slice(i)) };
}

/** Readings for a list of sections under one instrument, each with its own span. */
function listReadings(m: RegExpExecArray, group: number, item: RegExp, make: (head: string, subs: string) => ParsedCitation | null): Reading[] | null {
  const list = m[group];
  const start = groupSpan(m, group)?.[0] ?? 0;
  const items = listItems(list, item);
  const out: Reading[] = [];
  for (const it of items) {
    const { head, subs } = splitSubs(it.text);
    const r = make(head, subs);
    if (r) out.push(items.length > 1 ? { ...r, span: [start + it.index, start + it.index + it.text.length] } : r);
  }
  return out.length ? out : null;
}

// ---------------------------------------------------------------------------
// The recognisers, most specific first. Order matters when reading one string
// (the first that matches wins) and breaks ties when scanning.

const ILCS_NAME = String.raw`(?:ILCS|Ill\.? ?Comp\.? ?Stat\.?(?: ?Ann\.?)?)`;
const USC_NAME = String.raw`(?:U\.? ?S\.? ?C(?:ode)?\.?(?: ?A\.?)?|U\.S\. Code|United States Code)`;
const CFR_NAME = String.raw`(?:C\.? ?F\.? ?R\.?)`;
/** ", of the Municipal Code of Chicago" after a section or chapter. */
const OF_MCC = String.raw`(?:,? of (?:the )?(?:City of Chicago )?(?:Municipal Code(?: of Chicago)?|Chicago Municipal Code)(?: \(MCC\))?)?`;
const MCC_NAME = String.raw`(?:(?:the )?(?:City of )?Chicago,? (?:Ill\.?,? )?)?(?:Municipal Code(?: of Chicago)?|Mun\.? ?Code(?: of Chicago)?|MCC|C[oó]digo Municipal(?: de Chicago)?)`;

export const RECOGNISERS: Recogniser[] = [
  // Illinois Compiled Statutes: "5 ILCS 805/15(e)", "5 Ill. Comp. Stat. 805/15", "5 ILCS 805", "(5 ILCS 805/)",
  // "5 ILCS 805/Act rep.", and a court's "5 ILCS 805 5/15(g)" (chapter repeated before the slash).
  {
    id: 'ilcs',
    source: String.raw`(\d{1,3}) ?${ILCS_NAME} ?(\d{1,4})(?: \1(?=\/))?(?: ?\/ ?(?:(${ILCS_SEC})(${SUBS})((?:${LIST_SEP}(?:${PART})+)+)?|(Act)(?: rep\.?)?)?)?(?! ?\/ ?\d)`,
    confidence: 'syntax',
    build: (m) => {
      const key = `${Number(m[1])}/${Number(m[2])}`;
      if (!m[3]) return [{ family: 'ilcs', key }];
      const first: Reading = { family: 'ilcs', key, at: m[3] + tidySubs(m[4]) };
      if (!m[5]) return [first];
      // "15(g)(1), (2)": each further item replaces the last level(s) of the first.
      const out: Reading[] = [{ ...first, span: [0, (groupSpan(m, 4) ?? groupSpan(m, 3) ?? [0, m[0].length])[1]] }];
      const base = m[3] + tidySubs(m[4]);
      const parts = [...base.matchAll(/\(([^)]+)\)/g)].map((x) => x[1]);
      const more = [...m[5].matchAll(new RegExp(`(?:${PART})+`, 'g'))];
      const listStart = groupSpan(m, 5)?.[0] ?? 0;
      for (const x of more) {
        const extra = [...x[0].matchAll(/\(([^)]+)\)/g)].map((y) => y[1]);
        const kept = parts.slice(0, Math.max(0, parts.length - extra.length));
        out.push({
          family: 'ilcs',
          key,
          at: m[3] + [...kept, ...extra].map((p) => `(${p})`).join(''),
          span: [listStart + (x.index ?? 0), listStart + (x.index ?? 0) + x[0].length],
        });
      }
      return out;
    },
  },
  // Short ILCS: "805/15(e)" (act/section, no chapter).
  {
    id: 'ilcs-short',
    source: String.raw`(\d{3,4})\/(${ILCS_SEC})(${SUBS})`,
    confidence: 'guess',
    build: (m) => [{ family: 'ilcs', key: `?/${Number(m[1])}`, at: m[2] + tidySubs(m[3]) }],
  },
  // U.S. Code, long form: "Section 1357(g) of Title 8 of the United States Code", "Sections 1226 or 1357 of Title 8 …".
  {
    id: 'usc-long',
    source: String.raw`Sec(?:tion)?s?\.? ((?:\d{1,5}[a-z]?${SUBS})(?:${LIST_SEP}\d{1,5}[a-z]?${ITEM_STOP}${SUBS})*),? (?:of )?Title (\d{1,2}),? (?:of )?(?:the )?${USC_NAME}`,
    confidence: 'syntax',
    build: (m) => listReadings(m, 1, new RegExp(`\\d{1,5}[a-z]?${SUBS}`), (head, subs) => ({ family: 'usc', key: String(Number(m[2])), at: head + subs })),
  },
  // "Title 8, United States Code, Section 1357(g)".
  {
    id: 'usc-title',
    source: String.raw`Title (\d{1,2}),? (?:of )?(?:the )?${USC_NAME},? ${SECTION_WORD} ?(\d{1,5}[a-z]?)(${SUBS})`,
    confidence: 'syntax',
    build: (m) => [{ family: 'usc', key: String(Number(m[1])), at: m[2] + tidySubs(m[3]) }],
  },
  // U.S. Code: "8 U.S.C. § 1357(g)", "8 USC 1357(g)(9)", "8 U.S. Code § 1373", "18 United States Code Sections 921",
  // "8 U.S.C. §§ 1357(g), 1373".
  {
    id: 'usc',
    source: String.raw`(\d{1,2}) ?${USC_NAME},? ?(?:${SECTION_WORD} ?)?((?:\d{1,5}[a-z]?${SUBS})(?:${LIST_SEP}(?:${SECTION_WORD} ?)?\d{1,5}[a-z]?${ITEM_STOP}${SUBS})*)`,
    confidence: 'syntax',
    build: (m) => listReadings(m, 2, new RegExp(`\\d{1,5}[a-z]?${SUBS}`), (head, subs) => ({ family: 'usc', key: String(Number(m[1])), at: head + subs })),
  },
  // Code of Federal Regulations, long form: "Sections 287.7 or 236.1 of Title 8 of the Code of Federal Regulations".
  {
    id: 'cfr-long',
    source: String.raw`Sec(?:tion)?s?\.? ((?:\d{1,4}\.\d{1,4}${SUBS})(?:${LIST_SEP}\d{1,4}\.\d{1,4}${ITEM_STOP}${SUBS})*),? (?:of )?Title (\d{1,2}),? (?:of )?(?:the )?Code of Federal Regulations`,
    confidence: 'syntax',
    build: (m) => listReadings(m, 1, new RegExp(`\\d{1,4}\\.\\d{1,4}${SUBS}`), (head, subs) => ({ family: 'cfr', key: String(Number(m[2])), at: head + subs })),
  },
  // Code of Federal Regulations: "8 C.F.R. § 287.7(d)", "8 CFR 287.7", "8 C.F.R. §287.7(d)", "8 CFR Part 287".
  {
    id: 'cfr',
    source: String.raw`(\d{1,2}) ?${CFR_NAME} ?(?:(?:Part|pt\.) ?(\d{1,4})(?![.\d])|(?:${SECTION_WORD} ?)?((?:\d{1,4}\.\d{1,4}${SUBS})(?:${LIST_SEP}(?:${SECTION_WORD} ?)?\d{1,4}\.\d{1,4}${ITEM_STOP}${SUBS})*))`,
    confidence: 'syntax',
    build: (m) =>
      m[2]
        ? [{ family: 'cfr', key: String(Number(m[1])), at: `part ${Number(m[2])}` }]
        : listReadings(m, 3, new RegExp(`\\d{1,4}\\.\\d{1,4}${SUBS}`), (head, subs) => ({ family: 'cfr', key: String(Number(m[1])), at: head + subs })),
  },
  // Immigration and Nationality Act: "INA § 287(g)", "INA 287(d)", "section 287(g) of the Immigration and Nationality Act".
  // INA 287 is 8 U.S.C. 1357; other INA sections are not mapped (and so are not covered).
  {
    id: 'ina',
    source: String.raw`(?:INA|I\.N\.A\.|Immigration and Nationality Act)\)?,? ?(?:la )?(?:${SECTION_WORD} ?)?(\d{3}) ?(\([a-z]\))(${SUBS})`,
    confidence: 'syntax',
    build: (m) =>
      m[1] === '287'
        ? [{ family: 'usc', key: '8', at: `1357${m[2].toLowerCase()}${tidySubs(m[3])}` }]
        : [{ family: 'ina', key: 'INA', at: `${m[1]}${m[2]}${tidySubs(m[3])}` }],
  },
  // "287(g)", "287g", "287 (g)", "§287(g)", "Section 287(g) of the Immigration and Nationality Act", "第287条(g)".
  {
    id: 'ina-287g',
    source: String.raw`(?:(?:INA|Section|Sec\.|§|第) ?)?287 ?(?:条|條)?(?:\( ?g ?\)(${SUBS})|g(?![a-z]))(?: of the (?:Immigration and Nationality Act|INA)\b)?`,
    confidence: 'syntax',
    build: (m) => [{ family: 'usc', key: '8', at: `1357(g)${tidySubs(m[1])}` }],
  },
  // Chicago Municipal Code section: "Chicago Municipal Code § 2-173-020(a)(4)", "MCC 2-173-020", "2-173-020",
  // "Section 2-173-020(c) of Chapter 2-173 of the Municipal Code of Chicago", "MCC §2-56-030(k)".
  {
    id: 'mcc',
    source: String.raw`(${MCC_NAME},? ?(?:ch(?:apter|\.)? ?\d{1,2}-\d{1,3},? )?(?:${SECTION_WORD} ?)?|${SECTION_WORD} ?)?((\d{1,2})-(\d{1,3})-(\d{3}))(?![\d-])(${SUBS})(?: of (?:Chapter|Ch\.) \d{1,2}-\d{1,3})?${OF_MCC}`,
    confidence: (m) => (m[1] ? 'syntax' : 'guess'),
    build: (m) => [{ family: 'mcc', key: `${Number(m[3])}-${Number(m[4])}`, at: m[2] + tidySubs(m[6]) }],
  },
  // Chicago Municipal Code chapter: "Chapter 2-173", "Chicago Municipal Code ch. 2-173", "MCC 2-173", "MCC § 2-56",
  // "Title 2-173 of the Municipal Code of Chicago" (CPD's word), "Municipal Code of Chicago Chapter 2-40".
  {
    id: 'mcc-chapter',
    source: String.raw`(?:${MCC_NAME},? ?(?:§ ?|ch(?:apter|\.)? ?)?|(?:Chapter|Ch\.|Title|Cap[ií]tulo) ?)(\d{1,2})-(\d{1,3})(?![\d-])${OF_MCC}`,
    confidence: 'syntax',
    build: (m) => [{ family: 'mcc', key: `${Number(m[1])}-${Number(m[2])}` }],
  },
  // A council record's topic line: "Title 2 - City Government & Administration - Ch. 173 Actions Related to …".
  {
    id: 'mcc-title-chapter',
    source: String.raw`Title (\d{1,2}) - [A-Za-z ,&.'-]{3,60}? - Ch\. (\d{1,3})(?![\d-])`,
    confidence: 'syntax',
    build: (m) => [{ family: 'mcc', key: `${Number(m[1])}-${Number(m[2])}` }],
  },
  // CPD forms: "CPD-31.110".
  {
    id: 'cpdform',
    source: String.raw`CPD-(\d{1,2}\.\d{2,3})`,
    confidence: 'syntax',
    build: (m) => [{ family: 'cpdform', key: m[1] }],
  },
  // CPD directives: "S06-14-03", "Special Order S06-14-03", "SO S06-14-03", "CPD S06-14-03 (2020), Item III-A",
  // "S02-06 Item G-1", "Orden Especial S02-06".
  {
    id: 'cpd',
    source: String.raw`(?:(?:CPD|Chicago Police(?: Department)?) ?)?(?:(?:Special|General|Uniform and Property|Employee Resource|Department Notice) Order |Orden Especial |SO )?([SGUE])(\d{2})-(\d{2})(?:-(\d{2}))?(?![\d-])(?: ?\((?:19|20)\d{2}\))?(?:,? ?(?:Item|§) ?(${DIRECTIVE_ITEM})(?![\w-]))?`,
    confidence: 'syntax',
    build: (m) => [
      {
        family: 'cpd',
        key: [`${m[1].toUpperCase()}${m[2]}`, m[3], m[4]].filter(Boolean).join('-'),
        ...(m[5] ? { at: m[5].toUpperCase() } : {}),
      },
    ],
  },
  // The same with spaces, as people type it in a search box: "S06 14 03", "s06 14 03" (whole strings only).
  {
    id: 'cpd-spaced',
    scan: false,
    source: String.raw`(?:(?:CPD|Chicago Police(?: Department)?) )?(?:Special Order |SO )?([SGUE])(\d{2}) (\d{2})(?: (\d{2}))?(?: \((?:19|20)\d{2}\))?(?:,? (?:item|§) ?(${DIRECTIVE_ITEM}))?`,
    confidence: 'syntax',
    build: (m) => [{ family: 'cpd', key: [`${m[1].toUpperCase()}${m[2]}`, m[3], m[4]].filter(Boolean).join('-'), ...(m[5] ? { at: m[5].toUpperCase() } : {}) }],
  },
  // Public Acts in a page header: "Public Act 0440 104TH GENERAL ASSEMBLY".
  {
    id: 'pa-header',
    source: String.raw`Public Act (\d{4}) ${GA_NAMES}`,
    confidence: 'syntax',
    build: (m) => [{ family: 'pa', key: `${Number(m[2])}-${Number(m[1])}` }],
  },
  // Public Acts: "P.A. 102-234", "PA 102-0234", "Public Act 102-234", "Pub. Act 101-19", "Public Act . . . 101-0019",
  // "Ley Pública 104-440", "P.A. 101-19, § 5(b)".
  {
    id: 'pa',
    source: String.raw`(?:P\. ?A\.|PA|Public Acts?|Pub\. ?Act|Ley P[úu]blica)[ .]{0,40}?(\d{2,3})-0*(\d{1,4})(?![\d-])(?:,? ?${SECTION_WORD} ?(\d+(?:-\d+)?)(${SUBS}))?`,
    confidence: 'syntax',
    build: (m) => [{ family: 'pa', key: `${Number(m[1])}-${Number(m[2])}`, ...(m[3] ? { at: m[3] + tidySubs(m[4]) } : {}) }],
  },
  // Later Public Acts in an ILCS source note: "(Source: P.A. 101-20, eff. 6-21-19; 102-558, eff. 8-20-21.)".
  {
    id: 'pa-source-note',
    anchored: false,
    source: String.raw`(?<=Source: [^)]{0,300}?; ?)(\d{2,3})-0*(\d{1,4})(?=, ?eff\.)`,
    confidence: 'syntax',
    build: (m) => [{ family: 'pa', key: `${Number(m[1])}-${Number(m[2])}` }],
  },
  // Bill numbers in the General Assembly's file names: "10200SB0667", "10100HB1637ham002", "10400HB1312sam002".
  {
    id: 'bill-lrb',
    source: String.raw`(\d{3})\d{2}(HB|SB)(\d{4})(?:[hs](?:am|fa|ca)\d{3}|eng|enr|lv)?`,
    confidence: 'syntax',
    build: (m) => [{ family: 'bill', key: `${m[2].toUpperCase()}${Number(m[3])}`, ga: Number(m[1]) }],
  },
  // Bill numbers: "SB 667", "S.B. 667", "SB0667", "SB-31", "Senate Bill 667", "House Bill 1312", "HB 1312 (2025)",
  // "SB 34 (100th General Assembly)", "Bill Status of SB0667  102nd General Assembly", "HB3247 - 104th General Assembly".
  {
    id: 'bill',
    source: String.raw`(?:(H|S)\.? ?B\.?|(House|Senate) Bill)(?: No\.)?[ -]?0*(\d{1,4})(?![\d.-]\d)(?:(?: ?\(| {1,3}(?:- )?)(?:${GA_NAMES}|((?:19|20)\d{2}))\)?)?`,
    confidence: 'syntax',
    build: (m) => {
      const chamber = (m[1] ?? m[2]).charAt(0).toUpperCase();
      const ga = m[4] ? Number(m[4]) : m[5] ? gaOfYear(Number(m[5])) : undefined;
      return [{ family: 'bill', key: `${chamber}B${Number(m[3])}`, ...(ga ? { ga } : {}) }];
    },
  },
  // Executive orders: "Executive Order 2026-01", "EO 2026-01", "Exec. Order No. 2026-01", "Orden Ejecutiva 2026-01";
  // a presidential "Executive Order 14,159" is an order the site does not cover.
  {
    id: 'eo',
    source: String.raw`(?:(?:Chi(?:cago|\.),? (?:Ill\.,? )?)?(?:Executive Order|Exec\.? ?Order|E\.? ?O\.?)|Orden Ejecutiva)(?: No\.?| Number| #)? ?(?:(\d{4})-(\d{1,3})(?![\d-])|(\d{2},?\d{3})(?![\d,]))`,
    confidence: 'syntax',
    build: (m) => [{ family: 'eo', key: m[1] ? `${m[1]}-${Number(m[2])}` : `us-${m[3].replace(',', '')}` }],
  },
  // Cook County ordinance and resolution numbers: "11-O-73", "Ordinance 11-O-73", "07-R-240".
  {
    id: 'cook-ordinance',
    source: String.raw`(?:(?:Cook County )?(?:Ord(?:inance)?\.?|Res(?:olution)?\.?)(?: No\.)? )?(\d{2})-([OR])-(\d{1,4})(?![\d-])`,
    confidence: 'syntax',
    build: (m) => [{ family: 'ordinance', key: `${m[1]}-${m[2].toUpperCase()}-${Number(m[3])}` }],
  },
  // Chicago City Council records: "O2021-117", "SO2019-8517", "Or2022-386", "O2023-0004222", "Record #: O2021-117".
  {
    id: 'record',
    source: String.raw`(SO|SR|Or|O|R|F|A)((?:19|20)\d{2})-(\d{1,7})(?![\d-])`,
    caseSensitive: true,
    confidence: 'syntax',
    build: (m) => [{ family: 'record', key: `${m[1].toUpperCase()}${m[2]}-${Number(m[3])}` }],
  },
  // Federal district court dockets: "No. 1:25-cv-01285", "01:25-cv-01285", "25-cv-1285", "3:21-cv-50341", "Case No. 21 C 50341".
  {
    id: 'docket-district',
    source: String.raw`(?:(?:Case )?No\. ?|Case: ?|Docket(?: No\.| Number)? ?)?(?:(?:\d{1,2}):)?(\d{2})-(?:cv|cr|mc)-(\d{2,6})(?![\d-])(?:-[A-Z]{2,4})?|(?:Case )?No\. ?(\d{2}) ?(?:C|CR) ?(\d{3,6})(?!\d)`,
    confidence: 'syntax',
    build: (m) => [{ family: 'docket', key: `d:${Number(m[1] ?? m[3])}-${Number(m[2] ?? m[4])}` }],
  },
  // Federal appellate dockets: "No. 21-3334", "Nos. 21-3334", "Docket Number21-3334".
  {
    id: 'docket-appeal',
    source: String.raw`(?:Nos?\.|Docket(?: No\.| Number)?|Appeal No\.) ?(\d{2})-(\d{3,5})(?![\d-])`,
    confidence: 'syntax',
    build: (m) => [{ family: 'docket', key: `a:${Number(m[1])}-${Number(m[2])}` }],
  },
  // Illinois circuit court case numbers: "2019CH81", "2019 L 000123".
  {
    id: 'docket-state',
    source: String.raw`((?:19|20)\d{2}) ?(CH|MR|CV|CR|DV|OP|L|M) ?(\d{1,7})(?!\d)`,
    caseSensitive: true,
    confidence: 'syntax',
    build: (m) => [{ family: 'docket', key: `st:${m[1]}-${m[2]}-${Number(m[3])}` }],
  },
  // Law reports: "44 F.4th 581", "574 F. Supp. 3d 571", "493 U.S. 455", "110 S.Ct. 792", "90 Fed. Reg. 8327".
  {
    id: 'reporter',
    source: String.raw`(\d{1,3}) (U\. ?S\.|S\. ?Ct\.|L\. ?Ed\.(?: ?2d)?|F\.(?: ?(?:2d|3d|4th))?|F\. ?Supp\.(?: ?(?:2d|3d))?|F\. ?App'x|Ill\.(?: ?App\.)?(?: ?(?:2d|3d))?|Ill\. ?Dec\.|N\.E\.(?: ?(?:2d|3d))?|Fed\. ?Reg\.|Stat\.) (\d{1,5})(?!\d)`,
    confidence: 'syntax',
    build: (m) => [{ family: 'reporter', key: `${Number(m[1])} ${m[2].replace(/[\s.']/g, '').toLowerCase()} ${Number(m[3])}` }],
  },
  // Cook County Code: "Cook County Code 46-37", "Cook County Code of Ordinances § 46-37(b)",
  // "Cook County, Ill., Code of Ordinances § 46-37", "Código del Condado de Cook 46-37".
  {
    id: 'cook',
    source: String.raw`(?:Cook County(?:, ?Ill\.?,?)? Code(?: of Ordinances)?|C[oó]digo del Condado de Cook),? ?(?:${SECTION_WORD} ?)?(\d{1,3})-(\d{1,3})(?![\d-])(${SUBS})`,
    confidence: 'syntax',
    build: (m) => [{ family: 'cook', key: String(Number(m[1])), at: `${Number(m[1])}-${Number(m[2])}${tidySubs(m[3])}` }],
  },
  // "Sec. 46-37", "Section 46-37(d)": a Cook County section only if the site has it.
  {
    id: 'cook-sec',
    source: String.raw`Sec(?:tion)?\.? ?(\d{1,3})-(\d{1,3})(?![\d-])(${SUBS})`,
    confidence: 'guess',
    build: (m) => [{ family: 'cook', key: String(Number(m[1])), at: `${Number(m[1])}-${Number(m[2])}${tidySubs(m[3])}` }],
  },
  // DHS forms: "Form I-247A", "DHS Form I-200", "Formulario I-200" (certainly a form), and a bare "I-247A"
  // (a form only if the site has it: "I-290" is also a highway).
  {
    id: 'form',
    source: String.raw`(?:(?:DHS|ICE|USCIS|INS) )?(?:Forms?|Formulario) ?I-?(\d{3})([A-Z])?(?![\dA-Za-z])`,
    confidence: 'syntax',
    build: (m) => [{ family: 'form', key: 'DHS', at: `I-${m[1]}${(m[2] ?? '').toUpperCase()}` }],
  },
  {
    id: 'form-bare',
    source: String.raw`(?:DHS )?I-?(\d{3})([A-Z])?(?![\dA-Za-z])`,
    confidence: 'guess',
    build: (m) => [{ family: 'form', key: 'DHS', at: `I-${m[1]}${(m[2] ?? '').toUpperCase()}` }],
  },
  // A bare federal section: "§ 1373", "Section 1373(a)" (U.S. Code, only if the site has that section) and
  // "§ 287.7", "Sec. 287.7" (C.F.R., likewise).
  {
    id: 'usc-bare',
    source: String.raw`(?:§ ?|Section )(\d{4}[a-z]?)(${SUBS})`,
    confidence: 'guess',
    build: (m) => [{ family: 'usc', key: '?', at: m[1] + tidySubs(m[2]) }],
  },
  {
    id: 'cfr-bare',
    source: String.raw`(?:§ ?|Sec(?:tion)?\.? )(\d{3}\.\d{1,2})(${SUBS})`,
    confidence: 'guess',
    build: (m) => [{ family: 'cfr', key: '?', at: m[1] + tidySubs(m[2]) }],
  },
  // A named act with a section (whole strings; the scanner finds names itself):
  // "Section 15 of the TRUST Act", "TRUST Act § 15(e)", "TRUST Act section 15".
  {
    id: 'named-section-of',
    scan: false,
    source: String.raw`(?:sec(?:tion)?\.?|§) ?(\d+(?:-\d+)*)(${SUBS}) of (?:the )?(.+?)`,
    confidence: 'syntax',
    build: (m) => [{ family: 'named', key: nameKey(m[3]), at: m[1] + tidySubs(m[2]) }],
  },
  {
    id: 'named-section',
    scan: false,
    source: String.raw`(?:the )?(.+?),? (?:§|sec(?:tion)?\.?) ?(\d+(?:-\d+)*)(${SUBS})`,
    confidence: 'syntax',
    build: (m) => (/\d/.test(m[1]) ? null : [{ family: 'named', key: nameKey(m[1]), at: m[2] + tidySubs(m[3]) }]),
  },
];

const ANCHORED = RECOGNISERS.filter((r) => r.anchored !== false).map((r) => ({
  r,
  re: new RegExp(`^(?:${r.source})$`, r.caseSensitive ? 'du' : 'diu'),
}));

/** Bare number pairs are ambiguous: "46-37" is a Cook County section, "102-234" a Public Act. */
const BARE_PAIR = new RegExp(String.raw`^(\d{1,3})-(\d{1,4})(${SUBS})$`);

/** Strips one reading of its span: the single-string API returns plain citations. */
function plain({ span: _span, ...rest }: Reading): ParsedCitation {
  return rest;
}

/**
 * Every reading of a citation, most specific first. Usually one; a bare number
 * pair gives two (Cook County section, Public Act). Empty when the text is not
 * a citation at all. A string that names several provisions ("§§ 1357(g),
 * 1373") is not one citation: read it with findCitations (src/lib/citation-scan.ts).
 */
export function parseCitationCandidates(input: string, options: { guess?: boolean } = {}): ParsedCitation[] {
  const guess = options.guess ?? true;
  if (typeof input !== 'string' || input.length > 200) return [];
  const text = normalise(input);
  if (!text) return [];
  for (const { r, re } of ANCHORED) {
    const m = re.exec(text);
    if (!m) continue;
    const readings = r.build(m);
    if (readings && readings.length === 1) return [plain(readings[0])];
    if (readings && readings.length > 1) return [];
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
