// Session 36, helper fc36: misses and false alarms of the fitting batch g4 (review asks in seven languages) read by structure,
// in our own words (not the batch's sentences) - each kind with wordings that must flag and near-misses that must keep clear.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
const all = (text: string, buyerMessage?: string) => [...new Set(checkMessage(text, { buyerMessage }).map((f) => f.rule))].sort();

describe('s36 fc36: a review reported, or Amazon contacted directly, is no review ask and no channel (ja)', () => {
  it.each([
    '規約違反のレビューを見つけた場合は、レビュー下の「通報する」ボタンからお知らせいただけます。',
    '不適切と思われる口コミは、Amazonへ直接ご連絡いただけます。',
    'そのようなレビューはアマゾンのカスタマーサービスに直接お問い合わせください。',
  ])('%s is clean', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    ['ぜひ商品ページにご感想をお寄せいただけますと幸いです。', 'review_request'],
    ['お急ぎの場合は弊社に直接ご連絡ください。', 'offplatform'],
  ])('%s still flags %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('s36 fc36: the buyer sorting or filtering the reviews on the listing is no ask (es/fr/it/pt)', () => {
  it.each([
    'En la página del producto puedes ordenar las reseñas por fecha.',
    'Si lo prefiere, puede filtrar las valoraciones por talla en la ficha.',
    'Sur la fiche, vous pouvez trier les avis par note.',
    'Nella scheda può filtrare le recensioni per colore.',
  ])('%s is clean', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each([
    '¿Podrías dejarnos una reseña en la ficha del producto?',
    'Si tienes un momento, puedes dejar tu valoración en la página del producto.',
  ])('%s is still a review ask', (text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('s36 fc36: a young brand pleading beside a review ask is leading (en)', () => {
  it.each([
    "We're a young brand, so a quick review of the lamp on Amazon would mean a great deal to us.",
    "We're a young shop, so could you please leave a review of the kettle on Amazon?",
  ])('%s is leading', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
  it.each([
    'We switched the cable to a new brand of connectors, so the plug looks different now.',
    "We're a young brand and still pack every order by hand.",
  ])('%s is not leading', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});

describe("s36 fc36: an opinion told on the seller's site or social account is no marketing (check.ts OPINION_ON_OWN_CHANNEL)", () => {
  it.each([
    'Si quiere, también puede contarnos su opinión en nuestra web o en Facebook.',
    'You can also share your thoughts about the kettle on our website or on Instagram.',
  ])('%s carries no marketing', (text) => {
    expect(all(text)).not.toContain('marketing');
  });
  it.each([
    'Síguenos en Instagram y cuéntanos tu opinión: cada mes sorteamos un descuento del 20%.',
  ])('%s still carries marketing', (text) => {
    expect(all(text)).toContain('marketing');
  });
});
