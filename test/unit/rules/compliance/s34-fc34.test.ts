// s34 fc34: review asks without a "leave a review" verb that the checker missed - the buyer's impressions taken in on a messenger,
// a few lines from the buyer on the product page, seller feedback wished for the order, a star count written as asterisks.
// Every sentence here is written for the test (none is a corpus row); the near-misses beside them must stay clean.
import { describe } from 'vitest';

import { hasRule, lacks } from './helpers/cases';

const asksReview = hasRule('review_request');
const noReviewAsk = lacks('review_request');

describe('impressions taken in through another channel (impressions-channel.ts: receiving verbs, Italian double clitics)', () => {
  asksReview([
    'Ihre Eindrücke zur Heckenschere nehmen wir auch gern über WhatsApp entgegen: 0171 222 33 444.',
    "We're happy to receive your thoughts on the blender via WhatsApp at +44 7700 900123.",
    'Le sue impressioni sulla lampada può inviarcele anche su Telegram, ci trova come @LampadeRossi.',
    'Le sue opinioni sul frullatore può scrivercele su WhatsApp al 333 123 4567.',
  ]);
  noReviewAsk([
    'Ihre Eindrücke nehmen wir bitte nicht per WhatsApp entgegen, Amazon erlaubt das nicht.',
    'Fotos vom Defekt nehmen wir gern per Mail entgegen.',
  ]);
});

describe("the buyer's few lines placed on the product page (de your-lines-on-product-page, en few-lines-on-listing)", () => {
  asksReview([
    'Drei Sätze von Ihnen auf der Artikelseite wären für unentschlossene Käufer eine große Hilfe.',
    'All we hope for is a couple of lines on the product page about the grinder when you have a moment.',
  ]);
  noReviewAsk([
    'Die ersten zwei Zeilen auf der Produktseite waren veraltet, das ist korrigiert.',
    'A couple of lines on the product page are out of date; we will correct them when we have a minute.',
  ]);
});

describe('seller feedback wished or asked for the order (en seller-feedback-for-order)', () => {
  asksReview([
    'We would appreciate some seller feedback for your order 305-0000000-1111111.',
    'Seller feedback helps a tiny shop like ours - could you leave one for this order?',
  ]);
  noReviewAsk([
    'Seller feedback for an order can only be removed by Amazon, not by us.',
    "We'd appreciate feedback on whether the new hinge fits.",
  ]);
});

describe('a star count written with asterisks, wished for (en rating-would-help)', () => {
  asksReview(['5 *** would be lovely if the lamp works out.', '5*** would mean the world.']);
  noReviewAsk(['The 5* hotel would be nearer the station.']);
});

describe('the mark the buyer would give, asked directly or as what we want to know (star-count-question.ts)', () => {
  asksReview([
    'What rating would you give the new toaster?',
    'Nous aimerions savoir quelle note vous donneriez au tapis.',
    '¿Qué nota le darías a la mochila?',
    'Che voto darebbe al frullatore?',
    'Welche Note würden Sie dem Rucksack geben?',
  ]);
  noReviewAsk([
    'What rating did the tester give the toaster?',
    'Quelle note de livraison avez-vous reçue ?',
    'Which rating class is the charger: A or B?',
  ]);
});

describe('German: the full score or stars wished from the buyer, the opinion said to help other buyers', () => {
  asksReview([
    'Passt alles, freuen wir uns sehr über die volle Punktzahl.',
    'Wär super, wenn ihr uns 5 Sterne gebt!',
    'Deine Meinung zum Kissen wäre sicher auch für neue Käufer eine Hilfe.',
  ]);
  noReviewAsk([
    'Der Testbericht vergab die volle Punktzahl für die Akkulaufzeit.',
    'Ihre Einschätzung zur Delle wäre für den Versicherer hilfreich.',
  ]);
});
