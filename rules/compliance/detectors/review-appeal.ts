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
import { isSentenceStop } from './sentence';
import type { Span } from './span';

/** Review words: the review itself, its rating, a verb of reviewing or posting one. */
const REVIEW_WORD =
  "(?:reviews?|reviewing|reviewed|ratings?|rate|rating|rated|feedback|stars?|full marks|five-star|5-star|kind words?|a few words|spread(?:ing)? the word|(?:post|posts|posting|judge|judging|describe|describing|comment|commenting)(?= (?:\\p{L}{1,15} ){0,3}(?:on amazon|publicly|on the (?:listing|product page)))|the review section|(?:opinion|thoughts|verdict|impressions|experience|take)(?= (?:\\p{L}{1,15} ){0,3}(?:on amazon|on the (?:listing|product page))))";
/** ... not one the seller does ("we review every return"), nor a rating plate or "rated for 15 kg". */
const NOT_SELLERS = "(?<!(?<![\\p{L}])(?:we|i|team|will|to|rating|is|are|be) )";

/** Ask to come to the seller ("talk to us", "message us", "reach out", "come straight to us", "give us a chance"). */
const CONTACT =
  "(?:contact(?:ing)? us|message us|talk(?:ing)? to us|speak(?:ing)? (?:to|with) us|reach(?:ing)? out(?: to us)?|get(?:ting)? in touch|write (?:to )?us|come (?:straight |directly )?to us|let us know|tell us|drop us a (?:line|message|note)|reply (?:to us|here|to this message)|give us (?:a|the|an) (?:chance|opportunity))";
/** ... first, or before/rather than the review. */
const FIRST = '(?:first|before|prior to|rather than|instead of|ahead of)';
const CONTACT_FIRST = new RegExp(`(?<![\\p{L}])${CONTACT}(?![\\p{L}])`, 'u');
const FIRST_THEN_REVIEW = new RegExp(`(?<![\\p{L}])${FIRST}(?![\\p{L}])[^]{0,70}?${NOT_SELLERS}(?<![\\p{L}])${REVIEW_WORD}(?![\\p{L}])`, 'u');
const REVIEW_THEN_FIRST = new RegExp(`(?<![\\p{L}])(?:before|prior to) (?:\\p{L}{1,15} ){0,3}${REVIEW_WORD}(?![\\p{L}])`, 'u');

/** The seller's plight: a small or family business, a team of a few, one that must survive, Amazon's cut. */
const SYMPATHY =
  "(?<!(?:to|for) (?:a |an |our |the |my )?)(?:small|tiny|little|independent|indie|one-person|two-person|husband-and-wife|mom-and-pop|mum-and-dad) (?:\\p{L}{1,12} )?(?:business|shop|company|brand|team|seller|workshop|store|startup|operation)|family(?:-| )(?:run|owned|business|shop|company|brand|workshop)|(?:just|only) (?:two|three|four|a few|a handful of|the two of|me and) (?:\\p{L}{1,12} ){0,2}(?:us|people|sisters|brothers|friends|partners|of us|running|working|making)|start-?up|(?:veteran|mom|mum|woman|women|minority|black|family)-owned|(?:feed|feeds|support|supports) (?:our|my) (?:family|families|kids|children)|keeps? (?:our|the|my) (?:lights on|doors open|business (?:alive|going|afloat)|shop (?:alive|going|open|afloat))|(?:stay|stays|staying|keep us) (?:in business|in the game|afloat|alive|open)|surviv\\p{L}{0,5}|(?:a|the) (?:shop|business|seller|brand|team) (?:of )?our size|(?:shops|sellers|businesses|brands) like (?:ours|us)|takes? (?:a )?(?:big |huge |large )?(?:cut|fee|commission)|compet\\p{L}{0,5} (?:with|against) (?:the )?(?:giant|big|huge|large|major)";
/** Other buyers' ratings ("most customers give it five stars", "thousands have already rated it"). */
const SOCIAL =
  "(?:most|many|thousands of|hundreds of|dozens of|nine out of ten|\\d[\\d,]*\\+?|\\d{1,3} ?%(?: of)?|the majority of|so many) (?:\\p{L}{1,15} ){0,2}(?:customers|buyers|shoppers|users|owners|people|reviewers|\\p{L}{2,12}ers)(?: \\p{L}{1,15}){0,3} (?:give|gave|rate|rated|leave|left|share|shared|award|awarded|post|posted|love|loved|say|said|tell|told)";
