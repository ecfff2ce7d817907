// Review and leading errors of the s21 second round (blind u, w; probes s, t), each fixed by its cause and written here in
// other words and other languages - with the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const blocks = (text: string, options?: CheckOptions) =>
  [...new Set(checkMessage(text, options).filter((f) => f.severity === 'block').map((f) => f.rule))].sort();

describe('a question whether the review is posted, then a reward or proof in the next sentence (review-incentive.ts)', () => {
  it.each([
    'Did you already write your review of the lamp? Reply with a screenshot and we will send you a $5 gift card.',
    'Haben Sie Ihre Rezension zum Wasserkocher schon veröffentlicht? Senden Sie uns ein Bildschirmfoto und wir erstatten Ihnen 4 €.',
    'Avez-vous déjà publié votre commentaire sur la lampe ? Répondez avec une capture d\'écran et recevez une carte cadeau de 10 €.',
    '¿Has dejado ya tu valoración de la lámpara? Envíanos el enlace y te regalamos un cupón de 4 €.',
    'Ha già lasciato la recensione del bollitore? Ci mandi uno screenshot e le rimborsiamo 3 € con un buono regalo.',
    'Já deixou sua avaliação da luminária? Me manda o print que eu te envio um cupom de R$ 15.',
    'Recensione fatta? Scrivici qui e ti regalo un campione omaggio nel prossimo pacco.',
    'レビューはもう書いていただけましたか？投稿画面のスクリーンショットをお送りいただければ、ギフト券をプレゼントします。',
  ])('%s', (text) => {
    expect(blocks(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('proof of the posted review asked with no reward is leading (as in one sentence)', () => {
    const found = checkMessage('Have you posted your review yet? Please send us a screenshot of it.');
    expect(found.some((f) => f.entry === 'leading:review-posted-then-reward')).toBe(true);
    expect(found.some((f) => f.entry === 'review_request:review-posted-then-reward')).toBe(false);
  });

  it.each([
    'Have you already left a review? Thank you so much, it means a lot to us.',
    'Did you already post your review? Your refund for the cracked lid went out yesterday.',
    'Avaliou? Obrigado! O reembolso do frete já foi feito ontem.',
    'Vous avez laissé un avis ? Nous ne pouvons rien offrir en échange, mais nous lisons chaque commentaire.',
    'Have you received the refund? Send us a screenshot of your bank statement and we will check it.',
    '¿Ya has recibido el paquete? Mándanos una foto y te enviamos el reembolso de 5 €.',
    'Haben Sie eine negative Bewertung geschrieben? Wir erstatten Ihnen trotzdem den vollen Betrag.',
  ])('no reward tied to a posted review: %s', (text) => {
    const found = checkMessage(text);
    expect(found.filter((f) => f.entry?.endsWith('review-posted-then-reward'))).toEqual([]);
  });
});

describe('others who review, then the buyer invited to be one of them (review-nudge.ts social-proof-join)', () => {
  it.each([
    'Eight out of ten owners write a review within a week. Will you be one of them?',
    'Von 10 Kunden hinterlassen 9 eine Bewertung. Werden Sie einer von ihnen?',
    'Presque tous nos acheteurs laissent un commentaire. Pourquoi ne pas en faire partie ?',
    'La mayoría de nuestros clientes deja su opinión en Amazon. ¿Por qué no ser uno de ellos?',
    'Quasi tutti i clienti lasciano una recensione. Perché non essere uno di loro?',
    'De cada 10 compradores, 9 deixam uma avaliação. Bora ser um deles?',
  ])('%s', (text) => {
    expect(blocks(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it.each([
    'Nine out of ten customers order a second set. Why not be one of them?',
    'De cada 10 clientes, 9 voltam a comprar. Que tal ser um deles?',
    'La mayoría de nuestros clientes vuelve a comprar. ¿Por qué no ser uno de ellos?',
  ])('no review word among the others: %s', (text) => {
    expect(rules(text)).not.toContain('review_request');
    expect(checkMessage(text).filter((f) => f.entry?.endsWith('social-proof-join'))).toEqual([]);
  });
});

describe('weighing a choice is no rating ("avaliar se", "bewerten, ob")', () => {
  it.each([
    'Pode avaliar com calma se prefere o conserto ou a devolução e me avisa.',
    'Avalie qual das duas opções fica melhor pra você, sem pressa.',
    'Sie können in Ruhe bewerten, ob Ihnen ein Ersatzteil oder die Erstattung lieber ist.',
    'Puede valorar con calma si prefiere el cambio o el reembolso.',
    'Può valutare con calma se preferisce la sostituzione o il rimborso.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('review_request');
  });

  it.each([
    'Pode avaliar com calma o produto e deixar sua nota na Amazon.',
    'Se puder, avalie com 5 estrelas se gostou.',
    'Sie können den Wasserkocher jederzeit bei Amazon bewerten.',
  ])('still a rating: %s', (text) => {
    expect(rules(text)).toContain('review_request');
  });
});

describe('the ask conditioned on the set-up or use having gone well (conditioned-ask.ts WENT_WELL)', () => {
  it.each([
    'Si le montage s\'est bien déroulé, un petit commentaire sur Amazon nous ferait très plaisir.',
    'Si la instalación ha ido bien, una reseña corta nos alegraría el día.',
    'Se la posa è andata bene, una piccola recensione ci farebbe felici.',
    'Se a montagem deu certo, uma avaliação rapidinha ajudaria muito a gente.',
    'Wenn der Aufbau problemlos geklappt hat, würde uns eine kurze Bewertung sehr freuen.',
    'If the assembly went smoothly, a quick review would make our day.',
  ])('%s', (text) => {
    expect(blocks(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it.each([
    'Si le montage ne s\'est pas bien déroulé, écrivez-nous et nous vous aiderons.',
    'Se a montagem não deu certo, fale com a gente que ajudamos.',
    'Wenn der Aufbau nicht gut geklappt hat, melden Sie sich bitte bei uns.',
    'If the assembly went smoothly, you can skip the second part of the guide.',
  ])('no review asked, or the condition negated: %s', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});

describe('rating words inside a product name the buyer used', () => {
  it.each([
    ['Sì, con la Cinque Stelle da 24 cm può cuocere anche in forno.', 'La padella Cinque Stelle va in forno?'],
    ['Sì, la Cinque Stelle da 24 cm va anche in lavastoviglie.', 'La Cinque Stelle si può lavare in lavastoviglie?'],
    ['Sí, con la Cinco Estrellas de 24 cm puede hornear sin problema.', '¿La sartén Cinco Estrellas va al horno?'],
  ])('%s', (text, buyerMessage) => {
    const found = rules(text, { buyerMessage });
    expect(found).not.toContain('leading');
    expect(found).not.toContain('review_request');
  });

  it('the same words asked for are still an ask, whatever the buyer wrote', () => {
    expect(blocks('Se è contento, ci dia Cinque Stelle su Amazon!', { buyerMessage: 'La padella va in forno?' })).toContain('leading');
    expect(blocks('Se è soddisfatto, può darci cinque stelle?')).toContain('leading');
    expect(blocks('Si no puedes darnos cinco estrellas, dinos primero el motivo.')).toContain('leading');
  });
});
