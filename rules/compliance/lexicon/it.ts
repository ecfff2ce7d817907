import { NOT_EXPLAINED, NOT_NEGATED, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

const REVIEW = "(?:recension[ei]|feedback|valutazion[ei]|opinion[ei]|stelle|stelline|giudizi?o?|comment[oi]|parer[ei])";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:recension|feedback|valuta|stell|giudizi|opinion|parer|parol|altri (?:clienti|acquirenti)))";
/** Small or family business appeals next to review wording bias the review. */
const SMALL_BUSINESS = "(?:piccol[oa] (?:azienda|impresa|negozio|attività|bottega|marchio|team|venditore)|(?:azienda|attività|impresa) familiare|artigian[oi])";
/** Incentives for a review: "un buono da 10 € a chi pubblica una recensione". */
const INCENTIVE = `(?:rimborso|regalo|sconto|buono|coupon|omaggio|prodotto gratuito|campione|buono regalo|carta regalo)\\p{L}{0,3}(?: [^\\s.!?,;]{1,12}){0,4} (?:in cambio di|(?<!grazie )per|a chi (?:pubblica|lascia|scrive)|se (?:lascia|lasci|pubblica|pubblichi|scrive|scrivi)) (?:una |un |la |il |sua |tua |ogni |ciascuna )?${REVIEW}`;

