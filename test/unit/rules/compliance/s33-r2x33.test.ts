// s33 r2x33: the causes behind misses and false findings of the s33-g4/g5/g6 batches, written here in other words (none of the
// batches' sentences): each structure that must be found, in the languages where it occurs, and the near-misses that must stay clean.
// Findings of the learned layer (warn) are left out: these test the rules.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { ruleFlags as has, ruleLacks as lacks } from './helpers/cases';


describe("a manual's link got at an address keeps its url finding alone (check.ts documentGot, promotion.ts SPELLED_DOT)", () => {
  const manual = [
    'The assembly guide was left out of the parcel, sorry. You can grab it at oakbench dot shop/guides until we resend it.',
    'Our PDF manual is missing a page. Grab it at lumenfix dot store/manual instead.',
  ];
  has('url', manual);
  lacks('marketing', manual);
  lacks('offplatform', manual);
  // not a document: the spare sold at the address is still an invitation, and a visit to the site for the manual too (dev rows)
  has('offplatform', ['The lid is sold separately. You can grab it at oakbench dot shop.', 'Visit lumenfix dot store for the full manual.']);
});

describe('thanks for taking the time to leave a review, its effect told as past (check.ts PAST_EFFECT)', () => {
  const left = [
    'Thank you so much for taking the time to write a review, it truly brightened our week.',
    'Thanks for taking the time to leave a review - we loved reading it.',
  ];
  lacks('review_request', left);
  has('review_channel', left, { reviewAlreadyRequested: true });
  // thanks in advance: the effect hoped for, in the present
  has('review_request', ['Thank you for taking the time to leave a review, it really helps small shops like ours.']);
});

describe('"to complete our records" is a task, no set to complete (promotion.ts TASK_AFTER)', () => {
  lacks('marketing', [
    'Para completar nuestro expediente, ¿nos confirma el número de pedido?',
    'To complete our records, could you confirm the order number?',
    'Pour compléter notre dossier, pouvez-vous confirmer le numéro de commande ?',
  ]);
  has('marketing', ['Para completar nuestra colección de tazas, mira también el jarrón de nuestra tienda.']);
});

describe('a wish to upgrade with another model named is an upsell (promotion.ts WANT_MORE)', () => {
  has('marketing', [
    'The TR-80 Pro has a bigger tank and a steel frame, if you ever want to upgrade just message me.',
    'Falls Sie mal aufrüsten möchten: das Modell Pro hat 30 % mehr Leistung.',
  ]);
  lacks('marketing', [
    'If you want to upgrade the firmware, the app walks you through it.',
    'Your TR-80 Pro is covered by the warranty; if you want to upgrade the cable, any USB-C one fits.',
  ]);
});

describe('"tell us" after a problem as its condition is a support offer (pt tell-others)', () => {
  lacks('review_request', [
    'Se a tampa chegar com algum defeito, conta pra gente aqui mesmo.',
    'Não oferecemos nada em troca de nota. Caso tenha qualquer dúvida na montagem, fale pra gente.',
  ]);
  has('review_request', ['Gostou da jarra? Conta pra gente!']);
});

describe("the buyer's handle asked: '@', a need, beside a birth date (seller-channel.ts handleAsks)", () => {
  const profiled = [
    'We need your birthday and your @ on Instagram to activate the warranty.',
    'Para el sorteo necesitamos tu fecha de nacimiento y tu @ de Instagram.',
  ];
  has('personal_data', profiled);
  has('offplatform', profiled);
  // a handle alone to tag the buyer stays personal data only (dev rows), and no ask is no finding
  lacks('offplatform', ['Could you share your Instagram handle so we can tag you in the photo?']);
  has('personal_data', ['Could you share your Instagram handle so we can tag you in the photo?']);
  lacks('personal_data', ['We need your order number to look into it.', 'We never ask for your @ on Instagram or any other account.']);
});

describe('the seller\'s plight beside a review: "means a lot to a small team", small artisans (review-appeal.ts, review-ask-romance.ts)', () => {
  has('leading', [
    'If you have a spare minute, a review would mean the world to a small business like ours.',
    'Para nosotros, pequeños artesanos, una reseña en Amazon vale oro.',
    'Qualche riga su Amazon, per noi piccoli produttori, vale tantissimo.',
    "Quelques mots sur Amazon valent de l'or pour nous, petits artisans.",
  ]);
  lacks('leading', [
    'This stand is perfect for a small shop like ours.',
    'Due righe su come montarla valgono oro, per noi piccoli artigiani: le invieremo le istruzioni.',
  ]);
});

describe('German review asks: a wish with its object between, a review object said to help greatly (review-appeal.ts DE_REQUEST)', () => {
  has('review_request', [
    'Wir würden uns sehr über ein paar Zeilen auf der Produktseite freuen.',
    'Ihre Sterne auf Amazon helfen unserer kleinen Werkstatt ungemein.',
  ]);
  lacks('review_request', [
    'Ihre Erfahrungen mit dem Gerät helfen uns sehr bei der Fehlersuche.',
    'Vielen Dank, Ihre Sterne haben uns enorm geholfen.',
  ]);
  // an open question after a heading is no yes/no question on satisfaction: the ask after it is not leading
  lacks('leading', ['Kurze Frage: Wie zufrieden sind Sie mit der Mühle? Ihre Sterne auf der Produktseite helfen uns enorm.']);
  has('leading', ['Jetzt, wo die Mühle jeden Morgen zuverlässig mahlt, würden wir uns sehr über ein paar Zeilen auf Amazon freuen.']);
});

describe('a follow given as a noun, "give us a follow" (direct-sale.ts FOLLOW_US)', () => {
  const follows = ['We share recipes on Instagram, give us a follow.', 'Publicamos trucos en Instagram, ¡danos un follow!', 'Postiamo ricette su Instagram, dacci un follow!'];
  has('marketing', follows);
  // no account named: marketing only, the learned layer's offplatform cleared as for "follow us"
  it.each(follows)('no offplatform: %s', (text) => expect(checkMessage(text).map((f) => f.rule)).not.toContain('offplatform'));
  lacks('marketing', ['Give us a follow-up message here if it breaks again.', 'Drop us a line here if the follow-up part does not fit.']);
});

describe('a few lines "there", after the public venue, said to reach or help the seller (en few-lines-there)', () => {
  has('review_request', ['Our designers read every comment on the product page, so a couple of honest lines there help them shape the next version.']);
  lacks('review_request', ['The manual on the listing is outdated; a few lines there are wrong.', 'Please write a few lines here about the fault so we can help.']);
});
