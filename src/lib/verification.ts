/**
 * How well a fact on the site has been checked. Every provision and every
 * history entry carries one of these, and the page prints it next to the fact.
 */
export const VERIFICATION_LEVELS = ['official', 'secondary', 'unverified'] as const;
export type Verification = (typeof VERIFICATION_LEVELS)[number];

// Their labels and explanations, in each language, are the verify.* entries of the language files, src/i18n/languages/.
