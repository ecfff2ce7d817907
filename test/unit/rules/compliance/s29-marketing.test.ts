// Marketing false alarms and misses of the s29 near-miss batches (nm1, nm2), each fixed by its structure and written here in
// other words (none of the batch's sentences): the replies that must stay clean, and the offers next to them that must not.
import { describe } from 'vitest';

import { cleanOfMarketing as clean, flagsMarketing as flags } from './helpers/cases';

describe('prices told as moving with promotions (price-explained.ts pricesVaryWith)', () => {
  clean([
    ['Prices on Amazon move with deals and promotions, so the same item can cost less a week later.', 'Why is it cheaper today?'],
    ['Die Preise auf Amazon schwanken je nach Aktionen und Sonderangeboten.', 'Warum ist der Preis anders?'],
    ['Les prix sur Amazon varient selon les promotions du moment, nous ne les fixons pas seuls.', 'Pourquoi le prix a changé ?'],
    ['Los precios en Amazon cambian según las ofertas y promociones vigentes.', '¿Por qué cambió el precio?'],
    ['I prezzi su Amazon variano in base alle promozioni e alle offerte lampo.', 'Perché il prezzo è cambiato?'],
    ['Os preços na Amazon variam conforme as promoções e ofertas relâmpago.', 'Por que o preço mudou?'],
    ['Amazonの価格はタイムセールなどで変動いたします。差額は返金いたしました。', '値下がりしていました。'],
    'Prices change with seasonal sales on Amazon; we refunded the €4 you asked about.',
  ]);
  flags([
    // a push beside the moving prices: the sale is offered
    'Prices change with our sales - the next one starts Friday with 20% off everything.',
    'Die Preise ändern sich mit unseren Aktionen: jetzt 15 % Rabatt auf alle Filter!',
    'Los precios cambian con las ofertas: aproveche ahora el 15 % de descuento en toda la tienda.',
  ]);
});

describe('a discount on the invoice told as the buyer\'s own coupon (price-explained.ts discountReadBack, anaphoricDiscount)', () => {
  clean([
    ['The $3 off on your receipt is the coupon you clipped on the listing before ordering.', 'What is the -$3 line?'],
    ['Der Abzug von 4 € ist der Coupon, den Sie auf der Produktseite vor dem Kauf aktiviert haben.', 'Was ist der Abzug?'],
    ['La remise de 4 € est le coupon que vous avez coché sur la fiche avant de commander.', 'Pourquoi -4 € ?'],
    ['El descuento de 2 € es el cupón que marcó en la ficha. Ese cupón vale una sola vez por cuenta.', '¿Por qué me descontaron 2 €?'],
    ['Lo sconto di 3 euro è il coupon che ha selezionato nella pagina del prodotto.', 'Cos\'è lo sconto?'],
    ['O desconto de R$ 10 é o cupom que você ativou na página do produto antes da compra.', 'Que desconto é esse?'],
    ['請求書の500円引きは、お客様が商品ページで適用されたクーポンです。', '請求書のマイナスは何ですか?'],
    'The 10% promotion on your invoice is the one you selected at checkout; nothing else is due.',
  ]);
  flags([
    // the coupon the buyer used, offered again or pushed
    'The coupon you clipped last time is back: use code SPRING5 until Sunday.',
    'El cupón que activó vuelve a estar disponible hasta el domingo para su próxima compra.',
    'That coupon works again this week on all our lamps - grab it now.',
  ]);
});

describe('a fronted object refused with a short phrase after it (check.ts GERMAN_FRONTED_REFUSAL)', () => {
  clean([
    ['Einen Rabatt für 3 Stück können wir leider nicht geben, der Preis ist für alle gleich.', 'Rabatt bei 3 Stück?'],
    ['Einen Mengenrabatt ab 5 Stück dürfen wir Ihnen leider nicht gewähren.', 'Rabatt ab 5?'],
    ['Gutscheine für Stammkunden bieten wir grundsätzlich nicht an.', 'Gibt es Gutscheine?'],
    ['Einen Nachlass auf diesen Artikel können wir leider nicht machen.', 'Geht es günstiger?'],
  ]);
  flags([
    // no refusal: the discount is granted ("nicht nur ..., sondern")
    'Einen Rabatt für 3 Stück geben wir Ihnen gern: 10 % mit dem Code DREI10.',
    'Einen Rabatt von 10 % für 3 Stück können wir Ihnen nicht nur heute, sondern die ganze Woche geben.',
  ]);
});

