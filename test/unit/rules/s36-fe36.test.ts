// Session 36, helper fe36: review asks after a delivery that presume the buyer is happy or come with a reward, in our own words
// (not the corpus sentences) - each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s36 fe36: "now that" with the item in use, not merely arrived (now-that.ts)', () => {
  it.each([
    "Good to hear the parcel came. Now that you've got the heater set up, a quick rating on Amazon would mean a lot.",
    "Now that you've got the blender running, a short review on Amazon would make our week.",
  ])('%s is leading', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
  it.each([
    "Now that you've got it, a quick rating on Amazon would mean a lot.",
    "Now that you've got the parcel, could you leave a short review on Amazon?",
  ])('%s stays clear of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fe36: the use measured against the buyer\'s picture, any verb (conditioned-ask.ts SATISFIED_OTHER)', () => {
  it.each([
    'Wenn die Heizdecke so wärmt, wie Sie es sich erhofft haben, freuen wir uns über ein paar Sterne bei Amazon.',
    'Wenn der Rucksack genauso sitzt wie du dir das vorgestellt hast, wäre eine kurze Bewertung toll.',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
  it.each([
    'Wenn die Gravur so ausgefallen ist, wie Sie es gewünscht haben, freuen wir uns über eine Bewertung.',
    'Wenn die Lampe nicht so leuchtet wie Sie sich das vorgestellt haben, melden Sie sich bitte bei uns.',
  ])('%s stays clear of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fe36: a liking joined by "and" after a reason clause (conditioned-ask.ts COORDINATED_GAP)', () => {
  it.each([
    'Visto che il frullatore ormai lo usa tutte le mattine per la colazione e le piace, due righe su Amazon sarebbero preziose.',
    "Since you've been wearing the boots on every single walk this month and you love them, a review on Amazon would mean the world.",
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Visto che il frullatore ormai lo usa tutte le mattine per la colazione, due righe su Amazon sarebbero preziose.',
  ])('%s stays clear of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fe36: a reward beside a review ask - "15%-off", "as a sorry", "next time" (review-incentive.ts rewardsBesideAsks)', () => {
  it.each([
    "Sorry for the wait. I'll send over a 10%-off code for your next order once you've had a chance to post a review.",
    'As a sorry, 10% off next time. Could you also talk about the battery life in a review?',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
  it.each([
    'As a sorry for the wait, here is 10% off next time with code OOPS10.',
  ])('%s stays clear of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fe36: Spanish asks - "te pedimos que", the tú conditional with an opinion asked on Amazon (review-ask-romance.ts)', () => {
  it.each([
    'Te devolvemos 3 € por la espera; solo te pedimos que lo cuentes en una reseña.',
    '¿Nos dejarías tu opinión en la página del producto?',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Solo te pedimos que nos mandes una foto del embalaje.',
    '¿Nos darías tu opinión sobre el color que prefieres?',
  ])('%s stays clear of review_request', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s36 fe36: what to say named first, the review to come last (en lexicon mention-it-in-your-review)', () => {
  it.each([
    'It would mean a lot if you could mention how quickly we replaced the kettle in your review.',
    'Please do describe the packaging in your rating, it helps others.',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Please share the photo of the scratch you mentioned in your review.',
    'Could you tell us what you wrote in your review so we can look into it?',
    'Could you mention the order number in your reply?',
  ])('%s stays clear of review_request', (text) => expect(rules(text)).not.toContain('review_request'));
});
