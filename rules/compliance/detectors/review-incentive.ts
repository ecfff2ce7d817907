// A reward tied to a review, in every checker language: a prize draw among buyers who review, a refund,
// voucher or gift in exchange for a review, for a screenshot or link of it, or once it is posted.
// policy.md: incentivised review asks are `leading` (and ask for a review: `review_request`). The lexicons
// know such offers phrase by phrase; this reads the structure - a review word, a reward word and what
// ties them (a draw, an exchange, a condition, proof of the review) - in one sentence.
// (s11 blind batch: "unter allen Kunden, die ... ihre Meinung ... hinterlassen, verlosen wir einen
// Gutschein", "nous tirons au sort un bon d'achat parmi les clients qui ont partagé leur avis",
// "Si nos mandas el enlace de tu reseña, te hacemos el reembolso del 20 %", "sorteamos um vale-compras".)
// Not: a refusal ("we cannot offer anything for a review"), a reward "whatever your review", a review
// the seller has read and answers with a refund.
import { cueWithin, defineCue, type CueHits } from './entry-index';
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { gatedTest } from './literal-gate';
import { compact, compactRegExp } from './compact-letters';
import { CONTRAST_WORDS } from '../negation';
import { openingQuotedNameEnd } from './quoted-item';

/** Where a buyer's words are public: on Amazon, on the product page, under the listing. */
export const PUBLIC_PLACE = String.raw`(?:on|en|na|no|sur|su|auf|bei|in) (?:the |la |a |o |der |dem |le |l')?(?:amazon|product page|listing|produktseite|artikelseite|page (?:du |de )?produit|fiche produit|página del producto|ficha del producto|pagina (?:del )?prodotto|scheda (?:del )?prodotto|página do produto|página da amazon)|(?:la |the |die )?(?:page amazon|amazon page|amazon-seite|página (?:de|da) amazon|pagina amazon)|(?:under|below|unter|sous|debajo de|sotto|embaixo d)\p{L}{0,2} (?:the |dem |la |le |a |o )?(?:listing|artikel|produkt|angebot|annonce|fiche|ficha|anuncio|scheda|anúncio|product|producto|prodotto|produto|produit)|商品ページ|(?:amazon|アマゾン)(?:の)?(?:ページ|レビュー欄)`;
/** An experience, a few lines, word of mouth - told where buyers read it: a review by another name ("Wer unter dem
 *  Artikel ein paar Zeilen zu seinen Erfahrungen dalässt", "a quien nos cuente su experiencia en Amazon", "le
 *  bouche-à-oreille, c'est la page Amazon du produit"). Without the public place it is service talk ("tell us about
 *  your experience with the order"). */
// why: s17 blind i - rewards and pleas for an experience told on the product page, with no review word
/** What the buyer thought of the item, told where buyers read it ("si nos cuentas en Amazon qué te ha parecido la batidora",
 *  "tell everyone on Amazon what you thought of it", "erzählen Sie auf Amazon, wie Ihnen die Mühle gefällt"): an opinion by
 *  another name (TOLD_PUBLICLY asks for the public place). */
// why: s20 blind j es-005 (a gift for it, no review word)
const THOUGHT = String.raw`(?:what you (?:think|thought) (?:of|about)|how you (?:like|liked|got on with)|qu[ée] (?:te|le|os|les) (?:ha |han )?(?:parec\p{L}{1,4}|pareci[óo])|lo que (?:te|le) (?:ha )?parec\p{L}{1,4}|ce que (?:vous|tu) en (?:pensez|penses|avez pensé|as pensé)|cosa ne (?:pensa|pensi|ha pensato|hai pensato)|che ne (?:pensa|pensi)|o que (?:você )?(?:achou|acha|pensa)|wie (?:es )?(?:ihnen|dir) (?:\p{L}+ ){0,3}(?:gefällt|gefallen hat|gefiel)|was (?:sie|du) (?:davon )?(?:halten|hältst))`;
// (a German 'Rückmeldung' told on Amazon: "für Ihre Rückmeldung auf Amazon schenken wir Ihnen 10 %" - s21 blind q de-030)
const TOLD = String.raw`(?:experiences?|erfahrung(?:en)?|erfahrungsbericht|rückmeldung(?:en)?|experiencias?|experiências?|expériences?|esperienz[ae]|(?:(?:a|ein|one|two) (?:few |paar |couple of )?|quelques |unas |algunas |due |poche |algumas |umas )(?:(?:honest|short|quick|kind|ehrliche|kurze|nette|petites|honnêtes|sinceras|breves|sincere|brevi|honestas) )?(?:words|lines|zeilen|worte|mots|lignes|palabras|líneas|righe|parole|palavr\p{L}{1,5}|linhas)|(?:a|one) (?:line|word|sentence)(?: or two)?|(?:every|each|jede[sr]?|chaque|cada|ogni) (?:word|line|comment|wort|zeile|kommentar|mot|ligne|commentaire|palabra|comentario|palavr\p{L}{1,5}|comentário|parola|riga|commento)|comentarios|comentários|commenti|kommentare|word of mouth|mund-zu-mund-propaganda|bouche-à-oreille|boca a boca|passaparola|${THOUGHT})`;
// (the telling matched first, the place looked for after or before it: a look-behind opening the alternative was tried at
// every character of every text - 5,000 "★" took 0.6 s instead of 0.05)
const TOLD_PUBLICLY = String.raw`${TOLD}(?:(?=[^.!?\n]{0,60}(?:${PUBLIC_PLACE}))|(?<=(?:${PUBLIC_PLACE})[^.!?\n]{0,100}))`;
/** Review, rating, opinion, stars (the buyer's words for one), all languages. */
const REVIEW = String.raw`${TOLD_PUBLICLY}|(?:votre|ta|sua|tua|su|tu) nota|(?:votre|ta) note|reviews?|reviewers?|ratings?|feedback|stars|opinions?|(?:your|honest) thoughts|bewertung(?:en)?|bewerter\p{L}{0,3}|rezension(?:en)?|rezensent\p{L}{0,3}|meinung|sterne|avis(?! de passage| d'exp[ée]dition| de livraison)|(?:votre|ton) retour(?= (?:sur|concernant) (?:le|la|l'|les|ce|cet|cette|notre|nos)(?![\p{L}]))|retour d'expérience|évaluations?|commentaires?|étoiles|opini[óo]n(?:es)?|reseñas?|valoraci[óo]n(?:es)?|estrellas|recension[ei]|valutazion[ei]|opinion[ei]|(?:un|suo|tuo|vostro|proprio|sincero|onesto|breve) parere|stelle|avalia[çc][õãoa]\p{L}{0,3}|opini[ãa]o|estrel(?:as|inhas)|estrellitas|(?:every|each) (?:little |single )?star|jede[sr]? (?:einzelne[rn]? )?stern(?:chen)?|sternchen|chaque (?:petite )?étoile|cada (?:estrella|estrellita|estrela|estrelinha)|ogni (?:stella|stellina)|stellin[ae]|(?:il )?massimo dei voti|pieni voti|nota m[áa]xima|note maximale`;
// (top marks named as such are the rating: "ci danno il massimo dei voti", "nos dan la nota máxima" - s23 blind b it-010)
// (one star counted as the buyer's - "every little star", "ogni stellina", "chaque étoile" - s20 blind j it-004)
/** Verbs of rating someone (the act of reviewing, as the condition or the gerund: "wenn Sie uns bewerten",
 *  "recensendo il prodotto", "si nos valora"); restricted forms where the word has a common other sense
 *  (en "rate" with the buyer as its subject - "we'll review it" is the return -, fr "notez"). */
// (the Portuguese future subjunctive of the reviewers addressed as a group: "todos que avaliarem a compra concorrem a ..." - s23 blind b pt-022)
const RATE_VERB = String.raw`bewerten|rezensieren|bewertet|rezensiert|val[óo]r(?:e|en|a|ar|enos|anos|elo|arnos|ara|ase|ando)|calific(?:a|e|en|ar|as|ara|ase|ando)|punt[úu](?:a|e|en|ar|as|ando)|avali(?:ar|e|em|a|am|ando|ou|asse|arem)|valut(?:are|i|a|ando|asse|ate)|recensi(?:re|sca|sci|scono|ndo)|recensendo|(?:nous|le|la) (?:noter|notez|notiez|[ée]valuer|[ée]valuez|[ée]valuiez)|en (?:nous |le |la )?(?:notant|[ée]valuant)|you(?:'ll| will)? (?:rate|review) (?:us|it|the|our|this)|rating us|(?:for|by|after) (?:reviewing|rating)`;
// (s18 blind d: "as a small thank-you for reviewing your new yoga mat we'll send you a $10 Amazon gift card")
// (ご投稿 / 投稿後: the posting of one, not any posting - "アプリで投稿する際" is none - "投稿後の画面のスクリーンショットを…お送りいただけますと…無料で" - s18 blind e)
const REVIEW_JA = 'レビュー|評価|感想|口コミ|クチコミ|星5|★5|ご投稿|投稿後';

/** A reward of the seller's: money back, a voucher, a gift, a prize. */
// (s37 fb37 g2 fr-008: "nous vous offrons" - the gift is in the verb, as "regalamos"; not refused: "nous n'offrons rien")
// (not "feel free", fr "prix" = price, it "buono" = good, es "vale" = OK)
// (a spare or extra set sent for the review - "we'll post you a spare set of blades" - s20 blind j en-004)
// (and the verbs of giving as a gift - "le regalamos una funda", "vi regaliamo", "schenken wir Ihnen" - the gift is in the verb)
// (a spare part enclosed as thanks: "als Dankeschön für Ihre Meinung legen wir Ihnen einen Ersatzdeckel bei" - s21 blind q de-011)
/** A paid tier of the product's app or service switched on for free ("6 meses do plano Premium", "we'll activate Pro on your account",
 *  "the Pro dashboard ... free for life"): a reward, as a voucher is (s36 ff36: review-for-premium rows of the apps writer). */
const PREMIUM = String.raw`(?:premium|pro|plus)[ -](?:plans?|plano|piano|versions?|versão|versión|abo|abonnement|account|conta|cuenta|features?|funktionen|funções|funciones|funzioni|fonctions|tier|dashboard|subscription|assinatura|suscripción|abbonamento|membership)|(?:plano|plan|piano|versão|versión|versione|version|abo|assinatura|conta|cuenta|account) (?:premium|pro|plus)(?![\p{L}])|(?:activate|unlock|switch on|enable|turn on) (?:the )?(?:pro|premium|plus)(?![\p{L}])`;
const REWARD = String.raw`(?:spare|extra|bonus) (?:sets?|packs?|pairs?|refills?)|(?:return|pay back|give back|send back|transfer)(?: you)? (?:the |your )?(?:full|whole|entire|total) (?:purchase )?(?:price|amount|payment|cost)(?! (?:tags?|labels?|lists?|range|sticker))|legen wir(?: \p{L}+){0,6}? bei|ersatz(?:deckel|filter|klinge\p{L}?|aufs[äa]tze?|teile?)|on the house|regal(?:amos|aremos|iamo|eremo)|schenken|(?<!n'|ne |ne vous |ne t'|n'en )(?:nous )?(?:vous |t')?offr(?:ons|irons)(?! (?:rien|pas|jamais|aucun))|presente(?:amos|aremos)|discount|coupons?|promo ?codes?|rabatt\p{L}{0,4}|remise|réduction|descuento|cup[óo]n|sconto|desconto|cupom|gift ?cards?|vouchers?|refund(?:ed)?|cash ?back|money back|(?<!feel )free|prize|gutschein\p{L}{0,6}|einkaufsgutschein\p{L}{0,3}|erstatt\p{L}{0,5}|rückerstattung|gr[áa]tis|kostenlos\p{L}{0,2}|geschenk\p{L}{0,2}|prämie|bon d'achat|bons d'achat|carte cadeau|cartes cadeaux|rembours\p{L}{0,6}|gratuit\p{L}{0,2}|gratuitement|cadeau|offerte?s?|tarjetas? regalo|cheques? regalo|vales? (?:de|por|regalo|descuento)|reembols\p{L}{0,4}|regalo|buon[oi] (?:regalo|sconto|acquisto)|carta regalo|rimbors\p{L}{0,4}|omaggio|échantillons?|muestras? (?:gratis|gratuitas?)|amostras? (?:gr[áa]tis|gratuitas?)|campion(?:e|i|cino) (?:omaggio|gratuit[oi])|free samples?|warenproben?|gratisproben?|vale-compras|vale-presente|cart[ãa]o-presente|brinde|pr[êe]mio|premio|de gra[çc]a|${PREMIUM}|devolv\p{L}{1,4} (?:o valor|el importe|el dinero|o dinheiro|(?:el |o )?\d{1,3} ?%)|(?:valor|custo) do frete|importe del envío|devolv\p{L}{1,4} (?:lo del env[íi]o|los gastos de env[íi]o|el env[íi]o|o frete)|scont(?:iamo|eremo)|descont(?:amos|aremos)`;
// (the seller discounting or handing back the shipping, said with its verb: "le scontiamo il 10%", "te devolvemos lo del envío",
// "le descontamos el 10 %" - s23 blind a it-021, f es-010; the tie to a review is still required below)
// (s18 blind a: "manda um print ... que a gente devolve o valor do frete" - the shipping paid back is the reward)
// (s36 g2 en-010: "after your" as CONDITION's "once your": "... after your review is posted" ties with the posting verb after the
// review, as "once your review is live" does)
// (s36 g2 en-010: the price handed back in full, the English of "devolvemos el importe" - "We will return the full price to your
// PayPal after your review is posted"; "the full price" only, not "return the item" or "return the parcel")
/** A longer warranty is a reward too ("we'll extend your warranty to three years", "Garantieverlängerung",
 *  "24 meses extra de garantía", "la garanzia passa da 12 a 36 mesi"). */
