// The s24 review's findings (/work/s24-review.md.out), each fixed by its cause: the reviewer's probes (ours), two paraphrases
// of our own, and the near-miss the original guard or detection was written for, which must stay as it was. Asserts read the
// rule layer (findings whose layer is not 'model') unless the learned layer's output is the point.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const ruleFindings = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) =>
  checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.entry ?? '');

describe('#1 a Spanish "no" + infinitive refuses only a verb of using, sharing or switching the channel', () => {
  it.each([
    'Mejor no esperar y escribirnos por WhatsApp ahora mismo.',
    'Preferimos no tardar y contestarle por WhatsApp.',
    'Lo mejor es no usar el chat de Amazon y escribirnos por WhatsApp.',
    'Mejor no esperar más y mandarnos un mensaje por Telegram hoy mismo.',
    'Lo mejor es no usar la mensajería de Amazon y hablar por WhatsApp con nosotros.',
  ])('%s', (text) => {
    expect(ruleFindings(text)).toContain('offplatform');
  });

  it.each([
    'Gracias, pero preferimos no usar WhatsApp; le avisamos por este mismo hilo cuando llegue.',
    'Mejor no pasar a WhatsApp, seguimos por aquí.',
    'Preferimos no usar WhatsApp y seguir por este chat.',
    'Mejor no compartir su número de WhatsApp, respondemos en este hilo.',
  ])('still a refusal: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('offplatform');
  });
});

describe('#2 a coupon of the past purchase told as coming back is offered again, in every language', () => {
  it.each([
    'El cupón que marcaste en la ficha vuelve esta semana.',
    'Le coupon que vous aviez quand vous avez commandé revient cette semaine, profitez-en !',
    'O cupom que você usou quando comprou voltou esta semana, aproveite!',
    'Il coupon che era attivo quando ha acquistato torna la settimana prossima.',
    'El cupón que activaste al comprar regresa mañana en la tienda.',
    'O cupom que você usou volta na próxima semana.',
  ])('%s', (text) => {
    expect(ruleFindings(text)).toContain('marketing');
  });

  it.each([
    'La diferencia de 4 € es el cupón que marcaste en la ficha antes de comprar; Amazon lo descontó al pagar.',
    'È il coupon che era attivo sulla pagina quando ha acquistato; Amazon lo ha applicato da solo, non deve fare nulla.',
    'El cupón que marcaste ya se descontó y el repartidor vuelve a pasar mañana.',
    'O cupom que você usou quando comprou já foi descontado; se devolver, o valor volta para o seu cartão.',
  ])('still explained: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('marketing');
  });
});

describe('#3 a word-and-digits code is a promo code only with a discount or purchase in its sentence', () => {
  it.each([
    'Enter the code PAIR123 on the speaker to pair it.',
    'Bitte geben Sie den Code RESET12 im Menü ein, um die Uhr zurückzusetzen.',
    'Inserisca il codice WIFI24 sul router per collegare la telecamera.',
    'El modelo tiene el código ABC123 en la etiqueta.',
    'Das Modell heißt Code AB12 im Handbuch',
    'Type the code SYNC42 into the app to link the scale.',
    'Le code LOT2024 imprimé sous le flacon indique la date de fabrication.',
  ])('service text: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('marketing');
  });

  it.each([
    'Mit dem Code HALLO12 sparen Sie 12 % bei Ihrer nächsten Bestellung.',
    'Avec le code RETOUR20, 20 % sur votre prochaine commande.',
    'Le dejamos el código GRACIAS5 para su próxima compra en nuestra tienda.',
    'Usa o cupom VOLTA12 na próxima compra.',
    'Il codice PRIMAVERA15 vale il 15% di sconto sul prossimo ordine.',
  ])('still a code offered: %s', (text) => {
    expect(ruleFindings(text)).toContain('marketing');
  });
});

describe('#4 "line:" and "signal:" before an id-shaped token are a messenger only as the app', () => {
  it.each([
    'Product line: eco.2024',
    'Production line: batch_2024_07 (printed under the lid).',
    'Signal: weak_2g means the tracker has no coverage.',
    'Produktlinie und Line: pro_2025 stehen auf dem Etikett.',
    'Signal: low_bat3 blinks when the charge drops.',
  ])('not a handle: %s', (text) => {
    expect(entries(text)).not.toContain('handle:social');
  });

  it.each([
    'Confirme sua compra respondendo no nosso LINE: lojasakura_br',
    'LINE ID: sakura_shop',
    'Add us on Signal: casa_verde24',
    'Schreiben Sie uns auf Line: kerzen_2024',
    'Telegram: velas_lunares',
  ])('still a handle: %s', (text) => {
    expect(entries(text)).toContain('handle:social');
  });
});

