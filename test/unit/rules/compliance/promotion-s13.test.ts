// detectors/promotion.ts, the kinds added in session 13 (s13-mkt): a multi-buy deal, the seller's gift sets
// for an occasion, following the brand or store, another item stocked in the seller's shop, a dearer item
// "for only X more", "new at us", an invitation frame with a look verb, "if you like X, <our item>" - and
// check.ts's guards for a shopping event named as the cause of a delay and a price change placed after
// the buyer's purchase; with the near-misses that share their words.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { promotions } from '../../../../rules/compliance/detectors/promotion';
import { normalize } from '../../../../rules/compliance/normalize';

const kinds = (text: string, buyerMessage = '') => promotions(normalize(text).text, buyerMessage).map((s) => s.entry);
const marketing = (text: string, buyerMessage?: string) => checkMessage(text, { buyerMessage }).some((f) => f.rule === 'marketing' && f.severity !== 'info');

describe('promotion kinds (s13)', () => {
  it.each([
    // multi-buy: a quantity to buy and what the next one costs
    ['Buy three candles and the fourth one is free.', 'marketing:promotion-bundle'],
    ['Kaufen Sie drei Tassen, die vierte gibt es kostenlos dazu.', 'marketing:promotion-bundle'],
    ['Compra tres cuadernos y llévate el segundo lote a mitad de precio.', 'marketing:promotion-bundle'],
    ['Prendi tre asciugamani e il quarto è in regalo.', 'marketing:promotion-bundle'],
    ['Compre dois potes e ganhe mais um.', 'marketing:promotion-bundle'],
    ['3点以上ご購入で送料無料です。', 'marketing:promotion-bundle'],
    // gift sets for an occasion, or the seller's own gift sets praised
    ['With Easter coming up, our chocolate gift boxes are back.', 'marketing:promotion-novelty'],
    ['Pour Noël, pensez à nos coffrets de bougies.', 'marketing:promotion-invite'],
    ['Para San Valentín tenemos estuches de regalo con dos tazas.', 'marketing:promotion-novelty'],
    ['クリスマス限定のギフトボックスもございます。', 'marketing:promotion-novelty'],
    // following the brand or store
    ['Follow our brand on Amazon to see the spring colours first.', 'marketing:promotion-invite'],
    ['Suivez notre boutique Amazon pour ne rien rater.', 'marketing:promotion-invite'],
    ['Siga a nossa loja na Amazon e acompanhe as novidades.', 'marketing:promotion-invite'],
    // another item stocked in the seller's shop
    ['Matching pillow shams are available in our store as well.', 'marketing:promotion-cross-sell'],
    ['Passende Untersetzer sind ebenfalls bei uns erhältlich.', 'marketing:promotion-cross-sell'],
    ['専用の収納ケースも当店にて販売しております。', 'marketing:promotion-cross-sell'],
    // a dearer item for a small extra price
    ['For just $15 more, the XL version has a second drawer.', 'marketing:promotion-novelty'],
    ['Pour seulement 6 € de plus, le modèle Duo chauffe deux tasses.', 'marketing:promotion-novelty'],
    // new at us, an invitation frame, a liking condition and the seller's item
    ['Jetzt neu: die Thermoskanne mit Teesieb.', 'marketing:promotion-novelty'],
    ['Ti invitiamo a scoprire la nostra linea di tisane.', 'marketing:promotion-invite'],
    ['If you enjoy the cast-iron pan, our enamel pot cooks just as evenly.', 'marketing:promotion-cross-sell'],
    // (after the probe) a price rise ahead, scarcity, a collection of ours coming, a second unit, a sample next time
    ['We are raising our prices in April, so now is the moment for spare pads.', 'marketing:promotion-novelty'],
    ['Die Preise steigen ab Juni, Nachfüllbeutel also lieber jetzt sichern.', 'marketing:promotion-novelty'],
    ['Les bougies parfumées partent très vite en décembre.', 'marketing:promotion-novelty'],
    ['Ad aprile esce la nostra collezione estiva di tovaglie.', 'marketing:promotion-novelty'],
    ['Muchos clientes piden otro cojín para el sofá.', 'marketing:promotion-cross-sell'],
    ['Molti clienti ne ordinano una seconda per l\'ufficio.', 'marketing:promotion-cross-sell'],
    ['Bei Ihrer nächsten Bestellung legen wir Ihnen Gratisproben bei.', 'marketing:promotion-loyalty'],
  ])('marketing: %s', (text, entry) => {
    expect(kinds(text)).toEqual([entry]);
    expect(marketing(text)).toBe(true);
  });

  it.each([
    // a quantity with no deal, a second parcel, a refused multi-buy
    'You can buy two of them, but they ship in separate parcels.',
    'The second parcel is on its way and should arrive on Friday.',
    'We do not offer a buy two get one free deal, sorry.',
    // a gift box that is the order, a gift wrap for this order
    'Your gift box will arrive before Christmas.',
    'The gift set you ordered ships tomorrow.',
    // follow the steps, follow your parcel
    'Please follow the steps in the manual to reset it.',
    'Suivez votre colis avec le numéro de suivi.',
    // a part the buyer asked about, stocked in the shop
    ['Yes, the brushes are available in our store under "spare parts".', 'Do you sell the brushes?'],
    // an answer about a dearer model
    ['Yes, the XL version is $15 more and has a second drawer.', 'How much more is the XL version?'],
    // politeness and a review ask after "if you like"
    'If you like, our team can send the invoice again.',
    'Si le gusta la taza, una reseña nos ayudaría mucho.',
    // an event as the cause of a delay, a price drop after the purchase
    'Because of Prime Day volumes, deliveries are running a day behind.',
    'Wegen des Black Friday verzögert sich der Versand um einen Tag.',
    ['The sale that lowered the price started after your purchase, so we cannot refund the difference.', 'The price went down, can I get the difference back?'],
    'ご注文後に開始されたセールのため、価格の調整はできかねます。',
    // (after the probe) news about the order, a refunded discount, a negated price rise, a second parcel
    'The blue version sold out quickly, so yours ships on Monday from the next batch.',
    'Die Preise steigen nicht: Sie zahlen weiterhin 19,99 €.',
    'We refunded the 10% discount that should have applied to your order.',
    'Many customers ask whether a second cable is included: it is not, one cable comes in the box.',
    'Our collection point is open until 6 pm.',
  ])('no marketing: %s', (row) => {
    const [text, buyer] = Array.isArray(row) ? row : [row, undefined];
    expect(marketing(text, buyer)).toBe(false);
  });
});
