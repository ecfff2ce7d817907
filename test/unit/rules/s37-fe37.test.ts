// Session 37, helper fe37: marketing and contact misses of the fitting batches s37-g3/g7/g8, read by structure, in our own words (not
// the batches' sentences) - each kind with wordings that must flag and near-misses that must keep clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string) => [...new Set(checkMessage(text, {}).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s37 fe37: the seller posting on a social account in the first person singular (social-content.ts)', () => {
  it.each([
    'Para ver as outras cores, posto tudo no Instagram @lojadabia.',
    'I post all my new patterns on Instagram @threadandpine.',
    'Ich poste jede Woche neue Motive auf Instagram @holzherz_atelier.',
  ])('%s is marketing + offplatform', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform'])));
  it.each([
    'I post the parcel tomorrow morning, tracking will follow here.',
    'Posto amanhã cedo e mando o rastreio por aqui.',
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe("s37 fe37: the seller's deals first as what a group brings (lexicon de/en offers-first)", () => {
  it.each([
    'In unserer Gruppe gibt es Tipps und unsere Rabatte immer vorab.',
    'Members of the group get our flash deals first.',
  ])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'Welche Aktionen zuerst nötig sind, steht in der Anleitung.',
    'You will get our reply first thing tomorrow.',
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe('s37 fe37: a letter of new stock sent every month is a newsletter (lexicon fr periodic-letter-of-news)', () => {
  it.each([
    'Nous envoyons un petit mail chaque mois avec les nouveaux arrivages.',
    'Une lettre mensuelle présente nos nouveautés.',
  ])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    'Vous recevrez un mail chaque semaine avec le suivi du colis.',
    'La facture vous parvient par lettre chaque mois.',
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe('s37 fe37: stock still on hand offered on the buyer\'s interest (purchase-push.ts SELLER_MAKES)', () => {
  it.each([
    'Il nous en reste deux coffrets numérotés, si ça vous intéresse.',
    'We still have a couple of signed box sets, if you are interested.',
    'Wir haben noch drei Sammlerboxen, falls Sie Interesse haben.',
  ])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    "Il nous reste à vérifier l'adresse, si ça vous dit nous vous écrivons ici.",
    'We still have to confirm the address, if you are interested in express shipping we can check.',
    "Il ne nous reste plus de coffrets, désolés.",
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe("s37 fe37: the shop's own pre-orders taken (purchase-push.ts PREORDER_OPEN)", () => {
  it.each(['次巻の限定版も当店でご予約を承っております。'])('%s is marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each([
    '次巻の発売日は3月10日の予定です。',
    'Amazonでも次巻のご予約を承っております。',
    '修理のご予約を承っております。',
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
});

describe("s37 fe37: the seller's own mailbox as the sender (lexicon en sent-from-our-mailbox)", () => {
  it.each([
    'I have forwarded the licence to your inbox from help@keyforge.io, please look there.',
    'We mailed the voucher to you from team@cozyknits.shop.',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'Amazon sent you the confirmation from auto-confirm@amazon.com.',
    'We never sent anything from info@cozyknits.shop, please ignore that mail.',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s37 fe37: a LINE ID in brackets and support offered by phone (lexicon ja line-id-given, support-by-phone-offered)', () => {
  it.each([
    '写真は当店のLINE（ID：mori_kobo）へお送りください。',
    'お電話でのご相談も受け付けております。',
    'メールでのサポートも承っております。',
  ])('%s is offplatform', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'お電話でのサポートは承っておりません。',
    'メーカーではお電話でのサポートも承っております。',
    'お客様のLINEへのご連絡はいたしかねますので、こちらのメッセージでお願いいたします。',
  ])('%s stays clean of offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});
