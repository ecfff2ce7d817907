// Phrase lists, one file per language. Each entry is a regular-expression source over the
// normalized copy (lowercase, NFKC, typographic quotes folded to ' and "), with two shorthands:
//   " "    one or more whitespace characters
//   " … "  up to three words in between (same sentence), " …… " up to six
// Keep entries linear: no nested unbounded quantifiers (the property tests feed hostile input).
export interface Lexicon {
  /** Invitations to leave Amazon: e-mail/call/text us, messengers, our website, pay outside Amazon. */
  offplatform: string[];
  /** Biased review language: satisfaction-conditioned asks, 5 stars, incentives, "contact us first", change/remove a review. */
  leading: string[];
  /** Any ask for a review, rating or seller feedback, even neutral. */
  review_request: string[];
  /** Coupons, codes, % off, sales, new arrivals, cross-sell, follow us, newsletters, giveaways. */
  marketing: string[];
  /** Asks for data beyond what the order needs: birth date, ID documents, personal phone/e-mail, social accounts. */
  personal_data: string[];
  /** Any review wording: blocking once the order already had a review request. */
  review_wording: string[];
  /** Auto-reply phrasing ("we received your message and will reply within 24 hours"). */
  auto_reply: string[];
  /** Reply wording that accepts a proposal ("sure", "of course", "I'll email you"). */
  accept: string[];
  /** Reply wording that declines moving off Amazon ("we can only communicate through Amazon"). */
  refuse: string[];
  /** Buyer wording that proposes leaving Amazon ("email me", "call me", "my WhatsApp"). */
  buyer_offplatform: string[];
}
