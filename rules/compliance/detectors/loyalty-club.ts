// Session 32 (mrec32b): the seller's loyalty schemes told in a service reply, per sentence in the seven languages:
//   club at an address  a club, circle, membership or loyalty programme and a join verb, with the seller's web address in the sentence
//                       or the next one: `offplatform` + `marketing` ("Copperleaf Circle members hear about restocks ... joining takes a
//                       minute at copperleaf.club", "Únete a nuestro Club ... Inscríbete en x.club/alta", "darte de alta en club.x.shop");
//                       since s33 a messenger account of the seller's is such an address ("ご入会はLINE公式アカウントから", "join it in our
//                       WhatsApp group");
//   points              points collected on orders: "Sammeln Sie mit jeder Bestellung Treuepunkte", "earn points on every order",
//                       "cumulez des points", "acumula puntos", "accumuli punti", "junte pontos", "ポイントが貯まります";
//   programme joined    the buyer taken into the loyalty or VIP programme: "Pra gente te incluir no programa de fidelidade",
//                       "pour rejoindre notre programme testeurs VIP", "join our rewards club";
//   Nth order           a reward at a later order counted: "Al quinto il caffè te lo offriamo noi", "your fifth order is on us";
//   next order gift     a surprise or gift in whatever the buyer orders next, not tied to a review (review-incentive's);
//   referral            the buyer told to tell friends about the shop, a gift for it: "Tell them about Pinecrest Candles - when they
//                       place an order we'll send you a free travel tin".
// Not: a scheme denied ("we have no loyalty programme"), Amazon's own (Prime), the buyer's question about it (an answer), a review
// tied to the gift.
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { MESSENGER_APPS } from '../lexicon/shared';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

const CLUB = re(
  `${W}(?:club|circle|membership|members(?:-only)?|loyalty (?:programme|program|scheme|club)|rewards? (?:programme|program|club)|vip|kundenclub|treueprogramm|mitglied(?:schaft)?|programme (?:de fidélité|testeurs?|vip)|club (?:vip|fidélité)|programa de (?:fidelidad|puntos|fidelidade)|programa vip|programma (?:fedeltà|vip)|clube)${E}|会員|メンバーズ`,
);
const JOIN = re(
  `${W}(?:join\\p{L}{0,3}|sign(?:ing)? up|register|become a member|beitreten|treten sie|mitglied werden|anmelden|registrieren|rejoi\\p{L}{1,5}|inscr[iíé]\\p{L}{1,8}|adhér\\p{L}{1,4}|únete|unirte|(?:darte|darse|date|dese) de alta|iscriv\\p{L}{1,6}|entr[ai] (?:nel|a far parte)|cadastr\\p{L}{1,5}|entre (?:para|no)|participe|incluir)${E}|会員登録|入会|ご登録`,
);
const POINTS = re(
  `${W}(?:(?:collect|earn|rack up|sammeln sie|sammeln|cumulez|accumulez|gagnez|acumula|acumule|acumulas|accumul[ia]|raccogli|junte|acumule|ganhe) (?:\\p{L}+ ){0,5}(?:points|punkte|treuepunkte|bonuspunkte|puntos|punti|pontos)|(?:treuepunkte|points de fidélité|puntos de fidelidad|punti fedeltà|pontos de fidelidade))${E}|ポイントが(?:貯ま|たま)|ポイントを(?:貯め|ため)`,
);
const NTH_ORDER = re(
  `${W}(?:(?:your |the )?(?:third|fourth|fifth|sixth|tenth|next) (?:order|purchase) (?:is|will be|comes) (?:on us|free)|(?:al|alla|il) (?:terz|quart|quint|sest|decim)[oa](?! (?:giorno|día|dia|mese|mes|settimana|semana|anno|año))(?: ordine| acquisto)?,? (?:\\p{L}+ ){0,5}(?:offriamo|regaliamo|omaggio|gratis)|(?:bei|ab) (?:der|ihrer) (?:dritten|vierten|fünften|zehnten) bestellung (?:\\p{L}+ ){0,5}(?:gratis|geschenkt|kostenlos)|(?:à|dès) (?:la|votre) (?:troisième|quatrième|cinquième|dixième) commande,? (?:\\p{L}+ ){0,5}(?:offert|gratuit|cadeau)|(?:en|a partir de) (?:el|su|tu) (?:tercer|cuarto|quinto|décimo) pedido,? (?:\\p{L}+ ){0,5}(?:regalamos|gratis|invitamos)|(?:no|a partir do) (?:seu |teu )?(?:terceiro|quarto|quinto|décimo) pedido,? (?:\\p{L}+ ){0,5}(?:brinde|grátis|de presente))${E}`,
);
const NEXT_ORDER = re(
  `${W}(?:whatever you order (?:from us )?next|(?:in|with) your next (?:order|parcel|box)|(?:bei|in|mit) ihrer nächsten bestellung|(?:dans|avec) votre prochaine commande|en (?:su|tu) próximo pedido|(?:nel|con il) (?:suo|tuo) prossimo ordine|(?:no|em|com o) (?:seu|teu) próximo pedido)${E}|次回のご注文`,
);
const GIFT = re(
  `${W}(?:surprise|gift(?! ?wrap)|treat|freebie|(?<!feel )free|überraschung\\p{L}*|geschenk|gratis|cadeau|sorpresa|regalo|regalito|omaggio|brinde|surpresa|mimo)${E}|プレゼント(?!包装)|おまけ|ささやかな`,
);
// ("feel free to tell your friends about the recall", gift wrapping chosen for the next order: no gift - merge review s32)
/** What members get: perks, offers, news first, gifts - or a loyalty scheme by name. A club only to register a warranty or reach a
 *  guide ("Sign up at x.club to get your care guide", 延長保証をご希望の場合は…会員登録) is the offplatform rules' matter alone. */
