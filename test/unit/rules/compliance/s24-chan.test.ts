// s24 refactor: one list of messenger apps (lexicon/shared.ts MESSENGER_APPS) for every list whose job is "a messenger named".
// Each list below knew only some names; a sentence with a name it did not know before now behaves like one it knew, and the
// everyday words among the names (signal, messenger, line) stay clean where no messenger is meant.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';
import { MESSENGER_APPS, messengerAppsExcept } from '../../../../rules/compliance/lexicon/shared';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry ?? '');

describe('the shared list', () => {
  it('names the messengers and leaves LINE to the lists that had it', () => {
    const re = new RegExp(`^(?:${MESSENGER_APPS})$`, 'u');
    for (const name of ['whatsapp', 'whats app', 'telegram', 'signal', 'viber', 'wechat', 'threema', 'skype', 'messenger']) expect(re.test(name)).toBe(true);
    expect(re.test('line')).toBe(false);
    expect(messengerAppsExcept('signal').split('|')).not.toContain('signal');
    expect(messengerAppsExcept('signal').split('|')).toContain('viber');
  });
});

describe('a messenger the list did not know now reads like the others', () => {
  it.each([
    // offsite-invite SOCIAL_CUE (knew viber, not skype/threema: the lexicons' "write to us on" was the only finding)
    'Melden Sie sich einfach auf Viber bei mir, dann geht es schneller.',
    'Scrivici pure su Threema per un aiuto più rapido.',
    // context-guards CHAT_CHANNEL: a technician who messages on Threema is no fitter's call
    'Our technician will ring you about the appointment, or message you on Threema.',
    // contact-ask OFF_CHANNEL: a number to confirm by Skype is sent off Amazon
    'Kindly confirm your mobile number over Skype before Friday.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });

  it('asks for the buyer id on a messenger it did not know (contact-ask NETWORK, PT_NO)', () => {
    // (Threema was no network: only the learned layer read the ask)
    expect(entries('Could you send us your Threema username so we can reply faster?')).toContain('personal_data:ask-buyer-contact-structure');
    // Portuguese "no Skype" is "on Skype", no negation of the ask
    expect(entries('Vamos falar no Skype, qual é o seu usuário?')).toContain('personal_data:ask-buyer-contact-structure');
  });

  it('reads the seller group on a messenger it did not know (offsite-invite GROUP_PLATFORM)', () => {
    expect(rules('We have a Threema group for owners where we share recipes and tips.')).toContain('marketing');
    expect(rules('Abbiamo un gruppo Skype per i clienti dove rispondiamo alle domande.')).toContain('offplatform');
  });

  it('reads an opinion sent through a messenger it did not know (review-ask-romance SENT_THROUGH)', () => {
    expect(entries('Ci mandi pure la sua opinione sul tappeto su Viber.')).toContain('review_request:romance-request-for-review');
    expect(entries('Envíenos su opinión sobre la lámpara por Skype, por favor.')).toContain('review_request:romance-request-for-review');
  });

  it('accepts a buyer channel it did not know (buyer-mailbox CHANNEL)', () => {
    expect(rules('Of course, I will do it this evening.', { buyerMessage: 'Could you send me the invoice via Threema?' })).toContain('offplatform');
    expect(rules('Of course, I will do it this evening.', { buyerMessage: 'Could you send me the invoice via Skype?' })).toContain('offplatform');
  });

  it('keeps a messenger clean in a refusal or as what a device does, as before for the names it knew', () => {
    // check.ts LIST_FIRST_CHANNEL: a refused list that starts with Skype or Threema
    expect(rules('Nunca pedimos pagamentos por Threema, SMS ou WhatsApp.')).toEqual([]);
    expect(rules('We never request payment by Skype, text or WhatsApp.')).toEqual([]);
    // refusals, any name
    expect(rules('Je ne peux pas vous écrire sur Signal, seulement ici.')).toEqual([]);
    // check.ts OTHER_APP / MESSENGER_NAME: a headset that carries Viber beside WhatsApp
    expect(rules('Once paired, WhatsApp and Viber both route through the headset.')).toEqual([]);
    expect(rules('The band shows Threema and SMS notifications after pairing.')).toEqual([]);
  });
});

describe('the everyday words among the names stay clean', () => {
  it.each([
    'The wifi signal is weak in the basement, please move the router closer.',
    'The signal light on the charger turns green once the battery is full.',
    'Le voyant de signal du chargeur passe au vert une fois la batterie pleine.',
    'See line 2 of the manual for the reset steps.',
    'The replacement strap fits the satchel and the shoulder bag alike.',
    'Per segnalare un difetto basta rispondere qui con una foto.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('a reply that attaches the file and names a signal keeps it here (buyer-mailbox MAIL_NAMED, whole words)', () => {
    const buyerMessage = 'Können Sie mir die Anleitung per Mail schicken?';
    expect(rules('Gerne, die Anleitung finden Sie im Anhang. Das Signal-LED blinkt beim Koppeln.', { buyerMessage })).toEqual([]);
    // a messenger named beside the attachment still sends it elsewhere
    expect(rules('Gerne, die Anleitung finden Sie im Anhang, ich schicke sie Ihnen auch auf Viber.', { buyerMessage })).toContain('offplatform');
  });
});

describe('the messenger bag is no messenger (en lexicon entry)', () => {
  it.each([
    'The messenger bag strap can be lengthened at the side buckle.',
    'Your canvas messenger-bag left our warehouse this morning.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  it('still flags Messenger the app', () => {
    expect(rules('Ping us on Messenger and we will sort the bag out.')).toContain('offplatform');
    expect(rules('Add us on Facebook Messenger for faster replies about your bag.')).toContain('offplatform');
  });
});

describe('the guards that now know more names still let the seller channel through', () => {
  it.each([
    // OTHER_APP / MESSENGER_NAME: the seller answers there
    'We answer on WhatsApp, Viber or by phone, and the headset works with all of them.',
    'Once paired, the headset works with WhatsApp and Viber, so just message us on Viber.',
    'The watch shows Threema notifications, and you can message us there too.',
    // LIST_FIRST_CHANNEL: verbs that invite, and a contrast after the refusal
    "We can't reply here, so Skype, text or WhatsApp us instead.",
    'No usamos el correo, pero escríbenos por Threema o WhatsApp.',
    'Não atendemos por e-mail, mas pelo Skype ou WhatsApp sim, chama a gente.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('offplatform');
  });
});
