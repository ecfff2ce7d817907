// Review-ask and leading errors of the s20 blind batch j (and g en-015), each fixed by its cause and written here in other
// words, with variants in the other languages the rule serves and near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
const all = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('something the seller did, to be weighed in the buyer rating (conditioned-ask.ts weighedAsks)', () => {
  it.each([
    "We've paid back the postage and hope you'll bear that in mind when you rate us.",
    'Wir haben Ihnen die Versandkosten erstattet - vielleicht berücksichtigen Sie das ja bei Ihrer Bewertung.',
    'Als Ausgleich gab es 10 € zurück; hoffentlich stimmt Sie das bei Ihrer Bewertung etwas gnädiger.',
    'Nous vous avons remboursé la livraison ; nous espérons que vous en tiendrez compte en nous notant.',
    'Le hemos devuelto los gastos de envío; ojalá lo tenga en cuenta cuando nos valore.',
    'Le abbiamo restituito le spese di spedizione: speriamo che ne tenga conto quando ci valuterà.',
    'Devolvemos o valor do frete e esperamos que leve isso em conta ao nos avaliar.',
    '配送の遅れについて送料を返金いたしました。レビューの際にご勘案いただけますと幸いです。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });

  it('is leading only when the weighing goes into a change of the review', () => {
    expect(rules('We refunded you in full. We hope you take it into account and update your review.')).toEqual(['leading']);
    expect(rules("If you're happy now, could you please adjust your review to reflect it?")).toEqual(['leading']);
  });

  it.each([
    // the seller weighs the feedback, a rule stated with "that", a sum shown on a statement, a waived weighing
    'Please leave a review; we will take it into account for future products.',
    'Ten en cuenta que las valoraciones de la ficha las gestiona Amazon.',
    'Note that this is reflected in the star rating shown on the listing.',
    'The refund will be reflected in your account within 3 days.',
    'Lo tendremos en cuenta para el próximo envío.',
    'いただいたご意見は今後の商品改善に反映させていただきます。',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});

describe('"now that" the item is in place or in use, before a review ask (conditioned-ask.ts IN_USE)', () => {
  it.each([
    'Now that the shelf is up and running in your hallway, how many stars would you give it?',
    "Maintenant que l'étagère est installée, combien d'étoiles lui donneriez-vous ? Dites-le sur Amazon !",
    'Ahora que la lámpara está en su sitio, ¿cuántas estrellas le daría? ¡Cuéntelo en Amazon!',
    'Adesso che la mensola è montata, ci piacerebbe leggere la sua recensione su Amazon.',
    'Agora que a cortina está no lugar, adoraríamos ver sua avaliação na Amazon.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });

  it('stays a plain ask after time passed, and clean with no ask', () => {
    expect(rules('Ora che ha avuto qualche settimana per provarlo, che voto darebbe al tostapane? Può dirlo nella sezione recensioni.')).toEqual(['review_request']);
    expect(rules('Now that the shelf is mounted, please check the screws again after a week.')).toEqual([]);
    expect(rules('Ora che il tappeto è al suo posto, le consigliamo di passarci l’aspirapolvere una volta a settimana.')).toEqual([]);
  });
});

describe("the seller's gladness about a fix the buyer reported is no assumed satisfaction (en lexicon)", () => {
  it('a plain ask after "glad it fixed it" is review_request only', () => {
    expect(rules('Hi Tom, so glad the new seal fixed it. Would you leave us a short review when you have time?')).toEqual(['review_request']);
    expect(rules('Happy to hear the replacement solved the problem! Could you leave a review on Amazon?')).toEqual(['review_request']);
  });

  it('still flags the fix given as the reason, or weighed in the rating', () => {
    expect(rules('Since the new seal fixed it, a review would help us a lot.')).toEqual(['leading', 'review_request']);
    expect(rules('Glad the new seal fixed it! Would you mind reflecting that in your rating?')).toEqual(['leading', 'review_request']);
  });
});

describe('a reward for telling on Amazon what one thought, or for a review by a gerund (review-incentive.ts)', () => {
  it.each([
    'Tell us on Amazon what you thought of the kettle and we will post you a spare set of filters.',
    'Si nos dices en Amazon qué te ha parecido el cojín, te regalamos una funda.',
    'Wenn Sie uns auf Amazon erzählen, wie Ihnen die Mühle gefällt, schicken wir Ihnen ein Geschenk.',
    'Si vous nous dites sur Amazon ce que vous en pensez, nous vous offrons un cadeau.',
    'Se ci racconta su Amazon cosa ne pensa, le regaliamo una custodia.',
    'Se nos contar na Amazon o que achou, mandamos um brinde.',
    'Scrivendo un breve parere sulla scheda, la garanzia passa da due a tre anni.',
    'By leaving a review you get 24 months of warranty instead of 12.',
    'Dejando su reseña en Amazon, le regalamos una funda.',
    'Once your review is live, message us the number on the card and we will ship you an extra pack of pads free of charge.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it.each([
    // no public place, no reward, a review that is free to write
    'Si nos dice qué le ha parecido, le enviamos el reembolso hoy mismo.',
    'Se nos contar o que achou do atendimento, ficamos felizes.',
    'Leaving a review is free and only takes a minute.',
  ])('no incentive: %s', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});

describe('a card, code or scan that leads to the review form (survey-ask.ts)', () => {
  it.each([
    'Im Karton finden Sie eine kleine Karte mit Code. Darüber kommen Sie direkt zur Bewertungsseite bei Amazon.',
    'Dans le colis, une carte : en la scannant, vous arrivez directement sur la page des avis Amazon.',
    'Dentro de la caja hay una tarjeta; al escanearla llegas directo a la sección de opiniones de Amazon.',
    'Nel pacco trova un biglietto: inquadrandolo arriva subito alla pagina delle recensioni su Amazon.',
    'The insert in your box has a code - scan it and you get straight to the review form on Amazon.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('review_request');
  });

  it.each([
    'Auf der Karte im Paket finden Sie einen QR-Code, der Sie zur Bedienungsanleitung führt.',
    'Scan the code on the card to read the reviews other buyers wrote.',
    'La tarjeta de garantía está dentro de la caja; si la escaneas te lleva al manual.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("Amazon's seller-rating place named, then \"there you can give us feedback\" (German, review-appeal.ts)", () => {
  it('asks', () => {
    expect(rules('In Ihren Bestellungen gibt es den Button „Verkäufer bewerten“. Dort können Sie uns in wenigen Sekunden Rückmeldung zum Versand geben.')).toEqual(['review_request']);
    expect(rules('Über den Punkt „Verkäufer bewerten“ können Sie uns Ihren Eindruck von der Verpackung mitteilen.')).toEqual(['review_request']);
  });

  it('stays clean as a service reply, or as an answer to a buyer who asked where to rate', () => {
    expect(rules('Sie können uns jederzeit Rückmeldung geben, falls das Ersatzteil nicht passt.')).toEqual([]);
    expect(
      rules('Gern: Unter „Meine Bestellungen“ bei der Bestellung auf „Verkäufer bewerten“ klicken. Dort können Sie uns Rückmeldung geben.', {
        buyerMessage: 'Wo kann ich Sie als Verkäufer bewerten?',
      }),
    ).toEqual([]);
  });
});

describe("a small shop's plea with the stars, and a star's worth to the seller (review-ask-romance.ts, review-nudge.ts)", () => {
  it('an adverb inside "makes the difference" keeps the appeal', () => {
    expect(rules('Siamo un piccolo laboratorio di famiglia e ogni stellina fa proprio la differenza. Grazie se vorrà darci una mano!')).toEqual(['leading', 'review_request']);
    expect(rules('Somos un pequeño taller y cada estrella marca de verdad la diferencia. ¡Gracias si nos ayudas!')).toEqual(['leading', 'review_request']);
    expect(rules('Nous sommes un petit atelier et chaque étoile fait vraiment la différence. Merci si vous nous aidez !')).toEqual(['leading', 'review_request']);
  });

  it.each([
    'For us every little star makes the difference. Thank you if you can help!',
    'Für uns macht jedes Sternchen den Unterschied. Danke, wenn Sie uns helfen!',
    'Per noi ogni stellina fa davvero la differenza. Grazie di cuore!',
    'Pra gente cada estrelinha faz toda a diferença. Obrigado se puder ajudar!',
  ])('a star worth the difference to the seller asks: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });

  it('stays clean for a product detail that makes the difference', () => {
    expect(rules('The thick cotton makes all the difference for us in winter.')).toEqual([]);
    expect(rules('Siamo una piccola bottega: la differenza la fa il legno di ulivo.')).toEqual([]);
  });
});

describe('has the buyer written the review yet? (Japanese, review-appeal.ts)', () => {
  it('asks', () => {
    expect(rules('先日お届けしたケトルについて、もうご感想はお書きいただけましたでしょうか。')).toEqual(['review_request']);
    expect(rules('レビューはすでに投稿されましたか？')).toEqual(['review_request']);
    expect(rules('もう評価はお済みでしょうか。', { reviewAlreadyRequested: true })).toEqual(['review_channel', 'review_request']);
  });

  it('stays clean for a parcel, a review read or changed', () => {
    expect(rules('もう商品はお受け取りいただけましたでしょうか。')).toEqual([]);
    expect(rules('レビューはもうご覧いただけましたでしょうか。')).toEqual([]);
  });
});

describe("the sentence after an ask to change a review (model/index.ts)", () => {
  it('a reason with no review word is no new ask', () => {
    expect(all('Ora che il rimborso è arrivato, potrebbe togliere la recensione negativa? Ci aiuterebbe moltissimo.')).toEqual(['leading']);
    expect(all('Votre remboursement est fait. Pourriez-vous supprimer votre avis négatif ? Cela nous rendrait service.')).toEqual(['leading']);
  });
});
