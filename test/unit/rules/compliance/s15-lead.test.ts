// Session 15 (leading/review_request helper): review asks without an ask verb, read by structure in the seven
// languages - social proof with curiosity about the buyer's verdict, "why not tell the other buyers?" after an
// assumed liking, a review's worth to the seller (leading with a small-team story), a reward given after or for
// a review, "if all went well", contact-first "before you write anything", thanks for having rated after Request a
// Review. Every case is a sentence of our own (not a corpus row), with the compliant near-misses each fix must
// leave alone.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { normalize } from '../../../../rules/compliance/normalize';
import { NUDGE_KINDS, reviewNudges } from '../../../../rules/compliance/detectors/review-nudge';

type Opts = Parameters<typeof checkMessage>[1];
const rules = (text: string, options?: Opts) =>
  [...new Set(checkMessage(text, options).filter((f) => f.severity === 'block').map((f) => f.rule))].sort();

describe('review-nudge.ts: each kind flags its examples and leaves its near-misses', () => {
  for (const kind of NUDGE_KINDS) {
    it.each(kind.match.map((m) => [m]))(`${kind.id} flags %s`, (text) => {
      const found = reviewNudges(normalize(text).text).filter((s) => s.entry?.endsWith(kind.id));
      expect([...new Set(found.map((s) => s.rule))].sort()).toEqual([...kind.rules].sort());
    });
    it.each(kind.not.map((m) => [m]))(`${kind.id} leaves %s`, (text) => {
      expect(reviewNudges(normalize(text).text)).toEqual([]);
    });
  }
});

