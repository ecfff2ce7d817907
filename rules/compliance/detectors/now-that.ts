// A review ask after a "now that" clause is leading, whatever the clause says of the item: "now that" presents a state
// as given and the ask as following from it ("now that the kettle is boiling properly again, rate it", "maintenant que
// votre lampe éclaire votre salon, un petit avis ?", "ahora que la cafetera hace un café buenísimo, ..."). conditioned-ask.ts IN_USE
// read a closed list of states (in place, working); the labels (team + dev rows: 273 "now that" clauses before a review
// ask, all leading but a time-to-try one) say the conjunction is the cue. Left plain: time given to try it ("now that
// you've had a few weeks with it" - s11b-it-023), an arrival or a delivery alone, a refund or a return settled (the
// seller's matter, as NOT_THE_ITEM in conditioned-ask.ts), the order in transit ("ahora que su pedido está en camino"), a
// season ("ahora que llega la Navidad"), a negation, the speaker's own thought ("ora che ci penso" - s22-rv2b tests).
// Read by conditioned-ask.ts only next to a review ask it already has, so it cannot flag a message on its own.
// why: s31 rrec31 - dev misses where review_request was found but not leading (s29nr1-en-028, s23q-en-001, s25q-en-008,
// s31g1-fr-013); none of their sentences is in a pattern or a test.
import { compactRegExp } from './compact-letters';
import { alt, CORE_NEGATORS, NO } from '../negation';

/** "now that" in the seven languages (Japanese 〜た今 is rare in seller mail, left). */
const HEAD = '(?:now that|jetzt,? wo|nun,? (?:da|wo)|maintenant que|à présent que|ahora que|ora che|adesso che|agora que)';
// ("got it" is the arrival, "got it set up" / "got the grinder working" the item in use - a state, as "now that it's in place":
// s36 fe36, "now that you've got the shelf assembled, a quick rating ...")
/** What keeps the clause from assuming a good experience: time passed, an arrival, the seller's refund or return, a season. */
const NOT_A_STATE =
  '(?:weeks?|days?|months?|time|while|chance|wochen?|tagen?|monat\\p{L}{0,2}|zeit|semaines?|jours?|mois|temps|semanas?|d[ií]as?|mes(?:es)?|tiempo|settiman[ae]|giorni|mesi|tempo|meses' +
  '|arrived|delivered|received|got (?:it|the|your)(?! (?:[\\p{L}-]{1,20} )?(?:set up|up and running|working|running|assembled|installed|going))|angekommen|geliefert|erhalten|eingetroffen|arriv[ée]e?s?|re[çc]u\\p{L}{0,2}|livr[ée]e?s?|lleg\\p{L}{1,4}|recibid[oa]s?|entregad[oa]s?|arrivat[oaie]|ricevut[oaie]|consegnat[oaie]|cheg\\p{L}{1,4}|recebe\\p{L}{0,2}|recebid[oa]s?|entregue' +
  '|refund\\p{L}{0,3}|reimburs\\p{L}{0,5}|returns?|erstattung|rücksendung|rembours\\p{L}{0,5}|retour|reembols\\p{L}{0,3}|devoluci[óo]n|rimbors\\p{L}{0,3}|reso|estorno|devolu[çc][ãa]o' +
  '|shipped|dispatched|sent|on (?:its|the) way|in transit|versandt|verschickt|unterwegs|exp[ée]di[ée]e?s?|envoy[ée]e?s?|en (?:route|chemin)|enviad[oa]s?|despachad[oa]s?|(?:en|a) camino|spedit[oaie]|in viaggio|postad[oa]s?' +
  '|christmas|holidays?|season|weihnacht\\p{L}{0,2}|feiertage|no[ëe]l|f[êe]tes|navidad|reyes|fiestas|natale|feste|natal|festas' +
  `|${alt(CORE_NEGATORS, NO)}` +
  // the speaker's own thought, not the buyer's state: "now that I think of it", "ahora que me acuerdo", "ora che ci penso"
  '|i (?:think|remember|mention)|(?:me )?acuerdo|(?:ci )?penso|mi viene in mente|(?:me )?lembr\\p{L}{0,2}|j.y pense|(?:je )?me souviens|(?:ich )?(?:dran|daran) denke|fällt mir ein)';
/** The head and the clause's first words, when no word of NOT_A_STATE is in the clause (up to its first break, 60 characters). */
export const NOW_THAT_STATE = compactRegExp(
  `(?<![\\p{L}])${HEAD}(?![\\p{L}])(?![^,;:.!?\\n]{0,60}?(?:(?<![\\p{L}])${NOT_A_STATE}(?![\\p{L}])|n't))(?: [\\p{L}'’-]{1,20}){1,4}`,
  'gu',
);
