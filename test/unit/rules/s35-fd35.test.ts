// Session 35, helper fd35: review asks in fr/it/es/pt read by structure, in our own words (not the corpus sentences) - each kind
// with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string) => [...new Set(checkMessage(text, {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s35 fd35: an intensifier inside "it all went well", and French "conquis"/"séduit" (review-ask-romance, conditioned-ask)', () => {
  it.each([
    'Visto che è andato tutto davvero bene, le andrebbe di raccontarlo agli altri clienti su Amazon?',
    'Já que deu tudo muito certo, deixe sua avaliação na Amazon.',
    'Si vous êtes conquise par la bouilloire, une note sur la fiche produit nous ferait plaisir.',
    'Si le tapis vous a séduit, laissez-nous un avis sur Amazon.',
  ])('%s is a leading review ask', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });
  it.each([
    'Séduit par la couleur ? Elle existe aussi en bleu dans la même annonce.',
    'Visto che è andato tutto così bene con la consegna, le confermo il rimborso della spedizione.',
  ])('%s is no leading ask', (text) => {
    expect(rules(text)).not.toContain('leading');
  });
});

describe('s35 fd35: say or show it with a review, spread it by leaving one (review-ask-romance SHOW_IT_WITH_RE)', () => {
  it.each([
    'Montrez-le avec un petit commentaire sur la lampe !',
    'Dígalo con una reseña, nos ayuda.',
    'Espalhe essa novidade deixando sua avaliação!',
    'Dimostralo con qualche stella sul negozio!',
  ])('%s asks for a review', (text) => {
    expect(rules(text)).toContain('review_request');
  });
  it.each([
    'Montrez-le avec le numéro de commande au livreur.',
    'Dites-le-nous si la taille ne va pas, avec une photo.',
    'Mostre isso com o recibo ao entregador.',
  ])('%s asks for no review', (text) => {
    expect(rules(text)).not.toContain('review_request');
  });
});
