// detectors/review-appeal.ts: contact-first steering, sympathy / social-proof appeals and rewards
// tied to a review, read from their structure (s10). Each structure has examples it must find and
// compliant near-misses it must leave alone: false alarms cost as much as misses.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { reviewAppeals } from '../../../../rules/compliance/detectors/review-appeal';

const entries = (text: string) => reviewAppeals(text.toLowerCase(), []).map((s) => `${s.rule}:${s.entry}`);
const rules = (text: string) => new Set(checkMessage(text, { languages: ['en'] }).filter((f) => f.severity !== 'info').map((f) => f.rule));

describe('contact first, tied to a review', () => {
  it.each([
    "Had an issue? Talk to us here first - we'd hate for a fixable problem to end up in a review.",
    'Should the duvet fall short in any way, drop us a message first rather than rating it low.',
    'Please get in touch before posting anything on Amazon about the kettle.',
  ])('leading: %s', (text) => {
    expect(entries(text)).toContain('leading:leading:contact-first-before-review');
  });
  it.each([
    'Please contact us before sending anything back so we can give you the right return label.',
    "Reach out to us first if the parcel hasn't arrived by Friday.",
    "You don't need to contact us before leaving a review.",
    'Thanks for your review! Let us know first thing tomorrow if the part is missing.',
    'Contact us first; we review every return within a day.',
  ])('not: %s', (text) => {
    expect(entries(text)).toEqual([]);
  });
});

describe("the seller's plight or other buyers' ratings next to the buyer's review", () => {
  it.each([
    'As a small family business, every review means the world to us.',
    'Reviews decide whether our little workshop survives the year, so yours truly matters.',
    "We're a veteran-owned startup competing with giant brands; your rating helps us stay in the game.",
    'Every rating we get helps feed our family and keep our two employees on.',
    'Amazon takes a big cut of every sale, which is why a review from you matters so much to a shop our size.',
    "Nine out of ten buyers give the peeler full marks - we hope you'll join them!",
    'Thousands of happy bakers have already shared their love for this mixer on Amazon. Will you be next?',
  ])('leading and review_request: %s', (text) => {
    const found = entries(text);
    expect(found).toContain('leading:leading:appeal-with-review');
    expect(found).toContain('review_request:leading:appeal-with-review');
  });
  it('a review ask the lexicons found, next to the plight, is leading', () => {
    expect(rules('Being a tiny team, we rely on customers like you to spread the word on Amazon.')).toEqual(new Set(['leading', 'review_request']));
  });
  it.each([
    'As a small family business, we pack every order by hand - sorry this one went out late.',
    "We're a small team, so replies can take up to a day - thanks for bearing with us.",
    'As a small business, we read every review and take it seriously.',
    'Thanks for your review - as a small family business it made our day.',
    'Many customers love the blue one, so it sells out fast.',
    'Most buyers rated the old lid too tight, so the new batch is looser.',
    // the shop as the one helped, not a plight: the corpus labels this a plain review ask
    'A quick line about it on the listing would go a long way for a small shop like ours.',
  ])('no appeal: %s', (text) => {
    expect(entries(text).filter((e) => e.endsWith('appeal-with-review'))).toEqual([]);
  });
});

describe('a reward next to a review word', () => {
  it.each([
    'Proof of a five-star post gets you a full refund - just reply with the image.',
    'Everyone who reviews the tent this month is entered into our draw for a free sleeping bag.',
    'Send a screenshot of your review to claim your cashback.',
    'Buyers who share a photo review get their next refill on us.',
  ])('leading and review_request: %s', (text) => {
    expect(entries(text)).toEqual(['leading:leading:reward-for-review', 'review_request:leading:reward-for-review']);
  });
  it('an edit for a reward is leading only', () => {
    expect(entries("If you remove the 1-star feedback, we'll refund the return shipping as well.")).toEqual(['leading:leading:reward-for-review']);
  });
  it.each([
    'We saw your review and we will refund the full amount today.',
    "You'll receive a full refund once the return is scanned by the carrier.",
    'You can get a refund whether or not you leave a review.',
    'To get the free replacement part, just confirm your shipping address here.',
    'Thanks for the five-star review! You get free shipping on every Prime order anyway.',
  ])('no reward for a review: %s', (text) => {
    expect(entries(text)).toEqual([]);
  });
});

describe('bounded', () => {
  it('a long paste is read sentence by sentence in linear time', () => {
    const text = 'As a small family business every review means the world to us. '.repeat(5000) + 'x'.repeat(50_000);
    const t0 = performance.now();
    expect(reviewAppeals(text.toLowerCase(), []).length).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
