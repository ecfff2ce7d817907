// The shared negation guard of the lexicons (lexicon/shared.ts NOT_NEGATED) reads whole words: a
// negation after the phrase clears it, a word that merely starts like one does not.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const offplatform = (text: string, lang: string) => checkMessage(text, { languages: [lang] }).filter((f) => f.rule === 'offplatform');

describe('negation after the phrase', () => {
  it('clears the phrase when the negation is a word of its own', () => {
    expect(offplatform('Außerhalb von Amazon ist das nicht möglich.', 'de')).toEqual([]);
    expect(offplatform('Zahlungen außerhalb von Amazon nehmen wir nie an.', 'de')).toEqual([]);
  });

  it('clears it with an adverb inside the refusal ("n\'est malheureusement pas possible")', () => {
    expect(offplatform("Un paiement par virement en dehors d'Amazon n'est malheureusement pas possible.", 'fr')).toEqual([]);
    expect(offplatform("Le paiement par virement en dehors d'Amazon n'est plus possible.", 'fr')).toEqual([]);
    expect(offplatform('A payment by bank transfer outside Amazon is unfortunately not possible.', 'en')).toEqual([]);
    expect(offplatform('Un pagamento con PayPal fuori da Amazon non è purtroppo possibile.', 'it')).toEqual([]);
    // "normally not allowed, but for you..." announces the exception
    expect(offplatform("Le paiement par PayPal n'est normalement pas autorisé, mais pour vous on peut le faire.", 'fr')).not.toEqual([]);
    // a "possible" without the refusal is still an invitation
    expect(offplatform("Paiement par virement en dehors d'Amazon possible, écrivez-nous.", 'fr')).not.toEqual([]);
  });

  it('does not clear it for a word that only starts like a negation ("niedriger", "Nichtraucher")', () => {
    expect(offplatform('Kaufen Sie außerhalb von Amazon, dort ist der Preis niedriger.', 'de')).not.toEqual([]);
    expect(offplatform('Bestellen Sie außerhalb von Amazon bei uns, Nichtraucherhaushalt.', 'de')).not.toEqual([]);
  });
});

describe('negation before the phrase, in its clause', () => {
  const rules = (text: string) => checkMessage(text).map((f) => f.rule);

  it('reads an elided "n\'" and "ni … ni" / "weder … noch" as a refusal', () => {
    expect(rules("Nous n'utilisons ni WhatsApp ni e-mail externe : écrivez-nous ici sur Amazon.")).not.toContain('offplatform');
    expect(rules('Wir haben weder WhatsApp noch Facebook für den Support.')).not.toContain('offplatform');
  });

  it('not a "pas" or "nicht" that invites ("n\'hésitez pas à", "zögern Sie nicht")', () => {
    expect(rules("N'hésitez pas à nous contacter sur WhatsApp.")).toContain('offplatform');
    expect(rules("N'oubliez pas de nous écrire sur WhatsApp.")).toContain('offplatform');
    expect(rules('Zögern Sie nicht, uns auf WhatsApp zu schreiben.')).toContain('offplatform');
    expect(rules("Nous n'avons pas de WhatsApp.")).not.toContain('offplatform');
  });

  it('French "ne" only with its second half; the Italian pronoun "ne" is no refusal', () => {
    expect(rules('Nous ne proposons plus de ligne WhatsApp.')).not.toContain('offplatform');
    expect(rules('Nous ne vous demanderons jamais votre adresse e-mail personnelle.')).not.toContain('personal_data');
    expect(rules('Ne approfitti per scoprire la nuova linea di cover appena arrivata!')).toContain('marketing');
    expect(rules('Se ne vuole un altro, ci scriva su WhatsApp.')).toContain('offplatform');
  });

  it('"antes de lo previsto" is a delivery date, not "before reviewing"', () => {
    expect(rules('Ya que el envío llegó antes de lo previsto, quizá quiera reflejarlo en su calificación.')).toContain('review_request');
  });
});

describe('spelled e-mail signs', () => {
  it('"arobase" is the French @', () => {
    expect(checkMessage('Contactez-nous sur contact arobase atelierbleu point fr pour une réponse rapide.').map((f) => f.rule)).toContain('email');
  });
});
