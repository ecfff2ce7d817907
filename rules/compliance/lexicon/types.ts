// Phrase lists, one file per language. Each entry is a regular-expression source over the
// normalized copy (lowercase, NFKC, typographic quotes folded to ' and "), with two shorthands:
//   " "    one or more whitespace characters
//   " … "  up to three words in between (same sentence), " …… " up to six
// Keep entries linear: no nested unbounded quantifiers (the property tests feed hostile input).

/**
 * An entry as data: what it matches, why that breaks (or, in the context lists, signals) the rule,
 * and texts that prove it - test/unit/rules/compliance/lexicon-entries.test.ts runs every example
 * and near-miss against the entry alone. A finding names the entry that fired as
 * `<language>:<list>:<id>`, so a false alarm is traced to its entry in one step.
 */
export interface LexiconEntry {
  /** kebab-case, unique within its language and list */
  readonly id: string;
  /** the regular-expression source (shorthands above) */
  readonly re: string;
  /** one sentence: why a seller's message with this phrase breaks the rule */
  readonly why: string;
  /** our own texts the entry must match (at least one) */
  readonly match: readonly string[];
  /** compliant near-misses the entry must not match */
  readonly not?: readonly string[];
}

/** A list item (every entry is data; a bare source no longer compiles). */
export type LexiconItem = LexiconEntry;

/** The same entries with each source rewritten (a guard appended to every entry of a list). */
export function mapSources(items: readonly LexiconItem[], rewrite: (source: string) => string): LexiconItem[] {
  return items.map((item) => ({ ...item, re: rewrite(item.re) }));
}

export interface Lexicon {
  /** Invitations to leave Amazon: e-mail/call/text us, messengers, our website, pay outside Amazon. */
  offplatform: LexiconItem[];
  /** Biased review language: satisfaction-conditioned asks, 5 stars, incentives, "contact us first", change/remove a review. */
  leading: LexiconItem[];
  /** Any ask for a review, rating or seller feedback, even neutral. */
  review_request: LexiconItem[];
  /** Coupons, codes, % off, sales, new arrivals, cross-sell, follow us, newsletters, giveaways. */
  marketing: LexiconItem[];
  /** Asks for data beyond what the order needs: birth date, ID documents, personal phone/e-mail, social accounts. */
  personal_data: LexiconItem[];
  /** Any review wording: blocking once the order already had a review request. */
  review_wording: LexiconItem[];
  /** Auto-reply phrasing ("we received your message and will reply within 24 hours"). */
  auto_reply: LexiconItem[];
  /** Reply wording that accepts a proposal ("sure", "of course", "I'll email you"). */
  accept: LexiconItem[];
  /** Reply wording that declines moving off Amazon ("we can only communicate through Amazon"). */
  refuse: LexiconItem[];
  /** Buyer wording that proposes leaving Amazon ("email me", "call me", "my WhatsApp"). */
  buyer_offplatform: LexiconItem[];
}
