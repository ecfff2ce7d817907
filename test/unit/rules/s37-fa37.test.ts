// Session 37, helper fa37: the seller's own site offered as a tool or a place to go (fitted batches s37-g2/g3/g5/g6/g7), read by
// structure, in our own words (not the batches' sentences) - each kind with wordings that must flag and near-misses that must keep
// clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string) => [...new Set(checkMessage(text, {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s37 fa37: a tool of the seller\'s at the address is url + offplatform (offsite-invite.ts toolAtAddress)', () => {
  it.each([
    'The quickest way to pick a size is the size finder at trailboots.com/sizes, it asks for your foot length.',
    'Pop your registration into the fitment checker on brakehaus.co.uk/fit and it lists every disc that fits.',
    'Gestalten Sie die Gravur selbst in unserem Gestaltungstool unter holzwerk-nord.de/gravur.',
    'Unser Größenrechner auf strickhaus.de/rechner zeigt Ihnen die passende Größe.',
    'Puedes ver el resultado antes en nuestro configurador: lamparas-sol.es/config',
    'Il calcolatore di taglia su scarpe-rossi.it/misure le dice il numero giusto.',
    'Per non sbagliare misura provi il nostro test di vestibilità su camicie-blu.it/test.',
    "L'anteprima 3D è qui: incisioni-po.it/anteprima/12 - può girarla come vuole.",
    'Le simulateur sur cadres-dupont.fr/simu vous montre le rendu avant de commander.',
    'No provador virtual em sapatos-lima.com.br/provador você descobre o tamanho certo.',
  ])('%s is url and offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).toContain('offplatform');
  });
  it.each([
    'The assembly manual is at trailboots.com/manual if you need it.',
    'We no longer run the size finder on trailboots.com, sorry.',
    'The size chart on the Amazon listing is the same as the one at trailboots.com/chart.',
    'Your parcel can be tracked at dhl.de with the number we sent.',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
  it.each([
    'Your boots are size 42, the size chart is printed on the tag.',
    'Our editor checked the proof of your engraving this morning.',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s37 fa37: a tool named on the seller\'s website, no address (offsite-invite.ts SITE_CUE with TOOL)', () => {
  it.each([
    'Our website has a fit quiz that picks the right model for you.',
    'En nuestra web tiene una calculadora de tallas para cada modelo.',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
  it.each(['We do not have a size calculator on our website, but I can help you here.'])('%s stays clean of offplatform', (text) =>
    expect(rules(text)).not.toContain('offplatform'));
});

describe('s37 fa37: the plural better price (payment-channel.ts CHEAPER, read by direct-sale.ts)', () => {
  it.each([
    'The older volumes are on bookbarn.co.uk at better prices than here.',
    'Los demás tomos los tiene en libros-mar.es a mejores precios que aquí.',
    'I volumi precedenti li trova su libri-po.it, a prezzi migliori che qui.',
  ])('%s is offplatform and marketing', (text) => {
    const r = rules(text);
    expect(r).toContain('offplatform');
    expect(r).toContain('marketing');
  });
  it.each([
    'Amazon often has better prices than the high street, so this order was a good choice.',
    'Better prices for the new series depend on the publisher.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s37 fa37: 扱っております on the shop\'s own site is a sale there (elsewhere-offer.ts ITEM_THERE)', () => {
  it.each(['同じシリーズの他の巻は、当店サイト hon-ya.jp でも扱っております。'])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each(['こちらの商品はAmazonでのみ扱っております。'])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe('s37 fa37: the seller\'s other goods told to be at the address (offsite-invite.ts OTHER_GOODS, HAVE_THEM)', () => {
  it.each([
    'The other two colours of this scarf are on woolnest.co.uk under Winter.',
    'Die restlichen Bände der Reihe sind auf buchstube-ost.de zu finden.',
    'Si necesitas más tornillos, en ferreteria-luz.es/piezas los tienes todos.',
  ])('%s is url and offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('url');
    expect(r).toContain('offplatform');
  });
  it.each([
    'Other manuals are on woolnest.co.uk/manuals if you need one.',
    'El recetario en PDF lo tiene en freidora-luz.es/recetas.',
    'The other parcel is with dhl.de and arrives tomorrow.',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});
