// Off-Amazon false alarms of the s28 writer-2 rows (s28-go2), fixed by cause and written here in other words (none of the rows'
// sentences): a channel refused with a regret the seller-voice fold rewrote, an accept word after the buyer's channel was refused,
// the seller's bank line on an invoice with nothing to pay, an id's format read as a phone, a carrier calling from its own number.
import { describe } from 'vitest';

import { hasRule, lacks } from './helpers/cases';

describe('a channel refused with "no X" and a regret after it, "I\'m afraid" folded to "we\'re afraid" (check.ts REGRET_AFTER)', () => {
  lacks('offplatform')([
    'No Telegram I\'m afraid, everything goes through this chat.',
    'We only write through Amazon, so no WhatsApp I\'m afraid.',
    'Sorry, we keep it all here - no email I am afraid.',
    'no signal im afraid, just reply to this message',
    ['So no WhatsApp I\'m afraid, but the photos can go right here.', 'Can I send the photos on WhatsApp?'],
  ]);
  hasRule('offplatform')([
    'No worries, WhatsApp me the photos instead.',
    'No WhatsApp? Then email us at help@example-shop.com.',
    'I\'m afraid Amazon is slow, so WhatsApp us on 07700 900 123.',
  ]);
});

describe('an accept word after the buyer\'s channel was refused in the reply (check.ts refusedBeforeAccept)', () => {
  lacks('offplatform')([
    ['Anrufen dürfen wir Kunden leider nicht, aber ich helfe Ihnen gern hier weiter.', 'Können Sie mich bitte anrufen?'],
    ['Per Telefon können wir leider nicht helfen, gern aber hier im Chat.', 'Rufen Sie mich an?'],
    ['We can\'t phone customers, sorry - happy to walk you through it here though.', 'Could you just call me?'],
    ['Non possiamo telefonare ai clienti, ma volentieri le spiego tutto qui.', 'Mi può chiamare?'],
    ['No podemos llamar por teléfono, pero con gusto se lo explico aquí.', '¿Me puede llamar?'],
    ['Não podemos ligar para clientes, mas com prazer explico tudo aqui.', 'Pode me ligar?'],
    ['Nous ne pouvons pas appeler les clients, mais je vous explique volontiers ici.', 'Vous pouvez m\'appeler ?'],
    ['お電話での対応はできかねますが、こちらで喜んでご説明します。', '電話してもらえますか？'],
  ]);
  hasRule('offplatform')([
    ['Klar, gern! Rufen Sie uns unter 030 5550 1234 an.', 'Können Sie mich bitte anrufen?'],
    ['Sure, happy to - I\'ll call you this afternoon.', 'Could you just call me?'],
  ]);
});

describe('the seller\'s bank line on an invoice with nothing to pay (seller-bank-fact.ts)', () => {
  lacks('personal_data')([
    'Die Bankverbindung steht bei uns im Fuß jeder Rechnung, zu überweisen ist nichts.',
    'Die IBAN auf der Rechnung ist bei uns Standard; Ihre Bestellung ist über Amazon bezahlt, Sie müssen nichts überweisen.',
    'L\'IBAN in fondo alla fattura è un dato aziendale: non deve versare nulla.',
    'Le coordinate bancarie nella fattura sono un dato della società, non deve versare niente.',
    'Os dados bancários na nota fiscal são informação cadastral da empresa.',
    'Le RIB en bas de la facture figure chez nous sur toutes les factures, vous n\'avez rien à verser.',
    'Los datos bancarios al pie de la factura son de la empresa, no tiene que abonar nada.',
    'The bank details at the bottom of the invoice are printed by us on every invoice; there is nothing for you to pay.',
  ]);
  hasRule('personal_data')([
    'Bitte nennen Sie uns Ihre Bankverbindung für die Rechnung.',
    'Mi invii il suo IBAN, lo mettiamo in fattura.',
    'Informe seus dados bancários para a nota fiscal.',
  ]);
  hasRule('offplatform')([
    'Die Bankverbindung steht bei uns auf der Rechnung: bitte überweisen Sie die 12 € dorthin.',
  ]);
});