// why: s14-lead blind - "As a thank-you for a 5-star review we add 24 extra months of warranty cover"
// (s31 rec31b: an adverb of 13-18 letters between the verb and the warranty - "nous prolongeons gracieusement la garantie",
// "estendiamo gratuitamente la garanzia", "wir verlängern selbstverständlich die Garantie")
const WARRANTY_EXTENDED = String.raw`(?:extend\p{L}{0,3}|extra|additional|longer|verlänger\p{L}{0,3}|zusätzlich\p{L}{0,2}|prolong\p{L}{0,5}|ampli\p{L}{0,4}|extendemos|alarg\p{L}{1,6}|esten[dsd]\p{L}{0,5}|estes\p{L}{0,3}|prolung\p{L}{0,4})(?: \p{L}{1,18}){0,3} (?:warranty|garantie|garantía|garanzia|garantia)|(?:warranty|garantie|garantía|garanzia|garantia)(?: \p{L}{1,12}){0,2} (?:extension|extended|verlängerung|prolongée|extendida|ampliada|estesa|estendida|prolungata|prolongada|prorrogada|verlängert|passe|passa|pasa a|(?:est |será |é )?(?:portée|porté|llevada|levada|portata) (?:à|a)|goes (?:up )?to|rises to|sube a|steigt auf|sobe para|vai para)|garantieverlängerung|(?:months?|years?|monate|jahre|mois|ans|meses|años|mesi|anni|anos) (?:extra |additional |supplémentaires |adicionales |in più |a mais )?(?:of |de |di )?(?:warranty|garantie|garantía|garanzia|garantia)`;
// (a spare sent as thanks: "お礼として替えのフィルターを一つお送り" - s21 blind q ja-011)
const REWARD_JA = '替えの|予備の|お礼として[^。！？\\n]{0,20}?(?:お送り|お届け|進呈|差し上げ)|ギフト券|ギフトカード|返金|プレゼント|無料|割引|クーポン|特典|キャッシュバック|延長保証|保証(?:期間)?を[^。、]{0,12}延長';

/** What makes the reward an incentive: a draw among reviewers, an exchange, proof of the review. */
// (s34: the review as the subject that puts the buyer into the draw - "every review posted this month gets you into our draw for
// ...", "your review puts you into the draw"; s34 blind g1 en-138)
// (s36 g2 en-081: "lucky draw", the sellers' English for a prize draw - "Join our lucky draw for an iPad mini")
const DRAW = String.raw`particip\p{L}{1,4} (?:au|à un|à notre|à la|all'|al|a un|a una|en el|en un|del|do|de um|no) (?:tirage|concours|jeu|estrazione|concorso|sorteo|sorteio|concurso)|concorr(?:e|em|er[áa]|ere|i)|tirage|prize draw|lucky draws?|raffle|giveaway|enter(?:ed)? (?:into )?(?:a|our) draw|(?:go|goes|gets?|puts?|is|are|will be) (?:you |them )?(?:put |entered )?into (?:a|our|the) (?:\p{L}{1,12} )?draw|verlos\p{L}{0,4}|gewinnspiel|tir(?:ons|ons au sort|er au sort|age au sort|é au sort)|au sort|sorteo|sorteamos|sortearemos|estrazione|estraiamo|sorteggi\p{L}{0,2}|sorteio|sorteamos|sortearemos`;
// (s21 review 2: "for your review" after a thanks answers a review given, as AFTER_REVIEW reads it: "thank you so much for your
// review, we'll send a replacement blade"; "for every review" stays an exchange)
const EXCHANGE = String.raw`(?:for|with) (?:every|each|a|an) (?:\p{L}{1,12} ){0,2}(?:review|rating)|(?<!(?:thanks|thank you)(?: \p{L}+){0,2} )(?:for|with) your (?:\p{L}{1,12} ){0,2}(?:review|rating)|(?:por cada|para cada|pour chaque|per ogni|für jede|a cada) (?:\p{L}{1,12} )?(?:reseña|opinión|valoración|comentario|avis|commentaire|évaluation|note|recensione|valutazione|opinione|bewertung|rezension|avaliação|avaliacao|opinião|opiniao|comentário)|con una (?:\p{L}{1,12} )?(?:recensione|valutazione)|avec un (?:avis|commentaire)|mit einer (?:bewertung|rezension)|com uma avalia[çc][ãa]o|in exchange|in return|as a (?:\p{L}{1,10} )?thank[- ]you|(?:we(?:'ll| will)? )?thank you with an?|(?:bedanken|revanchieren) (?:wir )?uns (?:\p{L}{1,12} )?mit (?:einem|einer)|(?:nous )?vous remercie(?:rons|ns) (?:\p{L}{1,12} )?(?:avec|par) (?:un|une)|(?:le|te) agradec(?:emos|eremos) (?:\p{L}{1,12} )?con (?:un|una)|(?:la|ti|vi) ringrazi(?:amo|eremo) (?:\p{L}{1,12} )?con (?:un|una|uno)|(?:te|lhe) agradec(?:emos|eremos) (?:\p{L}{1,12} )?com (?:um|uma)|im gegenzug|als (?:kleines )?dankeschön|zum dank|en échange|en remerciement|pour vous remercier|a cambio|como agradecimiento|en agradecimiento|in cambio|come ringraziamento|per ringraziar(?:l\p{L}|ti|vi) (?:della|delle|del|dei|per la|per le|per il) (?:sua |tua |vostra |suo |tuo |vostro |sue |tue |vostre |suoi |tuoi )?(?:\p{L}+ )?(?:recension\p{L}|valutazion\p{L}|opinion\p{L}|parer\p{L}|giudizi?o?|commento|commenti|feedback)|em troca|como agradecimento|em agradecimento`;
// (not a screenshot of what went wrong: "send us a screenshot of the upload error and we'll ask Amazon" - s19 review 2 #13)
const NOT_PROOF_SHOWN = String.raw`(?! of (?:the |an? |your |that )?(?:\p{L}+ )?(?:error|upload|bank|order|page|message|display|photos?|problem|issue|warning)s?(?![\p{L}]))`;
const PROOF = String.raw`screenshots?${NOT_PROOF_SHOWN}|screen shot${NOT_PROOF_SHOWN}|bildschirmfoto|capture d'écran|captura(?: de pantalla)?|link (?:to|of) (?:your|the) review|link (?:zu|zur) ihrer|lien (?:de|vers) votre|enlace (?:de|a) (?:tu|su)|link della (?:sua|tua)|link da (?:sua|tua)|print`;
/** "Leave a review and we'll send you ...": an imperative, the review, and what the seller gives next. */
// why: s12 blind - "Leave a review and we'll send you a 20% code for your next order"
// (s19 probe d: any first-person-plural present after "and" - "et nous vous remboursons les frais de port", "e ti estendiamo
// la garanzia" - the reward word itself is required in the sentence apart from this)
const AND_THEN = String.raw`and (?:we'll|we will|i'll|i will) (?:send|give|refund|gift|reward|mail|email|pay|extend|add|post|ship)|and we (?:send|give|refund|gift|pay|extend|add|cover)|et (?:nous vous|on vous) \p{L}{2,12}(?:ons|e)|e (?:ti|le|vi) \p{L}{2,12}iamo|y (?:le|te|les) \p{L}{2,12}(?:amos|emos|imos)|e (?:te|lhe) \p{L}{2,12}(?:amos|emos|imos)|und wir (?:ihnen )?\p{L}{2,12}en|et recev\p{L}{0,4}|e (?:ti|le|vi) (?:spediamo|spediremo|mandiamo|manderemo)|e (?:enviamos|mandamos|damos|daremos|enviaremos)|e (?:ganhe|receba)|and you(?:'ll| will) (?:get|receive)|and (?:get|receive)|& we'll|und (?:wir (?:schicken|senden|schenken|erstatten|geben)|sie (?:erhalten|bekommen))|et (?:nous vous (?:enverrons|offrirons|rembourserons)|vous recevrez|on vous (?:envoie|offre|rembourse))|y (?:le|te) (?:enviamos|enviaremos|mandamos|mandaremos|regalamos|regalaremos|devolvemos|reembolsamos|hacemos|haremos|damos|daremos)|e (?:le|ti) (?:facciamo|faremo|diamo|daremo)|e (?:te|lhe) (?:damos|daremos|fazemos|faremos|mandamos|mandaremos|enviamos|enviaremos)|y recibir\p{L}{0,3}|e (?:le|ti|vi) (?:inviamo|invieremo|regaliamo|regaleremo|rimborsiamo)|e ricever\p{L}{0,3}|e (?:nós (?:enviamos|damos)|você (?:ganha|recebe))|e a gente (?:devolve|manda|envia|dá|reembolsa)`;
/** The imperative of posting a review ("leave", "laissez", "deje", "lasci"), not a past "you left a review". */
// (s18 blind b: the imperative with "us" attached - "Déjanos una reseña y te regalamos un cupón")
// (s20 blind e it-030: the posting as the purpose of a step the buyer takes - "lo inquadri per scrivere la recensione e le
// estendiamo la garanzia", "scan it to write your review and we extend", "escanéelo para dejar su reseña y le ampliamos")
const POST_NOW = String.raw`(?:per|para|pour|to|um) (?:scrivere|lasciare|pubblicare|escribir|dejar|publicar|escrever|deixar|écrire|laisser|publier|write|leave|post)|leave|post|write|share|give|submit|tell (?:us|everyone|others|other buyers)|d[ée]j(?:a|e)nos|escr[íi]b(?:a|e)nos|lasciaci|scrivici|deixe-nos|laissez-nous|hinterlassen sie|schreiben sie|teilen sie|hinterlass|schreib|laissez|laisse|publiez|écrivez|écris|partagez|d[ée]je|deja|deje|escriba|escribe|publique|publica|comparta|comparte|lasci|lascia|scriva|scrivi|pubblichi|condivida|deixe|deixa|escreva|escreve|compartilhe`;
// (s17 blind: "Escríbanos cuando haya publicado su reseña y le haremos llegar una tarjeta regalo" - the perfect
// subjunctive after "when", with a posting verb next: "cuando haya recibido el reembolso" ties nothing)
// (an adverb may sit between the if and the pronoun: "se poi ci lascia una recensione", "si luego nos deja" - s20 blind l it-002)
// ("if you can" with no pronoun: "se puder avaliar a compra, te damos 10%", "si puede valorarnos" - s21 blind o pt-005; the
// buyers who review as a class: "Clientes que avaliam o produto ganham mais 6 meses de garantia" - s21 blind o pt-037)
// (s21 review 2: the class of buyers only with a present verb - "customers who left reviews about the lid were sent one" tells what
// others did; German "Kunden, die" has its comma. The bare "if you can/like" only with the rating verb right after it, before a
// comma: "si quiere, le enviamos un reembolso" is the refund's)
const PAST_REVIEWERS = String.raw`(?! (?:(?:already|have|had|ya|già|já|déjà|bereits|schon) )?(?:left|posted|wrote|written|reviewed|rated|gave|dejaron|escribieron|publicaron|valoraron|opinaron|hanno|avevano|ont|avaient|deixaram|escreveram|avaliaram|publicaram|comentaram)(?![\p{L}]))(?![^,.;!?]{0,60} (?:haben|hatten)(?![\p{L}]))`;
const RATES_NEXT = String.raw`(?=[^,.;!?]{0,14}?(?:avali|valor|opin|reseñ|dej|escrib|publi|recens|valut|lasci|scriv|pubbl|deix|escrev|coment|comment))`;
// (s27 blind c en-044: a second condition joined after another - "Once it's in and you've left your feedback, we'll send a $15
// gift card"; "sobald das Gerät da ist und Sie Ihre Bewertung geschrieben haben", "une fois le colis reçu et que vous aurez laissé
// votre avis", "cuando llegue y haya dejado su reseña", "quando arriva e avrà lasciato la recensione", "quando chegar e você tiver
// deixado a avaliação"; the posting verb and the review still required after it, a reward in the sentence)
// (s27 round 2: up to eight words in the first condition - "Sobald das Ersatzteil bei Ihnen ist und Sie uns bewertet haben", "En
// cuanto le llegue la pieza nueva y nos haya dejado" - and the second condition said from the review's side, the review going
// live: "and your review is up", "und Ihre Bewertung online ist", "et que votre note est en ligne", "y su reseña esté publicada",
// "e la sua recensione è online", "e sua avaliação estiver no ar"; POSTS holds the going live in each language)
const JOINED_CONDITION = String.raw`(?:once|after|when|as soon as) (?:[^\s.!?;,]{1,15} ){1,8}and(?: you(?:'ve| have)?|(?= your ))|(?:sobald|nachdem|wenn) (?:[^\s.!?;,]{1,15} ){1,8}und(?: sie|(?= ihre ))|(?:une fois|dès que|quand|lorsque) (?:[^\s.!?;,]{1,15} ){1,8}et(?: (?:que |qu')?vous| que(?= (?:votre|ton|ta) ))|(?:cuando|una vez|en cuanto) (?:[^\s.!?;,]{1,15} ){1,8}y(?: (?:usted |tú )?(?:haya|hayas|nos)|(?= (?:su|tu) ))|(?:quando|una volta|appena) (?:[^\s.!?;,]{1,15} ){1,8}e(?: (?:lei |tu )?(?:avrà|avrai|ci)|(?= (?:la sua|la tua|il suo|il tuo) ))|(?:quando|assim que|depois que) (?:[^\s.!?;,]{1,15} ){1,8}e(?: (?:você |o senhor |a senhora )?(?:tiver|nos)|(?= (?:sua|a sua|seu|o seu) ))`;
const CONDITION = String.raw`${JOINED_CONDITION}|(?:customers|buyers|clients|clientes|compradores|kunden|käufer|acquirenti|clienti),? (?:who|que|qui|die|che)${PAST_REVIEWERS}|se (?:você |o senhor |a senhora )?(?:puder|quiser)${RATES_NEXT}|si (?:puede|puedes|quiere|quieres|pouvez)${RATES_NEXT}|se (?:può|puoi|vuole|vuoi)${RATES_NEXT}|(?:every|each|any) (?:customer|buyer)s? (?:who|that)|(?:chaque|tout) (?:client|acheteur)e? qui|(?:a )?cada (?:cliente|comprador)a? que|ogni (?:cliente|acquirente) che|jede[rnm]? (?:kunde|kundin|käufer\p{L}{0,2}),? (?:der|die)|once your|as soon as your|when your|after your|sobald ihre|dès que votre|en cuanto (?:tu|su)|everyone who|anyone who|all who|whoever|(?:alle|jede[rnm]?),? (?:die|der)|wer|(?:tous )?ceux qui|quiconque|toute personne qui|todos (?:los|aquellos) que|quienes|quien|quem|todos (?:os )?que|(?:tutti )?(?:quelli|coloro) che|chiunque|chi|if you|once you|after you|when you|wenn sie|sobald sie|nachdem sie|falls sie|si (?:(?:ensuite|aussi|alors) )?vous|une fois (?:que )?(?:vous|votre)|dès que vous|si (?:(?:luego|además|también|después) )?(?:nos|usted|tú|me)|cuando (?:nos|usted|publique)|(?:cuando hay(?:a|as|an)|(?:quand|lorsque) vous aurez|quando (?:avr[àa]|avrai|tiver|voc[êe] tiver))(?= (?:publi|pubbl|dej|escri|puest|subid|post|laiss|écrit|mis |lasciat|scritt|deixad))|una vez (?:que )?(?:publique|deje)|se (?:(?:poi|anche|magari|inoltre) )?(?:ci|lei|mi)|una volta (?:che|pubblicat)|dopo aver|se (?:(?:depois|também|ainda) )?(?:você|nos)|se (?:o senhor|a senhora)|assim que|depois de|quando (?:você|publicar)`;
/** The review as the moment the reward follows ("after your review", "nach Ihrer Bewertung", "dopo la sua
 *  recensione", "depois da sua avaliação") or the act that earns it, as a gerund opening the sentence
 *  ("Avaliando com foto, ...", "Recensendo il prodotto ...", "By reviewing ...", "Al publicar su reseña"). */
