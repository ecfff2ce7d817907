// Leading review asks read from their structure, in English, where the lexicons' fixed phrases miss
// the wording (s10: the families a blind batch showed):
// - contact-first: a request to come to the seller first, tied to a review in the same sentence
//   ("Talk to us here first - we'd hate for a fixable problem to end up in a review", "drop us a
//   message first rather than rating it low"): steers unhappy buyers away from reviewing.
// - appeal: the seller's plight or other buyers' ratings next to the buyer's review ("as a small
//   family business every review means the world", "your rating helps us stay in the game", "nine
//   out of ten buyers give it full marks - we hope you'll join them"): sympathy and social proof.
// - reward: something the buyer gains next to a review word ("proof of a five-star post gets you a
//   full refund", "everyone who reviews the tent is entered into our draw").
// Appeals and rewards are also review_request: they ask for the review whatever the verb. Each reads
// one sentence (detectors/sentence.ts: "the 2.0 model" does not end one) and skips a sentence that
// denies or thanks ("you don't need to contact us before reviewing", "thanks for your review").
import { BEFORE_ANYTHING } from './review-nudge';
import { isSentenceStop } from './sentence';
import { cueWithin, defineCue, type CueHits } from './entry-index';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { JA_DONE_NOT_CONDITION } from '../lexicon/ja';
import { gatedExec, gatedTest, topLevelAlternatives } from './literal-gate';
import { compact, compactRegExp, writtenSource } from './compact-letters';

/** Review words: the review itself, its rating, a verb of reviewing or posting one. */
/** "review" as a verb whose object is a text to check: "please review the text below and reply to confirm" (s17 blind f). */
const PROOFREAD = "(?! (?:the |this |these |those |your |our |all |any )?(?:text|proof|proofs|wording|spelling|details|design|designs|file|files|attached|attachment|information|info|summary|draft|layout|artwork|mock-?ups?|engraving|preview|personali[sz]ation|inscription|order details|address|instructions|list|form|terms|changes|photos?)(?![\\p{L}]))";
const REVIEW_WORD =
  `(?:reviews?${PROOFREAD}|reviewing${PROOFREAD}|reviewed|ratings?|rate|rating|rated|feedback|stars?|full marks|five-star|5-star|kind words?|a few words|spread(?:ing)? the word|(?:post|posts|posting|judge|judging|describe|describing|comment|commenting)(?= (?:\\p{L}{1,15} ){0,3}(?:on amazon|publicly|on the (?:listing|product page)))|the review section|(?:opinion|thoughts|verdict|impressions|experience|take)(?= (?:\\p{L}{1,15} ){0,3}(?:on amazon|on the (?:listing|product page))))`;
/** ... not one the seller does ("we review every return"), nor a rating plate or "rated for 15 kg". */
const NOT_SELLERS = "(?<!(?<![\\p{L}])(?:we|i|team|will|to|rating|is|are|be) )";

/** Ask to come to the seller ("talk to us", "message us", "reach out", "come straight to us", "give us a chance"). */
const CONTACT =
  "(?:contact(?:ing)? us|message us|talk(?:ing)? to us|speak(?:ing)? (?:to|with) us|reach(?:ing)? out(?: to us)?|get(?:ting)? in touch|write (?:to )?us|come (?:straight |directly )?to us|let us know|tell us|drop us a (?:line|message|note)|reply (?:to us|here|to this message)|give us (?:a|the|an) (?:chance|opportunity)|give us a (?:shout|call|ring|buzz|heads-up|nudge)|ping us|holler at us|flag it (?:to|with) us|loop us in|run it (?:by|past) us|come back to us)";
/** ... first, or before/rather than the review. */
const FIRST = '(?:first|before|prior to|rather than|instead of|ahead of)';
const CONTACT_FIRST = compactRegExp(`(?<![\\p{L}])${CONTACT}(?![\\p{L}])`, 'u');
const FIRST_THEN_REVIEW = compactRegExp(`(?<![\\p{L}])${FIRST}(?![\\p{L}])[^]{0,70}?${NOT_SELLERS}(?<![\\p{L}])${REVIEW_WORD}(?![\\p{L}])`, 'u');
const REVIEW_THEN_FIRST = compactRegExp(`(?<![\\p{L}])(?:before|prior to) (?:\\p{L}{1,15} ){0,3}${REVIEW_WORD}(?![\\p{L}])`, 'u');
/** "... before you write anything" (review-nudge.ts's BEFORE_ANYTHING) next to a review ask in the sentence: the
 *  writing meant is the review. */
// why: s15 blind - "we'd love your feedback - and if anything isn't perfect, please message us first so we can fix
// it before you write anything"

// ("a mum-run business", "a dad-run shop" - s22 blind j en-046; "-owned" was already here)
/** The seller's plight: a small or family business, a team of a few, one that must survive, Amazon's cut. */
const SYMPATHY =
  "(?<!(?<!(?:lot|world|much|everything|means?|matters?|important|vital|crucial|essential|precious|valuable) )(?:to|for) (?:a |an |our |the |my )?)(?:small|tiny|little|independent|indie|one-person|two-person|husband-and-wife|mom-and-pop|mum-and-dad) (?:\\p{L}{1,12} )?(?:business(?:es)?|shops?|compan(?:y|ies)|brands?|teams?|sellers?|workshops?|stores?|startups?|operations?|makers?|artisans?|crafters?|producers?)|family(?:-| )(?:run|owned|business|shop|company|brand|workshop)|(?:just|only) (?:two|three|four|a few|a handful of|the two of|me and) (?:\\p{L}{1,12} ){0,2}(?:us|people|sisters|brothers|friends|partners|of us|running|working|making)|start-?up|(?:veteran|mom|mum|woman|women|minority|black|family)-owned|(?:mom|mum|dad|mother|father|family|couple|one-(?:wo)?man)-run (?:\\p{L}{1,12} )?(?:business|shop|company|brand|team|store|workshop|operation)|(?:feed|feeds|support|supports) (?:our|my) (?:family|families|kids|children)|keeps? (?:our|the|my) (?:lights on|doors open|business (?:alive|going|afloat)|shop (?:alive|going|open|afloat))|(?:stay|stays|staying|keep us) (?:in business|in the game|afloat|alive|open)|surviv\\p{L}{0,5}|(?:a|the) (?:shop|business|seller|brand|team) (?:of )?our size|(?:shops|sellers|businesses|brands) like (?:ours|us)|takes? (?:a )?(?:big |huge |large )?(?:cut|fee|commission)|compet\\p{L}{0,5} (?:with|against) (?:the )?(?:giant|big|huge|large|major)";
