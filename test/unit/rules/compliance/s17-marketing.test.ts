// Marketing misses and false alarms of the s17 blind batches (a: marketing .54 on the start code), each fixed by its
// structure (detectors/unasked-pitch.ts, promotion.ts) and written here in other words, in more languages than the
// batch had - and the replies next to them that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry);

describe('a restock told unasked, with a wish for another unit or as good news', () => {
  it.each([
    ['You bought the grey throw from us in May - the mustard one is back in stock, in case you fancy another.', 'marketing:promotion-restock'],
    ['Great news: the walnut board is back in stock this week.', 'marketing:promotion-restock'],
    ['Die Tasse in Salbeigrün, die Sie letzten Monat gekauft haben, ist wieder lieferbar. Falls Sie noch eine möchten ...', 'marketing:promotion-restock'],
    ["Le coloris ocre de votre sac est de nouveau disponible. Au cas où vous en voudriez un autre !", 'marketing:promotion-restock'],
    ['El modelo en azul que compraste ya está de nuevo disponible. ¡Por si quieres otro!', 'marketing:promotion-restock'],
    ['A caneca verde que você comprou voltou ao estoque. Se quiser outra, corre!', 'marketing:promotion-restock'],
    ['Buone notizie: la borraccia rossa è di nuovo disponibile!', 'marketing:promotion-restock'],
  ])('%s', (text, entry) => {
    expect(entries(text)).toContain(entry);
  });

  it.each([
    // (order news: it ships now, or a restock still to come, or denied)
    'Good news, the lamp you ordered is back in stock and ships tomorrow.',
    'We will write to you here as soon as the part is available again.',
    'The listing switches to in stock once Amazon has checked the delivery in.',
    'Sorry, the olive colour has been discontinued and will not be restocked.',
    'Der Ständer ist wieder vorrätig und geht morgen raus.',
    'El soporte vuelve a estar en stock y sale mañana.',
    'Purtroppo il verde salvia non tornerà disponibile.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });

  it('an answer to the buyer asking when it comes back is no pitch', () => {
    expect(rules('Good news - the sage colour is back in stock as of today.', { buyerMessage: 'Is the sage colour back in stock yet?' })).not.toContain('marketing');
  });
});

describe("the seller's range now out, the storefront link, a later order's gift, a yearly pack", () => {
  // (the entry where the new kind reads it first; another kind's entry where an older one already did)
  it.each([
    ['Our autumn range is now live: blankets, mugs and candles.', 'marketing:promotion-range-live'],
    ['Unsere Winterkollektion ist ab sofort online.', 'marketing:promotion-novelty'],
    ['Notre collection de printemps est en ligne !', 'marketing:promotion-range-live'],
    ['Ya tenemos lista la colección de otoño: mantas y cojines.', 'marketing:promotion-range-live'],
    ['A nossa coleção de inverno já está no ar!', 'marketing:promotion-range-live'],
    ["È online la nostra collezione primavera.", 'marketing:promotion-range-live'],
    ["To see everything we make, tap 'Visit the Oakline Store' under the product title.", 'marketing:promotion-storefront'],
    ["Cliquez sur « Visiter la boutique Lumio » sous le titre pour voir nos autres lampes.", 'marketing:promotion-storefront'],
    ['At your fifth order the shipping is on us.', 'marketing:promotion-on-us'],
    ['Al tercero, el envío corre de nuestra cuenta.', 'marketing:promotion-on-us'],
    ['No quarto pedido, o frete é por nossa conta.', 'marketing:promotion-on-us'],
    ['Al decimo ordine la spedizione te la offriamo noi.', 'marketing:promotion-on-us'],
    ["The pads wear out every few months, so it's worth getting the 10-pack now.", 'marketing:promotion-stock-up'],
    ['Le recomendamos hacerse ya con el pack anual de recambios.', 'marketing:promotion-stock-up'],
    ['Ti conviene prendere subito la confezione da 6 cartucce.', 'marketing:promotion-bundle'],
    ['Vous avez intérêt à le prendre maintenant : nous vous conseillons de prendre le lot annuel de filtres.', 'marketing:promotion-stock-up'],
  ])('%s', (text, entry) => {
    expect(entries(text)).toContain(entry);
  });

  it.each([
    'Our support line is now available from 8 am.',
    'La nostra linea di assistenza è online dalle 9.',
    'The range you asked about is not online yet.',
    'On the fifth day the replacement ships free of charge.',
    'Al quinto día le devolvemos el importe gratis, sin gastos.',
    'Your 6-pack of cartridges was split into two parcels.',
    'Le recomendamos cambiar el filtro cada tres meses.',
    "Click 'Track package' in Your Orders to see where it is.",
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('completing a set, a named step-up model, a club, a gift set built around the order', () => {
  it.each([
    'You have the small and the medium bowl - only the large one is missing to complete the set.',
    'Ya tiene la tetera y las tazas: solo le falta la bandeja para completar el juego.',
    'Você já tem o prato e a xícara: só falta o pires pra completar o conjunto.',
    'Le manca solo il coperchio per completare il set.',
    'If you ever want more suction, the Breeze 900 handles pet hair in one pass.',
    'Si quieres dar el salto, el Aura Pro tiene el doble de potencia.',
    'Se vuoi qualcosa in più, il Lumo Pro ha il timer integrato.',
    'Se quiser algo mais potente, a versão Turbo seca em metade do tempo.',
    'Puedes unirte gratis al Club Olivo: ofertas y acceso anticipado.',
    'Você pode entrar no Clube Café: brinde no aniversário e lançamentos antes.',
    "You qualify for our VIP list - reply YES and we'll tell you first about new flavours.",
    'Para o Natal montamos uma caixa de presente com a caneca que você comprou e dois cafés.',
    'Nuestro aceite de cuidado está pensado para eso y lo tienes en nuestra tienda.',
    'Our end-of-season event kicks off this Saturday: the whole patio range is cheaper.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'To complete the return, please use the label in Your Orders.',
    'The missing screws are on the way to complete your set - no charge.',
    'Elle durera bien plus longtemps si vous la rechargez complètement.',
    'Your Vortex Pro shipped this morning with DPD.',
    "Thanks for ordering the Breakfast Club waffle maker - let the plates cool before wiping them.",
    'La caja regalo que compraste trae la vela, el jabón y el difusor.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('false alarms of the batches, by cause', () => {
  it.each([
    // order news, not the seller's new products
    'En cuanto haya novedades sobre el envío le escribimos por aquí.',
    'Appena ci sono novità dal corriere la aggiorniamo.',
    // a sales event as the cause: orders piled up
    'Cyber Monday orders have piled up at our carrier, so your parcel is a day late.',
    'Los pedidos del Cyber Monday se han acumulado en la paquetería; su pedido llega el viernes.',
    // the buyer's own pack shipped
    'Su pack de 3 bombillas se ha enviado hoy.',
    // a coupon the price already included
    'The price you paid already included the 10% coupon on the listing.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });

  it('still reads a promoted novelty and a coupon offer', () => {
    expect(rules('Descubre todas las novedades de nuestra tienda.')).toContain('marketing');
    expect(rules('Nessuna paura: scopri tutte le novità del nostro negozio!')).toContain('marketing');
    expect(rules('Here is a coupon for your next order.')).toContain('marketing');
  });
});

describe('the marketing probe (s17 blind e, written after the fixes above): what it found, by cause', () => {
  it.each([
    // a club of another name, a gift told as "would make a lovely gift", a launch offer running now, a launch date
    'Since this is your fourth order you now qualify for our Tasting Circle: members hear first about new roasts.',
    'Notre coffret de savons ferait un très joli cadeau pour la fête des pères.',
    'Dia das Mães chegando: que tal presentear com o nosso kit de chás?',
    'Se la stampante le piace, provi la nostra resina: in questi giorni è in offerta lancio.',
    'Our first cordless model goes live on 3 May, same motor, no cable.',
    'Falls Sie mal mehr Platz brauchen, schauen Sie sich gern unseren 40-L-Wanderrucksack an.',
    'Gute Nachricht: die Lampe in Weiß ist wieder da - falls Sie noch eins möchten!',
    "Le modèle bleu nuit est de retour en stock, n'attendez pas trop si vous en voulez un deuxième !",
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    "Ihr 'Vorteilsset Gläser 6-teilig' wurde heute an DHL übergeben.",
    'La différence vient d\'une vente flash qui s\'est terminée à 18 h ; ce sont des promotions dont Amazon fixe la durée.',
    'En raison du volume de commandes du Black Friday, votre colis partira lundi.',
    'The new model is not available in the UK, sorry - the one you have is the current version.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe("a tip that ends in the seller's product, spare parts sold by a call, a sign-up at the seller's address", () => {
  it.each([
    'Tip: dry the board after washing. Our Beeswax Board Butter makes this step much easier.',
    "Arrosez-le une fois par semaine ; notre engrais spécial l'aidera à bien reprendre.",
    'Riegue la planta cada semana; nuestro abono líquido le ayudará a crecer.',
    'If you ever need spare filters, call our shop line and we post them the same day.',
    'Se le servono ricambi, chiamaci e glieli spediamo noi.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Signing up takes a minute at oakline-tea.club/members.',
    'Suscríbase a nuestro boletín en www.olivar-casa.es.',
    'Assine nossa newsletter pelo site www.ceramica-sol.com.br.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'url']));
  });

  it.each([
    'Our team will help you set it up - just reply here.',
    'Su opinión en Amazon nos sería de gran ayuda.',
    'If you need a replacement part, message us here and we send one free of charge.',
    'If you need spare blades, they are on the same listing under Style.',
  ])('stays clean of marketing: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a line that ends in a full stop and a next line that opens with a TLD-like word', () => {
  it('is no address when the next line starts with a capital, and still one when the TLD is wrapped', () => {
    expect(rules('Merci de votre confiance et à bientôt.\nAu plaisir de vous lire,\nCamille')).not.toContain('url');
    expect(rules('Gracias por su paciencia.\nEs un placer ayudarle.')).not.toContain('url');
    expect(rules('Visit myshop.\ncom for the rest of the range')).toContain('url');
  });
});

describe('the probes f and g (written after the fixes above): a review to proofread, a channel refused, a taste, a follow-up', () => {
  it('reads "review the text" as proofreading, not a product review', () => {
    expect(rules("Before we print it, please review the wording below and reply here to confirm it's right.")).toEqual([]);
    expect(rules('Before you leave a review, please message us so we can fix it.')).toContain('leading');
  });
  it('reads a channel after "rather than" as the one refused', () => {
    expect(rules('Please keep writing here rather than on WhatsApp - we can only help through Amazon.')).not.toContain('offplatform');
    expect(rules('Schreiben Sie uns bitte weiter hier statt per WhatsApp.')).not.toContain('offplatform');
    expect(rules("Message us on WhatsApp rather than here, it's quicker.")).toContain('offplatform');
  });
  it('reads a taste or a liking as the satisfaction a condition assumes, and a "get round to rating" follow-up', () => {
    expect(rules('Wenn Ihnen der Kaffee schmeckt, freuen wir uns sehr über eine Bewertung.')).toEqual(expect.arrayContaining(['leading', 'review_request']));
    expect(rules('Did you get round to rating the kettle yet?')).toContain('review_request');
    expect(rules('Did you get round to fitting the shelf? Let us know if a screw is missing.')).toEqual([]);
  });
});

describe('the read-only review of the s17 marketing changes: what the new kinds must not catch, what must still flag', () => {
  it.each([
    'Debido a la gran demanda ampliamos el Black Friday hasta el domingo en toda la tienda.',
    'Due to popular demand our Black Friday prices are extended until Sunday.',
    '¡Tenemos novedades para usted en nuestra tienda de Amazon!',
    'Abbiamo novità per lei: visiti il nostro store su Amazon.',
    'Our new summer collection is now available, and our support line is happy to help with sizing.',
  ])('still flags: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'La pieza de recambio vuelve a estar disponible. Si tiene alguna otra pregunta, escríbanos por aquí.',
    'Il ricambio è di nuovo disponibile: se ha altre domande, ci scriva qui.',
    'The strap is back in stock, so we have sent yours today. If you need more help, reply here.',
    'No segundo compartimento da caixa vai um cabo extra de brinde.',
    'With the second shipment we sent the missing charger free of charge.',
    'Ab der zweiten Lieferung war das Kabel kostenlos beigelegt.',
    'We have received your return at our collection point and it is ready for inspection.',
    'Le adjunto la lista de piezas de nuestra gama de recambios para que identifique la que falta.',
    'Nuestra garantía le ayudará en caso de avería.',
    'Our 30-day return policy makes this easier.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('the rest of probe g, by cause', () => {
  it('reads a new item paired with the bought one as a cross-sell, the order named beside it', () => {
    expect(rules('P.S. Our new linen basket just arrived and it pairs beautifully with the towel rail you bought.')).toContain('marketing');
    expect(rules('The towel rail you bought pairs with the wall plugs in the box.')).not.toContain('marketing');
  });
  it('reads paying at an address and buying there beside a manual as invitations', () => {
    expect(rules('Para pagar la diferencia usa este enlace: pago.casaolmo.com/ref/12')).toContain('offplatform');
    expect(rules('Zahlung bitte über zahlung.holzwerk.de/r/55 - danke!')).toContain('offplatform');
    expect(rules('Das Video zur Montage und Ersatzteile finden Sie unter www.holzwerk.de/service, dort können Sie fehlende Schrauben nachbestellen.')).toContain('offplatform');
    expect(rules('Das Video zur Montage finden Sie unter www.holzwerk.de/service.')).not.toContain('offplatform');
  });
  it('reads a small team told at the end of a longer review clause', () => {
    expect(rules('Si vous avez deux minutes, un petit mot sur la fiche du produit nous aiderait énormément, on est une toute petite équipe.')).toContain('leading');
  });
});

describe('the second review of the s17 marketing changes', () => {
  it.each([
    'Leider wird dieses Modell nie wieder verfügbar sein, falls Sie noch eines möchten, nehmen Sie das Nachfolgemodell.',
    'Ce modèle ne sera jamais de nouveau disponible, si vous en voulez un autre, prenez le modèle suivant.',
    'Buone notizie: il modello blu che hai preso è di nuovo disponibile.',
    'Tenemos novedades: su paquete llega mañana.',
    'Ho novità per lei: il corriere ha confermato la consegna per domani.',
    'Our customer support line, which you reached yesterday, is now available on Saturdays too.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it('still reads the announcements beside them', () => {
    expect(rules('¡Tenemos novedades para usted en nuestra tienda de Amazon!')).toContain('marketing');
    expect(rules('Our new summer collection is now available, and our support line is happy to help with sizing.')).toContain('marketing');
  });
});

describe('probe h (long replies) by cause', () => {
  it.each([
    "As soon as the carrier scans the parcel, we'll ship a brand-new unit from our stock.",
    'You bought it on 2 July and the price dropped during the Prime Day sale on 8 July.',
    "Since the order is a birthday gift for your brother, we left out the packing slip.",
  ])('no marketing: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it.each([
    'Le hemos enviado la bolsa B por correo certificado.',
    'Il supporto per telefono "Presa Auto" va bene per smartphone da 4,7 a 6,9 pollici.',
    '詳しい使い方は、当店のホームページでも動画でご覧いただけます。',
  ])('no offplatform: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it('reads a number right after a carrier name as its tracking number, not a phone', () => {
    expect(rules('El repuesto ha salido esta mañana (MRW, número 0291 5530 8812).')).toEqual([]);
    expect(rules('Llámenos al 0291 5530 8812.')).toContain('phone');
  });
  it('reads a small shop pleaded in the sentence after the ask', () => {
    expect(rules("N'hésitez pas à laisser une évaluation sur la page du produit. Cela aide beaucoup notre petite boutique.")).toEqual(expect.arrayContaining(['leading', 'review_request']));
    expect(rules('Una reseña en Amazon nos vendría genial. Somos un pequeño taller familiar de Cuenca.')).toEqual(expect.arrayContaining(['leading', 'review_request']));
    expect(rules('Please leave a review if you like. Our warehouse is closed on Sunday.')).not.toContain('leading');
  });
});

describe('probe i (subtle asks) by cause', () => {
  it('reads a code that leads to a chat, wherever the code is printed', () => {
    expect(rules("There's a QR code on the leaflet. Scan it and you land in our help chat.")).toContain('offplatform');
    expect(rules('Le QR code imprimé sur la notice vous met en relation avec notre SAV par chat.')).toContain('offplatform');
    expect(rules('説明書のQRコードから、当店サポートのチャット窓口へおつなぎいたします。')).toContain('offplatform');
    expect(rules('The QR code on the box opens the setup video.')).not.toContain('offplatform');
    expect(rules('Scan the code on the card, post your rating, and we send you free filters.')).not.toContain('offplatform');
  });
  it('reads a liking told as a crush or a conquest as the satisfaction a condition assumes', () => {
    expect(rules('Si la lampe a été un vrai coup de cœur, un petit mot sur Amazon nous ferait plaisir.')).toContain('leading');
    expect(rules("Se le cuffie l'hanno conquistata, qualche stellina ci darebbe una spinta.")).toContain('leading');
  });
});

describe("the learned layer's sentence guard", () => {
  it('clears a sentence where the seller refuses, as the rules do, but not one that turns to another channel', () => {
    expect(rules('No podemos, lamentablemente, devolverle el dinero por PayPal fuera del pedido.')).not.toContain('offplatform');
    expect(rules("We can't refund you here, but send us your PayPal address and we pay you directly.")).toContain('offplatform');
  });
});

describe('hopes for stars: only stars the buyer gives', () => {
  it.each([
    'Fingers crossed the grinder earns a few stars from you.',
    'Ojalá eso se note luego en las estrellitas.',
    'Wir hoffen, die Mühle verdient sich ein paar Sterne von Ihnen.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('leading');
  });
  it.each([
    'We hope you see the stars clearly with the new telescope.',
    'Hopefully the projector shows the stars on your ceiling tonight.',
    'Speriamo che le stelle adesive arrivino in tempo.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});
