// Session 22, review helper: es/pt/it/fr review and feedback asks from blind batch b, fixed by cause. Our own paraphrases
// and variants in the languages each fix serves, with near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string, reviewAlreadyRequested?: boolean) =>
  [...new Set(checkMessage(text, { buyerMessage, reviewAlreadyRequested }).map((f) => f.rule))].sort();

describe('s22 rev: asks the structure now reads', () => {
  it.each([
    // a "since it works so well" assumption, then "why not tell the other buyers"
    ['Ya que la lámpara le está funcionando tan bien, ¿por qué no se lo cuenta a los otros clientes?', ['leading', 'review_request']],
    ['Já que a chaleira tá funcionando tão bem, por que não conta pros outros clientes?', ['leading', 'review_request']],
    ['Puisque la bouilloire vous rend bien service, pourquoi ne pas le raconter aux autres clients ?', ['leading', 'review_request']],
    ['Visto che la lampada le sta dando soddisfazione, perché non lo racconta agli altri clienti?', ['leading', 'review_request']],
    // slang condition
    ['Si te mola la lámpara, déjanos unas estrellitas en Amazon.', ['leading', 'review_request']],
    ['Si te está molando el ventilador, nos ayudas con unas estrellas en Amazon?', ['leading', 'review_request']],
    // the seller's certainty the buyer enjoys it, then a wish to read the review
    ['Nous sommes sûrs que vous profitez déjà de la bouilloire ! Nous adorerions lire votre avis sur la fiche produit.', ['leading', 'review_request']],
    // courtesy frames: would you mind
    ['Ti dispiacerebbe lasciare due righe sulla lampada nella scheda prodotto?', ['review_request']],
    ['Cela vous dérangerait d\'écrire deux lignes sur la lampe sur la page du produit ?', ['review_request']],
    // a follow-up on our earlier message about the review, typos in the noun
    ['Ha visto il nostro ultimo messaggio sulla recenzione? Bastano due minuti.', ['review_request']],
    ['¿Vio nuestro mensaje sobre la reseña? Es solo un minuto.', ['review_request']],
    ['Viu nossa mensagem sobre a avaliação? É rapidinho.', ['review_request']],
    ['Tu as pu lire notre message pour l\'avi ? merci', ['review_request']],
    // the opinion named, then "can you leave it" with an enclitic pronoun
    ['Ci teniamo molto al suo parere. Può lasciarlo sulla pagina del prodotto?', ['review_request']],
    // what the buyer thinks, said on Amazon
    ['Dites-nous sur Amazon ce que vous en pensez !', ['review_request']],
    // the order not yet rated, then "do it"
    ['Votre commande n\'a toujours pas été notée. Pouvez-vous le faire ?', ['review_request']],
    ['Su pedido aún no ha sido valorado. ¿Podría hacerlo esta semana?', ['review_request']],
    ['Il suo ordine non è ancora stato valutato: può farlo oggi?', ['review_request']],
    ['O pedido ainda não foi avaliado, pode fazer isso hoje?', ['review_request']],
    // a small shop, the noun before its adjective, and a review's worth
    ['Somos un negocio pequeño y cada reseña cuenta muchísimo.', ['leading', 'review_request']],
  ])('%s -> %j', (text, expected) => {
    const got = rules(text);
    for (const r of expected) expect(got).toContain(r);
  });
});

describe('s22 rev: rewards', () => {
  it.each([
    // a bare "if" with a posting verb, a sum back
    ['Si deja su reseña en Amazon le devolvemos 5 € del pedido.', ['leading', 'review_request']],
    ['Se lascia una recensione le rimborsiamo 5 €.', ['leading', 'review_request']],
    // a coupon unlocked after the posted-review question
    ['Já avaliou? Manda o print que liberamos um cupom de 15%!', ['leading']],
  ])('%s -> %j', (text, expected) => {
    const got = rules(text);
    for (const r of expected) expect(got).toContain(r);
  });

  it.each([
    // the review named in one sentence, the refund for removing "it" in the next: leading only
    'Hemos visto su valoración de una estrella. Si la borra, le devolvemos el importe.',
    'Vimos seu comentário de uma estrela. Se você tirar, devolvemos o valor todo.',
    'Abbiamo letto la sua recensione negativa. Se la rimuove le rimborsiamo tutto.',
    'Nous avons lu votre commentaire à une étoile. Si vous le retirez, nous vous remboursons.',
  ])('%s -> leading, no new review asked', (text) => {
    const got = rules(text);
    expect(got).toContain('leading');
    expect(got).not.toContain('review_request');
  });
});

describe('s22 rev: near-misses stay clean', () => {
  it.each([
    // who writes reviews, answered
    ['No, no sabemos quién escribe las reseñas; las gestiona Amazon.', '¿Saben quién me puso la reseña?'],
    ['Non, nous ne voyons pas qui rédige les avis. Pour tout souci, écrivez-nous ici.', 'Vous voyez qui écrit les avis ?'],
    ['Não, não sabemos quem escreveu as avaliações.', 'Vocês sabem quem avaliou?'],
    ['No, non vediamo chi scrive le recensioni.', 'Vedete chi scrive le recensioni?'],
    // the same frames and conditions without any review
    ['Puisque la cafetière vous rend bien service, pensez à la détartrer chaque mois.', undefined],
    ['Ya que el deshumidificador le funciona tan bien, recuerde vaciar el depósito cada día.', undefined],
    ['Le dispiacerebbe scrivere il numero d\'ordine qui sotto?', undefined],
    ['Ça vous dérangerait d\'écrire votre adresse complète ici ?', undefined],
    ['Ha visto il nostro messaggio sul reso? Le mandiamo l\'etichetta.', undefined],
    ['Avez-vous reçu le colis ? Si oui, pouvez-vous vérifier le couvercle ?', undefined],
    ['Puede dejarla en la recepción del hotel.', undefined],
    // a damage not yet assessed is no review reminder
    ['Le dommage n\'a pas encore été évalué.', undefined],
    // a refund after a low review with nothing asked in return, and a posting verb with no review
    ['Abbiamo letto il suo commento a una stella. Se vuole, le rimborsiamo l\'intero importo subito.', undefined],
    ['Si publica el manual en PDF le devolvemos 5 € del pedido.', undefined],
  ])('%s -> clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));

  // (the rules stay clean on the certainty alone; the learned layer, retrained on the batch's "nous sommes sûrs ... nous adorerions
  // lire votre avis", may warn on the first sentence - a warning, never a block, and measured in the eval's layer table)
  it('the seller\'s certainty with no ask blocks nothing', () => {
    const found = checkMessage('Nous sommes sûrs que vous profitez déjà de votre cafetière ! Voici la notice en PDF.', {});
    expect(found.filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('"if so" after a question of receipt conditions nothing; after a question of satisfaction it does', () => {
    expect(rules('Avez-vous reçu le mail d\'Amazon pour évaluer votre achat ? Si oui, n\'hésitez pas à nous noter.', undefined, true)).not.toContain('leading');
    expect(rules('¿Le llegó el correo de Amazon para valorar el pedido? Si es así, valórenos allí.', undefined, true)).not.toContain('leading');
    expect(rules('La lampe vous plaît ? Si oui, n\'hésitez pas à nous noter.')).toContain('leading');
  });
});