const PERK = re(
  `${W}(?:exclusive|perks?|benefits?|early access|restocks?|members-only|before anyone else|offers?|deals?|discounts?|loyalty|rewards?|vorteile?|exklusiv\\p{L}{0,2}|angebote?|rabatt\\p{L}{0,2}|neuheiten|treue\\p{L}{0,8}|prämien|avantages?|exclusi\\p{L}{1,3}|offres?|remises?|nouveautés|fidélité|ventajas?|ofertas?|descuentos?|novedades|acceso anticipado|fidelidad|vantaggi|offerte|sconti|novità|fedeltà|vantagens?|descontos?|novidades|fidelidade|regalo|gift|cadeau|brinde|omaggio)${E}|特典|割引|セール|新作|ポイント|(?:会員|メンバー)(?:様)?(?:限定|専用)`,
);
const REFER = re(
  `${W}(?:tell (?:them|your friends|a friend|friends|others) about|recommend us to|empfehlen sie uns (?:weiter|ihren freunden)|parlez de nous|recomiéndanos|háblales de nosotros|parla di noi|consigliaci|indique (?:a gente|nossa loja|a nossa loja))${E}`,
);
/** A messenger the seller runs, named as where the club is joined ("ご入会はLINE公式アカウントから承っております", "join the club in our
 *  WhatsApp group", "rejoignez le club sur Telegram"): the same way off Amazon as the club's web address. LINE only as an account
 *  (公式, @, アカウント, an id, から/で/にて after it), not the English word ("drop us a line", "product line"). */