export const it: Lexicon = {
  offplatform: [
    "(?:così|per|e) (?:la|ti|vi) (?:chiamiamo|chiameremo|contattiamo telefonicamente)", "per (?:chiamarla|chiamarti|telefonarle|contattarla telefonicamente)",
    "(?:contattarci|chiamarci|scriverci|raggiungerci|telefonarci|chiamarmi|scrivermi|contattarmi|telefonarmi) (?:direttamente |anche )?(?:al|allo|a|su|via|tramite|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! (?:la messaggistica|amazon))",
    "(?:mandi|manda|mandate|invii|invia|inviate|scriva|scrivi|scrivete|mandaci|mandateci|ci mandi|inviaci|ci invii|scrivici|ci scriva) (?:una |un )?(?:e-?mail|mail|sms|whats ?app|messaggio (?:su|via|tramite) whats ?app) (?:a|al|all'|allo)(?! amazon)",
    "(?:shop|negozio|sito) (?:online|on-line|web)(?! (?:su|di) amazon)", "(?:ordinare|acquistare|comprare|ordini|acquisti|compri) direttamente (?:da noi|sul nostro|dal nostro|nel nostro|sul sito)",
    "(?:pagare|pagamento|pagarci|bonifico|rimborso|rimborsar(?:la|ti|vi|le)?|restituir(?:le|ti) (?:i soldi|il denaro)|accredito) … (?:con|via|tramite|su|per|mediante) (?:paypal|bonifico|postepay|satispay|ricarica|contanti|western union)",
    "(?:chiamami|mi chiami|chiamatemi|telefonami|mi telefoni|contattami|mi contatti|scrivimi|mi scriva) (?:direttamente )?(?:al|allo|via|tramite|su|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! amazon)", "(?:chiamami|mi chiami|chiamatemi|telefonami|mi telefoni)",
    "(?:il )?nostro (?:numero verde|numero di telefono|servizio clienti telefonico|centralino)", "(?:su|tramite) (?:ebay|etsy|aliexpress|temu|subito)",
    "(?:scriveteci|scrivici|ci scriva) (?:a|al|all'|su|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! amazon| questa)", "(?:la|ti) (?:chiameremo|richiameremo)", "(?:chiami|chiama|chiamate) (?:il nostro|la nostra|il) (?:servizio|numero|assistenza|supporto)",
    "(?:scriveteci|scrivici|ci scriva|ci scrivete|inviateci|inviaci|ci invii|mandateci|mandaci|ci mandi) (?:una |un )?(?:e-?mail|mail|messaggio su whats ?app|whats ?app|sms)", "(?<!amazon[^.!?\\n]{0,50})(?:per|tramite) (?:e-?mail|mail|telefono|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)",
    "(?:chiamateci|chiamaci|telefonateci|telefonaci|ci telefoni|contattateci|contattaci) (?:direttamente )?(?:al|allo|via|tramite|su|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! amazon)", "(?:chiamateci|chiamaci|telefonateci)", "whats ?app", "wechat", "telegram", "viber", "skype",
    "(?:il )?nostro (?:sito(?: web| internet)?|negozio online|e-?shop)", "(?:ordinare|acquistare|comprare) direttamente (?:da noi|sul nostro)", `(?:fuori|al di fuori) (?:da|di) amazon${NOT_NEGATED}`, "senza passare (?:da|per) amazon",
    "(?:pagare|pagamento|bonifico|rimborso) (?:con|via|tramite|su) (?:paypal|bonifico|postepay|satispay)", "la mia (?:e-?mail|mail) è", "il mio (?:numero|telefono|cellulare) è",
  ],
  leading: [
    `se tutto (?:è andato bene|va bene|è ok|è stato perfetto)${AFTER_REVIEW}`,
    `(?:è|sei|siete) (?:stat[oa] )?(?:soddisfatt[oaie]|content[oaie])\\?${AFTER_REVIEW}`,
    "non (?:lasciare|lasci|lasciate|scriva|scrivere|pubblicare) (?:una |un |nessuna |nessun )?(?:recensione|feedback|valutazione|opinione|giudizio) (?:negativ[oa]|cattiv[oa])",
    `se (?:è|sei|siete|è stato|sei stato) (?:molto |pienamente )?(?:soddisfatt[oaie]|content[oaie]|felice)${AFTER_REVIEW}`, `se (?:il|l'|la) (?:prodotto|articolo|acquisto)? ?(?:le|ti|vi) (?:è )?piaciut[oa]${AFTER_REVIEW}`,
    `${REVIEW}[^.!?]{0,60}${SMALL_BUSINESS}`, `${SMALL_BUSINESS}[^.!?]{0,80}${REVIEW}`,
    `se (?:[^\\s.!?]{1,20} ){0,3}(?:le|ti|vi|gli) (?:è |sono )?(?:piaciut[oaie]|piace|piacciono)${AFTER_REVIEW}`,
    // why: 5 stars given or asked for, not a "Hotel 5 Stelle" product line, a 1-to-5 scale or thanks for one
    `(?:5|cinque) stell(?:e|ine)(?<=(?:dia|dare|dai|date|metta|mettere|metti|mettete|con|a|da|lasci|lasciare|merita|ci) (?:\\p{L}{1,10} )?(?:5|cinque) stell(?:e|ine))(?<!(?:1|uno) a (?:5|cinque) stell(?:e|ine))(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`, "(?:5|cinque)/5", "massimo dei voti", "(?:punteggio|voto) massimo", "valutazione massima",
    `(?:le|ti|vi) (?:è |sono )?piaciut[oaie](?: \\p{L}{1,15}){0,3} ?\\?${AFTER_REVIEW}`, `se (?:le|ti|vi) (?:è |sono )?(?:piaciut[oaie]|piace|piacciono)${AFTER_REVIEW}`,
    `(?:soddisfatt[oaie]|content[oaie]|entusiast[ai]) (?:di|del|della|dello|dell'|dei|delle|con) ?[^.!?]{0,40}\\?${AFTER_REVIEW}`, `(?:soddisfatt[oaie]|content[oaie]) ?\\?${AFTER_REVIEW}`,
    `prima di (?:valutare|recensire|votare|giudicare)(?:ci|lo|la)?`,
    `(?:quasi )?tutti i nostri (?:clienti|acquirenti) (?:ci )?(?:danno|mettono|lasciano|valutano|adorano|sono)`,
    `(?:rivedere|riveda|rivedi|riconsiderare|riconsideri|cancellare|cancelli|cancella|togliere|tolga|togli|correggere|corregga|migliorare|alzare|alzi|modifica|rimuovi|elimina) (?:la sua |la tua |la |il |il suo |il tuo |quella |quel |questa |questo |quel )?(?:\\p{L}{1,12} )?${REVIEW}`,
    INCENTIVE, `(?:recensione|valutazione|feedback|opinione|giudizio) (?:positiv[oa]|ottim[oa]|eccellente|favorevole)`, `(?:buona|ottima|bella) ${REVIEW}`,
    `prima di (?:lasciare|scrivere|pubblicare) (?:una |un |la |il )?(?:sua |tua )?${REVIEW}`, `(?:contattateci|contattaci|ci contatti|scriveteci) (?:prima|per primi)${AFTER_REVIEW}`,
    "la maggior parte dei nostri clienti", "(?:migliaia|centinaia) di clienti (?:soddisfatti|felici)",
    `(?:rimborso|regalo|sconto|buono|coupon|omaggio|prodotto gratuito)\\p{L}{0,3} (?:in cambio di|per) (?:una |un |la |il )?${REVIEW}`,
    `in cambio (?:di|della|del) (?:una |un |sua |tua )?${REVIEW}`,
    `(?:modificare|modifichi|rimuovere|rimuova|eliminare|elimini|cambiare|cambi|aggiornare|aggiorni|ritirare) (?:la sua |la tua |la |il )?${REVIEW}`,
  ],
  review_request: [
    // why: a wish or need for a review without an asking verb ("una recensione ci farebbe piacere", "la sua opinione è molto importante", "i commenti sono sempre graditi")
    "(?:una|un|la sua|il suo|le sue|i suoi|la tua) (?:\\p{L}{1,15} )?(?:recensione|valutazione|opinione|parere|commenti|impressioni|giudizio)(?![\\p{L}]) (?:[^\\s.!?]{1,25} ){0,6}(?:sarebbe|sarebbero|aiuterebbe|aiuterebbero|ci farebbe|farebbe|è (?:molto |davvero )?importante|(?:è|sono|sarà|sarebbe) (?:sempre )?(?:molto )?(?:gradit|benvenut)\\p{L}{1,2})",
    "(?:speriamo|ci piacerebbe|contiamo su|saremmo felici di) (?:conoscere |leggere |ricevere |avere )?(?:la sua|il suo|una|un) (?:\\p{L}{1,12} )?(?:recensione|valutazione|opinione|parere)", "(?:abbiamo bisogno|mancano) (?:\\p{L}{1,12} ){0,2}(?:recensioni|valutazioni)",
    // why: "sotto forma di recensione", told "in una recensione", share your impressions, the follow-up, a minute for a review
    "(?:sotto|in) forma di (?:una )?(?:\\p{L}{1,12} )?(?:recensione|valutazione|stelle)", "in una (?:breve )?recensione", "(?:condivida|condividi|condividere|ci racconti) (?:le sue|la sua|le tue|la tua) (?:impressioni|opinione|esperienza)", "(?:avuto|trovato) (?:il tempo|modo|occasione) di (?:valutare|recensire|lasciare)", "(?:un minuto|un momento|un attimo) per (?:una |un )?(?:recensione|valutazione|valutare)",
    INCENTIVE,
    `(?:la sua|la tua|il suo|il tuo|una|un|vostra|vostro)(?: sua| tua| piccola| breve| positiva| sincera| onesta)? ${REVIEW}(?: (?:su amazon|positiv[ao]|sincer[ao]|onest[ao]|a (?:5|cinque) stelle|per noi|da parte (?:sua|tua))){0,2} (?:ci |per noi )?(?:aiuta|aiuterebbe|aiuterebbero|farebbe (?:molto |davvero |tanto )?piacere|fa (?:molto )?piacere|è (?:molto |davvero )?(?:importante|prezios[oa])|sarebbe|conta|vale)`,
    `(?:raccontare|racconta|racconti|raccontaci|ci racconti|condividere|condividi|condivida|dire|dica) (?:\\p{L}{1,12} )?(?:la tua|la sua|il tuo|il suo|vostra|vostro) (?:esperienza|opinione|parere|impressione|giudizio) …… (?:amazon|altri (?:acquirenti|clienti|utenti)|pagina del prodotto|scheda)`,
    "(?:raccontalo|lo racconti|raccontatelo|condividilo|lo condivida|dillo|lo dica) (?:a|agli|ad|con) (?:altri|gli altri|futuri) (?:acquirenti|clienti|utenti)",
    "(?:qualche|due|poche) (?:parol[ae]|righe)(?: gentil[ei]| carin[ea])? … su amazon", "parol[ae] gentil[ei] … amazon",
    "(?:lascialo|lo lasci|lasciatelo|scrivilo|lo scriva|pubblicalo|lo pubblichi) su amazon",
    `(?<!prima di )(?:valutare|valuti|valuta|recensire|recensisca|recensisci|votare|voti|vota) (?:il|la|lo|l'|il suo|il tuo|la sua|la tua|il nostro|la nostra|questo|questa) ?(?:\\p{L}{1,15} )?(?:prodotto|acquisto|articolo|ordine|negozio|servizio|venditore|esperienza)`,
    "(?:valutare|valuti|valuta|recensire|recensisca|recensisci|votare|voti|vota) (?:\\p{L}{1,15} ){0,3}su amazon",
    `(?:dagli|dalle|dacci|ci dia|ci dai|gli dia|mettigli|ci metta|regalaci|ci regali) (?:[^\\s.!?]{1,20} ){0,3}${REVIEW}`,
    `in cambio (?:di|della|del) (?:una |un |sua |tua )?${REVIEW}`,
    `(?<!(?:prima di|invece di|senza|non) )(?:lasciare|lasci|lascia|lasciarci|lasciateci|lasciaci|scrivere|scriva|scrivi|pubblicare|condividere|condivida|darci) (?:una |un |la |il |sua |tua )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    "(?<!prima di )(?:valutare|valuti|valuta|recensire|recensisca|recensisci) (?:il prodotto|il suo acquisto|il tuo acquisto|l'articolo|il nostro negozio|noi)", "(?:valutarci|valutateci|recensirci)", `(?:la sua|la tua|una|un)(?: sua| tua)? ${REVIEW}(?: \\p{L}{1,15}| a 5 stelle| a cinque stelle)? (?:ci aiuta|ci aiuterebbe|è (?:molto )?importante|sarebbe|conta)`,
    `(?:ci )?(?:farebbe (?:davvero |molto |tanto )?piacere|piacerebbe (?:molto |davvero )?|saremmo (?:molto )?grati(?: per)?) (?:ricevere |leggere |avere |conoscere )?(?:la sua|la tua|una|un)(?: sua| tua)? ${REVIEW}`,
  ],
  marketing: [
    // why: cheaper outside Amazon, upsells, packs (più economico sul nostro sito, versione Pro, confezione da 3)
    "(?:più economic[oia]|meno car[oie]) (?:\\p{L}{1,12} ){0,3}(?:che su amazon|sul nostro|nel nostro|su [a-z0-9-]{2,30}\\.[a-z]{2,12})", "(?:costa|è|sono|costano) (?:ancora |anche )?(?:più economic|meno car)\\p{L}{1,2}", "versione (?:pro|plus|premium|deluxe|xl)", "(?:confezione|pacco|kit) da (?:\\d|due|tre|quattro|sei)", "(?:chi ha acquistato|che hanno acquistato) (?:\\p{L}{1,15} ){0,4}(?:anche|pure)", "abbiamo anche (?:un|una)",
    "catalogo completo", "(?:tutto|intero) (?:il )?(?:nostro )?catalogo",
    "altr[ie] (?:offerte|prodotti|articoli|promozioni)", "-\\d{1,3} ?%",
    `codic[ei] (?:sconto|promozional[ei]|coupon)${NOT_EXPLAINED}`, `coupon${NOT_EXPLAINED}`, `buon[io] sconto${NOT_EXPLAINED}`, `\\d{1,3} ?% (?:di sconto|in meno|off)${NOT_EXPLAINED}`, "saldi", "offert[ae] (?:special[ei]|esclusiv[ae]|limitat[ae])", "black friday", "cyber monday",
    "nuovi (?:prodotti|articoli)", "novità", "nuova collezione", "(?:visiti|visita|scopra|scopri|dia un'occhiata a|guarda|guardi) (?:i nostri|il nostro|la nostra) (?:altri |nuovi )?(?:prodotti|articoli|negozio|collezione|catalogo|vetrina)",
    "i nostri altri prodotti", "nuova (?:linea|gamma|serie)", "nuovi (?:modelli|colori)", "nuove (?:colorazioni|varianti)", "metà prezzo", "prezzi stracciati", "svendita", "buon[oi] (?:regalo )?da \\d{1,4}", "(?:codice|coupon) [a-z]{2,15}\\d{1,4}",
    "(?:visiti|visita|scopra|scopri|guarda|guardi|esplora|esplori|sbircia|(?:dai|dia|date) un'occhiata|(?:fai|faccia|fate) un giro) (?:a |al |alla |ai |alle |nel |nella |nei |sul |sulla )?(?:i |il |la |le )?nostr[oaie] (?:altri |nuovi |nuove |altre )?(?:prodotti|articoli|negozio|collezion[ei]|catalogo|vetrina|store|shop|linea|gamma)",
    "(?:le|ti|vi) (?:interessano|interessa|interesseranno|potrebbero interessare|piaceranno|piacerà) (?:anche |inoltre )?(?:i |le |il |la )?nostr[oaie]", "(?:disponibil[ei]|in vendita) (?:nel|sul) nostro (?:negozio|shop|store)", "(?:seguiteci|seguici)", "newsletter", "concorso", "giveaway", "estrazione a premi", "sul (?:suo |tuo |vostro )?prossimo (?:acquisto|ordine)", "potrebbe(?:ro)? (?:piacerle|piacerti|interessarle)",
  ],
  personal_data: [
    "data di nascita", "(?:il suo|il tuo) compleanno", "(?:la sua|la tua) età", "carta d'identità", "passaporto", "patente di guida", "codice fiscale", "documento d'identità",
    "(?:il suo|il tuo) (?:numero (?:di telefono|di cellulare)?|cellulare|indirizzo e-?mail|e-?mail|whats ?app) (?:personale|privato)", "(?:ci invii|inviaci|ci dia|dacci|ci comunichi|comunicaci) (?:il suo|il tuo) (?:numero|cellulare|telefono|indirizzo e-?mail|e-?mail|whats ?app)(?! per (?:il )?corriere)",
    "(?:il suo|il tuo) (?:account|profilo) (?:instagram|facebook|tiktok)", "(?:il suo|il tuo|il vostro) (?:nome utente|account|profilo|nickname|username|contatto) (?:su |di )?(?:instagram|insta|facebook|tiktok|twitter|snapchat)", "coordinate bancarie", "\\biban\\b", "numero della carta",
  ],
  review_wording: ["(?:recension[ei]|valutazion[ei]|stelle|feedback)", "(?:valutarci|recensire|valutare)"],
  auto_reply: ["(?:risposta|messaggio) automatic[oa]", "abbiamo ricevuto il (?:suo|tuo) (?:messaggio|e-?mail|richiesta)", "(?:le|ti) risponderemo (?:al più presto|entro|quanto prima)"],
  accept: ["certo", "certamente", "va bene", "d'accordo", "nessun problema", "volentieri", "sì", "ok", "(?:le|ti) (?:scriveremo|chiameremo|invieremo|contatteremo|scrivo|chiamo|invio) (?:a|al|via|su|tramite|per)", "(?:al|sul) (?:suo|tuo) (?:numero|indirizzo|e-?mail|whats ?app)"],
  refuse: [
    "(?:tramite|in|su) questo (?:messaggio|canale|chat)", "rispondere (?:qui|a questo messaggio)","(?:solo|soltanto|esclusivamente) (?:tramite|via|attraverso) (?:la messaggistica )?amazon", "non (?:possiamo|è consentito|ci è permesso)", "regole di amazon"],
  buyer_offplatform: ["(?:scrivetemi|scrivimi|chiamatemi|chiamami|mi scriva|mi chiami)", "la mia (?:e-?mail|mail)", "il mio (?:numero|cellulare|whats ?app)", "whats ?app", "fuori da amazon", "paypal", "bonifico", WORD_WITH_AT],
};
