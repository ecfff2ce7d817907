// Marketing misses and false alarms of the s26 blind batches b/c/e/f, each fixed by its structure (detectors/extra-offer.ts,
// promotion.ts, standing-offer.ts, check.ts, the it/es/fr pack entries) and written here in other words, in the languages where the
// same structure exists - and the replies next to them that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry);
const modelEntries = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer === 'model').map((f) => f.rule);

describe('a dearer version offered for a surcharge (extra-offer.ts paid-upgrade)', () => {
  it.each([
    ['The exchange is free of charge. For $9 more I could ship you the insulated version instead, just say.'],
    ['Cambio hecho sin coste. Por 8 € más le podemos enviar el modelo con tapa de acero, si le interesa.'],
    ['Il cambio è gratuito. Con 10 euro in più le possiamo spedire il modello rinforzato, mi dica lei.'],
    ['A troca sai de graça. Por mais R$ 25 a gente te manda a versão com alça acolchoada, se quiser.'],
    ["L'échange est gratuit. Pour 10 € de plus je peux vous envoyer la version renforcée, dites-moi."],
    ['Der Umtausch ist kostenlos. Für 10 € mehr kann ich Ihnen die wasserdichte Ausführung schicken.'],
    ['This payment link is for the upgraded 2-litre kettle: you would only pay the $14 difference.'],
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-paid-upgrade');
  });

  it.each([
    'We refunded the $9 difference between the two versions to your card.',
    'You paid 12 € more for the insulated version because it has a steel lid.',
    'The insulated version costs 9 € more than the standard one.',
    'Per 5 euro in più possiamo spedire il pacco con corriere espresso.',
    'No podemos enviarle la versión Pro por 10 € más, lo sentimos.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });

  it("clears the learned layer's offplatform on a paid upgrade with no channel, keeps it with a link or a payment service", () => {
    const plain = 'Il cambio è gratuito. Con 10 euro in più le possiamo spedire il modello rinforzato, mi dica lei.';
    expect(modelEntries(plain)).not.toContain('offplatform');
    expect(rules('Con 10 euro in più le spedisco il modello rinforzato: la differenza me la paga con PayPal.')).toContain('offplatform');
  });
});

describe('another unit offered below its price (extra-offer.ts unit-price-cut)', () => {
  it.each([
    ['If you want a second one, I can do it for $25 instead of $35.'],
    ['Si vous en souhaitez une autre, je vous la laisse à 20 € au lieu de 30 €.'],
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-unit-price-cut');
  });

  it.each([
    ['Si quiere otra, se la dejo en 20 € en lugar de 30 €.'],
    ['Se ne vuole un altro, glielo faccio a 20 € invece di 30 €.'],
  ])('(the lexicons read these too) %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'You were charged $25 instead of $35 because the coupon was applied at checkout.',
    'We refunded 20 € instead of 30 € since the other unit was already returned.',
    'Votre commande affiche 20 € au lieu de 30 € : la remise a été appliquée.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a deal for today or this week only (extra-offer.ts time-limited, standing-offer.ts multi-buy)', () => {
  it.each([
    ['Your parcel is out for delivery. Today only: phone stands at half price, take advantage!', 'marketing:promotion-time-limited'],
    ['Já foi enviado. Só hoje: películas em dobro, aproveite.', 'marketing:promotion-time-limited'],
    ['Enviado hoy. Solo esta semana: fundas 2x1.', 'marketing:promotion-time-limited'],
    ['Achetez-en 3 et n’en payez que 2.', 'marketing:promotion-multi-buy'],
    ['Prendi 4 candele e ne paghi 3.', 'marketing:promotion-multi-buy'],
  ])('%s', (text, entry) => {
    expect(entries(text)).toContain(entry);
  });

  it.each([
    'El mensajero solo pasa esta semana hasta el miércoles por el puente, así que su pedido sale hoy.',
    'Only today the warehouse closes at noon, so your parcel leaves tomorrow.',
    'Il corriere ritira solo oggi pomeriggio: il pacco parte stasera.',
    'Su recambio sale mañana del almacén de Zaragoza.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('other items told to complete the set (extra-offer.ts complete-set)', () => {
  it.each([
    ['Now that the small bowl is yours, the medium and large ones complete the set - same glaze.'],
    ['Si le gustan los vasos, tenemos la jarra a juego y así completa el juego.'],
    ['Se le piace la tazza, abbiamo i piattini abbinati che completano il servizio.'],
    ['Se gostou da caneca, temos os pires combinando para completar o jogo.'],
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-complete-set');
  });

  it.each([
    'The missing saucer is on its way, so your set will be complete.',
    'The lid you ordered completes the set and ships on Monday.',
    'To complete the setup, hold the button for five seconds.',
    'La pieza que faltaba completa su juego; sale hoy.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a subscription the buyer is told to put the item on (standing-offer.ts subscribe-nudge)', () => {
  it.each([
    ['Handy hint: these pods go quickly. Put them on Subscribe & Save and every refill is 10% cheaper.'],
    ['Ces capsules partent vite : mettez-les en abonnement et chaque envoi coûte 10 % de moins.'],
  ])('%s', (text) => {
    expect(entries(text)).toContain('marketing:promotion-subscribe-nudge');
  });

  it.each([
    'Your pods were put on Subscribe & Save by mistake; you can cancel it under Your Account.',
    'Put the pods on the top shelf, away from the heat.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a code or a next-order discount offered because of a delay (check.ts explainsPrice)', () => {
  it.each([
    ['Por la demora, en su próximo pedido tiene un 10 % de descuento con el código DEMORA10.'],
    ['A causa del ritardo, sul prossimo ordine ha il 10 % di sconto con il codice RITARDO10.'],
    ['Due to the delay, you get 10% off your next order with code LATE10.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Because of Black Friday volumes, the carrier is running two days behind.',
    'Por el volumen del Black Friday, el transportista va con retraso.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('look-at invitations and club sign-ups in other words (promotion.ts INVITE, SIGNUP, OWN_APP_PATH)', () => {
  it.each([
    ['Ya que estás, échale un vistazo a nuestras nuevas cestas de mimbre.'],
    ['Échale un ojo a nuestra colección de lámparas de mesa.'],
    ['Escaneie o QR code do folheto para baixar nosso aplicativo e se cadastrar no clube de pontos da loja.'],
    ['Escanea el código QR del manual, descarga nuestra app y date de alta en el club de socios de la tienda.'],
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Échale un ojo al número de seguimiento que te mandamos ayer.',
    'Download our app to pair the lamp with your phone.',
    'Scan the QR code in the manual for the firmware update.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('replies that name a coupon, a pack, a registration or a contact page without offering anything', () => {
  it.each([
    ['O anúncio tinha um cupom de 5% ativo, então o desconto já entrou no seu pedido.', { buyerMessage: 'Por que o valor veio menor?' }],
    ['Il codice a barre della confezione da 4 si trova sul fondo della scatola.', undefined],
    ['La référence du lot de 4 figure sur le côté du carton.', undefined],
    ['Le aconsejamos registrar el aparato en nuestra web con el número de serie; así el servicio técnico lo tendrá a mano.', undefined],
  ])('no marketing: %s', (text, options) => {
    expect(rules(text, options)).not.toContain('marketing');
  });

  it.each([
    'Le recomendamos registrarse en nuestra web para recibir ofertas exclusivas.',
    'Register the product on our site and get 10% off your next order.',
    'Il prezzo della confezione da 4 è più conveniente, la prenda!',
  ])('still marketing: %s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it("clears the learned layer's marketing on the buyer's spare parts and on a contact-the-team line, not on an offer", () => {
    expect(modelEntries('Nuestra tienda es recambios-luna punto es, allí tiene todas las piezas de su cafetera.')).not.toContain('marketing');
    expect(modelEntries('Fale com o nosso time pelo nosso site, na aba Suporte, que a resposta sai mais rápido.')).not.toContain('marketing');
    expect(rules('In our shop you will find all the spare parts for your model at 20% off.')).toContain('marketing');
    expect(rules('Fale com o nosso time pelo site e ganhe 10% de desconto.')).toContain('marketing');
  });
});