describe('a new version of the manual or the firmware (notice-object.ts)', () => {
  clean([
    'Ya está disponible la nueva versión del manual en la ficha del producto.',
    'A new version of the user guide is now available as a PDF on the listing.',
    'Ist jetzt verfügbar: die neue Version der Bedienungsanleitung, als PDF auf der Produktseite.',
    'La nouvelle version du mode d\'emploi est disponible sur la fiche produit.',
    'È disponibile la nuova versione del manuale sulla pagina del prodotto.',
    'Já está disponível a nova versão do manual na página do produto.',
  ]);
  flags([
    // a new version of a product
    'Ya está disponible la nueva versión del robot, con más potencia de succión.',
    'Our new version of the kettle is now available in three colours.',
  ]);
});

describe('"we also sell" answering the buyer\'s own question whether the seller sells it (marketing-answers.ts answersSellsAsk)', () => {
  clean([
    ['Oui, nous vendons aussi la recharge seule, sous la référence R-20.', 'Vous vendez la recharge seule ?'],
    ['Oui, nous proposons aussi le couvercle de 28 cm, vendu séparément.', 'Avez-vous le couvercle de 28 cm ?'],
  ]);
  flags([
    // unasked, or with a price cut, or sent to the seller's shop
    'Nous vendons aussi la recharge seule, à -20 % cette semaine.',
    ['Oui, nous vendons aussi la recharge seule, 15 % moins chère sur notre site.', 'Vous vendez la recharge seule ?'],
  ]);
});

describe('Amazon as the one who sets or applies the sale or coupon (price-explained.ts amazonSetsIt)', () => {
  clean([
    ['Prime Day deals are set by Amazon; we cannot tell you in advance which items will be in them.', 'Will it be on sale on Prime Day?'],
    ['Si l\'article sera en promotion pendant les French Days, c\'est Amazon qui le décide.', 'Il sera en promo ?'],
    ['Si aparece un cupón en la ficha al hacer el pedido, Amazon lo descuenta automáticamente.', '¿Cómo funcionan los cupones?'],
    ['Se aparecer um cupom na página na hora do pedido, a Amazon aplica automaticamente.', 'Como funcionam os cupons?'],
    ['Ob der Artikel am Black Friday reduziert wird, entscheidet Amazon, nicht wir.', 'Wird er am Black Friday günstiger?'],
    ['Se il prodotto sarà in offerta durante il Prime Day lo decide Amazon.', 'Sarà in offerta al Prime Day?'],
  ]);
  flags([
    // the seller's own sale pushed beside Amazon's part
    'Our Prime Day deal starts Friday: 30% off the whole range, applied by Amazon at checkout.',
    'Amazon aplica el cupón automáticamente: aproveche ahora el 20 % en toda nuestra tienda.',
  ]);
});

describe('the new model sent as the free replacement (notice-object.ts AS_REPLACEMENT)', () => {
  clean([
    ['旧モデルは生産終了のため、新モデルを無償で交換品としてお送りいたします。', '動かなくなりました。'],
    ['Da das alte Modell nicht mehr hergestellt wird, erhalten Sie als Ersatz das neue Modell, kostenlos.', 'Es geht nicht mehr.'],
  ]);
  flags([
    // a price for it: sold, not replaced
    '新モデルを交換品として、差額3,000円でお送りできます。',
    'Nuestro nuevo modelo ya está disponible, con el doble de autonomía.',
  ]);
});

