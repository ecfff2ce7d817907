// Word families and sentence structure over single phrases (issue #13 item 4): the guards that keep
// a family from firing on its look-alikes (negation, product names, thanks, a coupon already
// applied, a 1-to-5 scale), with the asks they must still catch. Fresh wording, not corpus rows.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** Rule findings only: the learned layer (layer 'model') is tested on its own. */
const rulesOf = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.severity !== 'info' && f.layer !== 'model').map((f) => f.rule))].sort();

describe('negation: refusing to leave Amazon is not an invitation', () => {
  it.each([
    'Sorry, we cannot take PayPal payments outside Amazon.',
    'We never arrange refunds off Amazon.',
    'Zahlungen außerhalb von Amazon nehmen wir nicht an.',
    'Wir dürfen keine Überweisung außerhalb von Amazon annehmen.',
    'No aceptamos pagos fuera de Amazon.',
    'Nous ne prenons aucun paiement en dehors d’Amazon.',
    'Non accettiamo pagamenti fuori da Amazon.',
    'Amazon以外でのお支払いはお受けできません。',
    'PayPalでのお支払いはできかねます。',
  ])('quiet: %s', (text) => expect(rulesOf(text)).toEqual([]));

  it.each([
    'We can refund you outside Amazon, it is quicker.',
    'Zahlen Sie einfach außerhalb von Amazon.',
    'Podemos cobrarle fuera de Amazon.',
    'On peut régler en dehors d’Amazon.',
    'Possiamo farla pagare fuori da Amazon.',
    'Amazon以外でお支払いいただけます。',
  ])('flagged: %s', (text) => expect(rulesOf(text)).toContain('offplatform'));
});

describe('5 stars: an ask, not a product name, a scale or thanks', () => {
  it.each([
    'Your Five Star Garden Hose ships today.',
    'The 5-Star Chef knife block (order 111-2223334-5556667) is packed.',
    'Thanks for the 5-star review!',
    'Der 5-Sterne-Wasserkocher ist unterwegs.',
    'Danke für die 5-Sterne-Bewertung!',
    'Mit 4,5 von 5 bewertet laut Hersteller.',
    'La línea «Spa 5 Estrellas» es de algodón.',
    '¡Gracias por la reseña de 5 estrellas!',
    'La gamme « Palace 5 étoiles » est en coton.',
    'Merci pour l’avis 5 étoiles !',
    'La linea «Resort 5 Stelle» è in cotone.',
    'Valuti da 1 a 5 stelle il livello di rumore nel manuale.',
    'It is rated 4.5 out of 5 by the maker.',
  ])('quiet: %s', (text) => expect(rulesOf(text)).toEqual([]));

  it.each([
    'If you are happy, 5 stars would mean the world.',
    'Please give us a five star rating.',
    'Leave us 5 stars!',
    'Geben Sie uns 5 Sterne.',
    '¡Déjenos cinco estrellas!',
    'Mettez-nous 5 étoiles !',
    'Un avis 5 étoiles serait génial.',
    'Ci dia 5 stelle!',
  ])('flagged: %s', (text) => expect(rulesOf(text)).toContain('leading'));
});

describe('a coupon explained as already applied is not marketing', () => {
  it.each([
    'The coupon you clipped was applied at checkout.',
    'The discount code was already used on this order.',
    'Der Coupon wurde an der Kasse abgezogen.',
    'Der Rabatt ist im Endpreis bereits enthalten.',
    'El cupón ya se utilizó en este pedido.',
    'Le coupon a déjà servi pour cette commande.',
    'Il coupon è già stato usato per questo ordine.',
    'クーポンはお支払い時に適用されました。',
    'O cupom já foi usado neste pedido.',
    'Der Gutschein wurde an der Kasse bereits berücksichtigt.',
    'Der Rabatt wurde Ihnen angerechnet.',
    'Le code promo a bien été pris en compte lors du paiement.',
  ])('quiet: %s', (text) => expect(rulesOf(text)).toEqual([]));

  it.each(['Use coupon SPRING10 at checkout.', 'Mit dem Gutscheincode SOMMER sparen Sie.', 'Con el cupón VERANO ahorra.', 'Avec le coupon ETE, économisez.', 'Con il coupon ESTATE risparmi.', '次回使えるクーポンをお送りします。'])(
    'flagged: %s',
    (text) => expect(rulesOf(text)).toContain('marketing'),
  );
});

describe('social follows are marketing, not an off-Amazon contact', () => {
  it('follow us on Instagram', () => expect(rulesOf('Follow us on Instagram for recipes!')).toEqual(['marketing']));
  it('our site manager is not our website', () => expect(rulesOf('Our site manager confirmed the pallet left at 10:15.')).toEqual([]));
});

