// Session 22, helper fa: causes behind the errors of blind batches d (de-002) and e, paraphrased with variants in the other
// languages each fix serves and near-misses that must stay as they were.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage = '') => [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).map((f) => f.rule))].sort();
const ruleFindings = (text: string, buyerMessage = '') => [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe("s22 fa: the seller's own bank account is no personal data of the buyer's", () => {
  it.each([
    ['Geht klar. Zahlen Sie 35 € per Überweisung, die IBAN sende ich Ihnen gleich.', 'Kann ich per Überweisung zahlen?'],
    ['Certo, può pagare con bonifico sull\'IBAN che le invio subito.', 'Posso pagare con bonifico?'],
    ['承知しました。振込先の口座をご案内いたしますので、ご入金をお願いします。', '銀行振込はできますか？'],
    ['Claro, le envío el IBAN y nos hace la transferencia.', '¿Puedo pagar por transferencia?'],
    ['Oui, je vous envoie le RIB et vous faites le virement.', 'Je peux payer par virement ?'],
    ['Sure, I will send you the IBAN and you can wire the money.', 'Can I pay by bank transfer?'],
  ])('%s -> offplatform, no personal_data', (text, buyer) => {
    const found = rules(text, buyer);
    expect(found).toContain('offplatform');
    expect(found).not.toContain('personal_data');
  });

  it.each([
    'Bitte senden Sie uns Ihre IBAN für die Erstattung.',
    'Please send us your IBAN for the refund.',
    'We will transfer the refund to the IBAN you send us.',
    'Schicken Sie mir die IBAN, ich überweise Ihnen das Geld.',
    '返金のため、振込先をお知らせください。',
    'Mi manda le sue coordinate bancarie per il rimborso?',
  ])("%s -> the buyer's account asked: personal_data", (text) => expect(rules(text)).toContain('personal_data'));
});

describe('s22 fa: a "no problem" opener is no refusal of a contact ask', () => {
  it.each([
    'Pas de problème, donnez-moi votre numéro de portable et je vous rappelle ce soir.',
    'Kein Problem, nennen Sie mir Ihre Handynummer, dann melde ich mich telefonisch.',
    'No worries, send me your mobile number and I will call you back.',
    'Nessun problema, mi lasci il suo numero di cellulare e la richiamo.',
    'Sem problema, me passa seu número de celular que eu te ligo.',
    'Ningún problema, déjeme su número de móvil y le llamo.',
  ])('%s -> offplatform + personal_data', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data'])));

  it.each([
    'No problem, we do not need your phone number.',
    'Pas de souci, nous n\'avons pas besoin de votre numéro de portable.',
  ])('%s -> a real refusal after it stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe("s22 fa: the call promised to a buyer who asked to be phoned", () => {
  it.each([
    ['In Ordnung, wir rufen Sie heute um 15 Uhr zurück.', 'Rufen Sie mich bitte zurück: 0170 5550123.'],
    ['Erledige ich: Ich rufe Sie gleich morgen früh an.', 'Rufen Sie mich bitte an, die Nummer haben Sie ja.'],
    ['Entendu, je vous appelle demain vers 10 h.', 'Appelez-moi au 06 12 34 56 78, ce sera plus simple.'],
    ['Pode deixar, te ligo amanhã cedo.', 'Me liga no (21) 99876-5432, é mais fácil.'],
  ])('%s -> offplatform', (text, buyer) => expect(rules(text, buyer)).toContain('offplatform'));

  it.each([
    ['Je vous rappelle que le retour est gratuit pendant 30 jours.', 'Appelez-moi au 06 12 34 56 78.'],
    ['Wir rufen Sie nicht an, bitte schreiben Sie uns einfach hier.', 'Rufen Sie mich bitte an.'],
  ])('%s -> clean (a reminder; a refusal)', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
});

describe('s22 fa: German refusals with the object put first', () => {
  it.each([
    'Rabattcodes gewähren wir grundsätzlich nicht.',
    'Gutscheine verschicken wir leider keine, der Preis ist für alle gleich.',
    'Einen Newsletter oder Rabattcodes bieten wir derzeit nicht an.',
  ])('%s -> clean', (text) => expect(ruleFindings(text)).toEqual([]));

  it.each([
    'Rabattcodes vergeben wir nicht nur an Stammkunden, sondern an alle: Code SPAR10.',
    'Den Rabattcode vergessen wir nicht, Sie erhalten ihn morgen.',
    'Rabattcodes schicken wir Ihnen gerne zu.',
  ])('%s -> marketing', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s22 fa: answers to a discount or a newer-model question', () => {
  it('a discount that would show on the product page by itself is no offer', () => {
    expect(rules('Sorry, we cannot lower the price here; any Amazon promotion on it would appear on the product page on its own.', 'Can I get a discount for two?')).toEqual([]);
  });
  it('a promotion pushed beside it still is', () => {
    expect(rules('Our spring promotion will show up on the product page next week - grab it!', 'Any discount for two?')).toContain('marketing');
  });
  it.each(['お手持ちのKZ-20がすでに最新モデルです。', 'ご購入いただいたモデルが最新モデルとなっております。'])("%s -> the buyer's own model is the newest: clean", (text) =>
    expect(rules(text, '新しいモデルは出ていますか？')).toEqual([]));
  it('a newest model announced still is marketing', () => expect(rules('最新モデルのKZ-30が発売されました。')).toContain('marketing'));
});

describe('s22 fa: identity data asked is personal data, not a channel', () => {
  it.each([
    'Bitte senden Sie uns Ihr Geburtsdatum und eine Ausweiskopie für die Garantieregistrierung.',
    'Please send us your date of birth and a copy of your passport so we can register the warranty.',
  ])('%s -> personal_data only', (text) => expect(rules(text)).toEqual(['personal_data']));
});
