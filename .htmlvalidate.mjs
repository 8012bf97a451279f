/**
 * html-validate, run over every built page by tests/built/html-validate.test.ts.
 * The recommended rules, with three choices made on purpose:
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Provision anchors are made from citations and start with a digit ("15-e" for 805/15(e)),
    // which HTML5 allows; only whitespace is forbidden.
    'valid-id': ['error', { relaxed: true }],
    // Phone numbers keep plain hyphens so a copied number still dials; each form of the number
    // sits in a span with white-space: nowrap (src/components/PhoneNumber.astro) so it never breaks.
    'tel-non-breaking': ['error', { ignoreClasses: ['whitespace-nowrap'] }],
    // A page title says what the page is in full (a rule's name and citation, a guide's whole
    // question) and is what a screen reader announces first; search engines truncating it is
    // an acceptable cost.
    'long-title': 'off',
  },
};
