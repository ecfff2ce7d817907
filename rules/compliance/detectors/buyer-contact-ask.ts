// (s31 mrec) The buyer's own contact channel asked of the buyer by the seller, in the seven languages: an ask addressed to the
// seller ("send me", "pásame", "mi lasci", "informe", "教えて") with the buyer's own e-mail or mobile number ("your personal
// e-mail", "tu número de móvil", "il suo indirizzo di posta", "seu celular com DDD", "お客様の携帯番号"), or a question which
// address the buyer uses ("Which email do you use?", "¿Qué correo usa?"). README conventions: asking for the buyer's own contact
// details is `offplatform` + `personal_data` - the lexicons often found one of the two (a birth date beside the number, the "outside
// Amazon" of the question). Not the carrier's or Amazon's use of the number ("the driver may call your mobile", "update your e-mail in
// your Amazon account"), not a refusal ("we never ask for your mobile number"), not mail already sent ("we sent it to your e-mail"), not a
// denial anywhere in the sentence ("Ihre E-Mail-Adresse brauchen wir nicht").
// Per sentence (sentence.ts), bounded patterns on the normalized (lower-cased) text, the contact noun through its literal gate.
import { gatedTest } from './literal-gate';
import type { Span } from './span';
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';
import { NEGATION } from './promotion-guards';
import { sentenceSpans } from './sentence';

const re = (source: string) => accentOptionalRe(compactRegExp(source, 'u'));
const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

/** The buyer's own contact channel: a possessive before an e-mail, mobile, messenger or social-handle noun; or the question which
 *  address / number the buyer uses. */
// (not a social handle: "tell us your Instagram name" is `personal_data` alone in the team's rows - s5/s6/s8/s13/s17/s22; not the
// phone's model, "qual o modelo do seu celular?"; not a seller's address in Japanese - only お客様の marks the buyer's)
const BUYER_CONTACT = re(
  `${W}(?:(?:your|ur) (?:own |personal |private |other |alternative |best |preferred )?(?:e-?mail(?: address)?|(?:mobile|cell(?: ?phone)?|whats ?app) number)` +
    `|(?:which|what) (?:e-?mail(?: address)?|mobile number|cell number) (?:do|should|can|would) you` +
    `|(?:ihre?|deine?)[nmrs]? (?:private[nr]? |persönliche[nr]? |andere[nr]? )?(?:e-?mail(?:-adresse)?|mailadresse|handynummer|mobilnummer|whats ?app-nummer)` +
    `|(?:votre|ton|ta|vos) (?:adresse )?(?:e-?mail|mail|courriel|adresse (?:e-?mail|mail)|num[ée]ro de (?:portable|mobile|whats ?app))` +
    `|(?:tu|su) (?:correo(?: electr[óo]nico)?|e-?mail|n[úu]mero de (?:m[óo]vil|celular|whats ?app)|tel[ée]fono m[óo]vil)` +
    `|qu[ée] (?:correo|e-?mail) (?:usa|usas|utiliza|utilizas|tiene|tienes)` +
    `|(?:la |il )?(?:sua|tua|suo|tuo) (?:mail|e-?mail|indirizzo (?:e-?mail|email|mail|di posta)|numero di (?:cellulare|whats ?app))` +
    `|(?:o |a )?(?:seu|teu|sua|tua) (?:e-?mail|(?:celular|whats ?app|zap) com ddd)|n[úu]mero (?:d[oe] )?(?:seu |teu )?(?:celular|whats ?app)` +
    // (s35) the question which address the buyer uses in the other languages, and another address than the one Amazon relays
    // ("an alternative e-mail address", "¿Me confirma un correo alternativo?", "eine andere E-Mail-Adresse", "une autre adresse
    // mail", "un indirizzo e-mail alternativo", "um e-mail alternativo"), or where the seller should e-mail the buyer ("where should
    // I email it?"): an address of the buyer's own, off Amazon. Not "another email from us" (no address noun in English).
    `|welche (?:e-?mail(?:-adresse)?|mailadresse|handynummer) (?:nutzen|verwenden|haben) sie|quel(?:le)? (?:adresse )?(?:e-?mail|mail|courriel) (?:utilisez|avez)[- ]vous|(?:che|quale) (?:e-?mail|mail|indirizzo e-?mail) (?:usa|usi|utilizza|utilizzi)|qual (?:o )?e-?mail (?:(?:voc[êe] )?(?:usa|utiliza))` +
    `|(?:an? (?:alternative|other|different|second|backup)|another) e-?mail address|an alternative e-?mail|where (?:should|shall|can|do you want) (?:i|we|me|us)(?: to)? e-?mail` +
    `|(?:un|otro) (?:correo|e-?mail)(?: electr[óo]nico)? (?:alternativo|distinto|diferente)|otra direcci[óo]n de (?:correo|e-?mail)` +
    `|(?:eine )?(?:andere|alternative|zweite|weitere) (?:e-?mail-adresse|mailadresse)|(?:une )?autre adresse (?:e-?mail|mail)|(?:une )?adresse (?:e-?mail|mail) (?:alternative|diff[ée]rente)` +
    `|un(?:'| )altr[oa] (?:indirizzo (?:e-?mail|email|mail)|e-?mail|mail)|un (?:indirizzo )?(?:e-?mail|mail) alternativ[oa]|(?:um )?outro e-?mail|um e-?mail alternativo` +
    // (s36 ff36: the address named by what the buyer wants sent to it - "the e-mail you'd like the key sent to", "l'adresse e-mail sur
    // laquelle vous souhaitez la recevoir", "el correo en el que quiere recibirla", "l'indirizzo e-mail su cui desidera riceverla", "o
    // e-mail em que você quer receber", "die E-Mail-Adresse, an die wir ... senden sollen": the buyer's own address asked, no "your")
    `|the e-?mail(?: address)? (?:(?:that|which|where) )?you(?:'d| would)? (?:like|want|prefer)` +
    `|(?:l')?adresse (?:e-?mail|mail) (?:sur|à) laquelle (?:vous|tu)|(?:el )?(?:correo|e-?mail)(?: electr[óo]nico)? (?:en |a|al )?(?:el )?(?:que|cual) (?:quiere|quieres|desea|deseas|prefiere|prefieres)` +
    `|(?:l')?indirizzo (?:e-?mail|email|mail) (?:su|a) cui (?:desidera|desideri|vuole|vuoi|preferisce|preferisci)|(?:o )?e-?mail (?:em|no) (?:que|qual) (?:voc[êe] )?(?:quer|deseja|prefere)` +
    `|(?:die )?(?:e-?mail-adresse|mailadresse),? an die (?:wir|ich)` +
    `)${E}|お客様の(?:メールアドレス|携帯(?:電話)?番号)`,
);

