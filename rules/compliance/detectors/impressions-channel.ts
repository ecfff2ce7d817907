// The buyer's impressions of the item asked for through another channel (s27 round 2, the review-ask kinds): "send your impressions
// over there" after an e-mail address, "Fotos e impressões do tapete pode mandar no nosso WhatsApp", "Ihre Eindrücke zum Mixer
// können Sie uns gern an info@… schicken", "Vos impressions sur la lampe, envoyez-les à contact@…", "Sus impresiones nos las puede
// mandar por WhatsApp", "Le sue impressioni ce le mandi su WhatsApp". The offplatform finding reads the channel; what is asked
// there is an opinion of the purchase - README: any request for an opinion is `review_request` (round 1 read it in Japanese
// only: 「ご感想は LINE でも受け付けております」, review-appeal.ts). Read per sentence: the buyer's opinion noun, a verb of sending,
// telling or welcoming, and a channel that is not Amazon (an address, a number, a messenger, a site of ours) - all three.
// Not: questions or photos of a fault sent to an address (no opinion noun: "Send photos of the crack to help@…"), a refusal ("please
// don't send us your impressions by e-mail"), the seller's own opinion ("our opinion"), an opinion left on Amazon.
// near-misses that stay clean: "Questions about the lamp? Send them to help@lumo.shop.", "Bitte schicken Sie uns Ihre Eindrücke
// nicht per Mail, Amazon erlaubt das nicht.", "Unsere Meinung: das Modell passt. Infos unter info@x.de"
import type { Span } from './span';
import { sentenceSpans } from './sentence';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { gatedExec, gatedTest } from './literal-gate';
import { DE_NICHT, DE_NIE, EN_NEVER, EN_NT, FR_PAS, IT_MAI, IT_NON, JAMAIS, NO, NUNCA, PT_NAO, PT_NEM, wholeWords } from '../negation';

