// Review asks in Spanish, Portuguese, Italian and French read from their structure (session 11): a
// request form and, in the same sentence, an object that is a review. The lexicons hold fixed phrases
// ("deje una reseña", "lasci una recensione"); a probe written after each round of fixes scored .5-.7
// because the next paraphrase changes the verb, the courtesy frame or the noun. Here the two halves are
// read apart, each a closed class that paraphrases reuse:
// - the request: an imperative of a giving/telling/writing verb ("deje", "cuéntenos", "compartilhe" (European "partilhe": s25 pt),
//   "scriva", "racconti", "partagez", "donnez"), a courtesy or wish frame ("le agradeceríamos que",
//   "ficaríamos felizes se", "ci farebbe piacere se", "ce serait formidable si", "n'hésitez pas à"), a
//   modal question or offer ("¿podría…?", "você poderia", "potrebbe", "vous pouvez") or a follow-up
//   ("¿ha tenido ocasión de…?", "já teve a chance de", "ha avuto modo di", "avez-vous eu l'occasion");
// - the object: a review noun or rating verb in any inflection (reseña/valoración/estrellas, avaliação/
//   nota/estrelas, recensione/valutazione/stelle, avis/évaluation/étoiles, valorar/avaliar/valutare/
//   noter), or a weaker one (experience, opinion, comment, "a few lines", "what you think") only with a
//   public venue or audience (on Amazon, the product page, Your Orders, other buyers).
// An invitation to follow others' ratings ("únase a ellos", "rejoignez-les") counts as a request.
// Skipped: a sentence that denies or refuses the ask, thanks for a review, or speaks of a review the
// seller has read; product facts ("calificación energética", "nota fiscal", "avis de passage").
// ("a nota" downloaded, issued or printed, or with "nota fiscal" later in its sentence, is the invoice: "pode baixar a nota
// em amazon.com.br > Seus pedidos > Solicitar nota fiscal" - s22 blind i pt-054)
// A conditioned or assumed-satisfied ask, or a contact-first one ("escríbanos antes de valorar"), is
// also `leading` (the condition, assumption or contact may stand in the sentence before, as in
// conditioned-ask.ts).
import { isSentenceStop } from './sentence';
import { cueWithin, defineCue, type CueHits } from './entry-index';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { gatedTest } from './literal-gate';
import { compact, compactRegExp } from './compact-letters';
import { MESSENGER_APPS, SOCIAL_NETWORKS } from '../lexicon/shared';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

/** Imperatives of asking verbs (usted/tú/você/Lei/vous), clitics attached or not. */
const IMPERATIVE =
  "(?:val[óo]re(?:nos|lo|la)|valore (?:el|la|su|nuestr[oa]|este|esta|usted)|calif[íi]que(?:nos|lo|la|n)?|punt[úu]e(?:nos|lo|la|n)?|opine|rese[ñn]e|avalie(?:-nos|-o|-a)?|classifique|(?:ci|lo|la|li) valuti|valuti (?:il nostro|la nostra|l'acquisto|il prodotto|l'articolo|con)|recensisca|(?:ci )?dia un voto|(?<!vous )notez(?:-nous|-le|-la)?|(?<!vous )[ée]valuez(?:-nous|-le|-la)?|d[ée]j(?:e|en|a)(?:nos|lo|la|nos\\p{L}{0,3})?|escr[íi]ba(?:nos|lo)?|escr[íi]benos|compart(?:a|an|e)(?:nos|lo|la)?|comp[áa]rt(?:a|e)(?:nos|lo|la)(?:s)?|cu[ée]nt(?:e|enos|elo|eselo|anos|alo|en)|dedi(?:que|quen|qu[ée]nos)|reg[áa]l(?:enos|anos|e|a)|d[ée](?:nos|me)|danos|publique|p[óo]ngale|p[óo]nganos|deix(?:e|a)(?:-nos)?|escreva|compartilhe|partilhe|conte(?:-nos)?|conta (?:pra|para|pro|como|o que|a[íi])|dê(?:-nos)?|mande|lasci|ci lasci|ci scriva|(?:ci|mi) mandi|(?:ci|mi) invii|m[áa]ndenos|env[íi]enos|envoyez-nous|envie-nos|scriva|condivida|racconti|ci racconti|(?:ci |mi )?dia (?:un|una|qualche|cinque|5|il suo|la sua)|dedichi|pubblichi|assegni|metta|raccont(?:alo|aci|acelo)|lasciaci|lasciala|lascialo|scrivi(?:lo|ci)|dillo|dicci|dacci|mettici|condividi(?:lo)?|valuta(?:ci|lo|la)|recensisci(?:lo|la)?|votaci|calif[íi]ca(?:nos|lo|la)|punt[úu]a(?:nos|lo|la)|val[óo]ra(?:nos|lo|la)|ponnos|nos (?:calificas|valoras|punt[úu]as|dejas|das|pones|escribes|regalas)|avalia (?:a gente|o vendedor|a loja|o produto|n[óo]s)|(?:nos )?manda (?:umas?|cinco|5|sua|a sua)|(?:tu nous|vous nous) (?:mets|mettez|laisses|laissez|donnes|donnez)|mets-nous|laisse-nous|donne-nous|note-nous|[ée]cris-nous|raconte(?:-nous)?|partage(?:-la|-le)?|laissez|laisse|[ée]crivez|partagez|racontez|dites(?:-nous)?|donnez|accordez|attribuez|publiez|mettez|d[ée]posez)";
/** Courtesy, wish and modal frames that ask. */
// (a courteous conditional of giving to the seller, the buyer its subject: "¿Nos dedicaría un minuto a la valoración?",
// "nos daria sua avaliação?", "ci dedicherebbe un minuto per una recensione?", "nous accorderiez-vous un avis ?" - s19 blind b
// es-008; a review object must stand in the same clause, and a bad one or a change of one is held back below)
// (the courteous conditional itself is COURTEOUS below: it asks for a review only with the review as its object; the
// review as the giver of a hand stays a frame: "una recensione sulla nostra pagina ci darebbe una grossa mano" - s6-it-0008)
// ("noter" only with a review's object: "avez-vous pu noter le numéro de suivi ?" copies a number - s20 probe)
// (s20 blind e es-013: a follow-up in the preterite, "¿tuvo ocasión de valorar el kit?", "¿pudo valorar...?", "conseguiu avaliar",
// "è riuscito a recensire", "avez-vous pu noter" - the review object must still stand in the sentence)
// (a hope to read or see the buyer's review soon: "Ojalá podamos leer pronto tu reseña", "Estamos na torcida pra ver o seu comentário
// na página do anúncio", "speriamo di leggere presto la sua recensione", "nous avons hâte de lire votre avis" - s21 blind o es-002, pt-003;
// the buyer's own review right after the verb: "espero ver la reseña que mencionó" is one already written)
// (s22 blind b: "¿por qué no se lo cuenta a...?", "le dispiacerebbe scrivere...", "ça vous dérangerait d'écrire...", "nous adorerions
// lire...", "può lasciarlo su Amazon?", and the follow-up "ha visto il nostro messaggio sulla recensione?" - it/fr-019, -020, -004, fr-018)
// (s25 blind a es-012: "don't forget to" + an infinitive, "no olvide contarnos qué tal en Amazon", "não se esqueça de avaliar",
// "non dimentichi di lasciare", "n'oubliez pas de noter" - not "don't forget that" or "don't forget:", a fact reminded - "Não esqueça:
// avaliações abaixo de 4 estrelas prejudicam ..." (s6-pt-0022, leading only); the object rules stay)
// (s26 blind d pt-005: the seller says its message asks for the review - "Passando de novo para pedir sua avaliação", "Le escribo para
// pedirle su reseña", "Je reviens vers vous pour vous demander votre avis", "Le scrivo per chiederle una recensione", "Venho pedir a sua
// avaliação": a verb of asking for, in the infinitive of purpose or the first person, with the review as its object a few words after
// it (ASK_FOR_RE), as the English lexicon's "writing to ask for your review" has it; DENIED/SEEN stay - "no le pedimos una reseña"
// refuses. Not another object whose words name the review later: "para pedirle el número de pedido que aparece en su reseña")
const ASK_FOR =
  "(?:(?:para|pra|pour|per|a) (?:(?:vous|lui|le|la|lhe|te|ti|gli) )?(?:pedir(?:le|te|lhe|-lhe)?|solicitar(?:le|te|lhe|-lhe)?|demander|solliciter|chieder(?:le|ti|vi|gli)?|richieder(?:le|ti|vi)?)|(?:venho|vengo a|je viens|vengo) (?:(?:vous|le|te|lhe) )?(?:pedir(?:le|te|lhe)?|demander|chieder(?:le|ti))|(?:le |te |lhe )?(?:pido|peço|chiedo|solicito)(?! (?:disculpas|desculpas|perd[óo]n|scusa))|(?:je )?vous demande(?! pardon))";
const FRAME =
  "(?:no (?:se )?olvid(?:e|es|en)(?! que|\\s?[:;])|n[ãa]o (?:se )?esque[çc]a(?:m)?(?! que|\\s?[:;])|non dimentic(?:hi|ate|are)(?! che|\\s?[:;])|n'oubli(?:ez|e) pas(?! que| qu'|\\s?[:;])|(?:ojal[áa]|esperamos|espero|deseando|ansios[oa]s|(?:estamos )?na torcida|torcendo|speriamo|spero|non vediamo l'ora|(?:nous )?esp[ée]rons|j'esp[èe]re|(?:nous )?avons h[âa]te|h[âa]te)(?: (?:de|di|por|para|pra|pour|que|poder|potere|pouvoir|podamos|possamos|possiamo|puissions))*(?: pronto| presto| bient[ôo]t| logo)? (?:leer|ler|ver|lire|voir|leggere|vedere)(?: pronto| presto| bient[ôo]t| logo)? (?:tu|su|sua|seu|tua|teu|votre|ton|ta|(?:la|il|o|a) (?:sua|suo|tua|tuo|seu|teu))|(?:nos|ci|nous|me|mi) (?:dar[íi]a|darebbe|daria|donnerait) (?:una |un |uma )?(?:\\p{L}+ )?(?:mano|manita|ayuda|ajuda|for[çc]a|coup de main)|(?:feraient|ferait|ferai) (?:notre|mon) bonheur|nous ferai(?:en)?t (?:très |vraiment |grand )?plaisir|n'h[ée]sit(?:ez|e) pas|no (?:dude|dudes) en|non esit(?:i|ate|are)|não hesite|(?:nos )?(?:echa|eche|echas|echaría|echarías|echaría) una mano|(?:ci )?(?:dai|dia) una mano|(?:nos )?d[áa] uma for[çc]a|(?:ce|ça|ca) serait (?:top|génial|super|cool|sympa|parfait)|ser[íi]a (?:top|guay|genial)|(?:seria|sarebbe) (?:top|ótimo|otimo|fantastico|bellissimo)|(?:¿\\s?)?se animar[íi]a|topa(?:ria)?|(?:le|ti) andrebbe|(?:un |una |el |o )?favor(?:cito|zinho|zão)?|(?:mi |ci )?(?:fai|faccia|fareste|faresti) un favore|(?:tu|vous) (?:me |nous )?(?:rends|rendez|rendrais|rendriez) (?:un )?(?:petit )?service|nos conformamos|a gente se contenta|ci accontentiamo|on se contente|nous nous contenterions|nos importa(?:n)?|ci sta(?:nno)? a cuore|(?:tu )?(?:peux|pourrais)(?:-tu)?|peux-tu|pourrais-tu|podr[íi]as|(?:¿\\s?)?puedes|potresti|potreste|(?:mi |ci )?puoi|vc (?:pode|poderia)|(?:tu )?podes|ci auguriamo di|(?:speriamo|esperamos|esperamos poder|nous esp[ée]rons|j'esp[èe]re) (?:\\p{L}{1,10} )?(?:leer|ver|recibir|leggere|vedere|ricevere|ler|receber|lire|voir|recevoir)|torc(?:emos|o) (?:para|pra|por)|(?:seguro que|sicuramente|s[ûu]rement|com certeza|certamente|sin duda) (?:\\p{L}{1,12} ){0,3}(?:algo|qualcosa|quelque chose)|(?:seriez|serais)-(?:vous|tu) (?:partant\\p{L}{0,2}|d'accord|pr[êe]t\\p{L}{0,2})|(?:le|ti) va di|apreciar[íi]amos|(?:¿\\s?)?y si nos (?:cuenta|deja|escribe|da|regala)|pensez [àa]|pense em|pensi a|piense en|agradecer[íi]a|nos ayudar[íi]a(?:n)?|qu[ée] le parecer[íi]a|nos ajudaria(?:m)?|ci aiuterebbe(?:ro)?|(?:cela|[çc]a) nous aiderait|se (?:tiver|tem) (?:um )?(?:minutinho|minuto|tempinho|momento)|se ha (?:un )?(?:minuto|momento|attimo)|si vous avez (?:une minute|un instant|un moment|deux minutes)|le agradecer\\p{L}{1,6}|se lo agradecer\\p{L}{1,6}|nos (?:encantar|gustar|alegrar)\\p{L}{1,5}|nos (?:har[íi]a|har[íi]an) (?:muy )?feli\\p{L}{1,3}|ser[íi]a (?:genial|estupendo|fant[áa]stico|de gran ayuda|un gran apoyo|maravilloso)|(?:¿\\s?)?podr[íi]a(?:n)?|¿\\s?puede|puede (?:darla|dejarla|escribirla|publicarla|hacerlo|darnos|dejarnos)|le importar[íi]a|(?:le|te|os) (?:invitamos|animamos|pedimos) a|(?:le|te|les|os) pedimos que|(?:ti|vi) chiediamo(?= di| solo| soltanto| soltanto| semplicemente)|no dude en|an[íi]mese|se anima|(?:ha|has) tenido (?:ocasi[óo]n|tiempo|oportunidad)|(?:¿\\s?)?(?:tuvo|tuviste|tuvieron) (?:la |un |alg[úu]n )?(?:ocasi[óo]n|oportunidad|tiempo|momento|ratito|minuto)|(?:¿\\s?)?(?:pudo|pudiste|lleg[óo] a|llegaste a)|conseguiu|deu tempo de|[èe] riuscit[oa] a|ha potuto|ha fatto in tempo a|(?:avez-vous|as-tu) (?:pu|trouv[ée] le temps de)|vous avez pu|tu as pu|le ha dado tiempo|cuando (?:tenga|pueda)|si (?:puede|pudiera|tiene un (?:momento|minuto))|ficar[íi]amos|adorar[íi]amos|gostar[íi]amos|agradecer[íi]amos|seria (?:[óo]timo|incr[íi]vel|demais|muito importante|de grande ajuda)|que tal|voc[êe] poderia|poderia|pode (?:deix\\p{L}{1,5}|dar|escrever|postar|publicar)|j[áa] teve (?:a )?(?:chance|oportunidade|tempo)|teve (?:a )?(?:chance|oportunidade)|quando puder|se puder|n[ãa]o deixe de|convidamos|fique [àa] vontade|ci farebbe piacere|le saremmo grat\\p{L}|saremmo (?:felici|grati|contenti)|vorremmo|gradiremmo|potrebbe|(?:lo |la )?pu[òo] (?:dare|lasciare|scrivere|pubblicare)|le chiediamo|ha (?:gi[àa] )?avuto (?:modo|occasione|tempo)|quando ha (?:un attimo|un momento|tempo)|se pu[òo]|non esiti|la invitiamo|perch[ée] non|por qu[ée] no|por que n[ãa]o|(?:le|ti|vi) dispiacerebbe|(?:[çc]a|cela|ca) (?:vous|te) (?:d[ée]rangerait|ennuierait)|(?:nous )?adorerions|j'adorerais|pu[òo] (?:lasciarl|scriverl|pubblicarl|condividerl)[oa]|(?:¿\\s?)?(?:ha|hai|avete) (?:visto|letto|ricevuto) (?:il )?(?:nostro|mio) (?:ultimo |precedente )?messaggio|(?:¿\\s?)?(?:vio|viste|ha visto|leyó|ha leído) (?:nuestro|mi) (?:último |anterior )?mensaje|viu (?:nossa|minha) (?:última )?(?:mensagem|msg)|n'h[ée]sitez pas|nous serions (?:ravis|heureux|reconnaissants)|ce serait (?:formidable|g[ée]nial|super|top|parfait)|pourriez-vous|pouvez-vous|vous pouvez (?:le |la |nous )?(?:laisser|donner|publier|[ée]crire|partager|poster|mettre)|avez-vous eu (?:l'occasion|le temps)|d[èe]s que vous aurez|quand vous aurez|nous aimerions|nous vous invitons|pourquoi ne pas|prenez (?:un instant|une minute|quelques)|auriez-vous)";
