// The buyer asked to tell how the item does, for the buyers still choosing, with no review word (s30 rev30): "Tell the next
// hikers in a few lines how the boots handle wet rock", "Dites en deux lignes ce que vous en pensez, ça aidera les futurs
// acheteurs", "Racconta come si comporta, sarà utile a chi deve ancora scegliere", "Conta pra quem ainda está em dúvida como
// ele se saiu". A public account of the item written for other buyers is a review: review_request (README: an opinion asked,
// also without a "leave a review" verb).
// Read per sentence (and the one after, for the beneficiary): a telling verb addressed to the buyer (an imperative, TELL), the
// buyer's experience as its object (EXPERIENCE: how it performs, what you think, your experience), and either other or future
// buyers as those it serves (OTHERS) or - for an opinion object only - a short written length ("in a few lines", LENGTH).
// Not: a fault described to the seller ("Tell us in a few words what went wrong", "Décrivez-nous le problème": no experience
// object), how it works asked for support ("Dites-nous comment fonctionne votre prise": a performance object needs OTHERS), others
// who told the seller ("Other buyers told us ...": no imperative), other models or parts ("how it works with other chargers":
// OTHERS needs a person noun and no preposition of use before it), the seller refusing ("we never ask you to tell ...").
// Japanese: the feel of use (使い心地, 使用感, ご感想) asked (お聞かせ, 教えて, お寄せ) for those weighing a purchase (検討中の方,
// 迷っている方, 次に購入される方, 他のお客様) - 「不具合の内容をお知らせください」 names no experience and no other buyer.
// (TELL and EXPERIENCE_RE through their literal gates: read per sentence, they cost 0.17 ms of a 2,000-character check ungated)
import { gatedTest, mayMatch } from './literal-gate';
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';
import { DE_NICHT, DE_NIE, DE_NIEMALS, EN_NEVER, EN_NOT, EN_NT, NUNCA, JAMAIS, IT_MAI, IT_NON, PT_NAO, wholeWords } from '../negation';

export const EXPERIENCE_ENTRY = 'review_request:experience-told-to-others';

/** An imperative telling verb put to the buyer, at a clause start (en) or in an imperative form (de with "Sie", fr/es/it/pt). */
const TELL = accentOptionalRe(
  compactRegExp(
    String.raw`(?:^\s*|[,;:(\x96\x97–—-]\s?|(?<![\p{L}])(?:please|just|and|then|so|kindly|could you|would you|can you) )(?:tell|share|describe|write|let)(?![\p{L}])|(?<![\p{L}])(?:(?:erzählen|schreiben|berichten|teilen|verraten|beschreiben) sie|erzähl|schreib|berichte|teil|verrat|dites|racontez|raconte|décrivez|décris|partagez|partage|écrivez|écris|cuent(?:a|e)(?:les|nos|le)?|cuént(?:a|e)(?:les|nos|le)|describ(?:e|a)(?:les|nos)?|descríb(?:e|a)(?:les|nos)|compart(?:e|a)(?:les|nos)?|escrib(?:e|a)(?:les|nos)?|escríb(?:e|a)(?:les|nos)|díga(?:les|nos)|dile|diles|racconta(?:ci|gli)?|racconti|descrivi|descriva|condividi|condivida|scrivi(?:ci)?|scriva(?:ci)?|dica|dicci|conta|conte|descreva|descreve|compartilh(?:e|a)|partilh(?:e|a)|escreva|escreve|diga|fala|fale)(?![\p{L}])`,
    'u',
  ),
);
/** The buyer's opinion as the object: what you think, your experience or impressions. */
const OPINION = String.raw`what you think|your (?:experience|impressions|thoughts)|was sie (?:von|vom|davon)(?: \p{L}{1,15}){0,3} halten|ihre (?:erfahrung(?:en)?|eindrücke)|ce que vous (?:en )?pensez|votre (?:expérience|ressenti)|vos impressions|qué (?:te|le) parece|(?:su|tu) experiencia|(?:sus|tus) impresiones|cosa ne (?:pensa|pensi)|la (?:sua|tua) esperienza|le (?:sue|tue) impressioni|o que (?:você )?(?:achou|acha)|(?:sua|tua) experiência|(?:suas|tuas) impressões`;
const OPINION_RE = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:${OPINION})(?![\p{L}])`, 'u'));
/** ... or how the item does: "how the boots handle", "wie sich der Mixer schlägt", "comment il se comporte", "qué tal se porta",
 *  "come si comporta", "como ele se saiu". */
const EXPERIENCE_RE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:${OPINION}|how (?:it|they|the(?: [^\s.!?,]{1,15}){1,2}) \p{L}{2,14}|wie (?:sich )?(?:er|sie|es|der|die|das)(?: [^\s.!?,]{1,15}){0,5} (?:schlägt|macht|bewährt|funktioniert|anfühlt|hält|läuft|geschlagen)|comment (?:il|elle|ils|elles|le|la|les|l')[^.!?,]{0,30}? (?:se comporte|s'en sort|fonctionne|tient|marche)|comment (?:se comporte|fonctionne|s'en sort)|qué tal (?:se porta|funciona|le va|te va|va)|cómo (?:se porta|funciona|le ha ido|te ha ido|le va|te va)|come (?:si comporta|funziona|si trova|ti trovi|le sembra|ti sembra|va)|como (?:ele|ela|eles|elas|o|a)(?: [^\s.!?,]{1,15}){0,3} (?:se saiu|se saíram|se comporta|se comportou|funciona)|como (?:funciona|se saiu|se comporta|foi))(?![\p{L}])`,
    'u',
  ),
);
/** Other or future buyers, or those still deciding, as the ones the account serves; not after a preposition of use ("with other
 *  chargers", "mit anderen Fahrrädern", "avec les autres composants") - a person noun after other / future / next. */
