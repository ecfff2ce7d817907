// s32 mrec32: marketing and off-Amazon misses of the development rows, fixed by structure and written here in other words (none of
// the rows' sentences), with the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';

import { checkMessage } from '../../../../rules/compliance';
import { reviewTradeRefused } from '../../../../rules/compliance/refusal';
import { cleanOfMarketing, flagsMarketing, ruleLayer } from './helpers/cases';

/** Near-misses other rules may read (a url, an address invitation, "other products"): the named detector's entries stay out. */
const quiet = (entry: string) => (cases: string[]) =>
  it.each(cases)(`no ${entry}: %s`, (text) => {
    expect(checkMessage(text).filter((f) => f.entry?.includes(entry))).toEqual([]);
  });

describe('scarcity-notice.ts: few units left with the run ending, an aside of the seller or the buyer urged (no call to buy)', () => {
  flagsMarketing([
    'Quick heads up: the olive-green teapot is nearly gone, only 4 left.',
    "Only 5 stoneware mugs remain and we won't be restocking them.",
    'Übrigens: Von der Leinentasche in Senfgelb haben wir nur noch 3 Stück.',
    'Kleiner Hinweis: Vom Leinenkissen in Rost haben wir nur noch 2 Stück.',
    'Au passage, il ne reste que 4 plaids en laine bouclée.',
    'Il ne reste plus que 3 carafes fumées, elles ne seront pas rééditées.',
    'Por cierto, nos quedan pocas unidades del termo rojo.',
    'Quedan 2 unidades de la lámpara de mimbre, por si te animas.',
    'Ti segnalo che della tovaglia blu restano pochissimi pezzi.',
    'Restano solo 3 pezzi del vaso in terracotta e non lo rifaremo.',
    'Aliás, restam só 4 unidades da mochila caramelo.',
    'Nos restam poucas unidades da caneca verde e não vamos repor.',
    'Nos bols en grès font un malheur, il ne reste que quelques pièces.',
  ]);
  cleanOfMarketing([
    ['You can reorder it from the same Amazon listing; there are 7 units left.', 'Can I order a second one?'],
    'Puedes volver a pedirla desde el mismo anuncio de Amazon; quedan 6 unidades.',
    'No hay prisa: quedan 3 días para devolverlo y la etiqueta está en tu cuenta.',
    'Die Tasche in Senfgelb ist leider ausverkauft und wird nicht mehr produziert; wir haben Ihre Bestellung storniert.',
    'Heads up - only 2 days left to send the return, the label is in your Amazon account.',
    'Il ne reste que 3 jours pour renvoyer le colis, pas de souci.',
    'La versione blu è esaurita; abbiamo annullato l\'articolo e non le è stato addebitato nulla.',
  ]);
});

