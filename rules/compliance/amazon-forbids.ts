// A review-for-reward trade named as what AMAZON (or its rules, policy, guidelines) forbids: a policy statement to a buyer who
// offered or asked for one, not an offer. refusal.ts reads the refusals whose subject is the seller ("we can't offer ..."); this
// reads the same trade with Amazon as the one who forbids it, in all seven languages:
//   "Amazon doesn't let sellers give discounts or anything else in exchange for a review, so we can't do that"
//   "Amazon interdit toute contrepartie en échange d'un avis", "Amazon non consente di offrire sconti o omaggi in cambio di
//   recensioni", "Amazon erlaubt keine Rabatte gegen Bewertungen", "Amazon prohíbe ofrecer descuentos a cambio de reseñas",
//   "a Amazon não permite brindes em troca de avaliações", "Amazon's rules don't allow refunds for reviews";
//   the rule after the trade: "a gift card in exchange for a review is against Amazon's policy", "verstößt gegen die Richtlinien
//   von Amazon", "レビューと引き換えの割引はAmazonの規約で禁止されております".
// Still flagged: a contrast, a condition or "instead" after the rule ("Amazon doesn't allow this, but if you leave 5 stars we'll
// refund you"; "..., so we'll send a gift instead if you rate us"), a wink ("officially Amazon doesn't allow ..., between us"),
// a question, Amazon's rule with no trade after it in its clause.
import { accentOptionalRe } from './accent-optional';
import { compactRegExp } from './detectors/compact-letters';

const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'iu'));

/** Amazon, its rules or policy (optional suffix and up to three words: "Amazon's review rules", "die Amazon-Richtlinien",
 *  "amazon strictly"), then a verb of forbidding or of not letting. */
const FORBID_VERB = String.raw`(?:(?:does|do|will|would|did)(?: not|n't) (?:let|allow|permit|tolerate)|won't (?:let|allow|permit)|never (?:lets?|allows?|permits?)|forbids?|prohibits?|bans?|bars?|(?:erlaubt|erlauben|gestattet|gestatten|duldet|dulden|lässt|lassen)(?: \p{L}{1,12}){0,2}? (?:keine\p{L}?|nicht|nichts)|untersag(?:t|en)|verbiet(?:et|en)|n'(?:autoris|admet|accept)\p{L}{1,5}|ne (?:permet|permettent|laisse|laissent|tolère|tolèrent)|interdi(?:t|sent)|prohib(?:e|ent)|no (?:permite|permiten|deja|dejan|autoriza|autorizan|admite|admiten)|proh[ií]be\p{L}?|non (?:consente|consentono|permette|permettono|autorizza|autorizzano|ammette|ammettono)|vieta(?:no)?|proibisc(?:e|ono)|n[ãa]o (?:permite|permitem|deixa|deixam|autoriza|autorizam|aceita|aceitam)|pro[ií]be\p{L}?|veda(?:m)?)`;
const AMAZON_FORBIDS = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])amazon(?:'s|s|-\p{L}{1,20})?(?: [\p{L}']{1,15}){0,3}? ${FORBID_VERB}(?![\p{L}])`, 'giu'));

/** The trade: "in exchange for", "im Austausch gegen", "en échange d'", "a cambio de", "in cambio di", "em troca de", or a reward
 *  "for / für / pour / por / per" a review or stars. */
const TRADE = re(
  String.raw`(?<![\p{L}])(?:en (?:échange|contrepartie) d'|(?:in exchange for|in return for|im (?:austausch|tausch) (?:für|gegen)|als gegenleistung|gegen|en (?:échange|contrepartie) (?:de|du|des)|contre|a cambio de|in cambio (?:di|della|del|delle|dei)|em troca (?:de|da|do|das|dos)|(?:for|für|pour|por|per|pela|pelo)(?: \p{L}{1,10}){0,2}? (?:reviews?|ratings?|feedback|stars|bewertung\p{L}{0,2}|rezension\p{L}{0,2}|sterne|avis|étoiles|reseñas?|valoraci\p{L}{2,4}|estrellas|recension[ei]|stelle|avalia\p{L}{2,5}|estrelas))(?![\p{L}]))|引き換え|引換え|見返り`,
);

/** What ends the rule's reach before the trade: a stop, a contrast, a condition ("Amazon doesn't allow this, but if you ..."). */
const BREAK = re(String.raw`[;:]|(?<![\p{L}])(?:but|however|yet|if|aber|jedoch|sondern|wenn|falls|mais|pero|sino|ma|però|mas|porém|quando)(?![\p{L}])|,\s{0,2}(?:si|se)\s`);
/** What brings an offer back after the trade: a contrast, a condition, "instead". */
const UNDONE_AFTER = re(
  String.raw`(?<![\p{L}])(?:but|however|though|except|if|unless|instead|aber|jedoch|sondern|außer|wenn|falls|stattdessen|mais|sauf|si|à la place|pero|sino|salvo|en cambio|ma|però|tranne|invece|se|mas|porém|exceto|em vez)(?![\p{L}])|ただし|しかし|でも|けれど|が、`,
);
/** A wink that says the rule is for show: "officially", "technically", "between us", "offiziell", "unter uns", "officiellement",
 *  "entre nous", "oficialmente", "ufficialmente", "tra noi", "em teoria", "表向き", ";)". */