/** The buyer's view of the item: impressions, thoughts, opinion (not "our opinion", not a notice: "avis de passage"). */
const OPINION = compactRegExp(
  String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:our|unsere?|notre|nos|nuestr[ao]s?|nostr[ao]|nostre|nostri|noss[ao]s?|my|mein\p{L}{0,2}|mon|ma|mi|mio|mia|meu|minha) )(?:impressions?|thoughts|opinions?|eindrücke|eindruck|meinung|ressenti|avis(?! de passage| d'exp[ée]dition| de livraison)|impresi[oó]n(?:es)?|opini[oó]n(?:es)?|impression[ei]|parer[ei]|opinion[ei]|impress[õo]es|impress[ãa]o|opini[ãa]o|opini[õo]es|what you (?:think|thought) (?:of|about)|qu[ée] le (?:ha )?parec(?:e|ido)|qu[ée] te (?:ha )?parec(?:e|ido)|cosa ne pensa|ce que vous en pensez|o que (?:achou|você achou|está achando)|was sie davon halten)(?![\p{L}])`,
  'u',
);
/** Sent, told, shared, written, welcomed or taken in. */
// (s34 fc34: the seller taking the impressions in is the same ask - "Ihre Eindrücke ... nehmen wir gern auch per WhatsApp entgegen",
// "we're happy to receive your thoughts on WhatsApp", "nous recevons volontiers vos impressions sur Telegram"; only the present and
// the infinitive - "we received your thoughts by e-mail" reports. An Italian verb carries up to two clitics: "mandarcele",
// "inviarcelo", "scrivercele" - mand/invi/scriv took five letters after the stem, one clitic only.)
const SENDS = compactRegExp(
  String.raw`(?<![\p{L}])(?:send|sent|mail|e-?mail|drop|share|write|text|tell|welcome|receive|entgegen\p{L}{0,6}|empfangen|recevoir|recevons|recibir|recibimos|ricevere|riceviamo|receber|recebemos|schick\p{L}{0,3}|send(?:en)?|teil\p{L}{0,3}|schreib\p{L}{0,3}|willkommen|mitteil\p{L}{0,3}|envo\p{L}{1,5}|[ée]cri\p{L}{1,5}|partag\p{L}{1,5}|bienvenu\p{L}{0,2}|mand\p{L}{1,8}|env[ií]\p{L}{1,5}|escrib\p{L}{1,5}|compart\p{L}{1,5}|bienvenid\p{L}{0,2}|invi\p{L}{1,8}|scriv\p{L}{1,8}|condivid\p{L}{1,5}|benvenut\p{L}{0,2}|escrev\p{L}{1,5}|compartilh\p{L}{1,5}|bem-vind\p{L}{0,2}|contar|conte|cont\p{L}{0,2}nos|racconta\p{L}{0,3}|raconte\p{L}{0,3}|cu[ée]nt\p{L}{1,5}|erzähl\p{L}{0,3})(?![\p{L}])`,
  'u',
);
// (s28 gr1 impressions-via-reply-channel - the kind "impressions welcomed through another channel": the reply to this message named
// as where the impressions go, "Ihre Eindrücke ... können Sie uns gern direkt hier als Antwort schicken", "Cuéntenos qué le ha
// parecido el colchón ..., respondiendo a este mensaje": the buyer's opinion asked all the same - README: any request for an opinion
// is review_request. A question, a photo of a fault or "anything else" sent as a reply has no opinion noun and stays clean.)
const HERE_AS_REPLY = String.raw`(?:direkt )?hier als antwort|als antwort auf diese nachricht|(?:just )?(?:by )?repl(?:y|ying) (?:to|on) this (?:message|e-?mail|thread)|right here in (?:this|the) (?:thread|chat|message)|respondiendo a este (?:mensaje|correo)|en respuesta a este mensaje|en répondant à ce message|en réponse à ce message|rispondendo a questo messaggio|in risposta a questo messaggio|respondendo (?:a )?esta mensagem|em resposta a esta mensagem`;
/** A channel that is not Amazon: an e-mail address, a phone number, a messenger or social network, a site or shop of ours. */
const CHANNEL = compactRegExp(
  String.raw`[\p{L}\d._-]@[\p{L}\d-]{2,}\.[\p{L}]{2,}|\d[\d\s().-]{6,24}\d|(?<![\p{L}])(?:whats ?app|telegram|instagram|insta|facebook|messenger|wechat|signal|sms|e-?mail|mail|(?:our|unsere\p{L}?|notre|nuestr[ao]|nostr[ao]|noss[ao]) (?:web ?site|site|webseite|website|shop|boutique|tienda|loja|negozio|sito|página|pagina|blog|forum|fórum|group|gruppe|groupe|grupo|gruppo|community)|${HERE_AS_REPLY})(?![\p{L}])`,
  'u',
);
/** A refusal of the sending before it ("don't send", "nicht", "ne … pas", "no", "non", "não"). */
// (no bare "not" - "not only by mail", "do not" is read whole -, and "keine?" alone of German "kein-": the list as it was)
const REFUSED = new RegExp(
  `${wholeWords("don't", 'do not', EN_NEVER, DE_NICHT, DE_NIE, 'keine?', FR_PAS, JAMAIS, NO, NUNCA, IT_NON, IT_MAI, PT_NAO, PT_NEM)}|${EN_NT}`,
  'u',
);
/** German puts the negation after the verb and its objects: "schicken Sie uns Ihre Eindrücke nicht per Mail". */
const NOT_AFTER = /^[^.!?;\n]{0,30}?(?<![\p{L}])(?:nicht|nie|niemals)(?![\p{L}])/u;
const HESITATE = /(?<![\p{L}])(?:(?:don't|do not|never) hesitate|zögern sie (?:\p{L}+ )?nicht|n'hésitez (?:\p{L}+ )?pas|no (?:dude|dudes|duden)|non (?:esiti|esitate|esitare)|não (?:hesite|hesitem)|nicht zögern)(?![\p{L}])/gu;
const ON_AMAZON = /(?<![\p{L}])amazon(?![\p{L}])/u;
const ENTRY = 'impressions-via-other-channel';

/** review_request spans over sentences that ask for the buyer's impressions through a channel off Amazon (normalized copy). */
export function impressionsElsewhere(t: string): Span[] {
  const out: Span[] = [];
  // (literal gates, literal-gate.ts: OPINION needs one of its nouns, CHANNEL one of its literals - "@", a digit run has no
  // certain literal and keeps CHANNEL always tried; a text or sentence without them is not scanned)
  if (!gatedTest(OPINION, t) || !gatedTest(CHANNEL, t)) return out;
  for (const [at, to] of sentenceSpans(t, 500)) {
    const s = sliceOf(t, at, to);
    const o = gatedExec(OPINION, s);
    if (!o || !gatedTest(CHANNEL, s)) continue;
    const v = SENDS.exec(s);
    if (!v) continue;
    // (the refusal read before the sending verb, or between the opinion and the verb: "schicken Sie uns Ihre Eindrücke nicht per Mail")
    const from = Math.min(o.index, v.index);
    const last = Math.max(o.index, v.index);
    // ("don't hesitate" and its kin encourage: "Don't hesitate to send your impressions to hello@…", "No dude en mandarnos")
    if (REFUSED.test(s.slice(Math.max(0, from - 40), last).replace(HESITATE, ' ')) || NOT_AFTER.test(s.slice(last, last + 40).replace(HESITATE, ' '))) continue;
    // (an opinion left on Amazon with an address only as a signature is no channel of the ask)
    if (ON_AMAZON.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start: at, end: to, entry: `review_request:${ENTRY}` });
  }
  return out;
}