const PERSONS = String.raw`(?:buyers|customers|shoppers|people|parents|owners|users|families|\p{L}{2,15}(?:ers|ists)|käufer\p{L}{0,2}|kunden|kundinnen|nutzer\p{L}{0,2}|eltern|\p{L}{2,15}(?:ern|innen)|acheteurs|clients|\p{L}{2,15}(?:eurs|euses|istes)|compradores|clientes|padres|\p{L}{2,15}(?:ores|oras|istas)|acquirenti|clienti|genitori|\p{L}{2,15}(?:tori|trici|isti))`;
const OTHERS_RE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?<!(?:with|on|in|of|mit|bei|von|an|auf|zu|aus|avec|sur|dans|de|con|en|di|su|da|com|em) (?:the |les |los |las |i |gli |le |os |as |die |den |der )?)(?:other|future|next|fellow|anderen?|künftigen?|zukünftigen?|späteren?|autres|futurs|prochains|nouveaux|otros|otras|futuros|futuras|próximos|próximas|altri|altre|futuri|prossimi|outros|outras|próximos)(?: [^\s.!?,]{1,15})? ${PERSONS}(?![\p{L}])|(?<![\p{L}])(?:anyone|those|people|everyone) (?:who (?:is|are) )?still (?:deciding|choosing|unsure|on the fence|in doubt)|(?<![\p{L}])those (?:still )?(?:deciding|choosing|on the fence)|(?<![\p{L}])(?:allen unentschlossenen|(?:alle|allen|die|denen),? die noch (?:überlegen|unentschlossen sind|zögern|schwanken)|wer noch (?:überlegt|unentschlossen ist|zögert|schwankt))|(?<![\p{L}])ceux qui (?:hésitent|hésitent encore|doivent encore choisir|se posent (?:encore )?la question)|(?<![\p{L}])(?:quien|quienes|los que|las que) (?:aún|todavía) (?:duda|dudan|dude|no se decide|no se deciden|está dudando|están dudando)|(?<![\p{L}])chi (?:deve|devono|sta|stanno|è|e') (?:ancora )?(?:sceglier\p{L}{0,4}|decidendo|valutando|indecis[oai]|in dubbio)|(?<![\p{L}])quem (?:ainda )?(?:está|tá|esta|fica|anda) (?:em dúvida|na dúvida|indecis[oa])|(?<![\p{L}])quem (?:ainda )?(?:vai|pensa em|está pensando em|quer) (?:comprar|escolher|decidir)`,
    'u',
  ),
);
/** A short written text asked for: "in a few lines", "in ein paar Sätzen", "en deux lignes", "en pocas palabras", "in due righe",
 *  "umas duas linhas". */
