// Session 21, the lead's fixes of false alarms the helpers noted beside their work (each was on main before them).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe('s21 lead: noted false alarms', () => {
  it.each([
    ['Most customers leave the lid on while it cools.', []],
    ['Most of our buyers give the filter a rinse before first use.', []],
    ['Ein paar Worte von Ihnen zur Größe helfen uns beim Umtausch.', []],
    ['Ihre Angaben zum Modell helfen uns bei der Reklamation.', []],
    ['Pour votre avis sur le défaut, nous vous envoyons un remplacement gratuit.', []],
    ['For your feedback on the damage we will send a new one today.', []],
    ['Grazie per il suo parere sul difetto: le inviamo subito un ricambio.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    ['Most customers leave us five stars - will you?', 'leading'],
    ['Most of our buyers are thrilled with it, so a review would help.', 'leading'],
    ['Eine Bewertung würde uns sehr helfen.', 'review_request'],
    ['Pour votre avis, nous vous offrons un bon d\'achat.', 'leading'],
    ['For your review on Amazon we will send you a free refill.', 'leading'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));

  it('a Pix key asked after Pix is named is personal data; a padlock key is not', () => {
    expect(rules('Posso te devolver o valor no Pix, me passa sua chave.')).toContain('personal_data');
    expect(rules('Devolvemos por Pix se preferir: qual é sua chave?')).toContain('personal_data');
    expect(rules('O estorno já saiu pela Amazon; guarde sua chave do cadeado na caixa.')).toEqual([]);
  });

  // reviewer 3 (read-only, on the second round's fixes): its sentences, in our words
  it.each([
    ['¿Ha valorado usted la opción del cambio? Le mando la pieza gratis si la prefiere.', []],
    ['Have you rated the capacity you actually need? We can send a free adapter.', []],
    ['Haben Sie schon bewertet? Den Versand erstatten wir Ihnen so oder so.', []],
    ['ご家族お一人にひとつあると便利です。', []],
    ['Most buyers review the manual before first use. Do the same to avoid damage.', []],
    ['Most customers leave it on top of the counter to dry.', []],
    ['Most buyers give the filter 5 minutes to soak.', []],
    ['Würde Ihnen eine Bewertung durch unseren Techniker helfen?', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    ['Avaliou? manda aqui que eu te mando um brinde no próximo envio', 'leading'],
    ['Have you already posted your review? Send us a screenshot and get a voucher.', 'leading'],
    ['Have you rated the kettle? Send us a screenshot and we refund 5 euros.', 'leading'],
    ['A cada 10 clientes, 9 deixam uma avaliação. Que tal ser um deles?', 'leading'],
    ['Most customers leave us five stars - will you?', 'leading'],
    ['Sie können gern bewerten, was Ihnen am besten gefallen hat.', 'review_request'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
});