const WINK = re(
  String.raw`(?<![\p{L}])(?:officially|technically|on paper|in theory|between us|off the record|offiziell|eigentlich|theoretisch|unter uns|officiellement|en théorie|entre nous|oficialmente|en teoría|entre nosotros|ufficialmente|in teoria|tra noi|tra di noi|em teoria|entre nós|cá entre nós)(?![\p{L}])|表向き|建前|ここだけ|;\)|😉`,
);
/** The rule as the predicate after the trade, Amazon named in it: "is against Amazon's policy", "is not allowed by Amazon",
 *  "verstößt gegen die Amazon-Richtlinien" ("ist ... verboten" is refusal.ts TRADE_NEG_AFTER's), "est interdit par Amazon", "va à l'encontre des règles
 *  d'Amazon", "está prohibido por Amazon", "va en contra de las normas de Amazon", "è vietato da Amazon", "é proibido pela
 *  Amazon", "Amazonの規約で禁止". */
const AGAINST_AMAZON = re(
  String.raw`^[^.!?;\n]{0,80}?(?<![\p{L}])(?:(?:is|are|would be|was|goes|go)(?: \p{L}{1,12}){0,2}? (?:against|not allowed|not permitted|prohibited|forbidden|banned|a violation of|a breach of|in breach of)|violates?|verst(?:ö|o)(?:ß|ss)t|versto(?:ß|ss)en|(?:est|sont|serait)(?: \p{L}{1,12}){0,2}? (?:interdit\p{L}{0,2}|pas autoris\p{L}{1,3}|contraire\p{L}?)|va à l'encontre|(?:está|están|va|van|sería)(?: \p{L}{1,12}){0,2}? (?:prohibid\p{L}{1,2}|en contra|contra)|(?:è|sono|va|vanno|sarebbe)(?: \p{L}{1,12}){0,2}? (?:vietat\p{L}|proibit\p{L}|contro|contrari\p{L})|(?:é|são|vai|vão|seria)(?: \p{L}{1,12}){0,2}? (?:proibid\p{L}{1,2}|vedad\p{L}{1,2}|contra))(?![\p{L}])[^.!?;\n]{0,40}?(?<![\p{L}])amazon(?![\p{L}])|^[^。！？]{0,60}?amazon(?:の)?[^。！？]{0,12}?(?:規約|ガイドライン|ポリシー|規定|ルール)[^。！？]{0,16}?(?:禁止|違反)`,
);

/** `head`: the phrase's sentence before it; `phrase`: the flagged text (a lexicon phrase, or a structural finding's whole
 *  sentence); `tail`: its sentence after it. The trade the phrase names is what Amazon forbids. */
export function tradeForbiddenByAmazon(head: string, phrase: string, tail: string): boolean {
  const s = head + phrase + tail;
  if (!s.includes('amazon') || /[?？]/u.test(s) || WINK.test(s)) return false;
  const phraseEnd = head.length + phrase.length;
  // the trade that the phrase holds or reaches (a lexicon phrase may stop right before its "for a review")
  const tradeFrom = Math.max(0, head.length - 120);
  const trade = TRADE.exec(s.slice(tradeFrom, Math.min(s.length, phraseEnd + 40)));
  if (!trade) return false;
  const tradeAt = tradeFrom + trade.index;
  const tradeEnd = tradeAt + trade[0].length;
  if (UNDONE_AFTER.test(s.slice(tradeEnd))) return false;
  // Amazon forbids, then the trade in the same stretch (at most 120 characters, no contrast or condition between)
  const ruleFrom = Math.max(0, tradeAt - 160);
  const before = s.slice(ruleFrom, tradeAt);
  // (the last rule before the trade: the one whose reach it is in)
  let last: RegExpExecArray | null = null;
  AMAZON_FORBIDS.lastIndex = 0;
  for (let m = AMAZON_FORBIDS.exec(before); m; m = AMAZON_FORBIDS.exec(before)) last = m;
  if (last) {
    const between = before.slice(last.index + last[0].length);
    if (between.length <= 120 && !BREAK.test(between)) return true;
  }
  // ... or the rule as the predicate after the trade
  return AGAINST_AMAZON.test(s.slice(tradeEnd));
}