/** The courteous conditional of giving ("nos daría", "ci darebbe", "nous donneriez") asks for a review only when the review is
 *  its object, a few words after it: "¿Nos dejaría una reseña?", "¿Nos dedicaría un minuto a la valoración?". Not the link,
 *  the order number, a permission or a look at the buyer's existing review: "¿Nos dejaría ver la reseña que menciona?",
 *  "Ci darebbe il link alla recensione di cui parla?" (s19 review 2 #4). */
const COURTEOUS =
  "(?:(?:nos|me) (?:dedicar|dar|regalar|dejar|conceder|brindar|escribir|ceder)[íi]a(?:s|n)?|(?:nos|me) (?:dedicaria|daria|deixaria|concederia|escreveria)m?|(?:ci|mi) (?:dedicherebbe|darebbe|regalerebbe|lascerebbe|concederebbe|scriverebbe)(?:ro)?|(?:nous|me) (?:accorderiez|consacreriez|donneriez|laisseriez|écririez|offririez)(?:-vous)?)";
const NOT_THE_OBJECT =
  "(?:link|enlace|lien|liens|n[úu]mero|numero|permiso|permesso|permiss[ãa]o|permission|ver|vedere|voir|verificar|verificare|v[ée]rifier|responder|rispondere|r[ée]pondre|acceso|accesso|acc[èe]s|captura|screenshot|copia|c[óo]pia|copie|datos|dati|dados)";
/** A wish in the conditional mood, said of the buyer's review ("su puntuación orientaría a otros", "due parole
 *  sue sarebbero un regalo", "un petit mot ferait toute la différence", "seria um prazer ler o seu comentário"). */
const CONDITIONAL =
  "(?:bastar[íi]a(?:n)?|basta(?:n)? con|basterebbe(?:ro)?|suffirait|suffit|ser[íi]a(?:n)?|ayudar[íi]a(?:n)?|orientar[íi]a(?:n)?|encantar[íi]a|gustar[íi]a|alegrar[íi]a(?:n)?|apreciar[íi]amos|servir[íi]a(?:n)?|significar[íi]a(?:n)?|har[íi]a(?:n)?|valdr[íi]a|vendr[íi]a(?:n)?|seria(?:m)?|pode ajudar|ajudaria(?:m)?|faria(?:m)?|significaria(?:m)?|valeria|apreciar[íi]amos|sarebbe(?:ro)?|potrebbe aiutare|aiuterebbe(?:ro)?|farebbe(?:ro)?|interesserebbe(?:ro)?|piacerebbe|apprezzeremmo|significherebbe(?:ro)?|servirebbe(?:ro)?|serait|pourrait aider|seraient|aiderait|aideraient|ferait|feraient|int[ée]resserait|int[ée]resseraient|plairait|appr[ée]cierions|compterait|signifierait|servirait|changerait)";
/** Joining others who rated ("únase a ellos", "rejoignez-les"). */
const JOIN = "(?:[úu]nase a (?:ellos|ellas)|se anima (?:usted |tú |tu )?(?:también|tambien)|s[úu]mese|junte-se a (?:eles|elas)|si unisca a loro|rejoignez-les|faites comme eux|haga como ellos|fa(?:ccia|ça) como (?:eles|loro))";

/** Review nouns and rating verbs (any inflection). Not product facts (energy class, invoices, delivery notes). */
// (a count of star emoji is a rating too: "danos 5⭐ en Amazon", "deixa 5 ★ pra gente" - s22 blind i es-043)
// (common typos of the noun: "recenzione", "l'avi ?" with its s dropped - s22 blind b it-004, fr-004)
// ("nota" after a conditional or subject word is the verb notar/notare, to notice: "si nota que se atasca, escríbanos", "se nota
// qualche difetto, ci scriva" - the noun takes an article or a possessive; s31 prec31b)
const STRONG =
  "(?:[1-5] ?(?:⭐|★)|rese[ñn]\\p{L}{0,4}|resenh\\p{L}{0,4}|valoraci[óo]n\\p{L}{0,3}(?! energ)|valor(?:ar|arlo|arla|arnos|en|ara|ase|aras|ases)|calificaci[óo]n\\p{L}{0,3}(?! energ)|calific(?:ar|e|ara|ase|en|as)|valoras|punt[úu]as|puntuaci[óo]n\\p{L}{0,3}|puntu(?:ar|e|ara|ase|en)|punt[úu]e|estrell\\p{L}{1,5}|avalia[çc](?:[ãa]o|[õo]es)|avali(?:ar|á-lo|á-la|e|em|asse|asse|ando|a)|classific(?:ar|ação)(?! de efici| energ)|estrel(?:as|inhas|inha|a)|recen[sz]ion\\p{L}{1,3}|(?<=l['’])avi(?![\\p{L}])|recensir\\p{L}{1,3}|valutazion[ei](?! energ)|valut(?:are|arlo|arla|arci|i|asse|ando)|stell(?:a|e|ine|ina)|(?:un |il |qualche )?voto|avis(?! de passage| d'exp[ée]dition| de r[ée]ception| de livraison)|[ée]valuation\\p{L}{0,1}|[ée]valu(?:er|ez)|not(?:er|ez) (?:le|la|l'|ce|cet|cette|notre|nos|cinq|5)(?![\\p{L}'])(?!\\s?(?:num[ée]ro|r[ée]f[ée]rence|adresse|code|date|heure|nom|mot de passe|identifiant|suivi|lien|montant|taille|mod[èe]le)(?![\\p{L}]))|(?:attribuer|donner|mettre|laisser|attribuez|donnez|mettez|laissez)(?:-nous)? (?:une |votre |la )?(?:petite |bonne |belle |meilleure )?note(?! (?:au|pour le|à votre|à la) (?:livreur|transporteur|coursier|gardien|voisin|concierge)| de montage| de livraison)|(?:bonne|mauvaise|belle|meilleure|petite) note|note (?:positive|maximale|de [1-5]|sur 5)|[ée]toiles?|feedback|nota(?! fiscal| com (?:cnpj|cpf)| de (?:entrega|cr[ée]dito|pedido|envío|devoluci[óo]n)| di (?:credito|consegna))(?<!(?:^|[^\\p{L}])(?:si|se|cuando|quando|usted|lei) nota)(?<!(?:baix\\p{L}{1,4}|emit\\p{L}{1,4}|imprim\\p{L}{1,4}|ger(?:ar|amos|e)|download\\p{L}{0,4}|reenvi\\p{L}{1,4}|descarg\\p{L}{1,4}) (?:a |sua |tua |la |su )?nota)(?![^.!?\\n]{0,120}nota fiscal)(?<!(?:añad\\p{L}{1,4}|agreg\\p{L}{1,4}|inclu\\p{L}{1,4}|adjunt\\p{L}{1,4}|escrib\\p{L}{1,4}|aggiung\\p{L}{1,4}|allega\\p{L}{0,4}|inseri\\p{L}{1,4}|adicion\\p{L}{1,4}|colocar|escrever) (?:una|uma|un|la|a) nota)(?![^.!?\\n]{0,80}(?:opciones de regalo|opções de presente|opzioni regalo|tarjeta de regalo|biglietto|dedicatoria|dedicat[óo]ria))|notinha|(?:cont(?:ar|arlo|arla|á-lo|á-la)|conte|conta (?:pra|para) (?:a )?(?:gente|n[óo]s)|dejar constancia|registrar|raccont(?:are|arlo|arla|alo|ala|aci)|cu[ée]nt(?:alo|elo)|d[íi](?:galo|lo)|dillo|dite(?:s-le|lo)|dis-le|racont(?:er|ez-le|e-le)|le raconter|dirlo|decirlo)(?= (?:\\p{L}{1,12} ){0,4}(?:en|na|no|su|sur) amazon)|puntu[áa]ndo\\p{L}{0,4}|valor[áa]ndo\\p{L}{0,4}|calific[áa]ndo\\p{L}{0,4}|avaliando|classificando|valutando\\p{L}{0,4}|recensendo\\p{L}{0,3}|en (?:nous |le |la )?(?:notant|[ée]valuant)|secci[óo]n de (?:opiniones|rese[ñn]as|valoraciones)|se[çc][ãa]o de (?:avalia[çc][õo]es|coment[áa]rios)|sezione (?:delle )?recensioni|rubrique (?:des )?avis|(?:unas|umas|due|quelques|qualche|un) (?:pocas |poucas )?(?:palabras|l[íi]neas|palavras|linhas|parole|righe|mots|lignes|petit mot|mot) (?:suyas|sue|de votre part|de sua parte|de su parte)|(?:laisser|laissez|[ée]crire|[ée]crivez|publier|publiez|d[ée]je|dejar|dejarnos|escriba|escribir|publicar|publique|deixe|deixar|escrever|escreva|lasci|lasciare|lasciarci|scriva|scrivere|pubblicare|pubblichi)(?:-nous| nos| ci)? (?:un|una|uno|um|uma|votre|su|sua|il suo|o seu|seu|son|tu) (?:\\p{L}{1,12} )?(?:commentaire|comentario|commento|coment[áa]rio|opini[óo]n|opini[ãa]o|opinione|parere|giudizio)(?! (?:para|pour|per|al|au|ao|a la|alla) (?:el |le |il |o |la )?(?:repartidor|livreur|corriere|entregador|transportista|transporteur|mensajero|motorista|fattorino|portier|conserje))|opiniones (?:en|sobre) amazon)";
/** Weaker objects, asked for publicly: the experience, an opinion, a few words, what the buyer thinks. */
// (s22 blind b: what the buyer thinks, "dites sur Amazon ce que vous pensez de la gourde" - fr-010; the experience told to the
// other buyers with no noun, "¿por qué no se lo cuenta al resto de compradores?", "perché non lo racconta agli altri acquirenti?" - es/it-005;
// not a fact told to a group, "dire agli altri clienti del gruppo che la consegna slitta" - s15-lead)
const WEAK =
  "(?:ce que (?:vous|tu) (?:en )?pens\\p{L}{1,3}|lo que (?:usted |t[úu] )?(?:piensa|opina)|cosa (?:ne )?pensa|(?:cu[ée]nt\\p{L}{0,5}|contar\\p{L}{0,4}|cont[ae]|raccont\\p{L}{0,5}|racont\\p{L}{0,5}|dire|dites|dirlo|decirlo|dizer) (?:\\p{L}{1,8} ){0,2}(?:a(?:l|os|ux)?|agli|ad|pr[oa]s|para (?:os|as)) (?:(?:el |al )?resto de (?:los )?|(?:los |las |os |as |gli |les )?(?:otr[oa]s|outr[oa]s|altri|autres|demais) )(?:compradores|clientes|acquirenti|clienti|acheteurs|clients|usuarios|usu[áa]rios|utenti)(?!(?: \\p{L}+){0,3} (?:che|que|qu'|dass|that) )|(?:deux|trois) (?:mots|lignes)|(?<!nous )(?:le |l')?faire savoir|(?:contando|contar|contarnos|cu[ée]ntenos) (?:c[óo]mo|qu[ée] tal)|qu[ée] tal (?:le|te) (?:ha ido|fue|va)|o que achou|cosa ne pensa|come si è trovat[oa]|(?:un |une )?p'?tits? (?:com|comm|mot)s?|(?:poner|publicar|escribir|dejar|subir|scrivere|pubblicare|lasciare|écrire|publier|laisser|escrever|postar|deixar) (?:nada|algo|qualcosa|niente|quelque chose|rien) (?:en|su|sur|na|no) amazon|(?:poner|publicar|subir|pubblicare|publier|postar) (?:en|su|sur|na|no) amazon(?! locker| hub)|(?<=(?:antes de|prima di|avant de|avant d'|em vez de|invece di) )(?:escribir|dejar|scrivere|lasciare|écrire|laisser|escrever|deixar)(?: \\p{L}{1,10})? (?:en|su|sur|na|no) amazon|testimonio|depoimento|testemunho|testimonianza|t[ée]moignage|(?:un par de|unas|algunas|dos|umas|algumas|un paio di|alcune|quelques) (?:frases|palabras|l[íi]neas|palavras|linhas|frasi|phrases)|veredicto|veredito|verdetto|verdict|nivel de satisfacci[óo]n|n[íi]vel de satisfa[çc][ãa]o|livello di soddisfazione|niveau de satisfaction|punto de vista|punto di vista|ponto de vista|point de vue|opin(?:ar|e)|opini[óo]n|experiencia|experi[êe]ncia|esperienza|exp[ée]rience|opini[ãa]o|opinione|parere|giudizio|ressenti|sentiment|impresi[óo]n\\p{L}{0,2}|impress(?:[õo]es|[ãa]o|ioni|ions)|comentario\\p{L}{0,1}|coment[áa]rio\\p{L}{0,1}|commento|commenti|commentaire\\p{L}{0,1}|retours? (?:sur|d'exp[ée]rience)|unas? (?:palabras|l[íi]neas)|umas? (?:palavras|linhas)|due righe|qualche (?:parola|riga)|quelques (?:mots|lignes)|un (?:petit )?mot|qu[ée] (?:opina|le parece|piensa|tal le)|lo que (?:piensa|opina|le parece)|o que (?:voc[êe] )?(?:achou|acha|pensa)|como foi|cosa ne pensa|che ne pensa|ce que vous en pensez|ce que vous pensez|c[óo]mo le ha ido|como (?:est[áa] sendo|foi) (?:sua|a) experi[êe]ncia)";
