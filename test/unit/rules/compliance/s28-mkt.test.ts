// Marketing misses and false alarms of the s28 batch gm1 (writer 1 of the kind list), each fixed by its structure and written here in
// other words (paraphrased, none of the batch's sentences) - and the replies next to them that must stay clean.
import { describe } from 'vitest';

import { cleanOfMarketing as clean, flagsMarketing as flags } from './helpers/cases';

describe('another item\'s price cut told as a fall, an arrow or was/now (purchase-push.ts PRICE_FROM_TO, LOWERED)', () => {
  flags([
    'Kurze Info: Unser Schneidebrett aus Bambus ist gerade von 29,90 € auf 19,90 € gefallen.',
    'FYI our walnut serving board is now $24, was $39.',
    'Les gourdes isothermes de notre boutique sont passées de 25 € à 18 €.',
    'A proposito, la nostra moka da 6 tazze è calata da 39 a 29 euro.',
    'Aliás, a nossa garrafa térmica caiu de R$ 99,90 para R$ 69,90.',
    'なお、同じシリーズのフライパンは4,500円→3,200円に値下げしました。',
    'Nuestro juego de sartenes: antes 89 €, ahora 59 €.',
    'Il tostapane della stessa linea è sceso da 59,90 a 44,90 euro questa settimana.',
  ]);
  clean([
    'The price of your order dropped from 49 € to 39 € after you bought it, so we refunded the difference.',
    'We cut the delivery time from 10 to 5 days for your region.',
    'Die Versandkosten sind leider von 4,90 € auf 5,90 € gestiegen.',
    'Il prezzo è sceso da 49,90 a 34,90 euro: le abbiamo rimborsato la differenza.',
    ['Sì, il prezzo è sceso da 49,90 a 34,90 euro.', 'Quanto costa adesso lo spremiagrumi? È sceso di prezzo?'],
    'Amazon hat den Preis von 49 € auf 39 € gesenkt, darauf haben wir keinen Einfluss.',
    '温度は80度→60度に下げてお使いください。',
  ]);
});

describe('a promotion told as the one that ran when the buyer bought (promotion.ts ranAtPurchase)', () => {
  clean([
    'That mug came free - it was part of the spring promotion that was active on the teapot when you bought it (one mug per teapot, 3-9 April). Keep it!',
    'El posavasos era un regalo de la promoción que estaba vigente cuando realizaste la compra (uno por cada tetera). No tienes que devolverlo.',
    "Il portachiavi faceva parte dell'offerta che era attiva quando ha ordinato (un portachiavi per ogni zaino). È suo.",
    'O chaveiro veio da promoção que estava ativa quando você comprou a mochila (um por pedido). Pode ficar com ele.',
  ]);
  flags([
    'The promotion that was running when you ordered is back until Sunday: a free tote with every kettle.',
    'La promoción que estaba activa cuando hiciste la compra vuelve esta semana: llavero gratis con cada cartera.',
    'Good news: our summer promotion starts Friday - a free tote with every kettle you order.',
  ]);
});

describe('a new version told as development news with an adverb between verb and preposition (promotion.ts IN_DEVELOPMENT)', () => {
  clean([
    'Bonne remarque : nous travaillons justement sur une nouvelle version avec minuteur, mais sans date pour le moment.',
    'Good point - we are already working hard on a new version with a longer cable; no date yet.',
    'Tiene razón, estamos trabajando precisamente en una nueva versión con asa, aún sin fecha.',
  ]);
  flags([
    'Nous travaillons justement sur une nouvelle version : précommandez-la dès maintenant avec 10 % de remise.',
    'We are actually working on a new version - pre-order yours now.',
    'Notre nouvelle version avec minuteur est disponible dans notre boutique.',
  ]);
});

describe("the buyer's own pre-order dated in the sentence after its confirmation (promotion.ts releaseOfOwnPreorder)", () => {
  clean([
    'Olá Ana, sua pré-venda do caderno está confirmada. O lançamento é dia 20/09 e despachamos no mesmo dia.',
    'Hi Tom, your pre-order of the atlas is confirmed. The release is on 12 October and it ships that day.',
    'Bonjour, votre précommande du roman est bien enregistrée. La sortie est prévue le 3 mars.',
  ]);
  flags([
    'Your pre-order is confirmed. Our new planner launches on 15/08 - have a look!',
    'Sua pré-venda está confirmada. O lançamento da coleção de inverno tem 10% de desconto.',
    'Votre précommande est confirmée. Le lancement de notre nouvelle gamme de bougies a lieu le 3 mars.',
  ]);
});

