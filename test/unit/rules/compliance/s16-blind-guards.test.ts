// False alarms of the s16 blind batch (compliant replies), each fixed by its cause and written here in
// other words - and the violations the same guards must still let through.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a sale named as the cause of a rush or a delay', () => {
  it.each([
    'With the spring sales we get twice as many orders, so your lamp ships on Monday.',
    "Avec les soldes d'été, nous avons deux fois plus de commandes : votre colis part lundi.",
    'Durante las rebajas tenemos el doble de pedidos y su envío sale el lunes.',
    'Con i saldi estivi abbiamo il doppio degli ordini, il pacco parte lunedì.',
    'Le Black Friday a saturé notre transporteur, votre colis part demain.',
    'Durch die Rabattaktion ist bei uns gerade sehr viel los, Ihr Paket geht morgen raus.',
    'Por causa do volume da Black Friday, seu pedido sai só na segunda.',
    'セール期間中でご注文が立て込んでおり、発送が少し遅れております。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a sale offered', () => {
    expect(rules('Les soldes commencent mercredi, profitez-en !')).toContain('marketing');
    expect(rules('No se pierda nuestras rebajas de invierno, sin retrasos en el envío.')).toContain('marketing');
    expect(rules('Non perda i nostri saldi di fine stagione!')).toContain('marketing');
    expect(rules('Durch die Rabattaktion sparen Sie gerade 20 %.')).toContain('marketing');
    expect(rules('Wir haben gerade eine Aktion auf alle Bettdecken.')).toContain('marketing');
    expect(rules('Aproveite a Black Friday da nossa loja!')).toContain('marketing');
    expect(rules('夏のセールを開催中です。')).toContain('marketing');
  });
});

