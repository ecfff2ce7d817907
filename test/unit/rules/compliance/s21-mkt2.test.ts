// Marketing errors of the s21 second blind round (v, w and the probe t), each fixed by its cause and written here in other
// words, with variants in the other languages and the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).map((f) => f.rule))].sort();
const entries = (text: string, options?: CheckOptions) => checkMessage(text, options).map((f) => f.entry ?? '');

describe('a second unit suggested for someone else or as a gift (unasked-pitch.ts gift-another)', () => {
  it.each([
    'Happy the new lid fits! Why not pick up a second kettle for your sister?',
    'How about another cutting board for a friend who loves to cook?',
    'Schön, dass der Akku wieder hält. Wie wäre es mit einer zweiten Lampe für Ihre Familie?',
    'Contents que le filtre marche ! Pourquoi pas un deuxième moulin pour un ami ?',
    'Se le serve un regalo, perché non un altro frullatore per un\'amica?',
    'Que tal levar mais uma garrafa para a sua mãe? Se estiver procurando presente, é uma boa.',
    '¿Y por qué no otra esterilla para un amigo? Es un regalo que siempre gusta.',
    'ご家族へのギフトに、もう一ついかがですか。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });

  it.each([
    // the unit shipped, the buyer's own wish told back, or refused
    "We've shipped another one to your friend's address, as you asked.",
    'No need to buy another adapter for your friend; one charger runs both.',
    'Desculpe mais uma vez pelo atraso, o presente para o seu amigo chega amanhã.',
    'Your sister can use the same account on another device.',
    'Si es para un amigo, ¿por qué no le escribe otra vez al transportista?',
    'Que tal tentar outra vez? Se for presente, a embalagem vai junto.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a perk on the next order told as a thank you (promotion.ts NEXT_ORDER)', () => {
  it.each([
    'Sorry for the mix-up with the mugs. To say thanks, your next order from us ships for free.',
    'As a small thank you, your next purchase gets 10% off.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'Your next order is arriving on Monday; shipping was free as always.',
    'Your next order will be packed by a different warehouse, so the box may look new.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('an accessory the seller stocks, offered with the order (promotion.ts TOGETHER_OFFER)', () => {
  it.each([
    'サイズを24cmに変更いたしました。専用のフタもご用意しておりますので、あわせていかがでしょうか。',
    '承知しました。同じ柄の収納ケースも在庫がございます、よろしければご一緒にどうぞ。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'サイズを24cmに変更いたしました。フタは在庫がございますので、一緒に発送いたします。',
    'フタも在庫がございますか、とのご質問ですが、はい、ございます。',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
  it('an accessory the buyer asked about is the answer', () => {
    expect(rules('専用のフタも在庫がございますので、一緒にご注文いただけます。', { buyerMessage: '専用のフタも一緒に買えますか？' })).not.toContain('marketing');
  });
});

describe('a sign-up to a special-price list (unasked-pitch.ts sign-up-perk)', () => {
  it.each([
    '領収書を添付しました。会員価格リストへのご登録をご希望の方は「希望」とご返信ください。',
    'Receipt attached. Reply YES if you want to be added to our member price list.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    '保証の製品登録をご希望でしたら、シリアル番号をご返信ください。',
    "Receipt attached. You've been added to our delivery list for Tuesday's route.",
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a percentage over a whole range, told after a service reply (promotion.ts SALE)', () => {
  it.each([
    'A peça nova já foi enviada. E nessa semana temos 20% em todas as lâmpadas.',
    'The new hose is on its way. This week we also have 15% on all our garden tools.',
    'El repuesto ya salió. Esta semana tenemos un 10 % en todas las herramientas.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'About 15% of all returns are sizing issues, so please check the chart.',
    'A bateria carrega 80% em todas as tomadas testadas.',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a subscription to the seller\'s channel or a LINE friend-add (direct-sale.ts social follow)', () => {
  it.each([
    'O tutorial está no nosso canal do YouTube. Já se inscreve, toda semana tem vídeo novo!',
    'The cleaning video is on our YouTube channel. Subscribe and you will get a new tip every week.',
    'Das Pflegevideo ist auf unserem Kanal. Abonnieren Sie ihn, jeden Monat gibt es neue Tipps.',
    'La vidéo est sur notre chaîne YouTube : abonnez-vous pour une astuce par semaine.',
    'El tutorial está en nuestro canal. Suscríbete y no te pierdas ningún truco.',
    'Il tutorial è sul nostro canale YouTube. Iscriviti, ogni settimana un consiglio nuovo.',
    'LINE公式アカウント(@kobo_hinata)を友だち追加いただくと、お手入れのコツをお届けします。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('marketing');
  });
  it.each([
    'You can turn on Subscribe & Save on the listing to get refills every month.',
    'Please do not subscribe to anything; the manual is attached as a PDF.',
    'Para se inscrever na garantia estendida, use o canal de atendimento do fabricante.',
    'To subscribe to delivery updates, use the support channel in the carrier\'s app.',
    'Amazonの定期おトク便に登録すると、毎月自動でお届けします。',
    // the messenger account as the support desk (offplatform, no follow)
    'LINE公式アカウント(@kobo_hinata)を友だち追加いただければ、使い方のご相談にすぐ対応いたします。',
  ])('stays clean: %s', (text) => {
    expect(rules(text)).not.toContain('marketing');
  });
});

describe('a help page or video "if that helps" is no product helping (unasked-pitch.ts IF_IT_HELPS)', () => {
  it.each([
    "The pairing video is on our site if it helps: tidewell.example/pair (3 min).",
    'Our FAQ page has the steps, in case that helps.',
    'Das Video ist auf unserer Seite, falls das hilft.',
  ])('%s', (text) => {
    expect(entries(text)).not.toContain('marketing:promotion-own-helper');
  });
  it('a product of the seller still helps', () => {
    expect(entries('Our Ironhouse seasoning wax helps the pan keep its coating.')).toContain('marketing:promotion-own-helper');
  });
});

describe('the item the buyer asked for, pointed to in another listing on Amazon (promotion-guards.ts OTHER_LISTING)', () => {
  const buyer = { buyerMessage: 'Vocês têm esse banco em madeira escura? Prefiro trocar.' };
  it('answers the ask', () => {
    expect(rules("Temos sim, mas em outro anúncio: busque por 'Banco Nogueira Escuro' na Amazon.", buyer)).not.toContain('marketing');
  });
  it('still flags another item offered beside it', () => {
    expect(rules("Temos também modelos novos em outro anúncio: busque por 'Banco Nogueira Escuro' na Amazon.", buyer)).toContain('marketing');
  });
  it('still flags the search unasked', () => {
    expect(rules("Recebemos o banco de volta. Busque por 'Banco Nogueira Escuro' na Amazon.")).toContain('marketing');
  });
});