/** Other buyers' ratings ("most customers give it five stars", "thousands have already rated it"). */
const SOCIAL =
  "(?:most|many|thousands of|hundreds of|dozens of|nine out of ten|\\d[\\d,]*\\+?|\\d{1,3} ?%(?: of)?|the majority of|so many) (?:\\p{L}{1,15} ){0,2}(?:customers|buyers|shoppers|users|owners|people|reviewers|\\p{L}{2,12}ers)(?: \\p{L}{1,15}){0,3} (?:give|gave|rate|rated|leave|left|share|shared|award|awarded|post|posted|love|loved|say|said|tell|told)";
/** ... of which these verbs rate (without a review ask found, "most customers love it" is no appeal). */
const RATES = /(?<![\p{L}])(?:give|gave|rate|rated|leave|left|share|shared|award|awarded|post|posted)(?![\p{L}])/u;
/** ... and the invitation to do the same. */
const JOIN = "(?:join (?:them|the (?:\\p{L}{1,12} )?(?:crowd|club|others))|will you be (?:next|one of them)|be the next|do the same|add yours|agree with them|(?:you(?:'ll| will)|you'd|you) (?:\\p{L}{2,8} )?(?:feel|think|say) the same)";
/** The buyer's own review, a review with a place or a value, as the object of the appeal. */
const BUYER = "(?:you|your|yours)";
const VENUE = '(?:on amazon|on the (?:listing|product page))';
const VALUE = '(?:helps?|keeps?|means?|decides?|matters?|makes?|counts?|feeds?)';

// (s33 r2x33: the plight as what a review means *to* a small team - "your thoughts on Amazon would mean a lot to a small team like
// ours", "matters so much for small makers" - the look-behind above keeps "perfect for a small shop like ours", a fit; and small
// makers, artisans, crafters as the small shop is)
// (s36 g2 en-118: and what a review is *for* a small seller - "your 5 star is very important for small seller like us", "vital to a
// small shop": the worth of the review to the seller is the plight, as "means a lot to" is; "perfect for a small shop" stays a fit)
const SYMPATHY_RE = compactRegExp(`(?<![\\p{L}])(?:${SYMPATHY})(?![\\p{L}])`, 'u');
const SOCIAL_RE = compactRegExp(`(?<![\\p{L}])(?:${SOCIAL})(?![\\p{L}])`, 'u');
const JOIN_RE = compactRegExp(`(?<![\\p{L}])${JOIN}(?![\\p{L}])`, 'u');
/** ... nor a product's spec rating: an ingress code or a spec noun before "rating" ("the IP67 rating means it survives a dunk",
 *  "its energy rating", "the load rating of the shelf"). A star count before it stays a review ("a 5-star rating"). */
// why: s26 blind a en-038 - "The IP67 rating means the speaker survives a dunk in the pool, but ... before you plug it in" read
// as the seller's plight ("survives") next to the buyer's rating (leading + review_request on a compliant fact)
// (exported: review-change.ts reads "your power rating" as a spec, not the buyer's rating - s26 review #2)
export const NOT_SPEC = "(?:(?<!(?<![\\p{L}\\d])(?:ip ?x?\\d{1,2}|ik ?\\d{2}|energy|power|load|weight|water|waterproof|dust|fire|heat|temperature|voltage|wattage|current|pressure|torque|noise|efficiency|safety|insulation|ingress|protection|uv|spf|wind|crash|octane|r-value) )|(?!rat))";
const REVIEW_RE = compactRegExp(`${NOT_SELLERS}${NOT_SPEC}(?<![\\p{L}])${REVIEW_WORD}(?![\\p{L}])`, 'u');
const REVIEW_VALUED = compactRegExp(`(?<![\\p{L}])${REVIEW_WORD}(?: (?!and |but |so |or )\\p{L}{1,12}){0,3} ${VALUE}(?![\\p{L}])`, 'u');
const BUYER_RE = compactRegExp(`(?<![\\p{L}'])${BUYER}(?![\\p{L}'])`, 'u');
const VENUE_RE = compactRegExp(`(?<![\\p{L}])${VENUE}(?![\\p{L}])`, 'u');

/** The buyer gains something: a refund, a gift, a free item, an entry into a draw. */
const GAIN_REWARD =
  "(?:get|gets|getting|receive|receives|earn|earns|claim|claims|redeem|unlock|qualif(?:y|ies) for|win|wins)(?: (?:\\p{L}{1,12}|\\$?\\d+)){0,4} (?:refund|cashback|cash back|gift ?cards?|vouchers?|prize|reward|bonus|freebie|free \\p{L}{2,15}|(?:\\p{L}{1,12} ){0,2}on us|(?:\\p{L}{1,12} ){0,2}on the house)|we(?:'ll| will) (?:send|give|ship|mail|post)(?: (?:\\p{L}{1,12}|\\$?\\d+)){0,5} as (?:a )?(?:thank-?you|thanks|gift|token)|(?:entered|entry) (?:into|in|for) (?:a|our|the) (?:\\p{L}{1,12} )?(?:draw|raffle|giveaway|sweepstakes?|lottery|contest)|we(?:'ll| will|'d| would) (?:then |happily |gladly )?(?:refund|reimburse|pay (?:you )?back)";
const REWARD_RE = compactRegExp(`(?<![\\p{L}])(?:${GAIN_REWARD})(?![\\p{L}])`, 'u');
/** The review is being changed, not asked for (an edit for a reward is leading only, as the corpus labels it). */
const CHANGES_REVIEW = /(?<![\p{L}])(?:update|change|edit|revise|amend|remove|delete|take down|raise|bump)\p{L}{0,3} (?:[^\s.!?]{1,12} ){0,3}(?:review|rating|feedback|stars?)/u;
/** A review the seller has seen or answers: "we saw your review and will refund" is service, not a reward. */
const SEEN = compactRegExp(`(?<![\\p{L}])(?:saw|seen|read|noticed|received|got|regarding|about|after|following|sorry)(?: [^\\s.!?]{1,12}){0,3} ${REVIEW_WORD}`, 'u');

