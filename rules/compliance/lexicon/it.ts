import type { Lexicon } from './types';

const REVIEW = "(?:recension[ei]|feedback|valutazion[ei]|opinion[ei]|stelle|giudizi?o?|commenti?)";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:recension|feedback|valuta|stell|giudizi|opinion))";

export const it: Lexicon = {
  offplatform: [
    "(?:così|per|e) (?:la|ti|vi) (?:chiamiamo|chiameremo|contattiamo telefonicamente)", "per (?:chiamarla|chiamarti|telefonarle|contattarla telefonicamente)",
    "(?:contattarci|chiamarci|scriverci|raggiungerci) (?:direttamente )?(?:al|allo|a|su|via|per|tramite)(?! (?:la messaggistica|amazon))",
    "(?:il )?nostro (?:numero verde|numero di telefono|servizio clienti telefonico|centralino)", "(?:su|tramite) (?:ebay|etsy|aliexpress|temu|subito)",
    "(?:scriveteci|scrivici|ci scriva) (?:a|al|all'|su|per)", "(?:la|ti) (?:chiameremo|richiameremo)", "(?:chiami|chiama|chiamate) (?:il nostro|la nostra|il) (?:servizio|numero|assistenza|supporto)",
    "(?:scriveteci|scrivici|ci scriva|ci scrivete|inviateci|inviaci|ci invii|mandateci|mandaci|ci mandi) (?:una |un )?(?:e-?mail|mail|messaggio su whats ?app|whats ?app|sms)", "(?<!amazon[^.!?\\n]{0,50})(?:per|tramite) (?:e-?mail|mail|telefono|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)",
    "(?:chiamateci|chiamaci|telefonateci|contattateci|contattaci) (?:direttamente )?(?:al|allo|via|tramite|su|per)(?! amazon)", "(?:chiamateci|chiamaci|telefonateci)", "whats ?app", "wechat", "telegram", "viber", "skype",
    "(?:il )?nostro (?:sito(?: web| internet)?|negozio online|e-?shop)", "(?:ordinare|acquistare|comprare) direttamente (?:da noi|sul nostro)", "(?:fuori|al di fuori) (?:da|di) amazon", "senza passare (?:da|per) amazon",
    "(?:pagare|pagamento|bonifico|rimborso) (?:con|via|tramite|su) (?:paypal|bonifico|postepay|satispay)", "la mia (?:e-?mail|mail) è", "il mio (?:numero|telefono|cellulare) è",
  ],
  leading: [
    `se tutto (?:è andato bene|va bene|è ok|è stato perfetto)${AFTER_REVIEW}`,
    `(?:è|sei|siete) (?:stat[oa] )?(?:soddisfatt[oaie]|content[oaie])\\?${AFTER_REVIEW}`,
    "non (?:lasciare|lasci|lasciate|scriva|scrivere|pubblicare) (?:una |un |nessuna |nessun )?(?:recensione|feedback|valutazione|opinione|giudizio) (?:negativ[oa]|cattiv[oa])",
    `se (?:è|sei|siete|è stato|sei stato) (?:molto |pienamente )?(?:soddisfatt[oaie]|content[oaie]|felice)${AFTER_REVIEW}`, `se (?:il|l'|la) (?:prodotto|articolo|acquisto)? ?(?:le|ti|vi) (?:è )?piaciut[oa]${AFTER_REVIEW}`,
    "(?:5|cinque) stelle", "(?:5|cinque)/5", `(?:recensione|valutazione|feedback|opinione|giudizio) (?:positiv[oa]|ottim[oa]|eccellente|favorevole)`, `(?:buona|ottima|bella) ${REVIEW}`,
    `prima di (?:lasciare|scrivere|pubblicare) (?:una |un |la |il )?(?:sua |tua )?${REVIEW}`, `(?:contattateci|contattaci|ci contatti|scriveteci) (?:prima|per primi)${AFTER_REVIEW}`,
    "la maggior parte dei nostri clienti", "(?:migliaia|centinaia) di clienti (?:soddisfatti|felici)",
    `(?:rimborso|regalo|sconto|buono|coupon|omaggio|prodotto gratuito)\\p{L}{0,3} (?:in cambio di|per) (?:una |un |la |il )?${REVIEW}`,
    `in cambio (?:di|della|del) (?:una |un |sua |tua )?${REVIEW}`,
    `(?:modificare|modifichi|rimuovere|rimuova|eliminare|elimini|cambiare|cambi|aggiornare|aggiorni|ritirare) (?:la sua |la tua |la |il )?${REVIEW}`,
  ],
  review_request: [
    `in cambio (?:di|della|del) (?:una |un |sua |tua )?${REVIEW}`,
    `(?<!(?:prima di|invece di|senza|non) )(?:lasciare|lasci|lascia|lasciarci|lasciateci|lasciaci|scrivere|scriva|scrivi|pubblicare|condividere|condivida|darci) (?:una |un |la |il |sua |tua )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    "(?:valutare|valuti|valuta|recensire|recensisca|recensisci) (?:il prodotto|il suo acquisto|il tuo acquisto|l'articolo|il nostro negozio|noi)", "(?:valutarci|valutateci|recensirci)", `(?:la sua|la tua|una|un)(?: sua| tua)? ${REVIEW}(?: \\p{L}{1,15}| a 5 stelle| a cinque stelle)? (?:ci aiuta|ci aiuterebbe|è (?:molto )?importante|sarebbe|conta)`,
    `(?:ci )?(?:farebbe piacere|piacerebbe|saremmo grati(?: per)?) (?:ricevere |leggere |avere |conoscere )?(?:la sua|la tua|una|un)(?: sua| tua)? ${REVIEW}`,
  ],
  marketing: [
    "catalogo completo", "(?:tutto|intero) (?:il )?(?:nostro )?catalogo",
    "altr[ie] (?:offerte|prodotti|articoli|promozioni)", "-\\d{1,3} ?%",
    "codic[ei] (?:sconto|promozional[ei]|coupon)", "coupon", "buon[io] sconto", "\\d{1,3} ?% (?:di sconto|in meno|off)", "saldi", "offert[ae] (?:special[ei]|esclusiv[ae]|limitat[ae])", "black friday", "cyber monday",
    "nuovi (?:prodotti|articoli)", "novità", "nuova collezione", "(?:visiti|visita|scopra|scopri|dia un'occhiata a|guarda|guardi) (?:i nostri|il nostro|la nostra) (?:altri |nuovi )?(?:prodotti|articoli|negozio|collezione|catalogo|vetrina)",
    "i nostri altri prodotti", "(?:seguiteci|seguici)", "newsletter", "concorso", "giveaway", "estrazione a premi", "sul (?:suo|tuo|vostro) prossimo (?:acquisto|ordine)", "potrebbe(?:ro)? (?:piacerle|piacerti|interessarle)",
  ],
  personal_data: [
    "data di nascita", "(?:il suo|il tuo) compleanno", "(?:la sua|la tua) età", "carta d'identità", "passaporto", "patente di guida", "codice fiscale", "documento d'identità",
    "(?:il suo|il tuo) (?:numero (?:di telefono|di cellulare)?|cellulare|indirizzo e-?mail|e-?mail|whats ?app) (?:personale|privato)", "(?:ci invii|inviaci|ci dia|dacci|ci comunichi|comunicaci) (?:il suo|il tuo) (?:numero|cellulare|telefono|indirizzo e-?mail|e-?mail|whats ?app)(?! per (?:il )?corriere)",
    "(?:il suo|il tuo) (?:account|profilo) (?:instagram|facebook|tiktok)", "coordinate bancarie", "\\biban\\b", "numero della carta",
  ],
  review_wording: ["(?:recension[ei]|valutazion[ei]|stelle|feedback)", "(?:valutarci|recensire|valutare)"],
  auto_reply: ["(?:risposta|messaggio) automatic[oa]", "abbiamo ricevuto il (?:suo|tuo) (?:messaggio|e-?mail|richiesta)", "(?:le|ti) risponderemo (?:al più presto|entro|quanto prima)"],
  accept: ["certo", "certamente", "va bene", "d'accordo", "nessun problema", "volentieri", "sì", "ok", "(?:le|ti) (?:scriveremo|chiameremo|invieremo|contatteremo|scrivo|chiamo|invio) (?:a|al|via|su|tramite|per)", "(?:al|sul) (?:suo|tuo) (?:numero|indirizzo|e-?mail|whats ?app)"],
  refuse: [
    "(?:tramite|in|su) questo (?:messaggio|canale|chat)", "rispondere (?:qui|a questo messaggio)","(?:solo|soltanto|esclusivamente) (?:tramite|via|attraverso) (?:la messaggistica )?amazon", "non (?:possiamo|è consentito|ci è permesso)", "regole di amazon"],
  buyer_offplatform: ["(?:scrivetemi|scrivimi|chiamatemi|chiamami|mi scriva|mi chiami)", "la mia (?:e-?mail|mail)", "il mio (?:numero|cellulare|whats ?app)", "whats ?app", "fuori da amazon", "paypal", "bonifico", "\\S+@\\S+"],
};
