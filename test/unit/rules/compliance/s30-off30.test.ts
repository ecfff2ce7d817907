// Off-Amazon misses of the s30 writer-1 rows (s30-wo1), fixed by structure and written here in other words (none of the rows'
// sentences): an item "not sold on Amazon, but" paid through a service, a mail to the buyer's own mailbox that spares them Amazon's
// inbox, and a bare contact number asked with a call-back promised (Spanish tú imperatives, numbers named with their complement).
import { describe } from 'vitest';

import { hasRule, lacks } from './helpers/cases';

describe('an item not sold on Amazon, then "but" and a payment service (unlisted-on-amazon.ts, payment-channel.ts)', () => {
  hasRule('offplatform')([
    "The spare filter isn't listed on Amazon, but I can send you a PayPal request for $9 and post it tomorrow.",
    'We don\'t sell the extra lid on Amazon, but a bank transfer of £6 works and it ships the same day.',
    'Der Ersatzdeckel ist bei Amazon nicht erhältlich, aber Sie können uns 8 € per PayPal schicken, dann geht er raus.',
    "Ce joint n'est pas disponible sur Amazon, mais un virement de 5 € suffit et je vous l'envoie.",
    'La tapa suelta no está a la venta en Amazon, pero me haces un Bizum de 6 € y te la mando.',
    'Il coperchio non lo vendiamo su Amazon, ma può fare un bonifico di 9 € e glielo spediamo subito.',
    'A tampa avulsa não está à venda na Amazon, mas você pode pagar R$ 25 via Pix e eu envio amanhã.',
    '替えのフタはAmazonでは取り扱っておりませんが、PayPayで800円お支払いいただければ発送いたします。',
  ]);
  lacks('offplatform')([
    "The spare filter isn't sold on Amazon, but we can't take PayPal or transfers either, sorry.",
    "The lid isn't listed on Amazon yet, but it will be next week - you can pay for it with your Amazon account then.",
    'Der Deckel ist bei Amazon nicht erhältlich, aber eine Zahlung per PayPal ist leider nicht möglich.',
    "Ce joint n'est pas en vente sur Amazon, mais nous n'acceptons pas les virements.",
    'La tapa no está a la venta en Amazon, pero no podemos cobrar por Bizum.',
    'Il coperchio non è in vendita su Amazon, ma non accettiamo bonifici né PostePay.',
    'A tampa não está à venda na Amazon, mas não aceitamos Pix nem transferência.',
    '替えのフタはAmazonでは販売しておりませんが、銀行振込でのお支払いはお受けできません。',
  ]);
});

describe('mail sent to the buyer\'s own mailbox, Amazon named as the chore it spares (offsite-invite.ts BYPASSED_AMAZON, buyer-mailbox.ts)', () => {
  hasRule('offplatform')([
    "No problem, I'll forward the invoice to your Hotmail tonight so you don't have to look in the Amazon messages.",
    "No worries, we'll send the manual to your Gmail so you won't need to search through the Amazon inbox.",
    'Kein Problem, ich schicke Ihnen die Anleitung an Ihre GMX-Adresse, ohne im Amazon-Postfach suchen zu müssen.',
    "Pas de souci, je vous envoie la facture sur votre Gmail, sans avoir à chercher dans la messagerie Amazon.",
    'Sin problema, te mando la factura a tu Gmail, sin tener que buscar en los mensajes de Amazon.',
    'Nessun problema, le giro la fattura sulla sua Gmail, senza dover cercare nei messaggi Amazon.',
    'Sem problema, mando a nota para o seu Gmail, sem precisar procurar na caixa da Amazon.',
    ['Sure, I\'ll email the label over so you don\'t have to dig through the Amazon messages.', 'Just email me the label at pat.r@gmail.com please, the Amazon inbox is a mess.'],
  ]);
  lacks('offplatform')([
    "We can't write to your Gmail, please keep using the Amazon messages.",
    'No, we never send anything to your Hotmail; everything stays in the Amazon inbox.',
    'Amazon will send the refund confirmation to your Gmail.',
    'Please check your Gmail spam folder for the Amazon confirmation.',
    'Wir schreiben nicht an Ihre GMX-Adresse, bitte bleiben Sie im Amazon-Postfach.',
    "Nous ne pouvons pas écrire sur votre Gmail, restons dans la messagerie Amazon.",
    ['Sure - the label is attached right here in this thread.', 'Just email me the label at pat.r@gmail.com please.'],
    ['Sorry, we answer only through the Amazon messages, the label is attached here.', 'Just email me the label at pat.r@gmail.com please.'],
  ]);
});

