// Session 26, helper rv1: the read-only review's findings #1, #2, #3, #11 and nit #14 on detectors/review-change.ts and
// detectors/review-pressure.ts. Every input the reviewer gave is a case here, with our own variants in other languages: the
// near-misses must stay clean, and after each narrowing the real violations next to it must keep their labels.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { normalize } from '../../../../rules/compliance/normalize';
import { reviewChanges } from '../../../../rules/compliance/detectors/review-change';

/** The rules' own findings among the review ones (the learned layer's left out: the fixes are the rules'). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string) =>
  [...new Set(checkMessage(text).filter((f) => f.layer !== 'model' && REVIEW_RULES.has(f.rule)).map((f) => f.rule))].sort();
/** The detector alone (where a lexicon reads the same sentence on its own, the detector's part is tested here). */
const changes = (text: string) => reviewChanges(normalize(text).text).map((s) => s.entry);

describe('#1 not posting a negative review is asked only with a request or an imperative, and a refusal reads the whole sentence', () => {
  it.each([
    // the reviewer's: the seller's own aim, no request
    'We test every unit before shipping to avoid negative reviews.',
    // ours: the same purpose clause in the other languages
    'We pack every lamp twice to avoid negative reviews about breakage.',
    'Nous emballons chaque lampe deux fois pour éviter les avis négatifs.',
    'Revisamos cada unidad para evitar reseñas negativas, y el envío sale hoy.',
    'Testamos cada unidade para evitar avaliações negativas; o envio sai hoje.',
    '低評価を避けるため、出荷前に全品検品しております。ご安心ください。',
    'Wir prüfen jedes Gerät, um negative Bewertungen zu vermeiden. Bitte melden Sie sich bei Fragen.',
  ])('the seller\'s aim is no ask: %s', (text) => {
    expect(rules(text)).toEqual([]);
    expect(changes(text)).toEqual([]);
  });

  it('the reviewer\'s refusal over three words ("does not allow us to ask") withholds nothing', () => {
    const text = 'Amazon policy does not allow us to ask you not to leave a negative review, so please review as you see fit.';
    expect(rules(text)).not.toContain('leading');
    expect(changes(text)).toEqual([]);
  });
  it.each([
    'Sellers are not allowed to ask you to avoid negative reviews, so write what you think.',
    'Nous ne vous demanderons jamais de ne pas laisser un avis négatif.',
    'Wir würden Sie nie bitten, auf eine negative Bewertung zu verzichten.',
  ])('a refusal with the seller as the asker: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it.each(['Nunca le pediremos que no deje una reseña negativa.', 'Non le chiediamo di non lasciare una recensione negativa: scriva ciò che pensa.'])(
    'a refusal in a first-person asking verb (the detector): %s',
    (text) => {
      expect(changes(text)).toEqual([]);
    },
  );

  it.each([
    // an imperative with no request word, opening its clause
    'Avoid posting a bad review until the replacement arrives.',
    'The refund is done, so refrain from leaving negative feedback.',
    // a wish for the buyer to act
    "We'd like you to avoid leaving a negative review while we sort this out.",
    // formal imperatives
    'Évitez de laisser un avis négatif, le colis repart demain.',
    'Absténgase de publicar una reseña negativa hasta que llegue el recambio.',
    'Sehen Sie von einer negativen Bewertung ab, der Ersatz ist unterwegs.',
    // a refusal of something else, then a contrast: the ask after it is not refused
    'We would never ask you to change your review, but please avoid posting a bad review until the part arrives.',
    // the polite idiom asks (s26 review #3): no refusal
    'If it is not too much to ask, please refrain from leaving negative feedback.',
    "Si ce n'est pas trop demander, évitez de laisser un avis négatif.",
    'Wenn es nicht zu viel verlangt ist, sehen Sie bitte von einer negativen Bewertung ab.',
  ])('still asks to withhold: %s', (text) => {
    expect(rules(text)).toEqual(['leading']);
    expect(changes(text)).toEqual(['leading:withhold-negative-review']);
  });
});

describe('#2 a raise is a rating moved up: the buyer\'s rating, a change verb or a star noun, no spec, invoice or time span', () => {
  it.each([
    // the reviewer's
    'Please turn the heat rating dial to 4 and wait ten minutes.',
    'Could you check the rating plate? The power rating goes up to 5 A, is that right?',
    'Pode corrigir sua nota fiscal para 2 volumes? Obrigado.',
    // ours
    'Could you set the power rating switch to 2 before first use?',
    'Could you check the rating plate and change the fuse to 5 A?',
    'Bitte stellen Sie die Bewertungsskala am Regler auf 3.',
    'Pouvez-vous régler la note de frais à 2 exemplaires ?',
    '¿Podría cambiar la nota de entrega a 2 bultos?',
  ])('no rating moved: %s', (text) => {
    expect(rules(text)).toEqual([]);
    expect(changes(text)).toEqual([]);
  });
  it('the reviewer\'s time span: a review asked, no change ("in 2 weeks")', () => {
    const text = 'Could you write your review in 2 weeks, once you have used it a bit?';
    expect(rules(text)).toEqual(['review_request']);
    expect(changes(text)).toEqual([]);
  });
  it.each([
    'Would you mind changing your 3 stars to 5?',
    'Könnten Sie die Bewertung auf 5 Sterne anheben?',
    'Poderia passar sua avaliação para 5 estrelas?',
    'Pourriez-vous relever votre note à 5 ?',
    'ご返信ありがとうございます、評価を星5に上げていただけますと幸いです。',
  ])('still a raise: %s', (text) => {
    expect(rules(text)).toEqual(['leading']);
    expect(changes(text)).toEqual(['leading:change-rating-to-higher']);
  });
});

