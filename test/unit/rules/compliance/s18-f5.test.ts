// Marketing and offplatform misses of the s18 blind batches h and i, each fixed by its cause and written here in
// other words (not the rows' texts) - and the near-misses the same readings must leave clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a cross-sell told as a tip: an item of the same line, series or brand', () => {
  it.each([
    'Happy the pan suits your hob. One tip: the glass lid from the same range fits it exactly.',
    'Freut uns, dass die Tasse gefällt. Ein Tipp: Die Untertasse aus derselben Serie rundet das Set ab.',
    'Contents que la théière vous plaise. Petit conseil : la tasse de la même collection garde le thé chaud plus longtemps.',
    'Nos alegra que la mochila te guste. Un pequeño consejo: la funda de lluvia de la misma línea la protege del todo.',
    'Felici che la lampada le piaccia. Un piccolo consiglio: la lampadina della stessa serie dura il doppio.',
    'Que bom que gostou da garrafa. Uma dica: a tampa esportiva da mesma linha encaixa nela.',
    'ケトルを気に入っていただけて嬉しいです。ちなみに、同じブランドのマグも一緒に使うと便利です。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    // care tips with no item of the line
    'Glad the knife suits you. Quick tip: dry the blade right after washing so it keeps its edge.',
    'Kleiner Tipp: Das Brett nach dem Spülen aufrecht trocknen lassen.',
    'Petite astuce : huilez la planche une fois par mois.',
    // a part already in the parcel, and a fact of the whole line (the buyer's item with it)
    'Übrigens: Die Dübel aus derselben Serie liegen dem Karton bei.',
    'By the way, the hooks from the same range are included in the box.',
    'Quick tip: all lids from the same line go in the oven up to 200 °C, yours too.',
    'Petite astuce : toutes les housses de la même collection passent en machine.',
    // a spare of the same series sent as a replacement (the order's own after-sales)
    'We are sending a replacement lid from the same series today, free of charge.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });

  it('stays clean when the buyer asked about the accessory', () => {
    expect(rules('Yes, tip: the sharpener from the same line fits this knife.', { buyerMessage: 'Does the sharpener from the same line fit this knife?' })).not.toContain('marketing');
  });
});

describe('another unit pitched as a gift', () => {
  it.each([
    'Your kettle arrives tomorrow. With the holidays close, another one would make a lovely gift for your parents.',
    'Ihre Lampe ist unterwegs. Eine zweite Lampe ist ein schönes Geschenk zu Weihnachten.',
    'Votre plaid est en route. Un deuxième plaid ferait un joli cadeau pour la fête des mères.',
    'Tu taza ya está en reparto. Una segunda taza es un regalo perfecto para un amigo.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Another gift note was added to your order, as you asked.',
    'Your mat is out for delivery today; it comes in a gift box.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe("an invitation to join the seller's club", () => {
  it.each([
    'As a regular customer you could join our Tea Circle: members hear first about new blends.',
    'Als Stammkunde können Sie gern Mitglied in unserem Kaffeeclub werden.',
    'Comme client fidèle, vous pouvez rejoindre notre club des amateurs de thé.',
    'Como cliente habitual, puedes unirte a nuestro Club Verde.',
    'Da cliente affezionata può entrare nel nostro Club Caffè.',
    'Como cliente fiel, você pode fazer parte do nosso Clube do Chá.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'The refill is on its way; Amazon Prime members get it tomorrow.',
    'Our team joined the call with the carrier this morning.',
    // a testers' club is a review matter, not a club pitched
    'Join our circle of product testers and share your review.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('Amazon skipped for a direct send from the seller', () => {
  it.each([
    'For your next refills there is no need to order through Amazon: email us and we post them directly.',
    'Für die nächsten Kapseln können Sie sich den Umweg über Amazon sparen, wir schicken sie Ihnen direkt.',
    'Pas besoin de passer par Amazon pour les prochaines capsules : on vous les envoie directement.',
    'Para los próximos filtros no hace falta pasar por Amazon: se los enviamos directamente.',
    'Per i prossimi filtri non c’è bisogno di passare da Amazon: glieli spediamo direttamente.',
    'Para os próximos filtros não precisa passar pela Amazon: enviamos direto para você.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it.each([
    'I can sell you the missing charger directly, no need to go through Amazon.',
    'Le chargeur manquant, je peux vous le vendre directement, sans passer par Amazon.',
  ])('a part of the order sold once is offplatform, not a promotion: %s', (text) => {
    expect(rules(text)).toEqual(['offplatform']);
  });

  it.each([
    'Your replacement is sent directly from our own warehouse; there is nothing to reorder.',
    'Please reorder through Amazon as usual, the courier delivers directly to your door.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("a percentage off at the seller's own shop or address", () => {
  it('flags the address, the invitation and the promotion', () => {
    expect(rules('Our whole new range is on our shop willowbark dot co dot uk, with -15 % for Amazon customers!')).toEqual(
      expect.arrayContaining(['marketing', 'offplatform', 'url']),
    );
    expect(rules('Unsere neue Kollektion finden Sie in unserem Onlineshop, mit -10 % für Amazon-Kunden.')).toEqual(expect.arrayContaining(['marketing', 'offplatform']));
  });

  it.each(['This week the whole range is -20 % on Amazon.', 'The 15 % off was applied to your order by Amazon.'])('no offplatform: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
});
