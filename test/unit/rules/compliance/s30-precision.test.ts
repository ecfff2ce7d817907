// Session 30, precision helper: harmless replies of every family the phrase rules read as asks or offers - each class in our own
// words (not the batch's sentences), with near-misses that must still flag.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const rules = ruleLayer;

describe('s30 precision: a discount refused, the object first and an adverb before the negation (German)', () => {
  it.each([
    'Eine Zahlung per Vorkasse außerhalb von Amazon ist nicht möglich. Einen Rabatt können wir ebenfalls nicht gewähren.',
    'Rabatte geben wir außerdem grundsätzlich nicht.',
    'Einen Preisnachlass können wir zudem leider nicht anbieten.',
    'Rabattcodes vergeben wir ebenso nicht.',
    'Einen Rabatt für Stammkunden können wir jedoch nicht geben.',
    'Gutscheine verschicken wir deshalb keine.',
    'Einen Nachlass gewähren wir daher nicht, der Preis ist knapp kalkuliert.',
    'Einen Rabatt können wir ebenfalls leider nicht einräumen, das Regal ist aber sofort lieferbar.',
  ])('%s stays clean', (text) => expect(rules(text)).not.toContain('marketing'));
  it.each([
    'Einen Rabatt können wir ebenfalls anbieten: 10 % mit dem Code HOLZ10.',
    'Einen Rabatt vergessen wir ebenfalls nicht: Code SOMMER gilt bis Sonntag.',
  ])('%s still offers', (text) => expect(rules(text)).toContain('marketing'));
});

describe("s30 precision: the Amazon coupon the buyer had picked on the product page, explained on the invoice", () => {
  it.each([
    'The 5 € on your invoice is the Amazon coupon you had clipped on the product page; it shows as its own line.',
    'Der Abzug auf der Rechnung ist der Amazon-Coupon, den Sie auf der Produktseite aktiviert hatten.',
    'El descuento de la factura es el cupón de Amazon que había activado en la página del producto.',
    'Il ribasso in fattura è il coupon Amazon che aveva attivato nella scheda del prodotto; compare come riga a parte.',
    'O desconto na nota é o cupom da Amazon que você tinha ativado na página do produto.',
    "Le montant déduit est le coupon Amazon que vous aviez activé avant de payer : rien d'autre à faire.",
    'That line is the Amazon coupon you selected on the listing when you paid.',
    'Lo sconto è il coupon di Amazon che ha selezionato prima di pagare: la fattura è giusta.',
  ])('%s stays clean', (text) => expect(rules(text)).not.toContain('marketing'));
  it.each([
    'The Amazon coupon you clipped is live again for your next order.',
    'Use our coupon SAVE10 on your next order.',
  ])('%s still offers', (text) => expect(rules(text)).toContain('marketing'));
});

