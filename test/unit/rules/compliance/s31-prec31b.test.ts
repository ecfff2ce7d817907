// False alarms left on compliant replies after s31 round 1, each fixed by its structure and written here in other words (none
// of the rows' sentences), with the near-misses beside them that must keep their finding.
import { describe, expect, it } from 'vitest';

import { buyersNoteOnBadReviewRead } from '../../../../rules/compliance/detectors/buyers-note-read';
import { feedbackPassedToMaker } from '../../../../rules/compliance/detectors/feedback-passed';
import { checksWithOwnTeam } from '../../../../rules/compliance/detectors/own-team-check';
import { normalize } from '../../../../rules/compliance/normalize';

import { cleanOfMarketing, flagsMarketing, hasRule, lacks, rules } from './helpers/cases';

/** Each case keeps a review finding, leading or review_request. */
const asksReview = (cases: string[]) =>
  it.each(cases)('still asks: %s', (text) => {
    expect(rules(text).some((r) => r === 'leading' || r === 'review_request')).toBe(true);
  });

describe('"com" + an article after a glued full stop is the Portuguese word, not .com (links.ts COM_AS_WORD)', () => {
  lacks('url')([
    'Tudo certo.com o reembolso, já foi feito.',
    'Ok.com a troca aprovada, enviamos amanhã.',
    'Perfeito.com os dados do pedido conseguimos localizar.',
    'Entendido.com as duas peças, o frete é o mesmo.',
    'Combinado.com esse prazo a entrega chega na sexta.',
    'Feito.com essa alteração o pedido segue normalmente.',
    'Claro.com este código o senhor acompanha o envio.',
    'Certo.com a nota fiscal em mãos, é só abrir a devolução.',
  ]);
  hasRule('url')([
    'Acesse lojaverde.com o quanto antes para ver as novidades.',
    'Veja casabela.com a nova coleção de inverno.',
    'Confira mundopet.com os lançamentos.',
    'Visite www.lojaverde.com o quanto antes.',
    'Nosso site lojaverde.com a partir de hoje tem frete grátis.',
    'Compre em casabela.com a preço de custo.',
    'Tudo certo.com.br/ofertas tem mais.',
    'Tudo certo. Acesse lojaverde.com/ofertas o quanto antes.',
  ]);
});

describe('a carrier firm as "they" with a plural auxiliary calls the buyer (check.ts CARRIER_PRONOUN)', () => {
  lacks('offplatform')([
    'O sofá vai por transportadora. Eles vão ligar para você na véspera para marcar o horário.',
    'A cama será entregue pela transportadora. Eles irão ligar para o senhor antes da entrega.',
    'A geladeira segue com a transportadora parceira. Eles podem ligar para a senhora no dia anterior.',
    'El sofá lo entrega una agencia de transportes. Ellos van a llamarle el día antes para acordar la hora.',
    'El armario va con la empresa de transporte. Ellos pueden llamarle antes de la entrega.',
    'Le canapé est livré par le transporteur. Ils pourront vous appeler la veille pour fixer le créneau.',
    'A mesa vai pela transportadora. Eles poderão ligar para você para agendar.',
    'O guarda-roupa vai por transportadora especializada. Eles vão ligar para combinar a entrega com o senhor.',
  ]);
  hasRule('offplatform')([
    'O sofá vai por transportadora. Nós vamos ligar para o senhor no seu celular.',
    'A cama vai pela transportadora. Ligue para nós no 11 98765-4321 para combinar.',
    'El sofá va con la agencia. Llámenos al 612 345 678 para acordar la hora.',
    'Le canapé part avec le transporteur. Appelez-nous au 06 12 34 56 78 pour le créneau.',
    'O guarda-roupa vai por transportadora. Eles vão ligar para você? Não, ligue para nós no 11 98765-4321.',
    'A entrega é nossa. Vamos ligar para o senhor pelo WhatsApp.',
    'A mesa vai pela transportadora. Chame a gente no WhatsApp 11 98765-4321.',
    'Our courier delivers it. Call us on 0412 555 019 to book the slot.',
  ]);
});

