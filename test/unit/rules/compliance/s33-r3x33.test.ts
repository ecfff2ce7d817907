// s33 r3x33: the causes behind misses and false findings of the s33-g7/g8/g9 batches, written here in other words (none of the
// batches' sentences): each structure that must be found, in the languages where it occurs, and the near-misses that must stay clean.
// Findings of the learned layer (warn) are left out: these test the rules.
import { describe } from 'vitest';
import { ruleFlags as has, ruleLacks as lacks } from './helpers/cases';


describe('a rating asked as a how-many-stars question in any word order (star-count-question.ts)', () => {
  has('review_request', [
    'Et la bouilloire, vous lui donneriez combien d\'étoiles ?',
    'E o travesseiro, quantas estrelas ele merece na sua opinião?',
    '¿Y la funda, cuántas estrellas se merece?',
    'The desk lamp - how many stars does it deserve, honestly?',
    'Und der Wasserkocher - wie viele Sterne hätte er verdient?',
  ]);
  lacks('review_request', [
    'How many stars does the hotel on the puzzle box have?',
    'Combien d\'étoiles a obtenu la friteuse au test du magazine ?',
    'How many stars did the lab tester give it last year?',
    'Nunca le preguntaremos cuántas estrellas merece el producto.',
    'Quantas estrelas tem o hotel da foto?',
  ]);
});

describe("the buyer's age and job asked as questions (age-or-job-question, job-question)", () => {
  has('personal_data', [
    'Posso chiederle quanti anni ha e di cosa si occupa? È per un sondaggio interno.',
    '¿Qué edad tiene usted y a qué se dedica? Es para nuestras estadísticas.',
    'Vous avez quel âge ? Et que faites-vous dans la vie ?',
    'Quantos anos você tem? E qual é a sua profissão?',
    'Darf ich fragen, was Sie beruflich machen?',
    'What do you do for a living, if we may ask?',
  ]);
  lacks('personal_data', [
    'Quanti anni ha la garanzia del frullatore?',
    '¿Cuántos años tiene la garantía del taladro?',
    'Quantos anos tem a garantia da furadeira?',
    'Che lavoro fa questa lama sul legno duro?',
  ]);
});

describe("a contact-first ask with the seller named after the verb (review-ask-romance.ts CONTACT)", () => {
  const first = [
    'Prima di scrivere una recensione, se c\'è un problema scriva a noi: lo sistemiamo subito.',
    'Antes de deixar uma avaliação, se algo der errado escreva para nós.',
  ];
  has('leading', first);
  lacks('review_request', first);
});

describe('a rating of the handling asked after gladness at a fix (conditioned-ask.ts SOLVED_JA)', () => {
  has('leading', ['問題が解決して何よりです。この度の対応について、出品者評価をいただけますと幸いです。']);
  // (gladness alone before an item review stays a plain ask)
  lacks('leading', ['問題が解決して何よりです。商品のレビューもお待ちしております。']);
});

describe("the item's packaging told as restyled is no novelty (ja new-design, promotion.ts PACKAGING_RESTYLED)", () => {
  lacks('marketing', [
    '外箱のみ新しいデザインとなっておりますが、中身は従来品と同じです。',
    'ラベルが新しいデザインに切り替わっております。',
    "It's the same kettle; only the box got a new design.",
  ]);
  has('marketing', ['新しいデザインも登場しました。', 'ギフト箱入りのセットもご用意しております。贈り物にいかがでしょうか。']);
});

describe('a manual link after "acesse" gets the url finding only (pt visit-domain PT_NOT_MANUAL)', () => {
  const manual = ['Para baixar o manual do usuário, acesse www.lumitech.com.br', 'Acesse www.lumitech.com.br para ver o vídeo de instalação.'];
  has('url', manual);
  lacks('offplatform', manual);
  has('offplatform', ['Para trocas, acesse www.lojaazul.com.br e preencha o formulário.']);
});

describe("a service partner's technician who will call (context-guards.ts PERSON_CONTACTS_YOU)", () => {
  lacks('offplatform', [
    'Un technicien de notre prestataire agréé vous appellera par téléphone pour fixer un rendez-vous.',
    'Un tecnico del nostro centro di assistenza autorizzato la contatterà per telefono per fissare l\'appuntamento.',
    'Un técnico de nuestro servicio asociado se pondrá en contacto con usted por teléfono para acordar la cita.',
  ]);
  has('offplatform', ['Contacte a un técnico de nuestro servicio asociado por teléfono para acordar la cita.']);
});

describe('a coupon named again after it was told applied, a price with decimals between (shared.ts NOT_EXPLAINED)', () => {
  lacks('marketing', ['That 15% was a coupon applied at checkout, so $42.50 is correct ($50.00 minus the coupon).']);
  has('marketing', ['The coupon was applied at checkout, so you paid $19.99. Here is another coupon for your next order.']);
});

describe("a reply telling a buyer who gave an address to check the spam folder (accept:check-spam)", () => {
  const gave = { buyerMessage: 'Mandez-moi le PDF à paul.r@exemple.fr merci' };
  has('offplatform', ["Voilà qui est fait ! Pensez à vérifier vos spams d'ici demain."], gave);
  has('offplatform', ['All done! Check your junk folder if it has not arrived by tonight.'], { buyerMessage: 'Email it to sam.k@example.com please' });
  // (no address given by the buyer, Amazon's own mail: nothing accepted)
  lacks('offplatform', ["Vous recevrez l'étiquette par e-mail d'Amazon. Pensez à vérifier vos spams."]);
});