/** A sentence that denies the ask or thanks for a review already written. */
// why (added): a review left to the buyer ("your review is up to you", "your rating is your own choice") and
// who reads reviews ("reviews are read by the founders") state a fact, not an ask
const DENIED = compact(/(?<![\p{L}'])(?:not|never|no need|needn't|don't|do not|doesn't|cannot|can't|won't|aren't allowed|not allowed|whether or not|regardless|even if|up to you|(?:your|entirely your) (?:own )?(?:choice|decision|call)|(?:are|is|get|gets) read by|we read (?:every|each|all))(?![\p{L}])|n't (?:have|need) to/u);
const THANKED = /(?<![\p{L}])(?:thanks|thank you)(?: so much| very much)? for (?:\p{L}{1,12} ){0,2}(?:review|rating|feedback|stars?|kind words)/u;

/** The cues of every structure (contact-first, plight, others' ratings, a reward) without their
 *  word-start look-behinds: matches wherever one of them does, and V8 scans it far faster. */
// (kept as four patterns, each behind its own literal gate: the union's gate opened on any part's literal - SOCIAL's "ers" is in
// every "orders" - and V8 then tried all four at every position, the costliest regexp of an English check. The union matches
// where one of its alternatives does, so `some` of the parts answers as it did.)
// The plight part is split once more, into its own alternatives (each with the word-end guard that closes them all): its
// gate opened on "shop", "team" or "store" in most replies and V8 then tried every alternative at every position.
const LOOSE = (source: string): string => source.split('(?<![\\p{L}])').join('');
const LOOSE_CUE_PARTS = [
  ...[CONTACT_FIRST, SOCIAL_RE, REWARD_RE].map((r) => compactRegExp(`(?:${LOOSE(writtenSource(r))})`, 'u')),
  ...topLevelAlternatives(SYMPATHY).map((alternative) => compactRegExp(`(?:(?:${LOOSE(alternative)})(?![\\p{L}]))`, 'u')),
];
/** The same cues, word guards kept, looked up with the lexicons: a sentence without one is not read, with
 *  an ask or without (every structure below needs one). Social proof is cued by its verbs: its
 *  "\p{L}{2,12}ers" would make the in-word "ers" of every "orders" the cue. */
const SOCIAL_VERB = /(?<![\p{L}])(?:give|gave|rate|rated|leave|left|share|shared|award|awarded|post|posted|love|loved|say|said|tell|told)(?![\p{L}])/u;
export const APPEAL_CUE = defineCue('review-appeal-en', [CONTACT_FIRST, SYMPATHY_RE, SOCIAL_VERB, REWARD_RE].map((r) => `(?:${r.source})`).join('|'));

const CONTACT_ENTRY = 'leading:contact-first-before-review';
const APPEAL_ENTRY = 'leading:appeal-with-review';
const REWARD_ENTRY = 'leading:reward-for-review';

/** Sentences of t as [start, end) pairs (ends exclude the stop). */
function sentences(t: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    if (!isSentenceStop(t, i)) continue;
    if (i > start) out.push([start, i]);
    start = i + 1;
  }
  if (start < t.length) out.push([start, t.length]);
  return out;
}

/** Stems of REVIEW_WORD and RATES: a text holding none of them has no appeal, reward or contact-first ask. */
const ANY_TRIGGER = /review|rat|feedback|star|mark|word|post|judg|descri|comment|opinion|thought|verdict|impression|experience|take|give|gave|leav|left|shar|award/u;

/** Sentences longer than this are a paste, not an appeal: read no further (bounded work). */
const MAX_SENTENCE = 400;
/** ... and shorter than this cannot hold one ("a. a. a." pastes stay cheap). */
const MIN_SENTENCE = 16;

/**
 * `leading` (and, for appeals and rewards, `review_request`) spans over the sentences that carry one
 * of the structures above. `t` is the normalized copy; offsets are normalized.
 */
export function reviewAppeals(t: string, asks: readonly Span[], languages: readonly string[] = ['en'], cue: CueHits = { open: true, at: null }): Span[] {
  const other = languages.includes('de') || languages.includes('ja') ? reviewAsksDeJa(t, asks, languages.includes('de'), languages.includes('ja')) : [];
  if (!languages.includes('en')) return other;
  return other.length ? [...other, ...appealsEn(t, asks, cue)] : appealsEn(t, asks, cue);
}

function appealsEn(t: string, asks: readonly Span[], cue: CueHits): Span[] {
  // every structure needs a review word, a rating verb or an ask: a text without any is not read
  // sentence by sentence (one native scan; a 100k paste of symbols stays as cheap as before)
  if (!asks.length && (!cue.open || !ANY_TRIGGER.test(t))) return [];
  const out: Span[] = [];
  let a = 0;
  const all = sentences(t);
  for (let k = 0; k < all.length; k++) {
    const [start, end] = all[k]!;
    if (end - start > MAX_SENTENCE || end - start < MIN_SENTENCE) continue;
    const s = sliceOf(t, start, end);
    while (a < asks.length && asks[a]!.end <= start) a++;
    const asked = a < asks.length && asks[a]!.start < end;
    // every structure below needs an ask or one of these cues (where the lexicons' pass saw one, then a
    // cheap superset test)
    if (!cueWithin(cue, start, end) || (!asked && !LOOSE_CUE_PARTS.some((r) => gatedTest(r, s)))) continue;
    if (gatedTest(DENIED, s) || gatedTest(THANKED, s)) continue;
    const span = (rule: 'leading' | 'review_request', entry: string): Span => ({ rule, severity: 'block', start, end, entry });
    if (gatedTest(CONTACT_FIRST, s) && (gatedTest(FIRST_THEN_REVIEW, s) || gatedTest(REVIEW_THEN_FIRST, s) || (gatedTest(BEFORE_ANYTHING, s) && gatedTest(REVIEW_RE, s)))) {
      out.push(span('leading', CONTACT_ENTRY));
      continue;
    }
    const hasReview = gatedTest(REVIEW_RE, s);
    // a review ask the lexicons found in this sentence, next to the seller's plight or others' ratings
    if (asked && (gatedTest(SYMPATHY_RE, s) || gatedTest(SOCIAL_RE, s))) {
      out.push(span('leading', APPEAL_ENTRY));
      continue;
    }
    // sympathy: the seller's plight and the buyer's review (or a review's place or worth) in one sentence
    if (gatedTest(SYMPATHY_RE, s) && hasReview && (gatedTest(BUYER_RE, s) || gatedTest(VENUE_RE, s) || gatedTest(REVIEW_VALUED, s))) {
      // (a plea to remove or change a review asks for no new one: leading only, as the README has it - "kindly remove the
      // negative feedback, it is hurting our small business", s22 blind j en-075)
      out.push(span('leading', APPEAL_ENTRY));
      if (!CHANGES_REVIEW.test(s)) out.push(span('review_request', APPEAL_ENTRY));
      continue;
    }
    // social proof: others' ratings and an invitation to do the same, here or in the next sentence
    const social = gatedExec(SOCIAL_RE, s);
    if (social && RATES.test(social[0])) {
      const next = all[k + 1];
      const joinHere = gatedTest(JOIN_RE, s);
      const joinNext = next !== undefined && next[1] - next[0] <= MAX_SENTENCE && JOIN_RE.test(t.slice(next[0], next[1]));
      if (joinHere || joinNext) {
        const to = joinHere ? end : next![1];
        out.push({ rule: 'leading', severity: 'block', start, end: to, entry: APPEAL_ENTRY }, { rule: 'review_request', severity: 'block', start, end: to, entry: APPEAL_ENTRY });
        continue;
      }
    }
    // a reward next to a review word
    if ((hasReview || asked) && gatedTest(REWARD_RE, s) && !gatedTest(SEEN, s)) {
      out.push(span('leading', REWARD_ENTRY));
      if (!CHANGES_REVIEW.test(s)) out.push(span('review_request', REWARD_ENTRY));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// German and Japanese review asks read from their structure (s11): the lexicons hold fixed phrases
// ("Über eine Bewertung würden wir uns freuen", "レビューをお願いします") and each new paraphrase slipped
// past them. Here a sentence is a review ask when its object is a review, rating, opinion, experience
// or stars (German compounds: Kundenrezension, Produktfeedback, Verkäuferbewertung; Japanese without
// word bounds: レビュー, 評価, ご感想, ご意見, 生の声) and it carries a request form (German: a Sie-imperative,
// a modal question, "würden wir uns freuen", "wäre toll", "bitte"; Japanese keigo: 〜ください,
// 〜いただけますと幸いです, 〜をお願いします, いかがでしょうか, 励みになります). Steering to the seller
// instead of or before the review ("bevor Sie bewerten, melden Sie sich", "評価ではなくメッセージで")
// is leading, and so is an ask after a yes/no question on the buyer's satisfaction ("Waren Sie
// zufrieden? Dann …", "気に入っていただけましたか？"). Sentences that thank, deny, offer a choice, or ask to
// change a review (leading only, the lexicons' entries) are left alone.

/** German review objects; compounds through the letters before them ("kundenrezension"). */
/** A pattern that starts with a word-start look-behind, tested fast: V8 scans the pattern without it (a
 *  literal start it finds quickly) and the look-behind is checked by hand at each hit; a hit inside a word
 *  resumes one character on. Same answers as the original pattern, several times faster per sentence. */
const LETTER = /\p{L}/u;
interface Bounded {
  test(s: string): boolean;
}
function bounded(re: RegExp): Bounded {
  const head = '(?<![\\p{L}])';
  const source = writtenSource(re);
  if (!source.startsWith(head)) throw new Error('bounded(): pattern must start with a word-start look-behind');
  const loose = compactRegExp(source.slice(head.length), 'gu');
  return {
    test(s: string): boolean {
      loose.lastIndex = 0;
      for (let m = loose.exec(s); m; m = loose.exec(s)) {
        if (m.index === 0 || !LETTER.test(s[m.index - 1]!)) return true;
        loose.lastIndex = m.index + 1;
      }
      return false;
    },
  };
}

/** ... other customers of the buyer's own group order, team or family ("Schreiben Sie den anderen Kunden in Ihrer
 *  Sammelbestellung, wann ..."): people the buyer writes to, not a review's readers. */
const DE_NOT_OWN_GROUP = String.raw`(?!(?: [^\s.!?]{1,15}){0,2} (?:ihrer|ihres|ihrem|eurer|deiner|der|des|dieser) (?:\p{L}{1,15}-)?(?:sammelbestellung|gruppenbestellung|sammel\p{L}{0,12}|gruppe|bestellgemeinschaft|firma|abteilung|verein\p{L}{0,2}|team\p{L}{0,2}|familie|klasse|nachbarschaft))`;
// (the English loanword, as German sellers type it: "n kurzes Review dalassen" - s23 blind f de-001)
const DE_OBJECT_STEM = /(?:bewertung|rezension|feedback|review|erfahrung(?:en|sbericht)?|meinung|eindr[üu]ck|sterne|testbericht|kundenstimme|urteil)(?!\p{L}{5})/u;
// (s32 rrec32c: full marks with the rating noun left out - "freuen wir uns über volle Punktzahl", "geben Sie ihr doch die volle Fünf")
const DE_OBJECT_WORD = bounded(
  compactRegExp(String.raw`(?<![\p{L}])(?:(?:ein paar|einige|wenige|zwei|drei) (?:zeilen|worte)|volle(?:n)? (?:punktzahl|fünf|punkte)|höchstpunktzahl|bestnote|höchstnote|bewerten|rezensieren|beurteilen|rezis?|sternchen|(?:es|das|davon|darüber)(?: (?!uns|mir)\p{L}{1,12}){0,4} (?:auf|bei) amazon|andere[nm]? (?:kunden|käufer\p{L}{0,5}|interessenten|nutzer\p{L}{0,3})(?! (?:berichten|sagen|schreiben|melden|haben|hatten|fragen))${DE_NOT_OWN_GROUP}|es (?:\p{L}{1,15} ){0,3}wissen|(?:auf|unter|in) (?:der|die|dem|den) (?:produktseite|artikelseite|produktbeschreibung)|unter (?:dem|den) (?:artikel|produkt))(?![\p{L}])`, 'u'),
);
/** The seller's own assessing ("wir bewerten jede Reklamation"): blanked before the object test. */
const DE_SELLER_ASSESSES = /(?<![\p{L}])(?:wir|ich|team|techniker\p{L}{0,2}|kundendienst|werkstatt|service\p{L}{0,4}|hersteller) (?:\p{L}{1,15} ){0,2}(?:bewerten|rezensieren|beurteilen|prüfen|begutachten)(?![\p{L}])/gu;
/** A German request: a Sie-imperative of a telling/giving verb, a modal question, a wish. */
// (colloquial praise words after "wär": "wär mega, wenn ..." - s23 blind f de-001)
// (s33 r2x33: the wish with its object between, "würden wir uns riesig über ein paar Zeilen von Ihnen auf Amazon freuen", and a review
// object said to help greatly, "Ihre Sterne auf der Produktseite helfen unserem Qualitätsteam enorm" - the object's own tests and
// DE_SKIP_WORD (thanks, read, not needed) still apply)
const DE_REQUEST = bounded(
  compact(/(?<![\p{L}])(?:(?:würden wir|wir würden) uns(?: \p{L}{1,12}){0,10} freuen|(?:hilft|helfen)(?: \p{L}{1,15}){0,3} (?:enorm|ungemein|riesig|wahnsinnig|unheimlich|ungeheuer|immens|sehr|wirklich|total|extrem)(?! (?:bei|beim|mit|zur|zum|für die|für den|für das) )|freuen wir uns|wir freuen uns (?:auf|über|sehr|riesig|sehr über)|(?:wär|wäre|wären)(?: \p{L}{1,15}){0,4} (?:toll|schön|schönste|super|klasse|großartig|prima|wunderbar|hilfreich|nett|lieb|cool|genial|spitze|gold wert|hilfe|dankeschön|freude|mega|top|stark)|(?:hinterlass|schreib|lass|gib|teil|erzähl|sag|verrat|schenk|bewerte)(?: uns| mir)? (?:doch|gern|gerne|mal|bitte|kurz)|(?:kannst|könntest|würdest|magst|willst) du|(?:zählen|hoffen|setzen) (?:\p{L}{1,12} )?auf|(?:meinung|bewertung|stimme|feedback) (?:zählt|bedeutet uns|ist uns (?:wichtig|wertvoll|viel wert))|(?:einen )?gefallen (?:tun|tut|tust)|(?:tun|tust|würden|würdest) (?:sie |du )?(?:uns|mir) einen gefallen|(?:reicht|genügt|reichen|genügen)(?: uns)?(?: schon| völlig| vollkommen)?|(?:warten|sind) (?:schon |sehr |gespannt )*(?:gespannt )?auf|bitte(?= (?:\p{L}{1,12} ){0,3}(?:bewert|rezens|rezi|sterne|feedback|meinung))|ist (?:\p{L}{1,12} )?(?:gold wert|eine große hilfe)|wären (?:wir )?(?:ihnen )?(?:sehr )?dankbar|bitten (?:wir )?sie|(?:bitten|bitte) um|(?:könnten|würden|möchten|mögen|wollen) sie|(?:hinterlassen|schreiben|teilen|geben|lassen|verfassen|vergeben|bewerten|rezensieren|sagen|erzählen|verraten|schenken|posten|veröffentlichen|nehmen) sie|zeit (?:gefunden|finden)|(?:zwei|ein paar|wenige) minuten|würden (?:wir )?(?:\p{L}{1,12} )?gerne? (?:erfahren|wissen|hören|lesen))(?![\p{L}])/u),
);
/** ... not a thanks, a denial or rule, a choice between things, a change to a review, a review read. */
const DE_SKIP_WORD = bounded(
  compact(/(?<![\p{L}])(?:dank\p{L}{0,4}|bedanken|gelesen|gesehen|erhalten haben|nicht (?:\p{L}{1,15} ){0,2}(?:nötig|notwendig|erforderlich|verpflichtet|erlaubt|gestattet|bitten|beeinflussen|fragen)|müssen sie nicht|brauchen sie nicht|keine (?:pflicht|verpflichtung)|freiwillig|oder|lieber|welche[nmrs]?|beachten|lesen|verwaltet|screenshot|bescheid|schlecht\p{L}{0,3}|negativ\p{L}{0,3}|bevor|zuerst|(?:in|laut|aus|mit) (?:ihrer|ihrem|deiner|deinem) (?:\p{L}{1,12} )?(?:bewertung|rezension|feedback|kommentar)|(?:schreiben|erwähnen|sagen|berichten|meinen|schildern) sie,? dass)(?![\p{L}])/u),
);
/** Stems of a change to a review (inside "anzupassen", "zurückzuziehen"). */
const DE_CHANGE = /ändern|geändert|anpass|anzupass|entfern|lösch|zurückzieh|zurückzuzieh|zurücknehm|überdenk|aktualisier|korrigier/u;
/** ... and what rules out contact-first: a thanks, a rule, a change to a review (leading by the lexicons). */
const DE_FIRST_SKIP = bounded(/(?<![\p{L}])(?:dank\p{L}{0,4}|bedanken|müssen sie nicht|brauchen sie nicht|nicht (?:nötig|notwendig|erforderlich))(?![\p{L}])/u);
/** Contact the seller first, or instead of the review. */
const DE_FIRST = bounded(/(?<![\p{L}])(?:bevor (?:sie|du)|vor (?:der|einer|ihrer) (?:\p{L}{1,15} )?(?:bewertung|rezension)|statt|anstatt|anstelle|zuerst|zunächst|erst einmal|vorher)(?![\p{L}])/u);
const DE_CONTACT = bounded(/(?<![\p{L}])(?:melden|kontaktieren|kontakt|schreiben sie uns|wenden|chance|gelegenheit|bescheid|informieren|nachricht|sprechen|uns (?:direkt|zuerst))(?![\p{L}])/u);
/** A yes/no question on the buyer's satisfaction ("Sind Sie zufrieden?", "Gefällt Ihnen die Lampe?"). */
// (s33 r2x33: an open question after a heading the splitter keeps in the sentence - "Kurze Umfrage ✓ Wie zufrieden sind Sie ...?",
// "Kurze Frage: Wie zufrieden ...?" - is no yes/no question either: dev rows with "Wie zufrieden ...?" before a review ask are
// review_request without leading 5 of 5 (s7-de-0084, s8-de-0009, s15b-de-013, s27q-de-005, s33g6-de-017), the yes/no "Sind Sie zufrieden?
// Dann ..." leading)
const DE_SATISFIED_Q = /^(?!(?:wie|was|welche\p{L}?|wo|womit)(?![\p{L}]))(?![^.!?\n]{0,40}?[^\p{L}\p{N}\s]\s{0,2}(?:wie|was|welche\p{L}?|womit)(?![\p{L}]))[^.!?\n]{0,60}(?<![\p{L}])(?:zufrieden|gefällt|gefallen|begeistert|überzeugt|freude)(?![\p{L}])[^.!?\n]{0,40}\?$/u;

/** Japanese review objects (no word bounds: 星 only before a count or particle, 声 only as the buyer's voice). 評価 not as
 *  an evaluation edition or kit: 評価版 is a trial version, 評価用/評価機/評価ボード a unit for testing, 評価額 an appraised value. */
// why: s27 blind a ja-025 - 「評価版で作成したデータもそのままお使いいただけます」 (a trial licence turned full) read as a review asked
// near-misses that stay asks: 「評価をお願いします」, 「商品の評価をいただけますと幸いです」
const NOT_RATING_EVAL = '(?!版|用|機|キット|ボード|サンプル|額)';
// (s32 rrec32c: the customers' voices - お客様の声, 皆さまの声 - and a word left on the page - 「商品ページにひと言いただけますと」,
// 「ぜひひと言お寄せください」 after the voices' worth: a word alone is no object, 「ご不明点はひと言お知らせください」 asks a question in)
const JA_OBJECT = compactRegExp(`(?<!プ)レビュー|れびゅー|評価${NOT_RATING_EVAL}|ご感想|感想|ご意見|口コミ|クチコミ|フィードバック|(?:生の|お|皆様の|皆さまの|みなさまの|お客様の|お客さまの|あなたの|率直な)声|(?<=(?:ページ|amazon|アマゾン|レビュー欄)(?:に|へ|で|上で|にて)[^。！？\n]{0,8})(?:ひと言|一言|ひとこと)|(?:ひと言|一言|ひとこと)(?=お寄せ)|星(?=[のをでがは0-9０-９一二三四五]|だけ)|★`, 'gu');
/** The first review object (non-global: for a position only). */
const JA_OBJECT_ONCE = compactRegExp(`(?<!プ)レビュー|れびゅー|評価${NOT_RATING_EVAL}|ご感想|感想|口コミ|クチコミ`, 'u');
/** A keigo request after the object. */
// (s27 blind a ja-020: the impressions "accepted" - 「ご感想は…でも受け付けております」 invites them as 〜ください does; not the
// negative 受け付けておりません)
const JA_REQUEST =
  /受け付けて(?:おります|います)(?!ん)|受付中|ください|下さい|いただけ(?:ます|ません|れば|ると|たら|ない)|頂け(?:ます|ません|れば|ると|たら|ない)|いただきたく|頂きたく|お願い(?:します|いたし|致し|申し上げ|でき)|幸い|嬉し|うれし|助かり|励みにな|ありがた|有難|お待ちして|お待ち申し上げ|いかがでしょう|いかがですか|しませんか|みませんか|参考にな|お寄せ|お聞かせ|だけが頼り|が頼りです|何よりの支え|支えにな(?:ります|っております)/u;
/** ... not thanks or a review read, a denial, a choice, a change, "if you have an opinion, contact us". */
// (s29 rev2: a screenshot of a posted review is proof asked - leading, the lexicons' - not a new review asked)
// (s36 g4 ja-008: a review reported - 通報, 「違反を報告」 - or taken to Amazon - 「Amazonへ直接ご連絡いただけます」 - is someone else's
// review dealt with, not one asked; 「ご感想をお寄せいただけますと幸いです」 still asks)
const JA_SKIP =
  /ありがと|感謝|御礼|お礼|いただき(?:まして)?、|いただいた|頂いた|くださった|下さった|拝見|拝読|確認いたしました|できません(?!か)|いたしません(?!か)|しておりません|行っておりません|ございません|必要はありません|不要|禁止|どちら|いずれ|かどうか|ご希望|ご都合|変更|削除|修正|見直|取り消|取消|撤回|書き換え|書き直|取り下げ|更新|確認|ご覧|説明|了承|理解|管理|容赦|許し|下げ|上げ|書き方|参考になさ|ヘルプ|前に|前には|先に|ご一報|低評価|以下|打撃|痛手|書かず|しないで|スクリーンショット|スクショ|キャプチャ|画面(?:の)?(?:写真|画像)|通報|(?:違反|不正|不適切)[^。！？\n]{0,6}?報告|(?:amazon|アマゾン)(?:の)?(?:カスタマーサービス|カスタマーサポート)?(?:へ|に|まで)(?:直接)?(?:ご連絡|ご報告|お問い合わせ|お問合せ)/u;
const JA_DONE_AFTER = compactRegExp(`^[^。、]{0,12}?(?:いただ|頂)きました${JA_DONE_NOT_CONDITION}`, 'u');
const JA_IF_ANY = /^[^。]{0,4}(?:がございましたら|がありましたら|があれば|がございます場合|などございましたら|等ございましたら)/u;
/** Before or instead of the review, the seller ("評価の前に", "評価ではなく"), then contact. */
const JA_FIRST = /^(?:を|の)?(?:[^。！？\n]{0,12}?)(?:前に|前には|より先に|より前に|ではなく|でなく|の代わりに|代わりに)/u;
// (ご一報 "a word to us": s26 blind d ja-015 - 「「悪い」評価をお考えの場合は、投稿前に必ずご一報ください」)
const JA_CONTACT = /ご連絡|ご一報|ご相談|お知らせ|メッセージ|お問い合わせ|お問合せ|お声がけ|お申し付け|当店|弊社|当社|こちら/u;
/** A yes/no question on satisfaction ("気に入っていただけましたか", "ご満足いただけましたでしょうか"). */
const JA_SATISFIED_Q = /(?:気に入|満足|お気に召|お役に立|お楽しみ)[^。！？\n]{0,16}(?:か|でしょうか)[？?]?$/u;
/** Cheap pre-tests: a German or Japanese review object anywhere (stems, no bounds). */
const DE_ANY = /punktzahl|volle fünf|volle punkte|bestnote|höchstnote|bewert|rezens|rezi|review|sternch|(?:auf|bei) amazon|feedback|erfahrung|meinung|eindr|sterne|testbericht|kundenstimme|urteil|zeilen|worte|beurteil|wissen|produktseite|artikelseite|produktbeschreibung|unter de[mn] (?:artikel|produkt)|andere[nm]? (?:kunden|käufer|interessenten|nutzer)/u;
/** Stems of DE_SATISFIED_Q, tested first on a sentence that ends with a question mark. */
const DE_SATISFIED_STEM = /zufrieden|gefäll|gefall|begeistert|überzeugt|freude/u;
const JA_ANY = /レビュー|れびゅー|評価|感想|意見|口コミ|クチコミ|フィードバック|声|星|★|ひと言|一言|ひとこと/u;

/** The ask is conditioned on, or follows, the buyer's satisfaction in its own sentence ("お気に召していただけている
 *  ようでしたら", "ご愛用いただけているようでしたら", "da Ihnen die Jacke offenbar gefällt"). */
const JA_CONDITIONED = /(?:気に入|満足|お気に召|愛用|お役に立|お楽しみ|喜んで|お喜び|重宝|活躍)[^。！？\n]{0,16}?(?:ようでしたら|ようであれば|ようなら|ましたら|のでしたら|のであれば|たら|なら|れば)/u;
const DE_CONDITIONED = compact(/(?<![\p{L}])(?:wenn|falls|sofern|sollte[n]?|da|weil|nachdem|jetzt,? wo|nun,? da)(?![\p{L}])(?:(?!nicht|kein|auch wenn|selbst wenn)[^.!?\n]){0,40}?(?<![\p{L}])(?:zufrieden|gefällt|gefallen|begeistert|überzeugt|freude (?:haben|hatten|macht)|gut (?:an|gefällt|funktioniert|passt))(?![\p{L}])/u);
const CONDITIONED_ENTRY = 'leading:satisfaction-then-ask-de-ja';
/** Cues conditioned-ask.ts does not read, so they count for the lexicons' asks too ("ご期待に沿う商品でしたら",
 *  "hat Ihnen die Mühle gute Dienste geleistet"). */
const JA_CONDITIONED_EXTRA = /(?:期待に(?:沿|添|お応え)|期待(?:通り|どおり|以上)|愛用|お役に立|重宝|活躍|喜んで|お楽しみ)[^。！？\n]{0,16}?(?:ようでしたら|ようであれば|ようなら|ましたら|でしたら|のでしたら|のであれば|たら|なら|れば)/u;
const DE_CONDITIONED_EXTRA = bounded(compact(/(?<![\p{L}])(?:(?:wenn|falls|sofern|sollte[n]?|da|weil|nachdem)(?![\p{L}])(?:(?!nicht|kein|auch wenn|selbst wenn)[^.!?\n]){0,40}?(?<![\p{L}])(?:gute dienste|bewährt|gut (?:an|funktioniert|passt)|freude (?:haben|hatten|macht|bereitet)|erfüllt|überzeugen)|(?:ich nehme an|wir nehmen an|bestimmt|sicherlich|hoffentlich|ich hoffe|wir hoffen)(?![\p{L}])(?:(?!nicht|kein)[^.!?\n]){0,40}?(?<![\p{L}])(?:gefällt|gefallen|zufrieden|freude|begeistert|überzeugt|gut an|bewährt))(?![\p{L}])/u));
/** The seller's plight next to a review object: a small shop or family business ("hilft kleinen Händlern wie uns",
 *  "小さな工房にとって皆様の評価は"). */
const DE_SYMPATHY = bounded(compact(/(?<![\p{L}])(?:klein\p{L}{0,2} (?:\p{L}{1,12} )?(?:händler\p{L}{0,2}|shops?|unternehmen|betrieb\p{L}{0,2}|firma|team|manufaktur|werkstatt|laden)|familienbetrieb\p{L}{0,2}|familienunternehmen|händlern? wie uns|shops? wie uns(?:erem?)?|(?:überleben|existenz))(?![\p{L}])/u));
const JA_SYMPATHY = /(?:小さな|小さい|個人|家族経営の?|少人数の?|零細)(?:お店|店|会社|ショップ|商店|事業者|企業|工房|チーム)|個人(?:で|経営)/u;
const NO_APPEAL = /(?<![\p{L}])(?:dank\p{L}{0,4}|gelesen|nicht|kein\p{L}{0,2})(?![\p{L}])|ありがと|感謝|拝見|拝読|いただいた|頂いた|ございません|できません/u;
const SYMPATHY_DE_JA_ENTRY = 'leading:appeal-with-review-de-ja';
/** A sentence that takes up a yes/no question's answer: "Dann …", "Wenn ja, …", "そうでしたら". */
/** A favour or a moment asked for in a question of its own ("Tust du uns einen Gefallen?", "Haben Sie kurz Zeit?"): the
 *  review named in the next sentence is asked for without a verb ("Ein paar Sterne für den Shop."). */
const DE_FAVOUR_Q = /(?:einen gefallen(?: tun)?|kurz zeit|eine minute|einen moment|einen augenblick)\s?\?$/u;
const DE_THEN = /^(?:dann|wenn ja|falls ja|in diesem fall|in dem fall)(?![\p{L}])/u;
/** ... about the product serving the buyer well, not about the buyer's time ("Haben Sie einen Augenblick?"). */
const DE_GOOD_USE = /ihnen|erwartung|gut|geleistet|bewährt|erfüllt|spaß|freude|zufrieden|überzeugt|begeistert|gewünscht|vorgestellt|erhofft/u;
const DE_TIME = /augenblick|moment|minute|zeit|sekunde/u;
const DE_YES_NO_Q = /^(?:hat|haben|hatten|ist|sind|war|waren|gefällt|gefiel|konnte|konnten|funktioniert|passt|erfüllt|erfüllte|macht|macht|leistet|tut|tat)(?![\p{L}])[^.!?\n]{0,120}\?$/u;
/** The buyer's word back ("Rückmeldung", "Ihren Eindruck") offered "there" - at the rating place named in the sentence before -
 *  or with a rating place in its own sentence: "Unter „Meine Bestellungen“ finden Sie den Punkt „Verkäufer bewerten“. Dort können
 *  Sie uns mit wenigen Klicks Rückmeldung zu Versand und Verpackung geben." Rückmeldung alone is a service reply ("geben Sie uns
 *  Rückmeldung, ob das Ersatzteil passt"): only with the place, and a can-offer or a request. */
// why: s20 blind j de-009 (the quoted button label is no ask of its own; en/fr/es/it/pt rows of the same pattern were found)
const DE_WORD_BACK = bounded(/(?<![\p{L}])(?:rückmeldung\p{L}{0,2}|ihre[nm]? (?:\p{L}+ )?eindr[üu]ck\p{L}{0,2})(?![\p{L}])/u);
const DE_THERE_CAN = bounded(/(?<![\p{L}])(?:(?:dort|da|hier|darüber|damit|dabei|über (?:diesen|den) (?:punkt|link|button|knopf)),? (?:können|könnten|dürfen) sie|(?:können|könnten) sie uns)(?![\p{L}])/u);
const DE_RATING_PLACE = bounded(compact(/(?<![\p{L}])(?:verkäufer (?:bewerten|bewertung)|verkäuferbewertung|produkt (?:bewerten|rezensieren)|(?:bewertung|rezension|kundenrezension) (?:schreiben|verfassen|abgeben)|bewertungsformular|rezensionsformular|bewertungsseite|rezensionsseite)(?![\p{L}])/u));
const ASK_DE_ENTRY = 'review_request:review-object-with-request-de';
const ASK_JA_ENTRY = 'review_request:review-object-with-request-ja';
const FIRST_DE_ENTRY = 'leading:contact-first-before-review-de';
const FIRST_JA_ENTRY = 'leading:contact-first-before-review-ja';
const SATISFIED_Q_ENTRY = 'leading:satisfaction-question-then-ask';

/** Has the buyer written the review yet - "もうレビューはお書きいただけましたでしょうか", "評価はすでにお済みでしょうか",
 *  "ご感想はもう投稿されましたか": the reminder is the ask (as the romance PENDING_REVIEW is), with no request verb. */
// why: s20 blind j ja-011 (いただけました is no request form of JA_REQUEST; the lexicon knew only お済み)
// (a posting verb before the ました - 書, 投稿, 記入, いただけ: "評価はすでに終わりましたか" asks about an assessment, a carrier's or an
// insurer's, not the buyer's review - s20 review 2 #4)
const JA_PENDING =
  /(?:もう|既に|すでに)[^。！？\n]{0,10}?(?:レビュー|れびゅー|評価|ご感想|感想|口コミ|クチコミ)[^。！？\n]{0,10}?(?:書|投稿|記入|いただけ|頂け)[^。！？\n]{0,8}?ました(?:でしょうか|か)|(?:レビュー|れびゅー|評価|ご感想|感想|口コミ|クチコミ)(?:は|を)?[^。！？\n]{0,4}?(?:もう|既に|すでに)[^。！？\n]{0,10}?(?:(?:書|投稿|記入|いただけ|頂け)[^。！？\n]{0,8}?ました(?:でしょうか|か)|お済み)/u;

/** A Japanese sentence asks for a review: an object, then a request within the clause. */
function jaAsk(s: string): boolean {
  if (JA_SKIP.test(s)) return false;
  if (JA_PENDING.test(s) && !insideJaQuote(s, s.search(JA_OBJECT_ONCE))) return true;
  JA_OBJECT.lastIndex = 0;
  for (let m = JA_OBJECT.exec(s); m; m = JA_OBJECT.exec(s)) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (JA_IF_ANY.test(after)) continue;
    // the object's verb told as done ("レビューにご感想をお寄せいただきました"): a review written, no ask
    // (only right after it: "メッセージをいただきましたので、レビューにしていただけると" asks)
    if (JA_DONE_AFTER.test(after)) continue;
    if (insideJaQuote(s, m.index)) continue;
    if (JA_REQUEST.test(after)) return true;
  }
  return false;
}

/** The object is part of a name in Japanese quotes (「星の雫」シリーズ, 『レビュー大全』): a product or a title, not an ask's object. */
// why: s14 blind false alarm - a mug series named 「星の雫」 ("star drop") read as stars asked for
function insideJaQuote(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 30), at);
  return before.lastIndexOf('「') > before.lastIndexOf('」') || before.lastIndexOf('『') > before.lastIndexOf('』');
}

function jaFirst(s: string): boolean {
  JA_OBJECT.lastIndex = 0;
  for (let m = JA_OBJECT.exec(s); m; m = JA_OBJECT.exec(s)) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const first = JA_FIRST.exec(after);
    if (first && JA_CONTACT.test(after.slice(first[0].length))) return true;
  }
  return false;
}