describe('s15-lead asks are found', () => {
  it.each([
    // social proof + curiosity about the buyer's verdict
    ['most buyers top-rate it, curious about yours (en)', 'Most buyers of the trail lamp give it full marks - really curious to hear where you come down.', ['leading', 'review_request']],
    ['nine of ten, then "we wonder" in the next sentence (en)', 'Nine out of ten owners rate the press five stars. We wonder what you will make of it!', ['leading', 'review_request']],
    ['die Mehrheit, gespannt (de)', 'Die große Mehrheit unserer Käufer gibt dem Grill fünf Sterne - wir sind schon neugierig auf Ihr Urteil.', ['leading', 'review_request']],
    ['la majorité, curieux (fr)', 'La grande majorité des acheteurs donnent cinq étoiles à cette bouilloire : nous sommes curieux de connaître votre verdict.', ['leading', 'review_request']],
    ['casi todos, nos gustaría saber (es)', 'Casi todos los clientes le dan cinco estrellas a esta plancha; nos gustaría saber si usted opina lo mismo.', ['leading', 'review_request']],
    ['la maggior parte, vorremmo sapere (it)', 'La maggior parte dei clienti dà il punteggio massimo a questo tostapane. Vorremmo sapere se è d\'accordo.', ['leading', 'review_request']],
    ['quase todos, queremos saber (pt)', 'Quase todos que compraram deram cinco estrelas para a chaleira - queremos saber o que você acha.', ['leading', 'review_request']],
    ['大半のお客様, 知りたい (ja)', '大半のお客様から星5の評価をいただいています。お客様のご感想もぜひ知りたいです。', ['leading', 'review_request']],
    // why not tell the other buyers, after an assumed liking
    ['glad you like it, tell others (en)', 'So glad to hear you love the rug! Why not tell other shoppers about it?', ['leading', 'review_request']],
    ['schön, dass, anderen erzählen (de)', 'Schön, dass Ihnen die Tasse gefällt! Warum erzählen Sie es nicht auch anderen Kunden?', ['leading', 'review_request']],
    ['ravis que, pourquoi ne pas (fr)', 'Ravis que la lampe vous plaise ! Pourquoi ne pas le dire aux autres clients ?', ['leading', 'review_request']],
    ['nos alegra que, por qué no (es)', '¡Nos alegra que le guste la sartén! ¿Por qué no se lo cuenta a otros compradores?', ['leading', 'review_request']],
    ['che bello che, perché non (it)', 'Che bello che il cuscino le piaccia! Perché non raccontarlo agli altri acquirenti?', ['leading', 'review_request']],
    ['que ótimo que, que tal (pt)', 'Que ótimo que você gostou da mochila! Que tal contar para outros compradores?', ['leading', 'review_request']],
    // a review's worth to the seller; leading with the small-team story
    ['two friends, every rating a huge help (en)', 'We are just two friends who started in a garage. Every rating is a huge help to us.', ['leading', 'review_request']],
    ['zu zweit, hilft uns enorm (de)', 'Wir sind nur zu zweit. Jede Bewertung hilft uns enorm.', ['leading', 'review_request']],
    ['deux sœurs, compte énormément (fr)', 'Nous sommes deux sœurs passionnées : chaque avis compte énormément pour nous.', ['leading', 'review_request']],
    ['una pareja, nos da la vida (es)', 'Somos una pareja que hace velas a mano. Cada valoración nos da la vida.', ['leading', 'review_request']],
    ['due fratelli, vale oro (it)', 'Siamo due fratelli con un piccolo laboratorio: ogni recensione per noi vale oro.', ['leading', 'review_request']],
    ['um casal, ajuda enorme (pt)', 'Somos um casal que costura tudo à mão. Cada avaliação é uma ajuda enorme para nós.', ['leading', 'review_request']],
    ['夫婦で運営, 励み (ja)', '夫婦二人で運営しているお店です。皆様のレビューが何よりの励みです。', ['leading', 'review_request']],
    ['a review\'s worth without a story is a plain ask (de)', 'Eine Rezension von Ihnen wäre für uns Gold wert.', ['review_request']],
    // a reward after or for a review
    ['after your review we send a voucher (en)', 'After your review goes live we will send you a $10 gift card.', ['leading', 'review_request']],
    ['nach Ihrer Bewertung erstatten wir (de)', 'Nach Ihrer Bewertung erstatten wir Ihnen 5 € des Kaufpreises.', ['leading', 'review_request']],
    ['après votre avis, nous vous offrons (fr)', 'Après votre avis sur Amazon, nous vous offrons un filtre gratuit.', ['leading', 'review_request']],
    ['tras su reseña, le devolvemos (es)', 'Tras su reseña le devolvemos 10 € del precio.', ['leading', 'review_request']],
    ['valutando, le rimborsiamo (it)', 'Valutando il prodotto con una foto, le rimborsiamo 5 euro.', ['leading', 'review_request']],
    ['a gift sent after the rating (pt)', 'Enviamos um brinde depois da sua avaliação com foto.', ['leading', 'review_request']],
    ['レビュー投稿のお客様にギフト券 (ja)', 'レビューを書いていただいたお客様には、Amazonギフト券500円分をお送りしています。', ['leading', 'review_request']],
    // conditioned on all having gone well
    ['se tutto è andato bene (it)', 'Se tutto è andato bene, ci farebbe piacere una sua recensione.', ['leading', 'review_request']],
    ['se tudo correu bem (pt)', 'Se tudo correu bem, deixe sua avaliação na Amazon.', ['leading', 'review_request']],
    ['wenn alles gut geklappt hat (de)', 'Wenn alles gut geklappt hat, freuen wir uns über Ihre Bewertung.', ['leading', 'review_request']],
    // contact-first next to a feedback wish
    ['feedback wish, then "before you post anything" (en)', 'We would love your feedback on the tent, but if a pole is bent, contact us first so we can sort it before you post anything.', ['leading', 'review_request']],
  ])('%s', (_name, text, expected) => {
    expect(rules(text)).toEqual(expected);
  });
});