/** A public venue or audience for the review. */
const VENUE =
  "(?:(?:en|na|no|su|sur|in) amazon|p[áa]gina (?:del|de|do) (?:producto|art[íi]culo|produto|item)|pagina (?:del )?prodotto|scheda(?: del)? prodotto|page (?:du |de )?produit|fiche(?: du)? produit|fiche|ficha|an[úu]ncio|annuncio|annonce|mis pedidos|seus pedidos|i miei ordini|vos commandes|(?:otros|outros|altri|autres|futurs|futuros|pr[óo]ximos) (?:compradores|clientes|acquirenti|clienti|acheteurs|clients|utenti|usuarios|usu[áa]rios)|(?:el |al )?resto de (?:los )?(?:compradores|clientes|usuarios)|(?:aos )?demais (?:compradores|clientes)|todo (?:el )?mundo|(?:ayudar|ayudarle|orientar) a otros|outras pessoas|aiutare altri|ad altri|d'autres (?:personnes|acheteurs|clients|gens)|tutti|p[úu]blicamente|publicamente|pubblicamente|publiquement|en su cuenta|na sua conta|nel suo account|dans votre compte|secci[óo]n de (?:opiniones|rese[ñn]as)|se[çc][ãa]o de avalia[çc][õo]es)";

/** A denial or refusal of the ask, or a statement about the rule. */
const DENIED =
  "(?:no (?:le |se lo )?(?:pedimos|podemos pedir|es necesario|hace falta|tiene que|est[áa] obligad\\p{L})|nunca (?:le )?pedimos|n[ãa]o (?:pedimos|podemos pedir|precisa|[ée] necess[áa]rio|somos autorizados)|non (?:le )?(?:chiediamo|possiamo chiedere|[èe] necessario|deve)|nous ne (?:vous )?(?:demandons|pouvons)|n'(?:est|avez) pas (?:n[ée]cessaire|besoin|oblig)|sin compromiso de|libre de|(?:est[áa]|[ée]|[èe]|est) (?:totalmente |del tutto |entièrement )?(?:opcional|facoltativ\\p{L}|facultati\\p{L}|libre))";
/** Thanks for a review already written; the seller having read or received one. */
const SEEN =
  "(?:gracias por|agradecemos (?:su|sua|tu)|obrigad[oa] (?:pela|pelo|por)|grazie (?:per|della|del)|merci (?:pour|de|d')|hemos (?:le[íi]do|visto|recibido)|(?:le[íi]mos|vimos|lemos|recebemos)(?= (?:a |o |la |el )?(?:sua|seu|su|tu|vossa))|abbiamo (?:letto|visto|ricevuto)|ho letto|nous avons (?:lu|vu|re[çc]u|bien re[çc]u)|j'ai lu|avons pris connaissance|en relaci[óo]n con su|respecto a su|sobre a sua avalia|riguardo alla sua|concernant votre|suite [àa] votre)";

/** Conditioned or assumed satisfaction, incl. progressive forms the shared detector lacks ("si le está gustando"). */
// (the European Portuguese progressive "estar a" + infinitive: "se estiver a gostar da chaleira", "esperamos que esteja a gostar" - s25 pt)
// (s22 blind b es-001/-005, fr-005, fr-018: slang "si te está molando", "ya que le está funcionando tan bien", "puisque il vous
// rend bien service", "nous sommes sûrs que vous profitez déjà de..." - IF_OR_ASSUME has the seller's certainty "nous sommes sûrs")
// (s35 fd35: an intensifier inside the going-well phrase - "visto che è andato tutto così bene", "já que deu tudo tão certo", "ya que
// todo ha ido tan bien" - and French "conquis" / "séduit" for a buyer won over: "si elle vous a séduite", "si vous êtes conquis")
const SATISFIED =
  "(?:(?:como|tal como) (?:usted |lo |la )?esperaba|como (?:voc[êe] )?esperava|come (?:si )?aspettava|comme vous l'esp[ée]riez|(?:a|all')\\s?altezza delle (?:sue )?aspettative|[àa] la hauteur de vos attentes|a la altura de (?:sus|lo que)|[àa] altura (?:das|do que)|gust(?:a|ado|ada|ando|ó|e)|encant(?:a|ado|ada|ó|ando|e)|satisfech\\p{L}{1,2}|content\\p{L}{1,2}|disfrut(?:ando|a|ado)|supera(?:do)? sus expectativas|super(?:ó|ado) sus expectativas|gost(?:ou|ando|ado)|curt(?:iu|indo)|(?:est[áa]|esteja|estiver|estejam|estiverem|t[áa]) a (?:gostar|adorar|aproveitar|curtir)|satisfeit\\p{L}{1,2}|adorou|atendeu (?:suas|às suas) expectativas|piac(?:e|iut\\p{L}|endo|ia)|soddisfatt\\p{L}|soddisfazion\\p{L}|plu|pla[iî]t|satisfait\\p{L}{0,2}|satisfaction|ravi\\p{L}{0,2}|(?:deu|correu|saiu|est[áa]) tudo (?:t[ãa]o |muito )?(?:certo|bem|[óo]timo|perfeito)|(?:ha ido|sali[óo]|fue|va) todo (?:tan |muy )?(?:bien|perfecto|genial|de maravilla)|(?:[èe] )?andato tutto (?:cos[iì] |molto |davvero |proprio )?(?:bene|liscio)|bien pass[ée]|tutto (?:[èe] )?(?:andato bene|a posto|perfetto|ok)|fatto al caso|todo (?:ha )?(?:ido|llegado|salido|funcionado) (?:bien|perfecto|genial|de maravilla|de lujo|estupendamente)|tudo (?:deu|correu|saiu|est[áa]) (?:t[ãa]o |muito )?(?:certo|bem|[óo]timo|perfeito)|conquis(?:e|es)?|s[ée]duit(?:e|es|s)?|kiff\\p{L}{0,3}|mol(?:a|ado|ada|ó|ando)|(?:est[áa]|t[áa]) funcionando (?:tan |muy |t[ãa]o |muito )?(?:bien|bem)|rend\\p{L}{0,2} (?:bien |vraiment |grand )?service|profit(?:ez|es|e|ent|er) d[ée]j[àa]|am(?:ou|ado)|aim[ée]\\p{L}{0,2}|r[ée]pondu [àa] vos attentes|(?:fonctionne|funciona|funziona) (?:bien|bem|bene))";
const IF_OR_ASSUME =
  "(?:imagino que|immagino che|j'imagine que|supongo que|suponho que|suppongo che|je suppose que|sin duda|senza dubbio|sans doute|sem d[úu]vida|si|se|caso|quando|qualora|nos alegra(?: mucho)? que|nos alegramos de que|que bom que|ficamos (?:muito )?felizes (?:que|em saber)|siamo (?:felici|contenti) che|ravis que|heureux que|ya que|ahora que|puesto que|como|damos por hecho|estamos seguros|seguro que|esperamos|agora que|j[áa] que|temos certeza|visto che|(?:nous sommes|on est|je suis) s[ûu]r(?:e|s|es)?|ora che|siamo certi|siamo sicuri|speriamo|puisque|maintenant que|comme|nous ne doutons pas|nous esp[ée]rons|j'esp[èe]re|s')";
/** Asking to come to the seller first, before or instead of the review. */
/** The seller hopes the item is doing well ("ojalá la plancha le esté dando buen resultado", "speriamo che il
 *  bollitore la stia accompagnando", "nous espérons que la bouilloire fait votre bonheur"): an assumed good
 *  experience, unless the hope is about a problem being solved. */
const HOPE = "(?:imagino que|immagino che|j'imagine que|supongo que|suponho que|suppongo che|je suppose que|torc(?:emos|o) (?:para|pra|por) que|ci auguriamo che|confidiamo che|confiamos en que|confiamos que|nous souhaitons que|ojal[áa]|esperamos que|espero que|tomara que|esperamos que|speriamo che|spero che|nous esp[ée]rons que|j'esp[èe]re que|en esp[ée]rant que)";
const HOPE_RE = compactRegExp(`${B}${HOPE}${E}`, 'u');
/** ... not a hope whose object is the review itself, the buyer's taking the time or rating right after "que/che" and its pronouns:
 *  "J'espère que vous prendrez un moment pour nous évaluer", "esperamos que nos deje una reseña", "speriamo che ci lasci una
 *  recensione", "esperamos que você nos avalie" - a wish for the review (review_request), no satisfaction assumed. "Espero que le guste
 *  y nos deje una reseña" still hopes for a liking first. */
// why: s13r-fr-014 (labelled review_request only: the hope is for the rating)
const HOPE_FOR_ASK = compactRegExp(
  `${B}${HOPE}(?: (?:vous|tu|usted|ustedes|lei|voi|você|vocês|nos|nous|ci|me|te|le|lo|la|se)){0,3} (?:prendr\\p{L}{1,4}|pren(?:ne|nent|iez|a|da)|tom(?:e|es|en|ará|arás)|dedi(?:que|ques|chi|cará|que)|trouv(?:iez|erez|iez)|trovi|laiss(?:erez|iez|ez)|d[ée]j(?:e|es|en|ará)|lasci|lascerà|deix(?:e|es|ará)|[ée]valu(?:erez|iez)|not(?:erez|iez)|valor(?:e|es|en|ará)|valuti|avali(?:e|es|ará)|[ée]cri(?:rez|viez)|escrib(?:a|as|ir[áa])|scriva|escrev(?:a|er[áa])|partag(?:erez|iez)|compart(?:a|as|ir[áa])|condivida|publi(?:erez|que|ques)|pubblichi|dê|d[ée] (?:su|una|un)|dia (?:una|un|la))${E}`,
  'gu',
);
/** "Now that" the buyer has the item or uses it, the ask in the same sentence: the experience is taken as had and good ("Agora que o
 *  tênis já está com você, conta pra gente nas avaliações", "maintenant que la lampe éclaire vos soirées, un petit mot sur la fiche",
 *  "ahora que ya lo usa", "ora che ce l'ha") - as the corpus labels "Jetzt, wo Sie ... genießen" and "now that you've had it for a week". */
// why: s21 blind y pt-002, fr-002 (a condition or an assumed satisfaction word was all the leading read)
// Not when the clause after "now that" is the writer's own thought ("Ahora que lo pienso", "ora che ci penso", "maintenant que j'y
// pense") or the parcel only shipped or on its way ("Agora que o pedido foi enviado, quando chegar ...", "ora che è stato spedito"):
// no experience is taken as had (s22 review 2 #10). Read in the "now that" clause only (up to its comma), bounded.
const NOW_THAT_RE = compactRegExp(
  `${B}(?:agora que|ahora que|ora che|adesso che|maintenant que|à présent que)${E}` +
    `(?![^,.!?;\\n]{0,40}?${B}(?:pienso|penso|pens[ée]|pensando|recuerdo|ricordo|lembro|me souviens|me acuerdo|mi viene in mente|(?:enviad|expedid|despachad|postad|spedit|inviat|exp[ée]di[ée]|envoy[ée]|remis)\\p{L}{0,2}|en camino|a caminho|in viaggio|in arrivo|en route|en chemin|en tr[áa]nsito|em tr[âa]nsito|in transito|en transit)${E})`,
  'u',
);
const PROBLEM = compact(/(?<![\p{L}])(?:problem\p{L}{0,2}|retras\p{L}|incidencia|aver[íi]a|ritard\p{L}|guast\p{L}|retard|souci|panne|atras\p{L}|defeit\p{L}|defect\p{L}{0,3}|d[ée]faut|difetto|resuelv\p{L}{0,3}|resolv\p{L}{0,3}|risolv\p{L}{0,3}|r[ée]sol\p{L}{0,4}|solucion\p{L}{0,3}|pronto|presto|bient[ôo]t|logo|llegue|arrivi|arrive|chegue)(?![\p{L}])/u);
// (s23 blind b pt-003: the family listed with commas, "somos só eu, meu marido e nossa filha tocando a loja")
// (s22 blind b es-010: the adjective after the noun, "somos una tienda pequeñita de Albacete")
// (s33 r2x33: small makers in the plural, and artisans and producers - "per noi piccoli artigiani due righe valgono oro", "para
// nosotros, pequeños artesanos", "pour nous petits artisans", "pra nós, pequenos produtores")
// (s22: a small maker's workshop or farm is the same plight: "somos uma pequena fábrica familiar de Minas", "una piccola fabbrica
// di famiglia", "une petite fromagerie" - s21 blind y pt-016)
// (s20 blind e/g: a newcomer's plea, "somos nuevos en Amazon", "nous venons de nous lancer", and "siamo solo in tre")
/** The seller's plight: a small team, a family or craft business ("somos só eu e minha irmã", "ci sono solo tre
 *  persone", "nous ne sommes que deux dans l'atelier", "somos una tienda pequeña"). */