// (s16 blind: "once your review is live, we'll extend the warranty" - an extension is given too)
// why: s15 blind - "Dopo la sua recensione con foto le invieremo un buono sconto", "Depois da sua avaliação,
// mandamos um cupom", "Avaliando com foto, te devolvemos R$ 20" (a review, a giving verb, a reward; any order)
// (only the buyer's own review, with no object but the product: "after a quick review of your photos", "nach einer
// Bewertung des Schadens", "dopo la sua valutazione del danno" are the seller's or a technician's assessment)
/** An object of the review word that is no product: "of your case", "des Schadens", "del danno", "do caso". */
const NOT_PRODUCT_OBJECT = String.raw`(?! (?:of|des|der|eines|einer|du|de la|de l'|des|del|de|do|da|dos|das|della|dello|dell'|dei|degli|delle|di) (?:(?:the|this|our|your|ihr\p{L}{0,2}|unser\p{L}{0,2}|votre|notre|ce|cet|cette|su|nuestro|nostro|suo|seu|nosso|este|questo) )?(?!prod[uo]\p{L}{0,5}|artikel\p{L}{0,2}|articolo|artículo|artigo|article|item|items)\p{L})`;
/** Nor an opinion about a fault, which the replacement answers ("pour votre avis sur le défaut, nous vous envoyons un remplacement",
 *  "for your feedback on the damage we'll send a new one" - s21, a helper's near-miss). */
const NOT_ABOUT_A_FAULT = String.raw`(?! (?:on|about|regarding|sur|à propos|zu|zum|zur|über|sobre|su|sul|sulla|sullo|acerca) (?:the |this |le |la |les |l'|ce |cette |der |die |den |dem |das |el |los |las |il |lo |o |a |os |as )?(?:fault|defect|problem|issue|damage|breakage|delay|error|défaut|problème|panne|souci|dommage|casse|erreur|retard|defekt|fehler|problem|schaden|mangel|verzögerung|defecto|problema|daño|avería|retraso|difetto|guasto|danno|ritardo|defeito|dano|avaria|atraso|erro)\p{L}{0,2}(?![\p{L}]))`;
// (and the review as what the gift pays for - "für Ihre Rückmeldung auf Amazon schenken wir Ihnen 10 %", "for your review we'll
// send you" - not after a thanks, which answers a review given; a weaker noun only told on Amazon: "for your feedback on the broken
// handle, we'll send a free replacement" is service - s21 blind q de-030)
// (s21 review 2: the thanks may carry an intensifier - "merci beaucoup pour votre avis", "grazie mille per la sua recensione")
const AFTER_REVIEW = String.raw`(?:(?<!(?:danke|dank|thanks|thank you|merci|gracias|grazie|obrigad[oa])(?: \p{L}+){0,2} )(?:für (?:ihre|deine)|for your|pour votre|por (?:su|tu)|per la (?:sua|tua)|pela sua) (?:\p{L}{1,12} )?(?:review|rating|bewertung|rezension|avis|reseña|valoraci[óo]n|recensione|avalia[çc][ãa]o|(?:feedback|meinung|rückmeldung|opini[óo]n|opinione|opini[ãa]o)(?= (?:on|auf|bei|sur|en|su|na) amazon))|(?:after|following|once|with) your (?:\p{L}{1,12} )?(?:review|rating)|nach (?:ihrer|deiner) (?:\p{L}{1,12} )?(?:bewertung|rezension)|après (?:votre|ton) (?:\p{L}{1,12} )?(?:avis|évaluation|commentaire)|(?:tras|después de) (?:su|tu) (?:\p{L}{1,12} )?(?:reseña|valoraci[óo]n|opini[óo]n)|dopo (?:la )?(?:sua|tua) (?:\p{L}{1,12} )?(?:recensione|valutazione)|(?:depois d[ae]|após) (?:a )?(?:sua|tua) (?:\p{L}{1,12} )?(?:avalia[çc][ãa]o|opini[ãa]o))${NOT_PRODUCT_OBJECT}${NOT_ABOUT_A_FAULT}`;
// (a gerund of rating opens the sentence with no object, "with a photo" or the product: "avaliando com foto",
// "valutando il prodotto"; "valorando su caso", "avaliando as fotos" are the seller's assessment)
const RATING_GERUND = String.raw`(?:(?:by )?(?:reviewing|rating)|valorando|calificando|puntuando|recensendo|valutando|avaliando|ao avaliar)(?=\s*(?:[,.:;!?]|$)|\s+(?:with|con|com|avec|mit|us|it|nos|noi|ci)(?![\p{L}])|\s+(?:(?:the|this|our|el|este|nuestro|il|lo|questo|nostro|o|este|nosso|l')\s?)?(?:prod[uo]\p{L}{0,5}|artículo|articolo|artigo|item|article))`;
const GERUND_REVIEW = String.raw`${RATING_GERUND}|indem sie (?:\p{L}{1,12} )?(?:bewerten|rezensieren)|en (?:nous |le |la )?(?:notant|évaluant)|(?:al|con) (?:publicar|dejar|escribir) (?:su|tu)|ao deixar (?:sua|a) avalia[çc][ãa]o`;
/** Given at no cost: "at no charge", "sem custo", "sin coste", "sans frais", "senza costi", "kostenfrei" - the reward said as the
 *  price waived (the tie to a review is still required). */
// why: s37 fb37 (g2 pt-008, g8 en-005: a part sent "sem custo" / "at no charge" for the review)
const NO_COST = String.raw`at no (?:extra |additional )?(?:cost|charge)|free of charge|sem (?:nenhum )?custo|sin (?:ning[úu]n )?(?:coste|costo|cargo)|sans (?:aucuns? )?frais|senza (?:alcun )?cost[oi]|kostenfrei`;
/** The seller gives (now or next: "we send", "invieremo", "te devolvemos"; not a past "we refunded"). */
// (pt "liberamos um cupom" - a coupon unlocked, s22 blind b pt-007)
const GIVE = String.raw`we(?:'ll| will)? (?:then )?(?:send|give|refund|offer|gift|reward|credit|pay|mail|post|ship|extend|add|upgrade|throw in|activate|unlock|enable|switch on)|verlängern wir|wir (?:\p{L}{1,12} )?verlängern|nous (?:vous )?(?:prolongeons|prolongerons|ajoutons|ajouterons)|(?:le |te )?(?:ampliamos|ampliaremos|extendemos|extenderemos|añadimos|añadiremos)|(?:le |ti )?(?:estendiamo|estenderemo|aggiungiamo|aggiungeremo)|(?:te |lhe )?(?:estendemos|estenderemos|ampliamos|ampliaremos)|(?:schicken|senden|schenken|erstatten|geben|überweisen|gewähren) wir|wir (?:\p{L}{1,12} )?(?:schicken|senden|schenken|erstatten|geben|überweisen|gewähren)|nous (?:vous |t')?(?:enverrons|envoyons|offrons|offrirons|rembourserons|remboursons|donnons|donnerons)|on vous (?:envoie|offre|rembourse)|(?:le |te |les )?(?:enviamos|enviaremos|regalamos|regalaremos|devolvemos|devolveremos|reembolsamos|reembolsaremos|damos|daremos|mandamos|mandaremos|obsequiamos)|(?:le |ti |vi )?(?:inviamo|invieremo|regaliamo|regaleremo|rimborsiamo|rimborseremo|diamo|daremo|mandiamo|manderemo|spediamo|spediremo|restituiamo|restituiremo)|(?:te |lhe )?(?:enviamos|enviaremos|mandamos|mandaremos|devolvemos|devolveremos|damos|daremos|reembolsamos|presenteamos|liberamos|liberaremos)`;
/** The seller's giving as the condition of the review: "tu laisserais un avis si on t'envoie une recharge gratuite ?", "would you
 *  review it if we sent you a free refill?", "würdest du uns bewerten, wenn wir dir einen Gutschein schicken?", "ci lasceresti una
 *  recensione se ti mandiamo un omaggio?", "¿nos dejarías una reseña si te regalamos una funda?" - the reward offered for it,
 *  asked as a question (the reward word and the review word are required in the sentence apart from this). */
// why: s22 blind k fr-028 - a reward asked as a question ("si on t'envoie"), no exchange or proof word tied it
// (s22 review 2 #11: the verb after "si on te / wenn wir Ihnen" must be one of giving - "si on t'appelle demain pour le
// remplacement gratuit" is a call, "wenn wir Ihnen den kostenlosen Ersatz zugeschickt haben" a past replacement; German's verb
// stands at the clause end, a few words on)
const GIVE_IF = String.raw`(?:if|si|se|wenn|falls) (?:${GIVE}|we (?:sent|gave|offered|refunded|could (?:send|give|offer|refund))|i (?:sent|gave|offered)|(?:on|je|nous) (?:t'|te |vous )(?:envoi\p{L}{0,3}|enverr\p{L}{1,4}|offr\p{L}{0,4}|donn\p{L}{0,4}|rembours\p{L}{0,4}|fai[st] (?:un )?cadeau|fer\p{L}{1,4} (?:un )?cadeau|prolong\p{L}{0,4}|ajout\p{L}{0,4})|(?:wir|ich) (?:ihnen |dir |euch )?(?:[^\s,.;!?]{1,25} ){0,5}?(?:zu)?(?:schicken|senden|schenken|geben|erstatten|gewähren|überweisen|gutschreiben|spendieren|verlängern)(?![\p{L}]))`;
/** A negative review answered ("after your negative review we refund"): service about a review, no reward for one. */
const ANSWERED_REVIEW = /(?<![\p{L}])(?:negative|bad|critical|poor|negativ\p{L}{0,2}|schlechte\p{L}?|kritisch\p{L}{0,2}|n[ée]gati\p{L}{1,3}|mauvais\p{L}?|critique|mal[ao]|cr[íi]tic[ao]|cattiv[ao]|ruim)(?![\p{L}])/u;
// (a Japanese condition ties only right after a review word: "ご返送いただけましたら" is the return)
// (a reward given "so" the buyer reviews: "保証期間を2年に延長いたしますので、レビューのご投稿をお願いいたします" - s18 blind e)
const TIES_JA = '(?:延長|無料|プレゼント|進呈)[^。！？\\n]{0,12}?(?:ので|から|ため)[^。！？\\n]{0,30}?(?:レビュー|ご?評価|感想|口コミ)(?!は当社|を当社|を行)[^。！？\\n]{0,12}?(?:お願い|ください|いただけ|頂け)|抽選|(?:レビュー|評価|感想|口コミ)(?:を|の)?[^。！？\\n]{0,12}?(?:いただいた方|頂いた方|くださった方|いただいたお客様|頂いたお客様|くださったお客様|いただいた皆様|いただけ(?:れば|ましたら)|頂け(?:れば|ましたら)|のお礼|(?:いただいた|頂いた|くださった)お礼(?:に|として))|スクリーンショット|スクショ';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
export const REVIEW_RE = compactRegExp(`${W}(?:${REVIEW}|${RATE_VERB})${E}|${REVIEW_JA}`, 'u');
// free returns, shipping or delivery are service, not a reward
/** An amount of money (the reward as a sum): "$10", "5 €", "500円". */
const AMOUNT = String.raw`[$€£¥\x80]\s?\d|\d\s?(?:[$€£¥\x80]|euro|eur|r\$|円)`;
/** A share off the next purchase ("5% on your next order", "il 5% sul prossimo acquisto", "10 % auf Ihren nächsten Einkauf", "5 % sur
 *  votre prochaine commande", "un 5 % en su próxima compra", "5% na próxima compra"): a discount with no discount word. */
// why: s30 rrecb (a code's percentage for the next order beside a review ask read no reward)
const NEXT_ORDER_SHARE = String.raw`\d{1,3}\s?%\s(?:on|off|auf|sur|en|sul|sulla|nel|na|no|em)\s(?:(?:your|the|ihren?|ihre|votre|la|le|su|tu|il|la sua|o|a|sua|seu)\s)?(?:next|nächste\p{L}{0,2}|prochain\p{L}{0,2}|próxim\p{L}{1,2}|prossim\p{L}{1,2})(?![\p{L}])`;
/** Whatever the seller sends to everyone who reviews is the reward: the class of buyers who post, then what they receive or what
 *  the seller gives them ("A cada cliente que comparta su experiencia en Amazon le enviamos un juego de cuchillas", "Chi ... riceve
 *  ...", "Quem ... ganha ..."), or the giving before the class ("schicken wir jedem, der ...", "est réservé à chaque client qui ...");
 *  a surprise or a little extra named as such is one too. TIES_RE still has to tie it to a posted review. */
