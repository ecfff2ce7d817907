// Session 32, helper mrec32b: marketing the first round left - a pack pitched as cheaper than single pieces, a dearer model sold by
// its price step, another item of the same range paired with the bought one, a spare advised to be bought now, loyalty schemes.
// Our own wordings in several languages, and near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { cleanOfMarketing, flagsMarketing, ruleLayer } from './helpers/cases';

describe('s32 mrec32b: a pack cheaper than single pieces (bundle-saving.ts)', () => {
  flagsMarketing([
    // against singles
    'The trio box works out cheaper per candle than buying them one by one.',
    'Im 3er-Set sind die Filter deutlich günstiger als einzeln gekauft.',
    "Le coffret de trois revient moins cher qu'à l'unité.",
    'El pack de 4 sale más barato que por separado.',
    'Il kit completo conviene molto di più rispetto ai pezzi singoli.',
    'O kit com seis sai mais em conta do que avulso.',
    '鍋とフタのセットは単品よりお安くなっております。',
    // the cheapest option, several taken together
    'Se le servono più cartucce, la confezione da sei è la soluzione più economica.',
    'Si necesita más recambios, la caja de seis es la opción más económica.',
    'Prendendo insieme tre confezioni il prezzo scende a 12 € in tutto.',
  ]);
  cleanOfMarketing([
    'The set was not cheaper than buying the pieces separately, I checked.',
    'Das Set war damals günstiger als einzeln, heute leider nicht mehr.',
    'Your parcel contains two boxes; the courier will deliver them together.',
    'Le colis contient deux boîtes, elles arriveront ensemble.',
    'La caja de seis llegó abierta, le enviamos otra.',
    // the buyer asked about the pack: an answer
    ['Yes, the set of three is cheaper than buying them separately.', 'Is the set of three cheaper than buying them one by one?'],
  ]);
});

describe('s32 mrec32b: a dearer model sold by its price step (price-step.ts)', () => {
  flagsMarketing([
    'For $20 more you get the stainless-steel version with a lifetime warranty.',
    'Franchement, pour 15 € de plus vous avez la batterie double et le port USB-C.',
    'Für 15 € mehr bekommen Sie den größeren Akku und die Ladestation.',
    'Si quiere algo mejor, el modelo Pro solo cuesta 8 € más.',
    'Si vous voulez mieux, la version Pro ne coûte que 8 € de plus.',
    'Con la versione maxi non dovrà ricaricarla spesso: vale davvero la differenza.',
    'Die XL-Version ist jeden Cent den Aufpreis wert.',
    'A versão Pro vale muito a diferença.',
    'Wer es noch leiser mag, greift zum Silent-Modell.',
  ]);
  cleanOfMarketing([
    'The express option costs $8 more but arrives tomorrow.',
    'You paid 15 € more for the Pro model, we have refunded the difference.',
    'Die Lieferung per Express kostet nur 5 € mehr.',
    'El envío urgente solo cuesta 5 € más.',
    'Wir haben Ihnen den Aufpreis für die Komfort-Version erstattet.',
    'Il modello che ha ricevuto è quello giusto per la sua caldaia.',
  ]);
});

describe('s32 mrec32b: another item of the same range paired with the bought one (pairing.ts)', () => {
  flagsMarketing([
    'Zu Ihrer Pfanne empfehlen wir den Deckel aus derselben Serie.',
    'Della stessa linea le consigliamo il portacoltelli magnetico, che si abbina benissimo.',
    'De la misma colección le recomendamos el salvamanteles de hierro.',
    'Da mesma linha, recomendamos o descanso de panela de ferro.',
    'We recommend the sharpening steel from the same range - it keeps the edge keen.',
    'By the way, it pairs really nicely with our linen napkins, lots of people grab both.',
    'ご購入のマグカップには、同じシリーズのソーサーがぴったりです。',
    'お使いの急須と一緒に、同ブランドの湯呑みを選ばれる方が多いです。',
    'お使いのフライパンに合うガラス蓋も作りました。',
  ]);
  cleanOfMarketing([
    'The missing lid from the same series is on its way.',
    '同じ素材のカバーはございません。',
    'Elle est de la même série que votre ancien modèle, nous recommandons donc le même réglage.',
    'Es ist aus derselben Serie wie Ihr altes Gerät, wir empfehlen daher dieselbe Einstellung.',
    'We recommend hand washing the cover.',
    '同じ素材でできているので、お手入れは便利です。',
    ['Yes, the lid from the same series fits, we recommend it.', 'Does the lid from the same series fit my pan?'],
  ]);
});

describe('s32 mrec32b: a spare or refill advised to be bought now or in time (buy-ahead.ts)', () => {
  flagsMarketing([
    "The brush heads wear out after three months, so it's smart to order a spare 3-pack now.",
    'Die Kartuschen halten etwa zwei Monate, denken Sie daran, rechtzeitig Ersatzkartuschen nachzubestellen.',
    'Conviene ordinarne subito una di ricambio, così non resta senza.',
    'Vale a pena comprar já um refil de reposição para não ficar sem.',
    '替えのフィルターもお早めにご購入ください。',
  ]);
  cleanOfMarketing([
    'No need to order a spare filter now, the one included lasts a year.',
    'Please order a replacement now and we will refund the broken one.',
    'Remember to change the filter every three months.',
    'Would you like to order a spare now?',
    'Denken Sie daran, den Filter rechtzeitig zu reinigen.',
  ]);
});

