// A one-person shop writes "I", "me", "my": read as the shop's "we", "us", "our" (seller-voice.ts), so the
// lexicons' "rate us", "our website", "we'd love" find the same asks - and only in English.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';
import { normalize, toOriginal } from '../../../../rules/compliance/normalize';

const voice = (text: string) => normalize(text, { sellerVoice: true }).text;
const rules = (text: string, buyerMessage?: string) => [...new Set(checkMessage(text, { buyerMessage }).map((f) => f.rule))].sort();

describe('the seller as "I" in the detection copy', () => {
  it('reads I/me/my as we/us/our', () => {
    expect(voice("I'd love it if you rated me - it helps my little shop.")).toBe("we'd love it if you rated us - it helps our little shop.");
    expect(voice('I am sure you will like it, I was glad to help.')).toBe('we are sure you will like it, we were glad to help.');
  });

  it('leaves "me" after other words, other languages and the Italian article alone', () => {
    for (const text of ['No me gusta', 'Il me faut une photo', 'Pode me mandar uma foto?', 'I prodotti sono arrivati', 'I suoi dati sono al sicuro']) {
      expect(voice(text)).toBe(normalize(text).text);
    }
    expect(voice('Il me faut une photo')).toBe('il me faut une photo');
    expect(voice('I prodotti sono arrivati')).toBe('i prodotti sono arrivati');
  });

  it('is off unless asked for (the buyer writes as "I" too)', () => {
    expect(normalize('Email me at my gmail').text).toBe('email me at my gmail');
  });

  it('maps findings back to the words as typed', () => {
    const text = 'Please rate me five stars on my page.';
    const norm = normalize(text, { sellerVoice: true });
    const at = norm.text.indexOf('our page');
    expect(text.slice(...toOriginal(norm, at, at + 8))).toBe('my page');
  });
});

describe('asks of a one-person shop', () => {
  it.each([
    ["It's actually cheaper on my own site.", 'marketing'],
    ['Next time order on my website and get free shipping.', 'offplatform'],
    ["I'd be thrilled if you could take 30 seconds to rate me.", 'review_request'],
    ['If there is anything less than 5 stars about your experience, message me before posting.', 'leading'],
    ['You can also find my products on eBay and Etsy.', 'marketing'],
  ])('%s -> %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it("still tells the buyer's own channel from the seller's", () => {
    // the buyer's "email me" is the buyer's proposal; the seller accepting it is the invitation
    expect(rules("Sure, I'll send it to you there right away!", 'Can you just email me the manual at tom@example.com?')).toContain('offplatform');
    expect(rules('I will attach the manual here in this thread.', 'Can you just email me the manual?')).toEqual([]);
  });
});