describe('"nota" after a conditional or subject word is the verb to notice (review-ask-romance.ts)', () => {
  lacks('review_request')([
    'Si nota que la tapa no cierra bien, escríbanos por aquí.',
    'Cuando nota un ruido raro al encenderla, cuéntenos y lo vemos.',
    'Si usted nota cualquier fuga, escríbanos enseguida.',
    'Se nota qualche difetto nella cucitura, ci scriva qui.',
    'Quando nota un odore strano, ci scriva subito.',
    'Se nota algum defeito, escreva para nós por aqui.',
    'Si nota que el cargador se calienta, desconéctelo y escríbanos.',
    'Se lei nota un rumore, ci scriva pure.',
  ]);
  hasRule('review_request')([
    'Si está contento, déjenos una buena nota en Amazon.',
    'Se gostou, deixe sua nota na página do produto.',
    'Dê uma nota para o produto na Amazon, por favor.',
    'Nos ayudaría mucho que nos diera su nota en Amazon.',
    'Ci lasci una nota sulla pagina del prodotto su Amazon.',
    'Por favor, déjenos una reseña en Amazon.',
    'Si nota que todo funciona, déjenos una reseña en Amazon.',
    'Deixe sua avaliação na Amazon, por favor.',
  ]);
});

describe('a version still being developed, nothing offered, is no upsell (promotion.ts branch b\')', () => {
  cleanOfMarketing([
    'Notre équipe travaille sur une version plus silencieuse, rien de daté pour le moment.',
    'Our engineers are working on a stronger model; there is no date yet.',
    'Nuestro equipo está trabajando en una versión más grande, todavía sin fecha.',
    'Wir arbeiten an einer größeren Version, einen Termin gibt es noch nicht.',
    'Il nostro team sta lavorando a una versione più grande, ancora senza data.',
    'Nossa equipe está trabalhando numa versão maior, ainda sem data.',
    'Nous développons une version plus robuste de la charnière, sans calendrier.',
    'We are testing a larger version of the lid, nothing scheduled yet.',
  ]);
  flagsMarketing([
    'Notre équipe travaille sur une version plus silencieuse, précommandez-la dès maintenant avec 10 % de remise.',
    'Our engineers are working on a stronger model - pre-order yours now.',
    'Wir haben jetzt unsere größere Version im Shop.',
    'Try our bigger model next time, it is in our shop now.',
    'Nuestra versión más grande ya está disponible en nuestra tienda.',
    'La nostra versione più grande è disponibile nel nostro negozio.',
    'Nossa versão maior já está à venda na nossa loja.',
    'Notre modèle plus grand est disponible dans notre boutique, avec 10 % de remise.',
  ]);
});

describe('the buyer\'s right to review stated to a buyer who spoke of their review (review-right.ts)', () => {
  const told: [string, string][] = [
    ['No worries, you have every right to post your review. The replacement left this morning.', 'I wrote a harsh review, sorry.'],
    ['Kein Problem, Sie haben jedes Recht, Ihre Bewertung zu schreiben. Der Ersatz ist unterwegs.', 'Ich habe eine schlechte Bewertung geschrieben.'],
    ['Pas de souci, vous avez le droit de laisser votre avis. Le remplacement part demain.', "J'ai mis un avis négatif, désolée."],
    ['No se preocupe, tiene todo el derecho a dejar su opinión. El repuesto sale hoy.', 'Dejé una reseña negativa porque llegó roto.'],
    ['Nessun problema, ha tutto il diritto di lasciare la sua recensione. Il ricambio parte oggi.', 'Ho lasciato una recensione negativa.'],
    ['Sem problemas, você tem todo o direito de deixar sua avaliação. A troca sai hoje.', 'Deixei uma avaliação negativa, desculpe.'],
    ['Of course, you are entitled to write a review of the kettle. A new one ships today.', 'Sorry, I left a bad review for the kettle.'],
    ['Tout à fait, vous avez le droit de donner votre avis sur la théière ; un remplacement est parti.', "J'ai laissé un avis sévère sur la théière."],
  ];
  lacks('review_request')(told);
  hasRule('review_request')([
    ['You have every right to leave a review - we would appreciate five stars once the replacement arrives.', 'I wrote a harsh review, sorry.'],
    ['Vous avez le droit de laisser votre avis, n\'hésitez pas à le faire sur Amazon.', "J'ai mis un avis négatif, désolée."],
    ['Vous avez tout à fait le droit de donner votre avis ?', "J'ai mis un avis négatif, désolée."],
    ['Sie haben jedes Recht, Ihre Bewertung zu schreiben - bitte tun Sie das auf Amazon.', 'Ich habe eine schlechte Bewertung geschrieben.'],
    ['Tiene todo el derecho a dejar su opinión, por favor hágalo en Amazon.', 'Dejé una reseña negativa.'],
    ['Ha tutto il diritto di lasciare una recensione, ci farebbe piacere leggerla.', 'Ho lasciato una recensione negativa.'],
    ['Você tem todo o direito de deixar sua avaliação, por favor deixe na Amazon.', 'Deixei uma avaliação negativa.'],
    ['Please leave your review on Amazon.', 'I wrote a harsh review, sorry.'],
  ]);
});

