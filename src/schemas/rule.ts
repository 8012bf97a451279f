/**
 * The frontmatter of one rule (content/rules/*.mdx). Strict: an unknown key is
 * an error, so a typo can never silently drop a fact. Checks that need only
 * this one file (duplicate provisions, missing parents, a malformed citation
 * template) live here; checks across files (does a cited source exist?) live in
 * src/lib/content-checks.ts.
 */
import { z } from 'astro/zod';
import { isPinpointTemplate } from '../lib/citation.ts';
import { isOfficialUrlPattern, isProvisionRef, parentOf, provisionId, provisionKey } from '../lib/provision-id.ts';
import { JURISDICTIONS, KINDS, STATUSES, keysOf } from '../lib/taxonomy.ts';
import { isoDate, prose, slugId } from './fields.ts';
import { historySchema } from './history.ts';
import { provisionSchema } from './provision.ts';

export const ruleSchema = z
  .strictObject({
    /** Full name as people know it, e.g. "Illinois TRUST Act". */
    title: prose,
    /** Short name for lists and links, e.g. "TRUST Act". */
    shortTitle: prose,
    /** What sort of rule it is (see KINDS in src/lib/taxonomy.ts). */
    kind: z.enum(keysOf(KINDS)),
    /** Whose rule it is: illinois, chicago, cook-county or federal. */
    jurisdiction: z.enum(keysOf(JURISDICTIONS)),
    /** Canonical citation of the whole rule, e.g. "5 ILCS 805". */
    citation: prose,
    /**
     * How one provision is cited, with {at} for the pinpoint, e.g. "5 ILCS 805/{at}".
     * Required when the rule lists provisions.
     */
    pinpoint: prose.refine(isPinpointTemplate, 'must contain {at} exactly once, e.g. "5 ILCS 805/{at}"').optional(),
    /**
     * The same pinpoint in Bluebook style, for "copy citation", e.g.
     * "5 Ill. Comp. Stat. 805/{at}". Defaults to `pinpoint`.
     */
    bluebook: prose.refine(isPinpointTemplate, 'must contain {at} exactly once, e.g. "5 Ill. Comp. Stat. 805/{at}"').optional(),
    /**
     * Where the official text of one provision lives, when the publisher has one page
     * per section whose address can be built from the section number. Every provision's
     * "Official text" link is built from it (src/lib/rule-model.ts). Leave it out where
     * the addresses cannot be built (American Legal's Municipal Code pages, a Public Act,
     * a CPD directive): each provision then links to the nearest official `source` of
     * itself or a provision above it, else the rule's first official source.
     */
    officialUrl: z
      .strictObject({
        /**
         * The address with {section} where the section number goes, e.g.
         * "https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K{section}".
         * {section} is the part of a provision's `at` before any parenthesis ("15(e)" → "15",
         * "22-105(b)" → "22-105"); a defined term uses its section. Copy it from real
         * section addresses of the publisher (the source registry has many); never guess one.
         */
        pattern: z
          .string()
          .refine(
            isOfficialUrlPattern,
            'must be an https address with {section} exactly once, e.g. "https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=000508050K{section}"',
          ),
        /**
         * Checked like a registry entry (src/schemas/source.ts), since every address it builds
         * is a link to another website: the day someone confirmed the pattern against the
         * publisher's real section addresses, and how (live, archive, or unchecked).
         */
        checked: isoDate.optional(),
        checkedVia: z.enum(['live', 'archive', 'unchecked']),
        /** Which real addresses it was checked against, and anything else a maintainer should know. */
        note: prose.optional(),
      })
      .optional(),
    /** Other ways people write or search for it, e.g. "IL TRUST Act", "Public Act 100-463". */
    aliases: z.array(prose).default([]),
    /** Who has to follow it, in one plain sentence. */
    appliesTo: prose,
    /** Legal status, and the date we last confirmed it. */
    status: z.strictObject({
      value: z.enum(keysOf(STATUSES)),
      asOf: isoDate,
      /** Optional detail, e.g. "Amended in 2021 by P.A. 102-234." */
      note: prose.optional(),
    }),
    /** Each enactment, amendment, version or ruling, oldest first. */
    history: z.array(historySchema).min(1, 'list at least the enactment or issue of the rule'),
    /** Source registry ids of the documents this page relies on; at least one official. */
    sources: z.array(slugId).min(1, 'list at least one source, and at least one official source'),
    /** When the whole page was last reviewed against its sources ("YYYY-MM-DD"). */
    lastReviewed: isoDate,
    /** One plain-language paragraph shown in lists and search results. */
    summary: prose.refine((s) => s.length <= 700, 'keep the summary to one short paragraph (700 characters at most)'),
    /**
     * Language of this page: always "en" here. Spanish pages are separate
     * files in content/<lang>/rules/ that hold only the translated words.
     */
    lang: z
      .string()
      .default('en')
      .refine((l): boolean => l === 'en', 'English files only: a translation goes in content/<language>/rules/ with the same file name'),
    /** Every provision the page explains, in the order they appear in the rule. */
    provisions: z.array(provisionSchema).default([]),
    /** For court decisions (kind: court-decision): the court and the docket number. */
    case: z
      .strictObject({
        /** The court, e.g. "U.S. Court of Appeals for the Seventh Circuit". */
        court: prose,
        /** The case number as the court writes it, e.g. "No. 21-3334". */
        docket: prose,
      })
      .optional(),
    /**
     * Other rules worth reading with this one that its text does not already
     * cite. Cross-references in the body are found automatically; the site
     * shows every relation on both rules' pages.
     */
    related: z.array(slugId).default([]),
  })
  .superRefine((rule, ctx) => {
    if (Array.isArray(rule.provisions) && rule.provisions.length > 0 && rule.pinpoint === undefined) {
      ctx.addIssue({ code: 'custom', path: ['pinpoint'], message: 'required when the rule lists provisions, e.g. "5 ILCS 805/{at}"' });
    }
    if (rule.officialUrl !== undefined && !(Array.isArray(rule.provisions) && rule.provisions.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['officialUrl'], message: 'only a rule that lists provisions has a per-provision official address' });
    }
    if (rule.officialUrl?.checkedVia !== undefined && rule.officialUrl.checkedVia !== 'unchecked' && rule.officialUrl.checked === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['officialUrl', 'checked'],
        message: 'give the day you checked the pattern ("YYYY-MM-DD"), or set checkedVia: unchecked',
      });
    }
    if (rule.officialUrl?.checkedVia === 'unchecked' && rule.officialUrl.checked !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['officialUrl', 'checked'], message: 'an unchecked pattern has no checked date' });
    }
    if (rule.kind === 'court-decision' && rule.case === undefined) {
      ctx.addIssue({ code: 'custom', path: ['case'], message: 'a court decision needs its court and docket number' });
    }
    if (rule.kind !== 'court-decision' && rule.case !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['case'], message: 'only a court decision (kind: court-decision) has a case' });
    }
    // Zod runs this even when a field failed above; skip what is already reported.
    const wellFormed = (Array.isArray(rule.provisions) ? rule.provisions : [])
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => typeof p?.at === 'string' && isProvisionRef(p.at) && (p.term === undefined || /[A-Za-z0-9]/.test(p.term)));
    const keys = new Map<string, number>();
    const ids = new Map<string, number>();
    wellFormed.forEach(({ p, i }) => {
      const key = provisionKey(p.at, p.term);
      const label = p.term === undefined ? `"${p.at}"` : `"${p.at}" term "${p.term}"`;
      if (keys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provisions', i, 'at'],
          message: `duplicate provision ${label}: already declared at provisions[${keys.get(key)}]`,
        });
        return;
      }
      keys.set(key, i);
      const id = provisionId(p.at, p.term);
      if (ids.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provisions', i, 'at'],
          message: `provision ${label} would get the anchor #${id}, which provisions[${ids.get(id)}] already uses`,
        });
      }
      ids.set(id, i);
    });
    wellFormed.forEach(({ p, i }) => {
      const parent = parentOf(p);
      const parentIndex = parent === null ? -1 : keys.get(provisionKey(parent));
      if (parent !== null && (parentIndex === undefined || parentIndex >= i)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provisions', i, p.parent !== undefined ? 'parent' : p.term === undefined ? 'at' : 'term'],
          message: `"${p.at}"${p.term ? ` term "${p.term}"` : ''} needs its parent provision "${parent}" to be declared first`,
        });
      }
    });
    wellFormed.forEach(({ p, i }) => {
      const to = p.moved?.to;
      if (to !== undefined && (!keys.has(provisionKey(to)) || to === p.at)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provisions', i, 'moved', 'to'],
          message: `"${p.at}" says its earlier text moved to "${to}", which is not another provision declared in this file`,
        });
      }
    });
    (Array.isArray(rule.related) ? rule.related : []).forEach((id, i) => {
      if (rule.related.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['related', i], message: `"${id}" is listed twice` });
    });
    const seen = new Set<string>();
    (Array.isArray(rule.sources) ? rule.sources : []).forEach((s, i) => {
      if (seen.has(s)) ctx.addIssue({ code: 'custom', path: ['sources', i], message: `source "${s}" is listed twice` });
      seen.add(s);
    });
  });

export type RuleData = z.infer<typeof ruleSchema>;