describe('English review asks without a leave-verb', () => {
  it.each([
    'A quick review of the toaster would be really appreciated.',
    'Your feedback on the delivery is always welcome.',
    'Your candid opinion of the kettle is something we would value.',
    'It would be lovely to read your verdict on the boots.',
    'We are hoping for a few words about the lamp in a review.',
    'We need reviews for the new bottle range.',
    'Tell the others how it went in a review.',
    'Could you give us your view in the form of a rating?',
    'Share your thoughts on the blender here: the link is below.',
    'Tell us about your experience as seller feedback, please.',
    'Your opinion really matters to us.',
    'Did you have a chance to rate the scarf?',
    'Fancy reviewing the new mug?',
    'Got a minute for a quick review?',
    'The review button is under Your Orders.',
    'Send us a screenshot of your review and we will refund the postage.',
    'Once your review goes live, tell us and we will send a gift.',
    'Rate the charger and get 10% off.',
    'Every review earns you a voucher.',
    'Anyone who posts a review this week gets free delivery.',
    'As a thank-you for your review, we will send a surprise.',
    'Every review keeps us going as a small shop.',
    'Could you leave us a reveiw?',
    'Some f-e-e-d-b-a-c-k would be great.',
  ])('flagged: %s', (text) => expect(rulesOf(text)).toContain('review_request'));

  it.each([
    'We would hate for you to leave a low rating - please message us first.',
    'Reviews like yours help other buyers decide.',
    'Thanks for rating us, it means a lot.',
    'We would like to fix this before you share it in a review.',
    'You can start the return from Your Orders on Amazon.',
    'What is your phone model?',
    'Enter your Wi-Fi password in the app.',
    'We never ask for card details by message.',
    'The discount code you entered at checkout reduced the total.',
  ])('quiet: %s', (text) => expect(rulesOf(text)).toEqual([]));
});

describe('third parties, thanks and "here" in every language', () => {
  it.each([
    'Die Telefonnummer des Paketdienstes steht in der Sendungsverfolgung.',
    'El repartidor le llamará por teléfono antes de llegar.',
    'Puede escribirnos por aquí cuando quiera.',
    'Vous pouvez nous joindre ici, via la messagerie Amazon.',
    'Gracias por escribir una opinión tan completa.',
    'Merci d’avoir pris le temps d’écrire un commentaire.',
    '星5つのレビューをありがとうございます！',
    '詳しいレビューを書いていただき、ありがとうございました。',
    '「ホテル5つ星」シリーズのタオルです。',
    'ギフトメッセージ「お誕生日おめでとう」を印字しました。',
    'Vous aimez votre sac ? Il existe aussi en bleu.',
    'La manta de bebé Cinco Estrellas va bordada.',
  ])('quiet: %s', (text) => expect(rulesOf(text)).toEqual([]));

  it.each([
    ['Merci de nous laisser un avis 5 étoiles !', 'review_request'],
    ['星5つのレビューをお願いします。', 'leading'],
    ['生年月日を教えてください。', 'personal_data'],
    ['Escríbanos por WhatsApp.', 'offplatform'],
  ] as const)('flagged: %s', (text, rule) => expect(rulesOf(text)).toContain(rule));
});

describe('marketing without a coupon word: cheaper elsewhere, upsells, bundles, cross-sell', () => {
  it.each([
    'It is cheaper on our site.',
    'You get it for less in our web shop.',
    'Same lamp, better price at brightlamp.shop.',
    'Our website has it for less and ships faster.',
    'See the bundle prices there.',
    'You could upgrade to our 2 L kettle.',
    'The Pro version has twice the suction.',
    'Worth a look if you cook a lot.',
    'The bigger one would suit you better.',
    'The 65 W charger is the one to get.',
    'It is only $15 more.',
    'Buy the three-pack and save on each filter.',
    'Stock up while you can.',
    'Four bottles for the price of three.',
    'Buy 2, get 1 free this week.',
    'You get a lower price per piece with two.',
    'The set costs less than buying them separately.',
    'A real bargain together.',
    'The starter kit is the best deal.',
    'Have a look at the matching cushions.',
    'Customers who bought this rug also love our underlay.',
    'We recommend our descaler for the kettle.',
    'Want the full set? Three more glasses are waiting.',
    'Next month we launch a bigger size.',
    'We also sell the lids separately.',
    'Im eigenen Shop ist es sogar billiger als bei Amazon.',
    'In unserem Webshop sind die Filter günstiger.',
    'Dort ist es günstiger.',
    'Die Pro-Version saugt stärker.',
    'Viele steigen danach auf unser Großmodell um.',
    'Im Dreierpack sparen Sie.',
    'Im Set deutlich günstiger.',
    'Kaufen Sie 2, erhalten Sie 1 dazu.',
    'Es más barato en nuestra web.',
    'Sale mucho más económico.',
    'Así nos ahorramos las comisiones.',
    'La versión Pro aspira el doble.',
    'Muchos se pasan al modelo grande.',
    'El pack de 3 sale mejor.',
    'Las tres piezas salen mejor en lote.',
    'A juego, también vendemos la funda.',
    'También tenemos una base a juego.',
    'Los que compraron esta mesa también llevaron la silla.',
    'Ya llegó la colección de otoño.',
    'C’est moins cher sur notre site.',
    'Il revient moins cher chez nous.',
    'La version Pro aspire deux fois plus.',
    'Le lot de 3 filtres est avantageux.',
    'Les clients qui ont acheté ce tapis ont aussi pris la sous-couche.',
    'Nous vendons aussi la housse.',
    'È più economico sul nostro sito.',
    'Costa meno caro da noi.',
    'La versione Pro aspira il doppio.',
    'La confezione da 3 conviene.',
    'Chi ha acquistato il tappeto ha preso anche la base.',
    'Abbiamo anche una base abbinata.',
  ])('flagged: %s', (text) => expect(rulesOf(text)).toContain('marketing'));

  it.each(['The ASIN is the 2-pack; you ordered the single unit.', 'Price per unit is $3.49; you were charged for four.', 'Please check the matching order number.'])('quiet: %s', (text) =>
    expect(rulesOf(text)).toEqual([]),
  );
});

