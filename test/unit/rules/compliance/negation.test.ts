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

describe('s11 false alarms: guards of check.ts', () => {
  const rules = (text: string, buyerMessage?: string) => checkMessage(text, { buyerMessage }).map((f) => f.rule);

  it('a messenger named as the notifications a device shows is a product feature, not a channel', () => {
    expect(rules('The watch shows notifications from any app you allow in the companion app, including WhatsApp and Signal.')).not.toContain('offplatform');
    expect(rules('Die Uhr zeigt Benachrichtigungen aller Apps an, die Sie freigeben, also auch WhatsApp oder Signal.')).not.toContain('offplatform');
    expect(rules('El reloj muestra las notificaciones de todas las apps que autorice, también WhatsApp o Telegram.')).not.toContain('offplatform');
    // a channel to the seller is still one, also next to notifications
    expect(rules('We send shipping notifications via WhatsApp, message us there.')).toContain('offplatform');
    expect(rules('Turn on notifications and write to us on WhatsApp.')).toContain('offplatform');
  });

  it('Japanese "… は運営しておりません / 行っておりません" denies the shop or newsletter it names', () => {
    expect(rules('当店はAmazonでのみ販売しており、自社の通販サイトは運営しておりません。')).not.toContain('offplatform');
    expect(rules('当店ではメールマガジンなどのお知らせは行っておりません。')).not.toContain('marketing');
    expect(rules('自社サイトの方がお安く購入できます。')).toContain('offplatform');
    expect(rules('メールマガジンにご登録いただくと最新情報をお届けします。')).toContain('marketing');
  });

  it('thanks for a review the buyer wrote is no ask; thanks in advance, a polite imperative or a reward still are', () => {
    expect(rules('Vielen Dank für Ihre ausführliche Rezension zur Kaffeemühle – Ihr Hinweis zum Mahlgrad hilft uns beim Überarbeiten der Anleitung.')).not.toContain('review_request');
    expect(rules('Muito obrigado por escrever uma avaliação tão detalhada do moedor.')).not.toContain('review_request');
    expect(rules('Si vous êtes satisfait, merci de nous laisser un avis 5 étoiles !')).toContain('review_request');
    expect(rules("As a thank you for your review, we'll extend your warranty to 24 months.")).toContain('review_request');
    expect(rules('Obrigado por deixar uma avaliação quando puder!')).toContain('review_request');
    // thanks for the purchase "and" a review: the review is still to come
    expect(rules('Thank you for your purchase and a quick review would help us a lot.')).toContain('review_request');
    expect(rules('Obrigado pela compra e uma avaliação nos ajudaria muito.')).toContain('review_request');
  });
});
