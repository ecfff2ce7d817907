// Session 31, helper rrec31: review asks read by structure in our own words (not the corpus's sentences) - each kind with
// wordings that must flag and near-misses that must keep their findings or stay clean.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';
import { NOW_THAT_STATE } from '../../../../rules/compliance/detectors/now-that';

const rules = ruleLayer;

describe('s31 rrec31: a review ask after a "now that" clause on the item (now-that.ts, read by conditioned-ask.ts)', () => {
  it.each([
    'Now that the grinder is crushing beans evenly again, please leave a review on Amazon.',
    'now that ur toaster browns both sides a quick review would help us loads',
    'Jetzt, wo die Lampe Ihr Arbeitszimmer erhellt, würden Sie eine kurze Bewertung schreiben?',
    'Nun, da der Mixer wieder sauber püriert, freuen wir uns über eine Rezension auf Amazon.',
    'Maintenant que la théière infuse comme il faut, pourriez-vous laisser un avis sur Amazon ?',
    'Ahora que la plancha alisa sin tirones, ¿nos dejarías una reseña en Amazon?',
    'Ora che il frullatore trita alla grande, ci lascerebbe una recensione su Amazon?',
    'Agora que a chaleira esquenta rapidinho, pode deixar uma avaliação na Amazon?',
    'Now that your little one sleeps through with the night light on, we would love a review on the listing.',
  ])('%s asks and steers', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  // The clause holds no state of the item - a refund, an arrival, time to try it: now-that.ts reads no cue in it (a lexicon may
  // still read the ask as leading, as the base did before this detector).
  it.each([
    'Now that your refund has gone through, please leave seller feedback when you can.',
    'Now that your parcel has been delivered, please leave a review when you can.',
    'Maintenant que votre remboursement est effectué, vous pouvez laisser un avis si vous le souhaitez.',
    'Ahora que ha recibido el pedido, puede dejar una reseña si lo desea.',
    'Ora che il pacco è stato consegnato, può lasciare una recensione se vuole.',
    'Agora que o reembolso foi feito, pode deixar uma avaliação se quiser.',
    'Jetzt, wo das Paket angekommen ist, können Sie gern eine Bewertung schreiben.',
    'Now that you have had a few weeks with the blender, would you rate it?',
    // the order in transit, the speaker's own thought (merge review: s22-rv2b's tests)
    'Now that your order has shipped, you can leave a review once it arrives.',
    'Jetzt, wo Ihr Paket unterwegs ist, können Sie nach der Lieferung eine Bewertung schreiben.',
    'Maintenant que votre colis est expédié, vous pourrez laisser un avis à la réception.',
    'Now that I think of it, could you leave us a review when you have a moment?',
    'Jetzt, wo ich daran denke: Würden Sie uns eine Bewertung schreiben?',
    'Agora que me lembrei, poderia deixar uma avaliação quando puder?',
  ])('now-that.ts reads no state in: %s', (text) => expect(text.toLowerCase().match(NOW_THAT_STATE)).toBeNull());

  // No review ask: the clause alone flags nothing.
  it.each([
    'Now that the kettle is boiling properly again, you can descale it once a month.',
    'Maintenant que la lampe fonctionne, pensez à garder la facture.',
    'Ahora que la cafetera funciona, recuerde limpiar el filtro cada semana.',
    'Ora che il frullatore trita bene, lo lavi a mano.',
    'Agora que a chaleira funciona, guarde a nota fiscal.',
    'Jetzt, wo der Mixer läuft, bitte den Deckel immer fest aufsetzen.',
    'Now that the holidays are near, our shop hours change.',
    'Ahora que llegan las fiestas, los envíos tardan un día más.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s31 rrec31: the top score named in a review ask (top-score.ts)', () => {
  it.each([
    'Se gostou do fone, deixa 5 estrelas pra nós no anúncio!',
    'Lasciaci 5 stelle sulla pagina del prodotto, grazie!',
    'Un cinco estrellas en Amazon nos vendría genial.',
    'Cinq étoiles sur la fiche produit seraient les bienvenues.',
    'Mit der vollen Punktzahl auf Amazon würden Sie uns eine riesige Freude machen, bitte bewerten Sie uns.',
    'A five-star review from you would make our week - please leave one on Amazon.',
    'Please rate us 5/5 on the listing.',
    'レビューで星5をつけていただけると嬉しいです。',
    'Deixe uma avaliação no site com 5 estrelas.',
  ])('%s asks and steers', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  // A scale, an alternative, a thanks for stars given, a negation or a product's name: the ask stays plain.
  it.each([
    'Please take a moment to rate us from 1 to 5 stars on the feedback page.',
    'Bitte bewerten Sie den Kauf mit 1 bis 5 Sternen.',
    'Merci de noter votre achat de 1 à 5 étoiles.',
    'Valore su compra entre 1 y 5 estrellas, por favor.',
    'Per favore valuti il prodotto da 1 a 5 stelle.',
    'Avalie a compra de 1 a 5 estrelas, por favor.',
    'Thanks for the 5 stars! Could you also leave seller feedback?',
    "Tu pedido del juego 'Cinco Estrellas Chef' salió ayer; ¿nos dejas una reseña?",
  ])('%s asks without steering', (text) => expect(rules(text)).toEqual(['review_request']));

  // No review ask: a count alone flags nothing.
  it.each([
    'Our towels come in a five-star hotel quality cotton.',
    'Das Fünf-Sterne-Set wird morgen geliefert.',
    'Le service cinq étoiles de notre transporteur vous appellera demain.',
    'La taza Cinco Estrellas llega el martes.',
    'Il set 5 stelle arriva domani.',
    'O jogo 5 estrelas chega amanhã.',
    "The charger passed the lab's safety test with top marks.",
    '当店の人気商品「星5ブレンド」を本日発送しました。',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});
