// detectors/conditioned-ask.ts: a review ask conditioned on, or following, a good experience is
// leading in every language, whatever words carry the condition; it never flags a message the
// lexicons leave clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const entries = (text: string) => checkMessage(text).map((f) => `${f.rule}:${f.entry}`);
const structural = (text: string) => entries(text).includes('leading:leading:satisfaction-then-ask');

describe('review ask after a good experience (structure, not phrases)', () => {
  it.each([
    'Si la mochila le ha gustado, unas estrellitas en Amazon nos darían una alegría enorme.',
    "Hope you're enjoying the grinder! Would you mind leaving a review?",
    'Hinterlassen Sie gerne eine Bewertung, sofern Sie mit dem Rucksack zufrieden sind.',
    'Bitte bewerten Sie uns nur, wenn Sie rundum zufrieden sind.',
    // a certainty that the buyer will love it, then the ask (s11 blind, pt)
    'Tenho certeza de que você vai amar o resultado do secador. Quando isso acontecer, lembra da gente na hora de dar as estrelinhas?',
    'Ich bin sicher, Sie werden ihn lieben. Bitte bewerten Sie uns auf Amazon.',
  ])('leading: %s', (text) => {
    expect(structural(text)).toBe(true);
  });

  it.each([
    // a condition on time or on the seller, not on the buyer's satisfaction
    'If you have a minute, we would love a review.',
    "We're happy to help if anything is missing. Please leave a review.",
    // "s'il vous plaît" is "please", no condition
    "S'il vous plaît, si possible, laissez un avis.",
    // "if you like" / "si gusta" is "if you wish"; a safe arrival is no satisfaction
    'If you like, you can leave a review.',
    'Si gusta, puede dejarnos una reseña.',
    'We hope everything arrived safely. Please leave a review.',
    // the buyer is not satisfied: another entry's business, not this one's
    "If you're not happy with it, please don't leave a review yet - tell us first.",
    'Se non è soddisfatto, ci scriva prima di lasciare una recensione.',
  ])('not this entry: %s', (text) => {
    expect(structural(text)).toBe(false);
  });

  it.each([
    'Laissez un avis et recevez un accessoire offert.',
    'Wir freuen uns über eine Bewertung auf Amazon, dafür erhalten Sie einen Gutschein über 5 Euro.',
  ])('leading (a reward with the ask): %s', (text) => {
    expect(entries(text)).toContain('leading:leading:reward-with-ask');
  });

  it.each([
    'Please leave a review and get in touch if you need spare parts for free.',
    'Leave a review; we cannot offer a gift card for it.',
  ])('no reward: %s', (text) => {
    expect(entries(text)).not.toContain('leading:leading:reward-with-ask');
  });

  it.each([
    "If you're happy with the size, keep it; otherwise we exchange it.",
    'Get a free replacement filter with your next order.',
    'Wenn Sie zufrieden sind, freut uns das sehr.',
    'お気に召しましたら幸いです。',
  ])('no review ask, no finding: %s', (text) => {
    expect(checkMessage(text).filter((f) => f.rule === 'leading')).toEqual([]);
  });
});

describe('the conjunctions that set a condition, in every language (s14)', () => {
  it.each([
    "Provided you're happy with the lamp, a quick review would mean a lot.",
    'Pour peu que la théière vous plaise, laissez-nous un avis.',
    'Siempre que estés contento con la mochila, déjanos una reseña.',
    'Purché sia soddisfatto, ci lasci una recensione.',
    'Desde que você tenha gostado, deixe uma avaliação.',
  ])('%s', (text) => {
    expect(structural(text)).toBe(true);
  });

  it('adds nothing without a review ask', () => {
    expect(checkMessage('Provided you are happy with the size, we will ship it today.')).toEqual([]);
  });
});