const SYMPATHY =
  "(?:garaj\\p{L}|garage[m]?|(?:empez|comenz)\\p{L}{1,4} (?:en|desde) (?:un|una|cero)|come[çc]\\p{L}{1,4} (?:numa|num|do zero)|siamo partiti da|(?:d[ée]marr|commenc)\\p{L}{1,3} dans|(?:solo|sólo|só|apenas|soltanto) (?:somos )?(?:dos|tres|cuatro|dois|duas|tr[êe]s|quatro|due|tre|quattro) (?:personas|pessoas|persone)|(?:somos|siamo) (?:solo |sólo |só |apenas |soltanto )?(?:in )?(?:dos|tres|dois|duas|tr[êe]s|due|tre|yo,? (?:y )?mi|eu,? (?:e )?(?:minha|meu)|io,? (?:e )?mi[ao])|(?:somos|siamo) (?:muy |molto |bem |todav[íi]a |ancora |ainda )?(?:nuev[oa]s|nuov[ie]|nov[oa]s|novat[oa]s|principiantes)|(?:nous sommes|on est) (?:tout |encore )?(?:nouveaux|nouvelles|nouveau)|(?:acabamos|acab[áa]bamos) de (?:empezar|abrir|llegar|lanzar|come[çc]ar|chegar)|abbiamo appena (?:aperto|iniziato|cominciato)|(?:nous venons|on vient) de (?:commencer|d[ée]marrer|nous lancer|lancer|ouvrir|arriver)|ci sono solo (?:due|tre|quattro)|(?:nous ne sommes|on n'est) que (?:deux|trois|quatre)|(?:peque[ñn][oa]s?|pequen[oa]s?|piccol[oaie]|petite?s?) (?:\\p{L}{1,12} )?(?:empresa|negocio|tienda|equipo|taller|neg[óo]cio|loja|equipe|oficina|azienda|negozio|laboratorio|bottega|squadra|entreprise|boutique|[ée]quipe|atelier|structure|f[áa]brica|fabbrica|fabrique|manufacture|queijaria|quesería|caseificio|fromagerie|granja|fazenda|sítio|cooperativa|marcenaria|carpinter[íi]a|falegnameria|menuiserie|artesan\\p{L}{1,3}|artigian\\p{L}{1,3}|artisans?|produttori|productores|produtores|producteurs)|(?:empresa|negocio|tienda|taller|loja|azienda|negozio|entreprise|boutique|atelier) (?:peque[ñn]\\p{L}{1,5}|pequen\\p{L}{1,5}|piccol\\p{L}{1,5}|petite?s?)|lojinha|tiendita|negozietto|(?:empresa|negocio|tienda|taller|neg[óo]cio|loja|azienda|negozio|attivit[àa]|entreprise|boutique|atelier|f[áa]brica|fabbrica|fabrique|manufacture) (?:familiar|familial[e]?|de fam[íi]lia|di famiglia|artesan\\p{L}{1,3}|artigian\\p{L}{1,3}|artisanal[e]?)|emprendedor\\p{L}{0,3}|autónom[oa]s?)";
/** ... and the review's worth to it. */
const WORTH =
  "(?:(?:partir|romper|spezzer|briser)\\p{L}{0,5} (?:el |il |le |o )?(?:coraz[óo]n|cuore|c(?:oe|œ)ur|cora[çc][ãa]o)|(?:nos |ci |nous )?(?:doler[íi]a|doeria|ferait (?:mal|de la peine)|farebbe male|hundir[íi]a|afundaria|rovinerebbe|coulerait)|(?:nos |ci |nous )?emocion\\p{L}{0,3}|emoziona(?:no)?|[ée]meu(?:t|vent)|nous touche|nos (?:alegra|hace ilusi[óo]n|da vida)|ci (?:rallegra|commuove)|faz (?:o )?nosso dia|fait notre journ[ée]e|cuenta(?:n)?|significa(?:n)?|ayuda(?:n)?|importa(?:n)?|vale(?:n)? (?:oro|mucho|much[íi]simo)|pesa(?:n)?|conta(?:m)?|ajuda(?:m)?|faz(?:em)? (?:\\p{L}+ ){0,2}(?:toda a |muita )?diferen[çc]a|vale(?:m)? (?:ouro|muito)|conta(?:no)?|aiuta(?:no)?|(?:vale|valgono) (?:oro|tanto|tantissimo|moltissimo)|fa(?:nno)? (?:\\p{L}+ ){0,2}(?:tutta )?la differenza|compte(?:nt)?|aide(?:nt)?|fai(?:t|ent) (?:\\p{L}+ ){0,2}(?:toute )?la diff[ée]rence|(?:marca|hace)(?:n)? (?:\\p{L}+ ){0,2}(?:toda )?la diferencia|va(?:u|len)t de l'or|p[èe]se(?:nt)?)";
// (an adverb inside the phrase: "ogni stellina fa davvero la differenza", "chaque avis fait vraiment la différence" - s20 blind j it-004)
const SYMPATHY_RE = compactRegExp(`${B}${SYMPATHY}${E}`, 'u');
const WORTH_RE = compactRegExp(`${B}${WORTH}${E}`, 'u');
// (a tell-us imperative is the contact too when the sentence says "before" or "instead": "antes de escribir una reseña cuéntanos
// cualquier problema", "prima di recensire raccontaci cosa non va", "avant de noter, dites-nous ce qui cloche" - s21 blind y es-012)
// (the seller named after the verb too - "se qualcosa non va scriva a noi", "escreva para nós", "escriba a nosotros": the same
// contact as "ci scriva"; s33 g8 it-007, where the contact-first ask was read as a plain review ask)
const CONTACT =
  "(?:cu[ée]nt(?:anos|enos)(?:lo|la)?|d[íi]noslo|dinos|ci racconti|raccontaci|dicci|ci dica|dites-nous|racontez-nous|raconte-nous|dis-nous|conte-nos|nos conte|conta pra gente|diga-nos|nos diga|nos (?:lo|la|los|las) (?:dice|cuenta|comenta)|(?:nos|me) (?:dice|cuenta|escribe) por aqu[íi]|(?:ce|le) (?:dica|scriva) qui|nos (?:conta|fala|diz) aqui|(?:dites|écrivez)-le(?:-nous)? ici|escr[íi]b(?:anos|enos|anos)|cont[áa]cte(?:nos)?|cont[áa]ctanos|h[áa]bl(?:enos|anos)|d[íi]ganos|av[íi]senos|ll[áa]menos|habl(?:e|a|en) (?:\\p{L}{1,10} )?con nosotros|fale (?:\\p{L}{1,10} )?(?:com a gente|conosco)|parl(?:i|a|ate) (?:\\p{L}{1,10} )?con noi|parlez(?:-en)? (?:\\p{L}{1,10} )?avec nous|(?:nos )?procure(?:-nos)?|(?:falar|hablar|parlare|parler) (?:\\p{L}{1,10} )?(?:com a gente|conosco|con nosotros|con noi|avec nous)|(?:contatti|cerchi) noi|fale com a gente|fale conosco|nos (?:mande|envie|escreva)|entre em contato|ci (?:scriva|contatti|mandi|avvisi|dica)|scriv(?:a|i|ete) (?:\\p{L}{1,6} )?a noi|escreva(?:m)? (?:\\p{L}{1,6} )?(?:para nós|pra gente|para a gente)|escr[íi]ba(?:n)? (?:\\p{L}{1,6} )?a nosotros|contattaci|scrivici|[ée]crivez-nous|contactez-nous|envoyez-nous|pr[ée]venez-nous|dites-le-nous|parlez-nous)";
const FIRST =
  "(?:(?:y|e|et) (?:no|n[ãa]o|non|pas) (?:con|en|a|na|no|nas|nos|nella|sulla|nelle|sur|dans) (?:la|las|el|los|le|les|l'|as|os|gli)?|prima|antes|avant|antes de|primero|en lugar de|en vez de|antes que|primeiro|em vez de|ao inv[ée]s de|prima di|invece di|anzitutto|avant de|d'abord|plut[ôo]t que de|au lieu de)";

/** A bare "please" in any register ("por favor", "porfa", "stp", "plz"): a request form only when no verb of reading
 *  governs the review object ("por favor, lea las reseñas de otros clientes" asks for none). */
const PLEASE = "(?:por favor|porfa|porfi|xfa|plis|pfv|pfvr|per favore|perfavore|x favore|s'il (?:vous|te) pla[iî]t|svp|stp)";
const READS_REVIEWS =
  compact(/(?<![\p{L}])(?:lea|lean|leer|leerlas|consulte|consultar|mire|vea|leia|ler|veja|consulta|legga|leggere|leggi|consulti|guardi|lisez|lire|consultez|regardez|jetez un (?:œil|oeil)|confira|conferir|verifique|verificar|compruebe|comprobar|revise|controlli|controllare|verifichi|v[ée]rifiez|v[ée]rifier)(?![\p{L}])/u);
/** The buyer sorting or filtering the reviews already on the listing, as a reader ("puedes filtrar las opiniones por color",
 *  "vous pouvez trier les avis par date", "può ordinare le recensioni", "pode filtrar as avaliações"): the review word is the
 *  verb's object, right after it or its article - no review asked, whatever request form ("puedes") the sentence holds. */
// why: s36 g4 es-013 (a buyer's question on the listing's reviews answered; "puedes" read as the request form)
// near-misses that stay asks: "Puedes ordenar y dejar una reseña", "puedes dejar tu opinión en la ficha"
const BROWSES_REVIEWS = "(?:filtr(?:ar|e|a|er|ez|are|i)|orden(?:ar|e|a)|ordin(?:are|i)|tri(?:er|ez)|clasific(?:ar|e|a)|classific(?:ar|are|i))(?: (?:las|los|les|le|la|el|il|i|gli|os|as|o|a|l'|tous les|todas las|todas as|tutte le))?\\s?";
/** A public place or way to express oneself, after "before" in a contact-first ask ("scrivici prima di esprimerti
 *  pubblicamente", "hable con nosotros antes de escribir nada en la página del producto"; s32 rrec32: Amazon as the place,
 *  "prima di scrivere qualsiasi cosa su Amazon, contattaci" - with "anything" written, not "scrivere su Amazon per il reso" -, and the tú forms "contáctanos", "cuéntanoslo"). */
const PUBLIC_EXPRESSION =
  "(?:esprimer\\p{L}{0,3}|expresar\\p{L}{0,3}|exprimer|manifestar\\p{L}{0,3}|opinar|comentar|commentare|commenter|publicar|pubblicare|publier|postar|escrever|scrivere|escribir|[ée]crire|dire|dizer|decir) (?:[^.!?;\\n]{0,30}?)(?:p[úu]blicamente|publicamente|pubblicamente|publiquement|en p[úu]blico|em p[úu]blico|in pubblico|en public|(?<=(?:nada|algo|cosa|qualcosa|niente|nulla|soit|chose|rien)(?: \\p{L}{1,10}){0,2} )(?:en|su|sur|na|no) amazon|(?:la |a |o |l')?(?:p[áa]gina|pagina|page|fiche|ficha|scheda|an[úu]ncio|annuncio|annonce) (?:del |de |do |du )?(?:producto|produto|prodotto|produit|art[íi]culo|articolo|article))";
/** Steering the buyer to talk before a bad rating ("no nos ponga una mala nota sin hablar con nosotros", "ne nous
 *  mettez pas une mauvaise note sans nous contacter"): the contact and the "first" in one phrase. */
const WITHOUT_CONTACT =
  "(?:sin (?:antes |primero )?(?:hablar|contactar|escribir|avisar|consultar)|sem (?:antes |primeiro )?(?:falar|entrar em contato|nos contatar|contatar|avisar|nos avisar|nos escrever)|senza (?:prima )?(?:contattar|scriver|parlar|avvisar|sentir)\\p{L}{0,3}|sans (?:nous )?(?:avoir )?(?:contacter|contact[ée]|[ée]crire|[ée]crit|parler|pr[ée]venir|pr[ée]venu|en parler))";
/** The buyer's review, presumed good ("seguro que tiene algo bonito que contar", "una reseña positiva"): leading. */
const PRESUMED_POSITIVE =
  "(?:(?:algo|qualcosa|quelque chose|algo de) (?:muy |molto |tr[èe]s |bem |t[ãa]o )?(?:bonito|bueno|positivo|lindo|bom|bello|di bello|di buono|di positivo|de bien|de positif|de beau|de sympa|agradable|carino)|(?:rese[ñn]a|valoraci[óo]n|opini[óo]n|comentario|avalia[çc][ãa]o|coment[áa]rio|opini[ãa]o|recensione|valutazione|commento|parere|avis|commentaire|[ée]valuation|note|nota)s? (?:\\p{L}{1,10} )?(?:positiv\\p{L}{1,2}|favorable\\p{L}?|favorevol\\p{L}|[ée]logieu\\p{L}{1,3}|excelente|excellent\\p{L}{0,2}|entusiast\\p{L}{1,2}|brillante)|(?:buena|bonne|buona|boa|[óo]tima|bella|belle|excelente|excellente|ottima) (?:rese[ñn]a|valoraci[óo]n|nota|avalia[çc][ãa]o|recensione|valutazione|note|[ée]valuation|critique|opini[óo]n|opinione|opini[ãa]o))";
const PLEASE_RE = compactRegExp(`${B}${PLEASE}${E}`, 'u');
const BROWSES_REVIEWS_RE = compactRegExp(`${B}${BROWSES_REVIEWS}${STRONG}${E}`, 'u');
const PUBLIC_EXPRESSION_RE = compactRegExp(`${B}${PUBLIC_EXPRESSION}${E}`, 'u');
const WITHOUT_CONTACT_RE = compactRegExp(`${B}${WITHOUT_CONTACT}${E}`, 'u');
const PRESUMED_POSITIVE_RE = compactRegExp(`${B}${PRESUMED_POSITIVE}${E}`, 'u');
const IMPERATIVE_RE = compactRegExp(`${B}${IMPERATIVE}${E}`, 'u');
const FRAME_RE = compactRegExp(`${B}${FRAME}${E}`, 'u');
const COURTEOUS_ASK_RE = compactRegExp(`${B}${COURTEOUS}${E}\\s?(?:(?!(?:\\p{L}['’])?${NOT_THE_OBJECT}${E})(?:\\p{L}+['’]|[\\p{L}']+[ ,]\\s?)){0,5}?${STRONG}${E}(?! (?:que|di cui|dont|de que|che) )`, 'u');
/** ... and with a weak object (an opinion, a comment, a few lines) where the sentence already holds one asked publicly or left with
 *  the seller (`weak` in isRomanceReviewAsk): "¿Nos dejarías tu opinión en Amazon?", "Ci lascerebbe il suo parere su Amazon?". */
// why: s36 fe36 - the tú conditional "dejarías" before "tu opinión en Amazon" was no request form (COURTEOUS_ASK_RE wants a strong object)
const COURTEOUS_WEAK_RE = compactRegExp(`${B}${COURTEOUS}${E}\\s?(?:(?!(?:\\p{L}['’])?${NOT_THE_OBJECT}${E})(?:\\p{L}+['’]|[\\p{L}']+[ ,]\\s?)){0,5}?${WEAK}${E}(?! (?:que|di cui|dont|de que|che) )`, 'u');
const ASK_FOR_RE = compactRegExp(`${B}${ASK_FOR}${E}\\s?(?:(?!(?:\\p{L}['’])?${NOT_THE_OBJECT}${E})(?:\\p{L}{1,3}['’]|(?:o|a|os|as|la|le|el|les|un|une|una|uma|um|sua|seu|su|tu|votre|vos|ton|ta|sue|suo|tua|vostra|una|breve|petite?|pequeñ[oa]|piccola|pequena|nouvelle|nueva|nuova|nova|sincère|sincera|honnête|honesta|onesta)[ ,]\\s?)){0,3}?${STRONG}${E}(?! (?:que|di cui|dont|de que|che) )`, 'u');
const CONDITIONAL_RE = compactRegExp(`${B}${CONDITIONAL}${E}`, 'u');
const JOIN_RE = compactRegExp(`${B}${JOIN}${E}`, 'u');
const STRONG_RE = compactRegExp(`${B}${STRONG}${E}`, 'u');
const WEAK_RE = compactRegExp(`${B}${WEAK}${E}`, 'u');
/** Every ask below needs a strong or a weak review object in its sentence: looked up with the lexicons. */
/** ... or, for a contact-first ask without a review word, the public place it names (its verbs are everyday words:
 *  "decir", "écrire"; the places are not). "Before writing on Amazon" is WEAK's. */