describe('a price drop of the buyer\'s own item settled by a refund in the next sentence (purchase-push.ts REFUND_NEXT)', () => {
  clean([
    'En effet, le prix est passé de 60 € à 52 € la semaine dernière. Nous vous avons remboursé la différence.',
    'Right, the price fell from $60 to $52 on Monday. We have refunded you the difference.',
  ]);
  flags([
    'Notre théière en fonte est passée de 60 € à 52 €. Profitez-en !',
    'Our cast-iron teapot dropped from $60 to $52 this week. Grab one while it lasts.',
  ]);
});

describe('a dearer model pitched as worth its price, or a switch advised (promotion.ts stepUpIn: DEARER_TRADE, SWITCH_ADVICE)', () => {
  flags([
    "If battery life matters, I'd recommend switching to the Aero 500: it costs about $20 more but runs twice as long.",
    'Wer es größer mag, greift zur Mahlwerk 800 – etwas teurer, aber deutlich leiser.',
    "Si vous voulez l'application, je vous conseille de passer au modèle Balance S5 : un peu plus cher, mais connecté.",
    'Se vuole il timer, le consiglio di passare alla Moka Plus: costa qualche euro in più ma ha lo spegnimento automatico.',
    ['Se precisar do app, recomendo trocar para a Balança S3 Smart: custa um pouco mais, mas sincroniza com o celular.', 'A balança não conecta no celular'],
  ]);
  clean([
    'The express courier costs a bit more, but it arrives tomorrow.',
    ["A S3 custa um pouco mais, mas sincroniza com o celular.", 'Qual a diferença entre o modelo S1 e o S3?'],
    'I would recommend switching to the eco mode to save power.',
    'Le consiglio di passare alla modalità eco: consuma meno.',
  ]);
});

describe('few units of another variant left, with the moment named as the call to buy (purchase-push.ts BUY_CALL)', () => {
  flags([
    'Only 3 of the navy cushions left and no more coming. If you fancied a pair, now is the time.',
    'Von der grauen Variante sind nur noch 5 Stück da. Jetzt ist der richtige Moment, falls Sie noch eine möchten.',
    'Il ne reste que 6 plaids en bleu : si vous en vouliez un deuxième, c\'est le moment.',
    'Restano solo 3 pezzi nel colore salvia: se ne voleva un altro, è il momento.',
  ]);
  clean([
    'Only 2 days left to return it - now is the time to send it back if it does not fit.',
    'Only 4 spare lids left in our stock for replacements, so now is the time to tell us if yours is cracked.',
    'The parcel is nearly there: now is the time to make sure someone is home.',
  ]);
});

describe('a Japanese purchase advised with の as its nominaliser, with a hurry or the shop as source (purchase-push.ts URGE_BUY)', () => {
  flags([
    '替え芯は半年ほどで消耗しますので、今のうちに5本入りをご購入いただくのがおすすめです。',
    'フィルターは消耗品のため、お早めに2個セットをご注文いただくのがお勧めです。',
    '替えパッドは当店で3枚組をご購入いただくのがおすすめです。',
  ]);
  clean([
    'フィルターは3か月ごとの交換が推奨されています。',
    '交換用パッドは無料でお送りしますので、ご購入いただく必要はございません。',
    ['替えブラシは4本セットをご購入いただくのがおすすめです。', '替えブラシはどれを買えばいいですか？'],
  ]);
});

describe('a code told as applied at the buyer\'s purchase (check.ts appliedNotOffered, promotion.ts toldAtPurchase)', () => {
  clean([
    ['Le code de bienvenue a été appliqué automatiquement lors de votre commande (-15 %), d\'où le montant de 34 €.', 'Pourquoi ai-je payé 34 € ?'],
    ['The launch code was applied automatically at checkout when you ordered (-10%), which is why the total is lower.', 'Why was I charged less?'],
  ]);
  flags([
    "Le code promo appliqué lors de votre commande est encore valable jusqu'à dimanche sur toute la boutique : -10 %.",
    'The code applied when you ordered works again on your next order: 10% off at checkout.',
    'Use code SPRING10 at checkout for 10% off your next order.',
  ]);
});

describe("the shop's own gift set praised as a well-received present (promotion.ts POPULAR)", () => {
  flags([
    'お中元の時期となりました。当店の焼き菓子ギフトセットは贈り物として大変喜ばれております。',
    '当店の緑茶ギフトセットは、ご贈答用としてとても喜ばれています。',
  ]);
  clean([
    'ご注文のギフトセットは本日発送いたしました。贈り物として喜ばれますように。',
    'お手紙を添えてお送りしたところ、先方にも大変喜ばれているとのこと、ありがとうございます。',
  ]);
});
