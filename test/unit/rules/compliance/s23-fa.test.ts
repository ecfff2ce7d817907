// False alarms of the s23 blind batches c, d, e and f on compliant near-misses, each fixed by its cause and written here
// in other words - with near-misses that are real violations and must still flag after each guard.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

/** The rules' own findings (not the learned layer's), so a case cannot pass on the model alone. */
const ruled = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.layer !== 'model');
const rules = (text: string, options?: CheckOptions) => [...new Set(ruled(text, options).map((f) => f.rule))].sort();
/** Every finding, the learned layer's too. */
const all = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();

describe('chat-typed negations refuse as typed ones do', () => {
  it.each([
    'sorry, we cant do payments outside amazon, just use another card',
    'we dont take payment outside amazon, sorry',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('offplatform');
  });
  it('Italian "nn" before a review is no ask for one (the contact-first steering stays leading)', () => {
    expect(rules('nn lasciare feedback negativi, prima scrivici qui')).toEqual(['leading']);
    expect(rules('nn lasciare una recensione brutta, prima scrivici')).not.toContain('review_request');
  });
  it('still flags an invitation after the chat-typed negation, and an ask the "nn" does not govern', () => {
    expect(rules('pls dont hesitate to whatsapp us for faster help')).toContain('offplatform');
    expect(rules('per favore lasciaci una recensione, nn costa nulla')).toContain('review_request');
    expect(rules('we cant reply here, email us at the shop instead')).toContain('offplatform');
  });
});

describe('a bare "no" before the channel with a regret beside it', () => {
  const buyerMessage = 'have u got whatsapp? its easier';
  it.each([
    'no whatsapp sorry, just reply in here and we will see it',
    'sorry, no whatsapp - reply right here and we answer fast',
  ])('%s', (text) => {
    expect(rules(text, { buyerMessage })).toEqual([]);
  });
  it('not an invitation after "no worries", nor a channel offered after "but"', () => {
    expect(rules('no worries, whatsapp me at 07700 900123', { buyerMessage })).toContain('offplatform');
    expect(rules('sorry no email but you can whatsapp us', { buyerMessage })).toContain('offplatform');
    expect(rules('No WhatsApp a gente responde mais rápido, é só chamar', { buyerMessage })).toContain('offplatform');
  });
});