// why: s32 rrec32b (s10p-fr-003, s10p-es-003, s10p-de-003: the reward is a thing, "un juego de cuchillas", "ein Reinigungstuch")
const REVIEWER_CLASS = String.raw`(?:every|each|any) (?:customer|buyer)s? (?:who|that)|everyone who|anyone who|whoever|(?:chaque|tout) (?:client|acheteur)e? qui|ceux qui|quiconque|(?:a )?cada (?:cliente|comprador)a? que|quien(?:es)?|quem|ogni (?:cliente|acquirente) che|(?:quelli|coloro) che|chiunque|chi|jede[rnm]?,? (?:der|die)|jede[rnm]? (?:kunde|kundin|käufer\p{L}{0,2}),? (?:der|die)|alle[nm]?,? (?:die|der)|wer`;
const RECEIVES = String.raw`receives?|gets|wins|earns|reçoi(?:t|vent)|recevra|gagne|recib(?:e|en|irá)|gana|ricev(?:e|ono|erà)|vince|ganh(?:a|am|ará)|receb(?:e|em|erá)|erhält|bekommt|gewinnt`;
const CLASS_GIVEN = String.raw`${W}(?:${REVIEWER_CLASS})${E}[^.!?;\n]{0,80}?${W}(?:${RECEIVES}|${GIVE})${E}|${W}(?:${GIVE}|réservée?s?|reserved|riservat[oa]|reservad[oa])${E}[^.!?;\n]{0,30}?${W}(?:à |a |to |für )?(?:${REVIEWER_CLASS})${E}|${W}(?:surprises?|sorpresas?|surpresas?|überraschung|als (?:kleines )?extra|en bonus|as a (?:little |small )?(?:extra|bonus))${E}`;
const REWARD_RE = compactRegExp(`${CLASS_GIVEN}|${NEXT_ORDER_SHARE}|${W}(?:${WARRANTY_EXTENDED}|${NO_COST})${E}|${W}(?:${REWARD})${E}(?!\\s(?:returns?|shipping|delivery|versand|rückversand|retours?|livraison|envío|devoluci[óo]n|spedizione|reso|resi|frete|devolu[çc][ãa]o))|${REWARD_JA}|\\d{1,3}\\s?%\\s?(?:de |di |d' ?|of )?(?:off|discount|code|coupon|rabatt|réduction|remise|descuento|sconto|desconto)|(?:code|código|codice|cupom|gutschein)\\s(?:de |del |di |du |of |von |über )?\\d{1,3}\\s?%|${AMOUNT}`, 'u');
// a condition or a proof ties the reward only when the review is its object, close after it ("if you
// leave a review", "si nos mandas el enlace de tu reseña"): "if you want a refund, ... your review is up
// to you" is no such tie
// (a condition ties only with a verb of writing or posting before the review: "once you send the item
// back, we'll review it" or "we'll make an assessment" is the return, not a review; a proof needs none)
// (the telling of an experience: "Wer ... dalässt", "a quien nos cuente", "Quem conta como foi a experiência" - s17 blind i)
// (and saying it: "si vous nous dites sur Amazon ce que vous en pensez", "se nos contar na Amazon o que achou" - s20 blind j)
// (and the review going live, the posting seen from the review's side: "unlock 12 more months of warranty by letting us know once
// your review is live" - s22 blind j en-152; "published" was already here)
const POSTS = String.raw`(?:is|are|goes|go|went|gets|has gone|have gone) (?:live|online|up)|(?:online|live|veröffentlicht|freigeschaltet) (?:ist|sind|steht|geht)|(?:est|soit|sera|sont) (?:en ligne|publiée?s?|visible)|(?:esté|está|estará|estén) (?:publicad[ao]s?|en línea|online|visible)|(?:è|sia|sarà) (?:online|pubblicat[ao]|visibile)|(?:estiver|está|estará|for) (?:no ar|online|publicad[ao])|tell\p{L}{0,3}|told|dites|dire|decir\p{L}{0,2}|dices|digas?|dica|dite|dizer|disser|sagen|contar\p{L}{0,2}|erzähl\p{L}{0,3}|dalässt|dalassen|raconte\p{L}{0,2}|cuent(?:e|a|an|en|as|es)|contar\p{L}{0,2}|conta|contam|racconta\p{L}{0,2}|leav\p{L}{0,3}|left|post\p{L}{0,3}|writ\p{L}{0,3}|wrote|publish\p{L}{0,3}|shar\p{L}{0,3}|giv\p{L}{0,3}|submit\p{L}{0,3}|hinterlass\p{L}{0,3}|schreib\p{L}{0,3}|veröffentlich\p{L}{0,3}|abgeb\p{L}{0,3}|abgegeben|geschrieben|verfasst|gepostet|laiss\p{L}{0,3}|donn(?:er|ez|iez|ant|ée?s?)|publi\p{L}{0,4}|écri\p{L}{0,3}|partag\p{L}{0,3}|mett\p{L}{0,3}|dej\p{L}{0,4}|escrib\p{L}{0,3}|compart\p{L}{0,3}|pon\p{L}{0,3}|puest[oa]|lasci\p{L}{0,3}|scriv\p{L}{0,3}|pubblic\p{L}{0,3}|condivid\p{L}{0,3}|deix\p{L}{0,3}|escrev\p{L}{0,3}|compartilh\p{L}{0,3}|retir\p{L}{0,3}|änder\p{L}{0,3}|modifi\p{L}{0,4}|updat\p{L}{0,3}|chang\p{L}{0,3}|remov\p{L}{0,3}|delet\p{L}{0,3}|entfern\p{L}{0,3}|lösch\p{L}{0,3}|anpass\p{L}{0,3}|supprim\p{L}{0,3}|cambi\p{L}{0,3}|elimin\p{L}{0,3}|actualiz\p{L}{0,3}|togli\p{L}{0,3}|aggiorn\p{L}{0,3}|alter\p{L}{0,3}|atualiz\p{L}{0,3}`;
/** "Si publica su opinión ... le devolvemos 5 €": a bare "if" and a present posting verb right after it (s22 blind b es-006). */
// (s37 fb37: the buyer addressed as tú / tu - "si dejas tu opinión", "se lasci una recensione")
const IF_POSTS = String.raw`(?:si|se) (?:publica|deja|escribe|comparte|pone|sube|pubblica|lascia|scrive|condivide|publicar|deixar|escrever|postar|compartilhar|publicas|dejas|escribes|compartes|pones|subes|pubblichi|lasci|scrivi|condividi)`;
/** The seller giving to the buyer in the first person plural, the buyer's dative before it ("le scontiamo", "ti regaliamo", "le
 *  devolvemos", "te descontamos", "vous remboursons"): after "and" and a few words of when or where ("Lasci una recensione e alla
 *  prossima spesa da noi le scontiamo il 10%") the review is what is paid for. */
// why: s23 blind a it-021 (AND_THEN reads the verb right after "e" only)
const SELLER_GIVES_BUYER = String.raw`(?:le|ti|vi|te|lhe|vous) \p{L}{2,12}(?:iamo|eremo|amos|emos|imos|aremos|eremos|iremos|ons|erons)`;
/** A photo of the buyer's review as the proof ("Schicken Sie uns ein Foto Ihrer veröffentlichten Rezension", "la foto della propria
 *  recensione", "Snap your posted review and reply with the picture"): a screenshot by another name. */
// why: s32 rrec32b (s7-de-0089, s10p-it-003, s10-en-p019: PROOF knew screenshots and links only)
const REVIEW_PHOTO = String.raw`(?:photos?|pictures?|pics?|fotos?|bild|image)(?: (?:of|de|di|von|do|da|della|del))? (?:your|the|ihrer|der|votre|la|su|tu|sua|tua|propria|la propria|la sua|la tua|a sua|seu)(?: \p{L}{1,18})? (?:${REVIEW})|snap (?:your|the)(?: \p{L}{1,14})? (?:review|rating)`;
/** The review as what the reward pays for, said with its posting verb: "por dejar su reseña", "pour avoir laissé votre avis", "per
 *  aver lasciato una recensione", "por deixar sua avaliação", "for leaving a review" (not after a thanks, which answers a review
 *  given), and pt/es "upon posting it": "ao publicar sua avaliação", "al publicar su reseña". */
// why: s32 rrec32b (s29nr3-es-018, s5-pt-0068: a voucher or a share "for / upon" posting, no exchange word)
const FOR_POSTING = String.raw`(?<!(?:thanks|thank you|gracias|merci|grazie|obrigad[oa]|danke)(?: \p{L}+){0,2} )(?:(?:por|pour|per|for|pelo|ao|al) (?:avoir |aver |haber )?(?:dejar|escribir|publicar|compartir|laissé|écrit|publié|partagé|lasciato|scritto|pubblicato|condiviso|deixar|escrever|compartilhar|dejado|escrito|publicado|leaving|writing|posting|sharing)) (?:(?:su|tu|sua|tua|a sua|votre|ton|una?|uma|un|une|a|an|your|la|il|o) )?(?:\p{L}{1,12} )?(?:${REVIEW})`;
/** German's relative "wer" (or "jeder, der") with its verb at the clause end, the review inside, the comma after: "Wer uns nach dem
 *  Auspacken ein paar Zeilen als Rezension dalässt, bekommt ..." - the clause runs longer than CONDITION's 40 characters to a
 *  posting verb. */
// why: s37 fb37 (g3 de-018: 62 characters from "Wer" to "dalässt")
const WER_CLAUSE = String.raw`(?:wer|jede[rnm]?,? (?:der|die))\s[^.!?;,\n]{0,90}?(?<![\p{L}])(?:${REVIEW})(?![\p{L}])[^.!?;,\n]{0,30}?(?<![\p{L}])(?:dalässt|hinterlässt|schreibt|abgibt|postet|verfasst|veröffentlicht|teilt)\s?,`;
/** The review's state as the moment the seller gives: "as soon as I see the updated rating", "sobald die Bewertung sichtbar ist",
 *  "dès que le commentaire n'apparaît plus", "en cuanto la reseña ya no aparezca", "appena vediamo la recensione pubblicata" - the
 *  seller accepting the buyer's trade (a refund or a voucher for a review, a better one or none) pays once the review shows, or
 *  stops showing. CONDITION reads "as soon as your review is posted" with a posting verb; here a bare "as soon as" and a few words
 *  (who sees it) reach the review and its state, which says it is published, visible, new or gone. The reward is still required
 *  in the sentence; a change or a removal is leading only (CHANGES_REVIEW, REVIEW_GONE). Not "as soon as the refund shows in
 *  your account" (no review), nor "as soon as we have read your review" (no state). */
// why: s37 gb37 (h6 en-018, es-001, it-008, fr-012: the buyer's proposed trade accepted, labelled leading)
const SOON = String.raw`as soon as|the moment|sobald|dès que|aussitôt que|en cuanto|tan pronto como|apenas|non appena|appena|assim que|logo que`;
const REVIEW_GONE = String.raw`no longer (?:appears|shows|visible|online|up)|(?:is|are) (?:gone|down|off)|ya no (?:aparezca|aparece|se vea|se ve|esté|está)|n'appara(?:ît|isse) plus|n'(?:est|soit) plus (?:visible|en ligne)|non (?:è|sia|sarà) più (?:visibile|online)|non (?:appare|compare|appaia|compaia) più|nicht mehr (?:sichtbar|zu sehen|online|angezeigt|erscheint)|não (?:aparec\p{L}{1,3}|estiver|está) mais(?: visível| online)?`;
const REVIEW_SHOWN = String.raw`(?:is |are |ist |sind |est |soit |sera |esté |está |è |sia |estiver |for )?(?:visible|sichtbar|visibile|visível|online|live|published|posted|veröffentlicht|freigeschaltet|publiée?|en ligne|publicad[ao]|pubblicat[ao]|publicad[ao])|${REVIEW_GONE}`;
const REVIEW_STATE_TIE = String.raw`(?:${SOON})${E}[^.!?;
]{0,25}?${W}(?:(?:(?:the|your|die|ihre|le|la|votre|el|la|su|il|sua|a|o) )?(?:updated|edited|revised|new|changed|aktualisierte|geänderte|neue|nouvel(?:le)?|nouveau|modifiée?|nuev[oa]|nuov[oa]|nov[oa]|modificad[oa]|modificat[oa]|atualizad[oa]) (?:${REVIEW})${E}|(?:${REVIEW})${E}[^.!?;
]{0,12}?${W}(?:${REVIEW_SHOWN})${E})`;
const REVIEW_STATE_TIE_RE = compactRegExp(`${W}${REVIEW_STATE_TIE}`, 'u');
/** The seller accepting, in `sentence`, a trade the buyer proposed in `buyerText` (normalized): the reward paid once the review
 *  shows in its new state (REVIEW_STATE_TIE). `change` when the buyer offered to change or remove a review ("Für einen Gutschein
 *  ändere ich meine Bewertung auf 5 Sterne", "I'll bump my review up if you refund the shipping"): "die neue Bewertung" is then the
 *  changed one, leading only (README); `promoted` when the buyer's reward is a discount or voucher on a next purchase and the
 *  sentence takes it up ("Den Gutschein schicken wir Ihnen, sobald ..."): also marketing, as a promotion (README conventions). */
// why: s37 gb37 (h6 de-012: the buyer's change-for-voucher offer accepted; labelled leading + marketing)
/** The buyer's own first-person verbs of changing or removing their review, beyond CHANGES_REVIEW: "ändere ich meine Bewertung", "I'll
 *  bump my review up", "quito la reseña", "tolgo la recensione", "je retire mon commentaire", "tiro a avaliação". */
const BUYER_CHANGES = /(?<![\p{L}])(?:bump|raise|ändere|änderst|quito|retiro|tolgo|modifico|alzo|subo|mudo|tiro|apago|retire|retirerai|supprime|supprimerai|elimino|borro|cancello|rimuovo|excluo)(?![\p{L}])/u;
export function buyersTradeAccepted(sentence: string, buyerText: string): { change: boolean; promoted: boolean } | null {
  if (!buyerText || !REVIEW_STATE_TIE_RE.test(sentence) || !(gatedTest(REVIEW_RE, buyerText) || STARRED_COMMENT.test(buyerText))) return null;
  return { change: CHANGES_REVIEW.test(buyerText) || BUYER_CHANGES.test(buyerText), promoted: PROMOTION_REWARD_RE.test(buyerText) && DISCOUNT_RE.test(sentence) };
}
const TIES_RE = compactRegExp(
  `${W}(?:${REVIEW_PHOTO})${E}|${W}(?:${FOR_POSTING})${E}|${W}(?:${DRAW}|${EXCHANGE})${E}|${W}${IF_POSTS}${E}[^.!?;\\n]{0,30}?${W}(?:${REVIEW})${E}|${W}(?:${CONDITION})${E}[^.!?;\\n]{0,40}?${W}(?:${POSTS})${E}[^.!?;\\n]{0,30}?(?:${W}(?:${REVIEW})${E}|${REVIEW_JA})|${W}(?:${CONDITION})${E}[^.!?;\\n]{0,40}?${W}(?:${REVIEW})${E}[^.!?;\\n]{0,30}?${W}(?:${POSTS})${E}|${W}(?:${PROOF})${E}[^.!?;\\n]{0,40}?(?:${W}(?:${REVIEW})${E}|${REVIEW_JA})|(?:${W}(?:${REVIEW})${E}|${REVIEW_JA})[^.!?;\\n]{0,60}?${W}(?:${PROOF})${E}|${W}(?:${POST_NOW})${E}[^.!?;\\n]{0,30}?${W}(?:${REVIEW})${E}[^.!?;\\n]{0,30}?${W}(?:${AND_THEN})${E}|${W}(?:${CONDITION})${E}[^.!?;\n]{0,40}?${W}(?:${RATE_VERB})${E}|${W}(?:${REVIEW})${E}[^.!?;\n]{0,20}?${W}(?:abgeben|schreiben|hinterlassen|posten|geben)${E}[^.!?;\n]{0,10}?${W}(?:${AND_THEN})${E}|${W}(?:${GIVE_IF})${E}|${W}${WER_CLAUSE}|${W}(?:${POST_NOW})${E}[^.!?;\n]{0,30}?${W}(?:${REVIEW})${E}[^.!?;\n]{0,10}?${W}(?:e|y|et)${E}[^.!?;\n]{0,40}?${W}${SELLER_GIVES_BUYER}${E}|${W}${REVIEW_STATE_TIE}|${TIES_JA}`,
  'u',
);
/** A review followed by what the seller gives, or the gift before "after your review" (the s15 ties). */
const AFTER_TIES_RE = compactRegExp(
  `${W}(?:${AFTER_REVIEW})${E}[^.!?;\n]{0,60}?${W}(?:${GIVE})${E}|${W}(?:${GIVE})${E}[^.!?;\n]{0,60}?${W}(?:${AFTER_REVIEW})${E}|^[\\s¡¿]*(?:${GERUND_REVIEW})${E}[^.!?;\n]{0,60}?${W}(?:${GIVE})${E}`,
  'u',
);
/** A gerund of posting a review opening the sentence, the reward after it: the review is the means to the reward, whoever
 *  gives it ("Lasciando un parere sul prodotto, la garanzia passa da 12 a 24 mesi", "Dejando su reseña, el envío le sale
 *  gratis", "By leaving a review you unlock 24 months of warranty", "En laissant un avis, vous recevez ..."). The reward word is
 *  required in the sentence apart from this; not a review that "is free" to write ("Leaving a review is free and quick"). */
