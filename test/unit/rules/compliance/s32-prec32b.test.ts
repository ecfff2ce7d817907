// s32 prec32b: readings that added a rule a violating row was not labelled with. Our own sentences, several languages: the
// target structure and the near-misses that must keep their finding.
import { describe, expect, it } from 'vitest';

import { checkMessage } from '../../../../rules/compliance';
import { signoffContactLabel } from '../../../../rules/compliance/detectors/signoff-contact-label';
import { hasRule, lacks, readsSpan } from './helpers/cases';

describe('a birthday named as when a perk comes asks for no date (personal_data birthday entries)', () => {
  lacks('personal_data')([
    'Hazte socia del club y recibe un regalito por tu cumpleaños.',
    'Los miembros del club reciben un detalle en su cumpleaños.',
    'Rejoignez notre club : une petite surprise pour votre anniversaire.',
    'Iscriviti al club: un omaggio per il tuo compleanno.',
    'Entre no clube e ganhe um brinde no seu aniversário.',
    'Members get a little treat on your birthday.',
  ]);
  hasRule('personal_data')([
    '¿Cuándo es tu cumpleaños? Queremos mandarte algo.',
    "Quelle est votre date d'anniversaire ?",
    'Ci dica il suo compleanno, per favore.',
    'Qual é o seu aniversário? Queremos mandar um mimo.',
    'Please tell us your birthday for our records.',
  ]);
});

describe("the seller's own social account in Japanese is no ask for the buyer's (ja social-account)", () => {
  lacks('personal_data')(['当店のInstagramアカウントへメッセージをお送りください。', 'Facebookのアカウント「mori_zakka」もフォローしてください。', '弊社のインスタアカウントで新作を紹介しています。']);
  hasRule('personal_data')(['お客様のInstagramアカウントを教えてください。', 'Instagramのアカウント名をお知らせいただけますか。']);
});

describe('a contact label in the sign-off block is letterhead (signoff-contact-label.ts)', () => {
  it.each([
    ['Atentamente,\nLuz de Olivo\nAtención al cliente: 955 555 302', 'atención al cliente:'],
    ['Thanks,\nMara | Fernbrook Goods\nfernbrook dot shop | help line 555-0123', 'help line'],
    ['Best regards\n\nTeam Oakhill\nCustomer line: 0161 496 0732', 'customer line:'],
  ])('sign-off label: %s', (text, label) => {
    expect(readsSpan(signoffContactLabel, text, label)).toBe(true);
  });
  it.each([
    ['Customer line: 1800 555 019 (Australia)', 'customer line:'],
    ['Atentamente,\nLuz de Olivo\nSi tiene prisa, llame a nuestra atención al cliente: 955 555 302', 'atención al cliente:'],
    ['The fastest fix is a call.\nOur help line 555-0123 is open until 8.', 'help line'],
  ])('still an invitation: %s', (text, label) => {
    expect(readsSpan(signoffContactLabel, text, label)).toBe(false);
  });
  it('the number in the sign-off keeps its phone finding, without offplatform', () => {
    const rules = new Set(checkMessage('Su pedido sale mañana.\n\nUn saludo,\nVelas Norte\nAtención al cliente: 955 555 302').map((f) => f.rule));
    expect(rules.has('phone')).toBe(true);
    expect(rules.has('offplatform')).toBe(false);
  });
});

describe('gladness that the item works again is no assumed good experience (en good-experience-then-tell)', () => {
  const leading = (text: string) => checkMessage(text).some((f) => f.rule === 'leading');
  it.each(['Glad the kettle is working now. Could you share your thoughts on Amazon?', 'Happy the printer works again! When you have a minute, tell other buyers on the listing.', 'Schön, dass der Drucker jetzt wieder funktioniert. Haben Sie schon eine Bewertung auf Amazon geschrieben?'])('no leading: %s', (text) => {
    expect(leading(text)).toBe(false);
  });
  it.each(['Glad the kettle is working so well now. Could you share your thoughts on Amazon?', 'Glad the rug looks lovely - tell other buyers on the listing!', 'Schön, dass der Drucker so gut funktioniert! Erzählen Sie es anderen Käufern in einer Rezension?'])('still leading: %s', (text) => {
    expect(leading(text)).toBe(true);
  });
});

describe("a saving on the current deal's balance paid by a payment service is the off-Amazon payment, no promotion (balance-saving.ts)", () => {
  const marketing = (text: string) => checkMessage(text).some((f) => f.rule === 'marketing' && f.layer !== 'model');
  const offplatform = (text: string) => checkMessage(text).some((f) => f.rule === 'offplatform');
  it.each([
    'We can take $5 off if you pay the balance for the monogram by Venmo.',
    'Si prefiere ahorrarse la comisión, puede pagarnos la diferencia por Bizum.',
    'Pode pagar a diferença por Pix direto pra gente, fica mais barato.',
  ])('offplatform, no marketing: %s', (text) => {
    expect(offplatform(text)).toBe(true);
    expect(marketing(text)).toBe(false);
  });
  it.each([
    'We can knock $12 off if you pay us directly by Zelle next time instead of going through Amazon.',
    'Se quiser a segunda capa, paga a diferença no Pix e fica 10% mais barato.',
    'Na nossa loja você paga no Pix com 5% de desconto.',
  ])('still marketing: %s', (text) => {
    expect(marketing(text)).toBe(true);
  });
});

