// Sentence guards from the s11 blind batch of compliant replies (rules/compliance/context-guards.ts and
// their use in check.ts): each clears the reply it was written for, in the languages it was seen in,
// and leaves the violation next to it flagged.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { amazonsOwnMail, refusedAsList, requiredByThirdParty } from '../../../../rules/compliance/context-guards';
import type { CheckOptions } from '../../../../rules/compliance/types';

const rules = (text: string, options: CheckOptions = {}) => [...new Set(checkMessage(text, options).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
const at = (t: string, phrase: string) => ({ start: t.indexOf(phrase), end: t.indexOf(phrase) + phrase.length });

describe('a refusal reaches every item of its list', () => {
  it('clears the last items of "never ask for ..., ... or ..."', () => {
    const en = 'to be clear: we will never ask for your phone number, card details or amazon password.';
    expect(refusedAsList(en, at(en, 'password'))).toBe(true);
    expect(rules('To be clear: we will never ask for your phone number, card details or Amazon password.')).toEqual([]);
    expect(rules('Le recordamos que nunca le pediremos su número de teléfono, sus datos bancarios ni su contraseña de Amazon.')).toEqual([]);
    expect(rules('Le ricordiamo che non le chiederemo mai il numero di telefono, i dati della carta o la password di Amazon.')).toEqual([]);
  });

  it('not a new request after the list, nor a sentence with no refusal to ask', () => {
    const t = 'we never ask twice, please send us your bank details.';
    expect(refusedAsList(t, at(t, 'bank details'))).toBe(false);
    expect(rules('We will never ask for much: please send us your card details and password.')).toContain('personal_data');
    expect(rules('Please send us your card details and your Amazon password.')).toContain('personal_data');
  });
});

describe("Amazon's own review mail", () => {
  it('explaining where the review e-mail came from is no ask (en, de, ja)', () => {
    expect(amazonsOwnMail(() => 'that email came from amazon itself - it\'s their automatic "request a review" message.', 'why do i get review emails?')).toBe(true);
    const buyerMessage = 'Why do I get review emails?';
    expect(rules('That email came from Amazon itself - it\'s their automatic "Request a Review" message that goes out on many orders.', { buyerMessage })).toEqual([]);
    expect(rules('Die E-Mail mit der Bitte um eine Bewertung kam direkt von Amazon (Funktion "Bewertung anfordern"), nicht von uns persönlich.', { buyerMessage: 'Warum bekomme ich Mails wegen Bewertung?' })).toEqual([]);
    expect(rules('レビューをお願いするメールは、Amazonの「レビューをリクエストする」機能から自動で送信されているもので、ご返信いただく必要はございません。', { buyerMessage: 'レビュー依頼のメールが来るのはなぜですか?' })).toEqual([]);
  });

  it("an ask of the seller's own next to Amazon's mail stays; so does the mail announced to a buyer who did not ask", () => {
    expect(rules('Die E-Mail mit der Bitte um eine Bewertung kam direkt von Amazon (Funktion "Bewertung anfordern").')).toContain('review_request');
    expect(amazonsOwnMail(() => 'you will get an e-mail sent by amazon: please leave us a 5-star review there.', 'why do i get review emails?')).toBe(false);
    expect(rules('You will get an e-mail sent by Amazon: please leave us a 5-star review there.')).toContain('review_request');
    expect(rules("Riceverà un'e-mail inviata da Amazon: la preghiamo di lasciarci una recensione.", { buyerMessage: 'Perché ricevo e-mail di recensione?' })).toContain('review_request');
  });
});

describe('thanks for a review the buyer wrote', () => {
  it('clears the review phrase right after the thanks', () => {
    expect(rules('Ciao Martina, grazie di cuore per la bella recensione che hai lasciato sulla lampada!')).toEqual([]);
  });

  it('not thanks in advance, nor thanks for leaving one', () => {
    expect(rules('Grazie in anticipo per la bella recensione!')).not.toEqual([]);
    expect(rules('Grazie di cuore per la bella recensione che ci lascerà sulla pagina del prodotto!')).not.toEqual([]);
  });
});

describe('carriers and pickup points', () => {
  it('a carrier that will phone, named before its verb (de) or in the sentence before (fr)', () => {
    expect(rules('Da die Lieferung per Spedition erfolgt, wird sich die Spedition Hellmann in den nächsten Tagen telefonisch oder per E-Mail bei Ihnen melden.')).toEqual([]);
    expect(rules("Votre canapé sera livré par un transporteur spécialisé. Celui-ci vous contactera par SMS ou par téléphone 48 h avant la livraison.")).toEqual([]);
  });

  it('a pronoun with no carrier before it is the seller', () => {
    expect(rules('Votre canapé est prêt. Il vous suffit de nous écrire sur WhatsApp au 06 12 34 56 78.')).toContain('offplatform');
  });

  it("a pickup point's number and its ID check are no phone and no data ask", () => {
    expect(requiredByThirdParty("une pièce d'identité vous sera demandée au retrait.")).toBe(true);
    expect(rules('Votre colis est arrivé au point relais « Tabac de la Gare » (Mondial Relay), numéro 24-5589-01. Il y restera 10 jours ; une pièce d\'identité vous sera demandée au retrait.')).toEqual([]);
    expect(rules("Envoyez-nous une copie de votre pièce d'identité.")).toContain('personal_data');
  });
});

describe('marketing words that explain the price or answer the buyer', () => {
  it("Amazon's Subscribe & Save discount explained", () => {
    expect(rules('Der niedrigere Preis ergibt sich aus Ihrem Spar-Abo-Rabatt (5 %, bzw. 15 % ab fünf Abo-Artikeln pro Lieferung).')).toEqual([]);
    expect(rules('Il prezzo più basso dipende dal suo sconto Iscriviti e risparmia (5 %, 15 % con cinque o più iscrizioni).')).toEqual([]);
  });

  it('a past tense after "nous avons aussi" tells what was done', () => {
    expect(rules('Nous avons aussi supprimé la seconde commande passée par erreur ; aucun débit ne sera effectué.')).toEqual([]);
    expect(rules('Nous avons aussi des coussins assortis à -20 %.')).toContain('marketing');
  });
});
