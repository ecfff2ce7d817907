// One refusal reader (s31 ref31): does the flagged span's own sentence refuse, deny or rule out the act the rule looks for?
// The older guards (check.ts NEGATION_BEFORE / NEGATION_AFTER / TRADE_REFUSED, review-explained.ts, harmless-replies.ts) each
// read one shape; this reads the shapes they miss, by structure, never a row's words:
//   - a "not X nor Y" list: the channel right after "no por / not by / ni par / né su / nem pelo / weder per" ("no por
//     WhatsApp ni por teléfono");
//   - a list that spells out what the refused clause before it names ("não recebemos fora da Amazon, seja por Pix ou boleto",
//     "we can't take payment off Amazon, whether by PayPal or transfer");
//   - a channel conceded as easier, then "but we can only ... via Amazon / here" ("WhatsApp would be easier, but we can only
//     help you here");
//   - a Japanese potential or polite negative closing the span's clause ("…には送れません", "…いたしかねます", "お断り");
//   - a review ask or trade as the object of a refused verb after it: German verb-final modal ("… dürfen wir nicht anbieten"),
//     Japanese "…することはございません";
//   - after such a refusal, the buyer's wish routed to Amazon ("…; if you prefer the bigger model, just order it on Amazon").
// A contrast that brings the thing back, or a question, keeps the finding ("we can't do WhatsApp, but call us on …", "…ませんか").
// Read only for a span already found (never per sentence of every keystroke); all patterns bounded, compiled once.
import { accentOptionalRe } from './accent-optional';
import { compactRegExp } from './detectors/compact-letters';

const re = (source: string): RegExp => accentOptionalRe(compactRegExp(source, 'iu'));

/** The span's sentence before it and after it (Latin and Japanese stops; a line break ends it too). */
const STOP_SPLIT = /[.!?\n。！？]/u;
const TAIL_IN_SENTENCE = /^[^.!?\n。！？]{0,200}/u;
export function sentenceParts(t: string, start: number, end: number): { head: string; tail: string } {
  const head = t.slice(Math.max(0, start - 200), start).split(STOP_SPLIT).pop() ?? '';
  const tail = TAIL_IN_SENTENCE.exec(t.slice(end, end + 200))?.[0] ?? '';
  return { head, tail };
}

/** A channel's preposition ("by", "por", "pelo", "par", "tramite", "über"; Portuguese "no/na/em" only after "nem/não"). */
const PREP = String.raw`(?:by|via|over|through|on|por|pelo|pela|no|na|em|en|par|sur|su|per|tramite|über|auf)`;
/** "no por / not by / nor via / ni par / né su / nem pelo / weder per" right before the channel (not "if not by", "why not by"). */
const NOR_BEFORE = re(
  String.raw`(?<![\p{L}])(?<!(?:if|si|se|wenn|qu[ée]|why|perch[ée]|porque|pourquoi)\s{1,3})(?:(?:not|nor|neither|ni|né|nem|não|weder)\s{1,3}(?:${PREP}\s{1,3})?|(?:no|non|nicht)\s{1,3}${PREP}\s{1,3})(?:(?:the|el|la|le|il|lo|o|a|der|die)\s{1,3})?$`,
);
/** The list carries on as a refusal ("… ni por teléfono", "nor by phone", "né per telefono", "nem pelo telefone", "noch per
 *  Telefon") or a contrast puts Amazon in its place ("no por WhatsApp, sino por aquí"). */