describe('an offer after a turn from the answer - "by the way", a refusal\'s "but" (topic-turn.ts)', () => {
  flags([
    ['Yes, the lid fits the 28 cm pan. By the way, our new ceramic pans just arrived - take a look!', 'Does the lid fit the 28 cm pan?'],
    ['Oui, le couvercle va sur la poêle de 28 cm. Au fait, nos nouvelles poêles en céramique viennent d\'arriver !', 'Le couvercle va sur la poêle de 28 cm ?'],
    ['Sì, il coperchio va bene per la padella da 28 cm. A proposito, le nostre nuove padelle in ceramica sono appena arrivate!', 'Il coperchio va bene per la padella da 28?'],
    ['Sim, a tampa serve na frigideira de 28 cm. Aproveita e confere nossas novas frigideiras de cerâmica que acabaram de chegar!', 'A tampa serve na frigideira de 28?'],
    ['La garantía es de 2 años. Por cierto, nuestros cargadores rápidos están rebajados hasta el domingo.', '¿Cuánta garantía tiene?'],
    ['No gift on this order, sorry, but on your next order with us we will add a free brush set.', 'Do I get a gift if I buy two?'],
    ['Su questo ordine nessun omaggio, mi spiace, ma al prossimo ordine le aggiungiamo un set di spazzole in regalo.', 'C\'è un omaggio se ne prendo due?'],
  ]);
  clean([
    ['Yes, the lid fits the 28 cm pan. By the way, it is also oven-safe up to 200 °C.', 'Does the lid fit the 28 cm pan?'],
    ['Sí, la tapa sirve. Por cierto, su pedido sale mañana por la mañana.', '¿La tapa sirve para la sartén de 28?'],
    ['Oui. Au fait, la nouvelle version du mode d\'emploi est dans le colis.', 'Ça va au lave-vaisselle ?'],
    ['No gift on this order, sorry, but we have refunded the shipping for the delay.', 'Do I get a gift?'],
    ['No, the blue one is sold out, but the grey one is back in stock next week.', 'Do you have it in blue?'],
    ['Übrigens, die Filter für Ihr Modell sind wieder lieferbar, wie Sie gefragt hatten.', 'Wann sind die Filter wieder da?'],
  ]);
});

describe('a multi-buy told as a count and a free extra unit (multibuy.ts)', () => {
  flags([
    'And if you take 3, the 4th one is free!',
    'Und wenn Sie 3 nehmen, ist die vierte gratis.',
    'Et si vous en prenez 3, la 4e est offerte !',
    'Y si se lleva 3, la cuarta le sale gratis.',
    'E se ne prende 3, la quarta è in omaggio!',
    'E se levar 3, a quarta sai de graça!',
    '3個ご購入で、4個目は無料です。',
    ['Oui, la recharge existe en vétiver. Et si vous en commandez 2, la troisième est offerte.', 'Vous avez la recharge en vétiver ?'],
  ]);
  clean([
    ['If you take 3 tablets a day, the bottle lasts a month.', 'How long does it last?'],
    ['Si vous en prenez 3 par jour, le flacon dure un mois.', 'Combien de temps dure le flacon ?'],
    'Sorry, we don\'t do deals where you buy 3 and the 4th one is free.',
    'You ordered 3, so the 4th unit we send as a free replacement for the broken one.',
    'If you order 2, the second one ships separately; delivery is free with Prime.',
    'Wenn Sie 3 nehmen, ist die vierte Packung nicht gratis, das ist leider ein Irrtum auf der Seite.',
  ]);
});

// (s29 review, must-fix 5) prices told as moving with promotions, and then an offer in the same sentence: the offer stands.
describe('a price explanation followed by an offer keeps the offer (price-explained.ts PUSH)', () => {
  flags([
    'Prices on Amazon change with promotions, so buy two and the third is free in our summer deal.',
    'Die Preise auf Amazon schwanken mit den Aktionen, kaufen Sie also zwei Stück in unserer Rabattaktion.',
  ]);
  clean([['Prices on Amazon change with promotions, so the same item can cost less later.', 'Why did the price drop?']]);
});