// why: s20 blind j it-005 (no giving verb of the seller's: the warranty "passes" to 24 months)
const POST_GERUND_RE = compactRegExp(
  `^[\\s¡¿]*(?:by |al |ao |en (?:nous |lui )?)?(?:leaving|writing|posting|sharing|submitting|lasciando|scrivendo|pubblicando|condividendo|dejando|escribiendo|publicando|compartiendo|deixando|escrevendo|compartilhando|laissant|[ée]crivant|publiant|partageant)(?: [\\p{L}']+){0,3}? (?:${REVIEW})${E}`,
  'u',
);
/** The review fronted as a bare "with" adjunct, set off by a comma or colon, the reward in the rest of the sentence: "Con la
 *  recensione, garanzia estesa a 3 anni invece di 2", "With your review, the warranty goes to three years", "Con su reseña, le
 *  regalamos el envío", "Com a sua avaliação, a garantia passa para 3 anos", "Avec votre avis, un bon d'achat de 5 €", "Mit Ihrer
 *  Bewertung: 12 Monate Garantieverlängerung" - the review is what the reward is for, the ask implied. The reward word is still
 *  required in the sentence, and the refusal and review-read guards below still apply ("With your review, we could not offer
 *  anything: Amazon forbids it", "Con la recensione che abbiamo letto, ..." has no comma right after the noun). */
