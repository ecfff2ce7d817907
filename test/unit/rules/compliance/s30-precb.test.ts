// Session 30, helper precb: review words in replies that explain, refuse or pass on, read by structure in our own words (not
// the batch's sentences) - each kind with wordings that must stay clean and near-misses that must still flag.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const rules = ruleLayer;

describe('s30 precb: a review-for-reward trade refused, the negation before or after the phrase (tradeRefusedAround)', () => {
  it.each([
    'Non regaliamo prodotti in cambio di recensioni, mi dispiace.',
    'No regalamos productos a cambio de reseñas; así lo exige Amazon.',
    'Não damos brindes em troca de avaliações, é regra da Amazon.',
    'Gutscheine gegen Rezensionen geben wir grundsätzlich nicht.',
    'Erstattungen im Austausch für Bewertungen sind bei Amazon verboten.',
    'Des remises en échange d\'avis sont interdites par Amazon.',
    'レビューと引き換えに特典をお付けすることは規約で禁止されております。',
    '評価の見返りに割引を行うことはいたしかねます。',
    'Discounts in exchange for reviews are not allowed on Amazon, sorry.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    '評価と引き換えに割引をお付けします。',
    'Rabatte gegen Bewertungen bieten wir nicht an, aber für 5 Sterne gibt es einen Gutschein.',
    'We give a refund in exchange for a 5-star review.',
    'Le rimborsiamo il 10% in cambio di una recensione a 5 stelle.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('leading'));
});

describe("s30 precb: Amazon's own review mail explained, Amazon the subject that sends it (amazonsMailTold)", () => {
  it.each([
    ['Amazon sometimes sends its own e-mail inviting buyers to leave a review; that is optional and not from us.', 'Did you email me to rate the order?'],
    ['Amazon schickt manchmal selbst eine E-Mail, um eine Bewertung anzufragen - das ist freiwillig.', 'Haben Sie mir die Bewertungsmail geschickt?'],
    ['Amazon envoie parfois un e-mail pour demander de noter la commande, c\'est facultatif.', 'Vous m\'avez écrit pour noter ?'],
    ['Amazon envía a veces un correo para valorar el pedido, no somos nosotros.', '¿Me escribieron para valorar?'],
    ['Amazon invia talvolta una mail per lasciare una recensione: è facoltativa.', 'Mi avete scritto voi per la recensione?'],
    ['A Amazon envia às vezes um e-mail para avaliar o pedido; é opcional.', 'Foram vocês que pediram avaliação?'],
    ['Amazonから自動でレビュー依頼のメールが届くことがありますが、任意です。', 'レビューのメールは御社からですか?'],
    ['Amazon itself emails customers to ask for a rating after delivery - you can ignore it.', 'Why did I get a rating email?'],
  ])('%s stays clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
  it.each([
    'Amazon will send you a link to leave a review - please give us 5 stars there.',
    'We will send you a link to leave a review.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s30 precb: a new version the maker prepares after feedback passed on, nothing offered (makerPreparesVersion)', () => {
  it.each([
    "I've passed your notes to the manufacturer, who is preparing a new version of the manual.",
    'Ihre Hinweise haben wir an den Hersteller weitergegeben; er arbeitet an einer neuen Version der Anleitung.',
    'J\'ai transmis vos remarques au fabricant, qui travaille sur une nouvelle version de la notice.',
    'Hemos enviado sus comentarios al fabricante, que está preparando una nueva versión del manual.',
    'Ho girato le sue osservazioni al produttore, che sta preparando una nuova versione delle istruzioni.',
    'Repassamos suas observações ao fabricante, que está preparando uma nova versão do manual.',
    'The maker is working on a new model with a sturdier hinge, thanks to notes like yours.',
    'El proveedor ya trabaja en un nuevo modelo con mejor cierre gracias a sus comentarios.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'The maker is preparing a new version - order it now with code NEW10.',
    'Our new model is out now - buy it here with 10% off.',
  ])('%s still flags', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s30 precb: the seller\'s service as what the buyer experienced, no channel (serviceAsExperienced)', () => {
  it.each([
    'How was your experience with our customer service this time?',
    'Were you happy with our customer service on this order?',
    'Wie war Ihre Erfahrung mit unserem Kundenservice bei dieser Bestellung?',
    'Comment s\'est passée votre expérience avec notre service client ?',
    '¿Qué tal fue su experiencia con nuestro servicio de atención al cliente?',
    'Com\'è stata la sua esperienza con il nostro servizio clienti?',
    'Como foi sua experiência com nosso atendimento ao cliente?',
    'Sind Sie zufrieden mit unserem Kundenservice gewesen?',
  ])('%s names no channel', (text) => expect(rules(text)).not.toContain('offplatform'));
  it.each([
    'Appelez notre service client pour en parler.',
    'Bitte rufen Sie unseren Kundenservice unter 0800 123456 an.',
  ])('%s still sends the buyer off Amazon', (text) => expect(rules(text)).toContain('offplatform'));
});

describe('s30 precb: a review as what we would rather not read, contact first (reviewAsRatherNot)', () => {
  it.each([
    "If anything is wrong, message us first - we'd rather fix it with you than read about it in a review.",
    'Falls etwas nicht passt, schreiben Sie uns - wir lösen das lieber direkt mit Ihnen als in einer Bewertung davon zu lesen.',
    'En cas de souci, écrivez-nous d\'abord : nous préférons régler cela avec vous plutôt que de le découvrir dans un avis.',
    'Si algo falla, escríbanos antes: preferimos solucionarlo con usted que enterarnos en una reseña.',
    'Se qualcosa non va, ci scriva prima: preferiamo risolvere con lei piuttosto che leggerlo in una recensione.',
    'Se algo der errado, fale com a gente antes: preferimos resolver com você do que ler isso numa avaliação.',
    'Contact us before posting anything - we would rather sort it out than see it in a review.',
    'Bitte melden Sie sich zuerst bei uns; wir klären so etwas lieber persönlich als in einer Rezension.',
  ])('%s is leading only, no review asked', (text) => expect(rules(text)).not.toContain('review_request'));
  it.each([
    'We would love a review on Amazon - five stars would mean a lot!',
    'Preferimos que nos deje una reseña en Amazon.',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s30 precb: the page a review is removed from, no new review asked (reviewRemovedFromPage)', () => {
  it.each([
    'We will refund you in full if you remove the negative review from the product page.',
    'Wir erstatten den vollen Betrag, wenn Sie die negative Rezension von der Produktseite entfernen.',
    'Nous vous remboursons intégralement si vous retirez l\'avis négatif de la page du produit.',
    'Le devolvemos todo si quita la reseña negativa de la página del producto.',
    'La rimborsiamo per intero se elimina la recensione negativa dalla pagina del prodotto.',
    'Reembolsamos tudo se você remover a avaliação negativa da página do produto.',
    'Could you delete your one-star review from the listing page? We have sent a new unit.',
    'Si borra su opinión negativa de la página del artículo, le enviamos otro.',
  ])('%s is leading, no review asked', (text) => {
    const found = rules(text);
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });
  it.each([
    'Please leave a review on the product page.',
    'Lasci una recensione sulla pagina del prodotto, grazie.',
  ])('%s still asks', (text) => expect(rules(text)).toContain('review_request'));
});

describe('s30 precb: customers who got it rated it - social proof, no product sold (ratedNotBought)', () => {
  it.each([
    'Most customers who got the updated strap gave it 5 stars - we hope you will too!',
    'Customers who got the replacement batch rated it 5 stars on average; we hope you like it as much.',
    'Kunden, die die neue Charge bekommen haben, gaben uns 5 Sterne - hoffentlich Sie auch!',
    'Les clients qui ont reçu le nouveau lot nous ont donné 5 étoiles, et vous ?',
    'Los clientes que recibieron el nuevo lote nos dieron 5 estrellas. ¿Y usted?',
    'I clienti che hanno ricevuto il nuovo lotto ci hanno dato 5 stelle: speriamo anche lei!',
    'Os clientes que receberam o lote novo deram 5 estrelas. E você?',
    'Customers who got the reinforced version left glowing reviews - we hope you will too.',
  ])('%s is social proof, no cross-sell', (text) => expect(rules(text)).not.toContain('marketing'));
  it.each([
    'Customers who got this also bought our matching lid - have a look in our store!',
  ])('%s still sells', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s30 precb: a new model shipped as the replacement, nothing for sale (novelItemShipped)', () => {
  it.each([
    'A new model with the sturdier hinge ships today as your replacement.',
    'Ein neues Modell mit verstärktem Scharnier geht heute als Ersatz an Sie raus.',
    'Un nouveau modèle avec charnière renforcée part aujourd\'hui en remplacement.',
    'Un modelo nuevo con bisagra reforzada sale hoy como reemplazo.',
    'Un nuovo modello con cerniera rinforzata parte oggi come sostituzione.',
    'Um modelo novo com dobradiça reforçada segue hoje como substituição.',
    'The new version of the charger is on its way to you as a free replacement.',
    'La nueva versión del cargador ha salido hoy hacia su dirección como reposición.',
  ])('%s sells nothing', (text) => expect(rules(text)).not.toContain('marketing'));
  it.each([
    'Our new model ships today - order it here with 10% off.',
    'Il nuovo modello parte oggi in offerta a 19,90 €: lo trova nel nostro negozio.',
  ])('%s still sells', (text) => expect(rules(text)).toContain('marketing'));
});
