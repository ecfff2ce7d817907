// Marketing errors of the s24 blind batch d (and the marketing lines of batch b), each fixed by its cause and written here in
// other words, with variants in the other languages and the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry ?? '');

describe('a social follow with no account named is the rules\' marketing, not the learned layer\'s offplatform (check.ts followOnly)', () => {
  it.each([
    'Merci pour votre patience ! suivez-nous sur Instagram et Facebook, on y montre les nouveautés chaque mardi',
    'gracias por esperar el cambio!! síguenos en Instagram y TikTok, cada lunes enseñamos piezas nuevas',
    'Grazie dell\'ordine, Marta! Seguici su Instagram e TikTok, ogni settimana mostriamo idee nuove.',
    'Valeu pela compra, Bia! Segue a gente no Insta que toda sexta tem novidade e sorteio.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('marketing');
    expect(found).not.toContain('offplatform');
  });
  it.each([
    // a write or DM verb there, an account or a page named: off Amazon still
    'Síguenos en Instagram @casa.lume y escríbenos por privado con la foto.',
    'Segue a gente no Instagram, Ateliê Jabuti, pra ver as peças novas!',
  ])('keeps offplatform: %s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});

describe('a sales event naming the buyer\'s own order or causing a delay is no sale (lexicon/shared.ts notACause)', () => {
  it.each([
    'Your Cyber Monday order was split into two boxes; the second one arrives Friday.',
    'Su pedido del Buen Fin ya salió del almacén y llega el miércoles.',
    'Il suo ordine del Black Friday è partito in due colli separati.',
    'Por el volumen del Buen Fin los envíos van con un día de retraso.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it.each([
    'Tu pedido de Black Friday tiene envío gratis si añades otra taza.',
    'Your Black Friday order gets a 10% code for the next one.',
    'Nuestro Buen Fin empieza el jueves con toda la tienda rebajada.',
  ])('still marketing: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('a coupon ticked or live at the past purchase, explained (lexicon/shared.ts APPLIED)', () => {
  it('es: the coupon the buyer ticked before buying', () => {
    expect(
      rules('Los 2 € menos son el cupón que seleccionaste en la ficha antes de pagar. Todo está en orden.', { buyerMessage: '¿Por qué pagué 2 € menos?' }),
    ).not.toContain('marketing');
  });
  it('it: the coupon of the page when the buyer bought', () => {
    expect(
      rules('Si tratta del coupon da 3 € presente sulla pagina quando ha acquistato; non deve fare niente.', { buyerMessage: 'Cos\'è la voce promozione -3,00?' }),
    ).not.toContain('marketing');
  });
  it.each([
    'Marca el cupón de 4 € en la ficha antes de comprar la próxima vez.',
    'The coupon active when you bought is valid again on your next order - use it!',
    'Il coupon da 5 € è attivo sulla pagina fino a domenica.',
  ])('still marketing: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('the buyer\'s order told as a model (check.ts ORDER_WAS_BEFORE)', () => {
  it.each([
    'Qual é o modelo do seu celular? O pedido foi do modelo Plus, por isso a capinha ficou folgada.',
    'Which phone do you have? Your order was the Pro version, so the case is the larger one.',
    'Tu pedido era del modelo Plus; por eso la funda no encaja en el normal.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it.each([
    'O pedido foi entregue, mas o modelo Plus tem o dobro de bateria e está em promoção.',
    'Your order shipped today - the Pro version is on sale this week, have a look!',
  ])('still marketing: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
});

describe('last pieces with now-or-never or "it is in your interest to order" (purchase-push.ts scarcity-push)', () => {
  it.each([
    'Quedan solo 3 lámparas iguales y no habrá más. Si querías una para el salón, es ahora o nunca.',
    'Ultimi pezzi del vaso in ceramica blu: se ne vuole un altro le conviene ordinarlo subito.',
    'Only a few units left in sage - now or never if you wanted a second one!',
    'Nur noch 2 Stück auf Lager: jetzt oder nie, falls Sie noch eine Vase verschenken wollen.',
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-scarcity-push');
  });
  it.each([
    'Quedan solo 3 unidades, pero la suya ya salió hoy del almacén.',
    'Gli ultimi pezzi del suo ordine partono domani con il corriere.',
    'Se il filtro si intasa le conviene pulirlo ogni mese.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it('the buyer asked for more of them: the answer', () => {
    expect(rules('Sì, sono gli ultimi pezzi: le conviene ordinarli in questi giorni.', { buyerMessage: 'Ne avete ancora 3 uguali?' })).not.toContain('marketing');
  });
});

describe('a dearer model at a small price gap after the answer (promotion.ts upsellBeyondQuestion)', () => {
  it.each([
    ['How long does the battery last?', 'About 6 hours; if you need more, the Pro model lasts twice as long and is only 15 € more right now.'],
    ['Wie lange hält der Akku?', 'Etwa 6 Stunden; wenn Sie mehr brauchen, hält das Pro-Modell doppelt so lang und kostet nur 10 € mehr.'],
    ['Quanto dura la batteria?', 'Circa 6 ore; se le serve di più, il modello Pro dura il doppio e costa solo 12 € in più.'],
    ['¿Cuánto dura la batería?', 'La batería da unas 6 horas; si necesitas más, el modelo Pro dura el doble y ahora está solo 15 € más caro.'],
  ])('%s -> %s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).toContain('marketing');
  });
  it.each([
    ['¿Hay algún modelo con más batería?', 'Sí: el modelo Pro dura el doble y está solo 12 € más caro.'],
    ['¿Cuánto dura la batería?', 'Unas 6 horas con la carga completa; el envío exprés cuesta solo 3 € más si lo necesitas.'],
    ['How long does the battery last?', 'About 6 hours, and the charger needs 2 hours.'],
  ])('answers the question: %s -> %s', (buyerMessage, text) => {
    expect(rules(text, { buyerMessage })).not.toContain('marketing');
  });
});

describe('sales events by name with a scope or an invitation (promotion.ts SALE, SALE_SCOPE)', () => {
  it.each([
    'Prime Day starts Tuesday: our whole coffee range drops 25%.',
    'Aproveita que tá rolando a semana do consumidor e confere os abajures.',
    'Cyber week is on: the entire candle collection drops 20% until Monday.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'Tá rolando a Black Friday, então o frete pode atrasar uns dias.',
    'A semana do consumidor acabou ontem, por isso o preço voltou ao normal.',
    'Our whole line of kettles is made in Portugal.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('the seller signing the buyer up to its club (promotion.ts SIGNUP)', () => {
  it.each([
    "We'll sign you up for our VIP club - members get early access to sales.",
    'Se quiser, te cadastro no nosso clube de vantagens e você ganha 10% em cada pedido.',
    'Wir tragen Sie gern in unseren Kundenclub ein, dann gibt es bei jeder Bestellung ein Geschenk.',
    'Obrigado pela compra! Te cadastro no Clube Fidelidade da loja, tá?',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    "We can't sign you up for any club or newsletter through Amazon messages.",
    'Te cadastro de novo o endereço de entrega, só confirmar.',
    "We'll add you to the waiting list for the replacement part.",
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a reply-with imperative hands the buyer\'s number over (contact-ask.ts)', () => {
  it.each(['Treten Sie unserem Club bei: antworten Sie einfach mit Ihrer Handynummer.', 'Únete a la lista: responde con tu número de móvil.'])('%s', (text) => {
    expect(rules(text)).toContain('personal_data');
  });
  it.each(['Antworten Sie bitte nicht mit Ihrer Handynummer, das ist nicht nötig.', 'Antworten Sie mit Ihrer Bestellnummer, wir prüfen das.'])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});

describe('"link in bio" is a place off Amazon (lexicon/index.ts UNIVERSAL link-in-bio)', () => {
  it.each(['Shop the full set via the link in our bio!', 'Alle Angebote über den Link in der Bio.', 'Inscríbete con el enlace en la bio.'])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
  it.each(['Our bio cotton range is certified.', 'Le lien vers la notice de la lessive bio est dans la boîte.'])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
});

describe('goods the seller does not sell on Amazon, named by a relative (not-on-amazon.ts RELATIVE_NOT_SOLD)', () => {
  it.each([
    'Sul nostro sito trova anche i vasi che su Amazon non vendiamo.',
    'On our site you will find the refills that we don\'t sell on Amazon.',
    'En nuestra tienda están las semillas que no vendemos en Amazon.',
    'Im Shop finden Sie die Samen, die wir bei Amazon nicht verkaufen.',
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:offers-not-on-amazon');
  });
  it.each([
    'Il modello che su Amazon non vendiamo più è fuori produzione.',
    'Unfortunately the part that you need is one we don\'t sell on Amazon, sorry.',
    'Die Samen verkaufen wir nicht bei Amazon, leider.',
  ])('stays clean: %s', (text) => {
    expect(entries(text)).not.toContain('marketing:offers-not-on-amazon');
  });
});

describe('a discount code token and the seller\'s catalogue offered', () => {
  it.each([
    'Je vous ai préparé un avoir, il suffit de saisir le code MERCI15.',
    'Con el código VUELVE15 tienes un 15 % en la próxima.',
    'We will gladly send you our full catalogue with trade prices - just ask.',
    'Unsere Preisliste für Händler schicken wir Ihnen gern zu.',
    'Para receber o catálogo de atacado, escreva para nós.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'Fehlercode E04 heißt: Filter reinigen.',
    'Le code erreur ERR12 indique un capteur sale.',
    'Il catalogo ricambi del produttore è nel manuale a pagina 12.',
    'We don\'t send our catalogue by mail, sorry.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});
