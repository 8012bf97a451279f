/**
 * The fixed vocabularies used to classify rules, with the labels printed on
 * the site and used as search filters. The content schema accepts exactly the
 * keys listed here.
 */

export const JURISDICTIONS = {
  illinois: 'Illinois',
  chicago: 'Chicago',
  'cook-county': 'Cook County',
  federal: 'Federal',
} as const;
export type Jurisdiction = keyof typeof JURISDICTIONS;

export const KINDS = {
  statute: 'State statute',
  'public-act': 'Public Act (enactment)',
  ordinance: 'Ordinance',
  'police-directive': 'Police directive',
  'executive-order': 'Executive order',
  'court-order': 'Court administrative order',
  'federal-statute': 'Federal statute',
  'federal-regulation': 'Federal regulation',
  'federal-form': 'Federal form',
  'court-decision': 'Court decision',
} as const;

export const STATUSES = {
  'in-force': 'In force',
  amended: 'In force, as amended',
  enjoined: 'Blocked by a court',
  repealed: 'Repealed',
  rescinded: 'Rescinded',
  superseded: 'Replaced by a newer version',
  decided: 'Decided',
  pending: 'Pending in court',
  'on-appeal': 'On appeal',
} as const;

export const HISTORY_EVENTS = {
  introduced: 'Introduced',
  passed: 'Passed',
  signed: 'Signed',
  enacted: 'Enacted',
  effective: 'Took effect',
  amended: 'Amended',
  issued: 'Issued',
  rescinded: 'Rescinded',
  tabled: 'Tabled',
  failed: 'Failed',
  filed: 'Filed',
  decided: 'Decided',
  affirmed: 'Affirmed on appeal',
  dismissed: 'Dismissed',
  appealed: 'Appealed',
  reaffirmed: 'Reaffirmed',
  repealed: 'Repealed',
} as const;

export function keysOf<T extends Record<string, string>>(o: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
}