describe('a number given as the format of a serial or part number is no phone (phone.ts ID_WORDS)', () => {
  lacks('phone')([
    'The serial sits under the lid and has the format 0171-2284-509.',
    'Die Chargennummer steht auf dem Boden, sie hat das Format 0151-5550-112.',
    'Le numéro de lot figure sous la base, au format 0612-5550-134.',
    'El número de serie está bajo la tapa, con el formato 0612-5550-134.',
    'Il numero di serie è sotto il coperchio, nel formato 0347-5550-128.',
    'O número de série fica embaixo da tampa, no formato 0119-5550-123.',
  ]);
  hasRule('phone')([
    'Call us on 0171 2284 509, we can check the serial with you.',
    'Rufen Sie an: 0151 5550 112.',
  ]);
});

describe('a carrier or maker that calls the buyer from its own number (check.ts carrierCallsFrom)', () => {
  lacks('offplatform')([
    'The courier will call you from 0800 555 0199 before delivery.',
    'The manufacturer will ring you from 0800 555 0199 to book the repair.',
    'The driver may phone you from 0161 555 0142 on the day.',
    'Il corriere la chiamerà dal numero 02 5550 1990 prima della consegna.',
    'Le livreur vous appellera depuis le 01 45 55 01 99 la veille.',
    '配送業者から0120-555-019よりお電話があります。',
  ]);
  hasRule('phone')(['The courier will call you from 0800 555 0199 before delivery.']);
  hasRule('offplatform')([
    'Our technician will call you from 0800 555 0199, just pick up.',
    'The courier will call you - or call us yourself on 0800 555 0199.',
    'Call us from any phone on 0800 555 0199.',
  ]);
});

describe('a yes to the buyer\'s return straight to the seller, Amazon\'s return left out (bypass-amazon.ts buyerSkipsAmazonReturn)', () => {
  hasRule('offplatform')([
    ['Sure, that works for us - the address is on the packing slip.', 'Could I post it back to you directly instead of doing an Amazon return?'],
    ['Ja, gern, so sparen wir uns den Papierkram.', 'Darf ich den Mixer ohne Amazon-Rücksendung direkt an Sie schicken?'],
    ['Oui, bien sûr, c\'est plus simple pour nous.', 'Je peux vous le renvoyer directement, sans passer par le retour Amazon ?'],
    ['Claro, hágalo así y le devolvemos el dinero al recibirlo.', '¿Se lo puedo devolver directamente sin pasar por Amazon?'],
    ['Certo, va benissimo così.', 'Posso restituirvelo direttamente invece di aprire il reso su Amazon?'],
    ['Sim, pode mandar direto pra gente.', 'Posso devolver direto pra vocês sem abrir devolução na Amazon?'],
    ['はい、それで問題ございません。', 'Amazonを通さずに直接返品してもいいですか？'],
  ]);
  lacks('offplatform')([
    ['Sorry, no - returns have to go through Amazon so you are covered.', 'Could I post it back to you directly instead of doing an Amazon return?'],
    ['Leider nein, bitte nutzen Sie die Rücksendung über Amazon, dort erhalten Sie das Etikett.', 'Darf ich den Mixer ohne Amazon-Rücksendung direkt an Sie schicken?'],
    ['Lo siento, no es posible: la devolución debe hacerse en Amazon.', '¿Se lo puedo devolver directamente sin pasar por Amazon?'],
    ['Sure, the Amazon return label is free - open the return in Your Orders.', 'Can I return it on Amazon?'],
    ['Yes, we received your return and refunded you today.', 'Did you get the parcel I sent back through Amazon?'],
  ]);
});

describe('a yes that still sends the return through Amazon (bypass-amazon.ts returnKeptOnAmazon)', () => {
  lacks('offplatform')([
    ['Of course - just start the return on Amazon, it\'s the quickest way.', 'Could I post it back to you directly instead of doing an Amazon return?'],
    ['Klar, aber bitte über Amazon zurücksenden.', 'Darf ich den Mixer ohne Amazon-Rücksendung direkt an Sie schicken?'],
    ['Certo, ma il reso va aperto su Amazon.', 'Posso restituirvelo direttamente invece di aprire il reso su Amazon?'],
  ]);
  hasRule('offplatform')([
    ['Of course, no need for the Amazon return - post it to Unit 4, Mill Lane, Leeds LS1 4AB.', 'Could I post it back to you directly instead of doing an Amazon return?'],
  ]);
});
