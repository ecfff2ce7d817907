// Session 15 (s15 blind, marketing / offplatform misses), read from intent and structure in the seven languages:
// an upsell to a sibling model (detectors/promotion.ts: stepUpIn and the widened tier pitch), a matching item sold
// through a payment service (detectors/payment-channel.ts), cheaper direct and social follows
// (detectors/direct-sale.ts), a service line offered as reachable (check.ts reachableOffer), a site named for the
// whole collection (detectors/offsite-invite.ts ADDRESS_TRADE). Each branch: its reason, paraphrases in our own
// words that it must find, and the compliant near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { DIRECT_SALE_BRANCHES } from '../../../../rules/compliance/detectors/direct-sale';

type Rule = 'marketing' | 'offplatform';
interface Branch {
  id: string;
  why: string;
  rules: Rule[];
  match: (string | [string, string])[];
  not: (string | [string, string])[];
}

const rulesOf = (text: string, buyerMessage?: string) =>
  new Set(checkMessage(text, { buyerMessage }).filter((f) => f.severity !== 'info').map((f) => f.rule));

const BRANCHES: Branch[] = [
  {
    id: 'promotion step-up (want more + another model)',
    why: 'a condition wishing for more than the bought item gives, with another model of the range named: an upsell',
    rules: ['marketing'],
    match: [
      'If you ever need a bigger batch, the 5 L version bakes two loaves at once.',
      'Falls der Akku Ihnen einmal zu knapp wird, hält die Pro-Version doppelt so lange.',
      "Si un jour il vous faut plus de place, le modèle 60 L de la même série s'impose.",
      'Si alguna vez busca más autonomía, el modelo Max aguanta el doble.',
      'Se mai le servisse più potenza, il modello da 1500 W è la scelta giusta.',
      'Se um dia quiser mais espaço, o modelo de 30 litros resolve.',
      'もっと容量がご希望でしたら、10Lモデルもございます。',
    ],
    not: [
      // the buyer asked which bigger model exists, and the seller answers
      ['Yes, there is a 5 L version; it has the same handle.', 'Do you make a bigger version of the bread maker?'],
      ['Sí, existe el modelo Max con batería doble.', '¿Tienen un modelo con más autonomía?'],
      // more help wished for, with a model code named
      'If you need more information on the BX-200, just reply to this message.',
      // a denial of the model
      'If you need more room, sadly the 60 L model is not sold in Europe.',
      // a replacement bigger than the returned item
      'We are sending the 5 L version as a replacement for the one you returned.',
      'This is the bigger version of the one you returned.',
    ],
  },
  {
    id: 'promotion step-up (another model + intensified benefit)',
    why: 'another model of the range named with a strong comparative benefit or a step-up pitch: an upsell',
    rules: ['marketing'],
    match: [
      'The Ultra model runs far quieter and is worth the upgrade.',
      'Das 40-cm-Modell bietet deutlich mehr Arbeitsfläche.',
      'Il modello Plus ha una batteria molto più capiente.',
      'O modelo Pro tem bem mais potência.',
    ],
    not: [
      // a product fact, no comparison
      'The 6-cup model holds 300 ml.',
      'Il modello da 6 tazze contiene 300 ml.',
      // the buyer's own order
      'The 40 cm model you ordered is much more stable on a tiled floor.',
    ],
  },
  {
    id: 'promotion tier pitch widened (sibling + comparative, price gap or want-more)',
    why: 'a sibling model ("big sister", "hermano mayor") sold on a plain comparative, a small price gap or a want-more condition',
    rules: ['marketing'],
    match: [
      'Its big sister does the same job with a larger jug.',
      'Die große Schwester dieses Föhns trocknet schneller.',
      'Son grand frère existe pour seulement 15 € de plus.',
      'Su hermano mayor tiene más velocidades.',
    ],
    not: [
      ['Yes, its big sister has a larger jug.', 'Is there a bigger sister model of this blender?'],
      // a replacement
      'As a replacement we send its big sister, since the small one is sold out.',
    ],
  },
  {
    id: 'payment-service sale of a matching item',
    why: 'a matching item sent once its price came through a payment service: a cross-sell made outside Amazon (offplatform + marketing)',
    rules: ['offplatform', 'marketing'],
    match: [
      'The matching placemats are 14 € - pay via PayPal and I post them tomorrow.',
      'Die passende Hülle kostet 9 €: per PayPal bezahlen und ich verschicke sie sofort.',
      "Le plaid assorti est à 20 € : un virement par Lydia et je l'expédie.",
      'El cojín a juego son 8 €; me hace un Bizum y se lo envío.',
      'Il copricuscino coordinato costa 12 euro, con Satispay lo spedisco oggi.',
    ],
    not: [
      // a refusal
      'We don\'t take Bizum, Lydia or PayPal for the cushion cover - please order it through Amazon.',
      'Nous n\'acceptons pas Lydia : merci de commander le plaid assorti sur Amazon.',
      // a spare part paid that way is the payment only (offplatform), no promotion
      ['For the spare lid just send 6 € via PayPal and we ship it.', 'marketing'],
    ],
  },
  {
    id: 'reachable service line',
    why: 'the seller\'s desk offered as reachable at a number: an invitation to contact outside Amazon',
    rules: ['offplatform'],
    match: [
      'Our support desk is reachable on weekdays at 0161 496 0999.',
      "Notre SAV est joignable au 04 99 55 01 11 du lundi au vendredi.",
      'Unser Kundendienst ist täglich unter 030 5550 1999 erreichbar.',
      'サポート窓口は03-5555-0111で受け付けております。',
    ],
    not: [
      // the carrier's line given to a buyer who asked for it (a grey area: the number keeps its phone finding only)
      ['The carrier\'s hotline is reachable at 0800 555 0199 on weekdays.', 'Which number do I call to rebook the courier?'],
      // a bare label
      'Tel.: 0161 496 0734',
    ],
  },
  {
    id: 'site named for the whole collection',
    why: 'an address given as where the whole collection or range is: a purchase outside Amazon',
    rules: ['offplatform'],
    match: ['You will find the whole range at oakandlinen.shop.', 'Trovate tutta la collezione su www.ceramichesole.it.'],
    not: ['The whole range of sizes is listed in the manual at manuals.oakandlinen.shop.'],
  },
];

