// Session 32, helper rrec32: review asks and review changes read by structure, in our own words (not the corpus's sentences) - each
// kind with wordings that must flag and near-misses that must stay clean or keep only what they had.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';
import { normalize } from '../../../../rules/compliance/normalize';
import { othersWantToKnow } from '../../../../rules/compliance/detectors/others-want-to-know';

const rules = ruleLayer;

describe('s32 rrec32: other buyers said to want to know how the buyer gets on (others-want-to-know.ts)', () => {
  it.each([
    'Other dog owners would surely like to know how the harness holds up on long walks.',
    "We'd love for other new parents to hear about it from you.",
    'Gli altri clienti sarebbero felici di sapere come si trova con lo sbattitore.',
    'Outros compradores iam adorar saber como foi a montagem para você.',
    'Andere Käufer würden sich bestimmt freuen zu erfahren, wie Sie mit dem Rucksack zurechtkommen.',
    'Les autres acheteurs aimeraient savoir ce que vous en pensez.',
  ])('%s asks', (text) => expect(rules(text)).toContain('review_request'));

  // (others who told the seller, a negation, a date asked: the detector reads none; an en lexicon entry may still read the first)
  it.each([
    'Other buyers told us they would love to know how the app pairs, so we added a guide.',
    'Gli altri clienti non vorrebbero sapere come si smonta, è un lavoro da tecnico.',
    'Les autres clients aimeraient savoir quand la couleur bleue revient.',
    'Other customers would like to know how to descale it, so we made a video.',
  ])('no ask read: %s', (text) => expect(othersWantToKnow(normalize(text).text)).toEqual([]));
});

