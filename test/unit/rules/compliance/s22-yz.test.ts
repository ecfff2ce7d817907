// Session 22, helper yz: the causes behind the s21 blind y/z errors, in our own words, with variants in the languages each
// rule serves and near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

type Opts = Parameters<typeof checkMessage>[1];
const rules = (text: string, opts: Opts = {}) => [...new Set(checkMessage(text, opts).map((f) => f.rule))].sort();

describe('s22 yz: a review verb after "before / instead of" asks for none (contact-first is leading only)', () => {
  it.each([
    ['Avant de noter votre commande, écrivez-nous si un détail vous gêne : on arrange ça entre nous.'],
    ['Antes de escribir una opinión, cuéntanos qué ha fallado con la lámpara y lo arreglamos.'],
    ['Prima di lasciare una recensione raccontaci cosa non va, lo sistemiamo subito.'],
    ['Antes de avaliar o produto, conte-nos qualquer problema.'],
    ['Before you rate your purchase, tell us if anything is off.'],
  ])('%s -> leading, no review_request', (text) => {
    const found = rules(text);
    expect(found).toContain('leading');
    expect(found).not.toContain('review_request');
  });
  it('a plain ask with a tell-us verb is still a review ask', () => {
    expect(rules('Cuéntenos su experiencia en Amazon, nos ayuda mucho.')).toContain('review_request');
  });
});

describe('s22 yz: thanks for a review left, in the perfect, "having taken the time"', () => {
  it.each([
    ["Merci d'avoir pris le temps de laisser un avis sur la bouilloire !"],
    ['Grazie per aver preso il tempo di lasciare una recensione.'],
    ['Obrigado por deixar sua opinião sobre a torradeira.'],
  ])('%s -> clean without Request a Review', (text) => expect(rules(text)).toEqual([]));
  it.each([
    ["Merci d'avoir pris le temps de laisser un avis sur la bouilloire !"],
    ['Grazie per aver lasciato il suo parere sulla caffettiera.'],
  ])('%s -> review_channel after Request a Review', (text) => expect(rules(text, { reviewAlreadyRequested: true })).toEqual(['review_channel']));
  it('thanks in advance stays an ask', () => {
    expect(rules('Merci de prendre le temps de laisser une évaluation.')).toContain('review_request');
    expect(rules('Grazie per aver lasciato il pacco al vicino.', { reviewAlreadyRequested: true })).toEqual([]);
  });
});

describe('s22 yz: payment channels', () => {
  const buyer = 'could you just PayPal me the money back? quicker';
  it('a payment channel wished for, the refund kept on Amazon, is declined', () => {
    expect(rules("I see you'd rather get the refund by PayPal, but we can only refund through Amazon. It is on its way.", { buyerMessage: buyer })).toEqual([]);
    expect(rules('Ich verstehe, dass Sie die Erstattung lieber per PayPal hätten, aber Rückerstattungen gehen nur über Amazon.')).toEqual([]);
  });
  it('... but not when the seller invites the payment there', () => {
    expect(rules("Sure, you'd prefer PayPal, so send us the money by PayPal, but returns only through Amazon.")).toContain('offplatform');
  });
  it("the buyer's payment-app handle asked is off Amazon and personal data", () => {
    expect(rules("Of course - what's your Zelle handle? I'll send the $9 later today.", { buyerMessage: buyer })).toEqual(['offplatform', 'personal_data']);
    expect(rules("Please don't send us your Venmo handle; refunds go through Amazon.")).toEqual([]);
    expect(rules("What's your Instagram handle? We'd love to feature your photo.")).toEqual(['personal_data']);
  });
});

describe('s22 yz: contact asks and phone words', () => {
  it.each([
    ['Claro, apúntame tu email y te mando las instrucciones por ahí.'],
  ])('%s -> offplatform + personal_data', (text) => expect(rules(text)).toEqual(['offplatform', 'personal_data']));
  // (s35 fb35: the contact asked for a catalogue is marketing too - 12 of 14 dev rows that ask it for offers or a catalogue say so)
  it('the contact asked for to send a catalogue is marketing too', () =>
    expect(rules('Apúntenos su correo y le enviamos el catálogo.')).toEqual(['marketing', 'offplatform', 'personal_data']));
  it('a date noted in the buyer\'s own mailbox is no ask', () => {
    expect(rules('Apúntate la fecha de entrega en tu agenda.')).toEqual([]);
  });
  it('texting a team on a short number is a phone number', () => {
    expect(rules('Next time just text our sizing team on 555-0178, they answer fast.')).toEqual(['offplatform', 'phone']);
    expect(rules('Message the support desk at 555-0199 for a faster answer.')).toContain('phone');
  });
});

