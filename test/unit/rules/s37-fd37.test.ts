// Session 37, helper fd37: false alarms on clean replies - a missing space before "com Sedex", the maker's dealer or call centre
// for a recall, size advice, a menu's size choice, the carrier's ID check, quoted titles, a release moved for the buyer's own
// pre-order, an adjustment dial, a video on the seller's site or channel - and their near-misses, in our own words (not the
// corpus sentences).
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s37 fd37: "com" + a carrier after a missing space is the word "with" (links.ts COM_CARRIER)', () => {
  it.each([
    'Fica sossegado.com Sedex o pacote chega na quinta.',
    'Pode ficar tranquilo.com Correios leva uns 5 dias úteis.',
  ])('%s has no url', (text) => expect(rules(text)).not.toContain('url'));
  it.each(['Veja os modelos em minhaloja.com.br hoje mesmo.', 'Nosso site: lojadabia.com'])('%s keeps its url', (text) =>
    expect(rules(text)).toContain('url'));
});

describe("s37 fd37: the maker's dealer or call centre for a recall is not the seller's channel", () => {
  it.each([
    'リコールの対象かどうかは、お近くのホンダの販売店へお問い合わせください。',
    'Para saber se o seu carro está no recall, consulte a concessionária ou a central de atendimento da marca.',
  ])('%s has no offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
  it.each(['03-1234-5678 までお電話ください。', 'Ligue para a nossa central de atendimento: 0800 555 1234.'])('%s stays offplatform', (text) =>
    expect(rules(text)).toContain('offplatform'));
});

describe('s37 fd37: an adjustment dial is not a phone line (ja dedicated-line)', () => {
  it.each(['側面のダイヤルで温度を細かく調節できます。', 'ヘルメット後部のダイヤルで締め付けを調整してください。'])('%s has no offplatform', (text) =>
    expect(rules(text)).not.toContain('offplatform'));
  it.each(['ご不明点はサポートダイヤルまでお気軽にどうぞ。', 'お客様ダイヤルにてご相談を承ります。'])('%s stays offplatform', (text) =>
    expect(rules(text)).toContain('offplatform'));
});

describe('s37 fd37: size advice and a size chosen in a menu', () => {
  it.each([
    'If you are between two sizes, the larger size usually feels better with a thick sock.',
    'Im Rücksendeformular wählen Sie Umtausch und anschließend die Größe 38.',
  ])('%s is clean', (text) => expect(rules(text)).toEqual([]));
  it.each(['Our XL model is worth it for big families.'])('%s stays marketing', (text) => expect(rules(text)).toContain('marketing'));
  it.each(['Rufen Sie uns einfach an: 030 7654321.'])('%s stays offplatform', (text) => expect(rules(text)).toContain('offplatform'));
});

describe("s37 fd37: the carrier's ID check at the door is no personal data asked (de id-card)", () => {
  it.each([
    'Wegen der Altersfreigabe prüft der Paketbote bei der Übergabe kurz Ihren Personalausweis.',
    'Halten Sie bitte Ihren Ausweis bereit, der Kurier prüft das Alter an der Tür.',
  ])('%s has no personal_data', (text) => expect(rules(text)).not.toContain('personal_data'));
  it('a copy of the ID sent to the seller stays personal_data', () =>
    expect(rules('Bitte schicken Sie uns ein Foto Ihres Personalausweises.')).toContain('personal_data'));
});

describe('s37 fd37: a quoted title opening its sentence is a name (quoted-item.ts openingQuotedNameEnd)', () => {
  it.each([
    "« Un avis pour l'hiver » est l'édition reliée, comme neuve.",
    '«Come scrivere una recensione efficace» è la seconda edizione, copertina rigida.',
    '"Leave a Review: A Novel" is the first printing, in very good condition.',
  ])('%s is clean', (text) => expect(rules(text)).toEqual([]));
  it.each([
    '« Votre avis compte » : laissez-nous un avis et recevez un cadeau.',
    'Lasci una recensione sul libro «Il giardino», grazie!',
  ])('%s keeps its review ask', (text) => expect(rules(text)).toContain('review_request'));
});

describe("s37 fd37: a release moved for the buyer's own pre-order (own-preorder.ts ownPreorderMoved)", () => {
  it.each([
    'A editora adiou o lançamento do livro para abril. Sua pré-venda está mantida e a cobrança só será feita no envio.',
    'The publisher has postponed the release to May. Your pre-order is safe and you will only be charged when it ships.',
  ])('%s has no marketing', (text) => expect(rules(text)).not.toContain('marketing'));
  it('a launch advertised beside it stays marketing', () =>
    expect(rules('A editora adiou o lançamento do segundo volume, mas o nosso novo lançamento já está disponível com 10% de desconto!')).toContain('marketing'));
});

describe("s37 fd37: a video on the seller's site or channel gets only its address (README: a manual/video link is url only)", () => {
  it.each([
    'Le tutoriel vidéo est sur notre site : maison-gaspard point fr slash notice.',
    'Full install walkthrough: youtube.com/watch?v=Ab12Cd34Ef5 - it is on our shop channel, about 8 minutes.',
  ])('%s is url only', (text) => expect(rules(text)).toEqual(['url']));
  it('a visit told as an order stays offplatform', () =>
    expect(rules('Rendez-vous sur notre site maison-gaspard point fr pour commander les pièces.')).toContain('offplatform'));
});
