// The refusal reader (refusal.ts, s31 ref31): the seller refuses or rules out the channel, payment, review trade or review ask
// a rule looks for - in my own wordings, none from the corpus - and the near-misses where the same message offers it after all.
import { describe, expect, it } from 'vitest';
import { channelRefused, reviewRefused, wishRoutedAfterRefusal } from '../../../../rules/compliance/refusal';
import { cleanOfMarketing, flagsMarketing, hasRule, lacks, readsSpan } from './helpers/cases';

const offFlags = hasRule('offplatform');
const offClean = lacks('offplatform');
const reviewFlags = hasRule('review_request');
const reviewClean = lacks('review_request');

const reads = readsSpan;

describe('a channel ruled out in a "not X nor Y" list', () => {
  it.each([
    ['We help only through Amazon messages, not by WhatsApp nor by phone.', 'WhatsApp'],
    ['Wir betreuen Sie über das Amazon-Postfach, weder per WhatsApp noch per Telefon.', 'WhatsApp'],
    ['Nous répondons ici sur Amazon, ni par WhatsApp ni par téléphone.', 'WhatsApp'],
    ['Atendemos solo por Amazon, no por Telegram ni por correo.', 'Telegram'],
    ['Seguiamo gli ordini qui su Amazon, né su WhatsApp né per telefono.', 'WhatsApp'],
    ['Atendemos só pela Amazon, nem pelo WhatsApp nem por telefone.', 'WhatsApp'],
    ['Todo se gestiona en la mensajería de Amazon, no por WhatsApp, sino por aquí.', 'WhatsApp'],
    ['Please keep it here, not via Telegram or e-mail.', 'Telegram'],
  ])('refused: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(true));
  it.each([
    ['Not by e-mail but by WhatsApp: +49 170 1234567.', 'WhatsApp'],
    ['Fale com a gente no WhatsApp ou pelo telefone.', 'WhatsApp'],
    ['¿Por qué no por WhatsApp o por teléfono?', 'WhatsApp'],
    ['If not by WhatsApp, then by phone or e-mail.', 'WhatsApp'],
    ['Schreiben Sie uns nicht hier, sondern per WhatsApp oder Telefon.', 'WhatsApp'],
    ['Non solo su Amazon: scrivici su WhatsApp o per telefono.', 'WhatsApp'],
    ['Escríbenos por WhatsApp o por correo cuando quieras.', 'WhatsApp'],
    ['Ne pas hésiter à nous écrire par WhatsApp ou par mail.', 'WhatsApp'],
  ])('still offered: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(false));
});

describe('a list that spells out the refused clause before it', () => {
  it.each([
    ['We can\'t take payment outside Amazon, whether by PayPal or bank transfer.', 'PayPal'],
    ['Zahlungen außerhalb von Amazon können wir nicht annehmen, ob per PayPal oder Überweisung.', 'PayPal'],
    ['Nous ne pouvons pas accepter de paiement hors Amazon, soit par PayPal soit par virement.', 'PayPal'],
    ['No podemos cobrar fuera de Amazon, ya sea por Bizum o transferencia.', 'Bizum'],
    ['Non possiamo ricevere pagamenti fuori da Amazon, sia tramite PayPal sia con bonifico.', 'PayPal'],
    ['Não aceitamos pagamento fora da Amazon, seja por Pix ou transferência.', 'Pix'],
    ['Não podemos receber por fora, seja pelo Pix ou boleto.', 'Pix'],
    ['We don\'t accept outside payments, be it Venmo or Zelle.', 'Venmo'],
  ])('refused: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(true));
  it.each([
    ['We can\'t refund through Amazon, but we pay you back, whether by PayPal or bank transfer.', 'PayPal'],
    ['Não conseguimos pelo site, mas pagamos a diferença, seja por Pix ou transferência.', 'Pix'],
    ['Pay us the rest, whether by PayPal or bank transfer.', 'PayPal'],
    ['Sie zahlen die Differenz, ob per PayPal oder Überweisung.', 'PayPal'],
    ['Puede pagar la diferencia, ya sea por Bizum o transferencia.', 'Bizum'],
    ['Può pagare la differenza, sia tramite PayPal sia con bonifico.', 'PayPal'],
    ['Vous réglez le reste, soit par PayPal soit par virement.', 'PayPal'],
    ['Aceitamos a diferença, seja por Pix ou boleto.', 'Pix'],
  ])('still offered: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(false));
});

describe('a channel conceded as easier, then "but only via Amazon / here"', () => {
  it.each([
    ['I know WhatsApp would be quicker, but we can only help you through Amazon messages.', 'WhatsApp'],
    ['WhatsApp wäre bequemer, aber wir dürfen Sie nur über Amazon betreuen.', 'WhatsApp'],
    ['Je comprends que WhatsApp serait plus simple, mais nous ne pouvons vous aider qu\'ici, uniquement via Amazon.', 'WhatsApp'],
    ['Entiendo que por WhatsApp sería más fácil, pero solo podemos atenderte por aquí.', 'WhatsApp'],
    ['Capisco che Telegram sarebbe più pratico, ma possiamo risponderti soltanto qui su Amazon.', 'Telegram'],
    ['Entendo que pelo WhatsApp seria mais rápido, mas só podemos te atender aqui pela Amazon.', 'WhatsApp'],
    ['I understand e-mail would suit you, but we may only reply here.', 'e-mail'],
    ['Ich verstehe, dass Telefon einfacher wäre, aber wir antworten ausschließlich hier.', 'Telefon'],
  ])('refused: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(true));
  it.each([
    ['Write us on WhatsApp, but returns only via Amazon.', 'WhatsApp'],
    ['Schreiben Sie uns auf WhatsApp, aber Rücksendungen nur über Amazon.', 'WhatsApp'],
    ['WhatsApp is quicker, so message us there.', 'WhatsApp'],
    ['Scrivici su WhatsApp, ma i resi solo tramite Amazon.', 'WhatsApp'],
    ['Escríbenos por WhatsApp, pero las devoluciones solo por Amazon.', 'WhatsApp'],
    ['Chame no WhatsApp, mas devoluções só pela Amazon.', 'WhatsApp'],
    ['Écrivez-nous sur WhatsApp, mais les retours uniquement via Amazon.', 'WhatsApp'],
    ['WhatsApp would be quicker: +44 7700 900123.', 'WhatsApp'],
  ])('still offered: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(false));
});

describe('a Japanese negative closing the channel\'s clause', () => {
  it.each([
    ['恐れ入りますが、LINEでのご連絡は受け付けられません。', 'LINE'],
    ['Amazon以外のアドレスには書類を送れません。', 'Amazon以外'],
    ['個人のメールアドレスへのご返信はいたしかねます。', 'メールアドレス'],
    ['お電話での対応はお断りしております。', 'お電話'],
    ['銀行振込でのお支払いはお受けできかねます。', '銀行振込'],
    ['LINEでのやり取りは当店ではいたしません。', 'LINE'],
  ])('refused: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(true));
  it.each([
    ['LINEでご連絡いただけませんか。', 'LINE'],
    ['メールアドレスを教えてくれませんでしょうか。', 'メールアドレス'],
    ['LINEで話しませんか？', 'LINE'],
    ['LINEでご連絡ください。', 'LINE'],
  ])('still asked: %s', (text, needle) => expect(reads(channelRefused, text, needle)).toBe(false));
});

describe('a review trade or ask as the object of a refused verb after it', () => {
  it.each([
    ['Gutscheine gegen Bewertungen dürfen wir leider nicht vergeben.', 'gegen Bewertungen'],
    ['Rabatte für Rezensionen können wir nicht anbieten.', 'für Rezensionen'],
    ['Um Sterne können wir Sie leider nicht bitten.', 'Sterne'],
    ['Geld gegen Bewertungen werden wir niemals zahlen.', 'gegen Bewertungen'],
    ['当店ではレビューをお願いすることはございません。', 'レビューをお願い'],
    ['高評価と引き換えの返金は一切いたしません。', '高評価'],
    ['評価のお願いをすることはありません。', '評価のお願い'],
    ['弊社から星5つをお願いすることは決してございません。', '星5つをお願い'],
  ])('refused: %s', (text, needle) => expect(reads(reviewRefused, text, needle)).toBe(true));
  it.each([
    ['Rabatte gegen Bewertungen dürfen wir nicht anbieten, aber für 5 Sterne gibt es einen Gutschein.', 'gegen Bewertungen'],
    ['Bewertungen können wir nicht genug bekommen!', 'Bewertungen'],
    ['レビューをお願いすることはございませんが、よろしければご協力ください。', 'レビューをお願い'],
    ['レビューをお願いできませんか？', 'レビューをお願い'],
    ['Bewertungen können wir nicht erzwingen, bitte schreiben Sie trotzdem eine.', 'Bewertungen'],
    ['Eine Bewertung würde uns sehr helfen.', 'Bewertung'],
    ['レビューをお願いいたします。', 'レビューをお願い'],
    ['Über eine Bewertung freuen wir uns.', 'Bewertung'],
    ['ご感想をレビューでお聞かせいただけたら、これ以上の喜びはありません。', 'レビュー'],
    ['星5つ以外の評価は意味がありません。', '評価'],
  ])('still asked: %s', (text, needle) => expect(reads(reviewRefused, text, needle)).toBe(false));
});

describe('the buyer\'s wish routed to Amazon after an off-Amazon payment is refused', () => {
  it.each([
    ['We can\'t take PayPal; if you prefer the larger size, just order it on Amazon.', 'larger size'],
    ['Não podemos receber por Pix; se preferir o tamanho maior, é só pedir pela Amazon.', 'tamanho maior'],
    ['No podemos cobrar por Bizum; si prefiere el modelo grande, pídalo por Amazon.', 'modelo grande'],
    ['Non possiamo ricevere bonifici; se preferisce il modello grande, lo ordini su Amazon.', 'modello grande'],
  ])('routed: %s', (text, needle) => expect(reads(wishRoutedAfterRefusal, text, needle)).toBe(true));
  it.each([
    ['If you prefer the larger size, just order it on Amazon.', 'larger size'],
    ['We can\'t take PayPal; if you prefer the premium set, we send it for $20 more.', 'premium set'],
    ['Se preferir o modelo maior, é só pedir pela Amazon.', 'modelo maior'],
    ['Não podemos trocar; se preferir o modelo maior, pague a diferença por Pix.', 'modelo maior'],
  ])('still pitched: %s', (text, needle) => expect(reads(wishRoutedAfterRefusal, text, needle)).toBe(false));
});

describe('whole messages: refusals stay clean, offers in the same message keep their finding', () => {
  offClean([
    ['Thanks, but we only help here on Amazon - not by WhatsApp nor by phone. Send the photo here.', 'Can I WhatsApp you?'],
    ['Leider können wir keine Zahlungen außerhalb von Amazon annehmen, ob per PayPal oder Überweisung.', 'Kann ich per PayPal zahlen?'],
    ['Atendemos todo por la mensajería de Amazon, no por Telegram ni por correo. Cuéntanos aquí.', '¿Te escribo por Telegram?'],
    ['Capisco che WhatsApp sarebbe più comodo, ma possiamo aiutarti solo qui su Amazon.', 'Mi dai il WhatsApp?'],
    ['Não aceitamos pagamento fora da Amazon, seja por Pix ou boleto.', 'Posso pagar no Pix?'],
    ['恐れ入りますが、Amazon以外のアドレスには書類を送れません。', '書類をGmailに送ってください。'],
  ]);
  offFlags([
    'We can\'t do WhatsApp, but call us at +1 415 555 0134.',
    'Not by e-mail but by WhatsApp: +49 170 1234567.',
    'Write us on WhatsApp, but returns only via Amazon.',
    'LINEでご連絡いただけませんか。ID: shop_abc',
  ]);
  reviewClean([
    ['Gutscheine gegen Bewertungen dürfen wir leider nicht vergeben. Ihr Paket ist unterwegs.', 'Gutschein gegen 5 Sterne?'],
    ['当店ではお客様にレビューをお願いすることはございません。交換品をお送りしました。', '高評価するので送料無料にして'],
  ]);
  reviewFlags([
    'No reviews for refunds - but a 5-star review gets you a gift card.',
    'Rabatte gegen Bewertungen dürfen wir nicht anbieten, aber für 5 Sterne gibt es einen Gutschein.',
  ]);
  cleanOfMarketing([['Não podemos receber por Pix; se preferir o tamanho maior, é só pedir pela Amazon e devolver este.', 'Posso pagar a diferença no Pix?']]);
  flagsMarketing(['Não podemos trocar; se preferir o modelo maior, pague a diferença por Pix.']);
});