describe('German and Spanish review asks without a leave-verb', () => {
  it.each([
    'Ihre ehrliche Meinung zum Toaster wäre uns sehr wichtig.',
    'Feedback zur Lieferung ist uns immer willkommen.',
    'Wir hoffen auf Ihre Bewertung des Mixers.',
    'Über eine Rezension zum Rucksack würden wir uns freuen.',
    'Gerade brauchen wir Rezensionen von echten Kunden.',
    'Sagen Sie uns Ihre Meinung in Form einer kurzen Rezension.',
    'Erzählen Sie es anderen in einer Rezension.',
    'Teilen Sie uns Ihre Gedanken mit: der Link folgt.',
    'Wenn Sie zufrieden sind, sagen Sie es weiter.',
    'Haben Sie eine Minute für eine Bewertung?',
    'Haben Sie schon Zeit gehabt, den Föhn zu bewerten?',
    'Eine Bewertung geht schnell unter Meine Bestellungen.',
    'Wenn Sie den Föhn bewerten möchten, geht das hier.',
    'Rezensionen helfen anderen Kunden sehr.',
    'Eine Rezension zum Föhn?',
    'Una reseña de la tostadora nos haría mucha ilusión.',
    'Sus comentarios sobre el envío siempre son bienvenidos.',
    'Contamos con su valoración.',
    'Necesitamos reseñas de clientes reales.',
    'Díganos qué opina en forma de reseña.',
    '¿Lo cuenta en una reseña?',
    'Comparta sus impresiones con nosotros.',
    '¿Ha tenido tiempo de valorar la tostadora?',
    '¿Tiene un minuto para una valoración?',
  ])('flagged: %s', (text) => expect(rulesOf(text)).toContain('review_request'));

  it.each(['Ihre Meinung zur Farbe ist für den Umtausch wichtig, welche möchten Sie?', 'Necesitamos fotos del daño para el reembolso.'])('quiet: %s', (text) => expect(rulesOf(text)).toEqual([]));
});

describe('French and Italian review asks without a leave-verb', () => {
  it.each([
    'Un avis sur la théière nous ferait très plaisir.',
    'Vos commentaires sur la livraison sont toujours les bienvenus.',
    'Nous comptons sur votre avis.',
    "Nous avons besoin d'avis de vrais clients.",
    "Donnez-nous votre opinion sous forme d'avis.",
    'Vous le racontez dans un avis ?',
    'Partagez vos impressions avec nous.',
    "Avez-vous eu le temps d'évaluer la théière ?",
    'Vous avez une minute pour un avis ?',
    'Una recensione della teiera ci farebbe molto piacere.',
    'I suoi commenti sulla consegna sono sempre graditi.',
    'Contiamo su una sua recensione.',
    'Abbiamo bisogno di recensioni di clienti veri.',
    'Ci dica la sua opinione sotto forma di recensione.',
    'Lo racconta in una recensione?',
    'Condivida le sue impressioni con noi.',
    'Ha avuto modo di valutare la teiera?',
    'Ha un minuto per una recensione?',
  ])('flagged: %s', (text) => expect(rulesOf(text)).toContain('review_request'));
});

describe('English invitations carried by an address or a request for the buyer\'s channel', () => {
  it.each([
    'Please email spares@gadgetry.tools with the order number.',
    'Register the kettle at brewhaus.store/warranty.',
    'Open a ticket at help.brewhaus.io for a faster answer.',
    'Send the photos to pics at brewhaus dot shop.',
    'Pay the rest here: paypal.me/brewhaus',
    'Our customer line is (555) 010-2030.',
    'What is your personal email so we can send the file?',
    'We can invoice you directly next time.',
    'No need to go through Amazon for spare parts.',
    'Ask in our Discord server.',
    'Great, I added you on Instagram.',
    'Send the screenshot to our PayPal.',
  ])('flagged: %s', (text) => expect(rulesOf(text)).toContain('offplatform'));

  it.each([
    'Your order status is always visible at amazon.co.uk/your-orders.',
    'The attached file joint notice_v2.pdf has the steps.',
    'E-mail: office@brewhaus.de',
  ])('no offplatform: %s', (text) => expect(rulesOf(text)).not.toContain('offplatform'));
});