describe('#5 a gift-card exclusion beside a review ask is tied to the gift noun, and "regardless" clears nothing', () => {
  it.each([
    'We have popped a £5 voucher in the box, postage paid by us. A review on Amazon would mean the world to us.',
    'As a thank-you we have added £5 to your account balance. A review on Amazon would mean the world to us.',
    'We slipped a gift card into the gift wrap for you - please leave us a review!',
    'Write a review and we send you a £10 voucher, regardless of the stars you give.',
    'Als Dankeschön liegt ein Gutschein im Paket, unabhängig davon, wie Sie bewerten. Über eine Bewertung freuen wir uns sehr.',
    'We tucked a $10 gift card in with the invoice, shipping paid by us as always. Could you leave a review on Amazon?',
    'Nous avons glissé un bon d\'achat dans le colis, quel que soit votre avis. Un avis sur Amazon nous aiderait beaucoup.',
  ])('%s', (text) => {
    expect(ruleFindings(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it.each([
    'The refund goes back to your Amazon gift card balance within 3 days. Could you leave a review once you have tried the new one?',
    'You paid with an Amazon gift card, so the refund goes back there. Could you leave a review once it arrives?',
    'We sent your order in a gift-wrapped parcel as you asked. Could you leave a review?',
    'Le enviamos la funda envuelta para regalo, como pidió. ¿Nos dejaría una reseña?',
    "We can't offer vouchers or gifts for reviews. We would still appreciate an honest review, though.",
  ])('no reward: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('leading');
  });
});

describe('#6 a reward beside an ask that its own sentence denies, or that Amazon makes, is no reward for a review', () => {
  it.each([
    'You do not need to leave a review. As an apology we have refunded €5.',
    'Als Entschuldigung legen wir einen Gutschein bei. Eine Bewertung ist keine Voraussetzung dafür und wir bitten auch nicht darum.',
    'Amazon may email you to ask for a review. As an apology for the delay we refunded €5.',
    'There is no need to write a review at all. We have refunded £4 for the trouble.',
    'Amazon will send you an e-mail asking for a review. As a thank-you for your patience we tucked a voucher into the parcel.',
  ])('%s', (text) => {
    expect(ruleFindings(text)).not.toContain('leading');
  });

  it.each([
    "Don't forget to leave a review - we tucked a voucher in the box.",
    "A quick review on Amazon would help us a lot. We've added a £5 voucher as a thank-you.",
    "Please leave us a review on Amazon. As a thank-you, we've put a £5 voucher in the box.",
  ])('still a reward beside an ask: %s', (text) => {
    expect(ruleFindings(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
});

describe('#7 a follow sentence that sells there keeps the learned layer\'s offplatform', () => {
  // the model's output is the point here: followOnly must not clear its warning when the follow sentence sells on the network
  const all = (text: string) => [...new Set(checkMessage(text).map((f) => f.rule))].sort();
  it.each([
    'Follow us on Instagram - we sell the refills there for less.',
    'Síguenos en Instagram, allí vendemos los modelos más baratos.',
    'Segue a gente no Insta, lá vendemos mais barato e com frete grátis.',
    'Folgen Sie uns auf Instagram, dort verkaufen wir die Ersatzteile günstiger.',
  ])('%s', (text) => {
    expect(all(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it.each([
    'Síguenos en Instagram y TikTok, subimos novedades cada semana.',
    'Segue a gente no Insta que toda semana tem sorteio.',
    'Seguici su Instagram e Facebook per le novità.',
  ])('a follow only stays marketing only: %s', (text) => {
    expect(all(text)).toEqual(['marketing']);
  });
});

describe('#8 goods "we don\'t sell on Amazon" are an offer only where the seller sells them elsewhere', () => {
  it.each([
    'El azul es un color que no vendemos en Amazon ni en ningún otro sitio, lo siento.',
    "The filter is a part that we don't sell on Amazon; the manufacturer Brita sells it directly.",
    'Die Ersatzklingen, die wir bei Amazon nicht verkaufen, bekommen Sie beim Hersteller.',
    "The XL size is one that we don't sell on Amazon, and we don't make it any more either.",
    'Les joints que nous ne vendons pas sur Amazon sont fournis par le fabricant.',
  ])('a fact: %s', (text) => {
    expect(entries(text)).not.toContain('marketing:offers-not-on-amazon');
  });

  it.each([
    'Sul nostro sito ortobellezza.it trova anche i semi biologici che su Amazon non vendiamo.',
    "The refills that we don't sell on Amazon are on our own website.",
    'Las semillas que no vendemos en Amazon las tiene en nuestra tienda online.',
    'Die Samen, die wir bei Amazon nicht verkaufen, gibt es bei uns im Webshop.',
  ])('still an offer: %s', (text) => {
    expect(entries(text)).toContain('marketing:offers-not-on-amazon');
  });
});

describe('#9 "other buyers to hear how ..." asks only about the buyer\'s own experience', () => {
  it.each([
    'We would love for other buyers to hear how we fixed the issue, so we updated the listing FAQ.',
    "We'd love for other customers to know how to pair it, so the guide is now on the listing.",
    "We'd love for other buyers to know what our new packaging looks like.",
    'We would like future customers to learn how we test every batch before it ships.',
  ])('the seller\'s news: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('review_request');
  });

  it.each([
    'Now that your desk is set up, we would love for other shoppers to hear how the assembly went.',
    'We would like future buyers to know what you think of the kettle.',
    "We'd love for other parents to hear how the stroller has worked for you.",
  ])('still an ask: %s', (text) => {
    expect(ruleFindings(text)).toContain('review_request');
  });
});

describe('#10 the new phone invitations pass the carrier and Amazon guards', () => {
  it.each([
    "The courier's number is 0161 555 0199. Feel free!",
    'If you ring Amazon customer service on 0800 279 7234, ask for the returns team.',
    "The carrier's depot is on 0113 555 0123. Feel free!",
    'Il corriere risponde allo 02 5555 1234, chiedete di Marco.',
  ])('not the seller\'s line: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('offplatform');
  });

  it.each([
    'Our workshop line is 0113 555 0177. Feel free!',
    'For the workshop, ring 0161 555 0144 and ask for Tom.',
    'Per domande tecniche: 011 555 7733, chiedete di Sara in magazzino.',
    'Forget Amazon support, call us on 0161 555 0199.',
  ])('still an invitation: %s', (text) => {
    expect(ruleFindings(text)).toContain('offplatform');
  });
});

describe('#11 every messenger of MESSENGER_APPS says "phone" before a number, not WhatsApp alone', () => {
  it.each([
    'Para dudas, escríbanos por Telegram al 612 345 678.',
    'Per urgenze ci trova su Viber al 347 555 1289.',
    'Schreiben Sie uns auf Signal unter 0151 5550 1234.',
  ])('%s', (text) => {
    expect(ruleFindings(text)).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it.each([
    'Ihre Bestellung 302-4417820-5561934 ist unterwegs, Telegram nutzen wir nicht.',
    'El envío 1Z 84F 220 03 5561 9034 llega mañana.',
  ])('an id stays an id: %s', (text) => {
    expect(ruleFindings(text)).not.toContain('phone');
  });
});

describe('#12 a sales event after any shared cause word is a cause, not a sale', () => {
  it.each([
    'Suite au Black Friday, nos expéditions ont deux jours de retard.',
    'A raíz del Black Friday, los envíos van con un día de retraso.',
    'Due to Black Friday our warehouse is running a day late.',
  ])('%s', (text) => {
    expect(ruleFindings(text)).not.toContain('marketing');
  });
  it('a sale stays a sale', () => {
    expect(ruleFindings('Black Friday: 20 % auf alle Decken!')).toContain('marketing');
  });
});

describe('#16 a messenger bag is no messenger in any language', () => {
  it.each([
    'Die Anleitung für die Messenger-Tasche liegt bei.',
    'Le sac messenger a une bandoulière réglable.',
    'La borsa messenger ha due tasche interne.',
  ])('%s', (text) => {
    expect(ruleFindings(text)).not.toContain('offplatform');
  });
  it('the app still counts', () => {
    expect(ruleFindings('Feel free to reach us on Facebook Messenger.')).toContain('offplatform');
  });
});