describe('s32 mrec32b: loyalty schemes - a club joined at the address, points, an Nth-order reward, a next-order gift (loyalty-club.ts)', () => {
  const offAndMarketing = (text: string) => {
    const found = ruleLayer(text);
    expect(found).toContain('offplatform');
    expect(found).toContain('marketing');
  };
  it.each([
    'Members of the Oakline Club get early access to restocks - joining takes a minute at oakline.club',
    'Werden Sie Mitglied in unserem Kundenclub mit exklusiven Angeboten: anmelden unter teehaus-nord.de/club',
    'Rejoignez le club Atelier Lin pour des offres exclusives. Inscrivez-vous sur atelierlin.fr/club',
  ])('club at an address: %s', offAndMarketing);
  flagsMarketing([
    'Sammeln Sie bei jedem Einkauf Bonuspunkte und tauschen Sie sie gegen Gutscheine.',
    'Earn points on every order and swap them for free refills.',
    'Cumulez des points de fidélité à chaque commande.',
    'Al quinto ordine la spedizione te la offriamo noi.',
    'En su quinto pedido, le regalamos una taza.',
    "Whatever you order from us next, there'll be a small gift in the box.",
    'Tell your friends about our shop - when they order, we send you a free tin.',
    'Para te incluir no programa de fidelidade, basta confirmar aqui.',
  ]);
  it.each([
    'Sign up at petnest.club to get your care guide.',
    'To activate the warranty please register your kettle at register.kettleco.club within 30 days.',
    '保証を受けるための会員登録などは不要です。',
    'We have no loyalty programme, sorry.',
    'Your order is the fifth this year, thank you!',
  ])('no club marketing: %s', (text) => {
    expect(checkMessage(text).filter((f) => f.entry?.includes('club-signup') || f.entry?.includes('loyalty-scheme'))).toEqual([]);
  });
});

describe('s32 mrec32b: a phone number read all in pairs, our staff answering at a number (phone.ts, seller-channel.ts)', () => {
  it.each([
    'Nuestro técnico le atiende en el sesenta y uno, veinte, treinta y tres, cuarenta y ocho, noventa; llámele cuando quiera.',
    'Call our technician on fifty-five, twenty, thirty-one, forty-eight, ninety.',
    'Rufen Sie an unter vierundfünfzig, zweiundzwanzig, dreizehn, achtundvierzig, neunzig.',
  ])('phone: %s', (text) => {
    expect(ruleLayer(text)).toContain('phone');
  });
  it.each([
    'Wir haben die Größen vierzig, zweiundvierzig, vierundvierzig, sechsundvierzig, achtundvierzig.',
    'Tenemos cuarenta, cuarenta y dos, cuarenta y cuatro, cuarenta y seis y cincuenta unidades.',
  ])('no phone: %s', (text) => {
    expect(ruleLayer(text)).not.toContain('phone');
  });
  it.each([
    'Il nostro tecnico risponde allo 02 5550 3391 dal lunedì al venerdì.',
    'Our engineer answers on 0161 496 0732 on weekdays.',
    'Notre technicien répond au 01 55 50 44 21 le matin.',
  ])('offplatform: %s', (text) => {
    expect(ruleLayer(text)).toContain('offplatform');
  });
  it.each(['The courier answers on 0161 496 0732.', 'Il corriere risponde allo 02 5550 3391.'])('no offplatform of ours: %s', (text) => {
    expect(checkMessage(text).filter((f) => f.rule === 'offplatform' && f.layer !== 'model')).toEqual([]);
  });
});

describe('s32 mrec32b: cheaper when paid to the seller directly or on its own page, no address (direct-sale.ts)', () => {
  it.each([
    'Auf unserer eigenen Seite ist alles etwa 10 % billiger.',
    'Llámame y te lo dejo más barato si me lo pagas directamente.',
    'If you pay me directly it comes out cheaper.',
    'Se mi paga direttamente glielo lascio più economico.',
  ])('offplatform + marketing: %s', (text) => {
    const found = ruleLayer(text);
    expect(found).toContain('offplatform');
    expect(found).toContain('marketing');
  });
  cleanOfMarketing([
    'No te lo puedo dejar más barato aunque me lo pagues directamente.',
    'Auf unserer eigenen Seite finden Sie die Anleitung als PDF.',
  ]);
});

describe('s32 mrec32b: the seller sale told as ending soon (sale-ending.ts)', () => {
  flagsMarketing([
    'Kleiner Hinweis: Unsere Sommeraktion auf Kissen läuft nur noch bis Samstag.',
    'Ultimi giorni per approfittare dello sconto sulle tazze: finisce domenica.',
    'Les soldes se terminent dimanche.',
    'A promoção de inverno acaba domingo.',
  ]);
  cleanOfMarketing([
    'The return window ends on Sunday.',
    'Our replacement offer stands until Friday.',
    'The sale ended last week, sorry.',
    'Il reso è possibile fino a domenica.',
  ]);
});

describe('s32 mrec32b: a new item, edition or colour of the seller announced (new-arrival.ts)', () => {
  flagsMarketing([
    'Quick heads-up: the oak edition of this shelf is finally here.',
    'We just launched the lamp in sage green this week, worth a look!',
    'Per Natale abbiamo preparato una tazza in edizione speciale, già su Amazon.',
    'Tenemos una edición limitada en cobre que queda preciosa.',
  ]);
  cleanOfMarketing([
    'We just dropped your parcel at the depot.',
    'Your parcel is finally here.',
    "Sorry, the blue version is out of stock and we've cancelled that item.",
    'The new firmware version is now available.',
  ]);
});
