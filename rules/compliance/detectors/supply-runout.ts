// Session 36 (fh36, consumables): an unasked reorder reminder - the seller estimates when the buyer's own supply runs out and
// prompts the next order now - is a purchase nudge, `marketing` (policy: no promotion in a service message). Per sentence, in the
// seven languages: the buyer's supply told as running out (days from empty, "le quedan unas semanas", "bald aufgebraucht",
// "acaba semana que vem", なくなる頃) and, in that sentence or the next, a buy verb with a now or "the next one":
//   "your jar of protein will be empty in about a week - order the next one now", "Ihr Vorrat an Kaffee ist bald aufgebraucht,
//   jetzt nachbestellen", "votre flacon sera vide d'ici dix jours : commandez dès maintenant", "al tuo barattolo restano pochi
//   giorni, ordina ora", "le quedan unos días a tu bote; si lo pides ya ...", "seu pote acaba mês que vem, garanta o próximo agora",
//   「そろそろなくなる頃です。今のうちにご注文ください」.
// Not: the seller's own stock running out (no second-person supply: "we ran out of stock, we refund your order"), a replacement,
// refund or return, no need to order, a question back to the buyer, and (check.ts unlessAnswered) an answer to the buyer's own
// yes/no question about reordering.
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';
import { mayMatch } from './literal-gate';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

