import { describe, expect, it } from 'vitest';
import { fingerprint, pageWords, ruleWords, translationState } from '../../src/lib/translation-status.ts';

const rule = {
  title: 'Illinois TRUST Act',
  shortTitle: 'TRUST Act',
  appliesTo: 'Police',
  summary: 'A summary.',
  status: {},
  history: [{ summary: 'Signed.' }],
  provisions: [{ heading: 'No detainers' }],
};

describe('fingerprint', () => {
  it('changes when a word the translation carries changes', () => {
    const before = fingerprint(ruleWords(rule, 'Body.'));
    expect(fingerprint(ruleWords({ ...rule, summary: 'Another summary.' }, 'Body.'))).not.toBe(before);
    expect(fingerprint(ruleWords(rule, 'Another body.'))).not.toBe(before);
    expect(fingerprint(ruleWords({ ...rule, provisions: [{ heading: 'Other' }] }, 'Body.'))).not.toBe(before);
  });
  it('ignores what a translation does not carry, and surrounding blank lines', () => {
    const before = fingerprint(pageWords({ title: 'T', answer: 'A', order: 1 }, ['title', 'answer'], 'Body.'));
    expect(fingerprint(pageWords({ title: 'T', answer: 'A', order: 2, lastReviewed: '2027-01-01' }, ['title', 'answer'], '\nBody.\n'))).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('translationState', () => {
  const base = { file: 'content/pl/guides/x.mdx', english: 'content/guides/x.mdx', lang: 'pl', expected: 'aaaaaaaaaaaa' };
  it('is current when the recorded fingerprint is the English one', () => {
    expect(translationState({ ...base, recorded: 'aaaaaaaaaaaa' }).current).toBe(true);
  });
  it('is out of date when the English changed since', () => {
    expect(translationState({ ...base, recorded: 'bbbbbbbbbbbb' }).current).toBe(false);
  });
  it('is unknown when nothing was recorded', () => {
    expect(translationState(base).current).toBeUndefined();
  });
});