describe('a bare contact number asked, a call back promised (contact-ask.ts)', () => {
  hasRule('personal_data')([
    'Mándanos un número de móvil y te llamamos esta tarde.',
    'Pásanos un teléfono de contacto y te llamamos para la garantía.',
    'Hinterlassen Sie uns eine Telefonnummer, wir rufen Sie morgen zurück.',
    'Laissez-nous un numéro de téléphone et nous vous rappelons dans la journée.',
    'Could you give us a phone number so we can call you about the warranty?',
    'Deixe-nos um telefone de contato e ligamos amanhã de manhã.',
    'Ci lasci un numero di telefono e la richiamiamo domani.',
    '連絡先のお電話番号をお知らせいただければ、こちらからお電話いたします。',
  ]);
  lacks('personal_data')([
    'Déjanos una reseña y te llamamos si hay novedades.',
    'El técnico le llamará al número de su pedido.',
    'Der Fahrer ruft Sie an, die Telefonnummer aus Ihrer Bestellung hat er.',
    'Laissez-nous un message ici, nous vous répondrons demain.',
    'Le numéro de série est sur l\'étiquette, nous vous rappelons demain.',
    'No necesitamos ningún teléfono de contacto, te respondemos aquí.',
    'Please update the phone number in your Amazon account; the courier will call you.',
    'Não precisamos do seu telefone de contato, respondemos por aqui.',
  ]);
});

describe('a manual on "our site" at a spelled-out domain is the address only (check.ts ADDRESS_AHEAD, offsite-invite.ts pointsToDocument)', () => {
  lacks('offplatform')([
    'The quick-start guide for the X2 lamp is also on our site: lumo-works dot net / manuals - just pick your model.',
    'The assembly video is on our website too: oakfold dot com / videos.',
    'Die Anleitung finden Sie auch auf unserer Website: lumowerk punkt de / anleitungen.',
    'Le manuel est aussi sur notre site : lumo-atelier point fr / notices.',
    'El manual también está en nuestra web: lumotaller punto es / manuales.',
    'Il manuale è anche sul nostro sito: lumolab punto it / manuali.',
    'O manual também está no nosso site: lumocasa ponto com / manuais.',
    'The user guide is on our site as well: lumo-works [dot] net/guides.',
  ]);
  hasRule('offplatform')([
    'Visit our site lumo-works dot net for the full manual.',
    'You can also order the spare on our site: lumo-works dot net.',
    'Our site lumo-works dot net has the manual and 10% off the whole range.',
    'Besuchen Sie unsere Website lumowerk punkt de für die Anleitung.',
    'Commandez la pièce sur notre site : lumo-atelier point fr.',
    'Puede comprar el recambio en nuestra web: lumotaller punto es.',
    'Può acquistare il ricambio sul nostro sito: lumolab punto it.',
    'Você pode comprar a peça no nosso site: lumocasa ponto com.',
  ]);
});

describe('s30 mend review: the spelled-domain reading and the unlisted path stay narrow', () => {
  // "point it", "point de" are words, not an address: the invitation to our site is found again (check.ts ADDRESS_AHEAD)
  hasRule('offplatform')([
    'You can download the manual on our website; at this point it is only in English.',
    'Vous trouverez la notice sur notre site internet, au point de téléchargement.',
    // (our own)
    'Il manuale si scarica dal nostro sito, al punto de download indicato.',
    'Você baixa o manual no nosso site, no ponto de download da página.',
  ]);
  // no payment asked after "not sold on Amazon, but", or a refund told (payment-channel.ts, unlisted-on-amazon.ts)
  lacks('offplatform')([
    'This item isn\'t sold on Amazon by us, but the PayPal charge must come from another shop - please check with PayPal.',
    'The item is no longer sold on Amazon, but your refund was issued and your bank transfer will arrive in 3 days.',
    // (our own)
    'Der Artikel wird bei Amazon nicht mehr verkauft, aber Ihre Erstattung ist raus, die Überweisung kommt in 3 Tagen.',
    'Este artículo ya no se vende en Amazon, pero el cargo de PayPal viene de otra tienda.',
  ]);
});
