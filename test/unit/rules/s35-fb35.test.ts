// Session 35, helper fb35: misses and false alarms of the fitting batches g1/g3/g4 read by structure, in our own words (not
// the batches' sentences) - each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s35 fb35: a lowercase "at" after a noun phrase is the preposition before a spelled site (links.ts)', () => {
  it.each([
    'Please send the receipt through the form at pinebarrow dot ca/help.',
    'Mail us the pictures using the upload page at quillhouse dot co dot uk.',
    'Write to our returns desk at hollyrow dot ca and we will sort it.',
  ])('%s is a url, not an e-mail', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).not.toContain('email');
  });
  it.each([
    'Send the photos to claims at nordvale dot co please.',
    'Send it to the address anna.b at gmail dot com.',
    'Please email support at hollyrow dot ca.',
  ])('%s stays an e-mail', (text) => expect(rules(text)).toContain('email'));
});
