// Session 35, helper fe35: off-Amazon invitations and asks for the buyer's contact details read by structure, in our own words
// (not the corpus sentences) - each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s35 fe35: the seller\'s group on a network, joined for tips or deals, is a place off Amazon (offsite-invite.ts groupJoins)', () => {
  it.each([
    'Rejoignez notre groupe WhatsApp : recettes du mois et petites promos.',
    'Treten Sie unserer Telegram-Gruppe bei, dort teilen wir Rezepte und Angebote.',
    'In unserer Facebook-Gruppe "Grillen mit Holzkohle" zeigen wir jeden Monat Neues, treten Sie gern bei.',
    'Schau doch mal in unsere Facebook-Gruppe „Nähfreunde“, da gibt es jede Woche Tipps.',
    '新商品やレシピは、LINEオープンチャット「はなまる台所部」で配信しております。ぜひご参加ください。',
    '当店のFacebookグループにご参加いただくと、レシピをご覧いただけます。',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'Wir haben Sie der Gruppe für Großbestellungen zugeordnet.',
    'Wir haben keine Facebook-Gruppe, bitte schreiben Sie uns hier.',
    'LINEのグループ通話には対応しておりません。',
    'Facebookグループはございません。ご質問はこちらのメッセージでお願いいたします。',
  ])('%s stays clear of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s35 fe35: which address the buyer uses, or another one than Amazon relays (buyer-contact-ask.ts)', () => {
  it.each([
    '¿Qué correo usa fuera de la tienda? Le enviamos allí el manual.',
    'Glad to share the sizing chart - where should I email it?',
    '¿Me confirma un correo alternativo? El recibo sale desde nuestro programa.',
    'Könnten Sie uns eine andere E-Mail-Adresse nennen? Dann schicken wir das Zertifikat.',
    'Pourriez-vous nous donner une autre adresse mail pour le certificat ?',
    'Ci può indicare un indirizzo e-mail alternativo per la garanzia?',
    'Pode me passar outro e-mail pra eu mandar o certificado?',
    'Could you give us an alternative email address for the warranty card?',
    'Para marcar a instalação, nos passe o número do seu celular que a gente liga.',
  ])('%s is personal_data + offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('personal_data');
    expect(r).toContain('offplatform');
  });
  it.each([
    'We will send you another email when it ships.',
    'Le mandaremos otro correo cuando salga el pedido.',
    'Where should we send the replacement? The address on the order is fine.',
    'Könnten Sie uns Ihre Bestellnummer nennen?',
    'Non ci serve un indirizzo e-mail alternativo, bastano i messaggi di Amazon.',
    'Instala la app, crea la cuenta con tu correo y escanea el código que trae la base.',
    'O aviso que chegou no seu e-mail é da própria Amazon.',
  ])('%s stays clear of personal_data', (text) => expect(rules(text)).not.toContain('personal_data'));
});

describe('s35 fe35: the buyer\'s name on a network asked, or a handle after the network\'s question (seller-channel.ts handleAsks)', () => {
  it.each([
    '¿Cómo te llamas en Instagram? Queremos etiquetarte en la foto.',
    'Como você se chama no Facebook? Queremos te marcar no post.',
    'Comment vous appelez-vous sur Instagram ? Nous aimerions vous identifier.',
    '¿Tienes Discord? Pásame tu alias y te añado al servidor.',
    'Are you on Telegram? Send me your username and I will add you.',
  ])('%s is personal_data', (text) => expect(rules(text)).toContain('personal_data'));
  it.each([
    'Pásame tu alias para grabarlo en la taza personalizada.',
    'Das Modell heißt auf Facebook anders als hier.',
    '¿Cómo se llama el modelo en la caja? Así buscamos el repuesto.',
  ])('%s stays clear of personal_data', (text) => expect(rules(text)).not.toContain('personal_data'));
});

describe('s35 fe35: one more of the item sold for its price through a payment service is a sale (payment-channel.ts ANOTHER_ONE_RE with a sell verb, a matching one shipped)', () => {
  it.each([
    'Je peux vous envoyer une deuxième housse assortie : 12 € par PayPal et elle part lundi.',
    'We can sell you a second one for $18 through PayPal and post it tomorrow.',
    'La seconda tazza gliela possiamo vendere a 9 € con bonifico.',
  ])('%s is marketing + offplatform', (text) => {
    const r = rules(text);
    expect(r).toContain('marketing');
    expect(r).toContain('offplatform');
  });
  it.each([
    'The replacement part is free, just pay the $5 postage via PayPal.',
    'ご返金の900円はPayPayでお送りします。',
    'The engraving is an extra $10 - send it by Venmo and I will start on it.',
    'Per il secondo cuscino può fare un bonifico di 15 €, poi lo spediamo insieme.',
    'Der zweite Teilbetrag von 20 € kam per PayPal an, das Paket geht morgen raus.',
  ])('%s stays clear of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});
