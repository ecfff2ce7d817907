// Sample sentences the composer checks while the page is idle, after the lexicon index is built. Why: V8
// compiles a regexp on its first run (and again for the first two-byte text), and the detectors' biggest
// patterns run only when a sentence wakes them - so each of a seller's first keystrokes paid 100-300 ms of
// compiling (node: five ordinary texts after warmChecker's index took 120-330 ms each; after these samples,
// 2-30 ms). Each sample wakes one family of detectors in one language; the set covers the seven languages,
// a buyer's question, and two-byte texts (emoji, curly quotes, Japanese). Our own words; they are never
// shown and their findings are dropped. The composer checks those of English and the page's language only (a seller writes
// in the marketplace's language; the rest would cost idle CPU on every page for paths the seller never wakes).
import type { DetectionLanguage } from './languages';

export const WARM_BUYER_MESSAGE = 'Hi, does this fit the model 2 charger? Where is my parcel?';

export const WARM_SAMPLES: readonly { language: DetectionLanguage; text: string }[] = [
  { language: 'en', text: 'Thanks for your order! If anything is wrong, just reply here.' },
  { language: 'en', text: 'Our new model and the matching bundle are on sale this week.' },
  { language: 'en', text: 'Follow us at lampworks.com or call 0171 2345678 for help.' },
  { language: 'en', text: 'If you are happy, please leave a review ★★★★★ 😀' },
  { language: 'en', text: 'Could you send me your phone number and home address?' },
  { language: 'de', text: 'Vielen Dank für Ihre Bestellung! Bewerten Sie uns gern.' },
  { language: 'de', text: 'Unser neues Modell gibt es im Shop mit 10 % Rabatt, schreiben Sie an info@lampenladen.de.' },
  { language: 'fr', text: 'Merci pour votre commande, laissez-nous un avis si vous êtes satisfait.' },
  { language: 'fr', text: 'Notre nouvelle collection avec le code PROMO10, contactez-nous sur WhatsApp au 06 12 34 56 78.' },
  { language: 'es', text: 'Gracias por su compra, déjenos una reseña y siga nuestra tienda en Instagram.' },
  { language: 'es', text: 'Nuestra nueva colección tiene descuento, escríbanos a tienda@lamparas.es.' },
  { language: 'it', text: "Grazie per l'ordine, lasci una recensione: la nuova collezione è in offerta." },
  { language: 'ja', text: 'ご注文ありがとうございます。よろしければレビューをお願いします。新商品はLINEでご案内します。' },
  { language: 'pt', text: 'Obrigado pela compra! Deixe sua avaliação e siga nossa loja, chama no WhatsApp (11) 91234-5678.' },
  // (escaped: a curly quote makes the text two-byte, as every later check of such a message is)
  { language: 'en', text: 'We\u2019ve refunded \u00a312, sorry for the trouble: it\u2019s on its way back to your card.' },
];