describe('s22 yz: product facts and service steps that are no violation', () => {
  it('a device showing messenger notifications, asked about by the buyer', () => {
    expect(rules('Yes - after pairing, Telegram, SMS and e-mail alerts appear on the watch face. Replies are not supported.', { buyerMessage: 'Does the band show Telegram messages?' })).toEqual([]);
    expect(rules('Ja, nach dem Koppeln zeigt das Armband Benachrichtigungen von WhatsApp und SMS an.', { buyerMessage: 'Zeigt das Armband WhatsApp-Nachrichten an?' })).toEqual([]);
    // the buyer asking to be written to on the messenger is still a proposal
    expect(rules('Yes, sure.', { buyerMessage: 'Can you send me WhatsApp messages about the delivery?' })).toEqual(['offplatform']);
  });
  it("Amazon granting its own programme's discount", () => {
    expect(rules('Bei mehreren Spar-Abo-Artikeln in einer Lieferung gewährt Amazon automatisch einen Rabatt, nicht wir.')).toEqual([]);
    expect(rules('At checkout Amazon automatically applies a 5% discount when you have five subscriptions.')).toEqual([]);
    expect(rules('Amazon offers a 20% discount on our new blender this week.')).toContain('marketing');
  });
  it('an ID shown at the pickup point', () => {
    expect(rules('El paquete te espera en la oficina de Correos; puedes recogerlo presentando tu DNI.')).toEqual([]);
    expect(rules('O pacote está na agência dos Correios; pode retirá-lo apresentando o RG.')).toEqual([]);
    expect(rules('Envíenos una foto presentando su DNI por aquí.')).toContain('personal_data');
  });
  it('the shop following up the delivery is no social follow', () => {
    expect(rules('お荷物の状況は当店でも引き続きフォローいたします。')).toEqual([]);
    expect(rules('発送後も当店にて状況をフォローさせていただきます。')).toEqual([]);
    expect(rules('当店をフォローしてください。')).toContain('marketing');
  });
  it('a gift to the seller is no promotion', () => {
    expect(rules('Se il puzzle è piaciuto, una recensione sarebbe un bel regalo per noi.')).not.toContain('marketing');
    expect(rules('Our gift boxes are a lovely present for the holidays.')).toContain('marketing');
  });
});

describe('s22 yz: leading the labels have', () => {
  it.each([
    ['Wenn Sie Spaß am Puzzle hatten, bewerten Sie es gern.'],
    ['If the kids have fun with the puzzle, a quick review would mean the world to us.'],
    ['Se i bambini si divertono con il puzzle, ci lasci una recensione!'],
    ['Agora que a mochila já está com você, conta pra gente nas avaliações da Amazon o que achou?'],
    ['Maintenant que la bouilloire chauffe vos matins, un petit mot sur la fiche produit aiderait les futurs acheteurs.'],
    ['Ora che il trapano è arrivato, ci lascerebbe una recensione su Amazon?'],
    ['Siamo una piccola fabbrica di famiglia e ogni stellina conta per noi: ci lasci una recensione!'],
    ['Olá, somos uma pequena queijaria familiar e cada estrelinha faz diferença pra gente.'],
    ['95%のお客様から高評価をいただいております。ぜひレビューをお願いします。'],
    ['Muchos clientes le dan cinco estrellas a la silla; tenemos curiosidad por saber qué opina usted.'],
    ["Lots of our buyers give the lamp top marks, so we're curious where you'll land."],
  ])('%s -> leading + review_request', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));
  it.each([
    ['Viel Spaß mit dem Puzzle! Bei Fragen melden Sie sich gern.'],
    ['Agora que o tênis chegou, veja as dicas de limpeza na caixa.'],
    ['お客様の9割以上が満足と答えてくださっている商品です。ご不明点があればお知らせください。'],
    ['Many of our buyers give the filter a rinse first, so we are curious whether yours came clean.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));
});
