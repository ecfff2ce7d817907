// Session 25, helper rev: the causes behind the review-ask and leading errors of blind batch s25 a (pt/es/it/en) and the s24
// known miss of a voucher beside Amazon's own review ask - in our own words, with variants in the languages each fix serves and
// near-misses that must stay as they were (the violations next to each guard still flag).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds among the review ones (the learned layer's warnings left out: the fixes are the rules'). */
const REVIEW_RULES = new Set(['leading', 'review_request', 'review_channel']);
const rules = (text: string, buyerMessage?: string, reviewAlreadyRequested?: boolean) =>
  [
    ...new Set(
      checkMessage(text, { buyerMessage, reviewAlreadyRequested })
        .filter((f) => f.layer !== 'model' && REVIEW_RULES.has(f.rule))
        .map((f) => f.rule),
    ),
  ].sort();

describe('s25 rev: sellers in general unable to touch reviews, or Amazon moderating them, is no change ask', () => {
  it.each([
    'Sellers can\'t delete reviews; only Amazon can when one breaks the rules.',
    'Os vendedores não conseguem apagar nem editar avaliações de clientes.',
    'Los vendedores no pueden borrar reseñas; eso solo lo hace Amazon.',
    'I venditori non possono modificare le recensioni dei clienti.',
    'Les vendeurs ne peuvent pas supprimer les avis des clients.',
    'A Amazon às vezes retira avaliações fora das diretrizes.',
    'Amazon supprime parfois les avis qui ne respectent pas ses règles.',
    'Amazon elimina a veces las reseñas que incumplen sus normas.',
  ])('%s', (text) => expect(rules(text, 'Did you delete my review?')).toEqual([]));

  it.each([
    // the buyer asked to change or remove the review: still leading
    ['Could you please remove your review? Amazon lets you do it in a minute.', ['leading']],
    ['Sellers can\'t remove reviews, but you can - please delete yours.', ['leading']],
    ['Please update your review on Amazon.', ['leading']],
    ['Se puder, apague a sua avaliação na Amazon.', ['leading']],
    ['Os vendedores não conseguem apagar avaliações, mas você pode: por favor, apague a sua.', ['leading']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s25 rev: Amazon\'s eligibility rule for reviewing, told to a buyer who asked why they cannot review, is no ask', () => {
  it.each([
    ['Amazon shows that notice when an account doesn\'t meet its requirements to post reviews, such as a minimum spend.', 'Why can\'t I review the lamp? I get a strange notice.'],
    ['A Amazon mostra esse aviso quando a conta não cumpre os requisitos para publicar avaliações, como um valor mínimo de compras.', 'Por que não consigo avaliar o produto?'],
    ['Amazon mostra quell\'avviso quando l\'account non soddisfa i requisiti per pubblicare recensioni, ad esempio una spesa minima.', 'Perché non riesco a lasciare una recensione?'],
    ['Amazon affiche ce message quand le compte ne remplit pas les conditions requises pour publier des avis.', 'Pourquoi je ne peux pas laisser d\'avis ?'],
  ])('%s', (text, buyer) => expect(rules(text, buyer)).toEqual([]));

  it.each([
    // a wish, a push or a question beside the rule; the rule with no buyer question and an ask after it
    ['You meet Amazon\'s requirements now, so please leave us five stars.', 'Why can\'t I review the lamp?', ['leading', 'review_request']],
    ['Your account meets Amazon\'s requirements now - would you write a review?', 'Why can\'t I review the lamp?', ['review_request']],
    ['Amazon\'s requirements are met now, go ahead and post your review.', 'Why can\'t I review the lamp?', ['review_request']],
    ['Su cuenta ya cumple los requisitos de Amazon, así que déjenos una reseña de cinco estrellas.', '¿Por qué no puedo valorar?', ['leading', 'review_request']],
    ['Amazon shows that notice when an account doesn\'t meet its requirements to post reviews, so please leave us a review.', undefined, ['review_request']],
  ])('%s', (text, buyer, expected) => expect(rules(text, buyer)).toEqual(expected));
});

describe('s25 rev: the review named as where to tell, and "don\'t forget to tell" with a public venue, ask for a review', () => {
  it.each([
    'Good news, the replacement ships today. Tell us in your review how the new one works for you.',
    'Il corriere passa venerdì. Nella sua recensione ci racconti come si trova con la lampada.',
    'Cuéntenos en su reseña qué tal le va la batidora.',
    'Conte-nos na sua avaliação como foi a montagem.',
    'Não se esqueça de contar como foi na Amazon quando testar.',
    'Non dimentichi di raccontare su Amazon come si è trovato.',
    'N\'oubliez pas de dire sur Amazon ce que vous en pensez.',
  ])('%s', (text) => expect(rules(text)).toEqual(['review_request']));

  it('after Request a Review the same ask blocks the channel too', () => {
    expect(rules('El repartidor llega el jueves. Cuando lo use, no olvide contarnos qué tal en Amazon.', undefined, true)).toEqual(['review_channel', 'review_request']);
    expect(rules('Il ricambio arriva lunedì. Ci dica poi nella recensione come va.', undefined, true)).toEqual(['review_channel', 'review_request']);
  });

  it.each([
    'Díganos qué reseña le preocupa y la revisamos con Amazon.',
    'Ci dica la taglia che preferisce per il cambio.',
    'No olvide que el plazo de devolución es de 30 días.',
    'Tell us what you wrote in your review so we can fix it.',
    'Let us know in your reply which size you need.',
    'Non dimentichi: il reso è gratuito entro 30 giorni.',
  ])('%s', (text) => expect(rules(text)).toEqual([]));

  // "don't forget:" with a fact after it reminds, it asks nothing (the pressure stays the lexicon's leading)
  it('Não esqueça: avaliações com menos de 4 estrelas pesam muito para quem está começando.', () =>
    expect(rules('Não esqueça: avaliações com menos de 4 estrelas pesam muito para quem está começando.')).not.toContain('review_request'));
});

describe('s25 rev: other buyers\' top ratings and a hope to earn the same from the buyer ask for a rating', () => {
  it.each([
    'Most of our buyers give the blender five stars, and we hope to earn them from you too.',
    'Die meisten Kunden geben uns fünf Sterne, und wir hoffen, sie auch von Ihnen zu bekommen.',
    'La plupart de nos clients nous donnent 5 étoiles et nous espérons les mériter aussi de votre part.',
    'Casi todos nuestros compradores nos dan 5 estrellas; esperamos merecerlas también de su parte.',
    'A maioria dos clientes nos dá 5 estrelas e esperamos merecê-las de você também.',
  ])('%s', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  it.each([
    // no rating hoped for: trust, custom (the majority phrase stays the lexicon's leading, no ask)
    ['La mayoría de nuestros clientes repiten compra y esperamos merecer su confianza también.', ['leading']],
    ['We hope to earn your trust with the replacement.', []],
    ['Wir hoffen, auch von Ihnen bald wieder eine Bestellung zu bekommen.', []],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s25 rev: a reward with the review fronted ("with your review, ...") is an incentive, the ask implied', () => {
  it.each([
    'Con la sua recensione, garanzia prolungata di un anno: ci scriva qui il nome usato.',
    'Con su reseña, le ampliamos la garantía a tres años.',
    'Com a sua avaliação, a garantia passa para 3 anos.',
    'Avec votre avis, nous prolongeons la garantie d\'un an.',
    'With your review, the warranty goes up to three years.',
    'Mit Ihrer Bewertung verlängern wir die Garantie um ein Jahr.',
  ])('%s', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  it.each([
    'Con la recensione che ci ha lasciato abbiamo capito il problema: le inviamo un buono come scusa.',
    'Mit Ihrer Bewertung haben wir den Fehler gefunden und Ihnen den Betrag erstattet.',
    'Con su reseña, hemos encontrado el fallo del lote.',
  ])('%s', (text) => expect(rules(text)).toEqual([]));
});

describe('s25 rev: Amazon\'s review ask, then the seller\'s "please leave one" and a reward: the ask is the seller\'s, incentivised', () => {
  it.each([
    'Amazon will ask you for a review soon; please leave one, we slipped a voucher in.',
    'Amazon vai pedir uma avaliação em breve; por favor, deixe uma, colocamos um cupom no pacote.',
    'Amazon le pedirá una reseña pronto; por favor, déjenos una, le metimos un cupón en la caja.',
  ])('%s', (text) => expect(rules(text)).toEqual(['leading', 'review_request']));

  it.each([
    // a plea not to feel obliged, or to ignore Amazon's mail: no ask of the seller's, the apology voucher no incentive
    'Amazon may ask you for a review; please feel free to ignore it. We added a voucher as an apology for the delay.',
    'Amazon will email you about a review; please don\'t feel you have to leave one. We included a voucher as an apology for the delay.',
  ])('%s', (text) => expect(rules(text)).not.toContain('leading'));
});
