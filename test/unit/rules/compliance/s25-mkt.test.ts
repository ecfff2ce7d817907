// Marketing misses and false alarms of the s25 blind batch b (marketing recall .85 on the start code), each fixed by its
// structure (detectors/standing-offer.ts, promotion.ts, purchase-push.ts, marketing-answers.ts, check.ts) and written here in
// other words, in the languages where the same structure exists - and the replies next to them that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry);

describe('a subscription programme suggested with a gain or a tip (standing-offer.ts subscribe-nudge)', () => {
  it.each([
    ['Your replacement lid is on its way. Pro tip: put the coffee pods on Subscribe & Save and you save 10% on each delivery.'],
    ['Little tip: if you switch the dog treats to a subscription, you will never run out again.'],
    ['Die Gutschrift ist erfolgt. Übrigens: mit einem Spar-Abo sparen Sie bei den Filterpatronen jedes Mal 5 %.'],
    ["Le colis est reparti ce matin. Pensez à l'abonnement pour les recharges : vous économisez 10 % à chaque envoi."],
    ['El reembolso ya está hecho. Consejo: con una suscripción a las cápsulas ahorras un 10 % en cada envío.'],
    ['洗剤は「定期おトク便」にすると毎回5%お得になりますので、ぜひご検討ください。'],
    ["Il reso è chiuso. Suggerimento: con l'abbonamento al caffè risparmia il 10% e non resta mai senza."],
    ['A troca já foi enviada. Dica: no Programe e Poupe você economiza 10% em cada entrega.'],
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-subscribe-nudge');
  });

  it('tacked onto an answer to another question it is still a pitch', () => {
    expect(rules('Two scoops per cup are enough. And when the beans run low, think about our Subscribe & Save plan - it is cheaper than single bags.', { buyerMessage: 'How much coffee per cup?' })).toContain('marketing');
  });

  it.each([
    'Your Subscribe & Save delivery for May can be skipped under Your Account > Subscribe & Save.',
    'The 5% off on your refill comes from Subscribe & Save, so the invoice is correct.',
    'Ihr Spar-Abo können Sie jederzeit in Ihrem Konto kündigen.',
    "Votre abonnement n'est pas concerné par ce retard, la recharge arrive jeudi.",
    '定期おトク便の解約はアカウントサービスから行えます。',
    "We don't offer Subscribe & Save on this filter, sorry.",
    'Não temos Programe e Poupe para este item, mas ele economiza energia.',
    // (a discount explained as applied or as what the buyer saw)
    "That's the Subscribe & Save price: Amazon applied it because you picked a monthly delivery.",
    'The 10% you noticed was the Spar-Abo discount, which is only for subscription orders.',
    'Der Abo-Rabatt wurde bereits beim Kauf angewendet, weil Sie ein Spar-Abo eingerichtet haben.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });

  it('the buyer asking about the programme gets an answer, not a pitch', () => {
    expect(rules('Yes - pick Subscribe & Save on the product page and the 5% is taken off every delivery.', { buyerMessage: 'Can I get this filter on Subscribe & Save?' })).not.toContain('marketing');
  });
});

describe('N items for the price of M, buy N pay M (multi-buy)', () => {
  it.each([
    ['Your parcel is with the courier. This month only: take 4 jars of the honey and pay for 3!'],
    ['Ihre Reklamation ist erfasst. Aktion: 4 Rollen Klebeband kaufen, nur 3 bezahlen.'],
    ['Le remplacement part demain. Coffret trio : nos 3 savons au prix de 2, dès cette semaine.'],
    ['Su pedido ya salió. Esta semana: 3 velas al precio de 2 en nuestra tienda de Amazon.'],
    ['Il reso è registrato. Promo: 3 candele al prezzo di 2 fino a domenica.'],
    ['ご注文の品は発送済みです。今なら同じ石けんが2個分の価格で3個お求めいただけます。'],
    ['O estorno já foi feito. Nesta semana: leve 4 esponjas e pague só 3!'],
  ])('%s', (text) => {
    // (s32: "... fino a domenica" is also a sale told as ending - sale-ending.ts; merged spans keep the sentence-wide reading's entry)
    expect(entries(text).filter((e) => e === 'marketing:promotion-multi-buy' || e === 'marketing:sale-ending-structure')).not.toEqual([]);
  });

  it.each([
    'La lampe est vendue au prix de 25 € sur la fiche.',
    'That was the 3-for-2 deal on your order, so the third bar shows as free on the invoice.',
    'A refill costs about the price of one coffee a month.',
    'Sie haben 2 Packungen bestellt und 2 bezahlt, die Rechnung ist korrekt.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('the buyer asked to tell friends or family about the seller (word of mouth)', () => {
  it.each([
    ['So glad the boots fit! If your friends need new ones, tell them about us.'],
    ['Erzählen Sie Ihren Freunden gern von uns, wir sind ein kleiner Betrieb.'],
    ["N'hésitez pas à parler de nous à vos amis, ça nous aide beaucoup."],
    ['Si le ha gustado, háblele de nosotros a sus amigos.'],
    ['Se il tappeto le piace, parli di noi ai suoi amici!'],
    ['ご家族やお友達にも当店をご紹介いただけますと幸いです。'],
    ['Se curtiu, fale de nós para os seus amigos!'],
    ['If your family is planning a trip, tell them about Northpine Gear - we would love to help them pack too.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'If your friend collects the parcel for you, tell them about the pickup code.',
    'Your friend can tell us about the problem here in this thread as well.',
    'Please tell your family the delivery will come on Friday.',
    'Ihre Familie kann das Paket auch in der Filiale abholen.',
    'We never ask buyers to tell their friends about us in exchange for anything.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a bundle with a percentage less, a dearer model with a small gap, scarcity of another edition, a ja cross-sell', () => {
  it.each([
    ['Did you know the lens cloth can be bundled with the spray for 20% less?'],
    ['Tipp: Das Reinigungsset im Bundle mit dem Spray ist 15 % günstiger.'],
    ['Reply: by the way, our brand-new 900 lumen version is way brighter and only a few dollars more.'],
    ['Heads up: only 25 pieces of the limited oak edition are left, they go fast.'],
    ['Nur noch 8 Stück der Sonderedition in Eiche, die gehen schnell weg!'],
    ['このポットをご購入のお客様には、同じシリーズのマグカップもおすすめです。'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it('a step-up model beside an answer about brightness is still an upsell', () => {
    expect(rules('That lamp is the 600 lumen one; you would be happier with our 1000 lumen version, only a few dollars more.', { buyerMessage: 'Is this lamp bright enough for a desk?' })).toContain('marketing');
  });

  it.each([
    'The bundle you ordered was 10% cheaper at checkout, which is why the price differs.',
    'Your case is back in stock and ships Monday.',
    'Only 2 days left to collect the parcel at the locker, it goes back after that.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });

  // (care advice recommended "too" after "customers who bought this" is no cross-sell; the learned layer's own warn on these
  // sentences is the lead's to retrain, so the structural kind is what is held here)
  it.each([
    'こちらをご購入のお客様には、定期的なお手入れもおすすめです。',
    'ご購入のお客様には、陰干しで乾燥させることもおすすめです。',
    'ご購入のお客様には、取扱説明書のご確認もおすすめしております。',
  ])('no cross-sell: %s', (text) => {
    expect(entries(text)).not.toContain('marketing:promotion-cross-sell');
  });
});

describe('a club joined on the seller site is an off-Amazon invitation (de/fr/es/it/pt verbs of membership)', () => {
  it.each([
    'Werden Sie Mitglied in unserem Kunden-Club auf kiefer-werk.de und erhalten Sie Vorteile.',
    'Treten Sie unserem Club auf kiefer-werk.de bei.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform', 'url']));
  });

  it('the Spanish membership verb makes the club at the address an invitation', () => {
    expect(rules('Hazte socio de nuestro club en mesa-viva.es.')).toEqual(expect.arrayContaining(['offplatform', 'url']));
  });

  it('a help page at a domain with "treten Sie" (step on) is no club', () => {
    expect(rules('Treten Sie mit dem Fuß auf die Platte, die Anleitung finden Sie auf hilfe.kiefer-werk.de.')).not.toContain('offplatform');
  });
});

describe('a discount or code the buyer asked about, explained (marketing-answers.ts)', () => {
  it.each([
    ['Why does my invoice show a -£3 line?', 'That is the multi-buy price: the second tin came with £3 off at checkout, as the invoice shows.'],
    ['Is the voucher code SPRING5 from your flyer valid here?', 'Sorry, SPRING5 was from an old newsletter and never worked on Amazon.'],
    ['Warum steht auf meiner Rechnung ein Abzug?', 'Die zweite Packung bekam beim Kauf 3 € Rabatt, das ist der Abzug.'],
  ])('%s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).not.toContain('marketing');
  });

  it.each([
    ['Why does my invoice show a -£3 line?', 'The second tin came with £3 off, and you get £5 off your next order with code TIN5.'],
    ['Is the code SPRING5 valid here?', 'SPRING5 was from our newsletter - sign up to our newsletter and get a new code.'],
    ['', 'Sorry, SPRING5 was from an old newsletter.'],
  ])('still flagged: %s', (buyerMessage, text) => {
    expect(rules(text, buyerMessage ? { buyerMessage } : undefined)).toContain('marketing');
  });
});

describe('one list of social networks (lexicon/shared.ts SOCIAL_NETWORKS) for the lists that name them', () => {
  it.each([
    // (the page named after the network: PAGE_QUOTED / PAGE_AS knew neither Twitter nor Snapchat)
    'Folgen Sie unserer Twitter-Seite „Kiefer Werkstatt“, dort zeigen wir neue Stücke.',
    'Síguenos en Snapchat como Cerámica Alba.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it.each([
    'The threads of the lid are sealed; the setup video on YouTube shows how to open it.',
    'Size X fits a 40 cm waist.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
