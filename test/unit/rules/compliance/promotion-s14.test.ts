// detectors/promotion.ts, the kinds added in session 14 (s14-mkt), read from an offer's intent: a model ranked
// above the bought one with a pitch, a bigger size the seller carries, joining the seller's club or list, a
// benefit promised for coming back, a set completed by more of the range, other customers buying together, and
// "if you liked X, <another item>"; with the near-misses that share their words (the buyer's own pro model, a
// reset "next time", a warranty registration, a missing part sent after, a bare "if you like, ...").
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { promotions } from '../../../../rules/compliance/detectors/promotion';
import { normalize } from '../../../../rules/compliance/normalize';

const kinds = (text: string, buyerMessage = '') => promotions(normalize(text).text, buyerMessage).map((s) => s.entry);
const marketing = (text: string, buyerMessage?: string) => checkMessage(text, { buyerMessage }).some((f) => f.rule === 'marketing' && f.severity !== 'info');

describe('promotion kinds (s14)', () => {
  it.each([
    // a model ranked above, pitched (the rank names another item: the order told beside it does not clear it)
    ['Your mixer ships today; its bigger brother has a 6-litre bowl and is well worth it.', 'marketing:promotion-novelty'],
    ['Der große Bruder dieser Lampe leuchtet doppelt so hell.', 'marketing:promotion-novelty'],
    ['La versión superior trae el doble de accesorios.', 'marketing:promotion-novelty'],
    ['上位機種なら連続運転時間が2倍になります。', 'marketing:promotion-novelty'],
    // a bigger size the seller carries, pitched
    ['Schon gewusst? Den Topf führen wir auch in 28 cm.', 'marketing:promotion-novelty'],
    ['Did you know we also sell it in family size?', 'marketing:promotion-novelty'],
    // joining the seller's club, list or programme
    ['Sign up for our rewards programme to get early access.', 'marketing:promotion-loyalty'],
    ['Inscrivez-vous à la liste VIP de la boutique.', 'marketing:promotion-loyalty'],
    ['Entre para a comunidade da loja e receba novidades.', 'marketing:promotion-loyalty'],
    // a benefit for coming back
    ['Come back soon - loyal shoppers always get free shipping from us.', 'marketing:promotion-loyalty'],
    ['Torna a trovarci: per te c\'è uno sconto del 10%.', 'marketing:promotion-loyalty'],
    // a set completed by more of the range
    ['To complete your set, the same series also has soup bowls in our store.', 'marketing:promotion-cross-sell'],
    ['Para completar el juego, tenemos la misma serie en tazas.', 'marketing:promotion-cross-sell'],
    // bought together by other customers
    ['The lamp and the shade are frequently bought together.', 'marketing:promotion-cross-sell'],
    ['このケースは多くの方がフィルムと一緒にご購入されています。', 'marketing:promotion-cross-sell'],
    // "if you liked X" and another item by a same-line, pairing or liking cue
    ['If you enjoyed the candle, the diffuser from the same line is lovely too.', 'marketing:promotion-cross-sell'],
    ['Si le café vous a plu, les tasses qui vont avec sont en stock.', 'marketing:promotion-cross-sell'],
    ['石けんがお気に召しましたら、同じ香りのシャンプーもおすすめです。', 'marketing:promotion-cross-sell'],
  ])('%s', (text, entry) => {
    expect(kinds(text)).toContain(entry);
  });

  it.each([
    // the buyer's own item, an instruction, a registration for the warranty, a part sent after, a bare "if you like"
    'The Pro model you ordered has the bigger battery.',
    'Next time the light blinks, hold the button for five seconds.',
    'Please register your product for the 2-year warranty in the app.',
    'Zum Set fehlen Ihnen noch die Dessertteller - wir senden sie morgen nach, damit es komplett ist.',
    'If you like, we can send the manual again.',
    'Si vous aimez, nous pouvons changer la couleur de la commande.',
    'El reembolso vuelve a su saldo de cheques regalo.',
    'Your order came in two parcels; the bigger one is on its way.',
    'If you like the lamp, please keep the box for the warranty.',
  ])('no promotion: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('the same rows pass the checker as marketing and as clear', () => {
    expect(marketing('Join our Insiders list and hear about new scents first.')).toBe(true);
    expect(marketing('You will need two wall plugs; the screws are included.', 'Do I need anything else to mount it?')).toBe(false);
    expect(marketing('The matching lid for your pot is included in the box.')).toBe(false);
    expect(marketing('Votre colis contient le lot de 3 torchons ; le reste part demain.')).toBe(false);
  });

  it('stays linear on a long repeated input', () => {
    const unit = 'If you liked the lamp, the bigger brother of our store join the list come back soon to complete your ';
    const big = unit.repeat(Math.ceil(50_000 / unit.length)).slice(0, 50_000);
    const t0 = performance.now();
    promotions(normalize(big).text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