// why: s25 blind a it-019 (no posting verb, no giving verb of the seller's: the warranty is simply "estesa")
const FRONTED_REVIEW_RE = compactRegExp(
  `^[\\s¡¿]*(?:with|con|com|avec|mit) (?:(?:a|an|the|your|one|la|una|su|tu|sua|tua|uma|a sua|la sua|la tua|un|une|votre|ton|l'|einer|der|ihrer|deiner)\\s?)?(?:\\p{L}{1,12} )?(?:${REVIEW})${E}(?: (?:publicad[ao]|publiée?|pubblicat[ao]|posted|published|en ligne|online))?\\s?[,:]` +
    // (German puts the verb right after the fronted adjunct, no comma: "Mit Ihrer Bewertung verlängern wir die Garantie um ein Jahr")
    `|^[\\s]*mit (?:ihrer|deiner|einer) (?:\\p{L}{1,12} )?(?:bewertung|rezension)${E},? (?:${GIVE}|(?:erhalten|bekommen) sie|gibt es)${E}`,
  'u',
);
const FREE_TO_WRITE = /(?<![\p{L}])(?:is|es|è|é|est|ist) (?:\p{L}+ )?(?:free|gratis|gratuit\p{L}{0,2}|kostenlos|grátis)(?![\p{L}])/u;
/** Changing a review for a reward is leading only (no new review is asked for), as the corpus labels it. */
// (s20 blind e: also the buyer's everyday verbs for a change, "changer ma note", "dá pra mudar minha nota", "editar las
// estrellas", and raising a score, "aumentar a nota", "alzare il voto"; not the idiom "un avis peut tout changer" - s14l-fr-003)
// (s25 fa: "retract" too - "We'll reimburse your shipping in full if you retract the 1-star rating", s14lp-en-005; the present
// "si cambia su opinión" and Italian "se la toglie" - s24p-es-018, s22f-it-008)
// (s37 gb37: the review no longer showing is its removal - "dès que le commentaire n'apparaît plus", "en cuanto la reseña ya no
// aparezca", "once it no longer shows": s37h6-fr-012, es-001, leading only)
export const CHANGES_REVIEW = compact(/(?<![\p{L}])(?:updat(?:e|ed|es|ing)|retract(?:s|ed|ing)?|chang(?:e|ed|es|ing)|edit(?:s|ed|ing)?|remov(?:e|ed|es|ing)|delet(?:e|ed|es|ing)|withdr(?:aw|awn|ew|awing)|(?:take|taken|taking|took) down|ändern|geändert|gelöscht|entfernt|zurückgezogen|aktualisier\p{L}*|löschen|entfernen|anpass\p{L}*|zurückzieh\p{L}*|korrigier\p{L}*|modifi\p{L}{1,5}|supprim\p{L}{1,5}|mettre à jour|mettez à jour|retir\p{L}*|renonc\p{L}*|corrig\p{L}*|cambi(?:ar|e|en|ara|are|ate|i|ata|ato|asse|a|as|an)|togli\p{L}{0,4}|tolg\p{L}{1,3}|elimin\p{L}{1,5}|borr\p{L}{1,4}|actualic\p{L}{1,3}|actualiz\p{L}{1,4}|correg\p{L}{1,4}|corrij\p{L}{1,3}|quit(?:ar|e|en|ara|ase)|rimuov\p{L}{1,4}|rimoss\p{L}{1,2}|aggiorn\p{L}{1,4}|ritir\p{L}{1,4}|corregg\p{L}{1,4}|alter\p{L}{1,4}|remov\p{L}{1,4}|exclu\p{L}{1,4}|atualiz\p{L}{1,4}|apag\p{L}{1,4}|tir(?:ar|e|em|ou)|(?<!tout )chang(?:er|ez|é|ée)(?! la (?:donne|vie))|mud(?:ar|e|ei|ou)(?! tudo| a vida)|troc(?:ar|o|ou)|edit(?:ar|e|er|ez|are|i)|aument(?:ar|e|a)|alz(?:are|i|ar)|no longer (?:appears|shows|visible)|n'appara(?:ît|isse) plus|ya no (?:aparezca|aparece|se vea|se ve)|non (?:appare|compare|appaia|compaia) più|nicht mehr (?:sichtbar|zu sehen|angezeigt)|não aparec\p{L}{1,3} mais)(?![\p{L}])|変更|削除|修正|取り下げ|取り消|取消/u);
const DRAW_RE = compactRegExp(`${W}(?:${DRAW})${E}|抽選`, 'u');
/** Proof of the review asked for, with no reward named ("if you post one, please send us a screenshot so we can thank
 *  you personally"): the README's leading family (the seller checks the review) - the buyer's review in the sentence. */
// why: s18 blind e - en-007 (the screenshot 66 characters after the review word, and only thanks promised)
const PROOF_ASK_RE = compactRegExp(
  `${W}(?:send|share|forward|e-?mail|attach|reply with|schicken sie|senden sie|envoy\\p{L}{0,4}|envi(?:e|a|ar|en|enos|anos)|mand(?:e|a|i|ar|enos|anos)|invi(?:i|a|are|ateci|aci)|mande-nos|envie-nos)${E}[^.!?;\\n]{0,20}?${W}(?:${PROOF})${E}|(?:スクリーンショット|スクショ)[^。！？\\n]{0,10}?(?:お送り|送って)` +
    // (German puts the verb last: "könnten Sie uns davon kurz einen Screenshot hier in den Chat legen?" - s26 blind a de-005)
    `|${W}(?:screenshots?|bildschirmfotos?)${E}(?:\\s\\p{L}{1,12}){0,5}\\s(?:schicken|senden|zeigen|legen|hochladen|posten|anhängen|weiterleiten|zukommen lassen)${E}`,
  'u',
);
/** ... the buyer's review: a review noun with a determiner, or (s26) a past rating verb with the buyer as its subject - the review
 *  posted ("dass Sie die Stehlampe bewertet haben", "you've rated the lamp", "vous avez noté", "ha valorado", "ha recensito",
 *  "você avaliou"). */
const BUYERS_REVIEW_RE = compactRegExp(`${W}(?:your|the|a|one|votre|ton|ta|un|une|ihre[rnm]?|eine[rn]?|die|su|tu|una?|la|sua|tua|seu|uma?|a)\\s(?:\\p{L}{1,12}\\s)?(?:${REVIEW})${E}|${W}post one${E}|${REVIEW_JA}|${W}(?:sie(?:\\s\\p{L}{1,15}){0,4}\\s(?:bewertet|rezensiert) (?:haben|hatten)|sie (?:haben|hatten)(?:\\s\\p{L}{1,15}){0,4}\\s(?:bewertet|rezensiert)|you(?:'ve| have)?(?: already)? (?:rated|reviewed)|vous avez(?: \\p{L}{1,10})? (?:noté|évalué)|(?:ha|has|haya)(?: \\p{L}{1,10})? (?:valorado|calificado|reseñado|valutato|recensito)|(?:você |vc )?(?:já )?avaliou)${E}`, 'u');
/** A question whether the buyer has already posted a review ("Have you already posted your review?", "Vous avez laissé un avis
 *  sur ... ?", "¿Ya has publicado tu reseña?", "Hai già scritto la recensione?", "Haben Sie schon eine Bewertung ...
 *  geschrieben?", "Avaliou?"): a past posting verb and the buyer's review, or a past rating verb alone. With the reward or the
 *  proof asked for in the next sentence it is the same incentive as in one sentence (REWARD_FOR_POSTED below). */
// why: s21 blind u fr/es/it/de-015, es-018 and w pt-126 (the question, then "send us a screenshot and get a voucher")
// ("did you write", and a review "done": "Recensione fatta?", "¿Reseña hecha?", "Avaliação feita?")
const POSTED = String.raw`did you (?:already |get to |manage to )?(?:write|leave|post|submit|share)|done|gemacht|faite?|hech[oa]|fatt[oa]|feit[oa]|left|posted|written|wrote|submitted|shared|laissée?|postée?|publiée?|écrite?|rédigée?|partagée?|publicad[oa]|dejad[oa]|escrit[oa]|compartid[oa]|scritt[oa]|lasciat[oa]|pubblicat[oa]|postat[oa]|condivis[oa]|deixou|escreveu|publicou|postou|compartilhou|deixad[oa]|postad[oa]|geschrieben|hinterlassen|abgegeben|veröffentlicht|gepostet|verfasst`;
const RATED = String.raw`did you (?:already )?(?:rate|review)|rated|reviewed|notée?|évaluée?|valorad[oa]|calificad[oa]|puntuad[oa]|recensit[oa]|valutat[oa]|avaliou|avaliad[oa]|bewertet|rezensiert`;
/** ... a rating verb alone only where the question ends with it, or with us or the item after it: "¿Ha valorado la opción de
 *  cambio?" weighs a choice, "Avaliou?" / "Have you rated the kettle?" asks about a review (s21 review 3). */
const RATED_ENDS = String.raw`(?=(?:\s{1,3}(?:us|it|me|nos|ci|uns|es|nous|o|a|lo|la|le|il|el|ihn|sie)(?![\p{L}]))?(?:\s{1,3}(?:the|our|your|o|a|el|la|il|lo|le|den|die|das|unseren|unsere|nosso|nossa|nuestro|nuestra|nostro|nostra|notre|votre|seu|sua|su)\s(?:\p{L}{1,20}\s)?(?:product|item|order|purchase|kettle|produto|producto|prodotto|produit|produkt|artikel|articolo|artículo|article|pedido|compra|acquisto|achat|kauf|ordine|commande|bestellung|shop|store|seller|loja|tienda|negozio|boutique|verkäufer))?\s{0,3}\?)`;
const POSTED_QUESTION_RE = compactRegExp(
  `(?:${W}(?:${POSTED})${E}[^.!?;\\n]{0,60}?${W}(?:${REVIEW})${E}|${W}(?:${REVIEW})${E}[^.!?;\\n]{0,60}?${W}(?:${POSTED})${E}|${W}(?:${RATED})${E}${RATED_ENDS})[^.!?;\\n]{0,60}\\?|(?:${REVIEW_JA})[^。！？\\n]{0,20}?(?:投稿|書[いき]|お寄せ)[^。！？\\n]{0,20}?(?:か|でしょうか)[？?]`,
  'u',
);
/** The seller gives, in the next sentence: GIVE, a "then you get" (AND_THEN), the buyer's gain ("recevez", "Sie bekommen", "get a"),
 *  or one seller in the first person singular ("eu te mando um brinde", "te envío", "ti mando", "je vous offre", "ich schicke"). */
const NEXT_GIVES_RE = compactRegExp(
  `${W}(?:${GIVE}|${AND_THEN}|(?:and )?(?:get|receive|earn)|rece(?:vez|vrez|vras)|recib(?:e|a|es|irá|irás|irán)|ricev(?:e|i|a|erà|erai)|(?:sie|du) (?:bekommen|erhalten|bekommst|erhältst)|ganh(?:e|a|am|ará)|receb(?:e|a|em|erá)|(?:eu )?(?:te|lhe) (?:mando|envio|dou|devolvo|presenteio)|(?:te|le) (?:mando|envío|doy|devuelvo|regalo)|ti (?:mando|invio|regalo|do|rimborso)|je (?:vous|te) (?:envoie|envoi|offre|rembourse)|ich (?:schicke|sende|schenke|erstatte|gebe)|i(?:'ll| will)? (?:send|give|refund))${E}|(?:お送り|進呈|差し上げ|プレゼント|返金)`,
  'u',
);

/** A comment with its stars ("su comentario de una estrella", "il suo commento a una stella", "your one-star comment"): a review. */
const STARRED_COMMENT = compact(/(?<![\p{L}])(?:comentario|commento|commentaire|coment[áa]rio|comment|kommentar|opini[óo]n|opinione|opini[ãa]o)s?(?:\s[\p{L}']{1,12}){0,2}\s(?:\d|una|uno|un|une|one|two|dos|due|deux|dois|duas|uma|um|einem|zwei)[\s-](?:estrellas?|stell[ae]|[ée]toiles?|estrelas?|stars?|sternen?)(?![\p{L}])|(?<![\p{L}])(?:one|two|1|2)-star (?:comment|feedback)/u);
/** Both halves, looked up with the lexicons: a sentence without a review word and a reward is not read. */
export const INCENTIVE_REVIEW_CUE = defineCue('review-incentive-review', `${REVIEW_RE.source}|${STARRED_COMMENT.source}`);
export const INCENTIVE_REWARD_CUE = defineCue('review-incentive-reward', `${REWARD_RE.source}|${DRAW_RE.source}|${PROOF_ASK_RE.source}`);
const OPEN: CueHits = { open: true, at: null };

/** A sentence without a Latin letter can only match the Japanese halves of the patterns above: it is read
 *  with those alone (each pattern above opens with a word-start look-behind that V8 tries at every
 *  character of a kana and kanji sentence). */
const LATIN = /[a-zß-ÿ\u0100-\u024f]/u;
const UNSPACED = {
  review: compactRegExp(REVIEW_JA, 'u'),
  // (the same halves as REWARD_RE and DRAW_RE, without the Latin words a kana sentence cannot hold)
  reward: compactRegExp(`${REWARD_JA}|抽選|${AMOUNT}`, 'u'),
  ties: compactRegExp(TIES_JA, 'u'),
  draw: /抽選/u,
  not: /できません|関係なく|かかわらず/u,
  changes: /変更|削除|修正|取り下げ|取り消|取消/u,
};

/** A refusal said with ability - "we're not able to", "won't be able to", "unable to" (one list for this file and check.ts's
 *  NOT_ASKING / TRADE_REFUSED, s22 review 2 #14). */
export const ABLE_NEG = String.raw`(?:(?:not|never|(?:are|were|is|was|would|could|wo)n't)(?: be)? able|unable) to`;
// ("not able to", "unable to": a refusal said with ability - "sorry, we're not able to refund in exchange for removing a
// review" - s22 blind j en-107)
/** A refusal or a reward whatever the review: "we cannot offer anything for a review", "unabhängig von
 *  Ihrer Bewertung", "quel que soit votre avis", "independientemente de su opinión". */
// ("nothing" refuses as "not" does: "wir dürfen nichts für eine Bewertung anbieten", "nous ne pouvons rien offrir en échange d'un
// avis" - s23 leftover #1/#11)
// (the reward said not to depend on the review - "el sorteo no depende de su reseña", "doesn't depend on your review", "non dipende
// dalla sua recensione", "não depende da sua avaliação", "ne dépend pas de votre avis", "hängt nicht von Ihrer Bewertung ab" - s23
// leftover #5: a reward whatever the review)
const NOT_AN_INCENTIVE =
  compactRegExp(String.raw`(?<![\p{L}])(?:(?:no|not|n't|nicht|pas|non|não|ne)\s(?:\p{L}{1,10}\s)?(?:depend\p{L}{0,4}|dipend\p{L}{0,4}|dépend\p{L}{0,4})|doesn't depend|don't depend|hängt (?:\p{L}{1,10} )?nicht)(?![\p{L}])|(?<![\p{L}])(?:cannot|can't|can not|${ABLE_NEG}|may not|must not|not allowed|never|regardless|anyway|anyhow|either way|so oder so|trotzdem|sowieso|comunque|in ogni caso|de qualquer forma|de qualquer jeito|de todas formas|de todos modos|igualmente|de toute façon|quand même|whatever|no matter|irrespective|up to you|optional|freiwillig|libre à vous|opcional|facoltativ[oa]|don't|do not|won't|will not|nicht|nichts|keine?n?|niemals|unabhängig|égal|quel que soit|quelle que soit|indépendamment|ne (?:\p{L}+ ){0,2}(?:pas|jamais|rien|aucun\p{L}{0,2})|no (?:\p{L}{1,12}(?:emos|amos|imos)|está permitido|se permite)|nunca|independientemente|sea cual sea|non (?:\p{L}{1,12}iamo|è consentito|è permesso)|mai|indipendentemente|qualunque|não (?:\p{L}{1,12}(?:emos|amos|imos)|é permitido)|independentemente|seja qual for)(?![\p{L}])|できません|関係なく|かかわらず`, 'u');
// (s33 prec33: a one-letter stem is a verb too - "não damos desconto em troca de estrelas", "no damos", "non diamo": the buyer's
// stars-for-discount offer refused read as a trade offered)
/** NOT_AN_INCENTIVE without its "whatever the review" words: a refusal only. Beside an ask (rewardsBesideAsks) a reward "regardless
 *  of the stars", "unabhängig davon, wie Sie bewerten", "whatever you decide", "doesn't depend on your review" is still a reward for
 *  a review (s24 review #5); a refusal ("we can't offer anything for a review") is none, "don't forget" no refusal (s24 review #6
 *  probe: "Don't forget to leave a review - we tucked a voucher in the box"). */
const REWARD_REFUSED =
  compactRegExp(String.raw`(?<![\p{L}])(?:cannot|can't|can not|${ABLE_NEG}|may not|must not|not allowed|never|up to you|optional|freiwillig|libre à vous|opcional|facoltativ[oa]|(?:don't|do not)(?! (?:forget|hesitate|miss))|won't|will not|nicht(?! vergessen)|nichts|keine?n?|niemals|ne (?:\p{L}+ ){0,2}(?:pas|jamais|rien|aucun\p{L}{0,2})|no (?:\p{L}{1,12}(?:emos|amos|imos)|está permitido|se permite)|nunca|non (?:\p{L}{1,12}iamo|è consentito|è permesso)|mai|não (?:\p{L}{1,12}(?:emos|amos|imos)|é permitido))(?![\p{L}])|できません`, 'u');
/** A review the seller read and answers ("we saw your review and refunded you"): service, not a reward. */
const REVIEW_READ = compact(/(?<![\p{L}])(?:saw|seen|read|noticed|regarding|about your|gesehen|gelesen|bezüglich|vu|lu|concernant|visto|leído|letto|riguardo|vimos|lemos|sobre sua)(?:\s[\p{L}']{1,12}){0,3}\s(?:your|the|ihre|die|votre|l'|su|la|tu|sua|a)\s?/u);


/** A reward (or a draw) and a review word anywhere in the text. */
function wholeTextHolds(t: string): boolean {
  return (gatedTest(REWARD_RE, t) || gatedTest(DRAW_RE, t) || gatedTest(PROOF_ASK_RE, t)) && (gatedTest(REVIEW_RE, t) || STARRED_COMMENT.test(t));
}

/** The reward is a promotion too (README conventions: a prize draw, or a discount or voucher on a next purchase, is also
 *  `marketing`; a gift card, cash or a refund is an incentive only): a draw (DRAW), or a discount, a code or a voucher with a
 *  next purchase ("alla prossima spesa da noi le scontiamo il 10%", "un bon d'achat pour votre prochaine commande", "un 15 %
 *  en su próximo pedido", "desconto na próxima compra", "20% off your next order", "Gutschein für die nächste Bestellung"). */
// why: s23 blind b es-021 (a draw among reviewers: leading + review_request found, marketing missed), a it-021
// (a gift put in the next parcel is no discount: "legen wir Ihrer nächsten Bestellung ein Geschenk bei", "un omaggio al suo
// prossimo ordine" stay an incentive only, as the corpus labels them)
const NEXT_PURCHASE_RE = compactRegExp(
  `${W}(?:prossim[oa] (?:spesa|acquisto|ordine)|pr[óo]xim[oa] (?:compra|pedido|encomenda)|prochaine? (?:commande|achat)|next (?:order|purchase)|nächste[nr]? (?:bestellung|einkauf|kauf))${E}`,
  'u',
);
const DISCOUNT_RE = compactRegExp(
  `\\d ?%|${W}(?:scont\\p{L}{1,6}|descuento|descont\\p{L}{1,6}|desconto|r[ée]duction|remise|rabatt\\p{L}{0,4}|discount|codes?|c[óo]digo|codice|coupons?|cup[óo]n|cupom|gutschein\\p{L}{0,6}|bons? d'achat|buon[oi] (?:sconto|acquisto)|vales?|vale-compras|vouchers?|% off)${E}`,
  'u',
);
const PROMOTION_REWARD_RE = { test: (s: string) => NEXT_PURCHASE_RE.test(s) && DISCOUNT_RE.test(s) };

/** A comma that opens a contrast ("..., but", "..., aber", "..., mais", "..., pero", "..., ma", "..., mas"). */
const CONTRAST_COMMA = new RegExp(String.raw`,\s{0,2}(?:${CONTRAST_WORDS})(?![\p{L}])`, 'gu');
/** The part of the sentence after its last contrast ties a reward to a review by itself, with no refusal of its own. */
// why: s23 leftover #11 - "Nous ne pouvons rien offrir en échange d'un avis, mais laissez-nous 5 étoiles et on vous envoie un
// cadeau": the refusal cleared the paid ask after "mais"
function incentiveAfterContrast(s: string): boolean {
  let at = -1;
  CONTRAST_COMMA.lastIndex = 0;
  for (let m = CONTRAST_COMMA.exec(s); m; m = CONTRAST_COMMA.exec(s)) at = m.index + m[0].length;
  if (at < 0) return false;
  const tail = s.slice(at);
  return (
    (gatedTest(DRAW_RE, tail) || gatedTest(REWARD_RE, tail)) &&
    gatedTest(REVIEW_RE, tail) &&
    (TIES_RE.test(tail) || (AFTER_TIES_RE.test(tail) && !ANSWERED_REVIEW.test(tail)) || POST_GERUND_RE.test(tail) || FRONTED_REVIEW_RE.test(tail)) &&
    !NOT_AN_INCENTIVE.test(tail) &&
    !REVIEW_READ.test(tail)
  );
}

const MAX_SENTENCE = 600;
const ENTRY = 'review-incentive-structure';
/** Proof of a review asked for with no reward: no new review is asked for (conditioned-ask.ts CHANGE_ENTRY knows it). */
const PROOF_ENTRY = 'review-proof-asked';

/** leading + review_request spans over sentences that tie a reward to a review (normalized copy). */
export function reviewIncentives(t: string, review: CueHits = OPEN, reward: CueHits = OPEN): Span[] {
  // a reward and a review word anywhere, before any sentence is read (most texts have neither)
  // (a prize draw is a reward of its own: "todos los que dejen su opinión entran en el sorteo de una cafetera")
  // (with the cues' places known, the whole-text test waits for a sentence that passes everything else -
  // most texts have none -, and a sentence read by its Japanese halves needs none: REVIEW_JA, REWARD_JA,
  // 抽選 and AMOUNT are look-around-free alternatives of REVIEW_RE, REWARD_RE and DRAW_RE, so a match in
  // the sentence is one in the text; each of those patterns opens with a word-start look-behind that V8
  // tries at every character of a kana text)
  if (!review.open || !reward.open) return [];
  let whole: boolean | undefined = review.at && reward.at ? undefined : wholeTextHolds(t);
  if (whole === false) return [];
  const out: Span[] = [];
  // a semicolon parts two statements here ("...; the refund is already on its way")
  const sentences = sentenceSpans(t, MAX_SENTENCE, true);
  for (const [at, to] of sentences) {
    if (to - at < 12 || !cueWithin(review, at, to) || !cueWithin(reward, at, to)) continue;
    const s = sliceOf(t, at, to);
    let changes: boolean;
    // proof of the review asked for with no reward: leading only, as the corpus labels "send us a screenshot of your review
    // once it is live"
    let proofOnly = false;
    let promoted = false;
    if (LATIN.test(s)) {
      // (each pattern behind its literal gate, literal-gate.ts: most sentences a cue let through hold none of them)
      const proofAsked = gatedTest(PROOF_ASK_RE, s) && gatedTest(BUYERS_REVIEW_RE, s);
      const drawn = gatedTest(DRAW_RE, s);
      const rewarded = drawn || gatedTest(REWARD_RE, s);
      if (!(rewarded || proofAsked) || !gatedTest(REVIEW_RE, s)) continue;
      // (a review word only in a quoted title opening the sentence is a name: "« Avis de ... » est l'édition de poche" - s37 g7)
      const titled = openingQuotedNameEnd(s);
      if (titled && !gatedTest(REVIEW_RE, s.slice(titled))) continue;
      if (!proofAsked && !TIES_RE.test(s) && !(AFTER_TIES_RE.test(s) && !ANSWERED_REVIEW.test(s)) && !(POST_GERUND_RE.test(s) && !FREE_TO_WRITE.test(s)) && !FRONTED_REVIEW_RE.test(s)) continue;
      // (a refusal before a contrast reaches no further: "we can't offer anything for a review, but leave us 5 stars and we'll
      // send a gift" - the part after "but" is read alone, with its own review, reward and tie)
      if ((NOT_AN_INCENTIVE.test(s) && !incentiveAfterContrast(s)) || (!drawn && REVIEW_READ.test(s))) continue;
      proofOnly = proofAsked && !rewarded;
      promoted = !proofOnly && (drawn || PROMOTION_REWARD_RE.test(s));
      changes = proofOnly || CHANGES_REVIEW.test(s);
      if (whole === undefined) whole = wholeTextHolds(t);
      if (!whole) return [];
    } else {
      if (!gatedTest(UNSPACED.reward, s) || !gatedTest(UNSPACED.review, s) || !gatedTest(UNSPACED.ties, s) || gatedTest(UNSPACED.not, s)) continue;
      changes = UNSPACED.changes.test(s);
      whole = true;
    }
    out.push({ rule: 'leading', severity: 'block', start: at, end: to, entry: proofOnly ? `leading:${PROOF_ENTRY}` : `leading:${ENTRY}` });
    if (!changes) out.push({ rule: 'review_request', severity: 'block', start: at, end: to, entry: `review_request:${ENTRY}` });
    if (promoted) out.push({ rule: 'marketing', severity: 'block', start: at, end: to, entry: `marketing:${ENTRY}` });
  }
  out.push(...rewardForPosted(t, sentences, out, review, reward));
  out.push(...rewardForRemoval(t, sentences, out, review, reward));
  out.push(...rewardThenExchange(t, sentences, out, review, reward));
  return out;
}

/** "If you remove it / if you can delete it": the review the sentence before named, reached through a pronoun before the verb
 *  ("si lo retira", "si vous la supprimez", "se lo rimuove"), an enclitic ("retirarla"), "it/them" after it ("if you take it
 *  down", "if you delete it") or nothing at all, the clause ending on the verb ("se puder apagar, fazemos..."). */
// (an adverb or "can" may stand between: "se puder apagar", "si vous la supprimez", "se lo rimuove", "si lo retira", "if you take it down")
// (s22 review 2 #1: a noun after the verb is something else removed or changed - "if you change your mind", "if you remove the old
// cable first", "si cambia la dirección", "se mudar de ideia"; a changed review is CHANGES_REVIEW's, so change verbs need the
// pronoun; "quit" is the Spanish verb only, not "quite")
const IF_SUBJECT = String.raw`${W}(?:si|se|if|once|wenn|falls|sobald|dès que|une fois que|en cuanto|assim que|appena)(?: (?:vous|usted|você|voce|lei|you|sie|tu|t[úu]))?(?: (?:puder|pode|podes|puede|pudiera|può|pouvez|can|could|k[öo]nnen|quiere|quiser|vuole|voulez))?`;
const CLITIC = String.raw` (?:lo|la|l'|le|o|a|it|ihn|sie|ne|nos|ci|nous)\s?`;
const REMOVE_VERB = String.raw`(?:retir|elimin|borr|apag|exclu|remov|rimuov|togli|cancell|supprim)\p{L}{0,4}|quit(?:ar|a|as|an|ara|aras|aran)|tir(?:ar|e|em)|delet\p{L}{0,3}|löschen|entfernen`;
const CHANGE_VERB = String.raw`modific\p{L}{0,4}|cambi\p{L}{0,4}|alter\p{L}{0,4}|mud(?:ar|e)|chang\p{L}{0,3}|updat\p{L}{0,3}`;
/** The verb's object is the review: "it/them" after it, an enclitic, or the clause ends on the verb. */
const NO_NOUN_AFTER = String.raw`(?: (?:it|them)${E}|(?<=(?:lo|la|l[oa]s))(?![\p{L}])|(?=[^\S\n]*(?:[,.;:!?]|\n|$)))`;
const REMOVE_IF_RE = compactRegExp(
  `${IF_SUBJECT}(?:${CLITIC}(?:${REMOVE_VERB}|${CHANGE_VERB}|take it down)${E}|\\s(?:take it down${E}|(?:${REMOVE_VERB})${E}${NO_NOUN_AFTER}|(?:${CHANGE_VERB})${E}(?: (?:it|them)${E}|(?<=(?:lo|la|l[oa]s))(?![\\p{L}]))))`,
  'u',
);
const REMOVAL_ENTRY = 'reward-for-removal';
/** "Hemos visto su comentario de una estrella. Le devolvemos el importe si lo retira": a reward for removing the review the
 *  sentence before named, through a pronoun or no object at all - asking to remove a review, paid: leading only (README). Not a
 *  refusal ("no le ofrecemos nada si lo retira") nor a pair already read. */
// why: s22 blind b es/pt/it/fr-008 (the review and the refund each in their own sentence)
function rewardForRemoval(t: string, sentences: readonly (readonly [number, number])[], found: readonly Span[], review: CueHits, reward: CueHits): Span[] {
  const out: Span[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const [qa, qb] = sentences[i - 1]!;
    const [at, to] = sentences[i]!;
    if (!cueWithin(reward, at, to)) continue;
    if (found.some((f) => f.rule === 'leading' && f.start < to && f.end > at)) continue;
    const s = sliceOf(t, at, to);
    if (!LATIN.test(s) || !gatedTest(REWARD_RE, s) || !REMOVE_IF_RE.test(s) || NOT_AN_INCENTIVE.test(s)) continue;
    const before = sliceOf(t, qa, qb);
    if (!gatedTest(REVIEW_RE, before) && !STARRED_COMMENT.test(before)) continue;
    out.push({ rule: 'leading', severity: 'block', start: qa, end: to, entry: `leading:${REMOVAL_ENTRY}` });
  }
  return out;
}

/** The exchange said in the review's sentence and pointing back at the reward given in the sentence before: "in return", "im
 *  Gegenzug", "en échange", "a cambio", "in cambio", "em troca" ("We're sending the spare bell free of charge. In return, a short
 *  review would mean a lot"). */
const EXCHANGE_BACK_RE = compactRegExp(`${W}(?:in return|in exchange|im gegenzug|dafür im gegenzug|en échange|en contrepartie|en retour|a cambio|en contrapartida|in cambio|in compenso|em troca|em contrapartida)${E}`, 'u');
/** ... or the review's posting as the condition of the seller's act on the reward named before ("Once you've posted your review,
 *  drop us a line and we'll process it"): the pronoun is the reward. */
const SELLER_DOES_IT_RE = compactRegExp(`${W}(?:we(?:'ll| will)|and we|then we) (?:\\p{L}{1,10} )?(?:process|issue|send|arrange|apply|release|do|ship|refund) (?:it|that|this|them|the refund)${E}`, 'u');
const EXCHANGE_ENTRY = 'reward-then-exchange';
/** A reward the seller gives in one sentence and the review asked "in return" in the next (or posted as the condition of the
 *  seller's act on it): the same incentive as in one sentence (README: `leading` + `review_request`; `leading` only for a change
 *  asked). Not a refusal in either sentence, a gift card that paid, a sentence pair already read. An exchange with no review word
 *  ("In return, please send back the old part") and a review ask with no exchange word beside a gift stay as they were (the latter is
 *  rewardsBesideAsks'). */
// why: s37 fb37 (g8 en/de/fr/es-0xx, g2 fr-008, en-008: "Le enviamos gratis ... A cambio solo le pedimos que deje su valoración")
function rewardThenExchange(t: string, sentences: readonly (readonly [number, number])[], found: readonly Span[], review: CueHits, reward: CueHits): Span[] {
  const out: Span[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const [qa, qb] = sentences[i - 1]!;
    const [at, to] = sentences[i]!;
    if (!cueWithin(review, at, to) || !cueWithin(reward, qa, qb)) continue;
    if (found.some((f) => f.rule === 'leading' && f.start < to && f.end > qa)) continue;
    const s = sliceOf(t, at, to);
    if (!LATIN.test(s) || !gatedTest(REVIEW_RE, s)) continue;
    if (!EXCHANGE_BACK_RE.test(s) && !(SELLER_DOES_IT_RE.test(s) && TIES_RE.test(s))) continue;
    const before = sliceOf(t, qa, qb);
    if (!(gatedTest(REWARD_RE, before) || gatedTest(DRAW_RE, before))) continue;
    if (REWARD_REFUSED.test(before) || REWARD_REFUSED.test(s) || NOT_AN_INCENTIVE.test(s) || gatedTest(GIFT_NOT_A_REWARD_RE, before) || REVIEW_READ.test(s) || ANSWERED_REVIEW.test(s)) continue;
    out.push({ rule: 'leading', severity: 'block', start: qa, end: to, entry: `leading:${EXCHANGE_ENTRY}` });
    if (!CHANGES_REVIEW.test(s)) out.push({ rule: 'review_request', severity: 'block', start: qa, end: to, entry: `review_request:${EXCHANGE_ENTRY}` });
  }
  return out;
}

const POSTED_ENTRY = 'review-posted-then-reward';
/** "Have you already posted your review? Send us a screenshot and get a voucher": the question of the review posted, then, in
 *  the next sentence, a reward the seller gives or proof of the review asked for - the reward is for the review (README:
 *  incentivised, `leading` + `review_request`; proof alone is `leading`, as in one sentence). Not when the next sentence
 *  refuses ("we can't offer anything for it") or the review is a negative one answered, nor a sentence pair already read. */
function rewardForPosted(t: string, sentences: readonly (readonly [number, number])[], found: readonly Span[], review: CueHits, reward: CueHits): Span[] {
  const out: Span[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const [qa, qb] = sentences[i - 1]!;
    const [at, to] = sentences[i]!;
    if (t[qb - 1] !== '?' && t[qb - 1] !== '？') continue;
    if (!cueWithin(review, qa, qb) || !cueWithin(reward, at, to)) continue;
    if (found.some((f) => f.start < to && f.end > qa)) continue;
    // (the next sentence first, each pattern behind its literal gate: most question sentences are followed by no reward)
    const s = sliceOf(t, at, to);
    const latin = LATIN.test(s);
    const rewarded = latin ? gatedTest(REWARD_RE, s) || gatedTest(DRAW_RE, s) : gatedTest(UNSPACED.reward, s);
    const proof = latin ? gatedTest(PROOF_ASK_RE, s) : /スクリーンショット|スクショ/u.test(s);
    if (!(rewarded && gatedTest(NEXT_GIVES_RE, s)) && !proof) continue;
    const q = sliceOf(t, qa, qb);
    if (!gatedTest(POSTED_QUESTION_RE, q) || ANSWERED_REVIEW.test(q) || NOT_AN_INCENTIVE.test(s)) continue;
    out.push({ rule: 'leading', severity: 'block', start: qa, end: to, entry: `leading:${POSTED_ENTRY}` });
    if (rewarded) out.push({ rule: 'review_request', severity: 'block', start: qa, end: to, entry: `review_request:${POSTED_ENTRY}` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------------
// A reward given or promised in the message, next to a review ask (s24)
// ---------------------------------------------------------------------------------------------------------------------------
/** A gift for the buyer (not money back for the order itself): a gift card, a voucher, a coupon or code, a discount, a gift. A bare
 *  gift noun only with its article ("un cadeau", "um brinde"): "emballage cadeau", "envuelto para regalo" wrap the order. */
// (s36 fe36: the share written with a hyphen - "I'll send over a 15%-off code for your next order", "a 10%-discount voucher")
// (s27 blind e en-002: a code handed over by name for the next order - "use GRIND15 on your next order", "Pop SAVE10 in at checkout",
// "utilisez MERCI10 sur votre prochaine commande", "usa GRAZIE10 nel prossimo ordine"; a code-shaped token, letters then digits)
const NAMED_CODE = String.raw`(?:use|apply|enter|pop|utilisez|utilise|entrez|verwenden sie|nutzen sie|geben sie|use o|usa|utilice|usá|usate|inserisci|inserisca) [a-z]{2,12}\d{1,3}(?= (?:\p{L}+ ){0,3}(?:next|nächste\p{L}?|prochaine?|próxim[oa]|prossim[oa]|checkout|kasse|caisse|caja|cassa))`;
const GIFT = String.raw`${NAMED_CODE}|${PREMIUM}|gift ?cards?|vouchers?|coupons?|(?:discount|promo) codes?|\d{1,3} ?%[- ]?(?:off|discount)|(?:einkaufs|geschenk|rabatt)?gutschein\p{L}{0,3}|rabattcode|bons? d'achat|cartes? cadeaux?|codes? promo|cup[óo]n(?:es)?|tarjetas? regalo|cheques? regalo|buon[oi] (?:sconto|regalo|acquisto)|vale-?(?:desconto|compras|presente)|vales? (?:de )?(?:desconto|presente|compras)|cupo(?:m|ns)|(?:un|una|uno|um|uma|ein|einen|a|an|un petit|ein kleines) (?:(?:small|little|petit|pequeño|pequeno|piccolo|kleines) )?(?:gift|regalo|cadeau|geschenk|brinde|omaggio|obsequio|presente)(?![- ]?wrap)`;
/** Money given back with an amount or a share ("te devolvemos 5 €", "erstatten wir Ihnen 50 %"): a reward only as goodwill
 *  (GOODWILL) or in the ask's own sentence - a refund of the order, apart from the ask, is service. */
// (s24 review #5: money credited to the buyer's account as thanks is money given too - "as a thank-you we have added £5 to your account
// balance")
const MONEY_BACK = String.raw`(?:devolv|reembols|erstatt|rembours|rimbors|restitu|refund|credit|crédit|accredit|added|gutgeschrieben|ajouté|añadido|aggiunto|adicionado)\p{L}{0,5}(?: [^\s.!?;]{1,12}){0,4} (?:\d{1,4}(?:[.,]\d{1,2})? ?(?:[$€£¥\x80]|%|euros?|eur|reais)|[$€£¥\x80] ?\d{1,4}|r\$ ?\d{1,4})`;
// (s36 fe36: "as a sorry" beside "as an apology", and "next time" beside "next order" - "As a sorry for the wait, here's 15% off next
// time with code SORRY15")
/** The seller gives it: a giving verb (GIVE), enclosed in the parcel, for the next purchase, as thanks or an apology. */
const GIVEN = String.raw`${GIVE}|slipped|enclosed|included|tucked|popped|colocamos|colocámos|pusimos|metimos|mettiamo|abbiamo messo|abbiamo incluso|incluímos|(?:liegt|liegen)(?: \p{L}+){0,6}? (?:im|in ihrem|bei)|beigelegt|legen wir|glissé|joint|inclus|ajouté|incluido|incluimos|metido|haremos llegar|hacemos llegar|trovi|troverà|inserito|allegato|riserviamo|riserveremo|junto|(?:as (?:a |an )?(?:small |little )?(?:thank[- ]you|thanks|apology|sorry|gesture))|als (?:kleines )?(?:dankeschön|entschuldigung|wiedergutmachung)|zur entschuldigung|en (?:guise d'excuses|remerciement|geste commercial)|pour (?:vous remercier|nous excuser)|(?:en|como) (?:agradecimiento|disculpa|compensaci[óo]n)|por las molestias|come ringraziamento|per scusarci|per il disagio|como (?:agradecimento|compensa[çc][ãa]o|pedido de desculpas)|pelo transtorno|(?:next|nächste[nr]?|prochaine?|siguiente|pr[óo]xim[oa]|prossim[oa]) (?:order|purchase|time|bestellung|einkauf|kauf|commande|achat|compra|pedido|encomenda|ordine|acquisto|spesa)`;
// (s37 fb37: "to make up for it", "como pedido de desculpas", "als Trostpflaster", "お詫びのしるしとして")
const GOODWILL = String.raw`as (?:a |an )?(?:small |little )?(?:apology|gesture|thank[- ]you)|to make up for it|como pedido de desculpas|pour (?:nous )?(?:faire pardonner|excuser)|(?:als|zum) (?:kleine[sn] )?trostpflaster|for the (?:inconvenience|trouble|delay|wait)|por las molestias|por el retraso|pour le (?:dérangement|désagrément|retard)|per il (?:disagio|ritardo)|pelo (?:transtorno|atraso)|als (?:entschuldigung|wiedergutmachung|dankeschön)|zur entschuldigung|f[üu]r die unannehmlichkeiten`;
const GIFT_GIVEN_RE = compactRegExp(`(?:${W}(?:${GIFT})${E}|ギフト券|ギフトカード|クーポン|割引券|プレゼント)`, 'u');
const GIVEN_RE = compactRegExp(`${W}(?:${GIVEN})${E}|お送り|同梱|差し上げ|進呈|お詫びとして|お礼として|次回`, 'u');
const MONEY_BACK_RE = compactRegExp(`${W}(?:${MONEY_BACK})`, 'u');
const GOODWILL_RE = compactRegExp(`${W}(?:${GOODWILL})${E}|お詫びとして|お詫びの(?:しるし|印)として|お礼として`, 'u');
/** A thing given free, said by the manner of giving ("de brinde", "en cadeau", "in omaggio", "gratis", "at no charge", "無料で"): a
 *  gift only with the goodwill it is given for (GOODWILL_RE) - a free replacement alone is service. */
// why: s37 fb37 (g8 pt-011 "vamos mandar uma buzininha de brinde", ja-011 "無料で同梱", each as an apology, the ask after)
const FREE_GIFT_RE = compactRegExp(`${W}(?:de brinde|en cadeau|in omaggio|(?<!(?:papel|envoltorio|bolsa|caja|paquete|envuelto|envolver) )de regalo|als geschenk|as a (?:free )?gift|on the house|gratis|grátis|free|gratuit\\p{L}{0,2}|gratuitamente|kostenlos\\p{L}{0,2}|${NO_COST})${E}|無料で`, 'u');
/** The gift card is how the buyer paid or where money goes back ("refunded to your gift card balance", "paid with a voucher"):
 *  no reward for one. Each exclusion is tied to the gift noun (s24 review #5): "postage paid by us", "your account balance" and a
 *  gift card slipped "into the gift wrap" are no such card, and gift wrap is read in GIFT itself ("a gift-wrapped parcel" is no
 *  gift). A reward "regardless of the stars" or "whatever you decide" beside an ask is still a reward for a review (Amazon's
 *  guidelines: no incentive, whatever the review says), so those words clear nothing. */
const GIFT_CARD = String.raw`(?:amazon[- ])?(?:gift ?cards?|gutschein\p{L}{0,2}|geschenkgutschein\p{L}{0,2}|cartes? cadeaux?|tarjetas? regalo|carta regalo|cart[ãa]o[- ]presente|vale-?presente|vouchers?|bons? d'achat)`;
const PAY_WORD = String.raw`paid|bezahlt|payé|pagad[oa]|pagat[oa]|pag[oa]u`;
const GIFT_NOT_A_REWARD_RE = compactRegExp(
  `${W}(?:(?:to|on|onto|auf|sur|en|su|no|na|sul|sulla) (?:your|ihr\\p{L}{0,2}|votre|su|tu|sua|seu|tuo|suo) ${GIFT_CARD}|${GIFT_CARD}[- ](?:balance|guthaben|solde|saldo)|(?:balance|guthaben|solde|saldo) (?:de |del |da |der |des |della |do |of )?(?:(?:your|ihr\\p{L}{0,2}|votre|su|tu|sua|seu|tuo|suo) )?${GIFT_CARD}|(?:${PAY_WORD})(?: \\p{L}{1,12}){0,2} (?:with|by|using|mit|per|avec|par|con|por|com)(?: \\p{L}{1,12}){0,2} ${GIFT_CARD}|${GIFT_CARD}(?: \\p{L}{1,12}){0,3} (?:${PAY_WORD}))${E}`,
  'u',
);
/** The ask's own sentence denies it or gives it to Amazon: "You do not need to leave a review", "Eine Bewertung ist keine
 *  Voraussetzung ... und wir bitten auch nicht darum", "Amazon may email you to ask for a review" (s24 review #6) - a reward beside
 *  it is then no reward for a review. Not "don't forget/hesitate to leave a review" (no ask denied) nor "a review on Amazon will help"
 *  (Amazon is where, not who). */
// near-misses kept flagged: "Don't forget to leave a review - we tucked a voucher in the box.", "A review on Amazon will help us a lot.
// We've added a £5 voucher as a thank-you."
const ASK_DENIED = compactRegExp(String.raw`(?<![\p{L}])(?:(?:do|does|did) not need|(?:don't|doesn't|didn't) need|no need|needn't|(?:is|are) not (?:necessary|required|needed|a condition|mandatory|expected)|not required|(?:don't|do not|won't|will not|never) (?:ask|request|expect)|not asking|keine (?:voraussetzung|pflicht|bedingung)|nicht (?:nötig|notwendig|erforderlich|verpflichtet)|müssen (?:\p{L}{1,12} )?(?:keine|nicht)|bitten (?:\p{L}{1,10} )?nicht|pas (?:besoin|obligée?s?|nécessaire|obligatoire)|ne (?:vous )?demandons (?:pas|rien)|no (?:hace falta|es necesari[oa]|es obligatori[oa]|tiene que|pedimos|le pedimos|te pedimos)|non (?:è necessari[oa]|è obbligatori[oa]|deve|chiediamo|le chiediamo|ti chiediamo)|não (?:precisa|é necessári[oa]|é obrigatóri[oa]|pedimos|tem que))(?![\p{L}])`, 'u');
const AMAZON_ASKS = compactRegExp(String.raw`(?<![\p{L}])(?<!(?:on|auf|bei|sur|en|su|na|no|at|via|de|di|da|von|in|am|dans|sobre|per|through|über)\s)amazon\s(?:\p{L}{1,12}\s){0,2}?(?:may|might|will|can|could|sometimes|usually|automatically|kann|könnte|wird|schickt|sendet|peut|pourrait|va|envoie|puede|podría|envía|suele|potrebbe|può|invia|pode|poderá|vai|envia|costuma|asks?|sends?|e-?mails?)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:e-?mail|mail|message|ask|request|nachricht|bitt\p{L}{0,3}|frag\p{L}{0,3}|demand\p{L}{0,3}|solicit\p{L}{0,3}|pid\p{L}{0,3}|pedi\p{L}{0,3}|chied\p{L}{0,3}|courriel|correo|messaggio|mensagem)`, 'u');
/** The seller's own plea beside Amazon's ask in one sentence ("Amazon will ask you for a review soon; please leave one, we slipped a
 *  voucher in the box"): the ask is the seller's too. */
const SELLER_PLEA = /(?<![\p{L}])(?:please|bitte|s'il vous pla[îi]t|por favor|per favore|por gentileza)(?![\p{L}])/u;
/** ... or the seller's plea in the statement right after it, asking for that review by a pronoun: "Amazon will ask you for a review
 *  soon; please leave one, we slipped a voucher in", "Amazon vous demandera un avis. S'il vous plaît, laissez-en un", "Amazon le
 *  pedirá una reseña; por favor, déjenos una", "Amazon le chiederà una recensione: per favore ne lasci una", "Amazon vai pedir uma
 *  avaliação; por favor, deixe uma", "Amazon wird Sie um eine Bewertung bitten - bitte hinterlassen Sie eine". The pronoun stands for
 *  the review Amazon asks for: the ask is the seller's too (a ';' parts the two, so the plea was read as its own sentence). Not a
 *  plea to ignore it or not to feel obliged ("please feel free to ignore it", "please don't feel you have to leave one": the
 *  verb must follow the plea). */
// why: s24 known miss (note-s24.md "Left"): the voucher beside Amazon's ask was cleared as Amazon's own
const PLEA_FOR_ONE = compactRegExp(
  String.raw`(?<![\p{L}])(?:please|bitte|s'il vous pla[îi]t|por favor|per favore|por gentileza)(?: (?:do|just|doch|simplement|solo|só))?,? (?:ne |en )?(?:leave|write|post|give|hinterlassen sie|schreiben sie|geben sie|laissez|laissez-en|écrivez|écrivez-en|d[ée]jenos|d[ée]jela|d[ée]je|escr[íi]banos|escriba|ci lasci|lasci|scriva|deixe|escreva)(?: (?:us|uns|nos|ci|nous))? (?:one|it|eine|einen|un|une|una|uno|uma|la|lo)(?![\p{L}])`,
  'u',
);
/** A draw among those who answer a survey or questionnaire: no review entered. */
const SURVEY_DRAW = /(?<![\p{L}])(?:survey|questionnaire|umfrage|fragebogen|enquête|sondage|encuesta|cuestionario|sondaggio|questionario|pesquisa)(?![\p{L}])|アンケート/u;
/** The review just asked for, posted, as the condition of what the sentence gives: "Once it's up, message me and I'll post you a
 *  fresh set on the house", "Sobald sie online ist, schicken wir Ihnen ... gratis", "Dès qu'il est en ligne, ...", "En cuanto esté
 *  publicada, ...", "Appena è online, ...", "Assim que estiver no ar, ..." - the pronoun is the review, so a thing given free there is
 *  given for it (README: a free item for a review is an incentive), with no goodwill word needed. */
// why: s37 gb37 (h3 en-015: the free strings promised once the review is up, in the sentence after the ask)
const IT_POSTED_RE = compactRegExp(
  String.raw`(?<![\p{L}])(?:(?:once|when|as soon as|after) (?:it(?:'s| is| has been| goes)|they(?:'re| are| have been| go)) (?:up|live|online|posted|published)|(?:sobald|wenn|nachdem) (?:sie|er|es) (?:online|veröffentlicht|sichtbar|freigeschaltet)|(?:dès qu'|une fois qu'|quand |lorsqu')(?:il|elle) (?:est|sera) (?:en ligne|publiée?|visible)|(?:en cuanto|cuando|una vez que|apenas) (?:esté|está) (?:publicad[ao]|en línea|online|visible)|(?:appena|quando|una volta che) (?:è|sarà|sia) (?:online|pubblicat[ao]|visibile)|(?:assim que|quando|depois que) (?:estiver|for) (?:no ar|online|publicad[ao]))(?![\p{L}])`,
  'u',
);
const BESIDE_ENTRY = 'reward-beside-ask';
/** `leading` over a review ask and a reward the seller gives in its sentence or the one before or after: a gift card slipped in the
 *  parcel "as an apology" and then "we'd love your honest review", "Über eine ehrliche Rezension würden wir uns freuen. Als Dankeschön
 *  schicken wir Ihnen einen Gutschein", "Deixe sua avaliação e na próxima compra mandamos um brinde" (README: an incentive, in
 *  either order). The ask is the lexicons' or a structural one (`asks`, review_request spans): the reward alone (a voucher as an
 *  apology) and the ask alone stay as they were. Not a refusal in the reward's sentence ("nous n'offrons rien en échange d'un avis"),
 *  a gift card that paid or takes a refund, gift wrap, a reward "whatever your review"; money back counts only as goodwill ("por las
 *  molestias", "as an apology") or in the ask's own sentence ("schicken Sie uns den Link - dann erstatten wir Ihnen 50 %"). */
// why: s24 blind d es/pt/it/de-012/011, f de-003, s23 blind q *-002 (reward and ask in two sentences, or tied by "and" / "dann")
export function rewardsBesideAsks(t: string, asks: readonly Span[]): Span[] {
  if (asks.length === 0) return [];
  const sentences = sentenceSpans(t, MAX_SENTENCE, true);
  const rewarded = new Map<number, boolean>();
  /** Sentence i holds a reward the seller gives (own: the ask's own sentence, where money back counts too). */
  const holds = (i: number, own: boolean): boolean => {
    const key = own ? -i - 1 : i;
    const known = rewarded.get(key);
    if (known !== undefined) return known;
    const [a, b] = sentences[i]!;
    const s = sliceOf(t, a, b);
    const gift = (gatedTest(GIFT_GIVEN_RE, s) || (FREE_GIFT_RE.test(s) && (gatedTest(GOODWILL_RE, s) || (!own && IT_POSTED_RE.test(s))))) && gatedTest(GIVEN_RE, s);
    // (s36 g2 en-081: a draw the buyer enters, in the ask's sentence or next to it - "Join our lucky draw for a tablet! Just write a
    // review and you're in" - is the reward the ask pays for, as a gift given is; not a survey's draw, the ask's own sentence reads it)
    const draw = !gift && gatedTest(DRAW_RE, s) && !SURVEY_DRAW.test(s);
    const money = !gift && gatedTest(MONEY_BACK_RE, s) && (own || gatedTest(GOODWILL_RE, s));
    const ok = (gift || money || draw) && !REWARD_REFUSED.test(s) && !gatedTest(GIFT_NOT_A_REWARD_RE, s) && !(own && REVIEW_READ.test(s));
    rewarded.set(key, ok);
    return ok;
  };
  const out: Span[] = [];
  // (no sentence at all - a run too long to be read as one - threw here before s29's review: nothing to pair an ask with)
  if (sentences.length === 0) return out;
  let si = 0;
  for (const ask of [...asks].sort((x, y) => x.start - y.start)) {
    while (si < sentences.length - 1 && sentences[si]![1] <= ask.start) si++;
    const [ownA, ownB] = sentences[si]!;
    // a gift card that paid in the ask's sentence, a change asked for, an ask denied or Amazon's own (s24 review #6) is none
    const own = sliceOf(t, ownA, ownB);
    const pleaNext = (): boolean => si + 1 < sentences.length && PLEA_FOR_ONE.test(sliceOf(t, sentences[si + 1]![0], sentences[si + 1]![1]));
    if (gatedTest(GIFT_NOT_A_REWARD_RE, own) || CHANGES_REVIEW.test(own) || ASK_DENIED.test(own) || (AMAZON_ASKS.test(own) && !SELLER_PLEA.test(own) && !pleaNext())) continue;
    const at = holds(si, true) ? si : si > 0 && holds(si - 1, false) ? si - 1 : si + 1 < sentences.length && holds(si + 1, false) ? si + 1 : -1;
    if (at < 0) continue;
    const [ra, rb] = sentences[at]!;
    out.push({ rule: 'leading', severity: 'block', start: Math.min(ra, ask.start), end: Math.max(rb, ask.end), entry: `leading:${BESIDE_ENTRY}` });
  }
  return out;
}