const PUBLIC_PLACE = /(?<![\p{L}])(?:p[úu]blicamente|publicamente|pubblicamente|publiquement|p[úu]blico|pubblico|public|p[áa]gina|pagina|page|fiche|ficha|scheda|an[úu]ncio|annuncio|annonce)(?![\p{L}])/u;
/** The order or item not yet rated, a passive participle ("votre commande n'a pas encore été évaluée", "su pedido aún no ha sido
 *  valorado", "o pedido ainda não foi avaliado", "l'ordine non è ancora stato recensito"): the reminder is the ask. */
// why: s22 blind b fr-014 ("... n'a pas encore été évaluée. Pourriez-vous le faire cette semaine ?" - no review noun at all)
// Not when an agent or an assessor other than the buyer does the rating: "n'a pas encore été évaluée par notre service qualité",
// "aún no ha sido valorado por el transportista", "ainda não foi avaliado pela transportadora" - a damage or quality assessment,
// not a review reminder (s22 review 2 #3). The assessor noun is looked for in the rest of the clause, bounded.
const NOT_YET_RATED =
  `${B}(?:pas encore|toujours pas|todav[íi]a no|a[úu]n no|no \\p{L}{2,6} todav[íi]a|ainda n[ãa]o|n[ãa]o \\p{L}{2,6} ainda|non \\p{L}{1,6} ancora|ancora non)(?: \\p{L}{1,6})? (?:été|sido|stat[oa]|foi) (?:[ée]valu[ée]e?s?|not[ée]e?s?|valorad[oa]s?|calificad[oa]s?|puntuad[oa]s?|avaliad[oa]s?|valutat[oa]|recensit[oa])${E}` +
  // (the buyer as the agent is still the reminder: "aún no ha sido valorado por usted", "pas encore été évaluée par vous")
  `(?! (?:par|por|pela|pelo|pelos|pelas|dal|dalla|dallo|dai|dagli|dalle|da|by)${E}(?! (?:vous|toi|usted|ustedes|ti|voc[êe]s?|lei|voi|te|o senhor|a senhora|you)${E}))` +
  `(?![^.!?;\\n]{0,60}?${B}(?:transportista|transportadora|transporteur|corriere|mensajer[íi]a|messagerie|transporte|spedizioniere|t[ée]cnic[oa]s?|technicien|perit[oa]|expert|espert[oa]|laborat[óo]rio|laboratorio|laboratoire|seguro|seguradora|assurance|assicurazione|aseguradora|service|servicio|servi[çc]o|servizio|[ée]quipe|equipo|squadra|team|qualit[ée]|calidad|qualit[àa]|qualidade)${E})`;
export const ROMANCE_CUE = defineCue('review-ask-romance', `${STRONG_RE.source}|${WEAK_RE.source}|${PUBLIC_PLACE.source}|${NOT_YET_RATED}`);
/** ... or a channel off Amazon the opinion is to be sent through ("ci mandi pure la sua opinione su WhatsApp", "envíenos su opinión por
 *  WhatsApp", "envoyez-nous votre avis par e-mail", "mande sua opinião pelo WhatsApp"): feedback collected outside Amazon is asked for
 *  all the same (README conventions: any request for an opinion). The buyer's own opinion only (OWN_REVIEW_RE, below). */
// why: s23 blind b it-012 (a weak object with no public venue; the offplatform finding was there, the review ask was not)
const SENT_THROUGH = `(?:su|por|via|par|pelo|pela|tramite|per|sur|on|by) (?:${MESSENGER_APPS}|e-?mail|mail|sms|${SOCIAL_NETWORKS})`;
const SENT_THROUGH_RE = compactRegExp(`${B}${SENT_THROUGH}${E}`, 'u');
const VENUE_RE = compactRegExp(`${B}${VENUE}${E}`, 'u');
const DENIED_RE = compactRegExp(`${B}${DENIED}${E}`, 'u');
/** ... but thanks whose object is the order, the purchase or the buyer's trust ("merci pour la commande", "gracias por su compra",
 *  "grazie per l'acquisto", "obrigado pela compra", "gracias por confiar") thank for no review: in a message typed with no stops the
 *  thanks and the ask share one sentence ("slt merci pour la commande ... laissez nous 5 étoiles svp"). */
// why: s23 blind f fr-001 (SMS style, one run-on sentence: the thanks for the order read as thanks for a review)
const THANKED_FOR_ORDER =
  "(?! (?:(?:la|le|l'|votre|ta|ton|su|tu|sua|seu|el|la sua|il suo|o|a|vostro|vostra|nostra) ?)?(?:commande|achat|compra|pedido|acquisto|ordine|ordinazione|encomenda|confianza|confiance|fiducia|confian[çc]a|confiar|confier|aver scelto|avoir choisi|elegirnos|escogernos|nos escolher|preferencia|pr[ée]f[ée]rence|paciencia|patience|pazienza|paci[êe]ncia)(?![\\p{L}]))";
const SEEN_RE = compactRegExp(`${B}${SEEN}${E}${THANKED_FOR_ORDER}`, 'u');
/** "si/se" after a verb of knowing or asking opens an indirect question, no condition: "volevo sapere se il termostato funziona bene",
 *  "quería saber si la mochila va bien", "je voulais savoir si la lampe fonctionne bien" ask how it went and assume nothing. */
// why: s27 blind a it-018 (a check-in question, then "Se ti va lasciaci anche un parere": labelled review_request only)
// near-misses that stay leading: "Se il termostato funziona bene, lasciaci un parere", "Sappiamo che la lampada le piace: ci lasci un
// parere" (no "se" after the verb), "Si la mochila le va bien, déjenos una reseña"
const INDIRECT_QUESTION = "(?<!(?:sapere|saper|sapremo|saber|saberlo|savoir|chieder(?:le|ti|vi)?|domandar(?:le|ti)?|preguntar(?:le|te|les)?|perguntar(?:-lhe)?|demander|v[ée]rifier|verificar|verificare|comprobar|confirmar|confermare|confirmer|capire|entender) )";
const SATISFIED_RE = compactRegExp(`${INDIRECT_QUESTION}${B}${IF_OR_ASSUME}${E}(?:[^.!?;\\n]{0,50}?)${B}${SATISFIED}${E}`, 'u');
/** ... unless the ask takes up the answer ("Ci faccia sapere se è tutto a posto, e in quel caso una recensione ci farebbe piacere",
 *  "si es así", "dans ce cas", "se for o caso"): the review is then asked of the satisfied buyer only (s6-it-0065). */
const SATISFIED_ANY_RE = compactRegExp(`${B}${IF_OR_ASSUME}${E}(?:[^.!?;\\n]{0,50}?)${B}${SATISFIED}${E}`, 'u');
const TAKEN_UP_RE = compactRegExp(`${B}(?:in quel caso|in tal caso|in questo caso|se s[iì]|se [èe] cos[iì]|si es as[ií]|en ese caso|en tal caso|en este caso|si (?:c'est|c’est) le cas|dans ce cas|(?:dans|en) ce cas|se for o caso|nesse caso|neste caso|caso sim|se sim)${E}`, 'u');
const satisfiedIn = (x: string, ask: string): boolean => SATISFIED_RE.test(x) || (TAKEN_UP_RE.test(ask) && SATISFIED_ANY_RE.test(x));
const CONTACT_RE = compactRegExp(`${B}${CONTACT}${E}`, 'u');
const FIRST_RE = compactRegExp(`${B}${FIRST}${E}`, 'u');

/** Stems every review object holds (a cheap test before the sentence loop). */
const ANY_OBJECT = /⭐|★|amazon|avali|stellin|punt[uú]|p[uú]blic|pubblic|an[uú]nci|annunci|annonce|savoir|mots|lignes|ptit|achou|pensa|recenz|l'avi|l’avi|cuent|dire|dites|dizer|trovat|qu[ée] tal|rese|constancia|cont[aá]|raccont|racont|registr|dirlo|decirlo|testimon|depoiment|testemunh|t[ée]moign|frase|phrase|verdi|veredi|verdet|satisf|soddisf|punto|ponto|point de vue|valor|calific|puntu|estrel|avalia|classific|recens|valut|stell|voto|avis|valuat|valu|not|toile|feedback|opini|experi|esperienz|parer|giudiz|ressenti|sentiment|impres|coment|comment|retour|palabr|l[íi]nea|palavr|linha|righ|parol|mots|lignes|mot|pens|achou|acha|como foi|ido/u;

const ENTRY = 'review_request:romance-request-for-review';
const APPEAL_ENTRY = 'leading:romance-appeal-with-review';
const LEADING_ENTRY = 'leading:romance-conditioned-or-contact-first';

const MAX_SENTENCE = 300;
const MIN_SENTENCE = 12;

function sentences(t: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    if (!isSentenceStop(t, i) && t.charCodeAt(i) !== 0x3b) continue;
    if (i > start) out.push([start, i]);
    start = i + 1;
  }
  if (start < t.length) out.push([start, t.length]);
  return out;
}

/** Which halves of the structure a sentence holds (for tests and for tracing a false alarm). */
export function explainRomance(s: string): Record<string, string | undefined> {
  const at = (re: RegExp) => re.exec(s)?.[0];
  return { imperative: at(IMPERATIVE_RE), frame: at(FRAME_RE), conditional: at(CONDITIONAL_RE), join: at(JOIN_RE), strong: at(STRONG_RE), weak: at(WEAK_RE), venue: at(VENUE_RE), denied: at(DENIED_RE), seen: at(SEEN_RE) };
}

/** A favour or a moment asked for in a sentence of its own, the review in the next ("¿Me haces un favor? Unas
 *  estrellas para la tienda.", "Mi fai un favore? Una stellina sul negozio."). */
const FAVOUR_Q =
  compact(/(?<![\p{L}])(?:(?:me|nos|mi|ci|(?:pra|para) (?:mim|n[óo]s|a gente)) (?:hace|haces|haría|harías|fai|faccia|faresti|fa|faz|faria)s? (?:un |uma? )?(?:favor(?:cito|zinho)?|favore|grande favore)|faz (?:um )?favor|(?:tu|vous) (?:me |nous )?(?:rends|rendez|rendrais|rendriez) (?:un )?(?:petit )?service|(?:tiene|tienes|tem|ha|hai|avez|as)(?:-vous|-tu)? (?:un |uno |um )?(?:minuto|minutito|minutinho|momento|segundo|attimo|minute|instant|seconde)(?: libre| livre)?)(?![\p{L}])[^.!?\n]{0,30}\?\s*$/u);

/** A verbless question that asks the buyer for a few stars ("Quelques étoiles pour la lampe ?",
 *  "¿Unas estrellitas para la tienda?", "Qualche stella per il nostro zaino?", "Umas estrelinhas pro fone?"): the
 *  quantity and "for" the item are the ask. Stars only ("Un avis sur la taille ?" asks the buyer nothing to post), and
 *  only a sentence closed by "?" ("Cinq étoiles pour la lampe dans le magazine." states a fact). */
// (one star only as a diminutive, "une petite étoile ?", "¿una estrellita?": a bare "¿Una estrella para la lámpara?" is
// the seller reacting to a one-star review - s17 review 11)
// why: s17 blind fr-006 - "Quelques étoiles pour ... ? Ça ne prend que 30 secondes" (no verb, no courtesy frame)
const BARE_STARS_Q =
  /^[\s¿¡]*(?:et |y |e |alors,? |entonces,? |então,? |allora,? )?(?:(?:quelques|cinq|5|unas|algunas|cinco|umas|algumas|qualche|cinque) (?:petit(?:e|es|s)? |pequeñ\p{L}{1,3} |piccol\p{L} )?(?:[ée]toiles?|estrell\p{L}{0,5}|estrel\p{L}{1,5}|stell\p{L}{1,4})|(?:une|una|uma) (?:(?:petite|pequeña|pequena|piccola) (?:[ée]toile|estrella|estrela|stella)|estrellit\p{L}|estrelinh\p{L}|stellin\p{L})) (?:pour|para|pra|pro|per|à|al|au|sur|sobre|su|sul|sulla|ao|a)(?![\p{L}])(?! (?:le |el |il |o |la |lo )?(?:livreur|repartidor|corriere|entregador|transport\p{L}*|coursier|mensajero|fattorino))[^.!?\n]{0,50}$/u;
/** A reminder that the buyer's review is still due: the review and "pending" ("a avaliação do jogo ainda está pendente",
 *  "su valoración sigue pendiente", "la recensione è ancora in sospeso", "votre avis est toujours en attente"), or the seller
 *  not seeing it yet ("todavía no vemos su opinión", "ainda não vimos sua avaliação", "nous n'avons toujours pas vu votre
 *  avis"), or still missing or not done ("manca ancora la sua recensione", "sua avaliação ainda não foi feita"). Not a review
 *  waiting for Amazon's moderation or publication ("pendiente de publicación"). */
// why: s20 blind e pt-016, es-013 (no request verb: the reminder itself is the ask)
// (or still open: "la recensione per l'ordine ... è ancora aperta su Amazon" - s21 blind q it-007)
const REVIEW_NOUN_ANY = `(?:${STRONG}|opini[óo]n|opini[ãa]o|opinione|comentario|coment[áa]rio|commento|commentaire|parere)`;
// (s22: and a damage or fault not yet assessed, "le dommage n'a pas encore été évalué", is no review reminder)
/** A service case whose assessment is pending ("la valoración de su reclamación sigue pendiente"): no review of the buyer's. */
// (not the conjunction "in case": "nel caso non avesse ancora avuto tempo", "en caso de que", "no caso de" - s21 blind q it-007)
const SERVICE_CASE = compact(/(?<![\p{L}])(?:reclamaci[óo]n|reclama[çc][ãa]o|r[ée]clamation|reclamo|(?<!(?:nel|in|en|no|por si|por|dans le) )caso|dossier|pratica|solicitud|solicita[çc][ãa]o|richiesta|demande|devoluci[óo]n|devolu[çc][ãa]o|reso|retour|garant\p{L}{1,3}|reembols\p{L}{1,3}|rimbors\p{L}{1,3}|rembours\p{L}{1,6}|sinistro|incidencia|t[ée]cnic\p{L}{1,2}|technicien|tecnico|da[ñn]os?|danno|danni|dommages?|d[ée]g[âa]ts|danos?|d[ée]fauts?|defectos?|difett[oi]|defeitos?)(?![\p{L}])/u);
/** An order detail the buyer is asked to settle: "your comment on the size you want for the exchange" is an answer owed to
 *  the seller, not a review ("Il nous manque encore votre commentaire sur l'adresse", "manca ancora il suo commento sulla
 *  taglia", "votre avis sur la taille souhaitée"). Read right after the noun, as its topic. */
