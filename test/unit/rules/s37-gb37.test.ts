// Session 37, helper gb37: leading asks once the job is done (the item looking as good as its photos, the work turned out the way
// the buyer wanted, a job finished without trouble), a free thing promised once the review is up, and review trades the buyer
// proposed and the seller accepts (paid once the review shows, changes or disappears) - with their near-misses, in our own words
// (not the corpus sentences).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s37 gb37: an ask conditioned on the work turning out as hoped is leading (conditioned-ask.ts)', () => {
  it.each([
    "If the new curtains look just as nice as in the pictures, we'd love to read about it in a review.",
    'Se o piso ficou do jeito que você imaginava, deixa uma avaliação pra gente na Amazon!',
    'Si la estantería quedó justo como la quería, ¿nos deja una reseña en Amazon?',
    'Se la parete è venuta proprio come la voleva, ci lasci una recensione su Amazon.',
    'キッチンの棚の取り付けが無事に終わりましたら、ぜひレビューでご感想をお聞かせください。',
  ])('%s is leading + review_request', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
  it.each([
    "Once you've had a chance to use the drill, we'd appreciate a quick review on Amazon.",
    '商品が無事に届きましたら、ぜひレビューをお寄せください。',
    '無事お手元に届きましたら、評価をいただけますと幸いです。',
    '無事に交換品をお受け取りいただけましたら、レビューをお願いいたします。',
  ])('%s (timing or a safe arrival) stays review_request only', (text) => {
    expect(rules(text)).toContain('review_request');
    expect(rules(text)).not.toContain('leading');
  });
  it.each([
    'The colours look as good as the photos on the listing, as other buyers say.',
    'Se o piso ficou do jeito que você queria, ótimo! Qualquer dúvida é só chamar.',
  ])('%s has no review ask and stays clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s37 gb37: a free thing promised once the review is up, in the sentence after the ask (review-incentive.ts IT_POSTED_RE)', () => {
  it.each([
    "Try the grinder for a few days, then share your honest opinion on the product page. Once it's live, drop me a line and I'll send you a spare burr on the house.",
    "Give the lamp a week, then leave your thoughts on Amazon. When it's posted, let me know and we'll mail you a second bulb free.",
  ])('%s is leading + review_request', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
  it.each([
    "Please share your honest opinion on the product page when you can. The replacement bulb ships tomorrow free of charge.",
  ])('%s (a free replacement, no posting condition) is review_request only', (text) => {
    expect(rules(text)).toContain('review_request');
    expect(rules(text)).not.toContain('leading');
  });
});

describe('s37 gb37: a trade the buyer proposed, accepted - paid once the review shows, changes or disappears', () => {
  it('a refund once the raised rating shows is leading', () =>
    expect(rules('Okay, deal. The refund for the postage is sent the moment I see the updated review.', "I'd raise my rating to 5 stars if you refund the postage.")).toContain('leading'));
  it('a refund once the review no longer shows is leading only (a removal)', () => {
    const found = rules('Vale, tan pronto como la opinión ya no aparezca le devolvemos los 20 €.', 'Borro mi opinión si me devolvéis 20 €.');
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });
  it('French: a refund once the comment no longer appears is leading only', () => {
    const found = rules("Entendu, nous vous remboursons 10 € dès que l'avis n'apparaît plus.", 'Je supprime mon avis si vous me faites un geste.');
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });
  it('a refund once the new review is published is leading + review_request', () =>
    expect(rules('Certo! Non appena vediamo la recensione online le rimborsiamo 5 €.', 'Se scrivo una recensione a 5 stelle mi rimborsate qualcosa?')).toEqual(
      expect.arrayContaining(['leading', 'review_request']),
    ));
  it("the buyer's next-order voucher for a changed review is leading + marketing, no new review asked", () => {
    const found = rules(
      'In Ordnung. Den Gutschein bekommen Sie von uns, sobald die geänderte Bewertung online ist.',
      'Wenn Sie mir einen Gutschein für die nächste Bestellung geben, ändere ich meine Bewertung.',
    );
    expect(found).toEqual(expect.arrayContaining(['leading', 'marketing']));
    expect(found).not.toContain('review_request');
  });
  it.each([
    ['The refund goes out as soon as the return is scanned at our warehouse.', 'Can I get a refund for the broken kettle?'],
    ['Le remboursement part dès que le colis retour est visible dans le suivi.', 'Je voudrais être remboursé.'],
    ['Den Gutschein schicken wir Ihnen, sobald die Rücksendung bei uns ist.', 'Bekomme ich einen Gutschein für die Verspätung?'],
  ])('%s (a refund that depends on no review) stays clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));
  it('glad it works, no review word: clean', () => expect(rules('Glad the fence panels look as good as the photos now they are dry!')).toEqual([]));
});

describe('s37 gb37: a second unit the seller gives for a review is no second unit pitched (unasked-pitch.ts)', () => {
  it('an extra blade given once the review is online is leading, not marketing', () => {
    const found = rules("Dès que votre avis est publié, envoyez-nous une capture et on vous offre une deuxième brosse, c'est cadeau.");
    expect(found).toContain('leading');
    expect(found).not.toContain('marketing');
  });
  it('a second unit suggested as a gift stays marketing', () =>
    expect(rules('Un deuxième tapis fait un joli cadeau pour un ami !')).toContain('marketing'));
});