describe('s15 marketing / offplatform branches', () => {
  for (const b of BRANCHES) {
    describe(`${b.id} - ${b.why}`, () => {
      it.each(b.match.map((m) => (typeof m === 'string' ? [m, ''] : m)))('finds "%s"', (text, buyer) => {
        const found = rulesOf(text, buyer || undefined);
        for (const r of b.rules) expect(found.has(r), r).toBe(true);
      });
      it.each(b.not.map((m) => (typeof m === 'string' ? [m, ''] : m)))('leaves "%s"', (text, extra) => {
        // a pair is [text, buyer's message], or [text, the one rule it must not get]
        const onlyRule = extra === 'marketing' || extra === 'offplatform' ? (extra as Rule) : null;
        const found = rulesOf(text, onlyRule ? undefined : extra || undefined);
        for (const r of onlyRule ? [onlyRule] : b.rules) expect(found.has(r), r).toBe(false);
      });
    });
  }
});

describe('direct-sale branches (their own examples)', () => {
  for (const b of DIRECT_SALE_BRANCHES) {
    const rules: Rule[] = b.id.startsWith('cheaper') ? ['offplatform', 'marketing'] : ['marketing'];
    it.each(b.match)(`${b.id} finds "%s"`, (text) => {
      const found = checkMessage(text).filter((f) => f.severity !== 'info').map((f) => f.rule);
      for (const r of rules) expect(found, r).toContain(r);
    });
    it.each(b.not)(`${b.id} leaves "%s"`, (text) => {
      const found = checkMessage(text).filter((f) => f.severity !== 'info').map((f) => f.rule);
      for (const r of rules) expect(found, r).not.toContain(r);
    });
  }
  it('a named account on the network is an address outside Amazon too', () => {
    const rules = (text: string) => new Set(checkMessage(text).map((f) => f.rule));
    expect(rules('Suivez les coulisses de l\'atelier sur Insta : @lin.et.laine').has('offplatform')).toBe(true);
    expect(rules('Instagramで新作を紹介しています。「ao_zakkaten」をぜひフォローしてください。').has('offplatform')).toBe(true);
    // without a network named, a follow is no social follow ("follow the steps")
    expect(rules('Please follow the three steps on the insert card.').has('marketing')).toBe(false);
  });
});
