// Sample sentences the composer checks while the page is idle, after the lexicon index is built. Why: V8
// compiles a regexp on its first run (and again for the first two-byte text), and the detectors' biggest
// patterns run only when a sentence wakes them - so each of a seller's first keystrokes paid 100-300 ms of
// compiling (node: five ordinary texts after warmChecker's index took 120-330 ms each; after these samples,
// 2-30 ms). Each sample wakes one family of detectors in one language; the set covers the seven languages,
// a buyer's question, and two-byte texts (emoji, curly quotes, Japanese). Our own words; they are never
// shown and their findings are dropped.
export const WARM_BUYER_MESSAGE = 'Hi, does this fit the model 2 charger? Where is my parcel?';

export const WARM_SAMPLES: readonly string[] = [
  'Thanks for your order! If anything is wrong, just reply here.',
  'Our new model and the matching bundle are on sale this week.',
  'Follow us at lampworks.com or call 0171 2345678 for help.',
  'If you are happy, please leave a review ★★★★★ 😀',
  'Could you send me your phone number and home address?',
  'Vielen Dank für Ihre Bestellung! Bewerten Sie uns gern.',
  'Unser neues Modell gibt es im Shop mit 10 % Rabatt, schreiben Sie an info@lampenladen.de.',
  'Merci pour votre commande, laissez-nous un avis si vous êtes satisfait.',
  'Notre nouvelle collection avec le code PROMO10, contactez-nous sur WhatsApp au 06 12 34 56 78.',
  'Gracias por su compra, déjenos una reseña y siga nuestra tienda en Instagram.',
  'Nuestra nueva colección tiene descuento, escríbanos a tienda@lamparas.es.',
  "Grazie per l'ordine, lasci una recensione: la nuova collezione è in offerta.",
  'ご注文ありがとうございます。よろしければレビューをお願いします。新商品はLINEでご案内します。',
  'Obrigado pela compra! Deixe sua avaliação e siga nossa loja, chama no WhatsApp (11) 91234-5678.',
  // (escaped: a curly quote makes the text two-byte, as every later check of such a message is)
  'We\u2019ve refunded \u00a312, sorry for the trouble: it\u2019s on its way back to your card.',
];