describe("s30 precision: Amazon's own promotion named as why a price dropped (the buyer's price question answered)", () => {
  it.each([
    'The price dropped because of a promotion run by Amazon itself this weekend; we refunded the difference through Amazon.',
    'Der Preis ist wegen einer Aktion von Amazon selbst gesunken; die Differenz haben wir über Amazon erstattet.',
    "Le prix a baissé à cause d'une promotion d'Amazon ce week-end ; nous vous avons remboursé la différence.",
    'El precio bajó por una promoción de la propia Amazon este fin de semana; le hemos devuelto la diferencia.',
    'Il prezzo è sceso per via di una promozione di Amazon stessa nel weekend; le abbiamo rimborsato la differenza.',
    'O valor caiu devido a uma promoção da própria Amazon nesta semana; devolvemos a diferença pela Amazon.',
    'El precio cambió debido a una oferta de Amazon, no nuestra; ya le reembolsamos la diferencia.',
    'A diferença é por conta de uma promoção da Amazon que acabou ontem; reembolsamos o valor.',
  ])('%s stays clean', (text) => expect(rules(text)).not.toContain('marketing'));
  it.each([
    'Thanks to our promotion with Amazon, everything is 20% off until Sunday!',
    'Nossa promoção relâmpago começa amanhã: 30% em toda a loja.',
  ])('%s still offers', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s30 precision: an ID shown at the post office or pickup point on collection (noun of showing)', () => {
  it.each([
    "Le colis vous attend au bureau de poste jusqu'au 20/05, sur présentation d'une pièce d'identité.",
    "Votre paquet est disponible au point relais, contre présentation de votre pièce d'identité.",
    'Su paquete está en la oficina de Correos; se entrega previa presentación del documento de identidad.',
    "Il pacco è in giacenza all'ufficio postale e viene consegnato dietro presentazione di un documento d'identità.",
    'A encomenda está na agência dos Correios e é entregue mediante apresentação de documento com foto (RG).',
    'Your parcel is held at the post office; it is released upon presentation of a photo ID.',
    "Le livreur a laissé le colis au point relais : il vous sera remis sur présentation d'une pièce d'identité.",
  ])('%s stays clean', (text) => expect(rules(text)).not.toContain('personal_data'));
  it.each([
    "Merci de nous envoyer une copie de votre pièce d'identité pour le remboursement.",
    'Envíenos una foto de su documento de identidad, por favor.',
  ])('%s still asks', (text) => expect(rules(text)).toContain('personal_data'));
});

describe('s30 precision: sellers have no way to change or remove reviews (a fact about how reviews work)', () => {
  it.each([
    "Non, les vendeurs n'ont aucun moyen de supprimer ou de modifier les avis clients.",
    "Nous n'avons aucun moyen de modifier votre avis : seul Amazon le publie.",
    "Les vendeurs n'ont pas la possibilité d'effacer les commentaires.",
    'No, los vendedores no tienen forma de borrar ni editar las reseñas.',
    'No tenemos manera de modificar su opinión; eso lo gestiona Amazon.',
    'No, i venditori non hanno modo di modificare le recensioni dei clienti.',
    'Non abbiamo alcun modo di cancellare la sua recensione.',
    'Sellers have no way to edit or delete customer reviews; only Amazon decides.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    "Nous n'avons aucun moyen de modifier votre avis, mais vous pouvez le supprimer : merci de le faire.",
    'Pourriez-vous modifier votre avis et mettre 5 étoiles ?',
  ])('%s still asks', (text) => expect(rules(text)).toContain('leading'));
});

describe('s30 precision: a trade for a review refused, the refused things listed before "in exchange for"', () => {
  it.each([
    'Non possiamo offrire buoni, sconti o altro in cambio di recensioni. Il guasto lo risolviamo comunque.',
    'Non possiamo dare rimborsi, omaggi o buoni in cambio di una recensione.',
    'We cannot offer vouchers, refunds or anything else in exchange for reviews.',
    'No podemos ofrecer descuentos, regalos o dinero a cambio de una reseña.',
    'Não podemos oferecer cupons, descontos ou brindes em troca de avaliações.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Non possiamo offrire sconti, ma un buono in cambio di una recensione sì.',
    'We offer a 10 € voucher in exchange for a review.',
    'Le regalamos un vale a cambio de su reseña.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('leading'));
});

describe('s30 precision: help promised with or without a review (the review only what the help does not depend on)', () => {
  it.each([
    'No podemos dar nada a cambio de una valoración. Si la tostadora falla, cuéntenos qué pasa y lo arreglamos igualmente, con reseña o sin ella.',
    'Si el cargador no funciona, díganos qué ocurre y se lo cambiamos, con o sin reseña.',
    "Si la lampe ne s'allume pas, dites-nous ce qui se passe et nous la remplaçons, avec ou sans avis.",
    'Se il frullatore si blocca, ci scriva cosa succede e lo sostituiamo, con o senza recensione.',
    'Se a chaleira apresentar defeito, conte-nos o que houve e resolvemos, com ou sem avaliação.',
    'Se o fone falhar, explique o que acontece e trocamos o produto, com avaliação ou sem.',
    "Si le casque grésille, expliquez-nous le problème : on le règle, avis ou pas.",
    'Si la batería dura poco, escríbanos y le mandamos otra, independientemente de su valoración.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Lo arreglamos con o sin reseña, pero déjenos una reseña de cinco estrellas en Amazon, por favor.',
    'Se ficou satisfeito, deixe uma avaliação: com ou sem foto, ajuda muito.',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe("s30 precision: the buyer's opinion needed on a variant for the replacement, the choice laid out the sentence before", () => {
  it.each([
    'Il verde è esaurito. Preferisce il blu o il grigio per la sostituzione? Ci serve la sua opinione sul colore prima di spedire.',
    "Le noir n'est plus disponible. Préférez-vous le blanc ou le gris pour l'échange ? Nous avons besoin de votre avis sur la couleur.",
    'O azul esgotou. Prefere o preto ou o cinza na troca? Precisamos da sua opinião sobre a cor antes do envio.',
    'Grün ist ausverkauft. Lieber Blau oder Grau als Ersatz? Wir brauchen Ihre Meinung zur Farbe vor dem Versand.',
    'The green one is sold out. Would you like blue or grey as the replacement? We need your opinion on the colour before we ship.',
    'El modelo A se agotó. ¿Cuál prefiere, el B o el C? Necesitamos su opinión sobre el modelo para preparar el reemplazo.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Necesitamos su opinión sobre el producto en Amazon: ¡cinco estrellas nos ayudarían!',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});
