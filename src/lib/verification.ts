/**
 * How well a fact on the site has been checked. Every provision and every
 * history entry carries one of these, and the page prints it next to the fact.
 */
export const VERIFICATION_LEVELS = ['official', 'secondary', 'unverified'] as const;
export type Verification = (typeof VERIFICATION_LEVELS)[number];

export const VERIFICATION_LABELS: Record<Verification, { label: string; explanation: string }> = {
  official: {
    label: 'Verified against the official text',
    explanation:
      'We read this in the text of the rule or court decision itself. The sources list says whose copy of the text we read.',
  },
  secondary: {
    label: 'Secondary source only',
    explanation:
      'We found this in reliable secondary sources (news, legal aid, official summaries) but have not yet read it in the official text.',
  },
  unverified: {
    label: 'Not yet verified against the official text',
    explanation: 'We have not been able to check this against the official text. Treat it with care.',
  },
};