/** The supply told as running out, with a second person or the buyer's hand (お手元) in the same phrase. */
const RUNS_OUT = re(
  [
    // en: "your bottle is about 10 days from empty", "you'll run out next week", "yours will be empty soon"
    `${W}(?:your|you'll|you will|you'd|you're|you are)${E}[^.!?\\n]{0,60}${W}(?:from empty|run(?:ning)? (?:out|low|dry)|be empty|empty soon|almost (?:empty|gone|out)|nearly (?:empty|gone|out)|last(?:s)? (?:you )?(?:until|till|another|only))${E}`,
    // de: "Ihr Vorrat ist bald aufgebraucht", "bald leer", "geht zur Neige"
    `${W}(?:ihr\\p{L}{0,2}|sie)${E}(?:[^.!?\\n]|(?<=\\p{N})\\.){0,80}${W}(?:bald|demnächst|in (?:etwa |ca\\. )?\\p{N}{1,2} tagen|nächste woche)${E}[^.!?\\n]{0,30}${W}(?:aufgebraucht|leer|alle|zur neige)${E}`,
    // fr: "votre flacon sera vide dans dix jours", "vous serez bientôt à court"
    `${W}(?:votre|vos|vous)${E}[^.!?\\n]{0,60}${W}(?:(?:bientôt|presque) (?:vide|épuisé|fini|à court)|sera vide|seront vides|(?:arrive|arrivera) (?:bientôt )?(?:au bout|à sa fin)|à court)${E}`,
    // es: "a tu bote le quedan unas dos semanas", "se te acaba", "antes de quedarte sin"
    `${W}(?:le|te|les) quedan?${E}[^.!?\\n]{0,20}${W}(?:\\p{N}{1,2}|unos?|unas|pocos|pocas|dos|tres|diez|quince)${E}[^.!?\\n]{0,10}${W}(?:días|semanas|dosis|tomas|cápsulas|cacitos|raciones)${E}`,
    `${W}(?:se (?:te|le) (?:acaba|terminará|va a acabar|está acabando))${E}`,
    // it: "al suo barattolo restano pochi giorni", "sta per finire", "rimanere senza"
    `${W}(?:(?:al|alla) (?:suo|sua|tuo|tua)${E}[^.!?\\n]{0,50}${W}(?:restano|rimangono)|(?:le|ti|gli) (?:restano|rimangono)|sta per finire|stanno per finire|finirà (?:tra|fra)|finiranno (?:tra|fra))${E}`,
    // pt: "seu pote acaba semana que vem", "vai acabar em dez dias"
    `${W}(?:seu|sua|seus|suas|teu|tua|você)${E}[^.!?\\n]{0,60}${W}(?:acaba(?:rá)?|termina(?:rá)?|vai (?:acabar|terminar)|está (?:acabando|terminando|no fim))${E}[^.!?\\n]{0,15}${W}(?:semana|mês|em|daqui|nos próximos|logo|já|na|no)${E}`,
    // ja: 「お手元の…がなくなる頃」「そろそろ切れる頃」「残りわずか」
    `(?:なくなる|無くなる|切れる|尽きる)(?:頃|ころ|時期)|残りわずか|残り少な`,
  ].join('|'),
);
/** A buy verb prompting the next order. */
const BUY = re(
  `${W}(?:(?:re)?order\\p{L}{0,3}|buy\\p{L}{0,3}|grab\\p{L}{0,4}|stock up|restock|(?:nach)?(?:zu)?(?:bestellen|kaufen)|nachzubestellen|nachzukaufen|command\\p{L}{0,3}|recommand\\p{L}{0,3}|pide\\p{L}{0,3}|pedir\\p{L}{0,3}|compra\\p{L}{0,3}|ordin\\p{L}{1,4}|riordin\\p{L}{1,4}|garant[ae]\\p{L}{0,2}|pe(?:ça|ce|dir)\\p{L}{0,2})${E}|ご注文|ご購入|お買い求め`,
);
/** Now, right away, or the next one. */
const TIMING = re(
  `${W}(?:now|today|right away|the next(?: one)?|another|jetzt|gleich|sofort|am besten|maintenant|dès (?:maintenant|aujourd'hui)|le prochain|la prochaine|ya|ahora|hoy|el próximo|la próxima|ora|subito|il prossimo|la prossima|agora|já|hoje|o próximo|a próxima)${E}|今のうち|お早め|早めに`,
);
const NOT_A_NUDGE = re(
  `${W}(?:no need|don't need|we (?:ran|run|are running|'re running) (?:out|low)|out of stock|nicht nötig|kein\\p{L}{0,2} (?:grund|eile)|pas besoin|no (?:hace falta|es necesario)|non (?:serve|è necessario)|não (?:precisa|é necessário)|replacement|refund\\p{L}{0,3}|return\\p{L}{0,3}|ersatz|erstattung|rücksendung|remplacement|rembours\\p{L}*|retour|reemplazo|reembols\\p{L}*|devoluci\\p{L}+|sostituzione|rimbors\\p{L}*|reso|substituição|devolução)${E}|返品|返金|交換|在庫切れ|欠品`,
);

/** marketing over the sentence that tells the buyer's supply runs out and the one that prompts the next order. */
export function supplyRunouts(t: string): Span[] {
  // (cheap pre-test: RUNS_OUT's own literal gate)
  if (!mayMatch(RUNS_OUT, t)) return [];
  const out: Span[] = [];
  const spans = sentenceSpans(t, 400);
  spans.forEach(([start, end], i) => {
    // (a German date splits a sentence: "aus Ihrer Bestellung vom 3. | März bald aufgebraucht" - read the pair as one)
    const before = spans[i - 1];
    const from = before && /\p{N}\.$/u.test(sliceOf(t, before[0], before[1])) ? before[0] : start;
    const s = sliceOf(t, from, end);
    if (!RUNS_OUT.test(s) || NOT_A_NUDGE.test(s)) return;
    // the prompt in this sentence or the next one
    const after = spans[i + 1];
    for (const [p, to] of after ? ([[s, end], [sliceOf(t, after[0], after[1]), after[1]]] as const) : ([[s, end]] as const)) {
      if (!BUY.test(p) || !TIMING.test(p) || NOT_A_NUDGE.test(p) || /[?？]\s*$/u.test(p)) continue;
      out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:supply-runout-reorder' });
      break;
    }
  });
  return out;
}
