// Session 36, helper ff36: apps, accounts, passwords, licence codes and updates as product vocabulary (fitting batch g7) - who asks what
// from whom and for which purpose, in our own words (not the batch's sentences): wordings that must flag and near-misses that must not.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s36 ff36: the buyer\'s address asked by what the seller wants to send there (buyer-contact-ask.ts)', () => {
  it.each([
    'Our licence server mails the activation code, so please reply with the e-mail you would like it delivered to.',
    'Pourriez-vous nous indiquer l\'adresse mail à laquelle vous voulez recevoir le code ?',
    'Indíquenos por favor el correo en el que quiere recibir la clave de activación.',
  ])('%s is personal_data + offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('personal_data');
    expect(r).toContain('offplatform');
  });
  it.each([
    'The activation code is shown in your Amazon order under Digital content; nothing else is needed.',
    'We never need the e-mail you use for the app; the key is in your Amazon messages.',
  ])('%s asks nothing', (text) => expect(rules(text)).not.toContain('personal_data'));
});

describe('s36 ff36: a paid tier of the app given for a review (review-incentive.ts PREMIUM)', () => {
  it.each([
    'Post a review of the scale on Amazon and we will unlock the Premium plan in the app for a year.',
    'Se você avaliar o fone na Amazon, liberamos o plano Pro do aplicativo de graça por 3 meses.',
    'Si deja su reseña en Amazon, le regalamos un año de la versión premium de la app.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'The Premium plan in the app is optional; the scale works fully without it.',
    'Your review is welcome whenever you like. The app is free and has no paid tier.',
  ])('%s is no incentive', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s36 ff36: a paid plan of the service pitched with its price (paid-plan-pitch.ts)', () => {
  it.each([
    'Recordings are kept for 7 days; with our cloud plan at $3.49/month you keep 60 days, and the first month is free.',
    'Tipp: Mit dem Speicherabo für 1,99 € pro Monat sichern Sie alle Clips, die ersten 3 Monate kostenlos.',
    'Astuce : en vous abonnant au stockage cloud, le premier mois est à 0,99 €.',
  ])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'No subscription is needed: clips are stored on the SD card for 30 days.',
    'We have cancelled the cloud subscription that was charged at $2.99/month and refunded it.',
    'Use a microSD card of up to 128 GB; the first months of recordings fit easily.',
  ])('%s is no pitch', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe('s36 ff36: product vocabulary of apps and software is no marketing, ask or channel', () => {
  it.each([
    ['Your new licence code is below; in the app open Settings > Redeem code and paste it.', undefined],
    ['Download the driver from our support portal; the setup file is under Downloads.', undefined],
    ['Para recibir las actualizaciones, las nuevas versiones se descargan desde el menú Ayuda del programa.', undefined],
  ])('%s is no marketing', (text, buyer) => expect(rules(text, buyer)).not.toContain('marketing'));
  it('a password reset explained is no ask for it', () =>
    expect(rules('L\'e-mail serve solo come nome utente dell\'app e per reimpostare la password; noi non la vediamo.')).not.toContain('personal_data'));
  it('the maker\'s app for setting up the device is no shop', () =>
    expect(rules('本体の接続には、メーカー公式アプリをGoogle Playからダウンロードしてください。')).not.toContain('offplatform'));
  it('"conta" the account is no review ask', () =>
    expect(rules('Não precisa mandar o login da sua conta pra gente; resolvemos por aqui.')).not.toContain('review_request'));
  it('a LINE friend-add to send the order number is offplatform only', () => {
    const r = rules('使い方の動画をお送りしますので、当店LINE(ID:@abc_help)を友だち追加のうえ、メッセージをお送りください。');
    expect(r).toContain('offplatform');
    expect(r).not.toContain('marketing');
  });
  it('a LINE friend-add that brings news stays marketing', () =>
    expect(rules('LINE公式アカウントを友だち追加していただくと、新商品の情報をお届けします。')).toContain('marketing'));
});
