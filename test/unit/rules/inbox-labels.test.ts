// @vitest-environment node
// Every label example the inbox readers rely on, in each language, and the near-misses they must not take.
import { describe, expect, it } from 'vitest';
import { BUYER_SIDE_HINT, isNoResponseNeededLabel, isSellerLabel, saysResponseNeeded, SELLER_SIDE_HINT } from '../../../rules/inbox-labels';

describe('inbox labels', () => {
  it('"Response needed" in every language, never inside "No response needed"', () => {
    for (const t of ['Response needed', 'Antwort erforderlich', 'Réponse requise', 'Respuesta necesaria', 'Risposta necessaria', 'Resposta necessária', '要返信', '需要回复', 'status: needs response']) expect(saysResponseNeeded(t), t).toBe(true);
    for (const t of ['No response needed', 'Keine Antwort erforderlich', '返信不要', 'Resolved', 'Replied', '']) expect(saysResponseNeeded(t), t).toBe(false);
  });

  it('"No response needed" controls, whole labels only', () => {
    for (const t of ['No response needed', 'Mark as no response needed', 'Keine Antwort erforderlich', 'Aucune réponse nécessaire', 'No se necesita respuesta', 'Nessuna risposta necessaria', '返信不要', 'Résoudre le cas']) expect(isNoResponseNeededLabel(t), t).toBe(true);
    expect(isNoResponseNeededLabel('Response needed')).toBe(false);
    expect(isNoResponseNeededLabel(`I think no response needed from you, but ${'x'.repeat(80)}`)).toBe(false);
  });

  it("the seller's own label, not a buyer's name or a sentence", () => {
    for (const t of ['You', 'You:', ' Sie ', 'Vous', 'Tú', 'Você', 'あなた', 'Seller', 'Verkäufer']) expect(isSellerLabel(t), t).toBe(true);
    for (const t of ['Youssef', 'Bob', 'Thank you', 'Sie haben recht', '']) expect(isSellerLabel(t), t).toBe(false);
  });

  it('side hints read class words, not parts of other words', () => {
    expect(SELLER_SIDE_HINT.test('bubble outgoing')).toBe(true);
    expect(SELLER_SIDE_HINT.test('msg-from-seller')).toBe(true);
    expect(BUYER_SIDE_HINT.test('turn in incoming')).toBe(true);
    expect(SELLER_SIDE_HINT.test('presentation')).toBe(false);
    expect(BUYER_SIDE_HINT.test('leftover-panel')).toBe(false);
  });
});

describe('row words that are never a buyer name', () => {
  it('status words in every language, whole texts only', async () => {
    const { isStatusWord, BUYER_COLUMN_RE } = await import('../../../rules/inbox-labels');
    for (const t of ['Replied', 'Resolved', 'Beantwortet', 'Gelöst', 'Résolu', 'Respondido', 'Risolto', '解決済み', '返信済み']) expect(isStatusWord(t), t).toBe(true);
    for (const t of ['Newton', 'Rosa Open', 'Bob']) expect(isStatusWord(t), t).toBe(false);
    for (const t of ['Buyer name', 'Customer', 'Name des Käufers', '購入者名', 'Nom du client']) expect(BUYER_COLUMN_RE.test(t), t).toBe(true);
  });
});