const NOR_AFTER = re(String.raw`^[^.!?;\n]{0,40}?(?<![\p{L}])(?:ni|nor|né|nem|noch|ou|or|o)\s|^[\s,]{0,3}(?:sino|but|sondern|mais|ma|mas)\s[^.!?\n]{0,40}(?:amazon|aqu[ií]|here|hier|ici|qui|aqui)`);
/** The refusal a spelling-out list leans on: the seller cannot / does not take or send it. */
const REFUSED_CLAUSE = String.raw`(?<![\p{L}])(?:can't|cannot|can not|won't|don't|do not|are not able|never|(?:können|dürfen|nehmen|akzeptieren) (?:wir|ich)(?: \p{L}{1,15}){0,2}? (?:nicht|keine\p{L}?)|ne (?:pouvons|peux|pouvez|acceptons|prenons) pas|no (?:podemos|puedo|aceptamos|recibimos|cobramos|trabajamos)|non (?:possiamo|posso|accettiamo|riceviamo)|n[ãa]o (?:podemos|posso|aceitamos|recebemos|trabalhamos|fazemos))(?![\p{L}])`;
/** "…, seja por / ya sea por / whether by / sia tramite / soit par / ob per …" after that refusal, the span in the list. */
const SPELLED_OUT = re(
  String.raw`${REFUSED_CLAUSE}[^.!?;\n]{0,80}?,\s{0,3}(?:seja|ya sea|sea|whether|either|be it|sia|soit|ob)(?:\s{1,3}(?:by|via|over|through|por|pelo|pela|par|per|tramite|über|mit|con|com|en|em|in))?\s{1,3}(?:[\p{L}-]{1,15}\s{1,3}){0,2}$`,
);
/** A contrast that takes the refusal back before the span ("…, but", "aber", "mas") - the list then offers. */
const TAKEN_BACK = re(String.raw`(?<![\p{L}])(?:but|aber|mais|pero|ma|mas|porém|sondern|sino)(?![\p{L}])`);

/** The channel granted as easier, or the buyer's wish understood, before "but": the concession the contrast answers. */
const CONCEDED = re(
  String.raw`(?<![\p{L}])(?:would|wäre|wären|würde|serait|sería|seria|sarebbe|understand|verstehe\p{L}{0,2}|comprends|comprendo|entiendo|entendo|compreendo|capisco|know|wei[ßs]|sais|sé|so|sei)(?![\p{L}])`,
);
/** "…, but we can only … via Amazon / here" after the span: Amazon's channel as the only one. */
const ONLY_AMAZON_AFTER = re(
  String.raw`^[^.!?;\n]{0,60}?(?<![\p{L}])(?:but|aber|mais|pero|ma|mas|però|porém|however|jedoch)(?![\p{L}])[^.!?;\n]{0,50}?(?<![\p{L}])(?:only|solo|sólo|solamente|soltanto|unicamente|nur|seulement|uniquement|só|somente|apenas|exclusiv\p{L}{1,6}|ausschlie[ßs]lich)(?![\p{L}])[^.!?;\n]{0,50}?(?<![\p{L}])(?:amazon|here|hier|ici|aqu[ií]|qui|aqui)(?![\p{L}])`,
);
/** The seller the subject after the contrast ("but we can only …", "ma possiamo …", "pero solo podemos …"): what we can do is
 *  refused - not "…, but returns only via Amazon", which leaves the channel offered for the rest. */
const SELLER_AFTER_CONTRAST = re(
  String.raw`^[^.!?;\n]{0,60}?(?<![\p{L}])(?:but|aber|mais|pero|ma|mas|però|porém|however|jedoch)(?![\p{L}])[^.!?;\n]{0,30}?(?<![\p{L}])(?:we|wir|nous|podemos|possiamo|puedo|posso|pouvons|können|dürfen|can|may)(?![\p{L}])`,
);
const CONTRAST_AT = re(String.raw`(?<![\p{L}])(?:but|aber|mais|pero|ma|mas|però|porém|however|jedoch)(?![\p{L}])`);
const UP_TO_COMMA = /^[^,;:]{0,60}/u;
/** An invitation in the span's own clause before the contrast ("write us on WhatsApp, but …"): the channel is offered. */
const INVITED = re(
  String.raw`(?<![\p{L}])(?:write|text|call|message|contact|add|schreib\p{L}{0,3}|ruf\p{L}{0,3}|kontaktier\p{L}{0,3}|écrivez|appelez|contactez|escr[ií]b\p{L}{1,4}|ll[áa]m\p{L}{1,4}|cont[áa]ct\p{L}{1,4}|scriv\p{L}{1,4}|chiam\p{L}{1,4}|contatt\p{L}{1,4}|escrev\p{L}{1,4}|cham\p{L}{1,4}|fale|mande|mandi|manda)(?![\p{L}])`,
);

