// Off-Amazon contact carried by something other than a plain link, from the s27 blind batches c-f: each cause fixed by its
// structure and written here in other words (no batch sentence copied), with near-misses that must stay clean and, after every
// guard, real violations that must still flag.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' findings only (the learned layer is retrained by the lead). */
const rules = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry ?? '');

describe('a return sent straight to the seller, Amazon\'s return named as skipped', () => {
  it.each([
    ['Bitte senden Sie den Mixer nicht über Amazon zurück, sondern direkt an unsere Werkstatt:\nHolzweg 3\n12345 Beispielstadt'],
    ['Instead of using the Amazon returns page, please ship the lamp to our workshop:\n12 Mill Lane\nLeeds LS1 4XX'],
    ['Gentile signora, ci rispedisca la lampada a questo indirizzo:\nVia Roma 1\n20100 Milano\nCosì saltiamo la pratica di reso.'],
    ['交換品をすぐにお送りしますので、Amazonの返品受付を通さず、当店まで元払いでご返送ください。'],
    ['Post the kettle back to us directly, not through Amazon, and we will swap it.'],
    ['Renvoyez-nous directement la bouilloire, pas via Amazon, et on l\'échange tout de suite.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
    expect(entries(text)).toContain('offplatform:return-outside-amazon');
  });

  it('near-misses: Amazon\'s label with the seller\'s address, the seller sending, a photo, a return kept on Amazon', () => {
    expect(rules('Die Rücksendung ist freigegeben: das Amazon-Etikett trägt schon unsere Adresse, kleben Sie es einfach auf.')).toEqual([]);
    expect(rules('You can keep the faulty one; we will send a new unit today without any Amazon return.')).not.toContain('offplatform');
    expect(rules('Please send us a photo of the crack here so we can skip the return process.')).toEqual([]);
    expect(rules('Please return it through Your Orders rather than contacting Amazon support, the label is free.')).toEqual([]);
    expect(rules('Bitte schicken Sie es nicht direkt an uns, sondern über Amazon zurück.')).toEqual([]);
    expect(rules('Don\'t send it back to us directly; use the Amazon return instead of posting it yourself.')).toEqual([]);
  });

  it('still flags after the guards: the item to us, Amazon skipped, in other words', () => {
    expect(rules('Rather than the Amazon return, just mail the charger back to us.')).toContain('offplatform');
    expect(rules('Schicken Sie das Gerät statt über die Amazon-Rücksendung bitte an unsere Adresse:\nAm Markt 1\n10115 Berlin')).toContain('offplatform');
    expect(rules('Envíenoslo directamente, no a través de Amazon, y le mandamos otro.')).toContain('offplatform');
    expect(rules('Senza usare il reso Amazon, ci spedisca il pezzo a questo indirizzo:\nVia Po 3\n10100 Torino')).toContain('offplatform');
    expect(rules('Don\'t wait for Amazon returns, just send it to us and we\'ll swap it.')).toContain('offplatform');
  });
});

describe('a reply asked to a mail the seller sent outside Amazon', () => {
  it.each([
    ['Wir haben Ihnen heute früh eine E-Mail aus unserem Kundenpostfach geschickt. Bitte antworten Sie direkt auf diese, dann sieht sie der Techniker.'],
    ['We emailed you last night from our warranty desk. Please reply to that email and attach the receipt.'],
    ['当社よりメールを送信いたしましたので、そちらへご返信をお願いいたします。'],
    ['Le abbiamo mandato una e-mail stamattina: ci risponda direttamente lì.'],
  ])('%s', (text) => {
    expect(entries(text)).toContain('offplatform:reply-to-own-mail');
  });

  it('near-misses: the mail sent through Amazon, a reply kept here, Amazon\'s mail', () => {
    expect(rules('We sent you a message through Amazon with the label. Please reply to it if it did not arrive.')).toEqual([]);
    expect(rules('Wir haben Ihnen eine Mail geschickt. Antworten Sie bitte einfach hier im Amazon-Postfach.')).toEqual([]);
    expect(rules('Amazon sent you an email with the return label; please reply to it if anything is missing.')).toEqual([]);
    expect(rules('We emailed you through Amazon this morning. Please reply to that email.')).toEqual([]);
  });
});

describe('a contact given as where the buyer\'s questions go', () => {
  it.each([
    ['Bei Fragen zum Aufbau: aufbau [at] moebel-kern [punkt] de – dort antwortet unser Tischler.'],
    ['Paket ist unterwegs.\nfür rückfragen: info@kernholz-shop.de'],
    ['Pour toute question sur le montage : atelier@bois-clair.fr'],
    ['Per qualsiasi dubbio sul montaggio: assistenza@legno-vivo.it'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: questions kept here, a carrier\'s line, Amazon\'s line, a bare contact line', () => {
    expect(rules('Per qualsiasi domanda le rispondiamo qui; la fattura è su fatture.legno-vivo.it')).not.toContain('offplatform');
    expect(rules('Bei Fragen zur Zustellung: DHL 0228 4333112.')).not.toContain('offplatform');
    expect(rules('Any questions about the order can go to Amazon customer service on 0800 279 7234.')).not.toContain('offplatform');
    expect(rules('Tel.: 030 5550 1987 · info@kernholz-shop.de')).not.toContain('offplatform');
  });

  it('still flags after the here guard: here offered beside the address, a verb of writing', () => {
    expect(rules('Bei Fragen hier oder unter info@kernholz-shop.de.')).toContain('offplatform');
    expect(rules('For questions, write to help@kernholz-shop.de.')).toContain('offplatform');
    expect(rules('Pour toute question : atelier@bois-clair.fr, on répond vite.')).toContain('offplatform');
  });
});

describe('the seller\'s shop on another marketplace named as where an item is', () => {
  it.each([
    ['Die Hülle in Blau ist hier leer, in unserem Etsy-Shop „hüllenhaus“ gibt es sie noch.'],
    ['Le cover rosse le trova nel nostro negozio eBay, spedizione in giornata.'],
    ['Les bougies parfumées sont dans notre boutique Etsy « Cire et Lin ».'],
    ['As capas estão na nossa loja no Mercado Livre, com frete grátis.'],
    ['大きいサイズは楽天市場の当店で販売しております。'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: no such shop, a shop not the seller\'s, the buyer\'s question answered here', () => {
    expect(rules('Wir haben keinen eBay-Shop, wir verkaufen nur hier.')).toEqual([]);
    expect(rules('Non abbiamo un negozio Etsy, solo questo su Amazon.')).toEqual([]);
    expect(rules('当店は楽天市場には出店しておりません。')).toEqual([]);
    expect(rules('We can only handle this order on Amazon. Happy to answer any sizing questions though.', { buyerMessage: 'Do you have an eBay store?' })).toEqual([]);
    expect(rules('Otto pezzi nel nostro negozio, spediti oggi.')).toEqual([]);
  });

  it('still flags after the denial guard: the denial in another clause, the shop offered after a contrast', () => {
    expect(rules('Hier ist es nicht mehr da, aber in unserem eBay-Shop gibt es noch welche.')).toContain('offplatform');
    expect(rules('Non è più disponibile qui, ma nel nostro negozio Etsy lo trova.')).toContain('offplatform');
    expect(rules('Das Kabel ist nicht mehr lieferbar; in unserem Etsy-Shop haben wir noch zwei.')).toContain('offplatform');
  });
});

describe('the buyer added to the seller\'s group, or its group on a network to visit', () => {
  it.each([
    ['Come si chiama su Facebook? La aggiungiamo al gruppo degli acquirenti, lì condividiamo le istruzioni.'],
    ['Drop by our Facebook group "Sourdough Circle" sometime, the members swap starter tips.'],
    ['In unserer Instagram-Community „Gartenfreunde“ tauschen sich Käufer aus, besuchen Sie uns doch mal.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: no network, a denied group, a group only described', () => {
    expect(rules('Wir haben Sie der Gruppe für Großbestellungen zugeordnet.')).toEqual([]);
    expect(rules('Non abbiamo un gruppo Facebook, ci scriva pure qui.')).toEqual([]);
    expect(rules('In our Facebook group people share photos of their builds.')).not.toContain('offplatform');
  });

  it('the buyer\'s profile name asked in Italian, Spanish and German is personal data', () => {
    expect(rules('Ci dice il nome del suo profilo Instagram?')).toContain('personal_data');
    expect(rules('¿Nos pasas tu perfil de Facebook?')).toContain('personal_data');
    expect(rules('Il profilo del tubo è da 20 mm, ci mandi una foto?')).toEqual([]);
  });
});

describe('a phone number read out in words with dashes between the groups', () => {
  it.each([
    ['Rufen Sie Herrn Kaya an: null sieben eins eins – vier vier drei – zwo acht eins neun.'],
    ['Mi chiami pure: tre quattro sette — cinque cinque cinque — due uno otto nove.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it('near-misses: a date range, a dash in a sentence', () => {
    expect(rules('Lieferung zwischen zwei – vier Werktagen.')).toEqual([]);
    expect(rules('Die Schrauben – zwei große, drei kleine – liegen im Beutel.')).toEqual([]);
  });
});

describe('a short local number after "text him/her on"', () => {
  it.each([
    ['Our fitter Dave will phone you on Monday. If the time is bad, text him on 555-0172 and he will rearrange.'],
    ['Our designer Mia can adjust the colours; just text her at 555-0193.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it('near-misses: part numbers, ISBNs, tracking, a carrier that texts the buyer', () => {
    expect(rules('Part 555-0148 fits your model; the OE number is 1K0-698-151.')).toEqual([]);
    expect(rules('The book has ISBN 978-3-16-148410-0 and ships today.')).toEqual([]);
    expect(rules('The driver will text you on the morning of delivery.')).toEqual([]);
    expect(rules('The carrier will call the number on your Amazon address, nothing needed from you.')).toEqual([]);
  });
});

describe('something asked to be done by phone at the number', () => {
  it.each([
    ['Bitte melden Sie Rücksendungen vorher telefonisch unter 040 5550 7731 an.'],
    ['Please confirm the pickup by phone on 0161 555 0123.'],
    ['Por favor, avísenos por teléfono al 912 555 014 antes de devolverlo.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });

  it('near-misses: the carrier calls, a negation before "by phone"', () => {
    expect(rules('Die Spedition meldet sich bitte telefonisch unter 0171 5553344 bei Ihnen.')).not.toContain('offplatform');
    expect(rules('Bitte nicht telefonisch melden, unsere Nummer 030 5550 1987 ist nur für Lieferanten.')).not.toContain('offplatform');
    expect(rules('Please don\'t confirm by phone, the number 0161 555 0199 is for trade only.')).not.toContain('offplatform');
  });
});

describe('an address looked at or named as cheaper there', () => {
  it.each([
    ['Eche un vistazo en www.ceramica-sol.es/primavera, hay piezas nuevas.'],
    ['Dai un\'occhiata su www.vetri-lago.it/saldi, ci sono i bicchieri abbinati.'],
    ['Temos loja, sim: casaverde.store, lá o preço é menor e o frete é grátis.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('near-misses: a manual looked at, a carrier\'s tracking page', () => {
    expect(rules('Dai un\'occhiata al manuale su www.vetri-lago.it/manuale.')).not.toContain('offplatform');
    expect(rules('Take a look at the assembly video at www.x-shop.com/video if the legs are loose.')).not.toContain('offplatform');
    expect(rules('Il pacco è con BRT: dia un\'occhiata al tracciamento su brt.it con il numero 0512345678901.')).not.toContain('offplatform');
  });
});
