// Entry sources shared by every language's lexicon.

/** A word with an @ inside ("me@shop.com", "連絡先はme@shop.com"), tried only where a non-blank run
 *  starts: tried from every character, each failing start rescanned the rest of a long run without
 *  an @ (a pasted row of ★ or a Japanese paragraph), O(n²). A match at any later start of a run
 *  implies one at its start, so only a run another entry already matched the head of can differ. */
export const WORD_WITH_AT = '(?<!\\S)\\S+@\\S+';
