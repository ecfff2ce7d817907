// Marketing misses of the s19 blind probe c, each fixed by its cause and written here in other words (and in the other languages
// the rule serves), with near-misses the same rules must leave clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe("the shop's name clicked to see its other items", () => {
  it.each([
    'Enjoy the new lamp! To browse our other lighting, just tap our store name right below the product title.',
    'Si quieres ver más fundas, pulsa en el nombre de la tienda en el anuncio y verás todo lo que tenemos.',
    'Pour voir nos autres bougies, cliquez sur le nom de la boutique sous le titre du produit.',
    'Weitere Decken finden Sie, wenn Sie oben auf den Shopnamen klicken.',
    'Para ver as outras capas, clique no nome da nossa loja logo abaixo do título.',
    'Per vedere le altre tazze, cliccando sul nome del nostro negozio trova tutto il catalogo.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'To write to us, click our shop name on the listing and choose Ask a question.',
    'Para contactarnos, pulsa en el nombre de la tienda y elige "Hacer una pregunta".',
    'Um uns zu kontaktieren, klicken Sie auf den Shopnamen und dann auf „Frage stellen“.',
  ])('leaves a click to write to the seller clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('another item also sold by us, unasked', () => {
  it.each([
    'Glad the headphones work now. By the way, the travel pouch that fits them is sold by us as well - just search "Lumo pouch" on Amazon.',
    'Por cierto, el soporte de pared para este modelo también lo vendemos nosotros, busca "soporte Brisa".',
    'Aliás, o suporte de parede também é vendido por nós, procura "suporte Brisa" na Amazon.',
    'Le support mural assorti est aussi vendu par nos soins, cherchez « support Brise ».',
    'Il supporto da parete lo vendiamo anche noi, cerchi "supporto Brezza" su Amazon.',
    'Die passende Wandhalterung wird auch von uns verkauft, suchen Sie einfach nach „Halter Brise“.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it('leaves who ships the order clean', () => {
    expect(rules('This item is sold by us, not by Amazon, so the return label comes from us.')).not.toContain('marketing');
    expect(rules('The pouch is not sold by us, sorry - we only make the headphones.')).not.toContain('marketing');
  });

  it("leaves the part the buyer asked for clean (the answer's)", () => {
    expect(
      rules('Para tu modelo necesitas el filtro F3. El F3 también lo vendemos nosotros, mira el código en la caja antes de pedirlo.', {
        buyerMessage: '¿Qué filtro lleva el modelo grande?',
      }),
    ).not.toContain('marketing');
  });

  it('reads "think also of our ..." as an invitation, even beside an answer', () => {
    expect(
      rules('Comptez environ trois heures. Pensez aussi à notre sacoche assortie, elle se fixe au même support.', {
        buyerMessage: 'Combien de temps pour la charge ?',
      }),
    ).toContain('marketing');
  });
});

