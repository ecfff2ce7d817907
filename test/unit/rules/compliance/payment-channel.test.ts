// Money moved through a payment service instead of the order, read from a money word and a service
// in one sentence (rules/compliance/detectors/payment-channel.ts), and what keeps it quiet.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { paymentChannels } from '../../../../rules/compliance/detectors/payment-channel';
import { normalize } from '../../../../rules/compliance/normalize';

const found = (text: string) => paymentChannels(normalize(text).text).length > 0;

describe('payments through a service', () => {
  it.each([
    'dann erstatten wir Ihnen 5 € per PayPal als kleines Dankeschön.',
    'We refund you 5 € via PayPal today.',
    'Le rimborsiamo 10 euro tramite Satispay.',
    'Te hacemos el reembolso del 20 % por Bizum.',
    'Nous vous remboursons par virement bancaire sous 48 h.',
    'Reembolsamos o valor via Pix ainda hoje.',
    // a negation in a later clause refuses nothing (reviewer, s11)
    'Le rimborsiamo 10 euro tramite Satispay, così non deve aspettare.',
  ])('finds "%s"', (text) => {
    expect(found(text)).toBe(true);
  });

  it.each([
    ['a refusal', 'We cannot refund you via PayPal; Amazon handles every refund.'],
    ['a Japanese refusal', 'PayPalでの返金は承っておりません。'],
    ['a German refusal after the object', 'PayPal-Zahlungen akzeptieren wir leider nicht.'],
    ['Amazon in the sentence', 'Amazon refunds the amount to the PayPal account you paid with.'],
    ['a question about the Amazon payment', 'Did you pay with PayPal when you placed the order?'],
    ['"pix" as pictures', 'Send us some pix of the damage and we will refund you.'],
    ['"wise" as a word', 'It would be wise to pay attention to the refund e-mail.'],
    ['"pagina" (Italian: page) is no payment', 'Trova le istruzioni nella pagina di aiuto di PayPal.'],
  ])('quiet on %s', (_why, text) => {
    expect(found(text)).toBe(false);
  });

  it("Amazon's checkout named as where the buyer pays clears the lexicon phrase too", () => {
    expect(checkMessage('Yes, you can pay with PayPal at checkout.').filter((f) => f.rule === 'offplatform')).toEqual([]);
    expect(checkMessage('You can also pay with PayPal, just send it to our account.').filter((f) => f.rule === 'offplatform')).not.toEqual([]);
  });
});