describe('s32 rrec32: a fault gone, or the item working as a reason, conditions the ask (conditioned-ask.ts FAULT_GONE, SOLVED_BECAUSE)', () => {
  it.each([
    'If the kettle no longer drips, other buyers would love to hear how it went.',
    'Si la bouilloire ne fuit plus, les autres acheteurs aimeraient savoir comment vous la trouvez.',
    'Se il rubinetto non gocciola più, gli altri clienti sarebbero contenti di sapere come si trova.',
    'Wenn die Pumpe nicht mehr tropft, würden wir uns über eine Bewertung freuen.',
    'Si el grifo ya no gotea, ¿nos dejarías una reseña en Amazon?',
    'Since the fan is running smoothly now, we would love a review on Amazon.',
    'If the shelf is doing its job now, a review on the listing would mean a lot.',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  // no review ask beside the condition: nothing to steer; a need gone is no fix
  it.each([
    'If the kettle no longer drips, you can keep the old seal as a spare.',
    'Si el grifo ya no gotea, no hace falta que nos mande fotos.',
  ])('stays clean: %s', (text) => expect(rules(text)).toEqual([]));
  it('a need gone conditions nothing', () => expect(rules("If you no longer need the spare, we'd love a review anyway.")).toEqual(['review_request']));
});

describe('s32 rrec32: contact-first before writing anything public (review-ask-romance.ts CONTACT/PUBLIC_EXPRESSION, de lexicon)', () => {
  it.each([
    'Antes de poner nada en Amazon, contáctanos y lo arreglamos.',
    'Prima di pubblicare qualcosa su Amazon, scrivici: troviamo una soluzione.',
    "Avant d'écrire quelque chose sur Amazon, contactez-nous, on s'en occupe.",
    'Bevor du irgendwo etwas postest, melde dich bitte bei uns.',
  ])('%s is leading only', (text) => expect(rules(text)).toEqual(['leading']));

  it.each([
    'Antes de escribir a Amazon por la devolución, contáctanos.',
    'Bevor Sie uns etwas schreiben, halten Sie bitte die Bestellnummer bereit.',
  ])('stays clean: %s', (text) => expect(rules(text)).toEqual([]));
});

describe("s32 rrec32: the buyer's own words asked to be copied into the review (praise-copied.ts)", () => {
  it.each([
    'Would you mind posting exactly what you just wrote on the product page?',
    'Pourriez-vous recopier ces mêmes mots dans un avis sur Amazon ?',
    'Se può, scriva esattamente questo nella recensione su Amazon.',
    'Se puder, escreva essas mesmas palavras na avaliação da Amazon.',
    '¿Podría escribir eso mismo en una reseña en Amazon?',
    'Genau das würde sich auf der Produktseite richtig gut machen, schreiben Sie es doch bitte dort.',
    'そのお言葉をぜひレビューにお寄せください。',
  ])('%s asks and steers', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  it.each([
    "We'll add exactly that to the FAQ on the listing.",
    'Please choose exactly that size on the listing.',
    'Merci, ces quelques mots sur la page du produit nous ont beaucoup touchés.',
    'Le serve proprio questo modello? Lo trova sulla pagina del prodotto.',
    'Esse mesmo modelo está na página do produto?',
    '数量はそのまま商品ページでご指定いただけます。',
  ])('stays clean: %s', (text) => expect(rules(text)).toEqual([]));
});

describe('s32 rrec32: a change asked of a pronoun or a part of the review named before (review-change-anaphor.ts)', () => {
  it.each([
    'Your review says the strap snapped, but we sent a new one. Could you update it?',
    'Your rating was about the late parcel. Would you consider changing it now?',
    'if u could take down the 2 star one we will refund u',
    'Ihre Rezension haben wir gelesen. Könnten Sie den Beitrag bitte anpassen, wenn der Ersatz da ist?',
    '¿Podrías cambiar las estrellas de tu reseña cuando llegue el recambio?',
    'Una stella ci sembra poco: potrebbe rivedere il voto ora che il rimborso è fatto?',
    '低評価を削除していただけますでしょうか。',
  ])('%s is leading only', (text) => expect(rules(text)).toEqual(['leading']));

  it.each([
    'Thanks for your feedback about the lid. Could you send a photo so we can change it?',
    'Thanks for your review! If you want to edit it, go to Your Orders.',
    'Your review is yours. We would never ask you to remove it.',
    'Your order has shipped. Can you update it with a note for the courier?',
  ])('stays clean: %s', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s32 rrec32: a reminder not to forget the review (forget-not-review.ts)', () => {
  it.each([
    'Lieferschein liegt bei. Und bitte nicht die Bewertung vergessen!',
    'Gracias por la compra. Y que no se le olvide la valoración, ¿eh?',
    "PS : et votre avis, on compte sur vous !",
    'P.S. La valutazione! Non se la dimentichi.',
    'Obrigado pela compra. E não se esqueça da avaliação!',
    '追伸：評価の件、どうぞお忘れなく。',
  ])('%s asks', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    'No olvide que la reseña solo se puede dejar tras la entrega.',
    "N'oubliez pas votre avis de passage pour retirer le colis.",
    'Nicht vergessen: die Rechnung liegt im Karton.',
    'Não esqueça: avaliações abaixo de 4 estrelas prejudicam um vendedor novo.',
  ])('no ask: %s', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s32 rrec32: the team told as "only my sister and I", a small brand (conditioned-ask.ts KIN_PAIR, SMALL_SHOP)', () => {
  it.each([
    'Aquí solo estamos mi hermano y yo, así que cada reseña cuenta muchísimo. ¿Nos dejarías una en Amazon?',
    'Hinter dem Shop stehen nur mein Mann und ich. Würden Sie uns eine Bewertung schreiben?',
    'Nous sommes une marque petite et récente. Pourriez-vous laisser un avis sur Amazon ?',
  ])('%s is leading', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  it.each([
    'Only my receipt and the box are left. Please leave a review when you can.',
    'Solo mi madre y yo usamos la batidora en casa; ¿nos dejarías una reseña?',
  ])('no sympathy read: %s', (text) => expect(rules(text)).toEqual(['review_request']));
});