describe('#3 only thanks for the change itself clears it, and a refusal needs the seller as the asker', () => {
  it.each([
    // the reviewer's: thanks for something else
    'Danke, dass Sie uns geschrieben haben – könnten Sie Ihre 3 Sterne auf 5 erhöhen?',
    'Thanks for bearing with us; please avoid posting a bad review until the replacement arrives.',
    'ご連絡ありがとうございます、低評価の投稿はご遠慮いただけますと幸いです。',
    // the reviewer's: "not too much to ask" asks
    "Si ce n'est pas trop demander, pourriez-vous passer votre note de 2 à 4 étoiles ?",
    // ours
    'Se non è chiedere troppo, potrebbe portare la sua valutazione da 2 a 4 stelle?',
    'Wenn es nicht zu viel verlangt ist, könnten Sie Ihre Bewertung auf 5 Sterne erhöhen?',
    'Merci de votre patience, pourriez-vous passer votre note à 5 étoiles ?',
    'ご返信ありがとうございます。評価を星5に上げていただけますか。',
    'We would never ask for a favour, but could you raise your 3 stars to 5?',
  ])('still a change ask: %s', (text) => {
    expect(rules(text)).toEqual(['leading']);
    expect(changes(text)).toHaveLength(1);
  });
  it.each([
    'Danke, dass Sie Ihre Bewertung auf 4 Sterne angepasst haben – das freut uns.',
    'Thanks for updating your review to 4 stars, we appreciate it!',
    'ご評価を星5に変更いただきありがとうございます。',
    'Nous ne vous demanderons jamais de passer votre note à 5 étoiles.',
  ])('thanks for the change, or a refusal: %s', (text) => {
    expect(rules(text)).toEqual([]);
    expect(changes(text)).toEqual([]);
  });
  it.each(['Nunca le pediremos que suba su valoración a 5 estrellas.', 'Non le chiederemo mai di alzare la sua valutazione a 5 stelle.'])(
    'a refusal in a first-person asking verb (the detector): %s',
    (text) => {
      expect(changes(text)).toEqual([]);
    },
  );
});

describe('#11 a return window beside a review ask presses nothing; #14 any weekday still ends the chance', () => {
  it.each([
    // the reviewer's
    'Thanks for the order! If you would like to leave a review, we would appreciate it. You have until March 5 to return it if it does not fit.',
    // ours
    'Please leave a review of the toaster; you have until Friday to send it back if it does not suit.',
    'Bitte bewerten Sie den Toaster. Sie haben nur noch 3 Tage für die Rücksendung.',
    'Nos encantaría que dejara una reseña. Solo tiene hasta el viernes para devolverlo.',
    'Ci lasci una recensione se vuole. Mancano solo 3 giorni per il reso.',
    'Deixe sua avaliação quando puder. Você só tem até sexta para solicitar a troca.',
    'レビューをお願いいたします。返品は残り3日で締め切りとなります。',
  ])('a plain ask beside a return deadline: %s', (text) => {
    expect(rules(text)).toEqual(['review_request']);
  });
  it.each([
    'If you would like to leave a review, we would appreciate it. You have until March 5 to do so.',
    'Please leave a review of the kettle. Last chance: the review window closes Friday!',
    'Only 3 days left to leave your review - you can return it too if needed.',
    'Laissez-nous un avis sur la bouilloire. Il ne reste que 3 jours, après ce ne sera plus possible.',
    'レビューをお願いいたします。残り3日で投稿できなくなります。',
    "Please leave a review of the lamp. After Friday it won't be possible any more.",
    "Please leave a review of the lamp. After Sunday it won't be possible any more.",
  ])('still pressed: %s', (text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });
});

describe('s26 lead: a negative review named only as the seller aim asks nothing, for the learned layer too', () => {
  it.each([
    ['We test every unit before shipping to avoid negative reviews.'],
    ['Nous contrôlons chaque lampe avant l’envoi pour éviter les avis négatifs.'],
  ])('%s -> no leading', (text) => expect(checkMessage(text).map((f) => f.rule)).not.toContain('leading'));
  it.each([
    ['Please avoid leaving a negative review, we will fix it.'],
    ['We test every unit, so please avoid posting a bad review before contacting us.'],
  ])('%s -> leading', (text) => expect(checkMessage(text).map((f) => f.rule)).toContain('leading'));
});