/** ... of which these verbs rate (without a review ask found, "most customers love it" is no appeal). */
const RATES = /(?<![\p{L}])(?:give|gave|rate|rated|leave|left|share|shared|award|awarded|post|posted)(?![\p{L}])/u;
/** ... and the invitation to do the same. */
const JOIN = "(?:join (?:them|the (?:\\p{L}{1,12} )?(?:crowd|club|others))|will you be (?:next|one of them)|be the next|do the same|add yours|agree with them)";
/** The buyer's own review, a review with a place or a value, as the object of the appeal. */
const BUYER = "(?:you|your|yours)";
const VENUE = '(?:on amazon|on the (?:listing|product page))';
const VALUE = '(?:helps?|keeps?|means?|decides?|matters?|makes?|counts?|feeds?)';

const SYMPATHY_RE = new RegExp(`(?<![\\p{L}])(?:${SYMPATHY})(?![\\p{L}])`, 'u');
const SOCIAL_RE = new RegExp(`(?<![\\p{L}])(?:${SOCIAL})(?![\\p{L}])`, 'u');
const JOIN_RE = new RegExp(`(?<![\\p{L}])${JOIN}(?![\\p{L}])`, 'u');
const REVIEW_RE = new RegExp(`${NOT_SELLERS}(?<![\\p{L}])${REVIEW_WORD}(?![\\p{L}])`, 'u');
const REVIEW_VALUED = new RegExp(`(?<![\\p{L}])${REVIEW_WORD}(?: (?!and |but |so |or )\\p{L}{1,12}){0,3} ${VALUE}(?![\\p{L}])`, 'u');
const BUYER_RE = new RegExp(`(?<![\\p{L}'])${BUYER}(?![\\p{L}'])`, 'u');
const VENUE_RE = new RegExp(`(?<![\\p{L}])${VENUE}(?![\\p{L}])`, 'u');

/** The buyer gains something: a refund, a gift, a free item, an entry into a draw. */
const GAIN_REWARD =
  "(?:get|gets|getting|receive|receives|earn|earns|claim|claims|redeem|unlock|qualif(?:y|ies) for|win|wins)(?: (?:\\p{L}{1,12}|\\$?\\d+)){0,4} (?:refund|cashback|cash back|gift ?cards?|vouchers?|prize|reward|bonus|freebie|free \\p{L}{2,15}|(?:\\p{L}{1,12} ){0,2}on us|(?:\\p{L}{1,12} ){0,2}on the house)|we(?:'ll| will) (?:send|give|ship|mail|post)(?: (?:\\p{L}{1,12}|\\$?\\d+)){0,5} as (?:a )?(?:thank-?you|thanks|gift|token)|(?:entered|entry) (?:into|in|for) (?:a|our|the) (?:\\p{L}{1,12} )?(?:draw|raffle|giveaway|sweepstakes?|lottery|contest)|we(?:'ll| will|'d| would) (?:then |happily |gladly )?(?:refund|reimburse|pay (?:you )?back)";
const REWARD_RE = new RegExp(`(?<![\\p{L}])(?:${GAIN_REWARD})(?![\\p{L}])`, 'u');
/** The review is being changed, not asked for (an edit for a reward is leading only, as the corpus labels it). */
const CHANGES_REVIEW = /(?<![\p{L}])(?:update|change|edit|revise|amend|remove|delete|take down|raise|bump)\p{L}{0,3} (?:[^\s.!?]{1,12} ){0,3}(?:review|rating|feedback|stars?)/u;
/** A review the seller has seen or answers: "we saw your review and will refund" is service, not a reward. */
const SEEN = new RegExp(`(?<![\\p{L}])(?:saw|seen|read|noticed|received|got|regarding|about|after|following|sorry)(?: [^\\s.!?]{1,12}){0,3} ${REVIEW_WORD}`, 'u');