describe('a refusal at the head of a list of channels reaches its last item', () => {
  it.each([
    'Aviso: não mandamos boletos por e-mail, SMS ou WhatsApp.',
    'Wir antworten nicht per E-Mail, Telefon oder WhatsApp.',
    'Non rispondiamo via e-mail, telefono o Telegram.',
    "We don't do phone, email or WhatsApp support, only Amazon messages.",
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('not a list of verbs that invite, a contrast, or a channel that opens its own clause', () => {
    expect(rules("We can't reply here, email, text or WhatsApp us instead.")).toContain('offplatform');
    expect(rules('Não atendemos por e-mail, mas no WhatsApp sim.')).toContain('offplatform');
    expect(rules('Não atendemos por aqui, chama no WhatsApp ou Telegram.')).toContain('offplatform');
  });
});

describe('a stranger asking over a channel, in a warning', () => {
  it.each([
    'Bitte leisten Sie keine Zahlung per PayPal o. Ä., auch wenn das jemand per E-Mail von Ihnen verlangt.',
    'Never pay us by PayPal, even if someone asks you to by WhatsApp.',
  ])('%s', (text) => {
    expect(all(text)).toEqual([]);
  });
  it("not the seller's staff or an invitation after someone's question", () => {
    expect(rules('If someone asks, just email us at the shop.')).toContain('offplatform');
    expect(rules('Jemand aus unserem Team schreibt Ihnen per E-Mail.')).toContain('offplatform');
    expect(rules('Falls jemand fragt, schreiben Sie uns per WhatsApp.')).toContain('offplatform');
  });
});

describe("Japanese drops the subject after the carrier's call", () => {
  it.each([
    '大型家具のため、運送会社より事前にお電話で配達日のご確認がございます。ご登録の電話番号へご連絡が入りますので、よろしくお願いいたします。',
    '配送業者より前日にお電話がございます。ご登録の電話番号宛てにご連絡が入りますので、ご対応をお願いいたします。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it("not the seller's own channel, a messenger, or a carrier that only delivered", () => {
    expect(rules('配送業者よりお電話がございます。弊社の電話までお気軽にご連絡ください。')).toContain('offplatform');
    expect(rules('配送業者よりお電話がございます。お客様のLINE IDを教えてください。')).toContain('offplatform');
    expect(rules('配送業者が商品をお届けしました。お客様の電話番号を教えてください。')).toContain('personal_data');
    expect(rules('The courier will phone you before delivery. Please also send us your WhatsApp number for our offers.')).toContain('offplatform');
  });
});

describe('a messenger a device works with or shows', () => {
  it.each([
    ['Yes, once paired it handles Teams, WhatsApp and ordinary phone calls through the mic.', 'Can I use it for WhatsApp calls?'],
    ["Telegram notifications only pop up on the band after you switch on 'Show notifications' for Telegram in the app.", undefined],
  ])('%s', (text, buyerMessage) => {
    expect(rules(text, buyerMessage ? { buyerMessage } : undefined)).toEqual([]);
  });
  it('not the seller answering there', () => {
    expect(rules('We answer on WhatsApp, Zoom or phone calls, whatever works for you.')).toContain('offplatform');
    expect(rules("Tick 'Allow notifications' for WhatsApp and we'll send you our deals there.")).toContain('offplatform');
  });
});

describe("where a refund lands is no ask for the buyer's bank details", () => {
  it.each([
    'Your refund has been processed today and should reflect in your bank account within 5 working days.',
    'The amount is normally deposited into your bank account by the end of the week.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('still flags the details asked for', () => {
    expect(rules('Please share your bank account so the refund can reflect faster.')).toContain('personal_data');
    expect(rules('Kindly send your bank account number, the refund will be deposited into it.')).toContain('personal_data');
  });
});

describe('a glued full stop before a time phrase', () => {
  it.each([
    'Refund done from our end.in 2-4 days you will see it.',
    'Your parcel left today.at 9 am tomorrow it should be with the courier.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('still an address with an invitation, or a word after it that is no time unit', () => {
    expect(rules('Order on kettlehub.in 2 days delivery')).toContain('url');
    expect(rules('Our new site is kettlehub.in 3 clicks to order')).toContain('url');
  });
});

describe("the order's own discount, spread over its items or kept through an exchange", () => {
  it.each([
    "The '3 for 2' promotion on your order was split across the three mugs, so each returned mug refunds its share.",
    'Der Rabatt der Aktion bleibt Ihnen selbstverständlich erhalten, auch wenn wir das Gerät tauschen.',
    'Il 20% di sconto del Prime Day le resta valido anche se cambiamo il bollitore.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('not a discount kept for a purchase to come', () => {
    expect(rules('Der Rabatt bleibt erhalten, wenn Sie bis Sonntag noch ein zweites Gerät bestellen.')).toContain('marketing');
    expect(rules('La remise vous reste acquise sur votre prochaine commande avec le code ETE10.')).toContain('marketing');
    expect(rules("Our 'buy 2, save 10%' promotion is on now - grab a second one!")).toContain('marketing');
  });
});

describe("the buyer's model succeeded by a new one", () => {
  it('a replacement, no novelty offered', () => {
    expect(rules('Hi Sam, the KT-5 kettle you have has been replaced by a new model, the KT-6, with the same base and lid.')).toEqual([]);
  });
  it('not the range told as replaced with an invitation', () => {
    expect(rules('Our KT-5 kettle has been replaced by a new model, the KT-6 - check it out in our store!')).toContain('marketing');
  });
});

describe('quoted Title-Case names of a thing', () => {
  it.each([
    "Hi, the 'Mega Sale' napkin box holds 200 and we packed the 100 box by mistake; the rest ships today.",
    'Les stylos « Bonne Note » bleus sont repartis ce matin avec un nouveau numéro de suivi.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('not the quoted words as a sale, an event, a review or an ask', () => {
    expect(rules("Don't miss our 'Big Deal' weekend - everything 20% off!")).toContain('marketing');
    expect(rules("Please leave us a 'Five Star' review if you can.")).toContain('review_request');
    expect(rules('Donnez-nous une « Bonne Note » sur Amazon !')).toContain('review_request');
    expect(rules("Join the 'Big Deal' sale today!")).toContain('marketing');
  });
});