describe('a messenger named as a feature of the buyer\'s device', () => {
  it.each([
    'The band shows WhatsApp and SMS notifications once pairing is done.',
    'Die Uhr zeigt WhatsApp-Benachrichtigungen erst nach dem Update an.',
    'O relógio mostra notificações do WhatsApp depois de parear com o celular.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags WhatsApp as the seller\'s channel', () => {
    expect(rules('Turn on WhatsApp notifications on your phone to hear from us first.')).toContain('offplatform');
    expect(rules('We send WhatsApp notifications about our deals.')).toContain('offplatform');
    expect(rules('Add us on WhatsApp and get alerts about new products.')).toContain('offplatform');
  });
});

describe("Amazon's own saving programme named as the source of a discount", () => {
  it.each([
    'The 10% off on your filters comes from Subscribe & Save, which Amazon runs, not us.',
    'Die 5 % Rabatt kommen vom Spar-Abo, das Amazon anbietet.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a discount the seller offers', () => {
    expect(rules('Enjoy 15% off your next purchase with us.')).toContain('marketing');
  });
});

describe('two glued full stops around a capitalised word before the Portuguese "com"', () => {
  it('reads "caixa.Obrigado.com certeza" as sentences', () => {
    expect(rules('as pilhas estão na caixa.Obrigado.com certeza chegam amanhã')).toEqual([]);
  });

  it('still reads addresses with a capitalised label', () => {
    expect(rules('Our site is shop.Example.com today.')).toContain('url');
    expect(rules('Nosso site é loja.Exemplo.com')).toContain('url');
    expect(rules('Order at myshop.de.Thanks a lot')).toContain('url');
  });
});

describe("the seller's own assessment with a rating verb", () => {
  it('reads "vamos avaliar com o técnico" as no ask', () => {
    expect(rules('Recebemos o vídeo. Vamos avaliar com a nossa equipe e respondemos aqui amanhã.')).toEqual([]);
  });

  it('still flags the buyer asked to rate', () => {
    expect(rules('Avalie a cafeteira quando puder.')).toContain('review_request');
  });
});

describe('a bigger size as fit advice', () => {
  it('reads a size recommendation as no upsell', () => {
    expect(rules('甲高の方には、いつもより1cm大きいサイズをおすすめしております。')).toEqual([]);
  });

  it('still flags a bigger model recommended', () => {
    expect(rules('ご家族でお使いなら、大きいタイプがおすすめです。')).toContain('marketing');
    expect(rules('大容量サイズもおすすめです。')).toContain('marketing');
  });
});

describe('a Japanese review told as already written, and thanks for it', () => {
  it.each([
    'レビューで教えていただいた不具合は、改良版で直っております。',
    'レビューにご感想をお寄せいただきました。担当者にも共有いたします。',
    'ご感想をお寄せいただき感謝いたします。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags the ask', () => {
    expect(rules('ぜひレビューで教えていただけると嬉しいです。')).toContain('review_request');
    expect(rules('レビューをお寄せいただきましたら幸いです。')).toContain('review_request');
  });
});

describe('the s16 compliant batches: carriers, counters, Amazon\'s own mail and prices', () => {
  it.each([
    // a delivery agency calls the buyer; the buyer's number reaches the carrier through Amazon
    'La agencia le llamará por teléfono la víspera para acordar la hora de entrega.',
    'Die Spedition ruft vorher an und nutzt dafür die Telefonnummer, die Amazon ihr übermittelt.',
    // an identity document brought to a post-office counter
    'Bitte bringen Sie Ihren Ausweis mit zur Postfiliale, dort liegt das Paket sieben Tage.',
    'Please bring your ID to the post office counter when you collect the parcel.',
    // Amazon's programme named a few words after the discount
    'The 10% off on your filters comes from Subscribe & Save, which Amazon runs, not us.',
    // a sale that began after the purchase explains the price
    'Il prezzo è sceso con i saldi iniziati dopo il suo acquisto, e non possiamo applicarlo retroattivamente.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it("reads Amazon's own review mail, explained to a buyer who asked, as no ask", () => {
    const text = 'Quel messaggio non arriva da noi: lo invia Amazon in automatico, tramite la funzione «Richiedi una recensione».';
    const found = checkMessage(text, { buyerMessage: "Mi è arrivata una mail di Amazon che chiede una recensione, l'avete mandata voi?" });
    expect(found).toEqual([]);
  });

  it('still flags what the guards must not clear', () => {
    expect(rules('Please send us a photo of your ID.')).toContain('personal_data');
    expect(rules('Bitte bringen Sie Ihren Ausweis mit und schicken Sie uns ein Foto davon.')).toContain('personal_data');
    expect(rules('Unsere Hotline hilft Ihnen gern weiter.')).toContain('offplatform');
    expect(rules('Subscribe & Save is nice, but our own 20% off code beats it.')).toContain('marketing');
  });
});

// The read-only reviewer's probes (s16): offers, channels and asks the new guards must not clear.
describe('what the s16 guards must still flag', () => {
  it.each([
    ['Les soldes commencent mercredi, et nous expédions sans attente ni retard.', 'marketing'],
    ['I saldi sono in corso su tutti i prodotti e spediamo senza nessun ritardo.', 'marketing'],
    ['Unsere Rabattaktion läuft noch bis Sonntag, Versand ohne jede Verzögerung.', 'marketing'],
    ['Wir haben gerade eine Aktion auf alle Bettdecken, ohne lange Verzögerung beim Versand.', 'marketing'],
    ['Zum Black Friday haben wir tolle Angebote, bei uns ist dann immer viel los!', 'marketing'],
    ['Mit dem Rabattcode SOMMER sparen Sie zur Hochsaison bei allen Grills.', 'marketing'],
    ["Nos soldes d'hiver commencent mercredi, profitez-en avant la saturation des stocks !", 'marketing'],
    ['Promoção rolando em todos os fones esta semana, com mais volume e graves.', 'marketing'],
    ['夏のセールを開催中です、ご注文が集中する前にお早めにどうぞ。', 'marketing'],
    ['Activate WhatsApp notifications on your phone to get updates from the BrightHome team.', 'offplatform'],
    ['Ative as notificações do WhatsApp no celular para receber as novidades da loja.', 'offplatform'],
    ['Activa las notificaciones de WhatsApp en tu móvil y te escribo por ahí con el seguimiento.', 'offplatform'],
    ['For the warranty we need a copy of your ID card, just bring your ID to our collection point.', 'personal_data'],
    ['Für die Garantie benötigen wir Ihre Ausweisnummer, nehmen Sie den Ausweis einfach zur Abholung mit.', 'personal_data'],
    ['Indíquenos su fecha de nacimiento y presente el ticket en la ventanilla de nuestra tienda.', 'personal_data'],
    ['Unsere Telefonnummer, die Sie in Ihrer Bestellung auf dem Lieferschein finden, ist werktags erreichbar.', 'offplatform'],
    ['Nuestra agencia le escribirá por WhatsApp para ofrecerle nuestras novedades.', 'offplatform'],
    ['With Subscribe & Save you get 5% off, and our newsletter keeps you posted on new lamps.', 'marketing'],
    ['Las rebajas empezaron después de su compra y siguen esta semana: aproveche el 20 % de descuento en toda la tienda.', 'marketing'],
    ['Die Rabatte begannen nach Ihrem Kauf und laufen noch, sichern Sie sich jetzt 15 % auf alles.', 'marketing'],
    ["Our new Pro model is now available for pre-order, you'll only be charged when it ships.", 'marketing'],
    ['Visite shop.Lumina.com certeza que vai gostar.', 'url'],
    ['レビューをご投稿いただきました際は、ぜひ当店にもお知らせください。', 'review_request'],
  ])('%s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('what the s16 detections must not flag', () => {
  it.each([
    'La ringraziamo con tutto il cuore per la recensione: il rimborso di 15 € è già stato disposto.',
    'You can message us at any point in the next 30 days.',
    'Contact us at this point via Amazon messages.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'Thank you for the kind words you shared with us today.',
    'Thanks for the lovely words you wrote in your email, it made our day.',
    'Grazie mille per aver valutato la nostra proposta di rimborso parziale.',
  ])('after Request a Review: %s', (text) => {
    expect(rules(text, { reviewAlreadyRequested: true })).toEqual([]);
  });
});

// The second reviewer's probes (s16): spelled separators, glued full stops and "plus bas" as "below".
describe('no direct sale without an address of the seller', () => {
  it.each([
    'De notre point de vue, le prix est plus bas maintenant qu\'au lancement.',
    'Do nosso ponto de vista, o preço já é mais baixo.',
    'Comme indiqué plus bas, nous avons déposé le colis au point de retrait.',
    'Danke für Ihre Nachricht an uns.Es ist jetzt günstiger, weil Amazon den Preis gesenkt hat.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it("reads a supplier's lower price or another shop's as no direct sale", () => {
    const entries = (text: string) => checkMessage(text).map((f) => f.entry);
    expect(entries('We bought the parts for less at supplier.com, which is why our price is lower this year.')).not.toContain('marketing:cheaper-direct-structure');
    expect(entries('Other sellers may be cheaper, but on our site acme.com we keep the same price as Amazon.')).not.toContain('marketing:cheaper-direct-structure');
  });
});

describe('German "ja" accepting a proposed channel', () => {
  const buyerMessage = 'Kann ich Ihnen die Fotos per WhatsApp an Ihre Nummer schicken?';
  it.each(['Ja.', 'Ja. Schicken Sie sie einfach.', 'Ja bitte, das wäre super.', 'Ja das ist möglich.'])('%s', (text) => {
    expect(rules(text, { buyerMessage })).toContain('offplatform');
  });
  it('not the particle', () => {
    expect(rules('Sie haben ja geschrieben, dass der Deckel fehlt.', { buyerMessage })).toEqual([]);
  });
});
