// Session 37, helper fc37: review asks that assume a good experience (a gift's recipient pleased or moved, an event that went well, the
// fit celebrated then asked about) and Amazon's review mail nudged, read by structure, in our own words (not the batch's sentences) -
// each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe("s37 fc37: a review ask conditioned on the gift's recipient liking it (conditioned-ask.ts SATISFIED_EN)", () => {
  it.each([
    'If your dad liked the engraved pen, a short review on Amazon would make our day.',
    'If the twins enjoyed their puzzle, we would love a quick review with a photo.',
    'Hope your sister loved the scarf! A review on Amazon would mean the world to us.',
  ])('%s is leading and review_request', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).toContain('review_request');
  });
  it.each([
    'If your dad liked to keep the receipt, it is in the box.',
    'If your sister loved the blue one more, we can swap it for free.',
    'A short review on Amazon would make our day.',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s37 fc37: the recipient moved by the gift as the condition (SATISFIED_OTHER)', () => {
  it.each([
    'Si votre papa a été ému par la gravure, un petit avis sur Amazon nous ferait très plaisir.',
    'Wenn Ihre Tante gerührt war, würden wir uns über eine kurze Bewertung sehr freuen.',
    'Si tu abuela se emocionó con el colgante, ¿nos dejarías una reseña en Amazon?',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    "Votre papa a été ému par la gravure, nous en sommes ravis et lui souhaitons un bel anniversaire.",
    'Un petit avis sur Amazon nous ferait très plaisir.',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s37 fc37: an event that "went as well as" hoped, as the condition (WENT_WELL)', () => {
  it.each([
    'If the wedding went as well as you hoped, a quick review with a photo would make our week.',
    'If the camping trip went just as smoothly as planned, we would love a review on Amazon.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'If the parcel went as well to the old address, let us know and we will resend it.',
    'A quick review with a photo would make our week.',
  ])('%s stays clean of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s37 fc37: the fit celebrated, then the review asked about the fit (conditioned-ask.ts fitCelebratedThenAsked)', () => {
  it.each([
    'So glad the trainers fit now! Could you leave a quick review on Amazon about the fit? It helps other runners.',
    'Schön, dass die Jacke jetzt gut sitzt. Schreiben Sie doch gern ein paar Worte zur Passform in Ihre Rezension.',
    "Ravis que la robe vous aille si bien ! Un petit avis sur la taille aiderait beaucoup les autres clientes.",
    'Que bom que o vestido serviu! Se puder, conta na avaliação do produto como ficou o caimento.',
    'サイズがぴったりとのことで安心いたしました。よろしければサイズ感について商品レビューにお書きいただけますと幸いです。',
  ])('%s is leading and review_request', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).toContain('review_request');
  });
  it.each([
    // a neutral ask after the gladness: a plain ask (dev rows: review_request only)
    'Glad the trainers fit now! When you have a minute, a review on Amazon would really help us.',
    'Schön, dass die Jacke jetzt passt. Wir würden uns freuen, wenn Sie Ihre Erfahrung in einer Rezension teilen.',
    // the fit asked about with no gladness before it
    'Could you add a line about the sizing in your review when you have a moment?',
  ])('%s is review_request without leading', (text) => {
    const r = rules(text);
    expect(r).toContain('review_request');
    expect(r).not.toContain('leading');
  });
  it.each([
    'So glad the trainers fit now! The size chart on the listing is right for this model.',
    'Schön, dass die Jacke jetzt gut sitzt. Die Passform fällt bei diesem Modell etwas weiter aus.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe("s37 fc37: Amazon's review mail pointed out as still open (survey-ask.ts AMAZON_MAIL, ANSWER_IT)", () => {
  it.each([
    'When you have a moment, the review request Amazon sent you on Monday is still open.',
    'The feedback form Amazon emailed you is still waiting for you, if you have a minute.',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'The review request Amazon sent you is still open, but you do not need to do anything with it.',
    'The return request Amazon sent you is still open; the label is attached to it.',
  ])('%s stays clean of review_request', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe("s37 fc37: a review's worth said as 'really helps', beside a small team's plea (review-nudge.ts VALUED, conditioned-ask.ts SMALL_TEAM)", () => {
  it.each([
    "We're a little three-person studio, and every review on the listing really helps us.",
    'Every honest review on Amazon really helps us, we are a two-person workshop.',
  ])('%s is leading and review_request', (text) => {
    const r = rules(text);
    expect(r).toContain('leading');
    expect(r).toContain('review_request');
  });
  it.each([
    'The extra strap really helps with heavy bags, we tested it on every model.',
    'Our size guide really helps us answer questions faster.',
    'We rented a two-person studio for the photo shoot of the new bracelets.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});