describe('s15-lead: thanks for having rated is review wording once Request a Review was used', () => {
  it.each([
    ['en', 'Thanks for rating the blender so quickly!'],
    ['de', 'Herzlichen Dank, dass Sie die Pfanne bewertet haben.'],
    ['fr', "Merci d'avoir évalué la théière !"],
    ['es', 'Gracias por haber puntuado la manta.'],
    ['it', 'Grazie per aver recensito il tostapane!'],
    ['pt', 'Obrigada por ter avaliado a cafeteira!'],
  ])('%s: %s', (lang, text) => {
    expect(rules(text, { uiLanguage: lang as 'en', reviewAlreadyRequested: true })).toContain('review_channel');
    // without Request a Review, thanks for a review given is compliant
    expect(rules(text, { uiLanguage: lang as 'en' })).toEqual([]);
  });
});

describe('s15-lead near-misses stay clean', () => {
  it.each([
    ['a majority states a fit (en)', 'Most customers find the jacket runs small, so order a size up.'],
    ['a majority states a fit (de)', 'Die meisten Kunden finden, dass die Schuhe klein ausfallen.'],
    ['a majority states a fit (fr)', 'La plupart des clients trouvent que ce pull taille petit.'],
    ['a majority states a fit (ja)', 'ほとんどのお客様が一つ大きいサイズを選ばれています。'],
    ['curiosity about the fit, no ratings (it)', 'Siamo curiosi di sapere se il nuovo coperchio si adatta alla sua pentola.'],
    ['a small team explains a delay (en)', "We're a small team, so replies can take a day - thanks for bearing with us."],
    ['a small team explains a delay (es)', 'Somos un equipo pequeño, así que a veces tardamos un día en responder.'],
    ['a small team explains a delay (pt)', 'Somos só duas pessoas na loja, então a resposta pode levar um dia.'],
    ['a voucher already applied (en)', 'The voucher was already applied at checkout, so the discount is in your total.'],
    ['a voucher already applied (it)', 'Il buono sconto è già stato applicato al suo ordine.'],
    ['a refund after the return (de)', 'Nach Eingang Ihrer Rücksendung erstatten wir Ihnen den vollen Betrag.'],
    ['a refund after the return (es)', 'Tras recibir la devolución le devolvemos el importe completo.'],
    ['thanks for a review given, no Request a Review (en)', 'Thank you for the lovely review you left last week!'],
    ['thanks for a review given, no Request a Review (fr)', "Merci d'avoir pris le temps de noter la bouilloire, cela nous a fait plaisir."],
    ['a review the seller answers with a refund (pt)', 'Vimos sua avaliação e já devolvemos o valor do frete.'],
    ['telling others in a group about a delivery (es)', '¿Podría decirles a los otros compradores de su oficina que la entrega pasa al lunes?'],
    ['telling others in a group about a delivery (it)', 'Potrebbe dire agli altri clienti del gruppo che la consegna slitta a lunedì?'],
    ['glad it arrived, a neutral ask (pt)', 'Que bom que chegou tudo certo! Uma avaliação ajudaria outros compradores.'],
    ['other shoppers helped, no plea (en)', 'Reviews are a huge help to other shoppers picking a size.'],
  ])('%s', (_name, text) => {
    const r = rules(text);
    expect(r.filter((x) => x === 'leading')).toEqual([]);
    if (!/neutral ask/.test(_name)) expect(r).toEqual([]);
  });
});