// why: s33 rec33 - s30wm2-ja-008 (a members-only tea circle, joined through the shop's LINE account: marketing was missed)
const MESSENGER = re(`${W}(?:${MESSENGER_APPS})${E}|(?<![a-z])line(?=公式|@|アカウント|から|で|にて| ?id${E})|公式line|ライン公式`);
const NOT_OFFERED = re(
  `${W}(?:no (?:loyalty|club|points|membership|rewards|longer|tenemos|hay|ofrecemos|contamos)|not|don't|do not|kein\\p{L}{0,2}|nicht|pas|aucun\\p{L}?|ningún|ninguna|nessun\\p{L}?|non|não|nenhum\\p{L}?|prime)${E}|ございません|ありません|不要|必要ありません`,
);
/** A VIP status joined: the status is the perk, also where a review is what the member gives ("pour rejoindre notre programme testeurs
 *  VIP, il suffit de nous envoyer la capture de votre avis", "join our VIP testers club", "treten Sie unserem VIP-Testerclub bei", "únete
 *  a nuestro programa VIP de probadores", "entri nel nostro programma VIP", "entre para o nosso clube VIP", "VIP会員にご登録"): a club
 *  promoted, as the dev rows label it (s6-fr-0006, s31g2-fr-017: marketing beside the review's leading). A testers' club with no VIP in
 *  exchange for reviews stays the review rules' alone (s5-*-0018: leading + review_request). */
// why: s33 r4x33 - s30wr2-fr-010, a VIP testers programme joined by a review screenshot, missed its marketing
const VIP = re(`${W}vip${E}|ＶＩＰ`);
const REVIEW = re(`${W}(?:review\\p{L}{0,2}|feedback|bewert\\p{L}*|rezension\\p{L}*|avis|reseña\\p{L}{0,2}|opini\\p{L}+|recension\\p{L}*|avalia\\p{L}+)${E}|レビュー|評価`);
const ASKED = re(`${W}(?:club|points?|punkte|puntos|punti|pontos|loyalty|fidelity|fidélité|fidelidad|fedeltà|fidelidade|member\\p{L}*|mitglied\\p{L}*)${E}|会員|ポイント`);

/** offplatform + marketing over a club joined at the seller's address, marketing over the other loyalty schemes. `addresses`: the
 *  text's url findings; `buyerText`: the buyer's message, normalized. */
export function loyaltyClubs(t: string, addresses: readonly Span[], buyerText: string): Span[] {
  if (buyerText && ASKED.test(buyerText)) return [];
  const urls = addresses.filter((a) => a.rule === 'url');
  const out: Span[] = [];
  const sentences = sentenceSpans(t, 400);
  for (let i = 0; i < sentences.length; i++) {
    const [from, to] = sentences[i]!;
    const s = sliceOf(t, from, to);
    const club = CLUB.test(s);
    const join = JOIN.test(s);
    if (NOT_OFFERED.test(s)) continue;
    const urlIn = (a: number, b: number) => urls.some((u) => u.start >= a && u.start < b) || MESSENGER.test(sliceOf(t, a, b));
    // (the club in the sentence or the address itself, the join verb and the address here or in the next sentence)
    const next = sentences[i + 1];
    const nextJoin = next && urlIn(next[0], next[1]) && JOIN.test(sliceOf(t, next[0], next[1])) ? next : null;
    const perk = PERK.test(s) && !REVIEW.test(s);
    if (club && perk && ((join && urlIn(from, to)) || nextJoin)) {
      const end = nextJoin && !(join && urlIn(from, to)) ? nextJoin[1] : to;
      out.push({ rule: 'offplatform', severity: 'block', start: from, end, entry: 'offplatform:club-signup-structure' });
      out.push({ rule: 'marketing', severity: 'block', start: from, end, entry: 'marketing:club-signup-structure' });
      continue;
    }
    const scheme =
      POINTS.test(s) ||
      (club && join && (perk || VIP.test(s))) ||
      NTH_ORDER.test(s) ||
      (NEXT_ORDER.test(s) && GIFT.test(s) && !REVIEW.test(s)) ||
      (REFER.test(s) && GIFT.test(s));
    if (scheme) out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:loyalty-scheme-structure' });
  }
  return out;
}
