// s34 fa34: misses and false alarms of the s34-g1 English templates (US/UK/CA/AU/IN), each fixed at its cause and written here in
// other words (none of the rows' sentences), with the near-misses beside them that must keep or must not get their finding.
import { describe } from 'vitest';

import { ruleFlags, ruleLacks } from './helpers/cases';

describe('an Indian PIN code named as where a service is delivered is the postal code (en lexicon password entry)', () => {
  ruleLacks('personal_data', [
    'Cash on Delivery shows at checkout only when it is available for your pin code.',
    'Sorry, our courier partner does not deliver to your PIN code yet.',
    'Please make sure your PIN code 400052 is right in the delivery address.',
    'We checked the availability for your pin code and it is covered.',
  ]);
  ruleFlags('personal_data', [
    'Kindly share your card PIN code so we can verify the refund.',
    'Please send us your PIN code and login details.',
  ]);
});

describe('payment services of Canada and India, and Amazon named only as the fee skipped (payment-channel.ts)', () => {
  ruleFlags('offplatform', [
    'We could take an Interac e-Transfer for the spare lid and post it right away.',
    'Happy to send the second throw if you do an e-Transfer, with no Amazon fees at all.',
    'Please pay the balance through PhonePe to our UPI id and we will courier it tomorrow.',
    'Just send ₹800 on Paytm and we dispatch the extra pack today.',
  ]);
  ruleLacks('offplatform', [
    "Sorry, we can't accept an Interac e-Transfer; every order has to go through Amazon checkout.",
    'You can pay with Google Pay at Amazon checkout if your card is linked there.',
    'We do not take Paytm or any UPI payment outside Amazon, please order on the listing.',
  ]);
});

describe('a fee saved is not a discount: the amount is the price paid (payment-channel.ts FEES_SAVED)', () => {
  ruleLacks('marketing', [
    "To save the fees, just Venmo me $35 and I'll post the spare blade tomorrow.",
    'Spart die Gebühren: einfach 30 € per PayPal schicken, dann geht es morgen raus.',
  ]);
  ruleFlags('marketing', [
    'Pay by Zelle and save $5 on the second lamp.',
    'Paga con Bizum y ahorra 5 € en la segunda funda.',
  ]);
});

describe('a note or delivery instruction added to the order is handling, not a novelty (promotion.ts NOT_A_PROCESS)', () => {
  ruleLacks('marketing', [
    "We've added a note to your order so the driver leaves the parcel with your neighbour.",
    'We have added a courier instruction to ring the bell twice.',
    'We have added a special instruction for the packer to double-box the vase.',
  ]);
  ruleFlags('marketing', [
    "We've just added notebooks and pens to our shop - take a look.",
    'We have added a new colour to the range, the sage green.',
  ]);
});

describe('a return done on the order page asks for no rating named only in a product name before (order-page-rating.ts OTHER_ACT)', () => {
  ruleLacks('review_request', [
    'The Five Star Bath Towel is quite thick at first. If it stays too heavy for you, you can return it from Your Orders.',
    'Our 5-Star Chef Knife ships with a sheath. Should it not suit you, you can start an exchange from your orders page.',
  ]);
  ruleFlags('review_request', [
    'We would really value your feedback. You can leave it from Your Orders page.',
    'Your rating helps us a lot. Could you leave it through your orders page?',
  ]);
});

describe('a size of the range told by its capacity, with the bought one found snug (promotion.ts otherCapacity, WANT_MORE, PRICE_GAP)', () => {
  ruleFlags('marketing', [
    'If the 3-seater feels a bit cramped, the 5-seater has a chaise end and is only A$150 more.',
    'Just so you know, if the 2-person dome is a little tight, our 4-person version has two doors.',
    'Wenn das Zelt für 2 Personen etwas eng ist, hat das Zelt für 4 Personen viel mehr Platz.',
  ]);
  ruleLacks('marketing', [
    'If the 2-person tent feels a bit snug, pitch it with the vestibule open for more room.',
    'If the 4-seater feels a bit tight, you can return it through Your Orders within 30 days.',
    'The 2-person tent packs down to 40 cm and weighs 2.1 kg.',
  ]);
});

describe('an air waybill and an Indian carrier name a tracking number, not a phone (phone.ts ID_WORDS)', () => {
  ruleLacks('phone', [
    'Your AWB is 55012398764 with Blue Dart; the Track Package button shows the same.',
    'The docket number 88120934571 (DTDC) is on your order page.',
  ]);
  ruleFlags('phone', [
    'For delivery questions, call our helpline on 98450 12345.',
    'Kindly send the payment on GPay to 98765 43210 and share the screenshot.',
  ]);
});

describe('more tips or ideas at the seller\'s site are more than a manual (offsite-invite.ts MORE_CONTENT, DOCUMENT_ATTACHED)', () => {
  ruleFlags('offplatform', [
    'The cleaning guide is attached - you will find more ideas on our site, bramblehome.com, whenever you like.',
    'Our seasoning guide is attached here; further recipes are on our website, ironpan-co.com.',
  ]);
  ruleLacks('offplatform', [
    'The user guide for your model is on our site, bramblehome.com, under Downloads.',
    'The assembly manual is also available at bramblehome.com/manuals.',
  ]);
  ruleLacks('marketing', [
    'More care tips are on our site, bramblehome.com, if you ever want them.',
  ]);
});

describe('a review that puts the buyer into a draw (review-incentive.ts DRAW)', () => {
  ruleFlags('leading', [
    'Each rating left before Friday puts you into the draw for a new kettle!',
    'Your review gets you into our monthly draw for a hamper.',
  ]);
  ruleFlags('marketing', ['Each rating left before Friday puts you into the draw for a new kettle!']);
  ruleLacks('leading', [
    'The winner of our summer draw has been told by e-mail; your order ships today.',
    'Thanks for your review - we read every one of them.',
  ]);
});
