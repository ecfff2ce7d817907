// Session 36, helper fg36: seller feedback and disputes - refusals, Amazon's own review of a claim, thanks, asks to take down or
// not post a review - in our own words (not the corpus sentences): wordings that must flag and near-misses that must stay clear.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, reviewAlreadyRequested?: boolean) =>
  [...new Set(checkMessage(text, { reviewAlreadyRequested }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s36 fg36: asks to take down a rating named by its stars, or not to post one, are leading (en lexicon)', () => {
  it.each([
    'The refund has gone through, so would you remove the 2 star now?',
    'Could you maybe take down that one-star? It hurts a small shop.',
    "We'll send a new kettle; the only thing we'd ask in exchange is that you don't post a review about it.",
    'Please do not leave any feedback on this order, we will sort it out.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Please remove the 4 star screws from the base first.',
    "Please don't post your phone number in the message.",
  ])('%s stays clear of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fg36: refusals, thanks and reviews done by Amazon are no review asks', () => {
  it('an English refusal is no Portuguese change ask', () =>
    expect(rules('Sorry, sellers cannot delete or edit reviews on Amazon; only Amazon can.')).not.toContain('leading'));
  it('Amazon reviewing a claim is no rating asked on the order page', () =>
    expect(rules('If you want a second look, open a case from the order page and Amazon will review it.')).not.toContain('review_request'));
  it('heartfelt thanks for a five-star review is no five-star ask', () =>
    expect(rules('Grazie di cuore per la valutazione a cinque stelle, ci ha reso felici!', true)).not.toContain('leading'));
  it('a direct contact from Amazon is no seller channel', () =>
    expect(rules('審査の結果はAmazonから直接ご連絡があります。')).not.toContain('offplatform'));
  it('a direct contact with the seller still is', () =>
    expect(rules('弊社に直接ご連絡いただければ対応いたします。')).toContain('offplatform'));
});

describe('s36 fg36: positive words asked into a review are leading (en/fr positive-words-in-review)', () => {
  it.each([
    'A couple of glowing lines in your product review would mean a lot.',
    'Quelques lignes élogieuses dans votre avis nous feraient plaisir.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Thank you for the positive words in your review!',
    'Merci pour les mots positifs dans votre avis !',
  ])('%s stays clear of leading', (text) => expect(rules(text)).not.toContain('leading'));
});
