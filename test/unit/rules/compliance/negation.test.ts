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

  it('a channel the carrier uses, named right after the phrase ("ricevuto via SMS da BRT"), is no invitation', () => {
    expect(rules('Porti con sé il codice di ritiro ricevuto via SMS da BRT.')).not.toContain('offplatform');
    expect(rules('Le mando il codice via SMS dal mio cellulare.')).toContain('offplatform');
    // "da/de Amazon" names no carrier: paying outside the Amazon order stays an invitation
    expect(rules('Si lo prefiere, le pasamos los datos para pagar por Bizum y anulamos el pedido de Amazon.')).toContain('offplatform');
  });

  it('English "no" before a noun after "there was / we have" denies it ("there was no coupon involved")', () => {
    expect(rules('Your order qualified for free shipping because it was over $35; there was no coupon involved.')).not.toContain('marketing');
    expect(rules('Use coupon SAVE10 for 10% off your next order, no minimum.')).toContain('marketing');
  });

  it('the seller saying it cannot change or remove the buyer\'s review is the answer to a buyer who asks, not leading', () => {
    const ask = 'Can you delete my review? I clicked 1 star by mistake.';
    const lead = (text: string) => checkMessage(text, { buyerMessage: ask }).map((f) => f.rule).filter((r) => r === 'leading');
    expect(lead("Hi Sara, we can't change or remove your review - only Amazon or you can do that.")).toEqual([]);
    expect(lead('Bonjour, nous ne pouvons pas modifier votre avis, seul Amazon ou vous-même le pouvez.')).toEqual([]);
    expect(lead('Hola, no podemos modificar su opinión; solo Amazon o usted mismo pueden hacerlo.')).toEqual([]);
    expect(lead('Ciao, non possiamo modificare la sua recensione: solo Amazon o lei stesso potete farlo.')).toEqual([]);
    expect(lead('Olá, não podemos alterar a sua avaliação; só a Amazon ou você mesmo podem fazer isso.')).toEqual([]);
    // "but you can …" turns it into the ask; a question to the buyer is one
    expect(lead("We can't change your review, but you can update it to 5 stars yourself.")).not.toEqual([]);
    expect(lead("Can't you change your review to 5 stars?")).not.toEqual([]);
  });

  it('German "… kennen/haben wir nicht" after the phrase denies it', () => {
    expect(rules('Den Newsletter des Herstellers kennen wir nicht; wir helfen Ihnen hier zu Ihrer Bestellung.')).not.toContain('marketing');
    expect(rules('Abonnieren Sie unseren Newsletter für neue Angebote.')).toContain('marketing');
  });

  it('a carrier that writes or calls in the present tense, or its own number in Japanese, is a third party', () => {
    expect(rules('Hallo, der Fahrer von DPD schickt Ihnen eine WhatsApp-Nachricht mit dem Zeitfenster.')).not.toContain('offplatform');
    expect(rules('配送業者の不在票に記載のフリーダイヤルから再配達をご依頼いただけます。')).not.toContain('offplatform');
    expect(rules('Unsere Fahrer schicken Ihnen gern unsere WhatsApp-Nummer, schreiben Sie uns dort.')).toContain('offplatform');
    expect(rules('当店のフリーダイヤルまでお電話ください。')).toContain('offplatform');
  });

  it('"we don\'t need your email" and "el fabricante no tiene … por WhatsApp" refuse; "no need to …" and "no tiene que …" do not', () => {
    expect(rules("Hi, we don't need your email or phone number - the order number is enough.")).not.toContain('personal_data');
    expect(rules('Hola Marta, el fabricante no tiene servicio técnico por WhatsApp; lo gestionamos nosotros aquí.')).not.toContain('offplatform');
    expect(rules('No need to wait, just email us at help@shop.com.')).toContain('offplatform');
    expect(rules('No tiene que pasar por Amazon para escribirnos por WhatsApp.')).toContain('offplatform');
  });
});

describe('German separable refusals and a messenger brand mark (s11 dev false alarms)', () => {
  it('"bieten wir nicht an" refuses; "bieten wir gerne an" does not', () => {
    expect(offplatform('Einen WhatsApp-Support bieten wir nicht an; bitte nutzen Sie weiterhin die Amazon-Nachrichten.', 'de')).toEqual([]);
    expect(offplatform('Einen WhatsApp-Support bieten wir gerne an, schreiben Sie uns.', 'de')).not.toEqual([]);
  });
  it('the WhatsApp logo on the box is a thing, not a channel', () => {
    expect(offplatform("The WhatsApp logo printed on the box is from the manufacturer's old packaging; please ignore it.", 'en')).toEqual([]);
    expect(offplatform('Message us on WhatsApp for faster help.', 'en')).not.toEqual([]);
  });
});
