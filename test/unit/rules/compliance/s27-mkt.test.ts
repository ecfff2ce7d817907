// Marketing misses and false alarms of the s27 blind batches b/d/e (marketing written without a coupon word), each fixed by its
// structure (promotion-guards.ts PAIRED_REFS and the pre-order possessive, purchase-push.ts urgedIn/priceCutIn, elsewhere-offer.ts,
// unasked-pitch.ts referral/draw/storefront, promotion.ts next-order gifts, check.ts the campaign at purchase) and written here in
// other words - and the replies next to them that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage, type CheckOptions } from '../../../../rules/compliance';

const rules = (text: string, options?: CheckOptions) => [...new Set(checkMessage(text, options).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();
const ruleMarketing = (text: string, options?: CheckOptions) => checkMessage(text, options).filter((f) => f.rule === 'marketing' && f.layer !== 'model');

const flags = (cases: string[]) =>
  it.each(cases)('%s', (text) => {
    expect(ruleMarketing(text).length).toBeGreaterThan(0);
  });
const clean = (cases: (string | [string, string])[]) =>
  it.each(cases.map((c) => (typeof c === 'string' ? [c, ''] : c)))('stays clean: %s', (text, buyerMessage) => {
    expect(rules(text, buyerMessage ? { buyerMessage } : undefined)).not.toContain('marketing');
  });

describe('another item pitched beside the bought one it pairs with (PAIRED_REFS: the order named only as the pairing partner)', () => {
  flags([
    'Kleiner Hinweis: Unser Bestseller ist die Butterdose aus Steingut, sie passt wunderbar zu dem Brotkasten, den Sie gekauft haben.',
    'We have only the last 4 oak coasters left that match the tray you ordered - once they are gone, they are gone.',
    'ご購入いただいたカップとお揃いのソーサー、残り2枚となっております。気になる方はお早めに。',
    'Nous venons de sortir notre nouvelle gamme de bougies, notre meilleure vente du moment.',
  ]);
  clean([
    'Your order has shipped, and the spare lid you asked for goes with it in the same box.',
    'The lid you ordered matches the pot; it ships on Monday.',
    'Der Deckel passt perfekt zu dem Topf, den Sie gekauft haben.',
    'ご注文の商品とお揃いのラッピングでお届けいたします。',
  ]);
});

describe('a gift or a surprise promised in the next order (BENEFIT gift words)', () => {
  flags([
    'Zum Dank legen wir Ihnen bei Ihrer nächsten Bestellung eine kleine Überraschung bei.',
    'En guise de merci, un cadeau surprise sera glissé dans votre prochaine commande.',
    'お礼として、次回のご注文時にはちょっとしたおまけをお付けいたします。',
  ]);
  clean([
    'Bei Ihrer nächsten Bestellung können Sie die Geschenkverpackung im Warenkorb auswählen.',
    'Als kleines Dankeschön fürs Bewerten legen wir Ihrer nächsten Lieferung ein Geschenk bei.',
    '次回のご注文時にプレゼント包装をご希望でしたら、注文画面でお選びください。',
  ]);
  it('a gift tied to a review stays the review incentive, not marketing', () => {
    const r = rules('Pour vous remercier de votre avis, une petite surprise vous attend dans votre prochaine commande.');
    expect(r).not.toContain('marketing');
  });
});

describe('word of mouth rewarded and draws tied to ordering (referral, prize-draw)', () => {
  flags([
    'Share the love - tell your friends! If they order from our shop, we will send you a free travel mug.',
    'Pour chaque amie qui commande chez nous, nous vous offrons un sachet de thé.',
    'Ce mois-ci nous tirons au sort une machine à café parmi les clients qui recommandent avant le 20.',
    "We're giving away 3 blenders in June - every order placed with us counts as an entry.",
  ]);
  clean([
    'Feel free to tell your friends about the recall notice if they own the same kettle.',
    'Tell a friend? Sure, the manual is the same for both colours.',
    'The random draw of colours is done at the factory, so we cannot pick one.',
  ]);
});

describe('a purchase urged with the seller as the source, or other customers stocking up now (urged-purchase)', () => {
  flags([
    'Wir empfehlen Ihnen dringend, unsere passende Schutzhülle gleich mitzubestellen.',
    "N'oubliez pas les piles : nous les avons en stock, commandez-les vite avec le reste.",
    'Many customers avoid a second delivery by buying the 3-pack refill now.',
    '保護ケースのご購入をぜひおすすめします。当店に在庫がございます。',
  ]);
  clean([
    "We don't recommend buying the cheaper third-party cable, it can overheat.",
    'Wir empfehlen, Ersatzfilter nur beim Hersteller zu kaufen.',
    'Many customers find the refill lasts longer than stated.',
    ['We recommend ordering a size up, our boots run small.', 'Which size should I order?'],
  ]);
});

describe('pre-orders opened to the buyer, not the buyer\'s own pre-order (preorder-open, OWN_ORDER)', () => {
  flags([
    "Pre-orders for our 2027 wall calendar open on Monday - last year's print run sold out in a week.",
    '新しいカレンダーの予約受付を開始しました。昨年はすぐに完売しましたので、お早めにどうぞ。',
  ]);
  clean([
    'Your pre-order of the board game is confirmed and ships on release day.',
    'Ihre Vorbestellung der Jacke ist eingegangen, sie wird im Oktober verschickt.',
    'Votre précommande est bien enregistrée, nous vous écrirons à la sortie.',
  ]);
});

describe("another item's price cut, told unasked (price-cut)", () => {
  flags([
    'By the way, the large version of the lamp you bought is now $39.99 (was $59.99).',
    'Übrigens: der Wäschekorb in XL ist gerade von 34,90 auf 24,90 € reduziert.',
    'Le grand modèle du panier passe de 45 € à 35 € cette semaine.',
  ]);
  clean([
    'We reduced the delivery time from 10 to 5 days.',
    'The price dropped from $49.99 to $39.99 after your purchase, so we refunded the difference.',
    'Amazon lowered the price from 29,90 to 24,90 € on its own.',
    'The lamp you bought dropped to $34.99 (was $49.99) a day later, sorry we cannot change that.',
  ]);
});

describe('a shop of ours elsewhere, a bare code, a free-shipping threshold, a last call (elsewhere-offer.ts)', () => {
  flags([
    'Die Griffe gibt es in unserem Etsy-Shop, dort auch in Messing.',
    'Cerchi "Bottega Lumi" su Google e arriva al nostro negozio, dove vendiamo tutti i ricambi.',
    "If you'd like to see what else we sell, we post everything on Pinterest.",
    'Es ist dort ungefähr 10 % günstiger, ohne Amazon-Gebühren.',
    'Just enter SPRING12 at checkout for a little extra off.',
    'Sur notre site, livraison offerte dès 40 € d\'achat.',
    "Last chance: our winter gift box leaves our store on Friday.",
  ]);
  clean([
    ["We only sell on Amazon, we don't have an eBay store.", 'Do you have an eBay store?'],
    ['Non vendiamo su Etsy, solo qui su Amazon.', 'Siete anche su Etsy?'],
    'Please enter PIN1234 in the app to pair the speaker.',
    'Bestellungen können Sie künftig direkt in unserem Webshop aufgeben, ganz ohne Amazon-Gebühren.',
    'Sie finden uns bei Google unter „Lampenhaus Nord Service“, dort steht unsere Telefonnummer.',
    '当店の楽天市場店もご利用いただけます。',
    'Amazon ships for free over 29 € on eligible items.',
    'The last call for returns on this order is Friday.',
  ]);
});

describe('the campaign that ran when the buyer bought (check.ts ORDERED_BEFORE)', () => {
  clean(['同封のエコバッグは、ご購入時に開催していたキャンペーンのおまけです。']);
  flags(['ただいま当店ではキャンペーンを実施中です。ぜひご覧ください。']);
});

describe("Amazon's storefront link named in Japanese with its bracket (CLICK)", () => {
  flags(['色違いのクッションカバーもございます。「ストアにアクセス」からご覧ください。']);
  clean(['返品のお手続きはこちらからどうぞ。']);
});
