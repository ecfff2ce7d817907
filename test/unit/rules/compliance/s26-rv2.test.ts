// Session 26, helper rv2: the reviewer's findings #4-#8, #10, #12, #13 on the s26 changes (s26-review.md.out), each reviewer input
// as a test, with our own variants in other languages: near-misses that must stay clean, violations that must keep their labels.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** The rule layer's rules (the learned layer's findings left out: these fixes are the rules'). */
const rules = (text: string) => [...new Set(checkMessage(text).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();
const entries = (text: string) => checkMessage(text).map((f) => f.entry ?? '');

describe('#4 review-takes-a-moment: the quick act must be the review', () => {
  it.each([
    // the reviewer's inputs: a reply to a posted review, another act is the quick one
    'Zu Ihrer Bewertung: Es dauert nur eine Minute, den Deckel zu tauschen.',
    'Sobre su reseña: solo le lleva un minuto cambiar la tapa, le enviamos una nueva.',
    'レビューを拝見しましたが、パッキンの交換は1分ほどで完了します。',
    // ours
    'Regarding your review: it only takes a minute to swap the filter, and a new one is on its way.',
    "À propos de votre avis : cela ne prend qu'une minute pour changer le joint.",
    'Riguardo alla sua recensione: ci vuole solo un minuto per cambiare la guarnizione.',
    'Sobre sua avaliação: leva só um minuto para trocar a tampa, já enviamos outra.',
    'Ihre Bewertung haben wir notiert. Den Filter auszutauschen dauert nur eine Minute.',
    'Your review mentions the lid: it only takes a minute to swap it.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Your review of the fan helps a lot - it only takes a minute to help other shoppers decide.',
    'Eine Bewertung hilft anderen Käufern, es dauert nur eine Minute, eine zu schreiben.',
    'Eine Bewertung dauert nur eine Minute und hilft uns sehr.',
    'Your review of the kettle helps others - it only takes a minute after delivery.',
    'レビューは1分ほどで完了します。',
  ])('%s is still a review_request (review-takes-a-moment)', (text) => {
    expect(rules(text)).toContain('review_request');
    expect(entries(text)).toContain('review_request:review-takes-a-moment');
  });
});

describe('#5 the plight: the shop closing for want of the buyers\' reviews', () => {
  it.each([
    'Without the technician\'s review of the photos we would have to close the case, so please send them by Friday.',
    'Sin la valoración del técnico podríamos cerrar la incidencia sin reembolso, así que envíe las fotos.',
    'Senza la valutazione del tecnico dovremmo chiudere la pratica senza rimborso.',
    'Sem a avaliação do técnico teríamos que fechar o chamado sem reembolso.',
    'Ohne die Bewertung des Technikers müssten wir den Fall schließen.',
    // ours: the closing verb with a file as object, or the assessment an expert's
    'Sans l\'évaluation du technicien, nous devrions fermer le dossier.',
    'Senza le recensioni del produttore dovremmo chiudere la richiesta.',
    'Without the technician\'s reviews we would have to close the shop.',
    'Ohne die Bewertung des Gutachters müssten wir schließen.',
    'Without the review we could go under.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Without reviews from buyers like you we might have to close the shop this year.',
    'Without your reviews, we could go under.',
    'Sin sus reseñas tendríamos que cerrar la tienda.',
    'Sin reseñas podríamos cerrar este año.',
    'Ohne Bewertungen müssten wir dieses Jahr schließen.',
    'Ohne die Bewertungen unserer Kunden müssten wir schließen.',
    'Sans les avis de nos clients, nous risquons de fermer.',
    'Senza recensioni rischiamo di chiudere.',
  ])('%s is still a review_request', (text) => expect(rules(text)).toEqual(['review_request']));
});

describe('#6 rate-by-buyer: "review" as checking a document', () => {
  it.each([
    'It would mean the world to us if you could review the invoice we attached and confirm the address.',
    'It would mean a lot to us if you could review the photos before we ship the replacement.',
    'It would mean so much to us if you reviewed the return steps in the PDF.',
    'It would mean the world to us if you could review the attached order summary and confirm it.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Honestly it would mean the world to us if you rated the lamp.',
    'It would mean the world to us if you could review the bird feeder.',
    'It would mean a lot to us if you reviewed it.',
    'It would mean the world to us if you could review our little kettle.',
  ])('%s is still a review_request', (text) => expect(rules(text)).toContain('review_request'));
});

describe('#8 a policy page does not clear a direct return outside Amazon', () => {
  it.each([
    'Read our return policy at www.casaolmo.shop/returns and send the item back to us directly, not through Amazon.',
    'Read the page at www.casaolmo.shop/returns and send the item back to us directly, not through Amazon.',
    'Lea nuestra política de devoluciones en www.casaolmo.shop/devoluciones y envíenos el artículo directamente, no a través de Amazon.',
    // ours
    'Lesen Sie unsere Rückgabebedingungen unter www.fernholz.de/retoure und schicken Sie den Artikel direkt an uns, nicht über Amazon.',
    "Lisez notre politique de retour sur www.fernholz.fr/retours et renvoyez-nous l'article directement, pas via Amazon.",
    'Leia nossa política de devolução em www.fernholz.com.br/trocas e devolva direto para nós, não pela Amazon.',
  ])('%s is offplatform + url', (text) => expect(rules(text)).toEqual(['offplatform', 'url']));

  it.each([
    'Read our return policy at www.casaolmo.shop/returns; the refund goes directly to your card.',
    'Nuestra política de devoluciones está en www.casaolmo.shop/devoluciones; el reembolso va directamente a su tarjeta.',
    'Unsere Rückgabebedingungen finden Sie unter www.fernholz.de/retoure, die Erstattung geht direkt auf Ihr Konto.',
    'Our manual is at www.fernholz.shop/manual; we send replacement parts directly from our warehouse.',
  ])('%s stays url only', (text) => expect(rules(text)).toEqual(['url']));
});

describe('#7 time-limited: the limit and the deal in one clause, next to each other', () => {
  it.each([
    'Hoy solo trabaja el almacén por la mañana, así que el envío gratis de su recambio sale a las 12.',
    // ours
    'Hoy solo trabaja el almacén por la mañana, así que el envío gratis de su pedido sale a las 12.',
    'Today only the warehouse is staffed in the morning, so the free shipping of your spare lid leaves at noon.',
    'Oggi solo il corriere passa al mattino, quindi la spedizione gratuita del ricambio parte domani.',
    'Hoy solo abrimos por la mañana. El envío es gratis.',
  ])('%s stays clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    'Your parcel is out for delivery. Today only: phone stands at half price, take advantage!',
    'Saiu para entrega. Aproveite: capinhas em dobro só hoje.',
    'Nur diese Woche: Untersetzer zum halben Preis, nutzen Sie es!',
    'Cette semaine seulement : les housses à moitié prix, profitez-en !',
    'Hoy solo: envío gratis en todas las fundas.',
  ])('%s is still marketing (time-limited)', (text) => expect(entries(text)).toContain('marketing:promotion-time-limited'));
});

describe('#10 contact-the-team: a dearer model or kit in the sentence keeps the learned layer\'s marketing', () => {
  // (the reviewer's input: no rule finds it, the learned layer does; the guard must leave that finding - this test reads the learned
  // layer, so a retrained model that no longer scores it would need another input here)
  it('Fale com o nosso time sobre o kit profissional ... keeps marketing', () => {
    expect(checkMessage('Fale com o nosso time sobre o kit profissional, ele dobra a potência.').map((f) => f.rule)).toContain('marketing');
  });
  it.each([
    // the guard still clears the service lines it was written for (spare parts for the buyer's own device: #13's generic nouns)
    'All the spare parts for your machine are listed in our manual.',
    'Talk to our team here if the seal of your unit leaks.',
  ])('%s stays clean', (text) => expect(checkMessage(text).map((f) => f.rule)).toEqual([]));
});

describe('#12 the pack-of look-behind shared (lexicon/shared.ts NOT_A_PACK_LABEL)', () => {
  it('es, fr and it read one copy', async () => {
    const { NOT_A_PACK_LABEL } = await import('../../../../rules/compliance/lexicon/shared');
    const { es } = await import('../../../../rules/compliance/lexicon/es');
    const { fr } = await import('../../../../rules/compliance/lexicon/fr');
    const { it: itLex } = await import('../../../../rules/compliance/lexicon/it');
    for (const [lex, id] of [[es, 'pack-of'], [fr, 'pack-of'], [itLex, 'multi-pack']] as const) {
      const found = JSON.stringify(lex).includes(JSON.stringify(NOT_A_PACK_LABEL).slice(1, -1));
      expect(found, id).toBe(true);
    }
  });
  it.each([
    ['Le code EAN du lot de 2 figure sur l\'étiquette.', []],
    ['La etiqueta del pack de 3 lleva el número de lote.', []],
  ])('%s stays clean', (text, expected) => expect(rules(text)).toEqual(expected));
});
