// Misses and the false alarm of the s19 blind batch b, each fixed by its cause and written here in other words and
// other languages - with the near-misses the same changes must leave clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('a review ask conditioned on the item matching what the buyer hoped for', () => {
  it.each([
    'If the kettle turned out as good as you hoped, other buyers would be glad to read about it in a review.',
    'If the lamp is as sturdy as you expected, please leave a review on Amazon.',
    'When the mixer turned out great, a quick review would help other shoppers.',
    'Wenn der Topf so gut ist wie erhofft, freuen wir uns über eine Bewertung.',
    'Si la sartén es tan buena como esperaba, le agradeceríamos una reseña.',
    'Se la moka è così buona come sperava, ci lasci una recensione.',
    'Se a chaleira ficou tão boa quanto esperava, deixe uma avaliação na Amazon.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('leaves a plain review ask and a hope without a review alone', () => {
    expect(rules('If you have a minute, a review on Amazon would help other shoppers.')).not.toContain('leading');
    expect(rules('We hope the kettle turned out as good as you hoped.')).toEqual([]);
    expect(rules('Si la sartén no es tan buena como esperaba, escríbanos y la cambiamos.')).toEqual([]);
  });
});

describe("the seller's team size as a plea beside a review ask", () => {
  it.each([
    'A seller rating would mean a lot to us - we are a three-person shop.',
    'Über ein Feedback würden wir uns freuen, wir sind ein Drei-Mann-Betrieb.',
    'Eine Bewertung wäre toll, gerade für einen Zwei-Personen-Laden wie uns.',
    '¿Nos daría una valoración? Para una tienda de dos personas cuenta muchísimo.',
    'Ci dedicherebbe un minuto per una recensione? Per un negozio di tre persone vale tantissimo.',
    'Nos daria uma avaliação? Para uma loja de duas pessoas faz toda a diferença.',
    'Nous accorderiez-vous un avis ? Pour une boutique de deux personnes, cela compte beaucoup.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('leaves a product for two, and a team size without a review, alone', () => {
    expect(rules('Das Zwei-Personen-Zelt ist heute verschickt worden.')).toEqual([]);
    expect(rules('The two-person tent ships today in a separate box.')).toEqual([]);
    expect(rules('Somos un negocio de tres personas, por eso respondemos en 24 horas.')).toEqual([]);
    expect(rules('¿Nos daría el número de pedido? Así el técnico hace la valoración del daño.')).toEqual([]);
  });
});

describe('a hoped-for rating of a plural item', () => {
  it.each([
    'Ojalá los cojines se merezcan sus cinco estrellas.',
    "J'espère que les draps méritent vos cinq étoiles.",
    'Speriamo che i cuscini meritino cinque stelle.',
    'Tomara que as toalhas mereçam as cinco estrelas.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  it('leaves stars that are things alone', () => {
    expect(rules('Esperamos que las estrellas adhesivas lleguen a tiempo.')).toEqual([]);
    expect(rules('Tomara que as estrelas adesivas cheguem na sexta.')).toEqual([]);
    expect(rules('We hope the projector stars deserve a spot on your bedroom ceiling.')).toEqual([]);
  });
});

describe('a changed review asked for after a fix', () => {
  it.each([
    'Now that the new latch works, would you consider changing what you said on the listing?',
    'Since the fault is fixed, would you mind updating what you posted on Amazon?',
    '以前のレビューを交換後の状態に合わせて書き直していただけますと幸いです。',
    '先日の評価を今の状況に沿って見直していただけないでしょうか。',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });

  it('leaves the seller changing its own page, and a changed address, alone', () => {
    expect(rules('いただいたレビューを参考に説明文を修正いたしました。')).toEqual([]);
    expect(rules('You can try changing your delivery address in your Amazon account.')).toEqual([]);
    expect(rules('We are updating what we wrote in the manual since version 2.')).toEqual([]);
  });
});

describe('a screenshot of the posted review', () => {
  // the review still to be posted is asked for as well
  it.each([
    'When your review is up on Amazon, please send us a screenshot.',
    'Once your impressions of the lamp are up on Amazon, feel free to share a screengrab with us.',
    'レビューを投稿されましたら、その画面のスクリーンショットをお送りください。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request']));
  });

  // proof of a review already written: leading only, as the corpus has it
  it('asks for proof of a written review', () => {
    expect(rules('Please share a screenshot of your rating with us.')).toEqual(['leading']);
    // (the Japanese review-noun ask reads 評価 + a request as an ask of its own, before this change too)
    expect(rules('ご評価のスクショを送っていただけますか。')).toContain('leading');
  });

  it('leaves a screenshot of an error or an order alone', () => {
    expect(rules('Once the app is installed, please send a screenshot of the error message.')).toEqual([]);
    expect(rules('エラー画面のスクリーンショットをお送りください。')).toEqual([]);
    expect(rules('注文履歴のスクリーンショットを添付してください。')).toEqual([]);
  });
});

describe('an invitation off Amazon that names Amazon as what it skips', () => {
  it.each([
    'Scan the QR code on the leaflet and you reach our support chat directly, no need to wait for Amazon messages.',
    'Scannen Sie den QR-Code auf der Karte und chatten Sie direkt mit unserem Support, ohne Umweg über Amazon.',
    'Escanee el código QR de la tarjeta y hablará con nuestro soporte, sin esperar a los mensajes de Amazon.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('leaves a code that opens a manual, and a refusal, alone', () => {
    expect(rules('The QR code on the box opens the manual, no need to wait for Amazon messages.')).toEqual([]);
    expect(rules('We do not offer a chat outside Amazon; please keep writing here.')).toEqual([]);
  });
});

describe('an ID the buyer shows at the post office, not to the seller', () => {
  it.each([
    'Na retirada nos Correios eles pedem documento com foto, então leve a CNH.',
    'Para retirar na agência, leve o RG: eles pedem na hora.',
    'En la recogida en Correos piden el DNI; lleve el carnet de conducir.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('still flags an ID sent to the seller', () => {
    expect(rules('Envie o RG e a CNH por aqui para liberarmos a troca.')).toContain('personal_data');
    expect(rules('Para retirar no nosso ponto, leve o RG; nós precisamos conferir.')).toContain('personal_data');
  });
});