describe('s15-lead review fixes: false alarms of the new structures stay clean', () => {
  // a "tell" aimed at the seller, or "the others" that are items or housemates, is a question to us, not a telling of the buyers
  it.each([
    ['Please let us know whether the others in the pack work.'],
    ['Could you tell us if the others have the same crack?'],
    ['Könnten Sie uns sagen, ob auch die anderen Käufer in Ihrer Firma betroffen sind?'],
    ['Pourriez-vous nous dire si les autres utilisateurs de la maison ont le même souci ?'],
    ['¿Podría decirnos si los otros usuarios de la casa tienen el mismo problema?'],
    ['Você pode nos dizer se os outros usuários da casa têm o mesmo problema?'],
    ['Can you say which of the others is missing from the set?'],
    // paraphrases of our own
    ['Would you let us know if the other owners in your club see the same wobble?'],
    ['Potrebbe dirci se anche gli altri utenti del suo ufficio hanno lo stesso problema?'],
    ['Pouvez-vous nous dire si les autres clients de votre équipe ont reçu leur colis ?'],
  ])('tell us about the others: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  // a couple, two friends, a garage: the buyer's use or the product's storage, not the seller's story
  it.each([
    ['La manta grande es ideal para una pareja. Si lo desea, puede dejar una reseña en Amazon.'],
    ['La couverture est parfaite pour un couple. Si vous le souhaitez, vous pouvez laisser un avis sur Amazon.'],
    ['大きいサイズはご夫婦でお使いいただけます。よろしければレビューをお願いします。'],
    ['Bauen Sie den Schrank am besten zu zweit auf. Wenn Sie möchten, freuen wir uns über eine Bewertung.'],
    ['Ne stockez pas le compresseur dans un garage humide. Si vous le souhaitez, laissez un avis.'],
    ['No guarde el compresor en un garaje húmedo. Si quiere, deje una reseña.'],
    ['The tent sleeps two friends comfortably. If you wish, you can leave a review.'],
    // paraphrases of our own
    ['Il divano è perfetto per una coppia. Se vuole, può lasciare una recensione.'],
    ['O carrinho cabe bem numa garagem pequena. Se quiser, deixe uma avaliação.'],
    ['The bench seats three friends with room to spare. You are welcome to leave a review.'],
  ])('a review ask, not leading: %s', (text) => {
    expect(rules(text)).toEqual(['review_request']);
  });
  it.each([
    ['we are a couple (ja, first person)', '私たちは夫婦で小さな工房をやっています。ぜひレビューをお願いします。'],
    ['we started in our garage (en)', 'We started out in our garage. Would you leave us a review?'],
    ['a couple running the shop (ja)', '夫婦ふたりで切り盛りしている工房です。レビューをいただけると励みになります。'],
    ['wir sind zu zweit (de)', 'Wir sind nur zu zweit. Über eine Bewertung würden wir uns freuen.'],
  ])('the seller\'s own small-team story stays leading: %s', (_name, text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });
  // a review as an assessment of the case, photos or damage, not the buyer's review
  it.each([
    ['After a quick review of your photos, we will send you a free replacement.'],
    ['Following a review of your case, we will send you a free replacement part.'],
    ['Nach einer kurzen Bewertung des Schadens schicken wir Ihnen kostenlos ein neues Gerät.'],
    ['Valorando su caso, le enviaremos un reembolso completo.'],
    ['Avaliando as fotos que você enviou, te devolvemos o valor.'],
    ['Dopo la sua valutazione del danno con il tecnico, le invieremo un buono di 10 euro.'],
    // paraphrases of our own
    ['Après une évaluation du dommage, nous vous enverrons une pièce gratuite.'],
    ['Valutando le foto del guasto, le rimborsiamo la spedizione.'],
  ])('an assessment, no incentive: %s', (text) => {
    expect(rules(text).filter((r) => r === 'leading')).toEqual([]);
    expect(checkMessage(text).filter((f) => f.entry?.endsWith('review-incentive-structure'))).toEqual([]);
  });
  it.each([
    ['Depois da sua avaliação, mandamos um cupom de 10%.'],
    ['Avaliando com foto, te devolvemos R$ 20.'],
    ['Dopo la sua recensione con foto le invieremo un buono sconto.'],
    ['Nach Ihrer Bewertung des Produkts schicken wir Ihnen einen Gutschein.'],
  ])('the buyer\'s review tied to a reward stays found: %s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
  // curiosity that is no ask for the buyer's verdict
  it.each([
    ['Most buyers who gave five stars used the fine grind setting; would you agree to try it before we send a replacement?'],
    ['Die meisten Käufer vergeben fünf Sterne. Wir sind gespannt, was der Techniker findet.'],
  ])('no review ask: %s', (text) => {
    expect(rules(text)).not.toContain('review_request');
  });
});
