// s32 merge review: what the full unit run caught after h/prec32, h/rrec32 and h/mrec32 met (each helper ran its own files):
// a handle swallowed by a sentence-wide span, a lower price told in the past or against another product, the seller's own
// doing heard by other buyers. Our own sentences.
import { describe, expect, it } from 'vitest';

import { checkMessage } from '../../../../rules/compliance';
import { rules } from './helpers/cases';

describe('social-content.ts keeps the handle finding (the entity it names) when the sentence holds one', () => {
  it.each(['seguici su instagram @casa.verde.it', 'We post glazing videos every Friday on Instagram @clay_and_kiln', 'Folgen Sie uns auf Instagram @kaffeerei.nord'])('%s', (text) => {
    const findings = checkMessage(text);
    expect(findings.some((f) => f.entry === 'handle:social')).toBe(true);
    expect(findings.some((f) => f.entry === 'offplatform:social-content-structure')).toBe(false);
  });
  it('a network address (a url finding) still gets the invitation', () => {
    expect(rules('We post new recipes every week on facebook.com/kaffeereinord')).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });
});

describe('shop-range.ts: a lower price at the address is an offer only in the present and against the listing here', () => {
  it.each([
    'Die gleiche Lampe ist auf dhl.de verfolgbar, der Versand war günstiger.',
    'Ersatzfilter sind bei filterwelt.de günstiger als das Original, aber wir empfehlen das Original.',
    'The postage on royalmail.com was cheaper last year.',
    'Sur laposte.fr, le tarif était moins cher en janvier.',
  ])('no shop-range: %s', (text) => {
    expect(checkMessage(text).filter((f) => f.entry?.includes('shop-range'))).toEqual([]);
  });
  it.each(['Im Onlineshop lampen-x.de ist es 4 Euro günstiger.', 'En casaolmo.es sale más barato que aquí.', 'On kettle-supply.com it is cheaper than on Amazon.'])(
    'still an offer (shop-range or cheaper-direct): %s',
    (text) => {
      expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
    },
  );
});

describe("others-want-to-know.ts: what other buyers would learn is the buyer's experience, not the seller's doing", () => {
  it.each(['We would love for other buyers to hear how we fixed the issue, so we updated the listing FAQ.', 'Other customers would like to know how our team tests each kettle, so we added a video.'])(
    'no others-want-to-know: %s',
    (text) => {
      expect(checkMessage(text).filter((f) => f.entry === 'review_request:others-want-to-know')).toEqual([]);
    },
  );
  it("we'd love for other home cooks to hear how it works for you", () => {
    expect(checkMessage("We'd love for other home cooks to hear how it works for you.").some((f) => f.entry === 'review_request:others-want-to-know')).toBe(true);
  });
});

describe("seller-gives-bank.ts: the seller's bank details handed over are a payment outside Amazon", () => {
  it.each(['Ich schicke Ihnen gerne unsere IBAN.', "I'll send you our bank details for the transfer.", 'Je vous envoie notre RIB.', 'Te paso los datos bancarios para la transferencia.', 'Le passo le coordinate bancarie.', 'Te passo os dados bancários.'])(
    'offplatform: %s',
    (text) => {
      expect(rules(text)).toContain('offplatform');
      expect(rules(text)).not.toContain('personal_data');
    },
  );
  it.each(['Our bank details are printed on the invoice.', 'Unsere Bankverbindung steht auf jeder Rechnung.'])('clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it("the buyer's own details asked stay personal_data", () => {
    expect(rules('Send us your bank details please.')).toContain('personal_data');
  });
});

describe('review words in another sense (merge review: found by h/rrec32c)', () => {
  it.each(['Please review your order details before we ship.', 'Review your purchase history to find the order number.', 'Wir haben die volle Punktzahl im Test bekommen.'])('clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each(['Please review your purchase when you can.', 'Die meisten Käufer geben uns die volle Punktzahl.'])('still flagged: %s', (text) => {
    expect(rules(text).length).toBeGreaterThan(0);
  });
});

describe("the round-2 pitches opening with yes or no to the buyer's own question about what they name are the answer", () => {
  it.each([
    ['Should I buy spare filters now?', 'Yes, it is smart to order a spare pack now, they sell out in winter.'],
    ['Do you have the shelf in walnut yet?', 'Yes - the walnut edition of the shelf is finally here.'],
  ])('%s -> %s stays clean', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
  it('an answer, then a pitch of its own, is marketing', () => {
    expect(rules('It ships on Monday. The walnut edition of the shelf is finally here too.', { buyerMessage: 'When does my shelf ship?' })).toContain('marketing');
  });
  it.each(['Yes, it is smart to order a spare pack now, they sell out in winter.', 'The walnut edition of the shelf is finally here.'])('unasked, a pitch: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('price-step.ts: only the yes-or-no answer to a question about another model is let go', () => {
  it('the answer', () => {
    expect(rules('Sí: el modelo Pro dura el doble y está solo 12 € más caro.', { buyerMessage: '¿Hay algún modelo con más batería?' })).toEqual([]);
  });
  it('a pitch after another answer', () => {
    expect(rules('It is the V2. For 15 € more you get the V3 with USB-C.', { buyerMessage: 'What model is this?' })).toContain('marketing');
  });
});