describe("other buyers' stars or a liking tied to stars are social proof for a review, no cross-sell (promotion.ts)", () => {
  const crossSell = (text: string) => checkMessage(text).some((f) => f.entry === 'marketing:promotion-cross-sell');
  it.each([
    'Viele Kunden geben uns 5 Sterne, wir hoffen Sie auch.',
    'Many customers also give us five stars - we hope you will too!',
    'Se você gostou do produto, por favor deixe 5 estrelas para a nossa lojinha.',
    'Muchos clientes también nos dan 5 estrellas.',
  ])('no cross-sell: %s', (text) => {
    expect(crossSell(text)).toBe(false);
  });
  it.each(['Viele Kunden nehmen auch die passende Hülle dazu.', 'Many customers also pick our matching lid.'])('still a cross-sell: %s', (text) => {
    expect(checkMessage(text).some((f) => f.rule === 'marketing')).toBe(true);
  });
});

describe('a new range still being developed, the Italian/French contracted preposition (promotion.ts IN_DEVELOPMENT)', () => {
  const marketing = (text: string) => checkMessage(text).some((f) => f.rule === 'marketing');
  it.each(['Stiamo lavorando alla nuova serie di pentole e vogliamo migliorarle.', 'Nous travaillons au nouveau modèle et vos remarques nous aident.'])('no marketing: %s', (text) => {
    expect(marketing(text)).toBe(false);
  });
  it.each(['Stiamo lavorando alla nuova serie di pentole: può già preordinarla con il 10 % di sconto.', 'È appena uscita la nostra nuova serie di pentole.'])('still marketing: %s', (text) => {
    expect(marketing(text)).toBe(true);
  });
});

describe('"the new model" named back after the replacement was told is the buyer\'s own (replacement-named-back.ts)', () => {
  const novelty = (text: string) => checkMessage(text).some((f) => f.rule === 'marketing');
  it.each([
    'La sostituzione è partita ieri. Ci dica poi come si trova con il nuovo modello.',
    'Your replacement left our warehouse today. Let us know how you get on with the new model.',
    'El recambio sale mañana. Cuéntenos qué tal le va con el nuevo modelo.',
  ])('no marketing: %s', (text) => {
    expect(novelty(text)).toBe(false);
  });
  it.each(['La sostituzione è partita ieri. Il nuovo modello è in offerta con il 10 % di sconto.', 'Ci dica come si trova con la lampada. È arrivato il nostro nuovo modello!'])('still marketing: %s', (text) => {
    expect(novelty(text)).toBe(true);
  });
});

describe("the item's pre-order status with the charge put off until shipping is the buyer's own pre-order (own-preorder.ts)", () => {
  const marketing = (text: string) => checkMessage(text).some((f) => f.rule === 'marketing');
  it.each([
    "La lampe « Aurore » est en précommande : expédition le 3 avril. Vous ne serez débité qu'au moment de l'envoi.",
    "Il gioco è in preordine: uscita il 12 marzo. L'addebito avverrà solo alla spedizione.",
  ])('no marketing: %s', (text) => {
    expect(marketing(text)).toBe(false);
  });
  it.each([
    "Pre-orders for the 2027 planner are now open. You'll only be charged when it ships.",
    'Il gioco è in preordine: uscita il 12 marzo, lo prenoti ora!',
    'Les précommandes du nouveau jeu sont ouvertes ! Vous ne serez débité qu\'au moment de l\'envoi.',
  ])('still marketing: %s', (text) => {
    expect(marketing(text)).toBe(true);
  });
});

describe('links.ts: the name a handle goes by, and a dotted id with digits after the TLD', () => {
  const has = (text: string, rule: string) => checkMessage(text).some((f) => f.rule === rule);
  it.each(['Our help desk is on Insta as @fernwick.care, DM us there.', 'Wir sind auf Instagram als @kaffee.nord zu finden.', 'Nos encontrará en Instagram como @casa.olmo.es'])(
    'a handle, no email: %s',
    (text) => {
      expect(has(text, 'email')).toBe(false);
      expect(has(text, 'offplatform')).toBe(true);
    },
  );
  it('a spaced address is still one', () => {
    expect(has('Mail me at anna.ross @ gmail.com', 'email')).toBe(true);
  });
  it.each(['Add us on Signal (kestrel.support.01) and send the photos there.', 'Ajoutez-nous sur Signal : atelier.shop.22'])('a dotted id, no url: %s', (text) => {
    expect(has(text, 'url')).toBe(false);
  });
  it.each(['Visit kestrel.shop for spares.', 'See shop.de. 2 items left there.'])('still a url: %s', (text) => {
    expect(has(text, 'url')).toBe(true);
  });
});

describe("the seller handing over its own bank details asks for none of the buyer's (seller-gives-bank.ts)", () => {
  lacks('personal_data')(["Mi scriva in direct che le passo l'IBAN.", 'Je vous envoie notre RIB par mail.', 'Si prefieres transferencia, te paso el IBAN por aquí.']);
  hasRule('personal_data')(['Mi passi il suo IBAN, per favore.', 'Send us your IBAN please.', 'Pásame tu IBAN y te hago la devolución.']);
});

describe('a review thanked for before "励みになります" asks for none (ja review-strength)', () => {
  lacks('review_request')(['レビューありがとうございました！励みになります。', '丁寧な評価をありがとうございます。大変励みになります。']);
  hasRule('review_request')(['ご購入ありがとうございました！レビューをいただけると励みになります。']);
});
