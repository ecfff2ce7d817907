// Session 36, helper fh36: consumables (food, supplements, cosmetics, pet and baby goods) - unasked reorder reminders, samples of a
// new product for a review, health or pet details asked, and four compliant answers - in our own words (not the corpus
// sentences), each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
/** Rules of every layer. */
const all = (text: string, buyerMessage?: string) => [...new Set(checkMessage(text, { buyerMessage }).map((f) => f.rule))].sort();

describe('s36 fh36: the buyer\'s supply told as running out and the next order prompted (supply-runout.ts)', () => {
  it.each([
    'Hi Sam, at three scoops a day your tub of whey is roughly a week from empty. Best to order the next one now so there is no gap.',
    'By our count you will run out of collagen powder next week - grab another jar today.',
    'Bei einer Kapsel täglich ist Ihr Vorrat an Vitamin D in etwa 5 Tagen aufgebraucht. Am besten gleich nachbestellen.',
    'Votre flacon de sérum sera bientôt vide : commandez dès maintenant le prochain pour ne pas en manquar.',
    'A tu paquete de pienso le quedan unos diez días; pide ya el siguiente y no te quedas sin.',
    'Al suo barattolo di tè restano pochi giorni: riordini ora la prossima confezione.',
    'Pelos nossos cálculos seu frasco de colágeno acaba mês que vem. Garanta o próximo agora mesmo!',
    'そろそろお手元のシャンプーが切れる頃かと存じます。今のうちにご注文いただくと安心です。',
  ])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'We ran out of stock of the oat milk, so we refund your order now.',
    'Your bottle will be empty in about 30 days; there is no need to reorder now, the subscription ships it.',
    'Ihr Vorrat ist bald aufgebraucht? Dann geben Sie uns Bescheid, wir prüfen die Erstattung.',
    'El bote trae 60 cápsulas, que a dos al día dan para un mes.',
    'Your refill ran out early because the pump leaked - we send a replacement today.',
  ])('%s stays clear of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
  it('an answer to the buyer\'s own question about reordering is no nudge', () => {
    expect(rules('Yes, at one scoop a day your tub is about two weeks from empty, so ordering the next one now makes sense.', 'How long will my tub last - should I order another one now?')).not.toContain('marketing');
  });
});

describe('s36 fh36: a sample of the seller\'s new product given for a review (new-product-sample.ts)', () => {
  it.each([
    'Review the lemon tea on Amazon and we will post you a free tin of our new mango blend.',
    'Wir bringen bald eine neue Sorte Haferriegel heraus. Wer eine Bewertung schreibt, bekommt vorab eine Probe.',
    'Un échantillon de notre nouveau baume vous attend en échange de votre avis sur la crème de jour.',
    'Te enviamos una muestra de nuestro nuevo champú sólido si dejas tu reseña del acondicionador.',
    'Chi recensisce lo shampoo riceve un campione della nuova maschera in anteprima.',
    'Mandamos uma amostra do nosso lançamento para quem deixar a avaliação do sabonete.',
    '新商品のハンドクリームのサンプルをお届けします。代わりに今回のレビューをお願いできますでしょうか。',
  ])('%s is leading, review_request and marketing', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'marketing', 'review_request'])));
  it.each([
    'We cannot send samples of our new flavour in exchange for a review - Amazon does not allow it.',
    'Thank you for your review! The new flavour is not out yet.',
    'Wir dürfen keine Proben der neuen Sorte für eine Bewertung verschicken.',
  ])('%s stays clear of leading', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 fh36: health or pet details the order does not need, asked (health-details-ask.ts)', () => {
  it.each([
    'Could you tell us your cat\'s breed, age and weight so we can set up her profile?',
    'Bitte nennen Sie uns Ihr Alter, Ihr Gewicht und welche Medikamente Sie nehmen.',
    'Pouvez-vous nous indiquer votre âge et vos traitements en cours ?',
    '¿Qué edad tiene y toma alguna medicación? ¿Tiene alergias?',
    'Ha qualche allergia? Prende farmaci per la pressione alta?',
    'Qual a idade e o peso do seu cachorro?',
    'ご年齢と体重、服用中のお薬を教えてください。',
  ])('%s is personal_data', (text) => expect(rules(text)).toContain('personal_data'));
  it.each([
    'We are not able to advise on medication; please ask your vet which dose suits her weight and her other medication.',
    'The dose depends on the dog\'s weight and age, see the table on the label.',
    'Could you send us the batch number and a photo of the label?',
    'Bitte fragen Sie Ihren Arzt, ob das Präparat zu Ihrem Alter und Ihren Medikamenten passt.',
    'What size is your dog? The harness comes in S, M and L.',
  ])('%s stays clear of personal_data', (text) => expect(rules(text)).not.toContain('personal_data'));
});

describe('s36 fh36: compliant answers on consumables', () => {
  it('the discount of Amazon\'s programme named in the sentence before is Amazon\'s price explained', () => {
    expect(all('Ja, das Katzenstreu gibt es im Spar-Abo. Der Rabatt beträgt 5 % und steigt ab fünf Artikeln auf 15 %.', 'Gibt es das auch im Spar-Abo? Was spart man?')).not.toContain('marketing');
    expect(rules('Das Katzenstreu ist wieder da. Der Rabatt beträgt diese Woche 20 % auf alles.')).toContain('marketing');
  });
  it('a price move told to a buyer who asked why it changed offers nothing', () => {
    expect(rules('Oui, le prix du lot de 3 savons est passé de 19,90 € à 16,90 € hier.', 'Le prix a changé après ma commande ?')).not.toContain('marketing');
  });
  it('a reference table on the seller\'s site is no sale (the site stays url/offplatform)', () => {
    const found = all('Sur notre site vous trouvez le tableau de posologie par poids : croquettes-bio.fr/tableau.');
    expect(found).not.toContain('marketing');
    expect(found).toContain('url');
  });
  it('the buyer\'s case assessed by a doctor is no review ask', () => {
    expect(rules('Não podemos indicar tratamento. Quem pode avaliar seu caso é a sua médica.')).not.toContain('review_request');
    expect(rules('Quando puder, avalie seu pedido na Amazon.')).toContain('review_request');
  });
});