/** A sentence that denies the ask or thanks for a review already written. */
// why (added): a review left to the buyer ("your review is up to you", "your rating is your own choice") and
// who reads reviews ("reviews are read by the founders") state a fact, not an ask
const DENIED = /(?<![\p{L}'])(?:not|never|no need|needn't|don't|do not|doesn't|cannot|can't|won't|aren't allowed|not allowed|whether or not|regardless|even if|up to you|(?:your|entirely your) (?:own )?(?:choice|decision|call)|(?:are|is|get|gets) read by|we read (?:every|each|all))(?![\p{L}])|n't (?:have|need) to/u;
const THANKED = /(?<![\p{L}])(?:thanks|thank you)(?: so much| very much)? for (?:\p{L}{1,12} ){0,2}(?:review|rating|feedback|stars?|kind words)/u;

/** The cues of every structure (contact-first, plight, others' ratings, a reward) without their
 *  word-start look-behinds: matches wherever one of them does, and V8 scans it far faster. */
const LOOSE_CUE = new RegExp([CONTACT_FIRST, SYMPATHY_RE, SOCIAL_RE, REWARD_RE].map((r) => `(?:${r.source.split('(?<![\\p{L}])').join('')})`).join('|'), 'u');

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
export function reviewAppeals(t: string, asks: readonly Span[]): Span[] {
  // every structure needs a review word, a rating verb or an ask: a text without any is not read
  // sentence by sentence (one native scan; a 100k paste of symbols stays as cheap as before)
  if (!asks.length && !ANY_TRIGGER.test(t)) return [];
  const out: Span[] = [];
  let a = 0;
  const all = sentences(t);
  for (let k = 0; k < all.length; k++) {
    const [start, end] = all[k]!;
    if (end - start > MAX_SENTENCE || end - start < MIN_SENTENCE) continue;
    const s = t.slice(start, end);
    while (a < asks.length && asks[a]!.end <= start) a++;
    const asked = a < asks.length && asks[a]!.start < end;
    // every structure below needs an ask or one of these cues (a cheap superset test first)
    if (!asked && !LOOSE_CUE.test(s)) continue;
    if (DENIED.test(s) || THANKED.test(s)) continue;
    const span = (rule: 'leading' | 'review_request', entry: string): Span => ({ rule, severity: 'block', start, end, entry });
    if (CONTACT_FIRST.test(s) && (FIRST_THEN_REVIEW.test(s) || REVIEW_THEN_FIRST.test(s))) {
      out.push(span('leading', CONTACT_ENTRY));
      continue;
    }
    const hasReview = REVIEW_RE.test(s);
    // a review ask the lexicons found in this sentence, next to the seller's plight or others' ratings
    if (asked && (SYMPATHY_RE.test(s) || SOCIAL_RE.test(s))) {
      out.push(span('leading', APPEAL_ENTRY));
      continue;
    }
    // sympathy: the seller's plight and the buyer's review (or a review's place or worth) in one sentence
    if (SYMPATHY_RE.test(s) && hasReview && (BUYER_RE.test(s) || VENUE_RE.test(s) || REVIEW_VALUED.test(s))) {
      out.push(span('leading', APPEAL_ENTRY), span('review_request', APPEAL_ENTRY));
      continue;
    }
    // social proof: others' ratings and an invitation to do the same, here or in the next sentence
    const social = SOCIAL_RE.exec(s);
    if (social && RATES.test(social[0])) {
      const next = all[k + 1];
      const joinHere = JOIN_RE.test(s);
      const joinNext = next !== undefined && next[1] - next[0] <= MAX_SENTENCE && JOIN_RE.test(t.slice(next[0], next[1]));
      if (joinHere || joinNext) {
        const to = joinHere ? end : next![1];
        out.push({ rule: 'leading', severity: 'block', start, end: to, entry: APPEAL_ENTRY }, { rule: 'review_request', severity: 'block', start, end: to, entry: APPEAL_ENTRY });
        continue;
      }
    }
    // a reward next to a review word
    if ((hasReview || asked) && REWARD_RE.test(s) && !SEEN.test(s)) {
      out.push(span('leading', REWARD_ENTRY));
      if (!CHANGES_REVIEW.test(s)) out.push(span('review_request', REWARD_ENTRY));
    }
  }
  return out;
}
