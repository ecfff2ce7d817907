// Sentences the learned layer is held to: the unit test checks them (model.test.ts) and
// `npm run train -- --heldout` prints each held-out model's margin on them, so a probe that passes by
// a hair shows before a retrain tips it. Not imported by the checker (not bundled).

/** Review asks in five languages with no "review"/"leave" verb the lexicons knew when they were written. */
export const REVIEW_PARAPHRASES = [
  'Your honest opinion would mean the world to us.',
  'Feel free to share your experience with other shoppers.',
  'We would love to hear from you on the review page.',
  'Ihre ehrliche Meinung auf der Produktseite würde uns sehr helfen.',
  'Votre avis sincère sur la page produit nous aiderait beaucoup.',
  'Su opinión sincera en la página del producto nos ayudaría mucho.',
  'La sua opinione sincera sulla pagina del prodotto ci aiuterebbe molto.',
];

export const OFFPLATFORM_PARAPHRASE = 'Add us on Telegram so we can chat directly.';
export const MARKETING_PARAPHRASE = 'Grab 20 percent off your next order with our spring deal.';

/** Plain review asks: `review_request`, never `leading` (the warm words do not make them conditional). */
export const PLAIN_ASKS = ['Please leave us a review, your honest opinion would mean the world to us.', 'Please leave us a review.'];

/** Compliant near-misses: no model label at all. */
export const COMPLIANT_NEAR_MISSES = [
  'We reviewed your order and everything is fine.',
  'Please review the proof and confirm the engraving.',
  'Thank you for your feedback about the zipper.',
  'If you like, we can send a replacement.',
  'The courier will call you before delivery.',
  'Please update your phone number in your Amazon account for the carrier.',
  'Your opinion matters: tell us here which colour you prefer for the replacement.',
  'We shared your experience with our warehouse team so it does not happen again.',
  'Happy to help with anything else about this order.',
  'Ihre Meinung zur Farbe des Ersatzteils hilft uns bei der Auswahl.',
  'Nous avons transmis votre avis sur l’emballage à notre entrepôt.',
  'Hemos revisado su pedido y todo está correcto.',
  'Abbiamo ricevuto la sua richiesta e la stiamo valutando.',
  'ご注文の商品は本日発送いたしました。',
  'Seu pedido foi enviado hoje e chega na sexta-feira.',
];

/** [label ('*' = the highest of the five), sentence, whether it must be over the threshold]. */
export const PROBES: [string, string, boolean][] = [
  ...REVIEW_PARAPHRASES.map((text): [string, string, boolean] => ['review_request', text, true]),
  ['offplatform', OFFPLATFORM_PARAPHRASE, true],
  ['marketing', MARKETING_PARAPHRASE, true],
  ...PLAIN_ASKS.map((text): [string, string, boolean] => ['leading', text, false]),
  ...COMPLIANT_NEAR_MISSES.map((text): [string, string, boolean] => ['*', text, false]),
];