const offAndMarketing = (cases: string[]) =>
  it.each(cases)('offplatform + marketing: %s', (text) => {
    expect(ruleLayer(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

describe('shop-range.ts: the seller address told as where more of the range or a lower price is', () => {
  offAndMarketing([
    'Our whole range, including the XXL cushions, is at cushionhaus.co.uk.',
    'Auf pfeffermuehle-sonne.de haben wir noch weitere Farben, schauen Sie gern vorbei.',
    'Im Webshop gewuerzwelt-nord.de ist das Glas noch lieferbar.',
    'Sur atelier-lumen.fr vous trouverez aussi d\'autres coloris du même abat-jour.',
    'En nuestra web casalino.es tenemos más tallas de esta camisa.',
    'Il catalogo completo dei nostri cuscini è su tessiturasole.it.',
    'No site lojabrisa.com.br a gente tem mais cores da mesma toalha.',
    'Im Shop teehaus-mayer.de ist die Dose 3 Euro günstiger.',
    '公式サイト kobo-hinata.jp にもお立ち寄りください。品揃えも豊富です。',
  ]);
  quiet('shop-range')([
    'More videos and the full manual are at lampworks.com/help.',
    'We have no other colours on lampworks.com, sorry.',
    'The tracking page is dhl-example.com; a cheaper rate was not possible, sorry.',
    'Découvrez nos autres produits sur www.bougies-lune.fr',
    'Die komplette Anleitung mit weiteren Modellen finden Sie unter moebel-nord.de/downloads.',
  ]);
});

describe('refusal.ts: "em troca de/da/do", "en échange de/du" open a trade (the article spelled out)', () => {
  it.each([
    ['não podemos oferecer descontos ou brindes ', 'em troca de avaliações'],
    ['não damos cupons nem reembolsos ', 'em troca da sua avaliação'],
    ['nous ne pouvons pas offrir de bons ', 'en échange de votre avis'],
    ['nous ne pouvons pas offrir de remises ', 'en échange du commentaire'],
  ])('refused: %s%s', (head, phrase) => {
    expect(reviewTradeRefused(head, head, phrase, '.')).toBe(true);
  });
  it.each([
    ['oferecemos um brinde ', 'em troca da sua avaliação'],
    ['nous offrons un bon ', 'en échange de votre avis'],
    ['não podemos oferecer descontos, mas um brinde ', 'em troca de avaliações'],
  ])('offered: %s%s', (head, phrase) => {
    expect(reviewTradeRefused(head, head, phrase, '.')).toBe(false);
  });
  const trade = (cases: string[]) =>
    it.each(cases)('still a trade: %s', (text) => {
      expect(ruleLayer(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
    });
  trade(['Oferecemos um cupom de 10% em troca da sua avaliação de 5 estrelas.', 'Nous offrons un bon d\'achat en échange de votre avis 5 étoiles.']);
  quiet('review')(['Não oferecemos brindes em troca de avaliações.', 'Nous ne pouvons pas offrir de bons d\'achat en échange de votre avis.']);
});

describe('market-stall.ts: the seller at a market or a shop in town, the buyer invited there', () => {
  offAndMarketing([
    "We're at the Sunday farmers market every week, stall 9 - come say hi and try the other jams.",
    'Samstags stehen wir mit unserem Stand auf dem Bauernmarkt in Freiburg, kommen Sie gern vorbei.',
    'Nous serons au marché de Noël de Lille tout le mois, passez nous voir au chalet 12.',
    'Los sábados estamos en el mercadillo artesanal de la plaza, pásate y te enseño los otros colores.',
    'A dicembre siamo al mercatino di Natale di Trento, venite a trovarci!',
    'Aos domingos estamos na feira de artesanato da praça, passa lá para ver as outras peças.',
    '毎週末、駅前のマルシェに出店しています。',
  ]);
  quiet('market-stall')([
    'Não temos loja física nem site, vendemos só pela Amazon.',
    'Antes vendia só na feira, por isso demorei a responder. O tapete mede 60 x 40 cm.',
    "En cas d'absence, le colis ira au point relais Tabac du Marché, 12 rue Pasteur.",
    'Seu pedido chega na sexta-feira; estamos na torcida para que goste.',
    'Wir sind nicht mehr auf dem Wochenmarkt, wir verkaufen nur noch über Amazon.',
    'This is the best kettle on the market, we are at your disposal for any question.',
  ]);
});

describe('lexicons birthday-treat (de fr es it pt ja): the seller perk at the buyer birthday is marketing', () => {
  flagsMarketing([
    'Nennen Sie uns Ihr Geburtsdatum, dann gibt es zum Geburtstag einen Gutschein von uns.',
    'Laissez-nous votre date de naissance et recevez un cadeau pour votre anniversaire.',
    '¿Nos dices tu fecha de nacimiento? Así te enviamos un regalo por tu cumpleaños.',
    'Ci dica la sua data di nascita: al suo compleanno le mandiamo un buono.',
    'Informe sua data de nascimento e ganhe um desconto no seu aniversário.',
    '生年月日をご登録いただくと、お誕生日に割引クーポンをお送りします。',
  ]);
  cleanOfMarketing([
    'Die Karte mit „Alles Gute zum Geburtstag" haben wir wie gewünscht beigelegt.',
    "Nous sommes ravis que la lampe soit arrivée à temps pour l'anniversaire de votre fils.",
    'El regalo de cumpleaños para tu hermano va envuelto y sin precio.',
    'Il biglietto «Buon compleanno Giada» è stato stampato come richiesto.',
    'O presente de aniversário da sua sobrinha saiu hoje, sem nota de preço.',
    'お誕生日プレゼントとのことで、ギフト包装のうえ発送いたしました。',
  ]);
});

describe('phone.ts: a local three-four number with a call or text verb in its sentence', () => {
  const phone = (cases: string[]) =>
    it.each(cases)('phone: %s', (text) => {
      expect(ruleLayer(text)).toContain('phone');
    });
  phone([
    'Our fitter Sam is on 555-0162 most mornings, give him a ring.',
    'Text Nora, who runs the workshop, on 555 0119 and she will sort the strap.',
    'Easier by message: shoot me a text at 555-0175.',
    'Call the repair desk at 555.0133 after lunch.',
  ]);
  const noPhone = (cases: string[]) =>
    it.each(cases)('no phone: %s', (text) => {
      expect(ruleLayer(text)).not.toContain('phone');
    });
  noPhone([
    'The jar holds between 250-1000 ml, so it fits most blenders.',
    'Your order 555-0162 shipped today.',
    'We printed pages 120-1250 of the catalogue on recycled paper.',
  ]);
});

describe('social-content.ts: the seller content on a network or a follow, with the account named', () => {
  offAndMarketing([
    'We share new glaze tests every Sunday on Instagram @kilnhouse_pottery.',
    'Neue Rezepte posten wir jede Woche auf Instagram unter @gewuerzkontor_nord.',
    'Suivez nos nouveautés sur instagram.com/atelier.brume',
    'Pubblichiamo ogni mese le novità su Facebook, facebook.com/bottega.lume',
    'Postamos receitas novas toda semana no Instagram @cozinha.ipe.',
  ]);
  quiet('social-content')([
    'The maker has a setup video on YouTube; search for the model number.',
    'We post on Instagram now and then, but all support stays here on Amazon.',
    'Unsere Pflegetipps posten wir auf Instagram unter @kissenwerk – schreiben Sie uns dort gern eine Nachricht.',
    "We don't post on Facebook @anything, please keep writing here.",
  ]);
});