/** An ask addressed to the seller: give / send / tell us, a need of ours, a question for the value. */
const ASK = re(
  `${W}(?:(?:send|give|tell|text|drop|e-?mail|leave|share with) (?:me|us)|(?:reply|respond|answer) with|(?:merci de|veuillez|pourriez-vous|pouvez-vous) (?:nous |me )?(?:indiquer|communiquer|donner|envoyer|transmettre|pr[ée]ciser)|(?:can|could|would) you (?:send|give|share|tell|confirm|provide|leave)|please (?:send|share|provide|confirm|give|tell|leave)|(?:we|i)(?:'ll| will)? (?:need|require)|what(?:'s| is)|which` +
    `|(?:geben|schicken|senden|nennen|verraten|teilen) sie (?:uns|mir)|(?:gib|schick|sende|nenn|verrat) (?:uns|mir)|verrätst du (?:uns|mir)|(?:brauchen|benötigen) (?:wir|ich)|wie lautet|welche` +
    `|envoye[zr][ -](?:moi|nous)|donne[zr][ -](?:moi|nous)|indique[zr][ -](?:moi|nous)|communique[zr][ -](?:moi|nous)|laisse[zr][ -](?:moi|nous)|transmette[zr][ -](?:moi|nous)|(?:pouvez|pourriez)-vous (?:me |nous )?(?:donner|envoyer|communiquer|indiquer|laisser)|(?:nous )?avons besoin|quel(?:le)? est` +
    `|p[áa]same|p[áa]sanos|dame|danos|dime|dinos|ind[íi]ca(?:me|nos)|ind[íi]que(?:me|nos)|(?:me|nos) (?:indica|indicas|pasa|pasas|das|da|dice|dices|confirma|confirmas|env[íi]a|env[íi]as|manda|mandas|facilita|facilitas|deja|dejas)|env[íi]a(?:me|nos)|m[áa]nda(?:me|nos)|d[ée]ja(?:me|nos)|necesitamos|necesito|cu[áa]l es` +
    `|(?:mi|ci) (?:lasci|lascia|mandi|manda|scriva|invii|indichi|dia|dica)|lascia(?:mi|ci)|manda(?:mi|ci)|scrivi(?:mi|ci)|invia(?:mi|ci)|indica(?:mi|ci)|dimmi|dammi|(?:ci|mi) serve|abbiamo bisogno|qual [èe]` +
    `|informe|envie|mande|(?:me|nos) (?:passa|passe|manda|envia|informa)|passa(?:-me| pra mim)|deixe|confirme|precisamos|preciso|qual (?:[ée]|o|a)|pode mandar` +
    // (modal asks: "Könnten Sie uns ... nennen?", "Ci può indicare ...?", "Pode me passar ...?")
    `|(?:könnten|können|würden) sie (?:uns|mir)|(?:mi|ci) (?:può|potrebbe) (?:indicare|dare|lasciare|mandare|scrivere|comunicare)|(?:pode|poderia) (?:me |nos )?(?:passar|mandar|enviar|informar|dizer|confirmar))${E}|教えて|お知らせ(?:くださ|いただ|願)|ご記入|ご入力|お送りくださ`,
);