/** A German sentence names a review object (not the seller's own assessing). */
function deObject(s: string): boolean {
  const t = /wir |ich |team |techniker|kundendienst|werkstatt|service|hersteller/u.test(s) ? s.replace(DE_SELLER_ASSESSES, ' ') : s;
  return DE_OBJECT_STEM.test(t) || DE_OBJECT_WORD.test(t);
}

function reviewAsksDeJa(t: string, asks: readonly Span[], de: boolean, ja: boolean): Span[] {
  const wantDe = de && DE_ANY.test(t);
  const wantJa = ja && JA_ANY.test(t);
  if (!wantDe && !wantJa) return [];
  const out: Span[] = [];
  const all = sentences(t);
  let a = 0;
  let prevQuestion = false;
  let prevYesNo = false;
  let prevFavour = false;
  let placeBefore = false;
  for (let k = 0; k < all.length; k++) {
    const [start, end0] = all[k]!;
    const end = end0 < t.length && (t[end0] === '?' || t[end0] === '？') ? end0 + 1 : end0;
    const s = sliceOf(t, start, end).trim();
    const wasQuestion = prevQuestion;
    const wasYesNo = prevYesNo;
    const wasFavour = prevFavour;
    prevQuestion = false;
    prevYesNo = false;
    prevFavour = wantDe && s.length <= 80 && DE_FAVOUR_Q.test(s);
    let hasObject = false;
    if (s.length > MAX_SENTENCE || s.length < 6) continue;
    while (a < asks.length && asks[a]!.end <= start) a++;
    const asked = a < asks.length && asks[a]!.start < end;
    const span = (rule: 'leading' | 'review_request', entry: string): Span => ({ rule, severity: 'block', start, end: end0, entry });
    let ask = asked;
    const place = placeBefore;
    placeBefore = de && DE_RATING_PLACE.test(s);
    if (de && !asked && (place || placeBefore) && DE_WORD_BACK.test(s) && (DE_THERE_CAN.test(s) || DE_REQUEST.test(s)) && !DE_SKIP_WORD.test(s) && !DE_CHANGE.test(s)) {
      // (from the place's sentence: the guards read the path there - an answer to a buyer who asked where to rate)
      out.push({ ...span('review_request', ASK_DE_ENTRY), start: placeBefore ? start : all[k - 1]![0] });
      ask = true;
    } else if (wantDe && DE_ANY.test(s) && deObject(s)) {
      hasObject = true;
      const first = DE_FIRST.test(s) && DE_CONTACT.test(s) && !/(?<![\p{L}])(?:nicht|kein\p{L}{0,2})(?![\p{L}])[^.!?\n]{0,30}(?:zuerst|erst|vorher)/u.test(s);
      if (first && !DE_FIRST_SKIP.test(s) && !DE_CHANGE.test(s)) {
        out.push(span('leading', FIRST_DE_ENTRY));
        continue;
      }
      if (!asked && (wasFavour || DE_REQUEST.test(s)) && !DE_SKIP_WORD.test(s) && !DE_CHANGE.test(s)) {
        out.push(span('review_request', ASK_DE_ENTRY));
        ask = true;
      }
    }
    if (wantJa && JA_ANY.test(s)) {
      JA_OBJECT.lastIndex = 0;
      if (JA_OBJECT.test(s)) hasObject = true;
      if (jaFirst(s) && !/ありがと|できません(?!か)|必要はありません/u.test(s)) {
        out.push(span('leading', FIRST_JA_ENTRY));
        continue;
      }
      if (!asked && jaAsk(s)) {
        out.push(span('review_request', ASK_JA_ENTRY));
        ask = true;
      }
    }
    if (ask && (wasQuestion || (wasYesNo && wantDe && DE_THEN.test(s)))) out.push(span('leading', SATISFIED_Q_ENTRY));
    else if (ask && ((wantJa && JA_CONDITIONED_EXTRA.test(s)) || (wantDe && DE_CONDITIONED_EXTRA.test(s)))) out.push(span('leading', CONDITIONED_ENTRY));
    else if (hasObject && ((wantDe && DE_SYMPATHY.test(s)) || (wantJa && JA_SYMPATHY.test(s))) && !NO_APPEAL.test(s)) {
      out.push(span('leading', SYMPATHY_DE_JA_ENTRY));
      if (!ask) out.push(span('review_request', SYMPATHY_DE_JA_ENTRY));
    }
    // (a lexicon ask conditioned in its sentence is conditioned-ask.ts's business)
    else if (ask && !asked && ((wantJa && JA_CONDITIONED.test(s)) || (wantDe && DE_CONDITIONED.test(s)))) out.push(span('leading', CONDITIONED_ENTRY));
    // a yes/no question on satisfaction (cheap tests first: a question mark, a stem)
    const last = s[s.length - 1];
    prevQuestion =
      (wantDe && last === '?' && DE_SATISFIED_STEM.test(s) && DE_SATISFIED_Q.test(s) && !DE_FAVOUR_Q.test(s)) ||
      (wantJa && (last === '？' || last === '?' || last === 'か') && JA_SATISFIED_Q.test(s));
    prevYesNo = wantDe && last === '?' && DE_YES_NO_Q.test(s) && DE_GOOD_USE.test(s) && !DE_TIME.test(s);
  }
  return out;
}
