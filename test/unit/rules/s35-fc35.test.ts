// Session 35, helper fc35: English review asks and leading asks of the development long tail, read by structure, in our own
// words (not the rows' sentences) - each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string) =>
  [...new Set(checkMessage(text, {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s35 fc35: the item relieving a trouble, or working the way the buyer hoped, conditions an ask (conditioned-ask.ts)', () => {
  it.each([
    'If the cushion has cured your back ache, we would be glad if you told other Amazon shoppers.',
    "If the fan runs the way you wanted, would you mind sharing a few words about it on the product page?",
  ])('%s is leading', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
  it.each([
    'If we have fixed your order issue, would you leave a review?',
    "If it isn't brewing the way you hoped, would you mind sharing a few words about it on the product page?",
  ])('%s is a plain ask', (text) => {
    const r = rules(text);
    expect(r).toContain('review_request');
    expect(r).not.toContain('leading');
  });
});

describe('s35 fc35: a gesture hoped to come across in the rating, or reflected in what the buyer wrote (weighedAsks)', () => {
  it('the gesture coming across in the feedback is leading + review_request', () => {
    expect(rules('Since we refunded the shipping, I would be glad if this came across in your review of the shop.')).toEqual(
      expect.arrayContaining(['leading', 'review_request']),
    );
  });
  it("reflected in what the buyer already wrote on the page is a change: leading only", () => {
    const r = rules('The spare hinge is on its way for free. We would love to see that reflected in what you posted about us on the listing.');
    expect(r).toContain('leading');
    expect(r).not.toContain('review_request');
  });
  it.each([
    'That comes across in your feedback about the strap, and we have passed it on.',
    'The colour came across in the photos as darker than it is.',
  ])('%s stays clear', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});

describe('s35 fc35: the top count asked without its noun (review-change.ts wishedTop)', () => {
  it.each([
    'Could you rate the grinder five?',
    'We would be over the moon if you gave our tiny bakery the full five.',
  ])('%s is leading', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
  it.each([
    'We would be grateful if you gave us five minutes on the phone.',
    'Rate it five minutes after opening the lid.',
  ])('%s stays clear of leading', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});

describe('s35 fc35: a reward named only "as our thanks" beside an ask to tell other shoppers (en reward-for-telling)', () => {
  it('flags the thanks gift tied to the ask', () => {
    expect(rules('Tell other cyclists on Amazon how it went and keep the spare key as our thanks.')).toEqual(
      expect.arrayContaining(['leading', 'review_request']),
    );
  });
  it('a thanks in another sentence is no reward for the ask', () => {
    expect(rules('Thanks for your patience. As a thank-you for waiting, the cable ships free.')).not.toContain('leading');
  });
});