// why: s20 review #4 - the weak nouns made a pending answer about a size or an address a review reminder
const ABOUT_ORDER_DETAIL =
  "(?! (?:sobre|sur|su|sul|sulla|sullo|acerca de|concernant|quant [àa]|riguardante|relativ[oa] (?:a|al|alla)|referente (?:a|ao|al)|riguardo (?:a|al|alla)|em rela[çc][ãa]o (?:a|ao|[àa])|respecto (?:a|al|de)|a prop[óo]sito de)(?: (?:el|la|le|il|lo|l'|o|a|os|as|los|las|les|i|gli))? ?(?:\\p{L}+ )?(?:talla|taille|taglia|tamanho|tama[ñn]o|direcci[óo]n|adresse|indirizzo|endere[çc]o|morada|color|couleur|colore|cor|modelo|mod[èe]le|modello|fecha|date|data|d[íi]a|jour|giorno|horario|orario|hor[áa]rio|cr[ée]neau|opci[óo]n|option|opzione|op[çc][ãa]o|cambio|[ée]change|sostituzione|troca|remplacement|reemplazo|substitui[çc][ãa]o|entrega|livraison|consegna|env[íi]o|envoi|spedizione|recogida|retrait|ritiro|coleta)(?![\\p{L}]))";
/** The pending step is the seller's: "sigue pendiente de respuesta por nuestra parte", "en attente de notre réponse". */
const OUR_SIDE = compact(/(?<![\p{L}])(?:(?:por|de) nuestra parte|de notre (?:part|c[ôo]t[ée])|da parte nostra|(?:da|por) nossa parte|de (?:nuestra|notre|nossa) (?:respuesta|r[ée]ponse|resposta)|della nostra risposta)(?![\p{L}])/u);
const PENDING_REVIEW_RE = compactRegExp(
  `${B}${REVIEW_NOUN_ANY}${E}${ABOUT_ORDER_DETAIL}[^.!?;\\n]{0,45}?${B}(?:pendente|pendiente|in sospeso|en attente|em aberto|en suspens|(?:ainda|todav[íi]a|a[úu]n) (?:n[ãa]o|no) (?:foi|est[áa]|ha sido) (?:feita|deixada|publicada|escrita|hecha|dejada)|ancora da (?:fare|scrivere|lasciare)|(?:ancora|todav[íi]a|a[úu]n|ainda|toujours|encore) (?:apert[ao]|abiert[ao]|abert[ao]|ouverte?)|pas encore (?:faite|[ée]crite|publi[ée]e|laiss[ée]e))${E}(?! (?:à|a|alla|al|para|per) (?:la )?(?:modifica|modifi|édit|edi|cambi|alter|corre))(?! (?:de|di|d'|da) (?:publica|pubblica|moderaci|modera|aprova|aprobaci|approva|validation|validaci|revis|an[áa]lise|analisi|respuesta|r[ée]ponse|risposta|resposta|contestaci))` +
    `|${B}(?:manca ancora|ancora manca|(?:ainda )?falta(?: ainda)?|(?:todav[íi]a |a[úu]n )?falta(?: todav[íi]a| a[úu]n)?|il (?:nous )?manque (?:encore|toujours))${E}[^.!?;\\n]{0,20}?${B}${REVIEW_NOUN_ANY}${E}${ABOUT_ORDER_DETAIL}` +
    `|${NOT_YET_RATED}` +
    `|${B}(?:todav[íi]a|a[úu]n|ainda|ancora|encore|toujours) (?:no|n[ãa]o|non|pas) (?:(?:hemos|abbiamo|avons|temos) )?(?:vemos|visto|vimos|vu|recibido|recebemos|recebido|ricevuto|re[çc]u|vediamo|vejo|veo|vedo)${E}[^.!?;\\n]{0,25}?${B}${REVIEW_NOUN_ANY}${E}${ABOUT_ORDER_DETAIL}`,
  'u',
);
/** A pronoun standing for the review named in the sentence before: a possessive pronoun as a subject or object ("La suya
 *  nos ayudaría", "la sua ci farebbe piacere", "a sua faria diferença", "la vôtre compterait"), a partitive "scriverne una",
 *  or a clitic on a sharing verb ("n'hésitez pas à le partager", "compártala", "compartilhe-a", "condividerla"). Not a
 *  copula: "La sua è la versione vecchia" describes the buyer's item; nor a conditional copula unless a help or worth word
 *  follows: "la suya sería de gran ayuda" asks, "la suya sería del lote nuevo" says which batch the item is from. */
// why: s20 review #5 - the bare "sería/sarebbe/seria/serait" read "yours would be the new batch" as a review ask
// (plural for stars: "El 95 % nos dan 5 estrellas. ¿Nos dejas las tuyas?", "a maioria dá 5 estrelas; deixa as suas?" - s21 blind o es-021)
const POSSESSIVE_PRONOUN = '(?:(?:la|el|lo) (?:suy[ao]|tuy[ao])|(?:las|los) (?:suy|tuy)[ao]s|(?:la|il) (?:sua|suo|tua|tuo|vostra|vostro)|(?:le) (?:sue|tue|vostre)|(?:a|o) (?:sua|seu|tua|teu)|(?:as|os) (?:suas|seus|tuas|teus)|(?:la|le) (?:v[ôo]tre|tienne|tien)|les (?:v[ôo]tres|tiennes))';
const COPULA_OF_WORTH =
  `(?:sarebbe|seria|ser[íi]a|serait)(?: (?:\\p{L}+|d'une)){0,2} (?:ayuda|apoyo|ajuda|apoio|aiuto|aide|soutien|regalo|presente|cadeau|importante|important\\p{L}{0,2}|valios\\p{L}{1,2}|precios\\p{L}{1,2}|prezios\\p{L}{1,2}|pr[ée]cieu\\p{L}{1,3}|[úu]til|utile|fundamental|fondamental\\p{L}{0,2}|oro|ouro|or|genial|g[ée]nial|fant[áa]stic\\p{L}{1,2}|fantastique|maravill\\p{L}{1,3}|incr[íi]vel|super|top|bienvenid\\p{L}{1,2}|benvenut\\p{L}|bem-vind\\p{L}{1,2}|bienvenu\\p{L}{0,2}|[óo]tim\\p{L}{1,2}|ottim\\p{L}|perfect\\p{L}{1,2}|perfett\\p{L}|parfait\\p{L}{0,2}|plaisir|placer|piacere|prazer|honneur|honor|onore|honra)${E}`;
/** ... the possessive pronoun with the review's worth right after it ("la suya nos ayudaría", "la vôtre compterait"). */
const PRONOUN_OF_WORTH_RE = compactRegExp(
  `(?:^|[\\s¿¡,])${POSSESSIVE_PRONOUN}\\s(?:${COPULA_OF_WORTH}|(?:nos|ci|nous|me|mi|ayudar\\p{L}*|aiuter\\p{L}*|ajudar\\p{L}*|aider\\p{L}*|har[íi]a|farebbe|faria|ferait|pesa|cuenta|conta|compte|vale|vaut|significa\\p{L}*|signifierait)${E})`,
  'u',
);
/** ... or alone before a comma or a stop ("contamos con la suya", "se puder deixar a sua, seria um presente"), or a partitive. */
const REVIEW_PRONOUN_RE = compactRegExp(
  `(?:^|[\\s¿¡,])${POSSESSIVE_PRONOUN}(?=[\\s,.!?]*(?:$|[,.!?]))` +
    `|${B}(?:scriver|lasciar|far|dar|pubblicar)ne (?:una|uno|un'?|qualcuna)${E}|${B}ne (?:scriva|lasci|faccia|pubblichi) (?:una|uno)${E}` +
    // (a bare "one" after a leaving or writing imperative, ending its clause: "Amazon le pedirá una reseña; por favor, déjenos
    // una", "deixe uma", "laissez-en un" - the review named before, s24 known miss; "déjenos una foto" names its own object)
    `|${B}(?:d[ée]j(?:e|enos|anos)|escr[íi]b(?:a|anos|enos)|deix(?:e|a)(?:-nos)?|escreva(?:-nos)?|laissez-en|laisse-en|[ée]crivez-en|mettez-en|donnez-en) (?:una|uno|uma|um|un|une)${E}(?=[\\s]*(?:$|[,.!?;:]))`,
  'u',
);
/** A clitic "it" on a sharing verb ("n'hésitez pas à le partager", "compártala", "compartilhe-a"). */
// (and on an infinitive: "Può lasciarlo su Amazon?", "¿Podría dejarla en Amazon?", "Pode deixá-la na Amazon?" - s22 blind b it-020)
const REVIEW_CLITIC_RE = compactRegExp(
  `${B}(?:le|la|l'|lo|a|o)\\s?(?:partager|publier|poster|laisser|compartir|publicar|compartilhar|postar|deixar|condividere|pubblicare|lasciare)${E}` +
    `|${B}(?:lasciar|scriver|pubblicar|condivider|dejar|publicar|compartir|escribir)(?:lo|la)${E}|${B}(?:deix|public|compartilh|post)[áa]-l[oa]${E}|${B}(?:partagez|publiez|postez|laissez|comp[áa]rt\\p{L}{1,3}|publ[íi]qu\\p{L}{1,3}|compartilh\\p{L}{1,3}|publique|condivid\\p{L}{1,3}|pubblic\\p{L}{1,3})-?(?:le|la|lo|a|o|l[ao])${E}`,
  'u',
);
/** A noun with an indefinite article before the clitic, in its own sentence, is what the clitic stands for: "Si tiene una foto,
 *  compártala por aquí", "si vous avez une photo, n'hésitez pas à la partager". A moment asked for is no such noun ("si tiene un
 *  minuto, compártala en Amazon"). */
