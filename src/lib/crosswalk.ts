/**
 * The rules compared in the crosswalk, in column order. Changing this list
 * makes the build require an answer for the new column in every topic.
 */
export const CROSSWALK_COLUMNS = [
  'il-trust-act',
  'chicago-welcoming-city',
  'cpd-s06-14-03',
  'cook-county-46-37',
  'il-keep-families-together-act',
  'il-pa-104-0440',
] as const;
