// Whole-checker cases for the s8 families in German, French and Japanese: each entry test runs an
// entry alone; these run the full checker (all layers, guards such as the Japanese thanks guard and
// the carrier guards) on messages of the s8 rows, so a later change that hides a family or brings
// back a false alarm fails here by name.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

type Case = readonly [text: string, rules: readonly string[]];

const FLAGGED: Record<'de' | 'fr' | 'ja', readonly Case[]> = {
  de: [
    ['Wir sind auf Bewertungen angewiesen – vielleicht finden Sie ja zwei Minuten für den Toaster.', ['review_request']],
    ['Nehmen Sie sich bitte einen Moment und bewerten sie die Kopfhörer, danke!', ['review_request']],
    ['Nach Ihrer Bewertung erstatten wir Ihnen den halben Kaufpreis.', ['leading', 'review_request']],
    ['Wäre es möglich, Ihr Feedback noch einmal zu überarbeiten?', ['leading']],
    ['Sofern der Staubsauger Ihre Erwartungen übertroffen hat, teilen Sie das bitte mit anderen.', ['leading', 'review_request']],
    ['Hier der Zahlungslink für das Ersatzteil: paypal.me/schraubenkoenig', ['url', 'offplatform']],
    ['Übrigens: Das Modell Pro hat den doppelten Akku und kostet nur 20 Euro mehr.', ['marketing']],
    ['Geben Sie uns Bescheid, unter welcher Nummer wir Sie privat erreichen können.', ['offplatform', 'personal_data']],
  ],
  fr: [
    ['Prenez un instant pour evaluer le casque svp, merci !', ['review_request']],
    ['En remerciement de votre avis, vous recevrez une carte cadeau Amazon de 10 €.', ['leading', 'review_request']],
    ['Merci de nous communiquer votre adresse e-mail afin que nous vous envoyions la notice directement.', ['offplatform', 'personal_data']],
    ['La prochaine fois, commandez directement chez nous, sans passer par Amazon, ce sera moins cher.', ['offplatform', 'marketing']],
    ['Si l\'aspirateur a dépassé vos attentes, partagez-le avec les autres clients.', ['leading', 'review_request']],
    ['Chaque personne qui nous laisse un avis participe au tirage au sort d\'une tablette.', ['leading', 'review_request']],
    ['Notre portail d\'assistance est sur aide.bricoboite.shop : ouvrez-y un ticket.', ['url', 'offplatform']],
  ],
  ja: [
    ['浄水器のﾚﾋﾞｭｰをいただけましたら幸いです。', ['review_request']],
    ['レビューのお礼として、Amazonギフト券1,000円分を差し上げます。', ['leading', 'review_request']],
    ['評価をご記入いただく前に、まずは当店にご連絡ください。必ず解決いたします。', ['leading']],
    ['部品が届いた今、レビュー内容を更新していただけないでしょうか。', ['leading']],
    ['ちなみに、Proモデルはバッテリー容量が2倍で、差額はわずか2,000円です。', ['marketing']],
    ['LINEのIDは kitchen_jun です。こちらにご連絡いただければすぐ対応します。', ['offplatform']],
    ['お買い物にご満足でしたら、その喜びを他の購入者様とも分かち合ってください。', ['leading', 'review_request']],
  ],
};

const CLEAN: Record<'de' | 'fr' | 'ja', readonly string[]> = {
  de: [
    'Der Rasenmäher hat eine Bewertung von 4,5 Sternen bei Stiftung Warentest erhalten, das steht auch auf der Verpackung.',
    'Der Rabatt von 10 % wurde automatisch beim Kauf berücksichtigt.',
    'Der Fahrer benötigt eventuell Ihre Telefonnummer; diese gibt Amazon automatisch weiter.',
    'Im Test der Zeitschrift bekam der Föhn 5 von 5 Punkten, wie auf der Packung steht.',
    'Bitte bewerten Sie selbst, ob der Austausch oder die Erstattung besser für Sie ist.',
    'Das Glas ist unter dem Namen "Topbewertung" im Handel, ein reiner Markenname.',
  ],
  fr: [
    'Le code promo a déjà été appliqué lors du paiement, vous n\'avez rien à faire.',
    'Cet article n\'est malheureusement pas vendu en lot, seulement à l\'unité.',
    'La façon dont vous évaluez votre commande ne regarde que vous.',
    'Le bocal est vendu sous le nom « Meilleure Note », c\'est une simple marque.',
  ],
  ja: [
    'お届け先住所を勤務先に変更いたしました。',
    'お荷物がご近所に預けられている場合は、不在票に記載の配達員の番号へお電話ください。',
    '配送業者より、お届け前にお電話で日時のご確認がございます。',
  ],
};

describe.each(['de', 'fr', 'ja'] as const)('s8 families (%s), whole checker', (lang) => {
  it.each(FLAGGED[lang])('flags %s', (text, rules) => {
    const found = new Set(checkMessage(text, {}).map((f) => f.rule));
    for (const rule of rules) expect([...found], rule).toContain(rule);
  });
  it.each(CLEAN[lang].map((t) => [t]))('leaves alone %s', (text) => {
    const found = checkMessage(text, {}).filter((f) => ['leading', 'review_request', 'offplatform', 'marketing', 'personal_data'].includes(f.rule));
    expect(found.map((f) => `${f.rule}:${f.entry}`)).toEqual([]);
  });
});
