// Session 27, round 2, helper r2rev: the review-ask kinds round 1 fixed on one or two rows, read by structure - in our own words,
// with variants in several languages per kind and near-misses that must stay as they were (violations next to each guard still
// flag).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds among the review ones (the learned layer's findings left out). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string, buyerMessage?: string) =>
  [
    ...new Set(
      checkMessage(text, { buyerMessage })
        .filter((f) => f.layer !== 'model' && REVIEW_RULES.has(f.rule))
        .map((f) => f.rule),
    ),
  ].sort();

describe('s27 r2rev: a reward once the review is in, after a second condition (review-incentive.ts JOINED_CONDITION)', () => {
  it.each([
    'Sobald die neue Klinge bei Ihnen angekommen ist und Sie uns bewertet haben, erhalten Sie von uns einen Gutschein über 5 €.',
    'Cuando le llegue el cable de repuesto y nos haya puesto su opinión, le regalamos un cupón de 10 €.',
    'Lorsque le colis de remplacement sera arrivé chez vous et que votre avis sera publié, nous vous rembourserons la livraison.',
    'Sobald das Netzteil angekommen ist und Ihre Rezension online steht, erstatten wir Ihnen die Versandkosten.',
    'Appena riceve la lama nuova e la sua recensione è pubblicata, le rimborsiamo la spedizione.',
    'Assim que a peça nova chegar na sua casa e sua avaliação estiver publicada, a gente devolve o valor do frete.',
  ])('%s is leading + review_request', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'Sobald das Ersatzteil bei Ihnen angekommen ist und Ihre Frage geklärt ist, erstatten wir Ihnen die Versandkosten.',
    'Dès que le colis vous est parvenu et que votre retour est enregistré, on vous rembourse.',
    'Cuando le llegue la pieza y su devolución esté registrada, le devolvemos el importe del envío.',
    'Sobald die Klinge angekommen ist und Ihre Bewertung online ist, können wir Ihnen leider keinen Gutschein anbieten - das verbietet Amazon.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s27 r2rev: a top score asked with no rating noun (review-change.ts ellipticStarAsks)', () => {
  it.each([
    'Wenn alles passt, geben Sie uns doch 5 von 5.',
    'Si tout va bien avec la bouilloire, un joli 10 sur 10 serait génial !',
    'Se tudo estiver ok com a luminária, manda cinco pra gente!',
    'Si todo marcha bien con la lámpara, dennos las cinco, ¡gracias!',
    'Se va tutto bene col frullatore, ci dia cinque su cinque!',
    'If everything is fine with the kettle, give us 5!',
    'お気に召しましたら、ぜひ★5で！',
  ])('%s is leading + review_request', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));
  it.each([
    'Se tudo estiver ok, coloque 5 gotas de óleo na dobradiça.',
    'Si todo va bien, ponga el ventilador en el nivel 5.',
    'Se è tutto ok, metta la potenza al massimo.',
    'If all goes well, give it 5 minutes to heat up.',
    'Le casque est noté 5 sur 5 par les testeurs de la revue.',
    'Si tout va bien, réglez le thermostat sur 5 sur 5.',
    '星5つで評価いただき、ありがとうございました。',
    'Si no va bien, denle las cinco vueltas al tornillo y escríbanos.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'Nein, um 5 von 5 bitten wir nicht - wenn alles passt, freut uns das einfach so.',
    'We never ask for a 5/5, even if all goes well.',
    'Nous ne demandons jamais un 5 sur 5, même si tout va bien.',
  ])('%s (a refusal) asks for nothing', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s27 r2rev: tell us when the review is live (review-nudge.ts tell-when-review-live)', () => {
  it.each([
    'Geben Sie uns gerne kurz Bescheid, wenn Ihre Rezension veröffentlicht ist.',
    'Sobald Ihre Bewertung online ist, schreiben Sie uns kurz eine Nachricht.',
    'Quando sua avaliação for publicada, me dá um toque aqui.',
    'As soon as your review is up, let us know so we can say thanks.',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Geben Sie uns doch kurz Bescheid, wenn die Rezension gelöscht ist.',
    'Geben Sie uns doch kurz Bescheid, sobald das Paket da ist.',
    'Once the refund is up on your account, let us know.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s27 r2rev: a reminder with the review named first and no asking verb (review-nudge.ts remindsOfReview)', () => {
  it.each([
    'Thanks again for your patience with the order.\n\nPS: your rating - don\'t forget!',
    'Vielen Dank für Ihre Geduld. Und die Bewertung nicht vergessen!',
    'Merci encore ! L\'évaluation, n\'oubliez pas, hein !',
    'Obrigado pela paciência! A avaliação, não esquece!',
  ])('%s is review_request', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Thanks for the review - don\'t forget to register the warranty card.',
    'The receipt - don\'t forget!',
    'Die Rechnung nicht vergessen!',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));
});