const LENGTH_RE = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:a|one|two|three|a couple of|a few|ein paar|zwei|drei|wenigen|einigen|quelques|deux|trois|dos|tres|unas|pocas|algunas|due|tre|poche|qualche|duas|três|poucas|algumas|umas(?: duas)?)(?: \p{L}{1,8})? (?:lines?|words|sentences|sätzen?|zeilen|worten|wörtern|mots|lignes|phrases|líneas|palabras|frases|righe|riga|parole|linhas|palavras)(?![\p{L}])`,
    'u',
  ),
);
/** The seller refusing to ask, before the verb: "we never ask you to tell", "nous ne vous demandons jamais de". */
// (no "kein-", "pas", "nem" or "no": a negated telling, "never told", "nie erzählt", "jamais dit", "non ha detto" - the list as it was)
const REFUSED = accentOptionalRe(compactRegExp(
  `${wholeWords(EN_NEVER, EN_NOT, DE_NIE, DE_NIEMALS, DE_NICHT, JAMAIS, NUNCA, IT_MAI, IT_NON, PT_NAO)}|${EN_NT}(?![\\p{L}])`,
  'u',
));

/** The telling addressed to the seller ("tell us", "let us know", "sagen Sie uns", "dites-nous", "cuéntanos", "ci dica", "conte pra
 *  gente"): a message to the seller, no public account - unless the sentence says the account serves the others (BENEFIT).
 *  (merge review: "Please tell us how the new filter works, so we can improve the instructions for future customers", "Let us
 *  know what you think of the replacement; other buyers had the same issue" - feedback to the seller, other buyers only named) */
const TO_SELLER = accentOptionalRe(
  compactRegExp(
    String.raw`^(?:tell|let|describe|write|share)(?: (?:it |this )?(?:to|with))? (?:us|me)(?![\p{L}])|^(?:erzählen|schreiben|berichten|teilen|verraten|beschreiben|sagen) sie (?:uns|mir)(?![\p{L}])|^(?:dites|racontez|décrivez|écrivez|partagez)-(?:nous|moi)|^(?:cuént|descríb|escríb|díg|cont)[ae]?(?:nos|me)(?![\p{L}])|^(?:dicci|raccontaci|descrivici|scrivici|dimmi|raccontami)|^(?:conte|diga|escreva|descreva)(?:-(?:nos|me)| (?:pra|para) (?:a gente|nós|mim))(?![\p{L}])`,
    'u',
  ),
);
/** What TELL may match before its verb. */
const LEAD_IN = /^\s*(?:[,;:(\x96\x97–—-]\s?)?(?:(?:please|just|and|then|so|kindly|could you|would you|can you) )?/u;
/** The account said to serve the others: help, guide, be useful to them, written for those still choosing. */
const BENEFIT = /(?<![\p{L}])(?:help\p{L}{0,3}|guid\p{L}{1,3}|useful|hilf\p{L}{0,2}|helfen|orientierung|aider\p{L}{0,2}|aidera|guider|servira|servir|utile|ayud\p{L}{1,3}|guiar|útil|aiut\p{L}{1,4}|guidare|ajud\p{L}{1,4}|(?:for|für|pour|para|pra|per) (?:those|anyone|everyone|all|alle|ceux|celles|quien(?:es)?|quem|chi|los que|las que|aqueles|quelli))(?![\p{L}])|参考/u;

/** A fault, an issue or the delivery told, a cause asked, or a replacement or part promised: support, not an account of the item for
 *  others ("Please write in a few words what you think went wrong with the delivery", "Décrivez ce que vous pensez être la cause, et
 *  nous vous enverrons une pièce", "Please share how the issue started, so we can help other customers with the same model", "Let
 *  the courier know how the parcel should be left; other customers ..." - s30 mend review). */
const FAULT = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:problems?|issues?|faults?|faulty|noises?|leak\p{L}{0,3}|defects?|defective|errors?|damage\p{L}?|broken|parcels?|packages?|deliver\p{L}{0,3}|courier|went wrong|goes wrong|happened|cause[ds]?|replacement|spare parts?|fehler\p{L}{0,2}|geräusch\p{L}{0,2}|defekt\p{L}{0,2}|schaden|schäden|undicht|paket\p{L}{0,2}|lieferung|ersatz\p{L}{0,4}|ursache|passiert|défauts?|problèmes?|bruits?|pannes?|fuites?|cassée?s?|colis|livraison|livreur|pièces? de rechange|une pièce|la pièce|remplacement|ce qui (?:est|s'est) (?:arrivé|passé)|fall(?:a|o|as|os|e)|averías?|problemas?|ruidos?|defectos?|fugas?|paquetes?|entrega|repuestos?|recambios?|pas[óo]|ocurri[óo]|difett\p{L}{0,2}|guast\p{L}{0,2}|rumor\p{L}{0,2}|perdit\p{L}{0,2}|dann[oi]|danneggi\p{L}{1,4}|pacco|consegna|corriere|ricambi\p{L}?|successo|causa|defeitos?|ru[íi]dos?|avarias?|vazament\p{L}{0,2}|encomenda|entregador|peças?|aconteceu|quebr\p{L}{1,3})(?![\p{L}])|故障|不具合|破損|配送`,
    'u',
  ),
);