describe('the seller\'s bank line on all its documents explained (seller-bank-fact.ts)', () => {
  const clean = lacks('personal_data');
  clean([
    'Os dados bancários no rodapé da fatura aparecem em todos os nossos documentos; o pedido já foi pago pela Amazon.',
    'The bank details at the bottom of the invoice are printed on all our invoices; you already paid through Amazon.',
    'Les coordonnées bancaires en bas de la facture figurent sur toutes nos factures ; vous avez déjà payé via Amazon.',
    'Los datos bancarios al pie de la factura aparecen en todas nuestras facturas; ya pagó a través de Amazon.',
    'Le coordinate bancarie in fondo alla fattura compaiono su tutte le nostre fatture; ha già pagato tramite Amazon.',
    'Os dados bancários (ag. 0123, c/c 4567-8) no rodapé da nota aparecem em todos os nossos documentos.',
    'A agência e conta no rodapé da nota fiscal aparecem em todas as nossas notas, não precisa transferir nada.',
    'Die IBAN unten auf der Rechnung steht auf allen unseren Rechnungen, bezahlt haben Sie schon über Amazon.',
  ]);
  hasRule('personal_data')([
    'Informe seus dados bancários para o reembolso.',
    'Please send us your bank details for the refund.',
    'Envoyez-nous vos coordonnées bancaires pour le remboursement.',
    'Envíenos sus datos bancarios para el reembolso.',
    'Ci mandi le sue coordinate bancarie per il rimborso.',
    'Os dados bancários no rodapé aparecem em todos os nossos documentos: envie seus dados bancários para o reembolso.',
    'Mande sua agência e conta para o depósito do reembolso.',
    'Bitte senden Sie uns Ihre Bankverbindung für die Erstattung.',
  ]);
});

