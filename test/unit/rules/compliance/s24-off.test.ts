// Off-Amazon contact, address and personal-data errors of the s24 blind batches b and c, each fixed by its cause and written
// here in other words (no batch sentence copied), with near-misses that must stay clean and, after every guard, real
// violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const ruleFindings = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('a number with a call-back, find-us, ask-for-a-person or messenger invitation is offplatform', () => {
  it.each([
    ["Si rien n'a bougé vendredi, vous pouvez nous rappeler au 04 72 55 18 90 en semaine.", 'fr'],
    ['Rappelez-nous au 02 40 55 61 22 quand vous aurez le carton sous les yeux.', 'fr'],
    ['Per le urgenze ci trova al 348 555 2019, anche la domenica.', 'it'],
    ['Per domande tecniche: 011 555 7733, chiedete di Sara in magazzino.', 'it'],
    ['Unser Rückrufservice: 030 5550 1188, halten Sie die Auftragsnummer bereit.', 'de'],
    ['For the workshop, ring 0161 555 0144 and ask for Tom.', 'en'],
    ['Si lo prefiere, vuelva a llamarnos al 931 555 208 por la tarde.', 'es'],
    ['Possiamo sentirci su Signal: il numero è tre quattro sette, cinque cinque cinque, uno due otto nove.', 'it'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it('a number followed by a bare encouragement', () => {
    expect(rules('担当窓口は 06 5550 3312 です。お気軽にどうぞ。')).toEqual(expect.arrayContaining(['offplatform', 'phone']));
    expect(rules('Our workshop line is 0113 555 0177. Feel free!')).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it('asks for a call back without the number in the text', () => {
    expect(rules('Ci richiami nel pomeriggio, le spieghiamo tutto a voce; il recapito è sulla bolla.')).toContain('offplatform');
    expect(rules('Per il montaggio della tenda richiamateci pure domani mattina.')).toContain('offplatform');
  });

  it('near-misses: a carrier calling the buyer, a refusal to call, an encouragement about the chat', () => {
    expect(rules('Le transporteur vous rappellera au 06 44 55 12 90 pour fixer le créneau.')).not.toContain('offplatform');
    expect(rules('Il corriere GLS la richiamerà per fissare la consegna.')).toEqual([]);
    expect(rules('Non serve che ci richiami: le rispondiamo qui in chat.')).toEqual([]);
    expect(rules('Nous ne pouvons pas vous rappeler au 01 44 55 66 77, écrivez-nous ici.')).not.toContain('offplatform');
    expect(rules('Your order is 302-5551234-7654321. Feel free to write here in the chat.')).toEqual([]);
  });
});

describe('a bare signature with a phone and an e-mail gets the address labels only', () => {
  it.each([
    ['Cordialement,\nMenuiserie Lenoir\n+33 (0)2 41 55 90 12 · contact@menuiserie-lenoir.fr', ['email', 'phone']],
    ['Un saluto,\nFerramenta Gallo\n+39 011 555 4411 - contatto@ferramentagallo.it', ['email', 'phone']],
  ])('%s', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it('still invites when the signature says to contact or call', () => {
    expect(rules('Contactez-nous : +33 (0)2 41 55 90 12 · contact@menuiserie-lenoir.fr')).toContain('offplatform');
    expect(rules('Call us on +44 20 7946 0011 or write to help@oakbench.co.uk')).toContain('offplatform');
    expect(rules('Rufen Sie uns an: 030 555 1234, kontakt@holzwerk.de')).toContain('offplatform');
  });
});

describe('accepting the channel the buyer proposed by writing "there"', () => {
  it.each([
    ['Perfetto, ti mando lì il preventivo domattina.', 'Ecco la mia mail: franca.b77@libero.it'],
    ['Recibido, le escribo ahí esta noche con las medidas.', 'Este es mi correo: lucia.m@gmail.com'],
    ["Thanks, I'll email you there this evening with the quote.", 'Here is my address: sam.k@outlook.com'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toContain('offplatform');
  });

  it('near-misses: "here", or no proposal from the buyer', () => {
    expect(rules('Perfetto, le scrivo qui domattina con il preventivo.', { buyerMessage: 'Ecco la mia mail: franca.b77@libero.it' })).toEqual([]);
    expect(rules('Ricevuto, ti scrivo lì entro stasera.')).toEqual([]);
  });
});

describe('a messenger id after a colon', () => {
  it.each([
    'Para confirmar, responda no nosso LINE: casaflor_br',
    'Send the photos on Telegram: oakbench_support',
    'Unser Kakao ID: holzwerk.2024',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it.each(['Product line: basic model, in stock.', 'Line: v2.0 firmware is on the box.', 'Our production line: week 12.'])('near-miss %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('domains and e-mails', () => {
  it('a spelled domain after a web-site noun in brackets', () => {
    expect(rules('Lo tiene en nuestra web (mueblesrey punto es), mire la sección de recambios.')).toContain('url');
    expect(rules('Trova tutto sul nostro sito (legnodoro punto it) con i ricambi.')).toContain('url');
    expect(rules('En este punto es mejor esperar al transportista.')).toEqual([]);
    expect(rules('Desde la web el pedido punto es difícil de seguir.')).toEqual([]);
  });

  it('a spelled lowercase "at" after a send verb and a mailbox in the object slot is an e-mail, with a two-letter TLD', () => {
    expect(rules('Please send the receipt to billing at oakbench dot co today.')).toContain('email');
    expect(rules('Mail the pictures to returns at hollowpine dot io, thanks.')).toContain('email');
    expect(rules('Please send the receipt to billing at oakbench dot co today.')).not.toContain('url');
    // the preposition after a pronoun stays the site
    expect(rules('Send it back to us at repairs dot co please.')).not.toContain('email');
  });

  it('a capitalised TLD after a brand-shaped name', () => {
    expect(rules('Las piezas salen más baratas en Mimbre-Sur.Store, con envío gratis.')).toContain('url');
    expect(rules('Trova i filtri sul nostro sito CasaVerde.Shop, più economici.')).toContain('url');
    expect(rules('I filtri li trova anche su AcquaViva.Online.')).toContain('url');
  });

  it.each([
    'I ate at McDonald.It was closed anyway.',
    'Thanks Jean-Luc.It arrives on Monday.',
    'We are done.Store it in a dry place.',
  ])('near-miss %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    "All sorted.it's on the van this afternoon.",
    'Perfetto.io intanto preparo il reso.',
    "Visto.com'è andata la consegna?",
    'Muito obrigado pela compreensão.com a greve, o envio sai na segunda.',
    'Checked.net weight is 1.2 kg as listed.',
  ])('a glued full stop before a word of the sentence: %s', (text) => {
    expect(rules(text)).not.toContain('url');
  });

  it('a real address after an invitation or with a possessive stays a url', () => {
    expect(rules('Visit Perfetto.io for the spare parts.')).toContain('url');
    expect(rules('Shop.com\'s prices are lower than here.')).toContain('url');
    expect(rules('Order at gadgetbarn.net today for the refills.')).toContain('url');
    expect(rules('Compre em nossa loja pelúcia.com o melhor preço.')).toContain('url');
  });
});

describe('refusals and explanations that keep the contact on Amazon', () => {
  it('a preference not to use the channel', () => {
    expect(rules('Muchas gracias, pero preferimos no usar WhatsApp; le escribimos por aquí cuando salga el envío.', { buyerMessage: 'Te dejo mi WhatsApp: 611 555 210' })).toEqual([]);
    expect(rules('Mejor no usar Telegram; seguimos por este chat.', { buyerMessage: 'Hablamos por Telegram?' })).toEqual([]);
  });

  it('still flags an invitation after a preference', () => {
    expect(rules('Preferimos no esperar: escríbenos por WhatsApp al 611 555 210.')).toContain('offplatform');
    expect(rules('Gracias, pero preferimos no usar el chat; escríbenos por WhatsApp.')).toContain('offplatform');
  });

  it('"pode ser" before a participle is the modal, not a yes', () => {
    expect(rules('Agradecemos, mas o pagamento só pode ser feito pela Amazon mesmo.', { buyerMessage: 'Posso pagar no Pix direto?' })).toEqual([]);
    expect(rules('A troca pode ser pedida em Meus pedidos.', { buyerMessage: 'Posso te mandar mensagem no WhatsApp?' })).toEqual([]);
    expect(rules('Pode ser, te chamo no zap à noite.', { buyerMessage: 'Posso te chamar no WhatsApp?' })).toContain('offplatform');
  });

  it('"inutile de" / "no need to" before the bank details', () => {
    expect(rules('Le remboursement repart sur votre carte via Amazon, inutile de nous transmettre vos coordonnées bancaires.')).toEqual([]);
    expect(rules('No need to send your bank details: the refund goes back to your Amazon payment method.')).toEqual([]);
    expect(rules('Pour le remboursement, merci de nous envoyer vos coordonnées bancaires.')).toContain('personal_data');
    expect(rules('Inutile de passer par Amazon, envoyez-nous vos coordonnées bancaires par mail.')).toContain('personal_data');
  });

  it('a bigger version the buyer wants, reached by cancelling and reordering', () => {
    expect(ruleFindings('Désolés, pas de paiement hors Amazon. Si vous souhaitez la version XL, annulez simplement et recommandez depuis la fiche.', { buyerMessage: 'Je peux vous payer le supplément par virement ?' })).toEqual([]);
    expect(ruleFindings("If you'd rather have the Pro version, just cancel and reorder it from the product page.")).toEqual([]);
    // a pitch beside it, or no reorder, still flags
    expect(rules('Si vous voulez la version XL, elle est à -20 % cette semaine.')).toContain('marketing');
    expect(rules('Découvrez aussi la version XL, idéale pour les grandes familles.')).toContain('marketing');
    expect(rules("If you want the Pro version, cancel and reorder - it's 20% off and our best seller.")).toContain('marketing');
  });
});

describe('sales at the seller\'s own site', () => {
  it.each([
    '替えのフィルターは当店公式サイト kobo-aoi.shop でもお求めいただけます（送料無料）。',
    'Spare blades can also be bought on our website, free shipping.',
    'Les pièces de rechange, vous pouvez les commander sur notre site, livraison offerte.',
  ])('a spare part with a perk: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it('a named code', () => {
    expect(rules('Un bon sur notre boutique, code RENTREE20, à saisir au panier.')).toContain('marketing');
    expect(rules('La pièce porte le code FT4-XL sur l\'étiquette.')).toEqual([]);
    expect(rules('Le code postal 75011 est bien noté pour la livraison.')).toEqual([]);
  });

  it.each([
    'La pièce de rechange vous est envoyée gratuitement, pas besoin de commander.',
    '交換品は当店から送料無料でお送りします。',
    'We cannot sell spare parts on our website with free shipping.',
  ])('near-miss %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