/** A Japanese potential or polite negative closing the span's clause ("…には送れません", "お受けいたしかねます", "お断りして"),
 *  not a request ("…いただけませんか", "…くれませんでしょうか") nor the question "…ませんか". */
const JA_REFUSED_AFTER = /^[^。！？!?\n、]{0,30}?(?:(?<!いただ|くだ|もら|くれ)(?:れ|え|け|せ|て|め|べ|き|ね|げ|び)ません(?!か|でしょうか)|かねます|お断り|ございません(?!か|でしょうか)|いたしません(?!か))/u;
/** After the refusal, a contrast that asks again ("…ませんが、よろしければレビューをお願いします"). */
const JA_ASKED_AGAIN = /(?:が、|けど|けれど|ただし|しかし|でも)[^。！？]{0,60}(?:お願い|ください|いただけ|幸い)/u;

/** The review ask or trade as the object of a refused verb after it: German verb-final modal ("… dürfen wir nicht anbieten",
 *  "… können wir leider nicht gewähren"), Japanese topic then the negation at once ("…することはございません", "…の返金は一切
 *  いたしません"; not "…の評価は意味がありません": a word between is a judgement, not a refusal; only in the span's own clause,
 *  and not a comparison - "レビューで教えていただけたら、これ以上の喜びはありません" is a plea). */
const REVIEW_REFUSED_AFTER = re(
  String.raw`^[^.!?;\n]{0,40}?(?<![\p{L}])(?:dürfen|können|werden|wollen|möchten|sollen|darf|kann|will) (?:wir|ich)(?: \p{L}{1,15}){0,2}? (?:nicht|keine\p{L}?|nie|niemals)(?! (?:genug|nur|oft|mehr als|erwarten))(?: \p{L}{1,15}){0,2}? \p{L}{2,15}n(?![\p{L}])|^[^。！？!?\n、]{0,25}?(?:は|も)(?:一切|決して|基本的に)?(?:ございません|ありません|いたしません|しておりません|行っておりません|できかねます|お断り)(?!か)`,
);
/** A contrast or a plea after the refusal brings the ask back ("…, aber über 5 Sterne freuen wir uns"). */
const ASKED_AGAIN_LATIN = re(String.raw`(?<![\p{L}])(?:but|aber|jedoch|sondern|mais|pero|sino|ma|però|mas|porém|bitte|please)(?![\p{L}])`);

/** The offer the buyer wished for routed to Amazon after the refusal: "if you prefer / wenn Sie lieber / si vous préférez / si
 *  prefiere / se preferisce / se preferir" before the span, "order on Amazon" after it. */
const WISH_BEFORE = re(
  String.raw`(?<![\p{L}])(?:if you(?: would)? (?:prefer|want|rather)|wenn sie (?:lieber|\p{L}{1,12} möchten)|si vous (?:préférez|voulez)|si (?:prefiere|prefieres|quiere|quieres)|se (?:preferisce|preferisci|vuole|vuoi)|se (?:preferir|quiser))(?![\p{L}])[^.!?;\n]{0,30}$`,
);
const ROUTED_TO_AMAZON = re(
  String.raw`^[^.!?;\n]{0,50}?(?<![\p{L}])(?:on|via|through|über|bei|auf|sur|par|en|por|a través de|su|tramite|pela|na|pelo)\s{1,3}amazon(?![\p{L}])`,
);
/** The clause before (in the sentence): an off-Amazon payment or channel refused. */
const OFF_AMAZON_REFUSED = re(`${REFUSED_CLAUSE}[^.!?\n]{0,80}?[;,:]`);

