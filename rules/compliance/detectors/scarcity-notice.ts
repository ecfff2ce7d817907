// Session 32 (mrec32): few units left told without a call to buy is still a push when the seller adds that the run ends or tells
// it as an aside of its own, unasked (pushIn reads few-left first and calls this only when no call to buy follows):
//   end of the run  no restock, no reissue, no more made: "nearly gone, 6 left and we're not making any more of it", "il ne reste
//                   plus que 2 exemplaires ... elle ne sera pas rééditée", "quedan 3 unidades ... y no la vamos a reponer", "nur noch
//                   4 Stück, danach wird es nicht mehr produziert", "restano 3 pezzi e non lo rifaremo";
//   seller's aside  the few-left fact opened by a notice word before it in the sentence: "Heads up - ...", "Por cierto, ... solo nos
//                   quedan 3 unidades", "Le segnalo che ... restano pochissimi pezzi", "Attention, il ne reste plus que 2 ...";
//   buyer's urge    "por si te animas", "if you fancy one", "se le va", "si ça vous tente" right after.
// Near-misses that stay clean: a count given as the answer to the buyer (promotion.ts never calls pushIn then), "quedan 9 unidades"
// after "puedes volver a pedirla" (no aside, no end of run), a reserve for the buyer ("nos quedan 3 en negro, te reservo un par"),
// the buyer's own item out of stock (OWN_ORDER, in pushIn), "no restock before spring" without few left (no few-left count).
import { E, W, re } from './promotion-guards';

/** The run ends: no restock, no reissue, no more made. */
const RUN_ENDS = re(
  `${W}(?:(?:we(?:'re| are)|we'll|we will) (?:not|never) (?:be )?(?:making|make|restocking|restock|reordering|producing) (?:any ?more|more|it again|them again|again)|(?:won't|will not|will never) be (?:restocked|made again|reissued|back|restocking|reordering|making (?:any ?more|more))|no (?:more )?restocks?|not (?:coming|going to come) back|(?:wird|werden) (?:sie |er |es )?(?:auch )?(?:nicht|nie) (?:mehr )?(?:nachproduziert|produziert|nachbestellt|aufgelegt|neu aufgelegt)|kein (?:nachschub|nachdruck)|ne (?:sera|seront) (?:pas|plus jamais|jamais|plus) (?:réédit|réassorti|refabriqu|reproduit)\\p{L}{0,3}|(?:pas|plus) de réassort|(?:no|nunca) (?:la |lo |las |los )?(?:vamos a |volveremos a )?(?:reponer|fabricar de nuevo|volver a fabricar)|no (?:se )?(?:va a |volverá a )?reponer|sin reposición|non (?:lo |la |li |le )?(?:rifaremo|riassortiremo|riprodurremo|verrà (?:più )?(?:riprodott[oa]|rifatt[oa]))|non (?:sarà|verrà) (?:più )?riassortit[oa]|não (?:vamos|iremos) (?:repor|fabricar mais)|sem reposição|(?:não|nunca) (?:será|vai ser) reposto)${E}|再入荷(?:の)?予定(?:は)?(?:ございません|ありません|なし)|再販(?:の)?予定(?:は)?(?:ございません|ありません|なし)|再生産(?:の)?予定(?:は)?(?:ございません|ありません|なし)`,
);
/** A notice of the seller's own before the count: "heads up", "by the way", "por cierto", "le segnalo che", "attention". */
const ASIDE = re(
  `${W}(?:heads[ -]up|by the way|btw|fyi|just so you know|übrigens|kleiner hinweis|au passage|à propos|attention|por cierto|atención|(?:le|ti|vi) segnal(?:o|iamo)|(?:le|ti) informiamo che|attenzione|aliás|fica a dica)${E}|ちなみに`,
);
/** The buyer's inclination invoked: "por si te animas", "if you fancy one", "si ça vous tente". */
const URGE = re(`${W}(?:(?:por )?si (?:te|se) anim\\p{L}{1,3}|if you fancy (?:one|it)|si (?:ça|cela) vous tente|se (?:ti|le) va|se (?:você )?(?:se )?animar)${E}`);

/** Is the few-left count `few` in sentence `s` (normalized; `next`: the next sentence) a push without a call to buy? */
export function scarcityNoticeIn(s: string, few: { start: number; end: number }, next: string): boolean {
  if (RUN_ENDS.test(s) || RUN_ENDS.test(next) || URGE.test(s.slice(few.end))) return true;
  return ASIDE.test(s.slice(0, few.start));
}