describe('a sale state of a whole set, or for a span of days', () => {
  it.each([
    'Only until midnight: all our desk lamps at a reduced price.',
    'Solo hasta el domingo: todas las sartenes de nuestra tienda en promoción.',
    'Da lunedì a venerdì tutte le nostre tazze saranno in promozione su Amazon.',
    'Dal 3 al 9 marzo tutti i nostri cuscini a prezzo ridotto.',
    'Ab dem ersten Dezember sind alle unsere Kerzen im Angebot.',
    'Du 2 au 8 mai, tous nos plaids sont à prix réduit.',
    'Só neste fim de semana todas as nossas panelas estão em promoção.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Your lamp was reduced in price when you ordered, so the total is already lower.',
    'Alle unsere Kerzen sind handgemacht und vegan.',
    'Le colis arrivera entre le 2 et le 8 mai.',
  ])('leaves facts and dates clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe("a brand's name followed on a network", () => {
  it.each([
    'Follow Cedar & Clay on Instagram to see the next batch first.',
    'Folgen Sie Kerzenhof Nord auf Instagram, dort zeigen wir neue Düfte.',
    'Suivez Atelier Brume sur Instagram pour voir les prochaines couleurs.',
    'Segui Bottega Rossi su Instagram per vedere i nuovi colori.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each(['Follow the steps on YouTube to reset the speaker.', 'Please follow the video on YouTube to pair it.'])('leaves instructions clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a sample for the next order, the order noun left out', () => {
  it.each([
    'Merci pour cette troisième commande ! Pour la prochaine, nous ajouterons un petit échantillon offert.',
    'Gracias por volver a comprar. Para la próxima, te meteremos una muestra de regalo en la caja.',
    'Schön, dass Sie wieder bestellt haben! Bei Ihrer nächsten Bestellung legen wir eine Probiergröße bei.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Pour la prochaine, pensez à vérifier la taille avant de commander.',
    'Bei Ihrer nächsten Bestellung achten Sie bitte auf die richtige Größe.',
  ])('leaves advice for the next order clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a sign-off line "name | shop - stock news"', () => {
  it.each([
    'Your parcel is on its way.\n\nBest,\nAmy | Fernhill Soaps - winter scents now available',
    'Tu paquete sale hoy.\n\nSaludos,\nLucía · Jabones Roble - ya tenemos los de invierno',
    'Il pacco parte oggi.\n\nGrazie,\nLuca | Bottega Rossi - ora disponibili le candele natalizie',
    'Ihr Paket ist unterwegs.\n\nViele Grüße\nJan | Kerzenhof - jetzt neu: Wintersorten',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Your parcel is on its way.\n\nBest,\nAmy | Fernhill Soaps - open Monday to Friday',
    'Your parcel is on its way.\n\nBest,\nAmy | Fernhill Soaps - now available on weekends for your questions',
  ])('leaves a plain or service sign-off clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe("the seller's gift boxes for an occasion, after the answer to a question about something else", () => {
  it.each([
    ['Open Your Orders and pick Return items, Amazon sends the label. With Easter coming, our tea gift boxes are an easy present too.', 'How do I return the tea tin? The lid is bent.'],
    ['Entra en Mis pedidos y elige Devolver. Y para los Reyes Magos, nuestras cajas regalo de té son un detalle ideal.', '¿Cómo devuelvo la tetera? Llegó rota.'],
    ['Vá em Seus pedidos e escolha Devolver. E com o Natal chegando, nossos kits de chá em caixa de presente são uma ótima ideia.', 'Como devolvo a chaleira? Chegou amassada.'],
    ['Öffnen Sie Meine Bestellungen und wählen Sie Rücksendung. Zu Weihnachten sind unsere Tee-Geschenksets übrigens sehr beliebt.', 'Wie schicke ich die Teedose zurück?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toContain('marketing');
  });

  it('leaves the answer to a gift question clean', () => {
    expect(rules('Yes, for Christmas our gift boxes come with a handwritten card.', { buyerMessage: 'Do your gift boxes come with a card?' })).not.toContain(
      'marketing',
    );
  });
});

describe('two ordered together for a better price', () => {
  it.each([
    ['Yes - pick Slate in the colour menu. And if you want one for the car too, order two and we ship both at a lower price.', 'Does the phone holder come in grey?'],
    ['Tem sim, é só escolher Cinza. E levando dois, a gente manda junto com preço melhor.', 'Tem esse suporte na cor cinza?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toContain('marketing');
  });

  it('leaves two ordered with no deal clean', () => {
    expect(rules('If you order two, they ship together in one box.', { buyerMessage: 'Can I get two?' })).not.toContain('marketing');
  });
});

describe('an upgrade wish told with another model', () => {
  it.each([
    'Your spare blade is on its way. Quick tip: the successor model charges twice as fast - if you ever want to upgrade.',
    'Der Ersatzfilter ist unterwegs. Übrigens: das Nachfolgemodell ist leiser, falls Sie irgendwann umsteigen möchten.',
    'Se um dia quiser trocar, a versão sem fio desse aspirador é bem mais prática.',
    'Si algún día quiere cambiar, la versión eléctrica de este molinillo muele sola.',
    'Si un jour vous souhaitez passer au modèle supérieur, il chauffe deux fois plus vite.',
    'Se un giorno volesse passare alla versione elettrica, macina da sola.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'If you want to upgrade the firmware, the model number is on the back.',
    'If you ever want to upgrade the firmware, the version notes are printed in the manual.',
  ])('leaves an update or an exchange clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a spare part the seller sells for less than on Amazon', () => {
  it.each([
    ['The wear is not covered, sorry. But we sell the spare blades on our own website, and they are usually cheaper than on Amazon.', 'Is blade wear covered?'],
    ['Las cuchillas de recambio las vendemos en nuestra web, sale más barato que en Amazon.', '¿Tenéis cuchillas de recambio?'],
    ['As lâminas de reposição a gente vende no nosso site e lá sai mais barato que na Amazon.', undefined],
  ])('%s', (text, buyerMessage) => {
    const found = rules(text, buyerMessage ? { buyerMessage } : undefined);
    expect(found).toContain('marketing');
    expect(found).toContain('offplatform');
  });

  it('leaves a replacement sent from us clean', () => {
    expect(rules('The replacement sent directly from us is cheaper than a return for you.')).toEqual([]);
  });
});