describe('a rating or promotion word inside a quoted product name (quoted-item.ts)', () => {
  lacks('leading')([
    'The spice rack "Five Stars" has four shelves of 40 cm.',
    'Das Regal „Fünf Sterne“ ist 40 cm breit und passt in jede Nische.',
    'Le jeu « Cinq Étoiles » mesure 30 cm de côté.',
    'El estante «Cinco Estrellas» tiene cuatro baldas de 40 cm.',
    'Il set «Cinque Stelle» ha quattro ripiani da 40 cm.',
    'O jogo "Cinco Estrelas" tem quatro peças de madeira.',
    'Your order of "Five Star Knife Block Walnut" ships tomorrow.',
    'Ihre Bestellung „Fünf Sterne Gewürzset groß“ geht morgen raus.',
  ]);
  cleanOfMarketing([
    'Votre commande « Draps Bestseller coton bio 300 fils » part demain.',
    'Il suo ordine «Cuscino Bestseller memory foam 50x80» è partito.',
    'Seu pedido de "Jogo de Lençóis Bestseller algodão 400 fios" sai amanhã.',
    'Your order of "Bestseller Bamboo Sheet Set Queen 400 Thread" ships tomorrow.',
    'Ihre Bestellung „Bettwäsche Bestseller Baumwolle 200 x 220“ geht heute raus.',
    'El pedido de «Sábanas Bestseller algodón 400 hilos» sale mañana.',
    'Ta commande de « Housse Bestseller lin lavé 140 » est expédiée.',
    'Le drap « Bestseller Classic » est en coton.',
  ]);
  asksReview([
    'Ihre Bewertung „Fünf Sterne“ hilft uns sehr.',
    'Give us "five stars" please.',
    'Wir freuen uns über „Fünf Sterne“!',
    'A "five stars" review would make our day.',
    'Leave us "5 stars" on Amazon.',
    'Merci de nous mettre « cinq étoiles » sur Amazon.',
    'Déjenos «cinco estrellas» en Amazon, por favor.',
    'Ci lasci «cinque stelle» su Amazon.',
  ]);
  flagsMarketing([
    'Check out our "Bestseller Set" today.',
    'Our bestseller "Bamboo Sheets" is 20% off this week.',
    'Découvrez notre « Bestseller du mois » avec 15 % de remise.',
    'Descubra nuestro «Top ventas» con un 10 % de descuento.',
    'Scopri il nostro «Bestseller» con il 10 % di sconto.',
    'Confira nosso "Mais vendido" com 10% de desconto.',
    'Entdecken Sie unseren Bestseller „Bambus-Set“ mit 10 % Rabatt.',
    'Our "Bestseller Bundle" is on sale now - grab yours.',
  ]);
});

describe('a discount of the order told in the past tense, the amount as it was (price-pitch.ts ORDER_MONEY, check.ts ALREADY_APPLIED)', () => {
  cleanOfMarketing([
    'The coupon was applied only at checkout, so the amount was €18.90 instead of €21.',
    'Der Gutschein wurde erst an der Kasse abgezogen, deshalb nur 18,90 € statt 21 €.',
    'Le coupon a été appliqué seulement au paiement : le montant était de 18,90 € au lieu de 21 €.',
    'El cupón se aplicó solo al pagar, por eso el importe fue de 18,90 € en lugar de 21 €.',
    'Il coupon è stato applicato solo al pagamento, quindi l\'importo era di 18,90 € invece di 21 €.',
    'O cupom foi aplicado só no pagamento, por isso o valor foi de 18,90 € em vez de 21 €.',
    'Der Rabatt von 15 % war bereits im Preis enthalten, deshalb 25,49 € statt 29,99 €.',
    'The 20% discount was already included in the price you paid.',
    'La remise de 20 % était déjà comprise dans le prix payé.',
    'Lo sconto del 20% era già incluso nel prezzo pagato.',
  ]);
  flagsMarketing([
    'Con el cupón aplicado, el set le sale por solo 39 € en lugar de 45 €.',
    'Das 3er-Set kostet nur 39 € statt 45 €.',
    'The 3-pack is just €39 instead of €45 this week.',
    'Le lot de trois est à seulement 39 € au lieu de 45 €.',
    'Il set da tre a soli 39 € invece di 45 €.',
    'Que tal o kit com três? Sai por apenas 39 € em vez de 45 €.',
    'Der Rabatt von 20 % ist schon im Preis drin - nur diese Woche!',
    'The 20% discount is already included - order today.',
  ]);
});

describe('a promotion word on the order\'s total line (order-total-line.ts)', () => {
  cleanOfMarketing([
    'Hello,\nTotal: $42.90, free shipping.\nThanks',
    'Gesamtbetrag: 42,90 €, versandkostenfrei.',
    'Montant total : 42,90 €, livraison gratuite.',
    'Importe total: 42,90 €, envío gratis.',
    'Totale: 42,90 €, spedizione gratuita.',
    'Valor total: R$ 99,90, frete grátis.',
    '合計：4,290円（送料無料）',
    'Your invoice is attached.\nOrder total: £25.00, free delivery.',
  ]);
  flagsMarketing([
    'Total: 42 €, free shipping on your next order.',
    'Total: 42 € - free shipping this week only, order now!',
    'Free shipping on all orders! Total: 42 €.',
    'Valor total: R$ 99,90 - frete grátis só até hoje, aproveite!',
    'Gesamtbetrag: 42,90 €, versandkostenfrei bei Ihrer nächsten Bestellung.',
    'Montant total : 42,90 €, livraison gratuite sur votre prochaine commande.',
    'Importe total: 42,90 €, envío gratis en su próximo pedido.',
    'Free shipping on every order this month!',
  ]);
});