const JA_EXPERIENCE = /使い心地|使用感|使ってみた|ご?感想|ご?意見/u;
const JA_ASK = /お聞かせ|聞かせて|教えて|お寄せ|お知らせ/u;
const JA_OTHERS = /(?:検討(?:中|され)|迷って|悩んで|次に(?:ご)?購入|これから(?:ご)?購入|他の(?:お客様|方)|ほかの(?:お客様|方))[^。！？\n]{0,16}?(?:方|お客様)?(?:の|へ|に)?(?:ため|参考|向けて)?/u;

/** review_request spans (normalized copy) over sentences that ask the buyer to tell others how the item does. */
export function experienceForOthers(t: string): Span[] {
  const out: Span[] = [];
  const all = sentenceSpans(t, 400);
  for (let k = 0; k < all.length; k++) {
    const [start, end] = all[k]!;
    const s = sliceOf(t, start, end);
    if (JA_EXPERIENCE.test(s) && JA_ASK.test(s) && JA_OTHERS.test(s)) {
      out.push({ rule: 'review_request', severity: 'block', start, end, entry: EXPERIENCE_ENTRY });
      continue;
    }
    const tell = mayMatch(TELL, s) ? TELL.exec(s) : null;
    if (!tell) continue;
    if (REFUSED.test(s.slice(Math.max(0, tell.index - 40), tell.index))) continue;
    const rest = s.slice(tell.index);
    if (!gatedTest(EXPERIENCE_RE, rest) || FAULT.test(s)) continue;
    const next = all[k + 1];
    const nextText = next !== undefined ? sliceOf(t, next[0], next[1]) : '';
    // (others after the verb, as those told or served; in the next sentence only as those the account helps - "Other users reported a
    // loose cable" after "describe how the fault shows up" names them, no more)
    const benefit = BENEFIT.test(s) || BENEFIT.test(nextText);
    const served = OTHERS_RE.test(rest) || (benefit && (OTHERS_RE.test(s) || OTHERS_RE.test(nextText)));
    if (TO_SELLER.test(rest.replace(LEAD_IN, '')) && !(served && benefit)) continue;
    if (!served && !(OPINION_RE.test(rest) && LENGTH_RE.test(s))) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: EXPERIENCE_ENTRY });
  }
  return out;
}
