// Review-ask and leading errors of the s20 blind batches (e: es/pt/it/fr; h en-036, ja-036; g it-021), each fixed by its
// cause and written here in other words, with variants in the other languages the rule serves and near-misses that must
// stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('how to edit an own review, told to a buyer who asked to change it', () => {
  it.each([
    ['Claro, puede cambiar la valoración desde su perfil de Amazon cuando lo desee; usted decide.', '¿Puedo cambiar mi nota? Marqué 2 estrellas por error.'],
    ['Sim, dá para editar o comentário no seu perfil da Amazon; a decisão é sua.', 'Consigo mudar minha nota? Cliquei errado nas estrelas.'],
    ["Bien sûr, vous pouvez changer votre note depuis votre profil Amazon, c'est vous qui voyez.", 'Je peux changer ma note ? Je me suis trompé d’étoiles.'],
    ['Certo, può modificare la recensione dal suo profilo Amazon quando vuole.', 'Posso cambiare la mia recensione? Ho messo 3 stelle per sbaglio.'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags a change the seller asks for, or one the buyer did not ask about', () => {
    expect(rules('Puede editar su opinión desde su perfil de Amazon, ¡ojalá con cinco estrellas!', { buyerMessage: '¿Puedo cambiar mi nota?' })).toContain('leading');
    expect(rules('Pode editar as estrelas no seu perfil da Amazon.', { buyerMessage: 'Quando chega meu pedido?' })).toContain('leading');
    expect(rules('Vous pouvez modifier votre commentaire depuis votre profil Amazon.')).toContain('leading');
  });
});

describe("Amazon's 1-to-5 star scale described to a buyer who asked how to review", () => {
  it.each([
    ['En Mis pedidos pulse «Escribir mi opinión»; puede poner de 1 a 5 estrellas y subir fotos.', '¿Cómo dejo una opinión? No veo el botón.'],
    ['Vous pouvez attribuer de 1 à 5 étoiles et joindre une photo.', 'Comment je laisse un avis sur le produit ?'],
    ['Pode dar de 1 a 5 estrelas e anexar fotos também.', 'Como faço para avaliar o produto?'],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });

  it('still flags the scale used to wish for the top of it, or told unasked', () => {
    expect(rules('Può dare da 1 a 5 stelle: speriamo in cinque stelle!', { buyerMessage: 'Come lascio una recensione?' })).not.toEqual([]);
    expect(rules('Può dare da 1 a 5 stelle, ci lasci una recensione!')).toContain('review_request');
  });
});

describe('thanks for a review the buyer took the time to leave', () => {
  it('is no ask', () => {
    expect(rules('Thanks so much for taking the time to write a review of the kettle - it means a lot.')).toEqual([]);
    expect(rules('Thank you for taking a moment to leave a review on the lamp.')).toEqual([]);
    expect(rules('Many thanks for taking the time to rate the lamp last week.')).toEqual([]);
  });

  it('still flags thanks in advance with the ask in its sentence', () => {
    expect(rules('Thank you for taking the time to leave a review, just click the link below.')).toContain('review_request');
    expect(rules('Thank you for taking the time to leave a review once the blender arrives.')).toContain('review_request');
    expect(rules('Thanks for taking the time to rate us!')).toContain('review_request');
  });
});

describe('asking to change, remove, raise or reconsider a review is leading only', () => {
  it.each([
    'Le hemos devuelto el dinero. Le agradeceríamos que eliminara su valoración negativa.',
    'Já devolvemos o valor. Será que você poderia aumentar as estrelas da sua avaliação?',
    'Ora che è tutto risolto, potrebbe alzare la valutazione?',
    'Nous serions reconnaissants si vous pouviez retirer votre avis négatif.',
    '交換品をお送りしました。レビューをご再考いただけますと幸いです。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading']);
  });
});

