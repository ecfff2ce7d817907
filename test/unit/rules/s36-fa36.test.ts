// Session 36, helper fa36: misses and false alarms of the fitting batch s36-g2 (English of non-native cross-border sellers), read by
// structure, in our own words (not the batch's sentences) - each kind with wordings that must flag and near-misses that must keep
// clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string) => [...new Set(checkMessage(text, {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s36 fa36: a bad comment asked to be removed is a change ask (lexicon en remove-negative-comment)', () => {
  it.each([
    'Kindly help us delete the negative comment, the new filter is already on its way.',
    'Could you please remove your 1-star remarks? We sent the refund yesterday.',
    'Hope you can change the bad comment, we already shipped a new one.',
  ])('%s is leading only', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).not.toContain('review_request');
  });
  it.each([
    'We will remove the bad comments from the Q&A section ourselves.',
    'Please ignore the negative comments other buyers left about the old model.',
    'Could you help us remove the bad smell from the box with some baking soda?',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fa36: a review said to be important for a small seller is the plight beside it (review-appeal.ts SYMPATHY)', () => {
  it.each([
    'Your five stars are so important for small sellers like us, hope you can find a minute.',
    'A kind rating from you is vital to a small shop like ours.',
  ])('%s is leading and review_request', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).toContain('review_request');
  });
  it.each([
    'Fast shipping is important for small shops like ours, so we send every parcel the same day.',
    'This stand is important for a small workshop, it saves space on the bench.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s36 fa36: a satisfaction condition without its copula (conditioned-ask.ts WENT_WELL)', () => {
  it.each([
    'If all good, could you write a short review for the kettle?',
    'If everything okay with the chair, please leave your rating on Amazon.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each(['If everything ok with the size, we will ship tomorrow.', 'If all fine on your side, the courier comes at noon.'])('%s stays clean', (text) =>
    expect(rules(text)).toEqual([]),
  );
});

describe('s36 fa36: the full price handed back after a posted review (review-incentive.ts REWARD, CONDITION)', () => {
  it('pays for the review', () => {
    const r = rules('We can pay back the whole amount to your card after your review is posted.');
    expect(r).toContain('leading');
  });
  it.each([
    'We will return the full price to your card once the parcel is back in our warehouse.',
    'Please return the full price tag with the item.',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fa36: a prize draw beside a review ask (review-incentive.ts DRAW, rewardsBesideAsks)', () => {
  it.each([
    'Our lucky draw for a smartwatch ends on Sunday! Just write a review of the speaker and you are in.',
    'Please leave a review of the lamp. Every month we hold a lucky draw for a free blender.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Please leave a review of the lamp when you can.',
    'Answer our short survey to join the lucky draw. Please leave a review of the lamp when you can.',
  ])('%s is not leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fa36: encouragement or a few words on the listing asked (lexicon en give-us-encouragement, few-lines-on-listing)', () => {
  it.each([
    'Could you kindly give us a little encouragement? We are a new brand.',
    'Just two or three words under the listing is enough for our team.',
    'A couple of lines under the product is plenty for us.',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Your kind words give us encouragement every day.',
    'Thank you for the encouragement, we will keep improving the lid.',
    'Please give your child some encouragement when assembling the toy.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe("s36 fa36: Amazon's own address after an inviting verb is no off-Amazon invitation (check.ts onlyAmazonAddresses)", () => {
  it('rates on Amazon', () => {
    const r = rules('Please rate us at amazon.de/hz/feedback when you have a moment.');
    expect(r).toContain('review_request');
    expect(r).not.toContain('offplatform');
  });
  it('still flags a look-alike shop', () => expect(rules('Please rate us at amazon-deals.shop/feedback.')).toContain('offplatform'));
});

describe("s36 fa36: a driver or firmware on the seller's site is a document link (offsite-invite.ts ADDRESS_HARMLESS, check.ts ADDRESS_AHEAD)", () => {
  it.each([
    'The firmware for the camera is on our site brightcam dot io in the Files section.',
    'Drivers for macOS are on our site kelvo dot tech, section Downloads.',
  ])('%s is url only', (text) => expect(rules(text)).toEqual(['url']));
  it('an invitation to buy there keeps offplatform', () =>
    expect(rules('Buy the new firmware kit on our site zenlamp dot tech today.')).toContain('offplatform'));
});