describe('the model the buyer called their own named back to compare it (buyer-own-model.ts)', () => {
  cleanOfMarketing([
    ['The 2019 model uses the 18 V plug, while yours is the 20 V one.', 'The charger does not fit my 2019 model.'],
    ['Das Modell 2019 hat den 18-V-Stecker, Ihres ist die 20-V-Ausführung.', 'Das Ladegerät passt nicht an mein Modell 2019.'],
    ['Le modèle 2019 utilise la prise 18 V ; le vôtre est en 20 V.', 'Le chargeur ne va pas sur mon modèle 2019.'],
    ['El modelo 2019 usa el conector de 18 V; el suyo es el de 20 V.', 'El cargador no vale para mi modelo 2019.'],
    ['Il modello 2019 usa il connettore da 18 V, il suo è da 20 V.', 'Il caricatore non va sul mio modello 2019.'],
    ['O modelo 2019 usa o conector de 18 V; o seu é o de 20 V.', 'O carregador não serve no meu modelo 2019.'],
    ['The Pro model has the wider base, which is why the cover is tight.', 'The cover does not fit my Pro model.'],
    ['The 2019 model takes the older filter, part F-18.', 'Which filter does my 2019 model take?'],
  ]);
  flagsMarketing([
    ['The 2024 model is on sale now - upgrade today!', 'The charger does not fit my 2019 model.'],
    ['The 2024 model is 20% off this week.', 'The charger does not fit my 2019 model.'],
    ['Das Modell 2024 gibt es diese Woche mit 20 % Rabatt.', 'Das Ladegerät passt nicht an mein Modell 2019.'],
    ['Le modèle 2024 est à -20 % cette semaine.', 'Le chargeur ne va pas sur mon modèle 2019.'],
    ['El modelo 2024 tiene un 20 % de descuento esta semana.', 'El cargador no vale para mi modelo 2019.'],
    ['Il modello 2024 è scontato del 20% questa settimana.', 'Il caricatore non va sul mio modello 2019.'],
    ['O modelo 2024 está com 20% de desconto esta semana.', 'O carregador não serve no meu modelo 2019.'],
    ['Check out our Pro model, it is our best seller.', 'The cover does not fit my basic model.'],
  ]);
});

describe('the buyer\'s note about a bad review acknowledged, nothing asked (buyers-note-read.ts)', () => {
  const pure = (cases: string[]) =>
    it.each(cases)('acknowledged: %s', (text) => {
      expect(buyersNoteOnBadReviewRead(normalize(text).text)).toBe(true);
    });
  const asks = (cases: string[]) =>
    it.each(cases)('still an ask: %s', (text) => {
      expect(buyersNoteOnBadReviewRead(normalize(text).text)).toBe(false);
    });
  pure([
    "I've read your note about the one-star review.",
    'We have received your message regarding the negative review.',
    'Ich habe Ihre Nachricht zur schlechten Bewertung gelesen.',
    "J'ai bien lu votre message au sujet de l'avis négatif.",
    'He leído su mensaje sobre la reseña de una estrella.',
    'Ho letto il suo messaggio sulla recensione negativa.',
    'Li sua mensagem sobre a avaliação negativa.',
    'We saw your comment about the 1-star review.',
  ]);
  asks([
    "I've read your note about the one-star review - could you update it once it works?",
    "I've read your note about the review.",
    "I've read your note about the one-star review; we'd appreciate five stars once fixed.",
    'Ich habe Ihre Nachricht zur schlechten Bewertung gelesen - bitte ändern Sie sie.',
    "J'ai lu votre message au sujet de l'avis négatif, pourriez-vous le retirer ?",
    'He leído su mensaje sobre la reseña negativa; por favor, cámbiela.',
    'Ho letto il suo messaggio sulla recensione negativa, potrebbe modificarla?',
    'Please read our note about reviews.',
  ]);
  lacks('leading')(["I've read your note about the one-star review. On the problem itself: hold the reset button for 10 seconds."]);
});

