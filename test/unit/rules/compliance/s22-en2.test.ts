// Session 22, helper en2: the causes behind the English blind batch j's errors (s22-blind-j), in our own words, with
// variants and the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage ? { buyerMessage } : {}).map((f) => f.rule))].sort();

describe('s22 en2: conditions and assumptions read as leading', () => {
  it.each([
    // an arrival said with "turned up" / "showed up" in one piece
    ['As long as the kettle turned up in one piece, could you give it a rating?', ['leading', 'review_request']],
    ['If the rug showed up in good condition, would you consider leaving a review?', ['leading', 'review_request']],
    // the buyer set up / the item up and running, given as the reason
    ["Now that you're all set up, a short review would mean a lot to us.", ['leading', 'review_request']],
    ["Since it's up and running now, a quick rating would really help the team.", ['leading', 'review_request']],
    // the item "working out" as the condition, and an elliptic "a few" wished for on Amazon
    ["If the sheets are working out for you, we'd be so grateful for a few on Amazon.", ['leading', 'review_request']],
    ['If it works out well, we would love a couple on the listing.', ['leading', 'review_request']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    ["Now that you're set up, the app will show the battery level.", []],
    ['If the parcel turned up damaged, please send us a photo here.', []],
    ["If you're working out at the gym, the bottle fits most holders.", []],
    ['We set up a return for you; the label is in your Amazon account.', []],
    ["Once you work out which size fits, let us know and we'll swap it.", []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s22 en2: review asks without review words', () => {
  it.each([
    ["If you like the grater we'd be delighted to hear about it under the product.", 'review_request'],
    ["We'd love to read your thoughts on the listing once you've tried it.", 'review_request'],
    ['We would be grateful for a word or two about our packing and dispatch on your Amazon order page.', 'review_request'],
    ["We'd appreciate a few words about the service on Amazon.", 'review_request'],
    ['Reckon you could pop a few stars up for the esky when you get a sec?', 'review_request'],
    ['Any chance you could stick a couple of stars up for the swag?', 'review_request'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));

  it.each([
    ["We're glad to hear the issue on the listing was fixed.", []],
    ["We'd love to hear about it here in Amazon messages so we can help.", []],
    ["We'd appreciate a few words on what went wrong so we can fix it.", []],
    ["We'd be grateful for a few words about the fault in your Amazon messages.", []],
    ['Pop the stars up on the ceiling with the putty from the box.', []],
    ['Stick a few stars up on the nursery wall with the pads.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe('s22 en2: rewards for a review going live', () => {
  it.each([
    ['You can claim 6 more months of warranty on the toaster by telling us once your review is live.', ['leading', 'review_request']],
    ['Get a free filter as soon as your rating goes live.', ['leading', 'review_request']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expect.arrayContaining(expected)));
});

describe('s22 en2: refusals and removals', () => {
  it.each([
    // a trade of money for a removed or changed review, refused
    ["Sorry, we aren't able to refund you in exchange for deleting your review, but a new lid is on its way.", []],
    ['We are unable to pay you for changing your rating; the replacement ships today.', []],
    ["We can't offer a refund for removing the review, though we can fix the hinge.", []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));

  it('a plea to remove a review is leading only, with or without a sympathy appeal', () => {
    expect(rules('We refunded you in full. Kindly remove the negative feedback, it is hurting our small business.')).toEqual(['leading']);
    expect(rules('As a family-run shop we ask you to please delete the bad review, it is affecting us a lot.')).toEqual(['leading']);
    // a change asked next to a refusal of something else still shows
    expect(rules("We can't refund the postage, but could you update your review?")).toContain('leading');
  });

  it('a mum-run business pleading beside a review ask is leading', () => {
    expect(rules('We are a mum-run business and every review on Amazon helps us keep going.')).toEqual(['leading', 'review_request']);
  });
});

describe('s22 en2: social follows of the seller by name', () => {
  it.each([
    ['Give Harbour Candles a follow on Instagram for restock news.', ['marketing']],
    ['Follow Birch and Bark on TikTok, we post new colours there first.', ['marketing']],
    ['Give our page a quick follow on Facebook!', ['marketing']],
  ])('%s', (text, expected) => expect(rules(text)).toEqual(expected));

  it.each([
    ['Follow the setup video on YouTube, it shows every step.', []],
    ['You can follow your parcel on the carrier app.', []],
    ['Give it a rinse on the top rack after each use.', []],
  ])('%s -> clean', (text, expected) => expect(rules(text)).toEqual(expected));
});

describe("s22 en2: the buyer's channel named, then kept to Amazon", () => {
  const buyer = 'Can I just send the pictures on WhatsApp or Telegram?';
  it.each([
    ['You mentioned Telegram - we can only take pictures here in Amazon messages, so please attach them to this thread.'],
    ['You suggested WhatsApp: we can only accept the photos here, please attach them below.'],
    ['Sie erwähnten WhatsApp – Fotos können wir leider nur hier annehmen.'],
    ['Usted menciona WhatsApp, pero solo podemos recibir las fotos aquí.'],
  ])('%s -> clean', (text) => expect(rules(text, buyer)).toEqual([]));

  it('the channel accepted after the mention still shows', () => {
    expect(rules('You mentioned WhatsApp - sure, message us there any time.', buyer)).toContain('offplatform');
    expect(rules('You mentioned WhatsApp - we only answer quickly there, so add us.', buyer)).toContain('offplatform');
  });
});

describe('s22 en2: a product name with a rating word, typed by the buyer', () => {
  it('the Title-Case name repeated with the noun the buyer used is no review ask', () => {
    expect(rules('Yes, the Top Review notebook has 200 lined pages.', 'how many pages does the top review notebook have?')).toEqual([]);
    expect(rules('The Best Rating planner comes in A5 only.', 'is the best rating planner available in A4?')).toEqual([]);
  });
  it('the phrase alone in the buyer message keeps the ask', () => {
    expect(rules('A Top Review would help us a lot!', 'should I leave a top review?')).toContain('leading');
  });
});