/** (s35) The question forms of BUYER_CONTACT are their own ask ("¿Qué correo usa?", "Welche E-Mail-Adresse nutzen Sie?", "Che e-mail usa?",
 *  "where should I email it?") - not a bare "que"/"che", the relative pronoun ("crea la cuenta con tu correo y escanea el código que ..."). */
const SELF_ASK = re(
  `${W}(?:qu[ée] (?:correo|e-?mail) (?:usa|usas|utiliza|utilizas|tiene|tienes)|welche (?:e-?mail(?:-adresse)?|mailadresse|handynummer) (?:nutzen|verwenden|haben) sie|quel(?:le)? (?:adresse )?(?:e-?mail|mail|courriel) (?:utilisez|avez)[- ]vous|(?:che|quale) (?:e-?mail|mail|indirizzo e-?mail) (?:usa|usi|utilizza|utilizzi)|qual (?:o )?e-?mail (?:(?:voc[êe] )?(?:usa|utiliza))|where (?:should|shall|can|do you want) (?:i|we|me|us)(?: to)? e-?mail)${E}`,
);

/** Amazon's or a carrier's use of the buyer's number or address: the seller asks nothing for itself. */
const THIRD_PARTY = re(
  `${W}(?:amazon(?:-| )?(?:account|konto|kundenkonto|compte|cuenta|conta|profil\\p{L}{0,2})|carrier|courier|driver|delivery (?:company|service)|zusteller\\p{L}{0,2}|paketdienst|spedition|transporteur|livreur|transportista|repartidor|mensajero|corriere|spedizioniere|transportadora|entregador|motorista)${E}|配送業者|ドライバー|運送会社`,
);

/** The buyer told to look in their own mailbox, right before it ("check your e-mail", "prüfen Sie Ihre E-Mail", "vérifiez votre
 *  mail", "mira en tu correo", "controlli la sua mail", "confira seu e-mail"): the address is read, not asked - the ask verb of the
 *  sentence is for something else ("send us a photo and check your e-mail"). */
const CHECK_BEFORE = re(
  `${W}(?:check|look (?:in|at|through)|search|prüfen sie(?: bitte)?|prüf|schauen sie(?: bitte)?(?: in)?|sehen sie(?: bitte)?(?: in)?|vérifiez|consultez|regardez(?: dans)?|mira(?: también)?(?: en)?|mire(?: también)?(?: en)?|revisa|revise|controll[ai](?: anche)?(?: nella)?|guardi(?: nella)?|verifica|verifique|confira|confere|olhe|veja)(?: (?:bitte|also|too|aussi|también|anche|também))? ?$`,
);

/** Mail already gone, or a notice about the buyer's own address (past tense of sending): no ask. */
const ALREADY_SENT = re(`${W}(?:(?:we|i) (?:have |'ve )?(?:sent|emailed)|haben (?:wir|ich) (?:\\p{L}+ ){0,3}(?:geschickt|gesendet)|(?:nous )?avons envoy|hemos enviado|abbiamo inviato|enviamos para)${E}`);

export function buyerContactAsks(t: string): Span[] {
  const out: Span[] = [];
  for (const [a, b] of sentenceSpans(t, 600)) {
    const s = t.slice(a, b);
    if (!gatedTest(BUYER_CONTACT, s)) continue;
    const m = BUYER_CONTACT.exec(s);
    if (!m || !(ASK.test(s) || SELF_ASK.test(s)) || CHECK_BEFORE.test(s.slice(Math.max(0, m.index - 28), m.index)) || THIRD_PARTY.test(s) || ALREADY_SENT.test(s) || NEGATION.test(s)) continue;
    const start = a + m.index;
    const end = start + m[0].length;
    out.push({ rule: 'personal_data', severity: 'block', start, end, entry: 'personal_data:buyer-contact-asked' });
    out.push({ rule: 'offplatform', severity: 'block', start, end, entry: 'offplatform:buyer-contact-asked' });
  }
  return out;
}