describe('the buyer\'s feedback passed to the maker, the change told (feedback-passed.ts)', () => {
  const pure = (cases: string[], want: boolean) =>
    it.each(cases)(`${want ? 'passed on' : 'an offer'}: %s`, (text) => {
      expect(feedbackPassedToMaker(normalize(text).text)).toBe(want);
    });
  pure([
    'We passed your feedback on the seam to our workshop: from the next batch the strap gets a double seam.',
    'Wir haben Ihre Rückmeldung zur Naht an unsere Werkstatt weitergegeben, ab der nächsten Serie wird sie doppelt genäht.',
    'Nous avons transmis votre retour sur la couture à notre atelier : la prochaine série aura une double couture.',
    'Hemos trasladado su comentario sobre la costura a nuestro taller: el próximo lote llevará doble costura.',
    'Abbiamo girato il suo feedback sulla cucitura al nostro laboratorio: dal prossimo lotto sarà doppia.',
    'Repassamos seu feedback sobre a costura para a nossa oficina: o próximo lote terá costura dupla.',
    'ご意見を工房に伝えました。次のロットから縫製を二重にします。',
    'I forwarded your comments to the manufacturer; the next run gets a thicker handle.',
  ], true);
  pure([
    'We passed your feedback to our workshop: the new strap is available now with 10% off.',
    'Our workshop makes a new double-seam strap - order it now.',
    'Wir haben Ihre Rückmeldung an die Werkstatt weitergegeben, die neue Version können Sie jetzt kaufen.',
    'Nous avons transmis votre retour à notre atelier ; la nouvelle version est disponible.',
    'Hemos trasladado su comentario a nuestro taller; la nueva versión ya está disponible con descuento.',
    'Abbiamo girato il suo feedback al laboratorio: il nuovo modello è in vendita a 29 €.',
    'Repassamos seu feedback para a oficina; a nova versão já está disponível para comprar.',
    'The next batch has a double seam, order yours today.',
  ], false);
});

describe('the seller checking with its own team, no channel named (own-team-check.ts)', () => {
  const pure = (cases: string[], want: boolean) =>
    it.each(cases)(`${want ? 'own team' : 'a channel or no team'}: %s`, (text) => {
      expect(checksWithOwnTeam(normalize(text).text)).toBe(want);
    });
  pure([
    "I'll check with our tech team whether we can send a new battery directly, and get back to you tomorrow.",
    'Ich kläre das mit unserem Technikteam, ob wir Ihnen direkt einen neuen Akku schicken, und melde mich morgen.',
    'Je vois avec notre équipe technique si nous pouvons vous envoyer directement une batterie, et je reviens vers vous.',
    'Lo consulto con nuestro equipo técnico y le respondo mañana.',
    'Verifico con il nostro team tecnico se possiamo spedirle subito una batteria e le faccio sapere.',
    'Vou verificar com nossa equipe técnica se podemos enviar outra bateria e retorno amanhã.',
    'We will confirm it with our warehouse and reply here by noon.',
    'Ich kläre das bei unserer Serviceabteilung und melde mich bis 14 Uhr.',
  ], true);
  pure([
    "I'll check with our tech team, and they will call you tomorrow.",
    'Ich kläre das mit unserem Technikteam, die rufen Sie dann an.',
    'Je vois avec notre équipe technique qui vous contactera par e-mail.',
    'Lo consulto con nuestro equipo técnico; le llamamos mañana.',
    'Verifico con il nostro team tecnico e la chiamo domani.',
    'Vou verificar com nossa equipe técnica e te chamo no WhatsApp.',
    'Please contact our tech team at support@example.com.',
    'The carrier will check with their depot and get back to you.',
  ], false);
});
