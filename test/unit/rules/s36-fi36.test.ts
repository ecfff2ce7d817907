// Session 36, helper fi36: upsells to another model tacked onto a service answer, and "unsere eigene Seite" as the seller's site, in
// our own words (not the corpus sentences) - each kind with wordings that must flag and near-misses that must keep clear.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s36 fi36: the German concession with the verb between, "der Umstieg lohnt sich" (promotion.ts DEARER_TRADE, STRONG_CMP)', () => {
  it.each([
    ['Das Klackern kommt vom Thermostat. Wer es ruhiger mag: der WarmNest 300 kostet zwar 25 € mehr, ist aber fast lautlos.', 'Der Heizlüfter klackert ständig'],
    ['Das Surren ist normal. Für große Räume ist der AirPur 450 gedacht, der Wechsel lohnt sich.', 'Das Gerät surrt beim Start'],
  ])('%s is marketing', (text, buyer) => expect(rules(text, buyer)).toContain('marketing'));
  it.each([
    ['Der Expressversand kostet zwar 5 € mehr, ist aber morgen schon bei Ihnen.', 'Wann kommt meine Bestellung?'],
    ['Der AirPur 450 kostet zwar 25 € mehr, ist aber leiser.', 'Welches Modell ist leiser, der AirPur 300 oder der AirPur 450?'],
  ])('%s stays clear of marketing', (text, buyer) => expect(rules(text, buyer)).not.toContain('marketing'));
});

describe('s36 fi36: a model word with its name and its price (promotion.ts OTHER_MODEL)', () => {
  it.each([
    ['Le cliquetis vient du ventilateur. Pour un usage intensif, le modèle Nova+ à 89 € est bien plus silencieux.', 'Le ventilateur cliquette, est-ce normal ?'],
  ])('%s is marketing', (text, buyer) => expect(rules(text, buyer)).toContain('marketing'));
  it.each([
    ['Le modèle Nova+ à 89 € est bien plus silencieux que le Nova.', 'Quel modèle est le plus silencieux ?'],
    ['Le prix du modèle indiqué sur la fiche est de 89 €.', 'Quel est le prix ?'],
  ])('%s stays clear of marketing', (text, buyer) => expect(rules(text, buyer)).not.toContain('marketing'));
});

describe('s36 fi36: a named model recommended in the tail of an answer (promotion.ts RECOMMEND_UP, OTHER_MODEL)', () => {
  it.each([
    ['O aquecedor faz esse estalo ao esquentar, é normal. O aquecedor Calor 2000 é bem mais silencioso, vale a pena o upgrade.', 'O aquecedor faz um estalo, é defeito?'],
  ])('%s is marketing', (text, buyer) => expect(rules(text, buyer)).toContain('marketing'));
  it.each([
    ['O aquecedor Calor 2000 é bem mais silencioso, vale a pena o upgrade.', 'Qual modelo de aquecedor é mais silencioso?'],
    ['O aquecedor faz esse estalo ao esquentar, vale a pena limpar o filtro com mais frequência.', 'O aquecedor faz um estalo, é defeito?'],
  ])('%s stays clear of marketing', (text, buyer) => expect(rules(text, buyer)).not.toContain('marketing'));
});

describe('s36 fi36: "unsere eigene Seite" is the seller\'s site (lexicon de our-website)', () => {
  it.each([
    'Auf unserer eigenen Seite können Sie uns ebenfalls eine Bewertung schreiben.',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'Auf unserer eigenen Seite bei Amazon sehen Sie alle Farben.',
    'Die Anleitung hat für jedes Zubehör eine eigene Seite.',
  ])('%s stays clear of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s36 fi36: the gerund "letting other shoppers know" is the telling ask (lexicon en TELL_PUBLIC)', () => {
  it.each([
    'If the speaker is doing its job now, would you mind letting fellow buyers know on Amazon?',
  ])('%s is a review request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    "We're letting other customers know about the restock on the listing.",
  ])('%s stays clear of review_request', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s36 fi36: a perk for the buyers who say their piece on the listing (lexicon en perk-for-public-telling)', () => {
  it.each([
    'Shoppers who post a few lines about their kettle on the listing get free shipping on the next order.',
  ])('%s is a review request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Customers who shared their photos on the listing told us the colour is darker.',
    'Shoppers who post questions on the product page get an answer from us within a day.',
  ])('%s stays clear of review_request', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s36 fi36: the French spoken "on a aussi" offers an item (promotion.ts SELLER_OFFERS)', () => {
  it.each([
    ['Le filtre se rince simplement sous l\'eau tiède. Et pour être tranquille, on a aussi un lot de 2 filtres à 9 €.', 'Comment nettoyer le filtre ?'],
  ])('%s is marketing', (text, buyer) => expect(rules(text, buyer)).toContain('marketing'));
  it.each([
    ['Le couvercle se clipse en appuyant sur les côtés. On a aussi vérifié la commande, tout est parti hier.', 'Comment fermer le couvercle ?'],
    ['Oui, on a aussi un filtre de rechange à 9 €, il est sur la même fiche.', 'Avez-vous un filtre de rechange ?'],
  ])('%s stays clear of marketing', (text, buyer) => expect(rules(text, buyer)).not.toContain('marketing'));
});

describe('s36 fi36: the seller\'s other item urged for the next order after an answer (promotion.ts laterBuyIn)', () => {
  it.each([
    ['Give the grinder a quick clean. Our ceramic burr set for this grinder is worth adding next time you order.', 'Why is my grinder so loud?'],
  ])('%s is marketing', (text, buyer) => expect(rules(text, buyer)).toContain('marketing'));
  it.each([
    ['Yes, our spare bulbs fit this lamp and are worth getting next time you order.', 'Do you sell spare bulbs for this lamp?'],
    ["Give the grinder a quick clean. It's not worth buying our burr set, the grinder is fine.", 'Why is my grinder so loud?'],
  ])('%s stays clear of marketing', (text, buyer) => expect(rules(text, buyer)).not.toContain('marketing'));
});