describe('a reminder that the review is still due, or not seen yet', () => {
  it.each([
    'Solo para recordarle que la valoración de la sartén sigue pendiente.',
    'A avaliação da luminária ainda está pendente, leva um minutinho.',
    'Le ricordiamo che la recensione del frullatore è ancora in sospeso.',
    'Votre avis sur la bouilloire est toujours en attente, cela ne prend qu’une minute.',
    'Todavía no vemos su opinión sobre la lámpara.',
    'Ainda não vimos sua avaliação do fone.',
    '¿Pudo valorar ya la mochila?',
    '¿Tuvo la oportunidad de valorar el cojín?',
    'Avez-vous pu noter le tapis ?',
    'Passando para lembrar que sua avaliação da panela ainda não foi feita.',
    'Le ricordiamo che manca ancora la sua recensione sul frullatore.',
    'Il nous manque encore votre avis sur la bouilloire.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('review_request');
  });

  it.each([
    'Su reseña está pendiente de publicación por parte de Amazon.',
    'O reembolso ainda está pendente, sai em até 5 dias.',
    'Le remboursement est toujours en attente de validation.',
    'Todavía no vemos su paquete en el sistema del transportista.',
    'La valoración de su reclamación sigue pendiente.',
    'Manca ancora la ricevuta del corriere.',
    'Avez-vous pu noter le numéro de suivi ?',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a review named in one sentence, asked for with a pronoun in the next', () => {
  it.each([
    ['Acabamos de empezar en Amazon y sin reseñas no nos ve nadie. La suya nos ayudaría muchísimo.', true],
    ['Siamo nuovi su Amazon e senza recensioni nessuno ci trova. La sua ci aiuterebbe tanto.', true],
    ['Nous venons de nous lancer et chaque avis compte énormément. Le vôtre nous aiderait beaucoup.', true],
    ['Somos só duas pessoas e cada avaliação faz diferença... se puder deixar a sua, seria um presente.', true],
    ['Su opinión ayudará a otros compradores a elegir la talla. No dude en compartirla en la página del producto.', false],
    ["La sua esperienza aiuterà altri clienti. Non esiti a condividerla sulla pagina del prodotto.", false],
  ])('%s', (text, plea) => {
    const found = rules(text);
    expect(found).toContain('review_request');
    if (plea) expect(found).toContain('leading');
    else expect(found).not.toContain('leading');
  });

  it.each([
    'Hemos leído su reseña con atención. La suya nos ayudará a mejorar el embalaje.',
    'Votre retour est bien arrivé à notre entrepôt. Nous vous le remboursons sous trois jours.',
    'Somos nuevos en Amazon. La suya es la primera pedida que enviamos a Canarias.',
    'La sua recensione parla di un graffio. La sua è la versione vecchia: potrebbe mandarci una foto?',
    "Votre retour est bien arrivé. N'hésitez pas à le laisser au point relais si besoin.",
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("others' ratings as social proof next to an ask", () => {
  it.each([
    '9 clientes de cada 10 le dan cinco estrellas a la lámpara. ¿Y por qué no usted?',
    'Quasi tutti danno cinque stelle al tappeto. Perché non anche lei?',
    'Most buyers give the kettle five stars. Why not you?',
    'Il 97 % delle nostre recensioni è positivo: ci lasci anche lei una recensione!',
    '95% of our ratings are positive - we count on yours too, please leave a review.',
    'Nuestra tienda tiene un 98 % de valoraciones positivas. Contamos con la suya.',
    'Nous avons 98 % d’avis positifs, nous comptons sur votre note !',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });

  it.each([
    'La plupart des clients trouvent que le modèle taille petit. Et vous, quelle taille portez-vous ?',
    '98 % des colis arrivent en 48 heures.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('reads a share of positive ratings as no discount', () => {
    expect(rules('Nossa loja tem 98% de avaliações positivas e a gente quer manter assim.')).not.toContain('marketing');
  });

  it('still reads a real discount percentage as marketing', () => {
    expect(rules('Use o código VOLTA10 e ganhe 10% de desconto na próxima compra.')).toContain('marketing');
  });
});

describe('a reward offered for a review the buyer is to write', () => {
  it.each([
    'Si escribe una reseña sincera del champú, el segundo bote se lo regalamos.',
    'Escanee el código QR para dejar su reseña y le ampliamos la garantía a tres años.',
    'Scannez le QR code pour laisser votre avis et nous vous prolongeons la garantie.',
    'Scan the card to leave a review and we will extend your warranty by a year.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('leading');
    expect(found).toContain('review_request');
    expect(found).not.toContain('offplatform');
  });

  it('still reads a QR code to a chat as an off-Amazon invitation', () => {
    expect(rules('Nel pacco trova un QR code: lo inquadri per scriverci in chat.')).toContain('offplatform');
  });
});
