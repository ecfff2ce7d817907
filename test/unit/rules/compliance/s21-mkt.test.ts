// Marketing errors of the s21 blind batches n and o, each fixed by its cause and written here in other words: the compliant
// answers that must stay clean, and the pitches next to them that must still be marketing.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('a discount the buyer asked about, explained', () => {
  it.each([
    ['The £3 off your neighbour got was a promotion Amazon ran on the listing last week; it had ended by the time you ordered.', 'Why did my neighbour pay £3 less for the same lamp?'],
    ['La remise de 5 % correspond au coupon Amazon actif le jour de votre commande.', 'Pourquoi ai-je payé moins que le prix affiché ?'],
    ['El descuento de 3 euros fue una promoción de Amazon que se activó al pagar.', '¿Por qué me cobraron menos que el precio del anuncio?'],
    ['Lo sconto di 2 euro era un coupon di Amazon attivo il giorno del suo acquisto.', 'Perché ho pagato meno del prezzo indicato?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags a new offer made in the answer', () => {
    const buyerMessage = 'Why did I pay less this time?';
    expect(rules('That was a promotion; use code SPRING5 on your next order for £5 off.', { buyerMessage })).toContain('marketing');
    // no price question: the coupon word is an offer as before
    expect(rules('El cupón de 4 euros está activo esta semana, aprovéchelo.')).toContain('marketing');
  });
});

describe('a newsletter declined: new items appear on the Amazon listing', () => {
  it.each([
    ['Sorry, there is no mailing list. New colours will just show up on our Amazon listing.', 'Do you have a mailing list for new colours?'],
    ['Einen Newsletter gibt es bei uns nicht. Neue Größen erscheinen einfach im Angebot auf Amazon.', 'Gibt es einen Newsletter?'],
    ['No tenemos newsletter. Los nuevos modelos aparecerán en nuestro anuncio de Amazon.', '¿Tenéis boletín para enterarme de novedades?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags the new items pitched with a price or an invitation', () => {
    const buyerMessage = 'Do you have a newsletter?';
    expect(rules('No newsletter, but new sizes will appear on our Amazon listing at 20% off - take a look!', { buyerMessage })).toContain('marketing');
    // nobody asked: the novelty stays a promotion
    expect(rules('Any new sizes will simply appear on our Amazon listing.')).toContain('marketing');
  });
});

describe('the model the buyer asked about, compared', () => {
  it('clears the comparison the buyer asked for', () => {
    expect(rules('The Max version only adds a timer, so if you do not need one the basic kettle is enough.', { buyerMessage: 'Should I get the Max kettle instead?' })).toEqual([]);
  });

  it('still flags the same model pitched unasked, or with an offer', () => {
    expect(rules('The Pro version has twice the light output.')).toContain('marketing');
    expect(rules('The Pro version is on sale at 20% off this week, grab it.', { buyerMessage: 'Is the Pro lamp worth it?' })).toContain('marketing');
  });
});

describe('the pack the buyer ordered, named in any language', () => {
  it.each([
    'Le pack de 3 que vous avez commandé contient trois taies identiques.',
    'El pack de 2 que pediste trae dos fundas iguales.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags a new version of the item bought (a word between the phrase and the order)', () => {
    expect(rules('Acabamos de lançar a versão sem fio do fone que você comprou, com o dobro de bateria.')).toContain('marketing');
  });
});

describe('an upsell: a bigger item for a need the buyer did not state', () => {
  it.each([
    'Si quieres más espacio, la mochila de 40 litros va mucho mejor, te la recomiendo.',
    'If you need more room, the 40-litre backpack is much better, I recommend it.',
    'Si vous avez besoin de plus de place, le sac de 40 litres est bien meilleur.',
    'Se le serve più spazio, lo zaino da 40 litri è molto meglio, glielo consiglio.',
    'Wenn Sie mehr Platz brauchen, ist der 40-Liter-Rucksack viel besser.',
    'Se precisar de mais espaço, a mochila de 40 litros é muito melhor, recomendo.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'Si necesitas más ayuda, te recomiendo el manual en PDF.',
    'If you need more help, I recommend the PDF manual.',
    'Wenn Sie mehr Hilfe brauchen, empfehle ich die Anleitung als PDF.',
  ])('leaves help alone: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a newer or dearer model for a little more', () => {
  it.each([
    'Aproveitando: acabou de sair a versão Plus da torradeira, com timer, e custa só R$ 30 a mais.',
    'La version Pro vient avec un minuteur, pour seulement 15 € de plus.',
    'La versione Pro ha il timer, a soli 15 € in più.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    'O seu pedido acabou de sair do nosso estoque.',
    'La consegna al piano costa solo 5 euro in più.',
    'La livraison est plus rapide pour seulement 5 € de plus.',
  ])('leaves a parcel or a shipping fee alone: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('Japanese: buy more get one, the brand store, popularity behind a pitch', () => {
  it('flags buy N get one more free', () => {
    expect(rules('今週中に同じフィルターを3個ご購入いただくと、もう1個プレゼントいたします。')).toContain('marketing');
  });
  it('leaves N ordered and N sent alone', () => {
    expect(rules('2個ご購入いただいたので、2個お送りしました。')).toEqual([]);
  });
  it("flags the seller's brand store", () => {
    expect(rules('当ブランドのストアページもぜひご覧ください。')).toContain('marketing');
  });
  it('reads popularity after an accessory pitch as marketing, not a steered review', () => {
    const found = rules('替えのフィルターを発送しました。あわせて、専用ケースも一緒にいかがでしょうか。多くのお客様にご好評いただいております。');
    expect(found).toContain('marketing');
    expect(found).not.toContain('leading');
  });
  it('still reads many top ratings beside a review ask as leading', () => {
    expect(rules('多くのお客様から高評価をいただいております。レビューをお願いいたします。')).toContain('leading');
  });
});