// why: s20 review #5 - the clitic was tied to the review of the sentence before whatever noun stood between
const NEARER_ANTECEDENT =
  compact(/(?<![\p{L}])(?:un|una|une|uma|um|uno|un')\s?(?!(?:momento|momentito|minuto|minutito|minutinho|ratito|rato|segundo|instante?|moment|minute|attimo|secondo|seconde|poco|peu|pouco|tempinho|par|paio|couple|petit moment|petite minute)(?![\p{L}]))\p{L}{3,}/u);
/** A possessive pronoun, a partitive, or a clitic not tied to a nearer noun: 'worth' when the review's worth is said of it. */
function reviewPronoun(s: string): 'worth' | 'bare' | null {
  if (PRONOUN_OF_WORTH_RE.test(s)) return 'worth';
  if (REVIEW_PRONOUN_RE.test(s)) return 'bare';
  const clitic = REVIEW_CLITIC_RE.exec(s);
  return clitic !== null && !NEARER_ANTECEDENT.test(s.slice(0, clitic.index)) ? 'bare' : null;
}
/** Other buyers' reviews reporting what the item does ("Varias reseñas mencionan que la tapa se suelta", "molte recensioni
 *  parlano del colore", "plusieurs avis parlent d'un bouchon fragile"): a bare "yours" after them is the buyer's item ("La
 *  vôtre, pouvez-vous vérifier le bouchon ?"), not a review - unless the review's worth is said of it ("... La suya nos
 *  ayudaría mucho"). */
// why: s20 review #5 - "La suya sería del lote nuevo" after others' reports about a defect
const OTHERS_REPORT =
  compact(/(?<![\p{L}])(?:varias|varios|muchas|muchos|algunas|algunos|bastantes|numerosas|molte|alcune|diverse|parecchie|numerose|tante|plusieurs|certains|certaines|quelques|beaucoup d'|de nombreux|nombreux|algumas|muitas|v[áa]rias|v[áa]rios|diversas|otras|otros|altre|autres|outras) (?:\p{L}+ )?(?:rese[ñn]as|valoraciones|opiniones|recensioni|valutazioni|opinioni|avis|commentaires|[ée]valuations|avalia[çc][õo]es|resenhas|coment[áa]rios|comentarios|commenti)(?: (?:\p{L}+ ){0,3})?(?:mencion\p{L}{1,3}|menzion\p{L}{1,3}|mentionn\p{L}{1,3}|habl(?:an|aron|a)|parl(?:ano|avano|ent|aient|a)|fal(?:am|aram|a)|dicen|dicono|dizem|disent|se[ñn]al\p{L}{1,3}|segnal\p{L}{1,3}|signal\p{L}{1,3}|indic\p{L}{1,3}|cit\p{L}{1,3}|relat\p{L}{1,3}|[ée]voqu\p{L}{1,3}|descri\p{L}{1,4}|d[ée]cri\p{L}{1,4}|se quej\p{L}{1,3}|lamentan\p{L}{0,2}|reclam\p{L}{1,3}|se plaign\p{L}{1,3})(?![\p{L}])/u);
/** "We count on yours" ("contamos con la suya", "contamos com a sua", "contiamo sulla sua", "nous comptons sur la vôtre"). */
const COUNT_ON_RE = /(?<![\p{L}])(?:contamos con|contamos com|contiamo su\p{L}{0,3}|(?:nous )?comptons sur|on compte sur)(?![\p{L}])/u;
/** Counting on it with the pronoun in the verb phrase - "Ci contiamo, eh!", "Contamos con ello", "On y compte !", "Nous y comptons",
 *  "Contamos com isso", closing the sentence ("Ci contiamo per il ritiro domani" counts on a pickup): the review the sentence
 *  before named is what the seller counts on (s27 round 2, review-nudge-after-rar: "Ha
 *  visto la mail di Amazon per la recensione? Ci contiamo, eh!"). The sentence before still needs its review noun (pronounAsk). */
const COUNT_ON_IT_RE = /(?<![\p{L}])(?:ci contiamo|contiamo su (?:di )?(?:essa|esso|quella)|contamos con (?:ello|ella|eso|esa)|on y compte|nous y comptons|j'y compte|contamos com (?:isso|ela|essa))(?![\p{L}])(?=(?:[\s,!.…]|eh|ok|hein|né|tá|vale|davvero|molto|tanto|mucho|muito|beaucoup){0,12}$)/u;
/** The buyer's review named in a sentence: a review noun, or the buyer's feedback, opinion or experience. */
// ("ci terremmo molto al suo parere" - the article fused with the preposition; s22 blind b it-020)
const OWN_REVIEW_RE = compactRegExp(
  `${B}(?:votre|ton|ta|su|tu|sua|seu|tua|teu|(?:la|il|al|del|sul|nel) (?:sua|suo|vostra|vostro)|vuestr[ao]) (?:\\p{L}{1,12} )?(?:retour|avis|opini\\p{L}{1,3}|experi\\p{L}{1,5}|esperienza|exp[ée]rience|impressions?|impresi\\p{L}{1,3}|impress\\p{L}{1,4}|coment\\p{L}{1,4}|comment\\p{L}{1,4}|parere|feedback)${E}`,
  'u',
);
/** A reminder that the buyer's opinion is precious to the seller ("Le ricordiamo che il Suo parere ... per noi è preziosissimo",
 *  "nous vous rappelons que votre avis nous est précieux", "le recordamos que su opinión es muy valiosa para nosotros", "lembramos
 *  que a sua opinião é muito importante"): the review asked for by reminding (a follow-up nudge), with no verb of asking. */
// why: s22 blind k it-009 - a reminder of the opinion's worth after Request a Review, no request form
const REMINDED_RE = compactRegExp(`${B}(?:(?:le|ti|vi|gli) ricordiamo|ricordiamo|(?:nous )?(?:vous|te) rappelons|je (?:vous|te) rappelle|on (?:vous|te) rappelle|(?:le|te|les|os) recordamos|(?:te|lhe|lhes) lembramos|lembramos)${E}`, 'u');
const PRECIOUS_RE = compactRegExp(`${B}(?:prezios\\p{L}{1,6}|importantissim\\p{L}|importante|fondamentale|précieu\\p{L}{1,2}|important\\p{L}{0,2}|essentiel\\p{L}{0,2}|valios\\p{L}{1,6}|precios\\p{L}{1,6}|fundamental|important[íi]ssim\\p{L})${E}`, 'u');
/** Any review the buyer may post, the buyer the subject of a relative clause ("cualquier comentario que quiera dejar en la página
 *  del artículo nos ayuda", "qualsiasi recensione che vorrà lasciare ci aiuta", "tout avis que vous laisserez sur la fiche compte",
 *  "qualquer comentário que deixar no anúncio nos ajuda"): with the review's worth to the seller (WORTH_RE), a wish for one. The
 *  object rules stay: a weak noun needs a public venue. */
// why: s23 blind b es-008 (thanks, then the wish in a relative clause; no request verb)
const ANY_YOU_POST_RE = compactRegExp(
  `${B}(?:cualquier|todo|toda|qualquer|qualsiasi|qualunque|tout|toute|chaque|cada|ogni) (?:\\p{L}{1,12} )?\\p{L}{3,15} (?:que|che|qu') (?:\\p{L}{1,10} ){0,2}?(?:quiera|quieras|desee|pueda|deje|dejes|escriba|publique|queira|possa|deixe|deixar|escrever|publicar|voglia|vorr[àa]|lasci|lascer[àa]|scriva|scriver[àa]|pubblichi|vouliez|voudrez|laissiez|laisserez|[ée]crirez|[ée]criviez|publierez|puissiez)${E}`,
  'u',
);
/** A telling imperative with the review as where to tell it: "Ci dica poi nella recensione come si trova", "Cuéntenos en su reseña
 *  qué tal le va", "Conte-nos na sua avaliação como foi", "Dites-nous dans votre avis ce que vous en pensez", and the review fronted
 *  ("Nella recensione ci racconti ...", "En su reseña, díganos ..."): the review named as the place of the buyer's words is the
 *  object asked for, whatever is told in it. Not "díganos qué reseña" (which review: the noun is asked about, not where to write). */
// why: s25 blind a it-012 ("ci dica" is no review imperative alone: "Ci dica la taglia"; "nella recensione" makes it one)
const TELL_US = String.raw`(?:ci (?:dica|racconti|scriva|spieghi)|mi dica|dicci|raccontaci|scrivici|d[íi]ganos|d[íi]ganoslo|cu[ée]ntenos|cu[ée]ntanos|dinos|expl[íi]quenos|escr[íi]b(?:anos|enos)|diga-nos|nos (?:diga|conte|escreva|explique)|conte-nos|conta pra gente|explique-nos|escreva-nos|dites-nous|racontez-nous|expliquez-nous|[ée]crivez-nous|dis-nous|raconte-nous)`;
const IN_REVIEW = String.raw`(?:nella|nel|in una|in un|en la|en el|en su|en tu|en una|na|no|na sua|no seu|numa|num|em sua|em seu|dans (?:votre |ton |un |une |l'|le |la )|dans)(?: (?:sua|suo|su|tu|seu|votre|ton|propria))? ?(?:recension[ei]|valutazion[ei]|rese[ñn]as?|valoraci[óo]n|opini[óo]n|avalia[çc][ãa]o|resenha|coment[áa]rio|comentario|avis|[ée]valuation|commentaire)`;
const TELL_IN_REVIEW_RE = compactRegExp(
  `${B}${TELL_US}${E}(?: [\\p{L}']{1,12}){0,3}? ${IN_REVIEW}${E}|(?:^|[\\s,])${IN_REVIEW}${E},?(?: [\\p{L}']{1,12}){0,2}? ${TELL_US}${E}`,
  'u',
);
/** Saying, showing or spreading it with a review as the means: an imperative of telling or showing with "it" ("Montrez-le avec un
 *  commentaire", "Dimostralo con qualche stella", "Dígalo con una reseña", "Mostre isso com uma avaliação"), or of spreading the
 *  joy, then "with" or a gerund of leaving a review ("espalhe essa alegria deixando sua nota", "diffonda la gioia lasciando una
 *  recensione", "partagez-le en laissant un avis"): the review is the asked act, also the weaker "comment" nouns. Bounded: the means
 *  within 40 characters of the imperative, in its clause. Not a telling imperative alone ("Dites-le-nous si la taille ne va pas"),
 *  nor "with" a photo or the order number. */
// why: s35 fd35 - s8-fr-0085, s10p-pt-002 (the verb was no review verb, the review stood after "with"/"by leaving")
// (not "lo dica": s10p-it-004 then loses the model's leading, its condition - "sonni tranquilli" - being no satisfaction word here)
const SHOW_IT =
  "(?:montrez-le|montre-le|dites-le|dis-le|faites-le savoir|partagez-le|partage-le|lo dimostri|lo mostri|dimostralo|mostralo|dillo|diffond(?:a|i)|condividilo|d[íi]galo|d[íi]ganlo|d[íi]ganoslo|dilo|mu[ée]str(?:e|a)lo|demu[ée]str(?:e|a)lo|comp[áa]rtalo|difund(?:a|e)|diga(?:-o| isso)|mostr(?:e|a)(?:-o| isso)|espalh(?:e|a)|compartilhe(?:-o| isso)|r[ée]pand(?:ez|s))";
const SHOW_IT_WITH_RE = compactRegExp(
  `${B}${SHOW_IT}${E}[^.!?;\\n]{0,40}?${B}(?:avec|con|com|en laissant|en (?:nous )?donnant|dejando|dejándonos|lasciando|lasciandoci|deixando|deixando-nos|dando|dandoci)(?: (?:un|une|una|uma|um|quelques|qualche|algunas|unas|umas|algumas|cinq|cinco|cinque|5|sua|seu|su|tu|votre|ton|la sua|il suo|a sua|o seu|petit|petite|pequeña|pequena|piccola|breve))*? (?:${STRONG}|commentaires?|comentarios?|commenti|commento|coment[áa]rios?|opini[óo]n|opini[ãa]o|opinione|parere)${E}`,
  'u',
);
/** Is this sentence (normalized) a review ask by its structure? (`favoured`: the sentence before asked a favour) */
/** The buyer's opinion as what is left with the seller ("¿Nos dejas tu opinión?", "Ci lasci il suo parere?", "Deixe sua opinião",
 *  "Laissez-nous votre avis"): leaving an opinion is posting one - the weak object asks with this verb, no venue needed. Not
 *  "dar su opinión sobre el color" (giving a view, a survey of a choice), nor the seller's own opinion ("le dejo mi opinión").
 *  why: s27 blind e es-022 ("¡Genial! ¿Nos dejas tu opinión? Es un minuto." - the rules read no ask) */
const LEFT_OPINION_RE = compactRegExp(
  `${B}(?:(?:nos |me )?d[ée]j(?:a|e|as|es|en|ar|ara|aras|ar[ií]as?)(?:nos|me)?|lasci(?:a|ar(?:e|ci)|ateci)?|(?:ci |mi )lasci\\p{L}{0,4}|deix(?:a|e|ar|em)(?:-nos|-me)?|(?:nos |me )deix\\p{L}{0,4}|laiss(?:ez|er|e)(?:-nous|-moi)?|(?:nous |me )laiss\\p{L}{0,4})(?: (?:tu|su|sus|vuestra|la sua|la tua|il suo|il tuo|sua|seu|a sua|o seu|votre|ton|un|una|uma|um|une|un petit|una breve|un breve))? (?:opini[óo]n|opinione|parere|opini[ãa]o|avis)${E}(?! (?:sobre|sul|sulla|su|sur|de la|do|da|del|della) (?:el |la |il |o |a |le )?(?:color|colore|cor|couleur|tamaño|taglia|tamanho|taille|modelo|modello|mod[èe]le))`,
  'u',
);
export function isRomanceReviewAsk(s: string, isName?: (start: number, end: number) => boolean, favoured = false): boolean {
  if (!ANY_OBJECT.test(s)) return false;
  const found = STRONG_RE.exec(s);
  // a rating word inside a product name ("la lámpara Cinco Estrellas") is no object
  const strong = found !== null && !(isName && isName(found.index, found.index + found[0].length));
  const weak = !strong && ((WEAK_RE.test(s) && (VENUE_RE.test(s) || (SENT_THROUGH_RE.test(s) && OWN_REVIEW_RE.test(s)))) || LEFT_OPINION_RE.test(s));
  // (the buyer's opinion reminded as precious asks by itself)
  if (REMINDED_RE.test(s) && OWN_REVIEW_RE.test(s) && PRECIOUS_RE.test(s) && !NOT_THE_BUYERS.test(s)) return !DENIED_RE.test(s) && !SEEN_RE.test(s);
  if (TELL_IN_REVIEW_RE.test(s) && !NOT_THE_BUYERS.test(s)) return !DENIED_RE.test(s) && !SEEN_RE.test(s);
  if (SHOW_IT_WITH_RE.test(s) && !NOT_THE_BUYERS.test(s)) return !DENIED_RE.test(s) && !SEEN_RE.test(s);
  if (!strong && !weak) return false;
  if (strong && BROWSES_REVIEWS_RE.test(s)) return false;
  // (not in a "before"/"instead" sentence: "antes de qualquer avaliação, por favor nos procure" is contact-first)
  const pleased = PLEASE_RE.test(s) && !READS_REVIEWS.test(s) && !FIRST_RE.test(s);
  if (!((favoured && strong) || (ANY_YOU_POST_RE.test(s) && WORTH_RE.test(s)) || IMPERATIVE_RE.test(s) || FRAME_RE.test(s) || COURTEOUS_ASK_RE.test(s) || (weak && COURTEOUS_WEAK_RE.test(s)) || ASK_FOR_RE.test(s) || CONDITIONAL_RE.test(s) || pleased || (strong && JOIN_RE.test(s)))) return false;
  return !DENIED_RE.test(s) && !SEEN_RE.test(s);
}

/**
 * `review_request` spans (and `leading` where the ask is conditioned, assumed or contact-first) over
 * sentences of es/pt/it/fr review asks. `t` is the normalized copy; offsets are normalized.
 */
/** A review word that is someone else's assessment or a thing: the technician's or maker's, the seller's own
 *  opinion, the damage's assessment, a purchase note, a product's stars. */
// (weighing a choice, after an adverb of calm or not: "avalie com calma qual opção", "valuti con calma se preferisce" - s21 blind w pt-128)
// (an assessment of a warranty or a claim: "per la valutazione della garanzia ci servirebbe una foto dello
// scontrino", "para la valoración de la garantía", "l'évaluation de la réclamation" - s23 blind b it-038)
const NOT_THE_BUYERS =
  compact(/(?<![\p{L}])(?:(?:t[ée]cnic[oa]s?|technicien(?:ne)?s?|tecnic[oa]|fabricant|fabricante|produttore|atelier|taller|laboratorio|laboratoire|assistência técnica|assistenza tecnica|service technique|servicio técnico)(?:\s[\p{L}']{1,15}){0,4}?\s(?:valoraci[óo]n|avis|valutazione|avalia[çc][ãa]o|évaluation|parere|opini[óo]n|opinião|diagn[óo]stico)|(?:notre|nuestra|nuestro|nostro|nostra|nosso|nossa) (?:avis|opini[óo]n|opinione|parere|opinião|valoraci[óo]n|valutazione|avalia[çc][ãa]o)|(?:valoraci[óo]n|valutazione|avalia[çc][ãa]o|évaluation|avis) (?:del|du|do|da|della|des|de la|dello|de|di|d'|de l'|dell') ?(?:daño|danno|dommage|defeito|dano|dégâts|estado|état|stato|fabricant|fabricante|produttore|técnico|technicien|tecnico|garan[tz]\p{L}{1,4}|reclam\p{L}{1,6}|r[ée]clamation|richiesta|solicitud|solicita[çc][ãa]o|demande|pratica|dossier|sinistro)|(?:valorar|evaluar|[ée]valuer|valutare|avaliar|avaliarmos|examinar|analizar|analisar)(?: \p{L}{1,10}){0,2}? (?:da[ñn]o|da[ñn]os|danno|danni|dommages?|d[ée]g[âa]ts|danos?|estado|[ée]tat|stato|garant\p{L}{1,4}|defect\p{L}{1,3}|d[ée]fauts?|difett\p{L}{1,2}|defeit\p{L}{1,2}|problem\p{L}{1,2}|probl[èe]mes?|reclamaci[óo]n|r[ée]clamation|reclamo|reclama[çc][ãa]o|caso|dossier|pratica|devoluci[óo]n|retour|reso|devolu[çc][ãa]o)|(?:para|per|pour) (?:saber|capire|sapere|savoir|entender|comprendre|verificar|v[ée]rifier|verificare|descartar|escludere|exclure) (?:si|se)|(?:avali\p{L}{1,4}|valor\p{L}{1,4}|evalu\p{L}{1,4}|[ée]valu\p{L}{1,4}|valut\p{L}{1,4})(?: (?:com calma|con calma|avec soin|tranquil\p{L}{1,8}|bem|bien|bene|primeiro|primero|prima|d'abord))? (?:se|si|qual|quais|quale|quali|cu[áa]l|cu[áa]les|quel(?:le)?s?|lequel|laquelle|a possibilidade|la posibilidad|la possibilit[àa]|la possibilit[ée]|o n[íi]vel|el nivel|il livello|le niveau)|nota da compra|nota de compra|(?:stelle|étoiles|estrellas|estrelas) (?:compar\p{L}{1,6}|appar\p{L}{1,6}|aparec\p{L}{1,6}|sul soffitto|au plafond|en el techo|no teto))(?![\p{L}])/u);

/** The parcel arrived, in good condition: what a seller hopes before any satisfaction. */
const SAFE_ARRIVAL = compact(/(?<![\p{L}])(?:recibid[oa]s?|recibi[óo]|ricevut[oaie]|re[çc]ue?s?|recebid[oa]s?|recebeu|arrivat[oaie]|giunt[oaie]|llegad[oa]s?|lleg(?:ó|ara|ase)|arriv[ée]e?s?|chegou|chegad[oa]s?|chegasse)(?![\p{L}])|(?:perfett[ei] condizioni|perfecto estado|parfait état|perfeito estado|bon état|buen estado|buono stato|bom estado)/u);

/** Change, remove or withhold a review, or write to the seller before one. */
// (the French "ne" negates only French verbs: the Italian partitive "ne lasci una" - leave one of them - asks for a review, s25)
const CHANGES_OR_WITHHOLDS =
  compact(/(?<![\p{L}])(?:modific\p{L}{0,4}|cambi\p{L}{0,4}|retir\p{L}{0,4}|quit\p{L}{0,3}|sub(?:ir|a)|reconsider\p{L}{0,4}|revis\p{L}{0,4}|actualiz\p{L}{0,4}|elimin\p{L}{0,4}|borr\p{L}{0,3}|modifier|modifiez|retirer|retirez|remonter|remontez|revoir|revoyez|reconsidérer|reconsidérez|mettre à jour|supprimer|supprimez|togli\p{L}{0,3}|alzar\p{L}{0,2}|alzi|aument\p{L}{1,3}|rived\p{L}{0,4}|riconsider\p{L}{0,4}|aggiorn\p{L}{0,4}|rimuov\p{L}{0,4}|alter\p{L}{0,4}|tirar|tire|mudar|mude|exclu\p{L}{1,4}|actualic\p{L}{1,3}|(?:mala|malas|mauvaise|mauvaises|cattiva|brutta|m[áa]|baja|bassa|basse) (?:rese[ñn]a|valoraci[óo]n|nota|note|recensione|valutazione|avalia[çc][ãa]o|cr[íi]tica|critique|opini[óo]n|opinione|[ée]valuation)|(?:rese[ñn]a|valoraci[óo]n|nota|note|recensione|valutazione|avalia[çc][ãa]o|avis|commentaire|comentario|coment[áa]rio|commento|feedback|[ée]valuation|opini[óo]n)s? (?:\p{L}{1,10} )?(?:negativ\p{L}{1,2}|n[ée]gati\p{L}{1,3}|baj\p{L}{1,2}|bass\p{L}{1,2})|rever|reveja|remov\p{L}{0,3}|atualiz\p{L}{0,4}|edit\p{L}{0,4}|mettez à jour|apag\p{L}{0,3}|(?:no|non|não) (?:nos |me |ci |lo |la )?(?:deje|dejes|ponga|pongas|publique|laissez|laisse|mettez|lasci|lasciate|metta|deixe|deixem|coloque|publique|avalie|avaliem|valore|califique|punt[úu]e|valuti|recensisca|notez|[ée]valuez)|ne (?:nous |me |la |le )?(?:laissez|laisse|mettez|publiez|notez|[ée]valuez)|(?:antes|avant|prima) de(?:l|i)? (?:\p{L}{1,10} ){0,2}?(?:valorar|calificar|dejar|poner|publicar|opinar|évaluer|noter|laisser|publier|lasciare|valutare|recensire|scrivere|avaliar|deixar|publicar)\p{L}{0,3})(?![\p{L}])/u);

/** The review named in the sentence before, the ask in this one through a pronoun: "Somos nuevos y sin valoraciones nadie
 *  nos encuentra. La suya nos ayudaría", "Votre retour aidera d'autres clients. N'hésitez pas à le partager sur la fiche",
 *  "ogni recensione per noi è ossigeno... se le va di scriverne una" - `leading` too after the seller's plight. */
// why: s20 blind e es-008, fr-032, g it-021 (each half alone is no ask)
function pronounAsk(t: string, s: string, prevSpan: [number, number] | null, end: number): Span[] | null {
  const countsOnIt = COUNT_ON_IT_RE.test(s);
  const pronoun = prevSpan && prevSpan[1] - prevSpan[0] <= MAX_SENTENCE ? (reviewPronoun(s) ?? (countsOnIt ? 'bare' : null)) : null;
  if (!prevSpan || !pronoun) return null;
  if (!(IMPERATIVE_RE.test(s) || FRAME_RE.test(s) || CONDITIONAL_RE.test(s) || WORTH_RE.test(s) || COUNT_ON_RE.test(s) || countsOnIt)) return null;
  const before = sliceOf(t, prevSpan[0], prevSpan[1]);
  // (a weaker object only with a public venue or audience: "votre retour aidera d'autres clients"; "Votre retour est bien
  // arrivé. N'hésitez pas à le laisser au point relais" is the parcel)
  if (!(STRONG_RE.test(before) || (OWN_REVIEW_RE.test(before) && (VENUE_RE.test(before) || VENUE_RE.test(s)))) || NOT_THE_BUYERS.test(before) || (pronoun === 'bare' && OTHERS_REPORT.test(before))) return null;
  if ([s, before].some((x) => DENIED_RE.test(x) || SEEN_RE.test(x) || CHANGES_OR_WITHHOLDS.test(x))) return null;
  const start = prevSpan[0];
  const out: Span[] = [{ rule: 'review_request', severity: 'block', start, end, entry: ENTRY }];
  if (SYMPATHY_RE.test(before) || SYMPATHY_RE.test(s)) out.push({ rule: 'leading', severity: 'block', start, end, entry: APPEAL_ENTRY });
  return out;
}

/** A disclaimer, then the real ask with a weaker object (s27 round 2, disclaimer-then-rating-ask): the sentence before names
 *  reviews and says the seller does not ask for them ("Non chiediamo mai recensioni, giuro!", "No solemos pedir reseñas.", "On ne
 *  réclame jamais d'avis.", "A gente não costuma pedir avaliação."), this one opens with a contrast and asks for a few lines, a word,
 *  a comment or an opinion with a wish or a request ("Però due righe sul tostapane ci farebbero davvero comodo", "Pero unas líneas
 *  sobre la freidora nos vendrían genial", "Mais un petit mot sur la lampe nous ferait plaisir", "Mas umas linhas sobre a garrafa
 *  ajudariam muito") - the reviews just named are what the few lines are. Not without the contrast ("Due righe di istruzioni sono
 *  nella scatola"), nor with a denial of its own ("Però due righe non servono").
 *  near-misses that stay clean: "Non chiediamo mai recensioni. Due righe di istruzioni sono nella scatola.", "No pedimos reseñas,
 *  de verdad. Pero si hay un problema, escríbanos." */
const CONTRAST_OPENS = compactRegExp(`^[\\s¡¿]*(?:però|ma|tuttavia|pero|sin embargo|mais|cependant|mas|porém|contudo|só que)${E}`, 'u');
const FEW_WORDS_RE = compactRegExp(
  `${B}(?:(?:due|tre|poche|qualche|quattro) (?:righe|parole)|(?:dos|tres|unas|algunas|cuatro) (?:l[íi]neas|palabras)|(?:deux|trois|quelques) (?:mots|lignes)|(?:duas|três|umas|algumas) (?:linhas|palavras)|(?:un|una|um|uma|un petit|un piccolo|un pequeño|um pequeno|una breve|un breve) (?:comentario|commento|commentaire|coment[áa]rio|mot|parola|palabra|palavra|parere|opini[óo]n|opinione|opini[ãa]o|avis|riscontro|retour))${E}`,
  'u',
);
/** The sentence before says the seller does not (usually) ask for reviews: a negation or "rarely" and a review noun. */
const DISCLAIMS_REVIEWS = compactRegExp(`${B}(?:non|no|ne|n'|não|nunca|jamais|mai|raramente|rarement|rara vez|raramente)${E}`, 'u');
function disclaimerThenAsk(prev: string, s: string): boolean {
  return (
    CONTRAST_OPENS.test(s) &&
    FEW_WORDS_RE.test(s) &&
    STRONG_RE.test(prev) &&
    DISCLAIMS_REVIEWS.test(prev) &&
    (CONDITIONAL_RE.test(s) || IMPERATIVE_RE.test(s) || FRAME_RE.test(s) || PLEASE_RE.test(s)) &&
    !DENIED_RE.test(s) &&
    !DISCLAIMS_REVIEWS.test(s.replace(CONTRAST_OPENS, ''))
  );
}

export function romanceReviewAsks(t: string, isName?: (start: number, end: number) => boolean, cue: CueHits = { open: true, at: null }): Span[] {
  if (!cue.open || !gatedTest(ANY_OBJECT, t)) return [];
  const out: Span[] = [];
  const all = sentences(t);
  for (let k = 0; k < all.length; k++) {
    const [start, end] = all[k]!;
    if (end - start > MAX_SENTENCE || end - start < MIN_SENTENCE) continue;
    const s = sliceOf(t, start, end);
    const prevSpan = k > 0 ? all[k - 1]! : null;
    // (the anchored contrast read first: most sentences open with none)
    if (prevSpan && CONTRAST_OPENS.test(s) && prevSpan[1] - prevSpan[0] <= MAX_SENTENCE && disclaimerThenAsk(sliceOf(t, prevSpan[0], prevSpan[1]), s)) {
      out.push({ rule: 'review_request', severity: 'block', start, end, entry: ENTRY });
      continue;
    }
    if (!cueWithin(cue, start, end)) {
      // (a sentence without a review word of its own is read only as the pronoun ask below, its review in the one before)
      if (prevSpan && cueWithin(cue, prevSpan[0], prevSpan[1])) {
        const pron = pronounAsk(t, s, prevSpan, end);
        if (pron) out.push(...pron);
      }
      continue;
    }
    // contact-first: "escríbanos antes de valorar", "ci scriva prima di lasciare un giudizio"
    // (the "first" word read before the longer contact alternation: most sentences have none)
    const contactFirst = (FIRST_RE.test(s) && CONTACT_RE.test(s)) || WITHOUT_CONTACT_RE.test(s);
    if (contactFirst && (STRONG_RE.test(s) || WEAK_RE.test(s) || PUBLIC_EXPRESSION_RE.test(s)) && !DENIED_RE.test(s) && !SEEN_RE.test(s)) {
      out.push({ rule: 'leading', severity: 'block', start, end, entry: LEADING_ENTRY });
      continue;
    }
    // others' ratings, then an invitation to join them after a semicolon ("... cinco estrellas; ¿se anima usted también?")
    const next = all[k + 1];
    // the seller's plight and a review's worth in one sentence: an appeal, and an ask whatever the verb
    // (s33 r2x33: a weaker object with its public venue as well, "due righe su Amazon, per noi piccoli artigiani, valgono oro", as the
    // pronoun ask reads it; and the plural "valgono", "valem", "valent de l'or")
    if (SYMPATHY_RE.test(s) && (STRONG_RE.test(s) || (WEAK_RE.test(s) && VENUE_RE.test(s))) && WORTH_RE.test(s) && !DENIED_RE.test(s) && !SEEN_RE.test(s)) {
      out.push({ rule: 'review_request', severity: 'block', start, end, entry: ENTRY }, { rule: 'leading', severity: 'block', start, end, entry: APPEAL_ENTRY });
      continue;
    }
    // an assessment by the seller's technician or the maker, the seller's own opinion, stars of a product
    // ("para que nuestro técnico haga una valoración del daño", "c'est l'avis du fabricant", "le stelle
    // compariranno sul soffitto"): no review of the buyer's is asked for
    if (NOT_THE_BUYERS.test(s)) continue;
    const favoured = prevSpan !== null && prevSpan[1] - prevSpan[0] <= 80 && t.charCodeAt(prevSpan[1]) === 0x3f && FAVOUR_Q.test(t.slice(prevSpan[0], prevSpan[1] + 1));
    // (the seller's "not seen yet" is no review read: SEEN is not asked here)
    if (PENDING_REVIEW_RE.test(s) && !SERVICE_CASE.test(s) && !OUR_SIDE.test(s) && !DENIED_RE.test(s) && !CHANGES_OR_WITHHOLDS.test(s)) {
      out.push({ rule: 'review_request', severity: 'block', start, end, entry: ENTRY });
      continue;
    }
    if (t.charCodeAt(end) === 0x3f && BARE_STARS_Q.test(s) && !DENIED_RE.test(s) && !SEEN_RE.test(s)) {
      out.push({ rule: 'review_request', severity: 'block', start, end, entry: ENTRY });
      continue;
    }
    if (!isRomanceReviewAsk(s, isName && ((a, b) => isName(start + a, start + b)), favoured)) {
      const pron = pronounAsk(t, s, prevSpan, end);
      if (pron) {
        out.push(...pron);
        continue;
      }
      if (t.charCodeAt(end) === 0x3b && next && next[1] - next[0] <= MAX_SENTENCE && STRONG_RE.test(s) && JOIN_RE.test(t.slice(next[0], next[1])) && !DENIED_RE.test(s)) {
        out.push({ rule: 'review_request', severity: 'block', start, end: next[1], entry: ENTRY });
      }
      continue;
    }
    // asking to change, remove or withhold a review, or to write first, asks for no new review: leading
    // only, as the corpus labels it (the lexicons carry the leading; "¿Podría modificar su reseña?")
    if (CHANGES_OR_WITHHOLDS.test(s)) continue;
    out.push({ rule: 'review_request', severity: 'block', start, end, entry: ENTRY });
    const prev = k > 0 ? all[k - 1]! : null;
    const before = prev && prev[1] - prev[0] <= MAX_SENTENCE ? t.slice(prev[0], prev[1]) : '';
    // a hope that the parcel arrived safely is no assumed satisfaction ("esperamos que el pedido llegara en perfecto estado")
    // (the hope for the review itself is taken out only where a hope stands: most sentences hold none)
    const hoped = (x: string) => HOPE_RE.test(x) && HOPE_RE.test(x.replace(HOPE_FOR_ASK, ' ')) && !PROBLEM.test(x) && !SAFE_ARRIVAL.test(x);
    if (satisfiedIn(s, s) || hoped(s) || PRESUMED_POSITIVE_RE.test(s) || NOW_THAT_RE.test(s) || (before && (satisfiedIn(before, s) || hoped(before)) && !/\?\s*$/u.test(t.slice(prev![0], prev![1] + 1)))) {
      out.push({ rule: 'leading', severity: 'block', start, end, entry: LEADING_ENTRY });
    }
  }
  return out;
}