/** `t`: the normalized text; the span is an off-Amazon channel or payment. */
// examples: "no por WhatsApp ni por teléfono", "not by e-mail nor by phone", "non possiamo ricevere pagamenti fuori da Amazon, sia
// tramite PayPal sia con bonifico", "WhatsApp wäre einfacher, aber wir dürfen Sie nur über Amazon betreuen", "Amazon以外のメールには
// 送れません"; near-misses still flagged: "we can't do WhatsApp, but call us at …" (the call is its own span), "not by e-mail but by
// WhatsApp", "write us on WhatsApp, but returns only via Amazon", "LINEでご連絡いただけませんか"
export function channelRefused(t: string, start: number, end: number): boolean {
  const { head, tail } = sentenceParts(t, start, end);
  if (/[?？¿]/u.test(tail) || /¿/u.test(head)) return false;
  if (NOR_BEFORE.test(head) && NOR_AFTER.test(tail)) return true;
  const spelled = SPELLED_OUT.exec(head);
  if (spelled && !TAKEN_BACK.test(spelled[0].slice(1))) return true;
  const clauseHead = head.split(/[,;:]/u).pop() ?? '';
  // (the concession before the span or right after it, before the comma: "WhatsApp wäre bequemer, aber …")
  const conceded = CONCEDED.test(head) || CONCEDED.test(UP_TO_COMMA.exec(tail)?.[0] ?? '');
  // (an invitation before the contrast, in the span's clause or right after it, offers the channel: "…, schreiben Sie uns dort, aber …")
  const beforeContrast = tail.slice(0, CONTRAST_AT.exec(tail)?.index ?? 0);
  if (conceded && !INVITED.test(clauseHead) && !INVITED.test(beforeContrast) && ONLY_AMAZON_AFTER.test(tail) && SELLER_AFTER_CONTRAST.test(tail)) return true;
  const ja = JA_REFUSED_AFTER.exec(tail);
  return ja !== null && !JA_ASKED_AGAIN.test(tail.slice(ja.index + ja[0].length));
}

/** `t`: the normalized text; the span is a review ask or a review-for-reward trade. */
// examples: "Erstattungen gegen Bewertungen dürfen wir nicht anbieten", "Um Sterne können wir Sie leider nicht bitten", "当店では
// レビューをお願いすることはございません"; near-misses still flagged: "Rabatte gegen Bewertungen dürfen wir nicht anbieten, aber für 5
// Sterne gibt es einen Gutschein", "レビューをお願いすることはございませんが、よろしければご協力ください"
export function reviewRefused(t: string, start: number, end: number): boolean {
  const { tail } = sentenceParts(t, start, end);
  if (/[?？]/u.test(tail)) return false;
  const m = REVIEW_REFUSED_AFTER.exec(tail);
  if (!m || m[0].includes('以上')) return false;
  const rest = tail.slice(m.index + m[0].length);
  return !ASKED_AGAIN_LATIN.test(rest) && !JA_ASKED_AGAIN.test(rest);
}

/** `t`: the normalized text; the span is a marketing phrase (another model, size or item). */
// examples: "não recebemos por Pix; se preferir o modelo maior, é só pedir pela Amazon", "we can't take PayPal, so if you prefer
// the larger size, just order it on Amazon"; near-misses still flagged: "if you prefer the larger size, just order it on Amazon"
// (no refusal: an upsell), "we can't take PayPal; if you prefer the premium set, we send it for $20 more"
export function wishRoutedAfterRefusal(t: string, start: number, end: number): boolean {
  const { head, tail } = sentenceParts(t, start, end);
  return WISH_BEFORE.test(head) && ROUTED_TO_AMAZON.test(tail) && OFF_AMAZON_REFUSED.test(head);
}
