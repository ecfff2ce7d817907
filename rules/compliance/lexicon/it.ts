import { ADDRESS, NOT_EXPLAINED, NOT_NEGATED, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

const REVIEW = "(?:recension[ei]|feedback|valutazion[ei]|opinion[ei]|stelle|stelline|giudizi?o?|comment[oi]|parer[ei])";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:recension|feedback|valuta|stell|giudizi|opinion|parer|parol|altri (?:clienti|acquirenti)))";
/** Review wording in any form for intent entries: recensione (also the typo "recenzione"), valutazione, feedback, opinione, parere, giudizio, commento, voto, stelle/stelline, impressioni, "qualche parola gentile", "un riscontro su spedizione…". */
const REV = "(?:recension[ei]|recenzion[ei]|feedback|valutazion[ei]|opinion[ei]|parer[ei]|giudizi?o?|comment[oi]|stelle|stellin[ae]|vot[oi]|impressioni|riscontro su (?:spedizione|consegna|imballaggio|l'ordine|prodotto|acquisto)|(?:qualche|due|poche) parol[ae](?: gentil[ei]| carin[ea])?|parol[ae] gentil[ei])";
/** After a review entry: not steering ("prima di", "invece di", "senza") nor thanks for one. */
const NOT_BEFORE = "(?<!(?:^|[^\\p{L}])(?:prima|invece|anziché|senza|grazie per|grazie della|grazie del)(?![\\p{L}])[^.!?;\\n]{0,90})";
/** A review or "lo dica a tutti" after an assumed or conditioned good experience. */
const AFTER_ASK = "(?=[^]{0,160}?(?:recension|recenzion|feedback|valuta|stell|giudizi|opinion|parer|parol|commento|voto|lo dica a tutti|lo racconti|altri (?:clienti|acquirenti)|⭐|★))";
/** A negation inside or before a cue ("se l'articolo non le piace"): goes after the cue. */
const NOT_NEG_CUE = "(?<!(?:^|[^\\p{L}])(?:non|né|mai|nessun\\p{L}{0,2})(?![\\p{L}])[^.!?;\\n]{0,70})";
/** A negation before the phrase in its sentence or after it (whole words: the shared after-part has no boundary). */
const NOT_NEG = "(?<!(?:^|[^\\p{L}'])(?:not|never|cannot|won't|não|nem|nunca|nicht|keine?[nmrs]?|nie|no|ne|n'|pas|jamais|non|mai)(?![\\p{L}])[^.!?;\\n]{0,100})(?![^.!?;\\n]{0,60}(?<![\\p{L}])(?:nicht|nie|pas|non)(?![\\p{L}]))";
/** Not a manual, guide or video behind the address (a manual link gets the url finding only): "Die Anleitung gibt es unter …", "Visitez x.fr pour le guide complet". */
const NOT_MANUAL = "(?<!(?:anleitung|handbuch|guide|notice|manuel|mode d'emploi|tutoriel|manuale|istruzioni|guida|video)[^.!?;\\n]{0,80})(?![^.!?;\\n]{0,60}(?:anleitung|handbuch|guide|notice|manuel|mode d'emploi|tutoriel|manuale|istruzioni|guida|video))";
/** An address as written, also "[chiocciola] … [punto] …", "(at) … (punto) …", "x punto y punto online"; never a carrier's site. */
const IT_ADDRESS = `(?!(?:www\\.)?(?:poste|brt|gls|sda|dhl|ups|tnt|bartolini|fedex)\\.)(?:${ADDRESS}|[a-z0-9][a-z0-9._-]{0,30} ?[\\[(](?:at|@|chiocciola)[\\])] ?[a-z0-9-]{2,30} ?[\\[(](?:punto|dot|\\.)[\\])] ?[a-z]{2,12}|[a-z0-9-]{2,30} ?[\\[(](?:punto|\\.)[\\])] ?[a-z]{2,12}|[a-z0-9-]{2,30} punto [a-z0-9-]{2,30} punto [a-z]{2,12})`;
/** Small or family business appeals next to review wording bias the review. */
const SMALL_BUSINESS = "(?:piccol[oa] (?:azienda|impresa|negozio|attività|bottega|marchio|team|venditore)|(?:azienda|attività|impresa) familiare|artigian[oi])";
/** Incentives for a review: "un buono da 10 € a chi pubblica una recensione". */
const INCENTIVE = `(?:rimborso|regalo|sconto|buono|coupon|omaggio|prodotto gratuito|campione|buono regalo|carta regalo)\\p{L}{0,3}(?: [^\\s.!?,;]{1,12}){0,4} (?:in cambio di|(?<!grazie )per|a chi (?:pubblica|lascia|scrive)|se (?:lascia|lasci|pubblica|pubblichi|scrive|scrivi)) (?:una |un |la |il |sua |tua |ogni |ciascuna )?${REVIEW}`;

export const it: Lexicon = {
  offplatform: [
    { id: 'verb-to-address', re: `(?:registr|iscriv|scriv|invi|mand|contatt(?=[iae])|compil|cre(?=i |are|ate)|ordin(?=i |are|ate)|acquist(?=i |are|ate)|compr(?=i |are|ate)|pag(?=are|hi |ate)|sald(?=i |are)|inserisc|inserir|segnal|visit(?=i |are|ate)|consult(?=i |are|ate)|valut|condivid|dic(?=a )|raggiung|utilizz|apr(?=a |ire)|colleg|vada|andate)\\p{L}{0,6}:? (?:[^\\s.!?]{1,25} ){0,8}(?:(?:a|al|all'|su|sul|via|tramite|qui|presso|da):? )?${IT_ADDRESS}${NOT_MANUAL}`,
      why: 'A verb sends the buyer to a web or e-mail address outside Amazon (register, write, order, pay, visit there).',
      match: ['Registri il suo apparecchio su garanzia.lumina.it per estendere la copertura.', 'Ci scriva a assistenza@casaverde.it e le rispondiamo subito.'], not: ['Consulti il tracciamento su brt.it con il numero della spedizione.'] },
    { id: 'spares-on-site', re: `(?:ricambi?o?|ricariche|più economic\\p{L}{1,2}|in meno|costa(?:no)? meno) (?:[^\\s.!?]{1,25} ){0,3}(?:su|da|presso) ${IT_ADDRESS}`,
      why: 'Points the buyer to spare parts or a lower price on an outside domain.',
      match: ['I filtri di ricambio li trova su acquaviva.shop.', 'Le cartucce costano meno su stampafacile.it.'], not: ['I pezzi di ricambio arrivano con BRT entro venerdì.'] },
    { id: 'call-number', re: "(?:chiami|chiamate|chiamaci|chiamateci|telefoni|basta una telefonata|(?:il )?(?:nostro )?numero verde|(?:la nostra )?linea (?:clienti|diretta|assistenza)|assistenza clienti|servizio clienti|centralino)(?![^.!?\\d]{0,30}(?:corriere|bartolini|brt|gls|sda|poste|dhl|ups|tnt|produttore|amazon))(?: [^.!?\\d\\s]{1,15}){0,4} ?:?(?=\\s{0,3}(?:[+(0-9]|(?:zero|uno|due|tre|quattro|cinque|sei|sette|otto|nove) ))",
      why: 'Gives a number to call the seller (call verb, toll-free or customer line), a channel outside Amazon messaging.',
      match: ['Ci chiami allo 02 4455 6677 dalle 9 alle 18.', 'Il nostro numero verde è 800 555 111.'], not: ['Per la consegna chiami il corriere BRT allo 02 1234 5678.'] },
    { id: 'ask-buyer-channel', re: `(?:mandi|invii|dia|dica|comunichi|lasci|indichi|fornisca|qual è|quale è)(?: [^\\s.!?]{1,20}){0,3} (?:la sua |il suo |la tua |il tuo )?(?:e-?mail(?: paypal)?|indirizzo e-?mail|numero (?:di )?(?:cellulare|telefono|whats ?app)|cellulare|whats ?app|paypal)(?![^.!?]{0,40}(?:corriere|bartolini|brt|gls|sda|poste|dhl|ups|tnt))${NOT_NEG}`,
      why: "Asks for the buyer's own e-mail, phone, WhatsApp or PayPal, to continue outside Amazon.",
      match: ['Mi mandi la sua e-mail così le giro le istruzioni.', 'Ci dica il suo numero di cellulare e la richiamiamo.'], not: ['Non ci dia il suo numero di cellulare: basta la chat di Amazon.', 'Indichi il numero di cellulare per il corriere GLS.'] },
    { id: 'personal-contact', re: `(?:la sua|il suo|la tua|il tuo) (?:numero (?:di )?(?:cellulare|telefono|whats ?app)|whats ?app|cellulare|indirizzo e-?mail|e-?mail|numero)(?: \\p{L}{1,12})? (?:personale|privat[oa])${NOT_NEG}`,
      why: "Asks for the buyer's personal or private phone number or e-mail, a contact outside Amazon.",
      match: ['Ci lasci il suo numero di cellulare personale, la chiamiamo noi.'], not: ['Non serve il suo numero personale: rispondiamo qui.'] },
    { id: 'pay-via-paypal', re: `(?:rimbors|pag|invi|mand|bonific|accredit|restituisc)\\p{L}{0,6}(?: [^\\s.!?]{1,20}){0,4} (?:con|via|tramite|su|per|mediante) (?:paypal|bonifico|postepay|satispay|ricarica)${NOT_NEG}`,
      why: 'Pays or refunds around Amazon (PayPal, bank transfer, Postepay, Satispay).',
      match: ["La rimborsiamo con PayPal se annulla l'ordine.", 'Invii 20 € con PayPal amici e le spediamo il pezzo.'], not: ['Non possiamo rimborsarla tramite PayPal: il rimborso passa da Amazon.'] },
    { id: 'save-fees', re: "(?:risparmi|evit)\\p{L}{0,6} (?:\\p{L}{1,12} ){0,3}(?:le )?commissioni",
      why: "Proposes saving Amazon's fees, which means a sale outside Amazon.",
      match: ['Se paga direttamente a noi evitiamo le commissioni.', 'Così risparmiamo entrambi le commissioni di Amazon.'] },
    { id: 'social-dm', re: `(?:scriv|contatt|mand|invi|messaggi)\\p{L}{0,6} [^.!?]{0,30}(?:su|via|tramite) (?:instagram|facebook|tiktok|messenger|snapchat|signal)${NOT_NEG}`,
      why: 'Names a social network (Instagram, Facebook, TikTok, Messenger) as a channel to write to.',
      match: ['Ci scriva su Instagram, rispondiamo in pochi minuti.'], not: ['Non ci contatti su Facebook: rispondiamo solo qui.'] },
    { id: 'so-we-call', re: "(?:così|per|e) (?:la|ti|vi) (?:chiamiamo|chiameremo|contattiamo telefonicamente)",
      why: 'Announces a phone call to the buyer, a contact outside Amazon.', match: ['Ci lasci un recapito così la chiamiamo domani.'] },
    { id: 'to-call-you', re: "per (?:chiamarla|chiamarti|telefonarle|contattarla telefonicamente)",
      why: 'Wants a way to phone the buyer, a contact outside Amazon.', match: ['Ci serve un recapito per chiamarla e fissare il ritiro.'] },
    { id: 'reach-us-at', re: "(?:contattarci|chiamarci|scriverci|raggiungerci|telefonarci|chiamarmi|scrivermi|contattarmi|telefonarmi) (?:direttamente |anche )?(?:al|allo|a|su|via|tramite|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! (?:la messaggistica|amazon))",
      why: 'Tells the buyer to reach the seller at a number, address or messenger outside Amazon.',
      match: ['Può contattarci al 345 112 2334 anche di sera.', 'È possibile scriverci su WhatsApp in qualsiasi momento.'], not: ['Può contattarci tramite la messaggistica Amazon.'] },
    { id: 'send-email-to', re: "(?:mandi|manda|mandate|invii|invia|inviate|scriva|scrivi|scrivete|mandaci|mandateci|ci mandi|inviaci|ci invii|scrivici|ci scriva) (?:una |un )?(?:e-?mail|mail|sms|whats ?app|messaggio (?:su|via|tramite) whats ?app) (?:a|al|all'|allo)(?! amazon)",
      why: 'Asks the buyer to send an e-mail, SMS or WhatsApp to an outside address or number.', match: ["Mandi una mail a ordini@lumina.it con il numero d'ordine."] },
    { id: 'online-shop', re: "(?:shop|negozio|sito) (?:online|on-line|web)(?! (?:su|di) amazon)",
      why: 'Mentions a web shop or website, which points the buyer to buy outside Amazon.',
      match: ['Trova tutti i ricambi nel nostro negozio online.'], not: ['Trova i ricambi nel nostro negozio online su Amazon.'] },
    { id: 'order-direct', re: "(?:ordinare|acquistare|comprare|ordini|acquisti|compri) direttamente (?:da noi|sul nostro|dal nostro|nel nostro|sul sito)",
      why: 'Invites the buyer to order directly from the seller, outside Amazon.',
      match: ['La prossima volta può ordinare direttamente da noi, senza intermediari.', 'Compri direttamente sul nostro sito e ha la spedizione gratis.'] },
    { id: 'pay-outside', re: `(?:pagare|pagamento|pagarci|bonifico|rimborso|rimborsar(?:la|ti|vi|le)?|restituir(?:le|ti) (?:i soldi|il denaro)|accredito) … (?:con|via|tramite|su|per|mediante) (?:paypal|bonifico|postepay|satispay|ricarica|contanti|western union)${NOT_NEG}`,
      why: 'Pays or refunds outside Amazon (PayPal, transfer, cash), unless said to be refused.',
      match: ['Il rimborso lo facciamo subito tramite PayPal.', 'Può pagare anche con Satispay.'], not: ['Un rimborso tramite PayPal non ci è consentito.'] },
    { id: 'call-me-at', re: "(?:chiamami|mi chiami|chiamatemi|telefonami|mi telefoni|contattami|mi contatti|scrivimi|mi scriva) (?:direttamente )?(?:al|allo|via|tramite|su|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! amazon)",
      why: 'Asks the buyer to call or write the seller directly at a number or channel outside Amazon.',
      match: ['Mi chiami al 333 445 5667 quando le è comodo.'], not: ['Mi scriva via Amazon se ha altre domande.'] },
    { id: 'call-me', re: "(?:chiamami|mi chiami|chiamatemi|telefonami|mi telefoni)",
      why: 'Asks the buyer to phone the seller, a channel outside Amazon.', match: ['Se preferisce, mi telefoni domattina.'] },
    { id: 'our-phone-line', re: "(?:il )?nostro (?:numero verde|numero di telefono|servizio clienti telefonico|centralino)",
      why: "Points to the seller's phone line or switchboard, a channel outside Amazon.", match: ['Trova il nostro numero verde sul sito del marchio.'] },
    { id: 'other-marketplace', re: "(?:su|tramite) (?:ebay|etsy|aliexpress|temu|subito)",
      why: 'Sends the buyer to another marketplace (eBay, Etsy, AliExpress, Temu, Subito).', match: ['Lo stesso articolo lo vendiamo anche su eBay a meno.'] },
    { id: 'write-us-at', re: "(?:scriveteci|scrivici|ci scriva) (?:a|al|all'|su|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! amazon| questa)",
      why: 'Asks the buyer to write to the seller at an outside number, address or messenger.',
      match: ['Ci scriva su WhatsApp al 347 556 7788.'], not: ['Ci scriva su questa chat per qualsiasi dubbio.'] },
    { id: 'we-will-call-you', re: "(?:la|ti) (?:chiameremo|richiameremo)",
      why: 'Announces a phone call to the buyer, a contact outside Amazon.', match: ['La richiameremo entro domani mattina.'] },
    { id: 'call-our-service', re: "(?:chiami|chiama|chiamate) (?:il nostro|la nostra|il) (?:servizio|numero|assistenza|supporto)",
      why: "Asks the buyer to call the seller's service or number, a channel outside Amazon.", match: ['Per la garanzia chiami il nostro servizio tecnico.'] },
    { id: 'send-us-email', re: "(?:scriveteci|scrivici|ci scriva|ci scrivete|inviateci|inviaci|ci invii|mandateci|mandaci|ci mandi) (?:una |un )?(?:e-?mail|mail|messaggio su whats ?app|whats ?app|sms)",
      why: 'Asks the buyer to send the seller an e-mail, SMS or WhatsApp message, a channel outside Amazon.', match: ['Ci mandi un SMS con la foto del difetto.'] },
    { id: 'by-email-phone', re: "(?<!amazon[^.!?\\n]{0,50})(?:per|tramite) (?:e-?mail|mail|telefono|whats ?app|telegram|instagram|facebook)(?![^.!?\\n]{0,30}amazon)(?<!(?:corriere|trasportatore|fattorino|autista|bartolini|brt|gls|sda|poste|dhl|ups|tnt)[^.!?\\n]{0,60})",
      why: 'Names an outside channel (e-mail, phone, WhatsApp, social) for the conversation, unless Amazon or a carrier is the one using it.',
      match: ['Le mandiamo le istruzioni per e-mail, ci basta il suo indirizzo.'], not: ['Il corriere la contatterà per telefono prima della consegna.'] },
    { id: 'call-us-at', re: "(?:chiamateci|chiamaci|telefonateci|telefonaci|ci telefoni|contattateci|contattaci) (?:direttamente )?(?:al|allo|via|tramite|su|per (?:e-?mail|mail|telefono|whats ?app|sms))(?! amazon)",
      why: 'Asks the buyer to call or contact the seller at a number or channel outside Amazon.',
      match: ["Ci telefoni allo 06 998 8776 per fissare l'intervento."], not: ['Contattaci tramite Amazon per il reso.'] },
    { id: 'call-us', re: "(?:chiamateci|chiamaci|telefonateci)",
      why: 'Asks the buyer to phone the seller, a channel outside Amazon.', match: ['Per urgenze chiamateci pure.'] },
    { id: 'whatsapp', re: `whats ?app${NOT_NEG}`,
      why: 'Names WhatsApp as a channel, unless said to be unavailable.',
      match: ['Ci trova anche su WhatsApp per le foto del difetto.'], not: ['Il produttore non ha una linea WhatsApp.'] },
    { id: 'wechat', re: "wechat", why: 'Names WeChat as a channel outside Amazon.', match: ["Ci aggiunga su WeChat, l'ID è lumina_it."] },
    { id: 'telegram', re: "telegram", why: 'Names Telegram as a channel outside Amazon.', match: ["Entri nel nostro canale Telegram per l'assistenza."] },
    { id: 'viber', re: "viber", why: 'Names Viber as a channel outside Amazon.', match: ['Può mandarci le foto anche su Viber.'] },
    { id: 'skype', re: "skype", why: 'Names Skype as a channel outside Amazon.', match: ['Facciamo una chiamata Skype per la configurazione?'] },
    { id: 'our-website', re: "(?:il )?nostro (?:sito(?: web| internet)?|negozio online|e-?shop)",
      why: "Points to the seller's own website or web shop, outside Amazon.", match: ['Trova la gamma completa sul nostro sito internet.'] },
    { id: 'outside-amazon', re: `(?:fuori|al di fuori) (?:da|di) amazon${NOT_NEGATED}`,
      why: 'Proposes doing something outside Amazon, unless it is refused.',
      match: ['Possiamo concludere la vendita fuori da Amazon.'], not: ['Non possiamo accettare pagamenti fuori da Amazon.'] },
    { id: 'bypass-amazon', re: "senza passare (?:da|per) amazon",
      why: 'Proposes a deal that bypasses Amazon.', match: ['Le vendo il cavo mancante direttamente, senza passare da Amazon.'] },
    { id: 'my-email-is', re: "la mia (?:e-?mail|mail) è",
      why: "Gives the seller's own e-mail address, a channel outside Amazon.", match: ['La mia e-mail è marco.rossi@lumina.it, mi scriva lì.'] },
    { id: 'my-number-is', re: "il mio (?:numero|telefono|cellulare) è",
      why: "Gives the seller's own phone number, a channel outside Amazon.", match: ['Il mio cellulare è 333 112 2334, mi chiami pure.'] },
  ],
  leading: [
    // why: a satisfaction question, then the ask ("È tutto di suo gradimento? Allora una recensione ci farebbe piacere", "Soddisfatto? Se sì, …")
    `(?:gradimento|soddisfatt\\p{L}|content\\p{L}|piace|piaciut\\p{L})[^.!?]{0,12}\\? ?(?:allora|se sì|se si|in tal caso)${NOT_NEG_CUE}${AFTER_ASK}`,
    // why: an ask after an assumed or conditioned good experience ("Ora che si gode…", "Visto che tutto è arrivato perfetto", "La lampada starà benissimo", "Sicuramente è soddisfatto", "Se il materasso la soddisfa", "Siamo certi che…", "Che bello che le cuffie funzionino così bene", "Se tutto è di suo gradimento", "Se la padella ha soddisfatto le sue aspettative", "Le piace la borsa?", "Speriamo che la candela ti piaccia"), then review wording or "lo dica a tutti"
    `(?:(?:ora che|adesso che|visto che|dato che|poiché|siccome) [^.!?]{0,50}(?:gode|godendo|perfett\\p{L}{1,2}|piace|soddisfatt\\p{L}|content\\p{L}|accompagna|funziona (?:bene|benissimo|perfettamente))|(?:sicuramente|certamente|senz'altro|di sicuro) [^.!?]{0,30}(?:soddisf\\p{L}{1,5}|content\\p{L}|entusiast\\p{L}|piace|piaciut\\p{L})|(?:starà|staranno|sarà|saranno) (?:sicuramente |certamente )?(?:benissimo|splendid\\p{L}|perfett\\p{L}|fantastic\\p{L}{1,2})|(?:siamo|sono) (?:cert[ie]|sicur[ie]|convint[ie]) che|che bello che [^.!?]{0,50}(?:così bene|benissimo|perfettamente|piaccia|piacciano)|(?:se|quando|solo se|soltanto se) [^.!?]{0,50}(?:piace|piaciut\\p{L}|piacciono|soddisf\\p{L}{1,5}|content\\p{L}|felice|entusiast\\p{L}|di suo gradimento|di tuo gradimento|(?:le|sue|tue) aspettative)|(?:le|ti|vi) piace [^.!?]{0,40}\\?|speriamo che [^.!?]{0,40}(?:le|ti|vi) (?:piaccia|piacciano|sia piaciut\\p{L}))${NOT_NEG_CUE}${AFTER_ASK}`,
    // why: steering away from a review ("invece di pubblicare una valutazione", "Non serve un voto negativo", "Prima di valutarci", "prima di pubblicare un'opinione")
    "(?:invece di|anziché|piuttosto che) (?:pubblicare|lasciare|scrivere|dare|mettere)", "(?:non serve|non c'è bisogno di|niente) (?:un |una |di )?(?:voto|recensione|valutazione|feedback|giudizio|commento) (?:negativ\\p{L}|cattiv\\p{L}|basso)", "prima di (?:valutar|recensir|votar|giudicar)(?:e|ci|lo|la|mi)", `prima di (?:pubblicare|lasciare|scrivere|dare|mettere) (?:una |un |la |il |un')?(?:sua |tua )?${REV}`,
    // why: change or remove a review in any verb form ("perché cambi il suo voto", "riconsiderare il suo voto di una stella", "togliere il suo commento")
    `(?:cambi|modific|riconsider|rived|rimuov|elimin|togl|cancell|corregg|alz|aggiorn|ritir|miglior)\\p{L}{0,5} (?:\\p{L}{1,12} ){0,2}(?:il suo|la sua|il tuo|la tua|quel|quella|questo|questa|il|la) (?:[\\p{L}\\d-]{1,15} )?${REV}`,
    // why: a reward tied to a published review, either order ("Appena la sua recensione è online, le spediamo…", "Dopo la pubblicazione del suo commento rimborsiamo", "Estendiamo la garanzia se pubblica una recensione", "Per la sua recensione, uno sconto", "il link della sua recensione … in omaggio", "prodotti da recensire")
    `(?:appena|quando|non appena|dopo (?:la )?pubblicazione (?:del|della|di)|una volta (?:pubblicat\\p{L}|online)) (?:la sua |il suo |la tua |il tuo |una |un )?(?:\\p{L}{1,15} )?${REV}[^.!?]{0,80}(?:rimbors|spedi|invi|regal|omaggi|grat|buon|scont)\\p{L}{0,8}${NOT_BEFORE}`,
    `(?:rimbors\\p{L}{0,6}|regal\\p{L}{0,4}|omaggio|gratis|gratuit\\p{L}|estend\\p{L}{0,6}|buono|sconto|\\d{1,4} ?(?:€|euro))[^.!?]{0,80}(?:se|quando|appena|in cambio di|per) (?:\\p{L}{1,12} ){0,4}${REV}${NOT_BEFORE}`, `per (?:la sua|il suo|la tua|il tuo|ogni|ciascuna|una|un) ${REV}(?: [^\\s.!?,]{1,12}){0,3},? [^.!?]{0,40}(?:scont|buon|rimbors|regal|omaggi|ricev)\\p{L}{0,8}${NOT_BEFORE}`,
    `(?:link|screenshot|schermata)[^.!?]{0,60}${REV}`, `${REV}[^.!?]{0,60}screenshot`, "prodotti (?:gratis |gratuiti )?(?:da|per) (?:recensire|valutare|testare)", `(?:nella|nel|in) (?:sua |tua )?${REV}[^.!?]{0,40}(?:buono|rimborso|regalo|omaggio)`,
    // why: social proof ("danno quasi sempre il punteggio pieno")
    "punteggio pieno",
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
    // why: a review ask in the gerund ("Ci dica cosa ne pensa lasciando una recensione")
    `(?:lasciando|scrivendo|pubblicando|dandoci|mettendo) (?:una |un |la |il |qualche |sua |tua )?(?:[^\\s.!?]{1,20} ){0,2}${REV}${NOT_BEFORE}`,
    // why: a wish for a review, the wish first ("Saremmo contenti se dedicasse un minuto a una recensione", "contiamo sulla sua valutazione", "ci piacerebbe una recensione", "Speriamo di conoscere il suo parere")
    `(?:(?:saremmo|sarei) (?:\\p{L}{1,12} )?(?:contenti|felici|grati|lieti)|ci piacerebbe|ci farebbe piacere|speriamo|contiamo su\\p{L}{0,4})(?: [^\\s.!?]{1,25}){0,8} ${REV}${NOT_BEFORE}`,
    // why: ...or the review first ("La sua opinione … per noi è importantissima", "una recensione sarebbe meravigliosa", "Un feedback venditore … sarebbe gradito", "ogni recensione ci aiuta ad andare avanti", "Qualche stellina … aiuterebbe i futuri acquirenti", "ci servirebbe molto"); not a damage assessment
    `${REV}(?! (?:del|della|dei) (?:danno|danni|perizia|tecnico|sinistro|reclamo)),?(?: [^\\s.!?]{1,25}){0,8} (?:(?:ci |per noi )?(?:sarebbe|sarebbero|farebbe|farebbero|aiuterebbe|aiuterebbero|aiuta|aiutano|è|sono|sarà|renderebbe|renderebbero|servirebbe|servirebbero)(?: [^\\s.!?]{1,25}){0,4} (?:piacere|gradit\\p{L}{1,6}|prezios\\p{L}{1,2}|important\\p{L}{1,6}|benvenut\\p{L}|ben accett\\p{L}|utile|aiuto|meraviglios\\p{L}|fantastic\\p{L}{1,2}|felic\\p{L}{1,6}|molto|avanti)|(?:aiuterebbe|aiuterebbero|aiuta|aiutano|aiuterà) (?:altri|gli altri|i futuri|futuri|molto|tantissimo|noi|ad))${NOT_BEFORE}`,
    // why: the follow-up ("Ha avuto tempo di valutare la friggitrice?", "un momento per recensire"), wanting to hear the rating ("sapere come valuta il trapano"), "speriamo anche lei" after top ratings, "Una recensione?"; not time to assess damage
    `(?:tempo|momento|minuto|attimo|occasione|modo)(?: [^\\s.!?]{1,25}){0,4} (?:di|per) (?:valutar\\p{L}{0,4}|recensir\\p{L}{0,4}|votar\\p{L}{0,4})(?! (?:il |i |la |le |lo )?(?:danno|danni|situazione|pratica|richiesta|reclamo|problema))${NOT_BEFORE}`, "(?:sapere|conoscere|scoprire|leggere) (?:\\p{L}{1,12} )?come (?:valuta|valuti|giudica|giudichi)",
    "speriamo (?:che )?(?:anche lei|anche tu|lo stesso|altrettanto)(?= ?[.!]| ?$)(?<=(?:stell|punteggio|valuta|voto|voti|massimo|pieno)[^.!?;\\n]{0,120})", "(?:una|un) (?:piccola |breve )?(?:recensione|recenzione|valutazione|commento) ?\\?",
    // why: leave-verbs with kind words, stars, a vote or a typo ("ci lasci qualche parola gentile", "pubblichi una recensione", "metta 5 stelle", "lasciarci un voto", "lasciateci una recenzione"; not "non lasci un feedback negativo"), telling it with a review ("Lo dica a tutti con una valutazione", "lo racconta … in una recensione?", "lo dica a tutti")
    `(?:lasci|lascia|lasciare|lasciarci|lasciateci|lasciaci|scriva|scrivi|scrivere|metta|metti|mettere|dia|dare|darci|pubblichi|pubblica|pubblicare)(?:ci)? (?:una |un |la |il |qualche |due |poche |sua |tua )?(?:[^\\s.!?]{1,20} ){0,2}${REV}${NOT_BEFORE}${NOT_NEG_CUE}`,
    `(?:dica|dici|racconti|racconta|condivida|condividi)(?: [^\\s.!?]{1,20}){0,3} (?:con|in|tramite) (?:una|un|la sua|il suo) (?:\\p{L}{1,12} )?${REV}`, "lo dica (?:a tutti|in giro)|ne parli (?:in giro|a tutti)",
    // why: a reward tied to a published review is also a review ask (see leading)
    `(?:appena|quando|non appena|dopo (?:la )?pubblicazione (?:del|della|di)|una volta (?:pubblicat\\p{L}|online)) (?:la sua |il suo |la tua |il tuo |una |un )?(?:\\p{L}{1,15} )?${REV}[^.!?]{0,80}(?:rimbors|spedi|invi|regal|omaggi|grat|buon|scont)\\p{L}{0,8}${NOT_BEFORE}`,
    `(?:rimbors\\p{L}{0,6}|regal\\p{L}{0,4}|omaggio|gratis|gratuit\\p{L}|estend\\p{L}{0,6}|buono|sconto|\\d{1,4} ?(?:€|euro))[^.!?]{0,80}(?:se|quando|appena|in cambio di|per) (?:\\p{L}{1,12} ){0,4}${REV}${NOT_BEFORE}`, `per (?:la sua|il suo|la tua|il tuo|ogni|ciascuna|una|un) ${REV}(?: [^\\s.!?,]{1,12}){0,3},? [^.!?]{0,40}(?:scont|buon|rimbors|regal|omaggi|ricev)\\p{L}{0,8}${NOT_BEFORE}`,
    `(?:link|screenshot|schermata)[^.!?]{0,60}${REV}[^.!?]{0,60}(?:rimbors|spedi|regal|omaggi|grat|buon|scont)\\p{L}{0,8}`, "prodotti (?:gratis |gratuiti )?(?:da|per) (?:recensire|valutare|testare)", `(?:nella|nel|in) (?:sua |tua )?${REV}[^.!?]{0,40}(?:buono|rimborso|regalo|omaggio)`,
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
    "(?<!prima di )(?:valutare|valuti|valuta|recensire|recensisca|recensisci) (?:il prodotto|il suo acquisto|il tuo acquisto|l'articolo|il nostro negozio|noi)", // why: not after "prima di" ("Prima di valutarci, ci dia la possibilità di risolvere")
    `(?:valutarci|valutateci|recensirci)${NOT_BEFORE}`, `(?:la sua|la tua|una|un)(?: sua| tua)? ${REVIEW}(?: \\p{L}{1,15}| a 5 stelle| a cinque stelle)? (?:ci aiuta|ci aiuterebbe|è (?:molto )?importante|sarebbe|conta)`,
    `(?:ci )?(?:farebbe (?:davvero |molto |tanto )?piacere|piacerebbe (?:molto |davvero )?|saremmo (?:molto )?grati(?: per)?) (?:ricevere |leggere |avere |conoscere )?(?:la sua|la tua|una|un)(?: sua| tua)? ${REVIEW}`,
  ],
  marketing: [
    // why: upsells, sets, cross-sell and a coming version ("passano al modello da 1,5 L", "costano meno in kit", "esiste anche in set", "si abbina perfettamente", "esce una versione più grande", "lanciato la versione senza fili", "collezione autunnale", "Ci segua su Instagram", "Scopra gli altri nostri prodotti", "Chi ha comprato … adora anche")
    "(?:passano|passi|passare|scelgono|optano) (?:al|alla|per il|per la) (?:modello|versione|taglia|formato)(?= )", "(?:costa(?:no)? meno|risparmi\\p{L}{0,4}|più convenient\\p{L}) (?:\\p{L}{1,12} ){0,2}in (?:kit|set|confezione|bundle)", "(?:esiste|esistono|disponibil[ei]) (?:anche |pure )?in (?:set|kit|confezione|bundle)",
    "(?:nostro|nostra) [\\p{L}-]{1,25} (?:si abbina|si accompagna|completa)", "(?:esce|uscirà|usciranno|lanciamo|lanciato|lanciata|arriva|arriverà) (?:\\p{L}{1,12} ){0,2}(?:una |la |un |il )?(?:nuova |nuovo )?(?:versione|modello|taglia|formato|colorazione)(?: [^\\s.!?]{1,15})? (?:più (?:grande|piccol[oa]|potente)|senza fili|wireless|cordless)",
    "collezione (?:autunnale|invernale|primaverile|estiva)", "ci segua (?:su|anche su)", "(?:scopra|scopri|guardi|visiti) (?:gli |i |le )?(?:altri |altre )?(?:nostri|nostre) (?:altri )?(?:prodotti|articoli)", "chi ha (?:comprato|acquistato) (?:\\p{L}{1,15} ){0,4}(?:anche|pure)",
    // why: cheaper or ordering on our own site ("costa meno che su Amazon", "Sul nostro sito costa addirittura meno", "Acquisti direttamente sul nostro negozio online")
    "(?:costa|costano|è|sono) (?:\\p{L}{1,12} ){0,2}meno (?:che su amazon|sul nostro|nel nostro)", "(?:sul|nel) nostro (?:sito|negozio online|e-?shop)[^.!?]{0,40}(?:meno|più economic)", "(?:acquist|ordin|compr)\\p{L}{0,4} (?:\\p{L}{1,12} ){0,2}(?:sul|nel|dal) nostro (?:negozio online|sito|e-?shop|shop online)",
    // why: cheaper outside Amazon, upsells (not the versione XL the buyer ordered), packs (più economico sul nostro sito, versione Pro, confezione da 3); "saldi" as a sale, not "Saldi la differenza"
    "(?:più economic[oia]|meno car[oie]) (?:\\p{L}{1,12} ){0,3}(?:che su amazon|sul nostro|nel nostro|su [a-z0-9-]{2,30}\\.[a-z]{2,12})", "(?:costa|è|sono|costano) (?:ancora |anche )?(?:più economic|meno car)\\p{L}{1,2}", "versione (?:pro|plus|premium|deluxe|xl)(?![^.!?]{0,30}(?:ordinat|acquistat|ricevut|consegnat))", "(?:confezione|pacco|kit) da (?:\\d|due|tre|quattro|sei)", "(?:chi ha acquistato|che hanno acquistato) (?:\\p{L}{1,15} ){0,4}(?:anche|pure)", "abbiamo anche (?:un|una)",
    "catalogo completo", "(?:tutto|intero) (?:il )?(?:nostro )?catalogo",
    "altr[ie] (?:offerte|prodotti|articoli|promozioni)", "-\\d{1,3} ?%",
    `codic[ei] (?:sconto|promozional[ei]|coupon)${NOT_EXPLAINED}`, `coupon${NOT_EXPLAINED}`, `buon[io] sconto${NOT_EXPLAINED}`, `\\d{1,3} ?% (?:di sconto|in meno|off)${NOT_EXPLAINED}`, "saldi(?! (?:la|il|i|le|l'|lo) ?(?:differenza|importo|conto|restante|saldo|pagamento|\\d))", "offert[ae] (?:special[ei]|esclusiv[ae]|limitat[ae])", "black friday", "cyber monday",
    "nuovi (?:prodotti|articoli)", "novità", "nuova collezione", "(?:visiti|visita|scopra|scopri|dia un'occhiata a|guarda|guardi) (?:i nostri|il nostro|la nostra) (?:altri |nuovi )?(?:prodotti|articoli|negozio|collezione|catalogo|vetrina)",
    "i nostri altri prodotti", "nuova (?:linea|gamma|serie)", "nuovi (?:modelli|colori)", "nuove (?:colorazioni|varianti)", "metà prezzo", "prezzi stracciati", "svendita", "buon[oi] (?:regalo )?da \\d{1,4}", "(?:codice|coupon) [a-z]{2,15}\\d{1,4}",
    "(?:visiti|visita|scopra|scopri|guarda|guardi|esplora|esplori|sbircia|(?:dai|dia|date) un'occhiata|(?:fai|faccia|fate) un giro) (?:a |al |alla |ai |alle |nel |nella |nei |sul |sulla )?(?:i |il |la |le )?nostr[oaie] (?:altri |nuovi |nuove |altre )?(?:prodotti|articoli|negozio|collezion[ei]|catalogo|vetrina|store|shop|linea|gamma)",
    "(?:le|ti|vi) (?:interessano|interessa|interesseranno|potrebbero interessare|piaceranno|piacerà) (?:anche |inoltre )?(?:i |le |il |la )?nostr[oaie]", "(?:disponibil[ei]|in vendita) (?:nel|sul) nostro (?:negozio|shop|store)", "(?:seguiteci|seguici)", "newsletter", "concorso", "giveaway", "estrazione a premi", "sul (?:suo |tuo |vostro )?prossimo (?:acquisto|ordine)", "potrebbe(?:ro)? (?:piacerle|piacerti|interessarle)",
  ],
  personal_data: [
    // why: a social profile, a private channel or an e-mail outside Amazon ("Come si chiama su Facebook?", "il suo numero WhatsApp personale", "la sua e-mail personale", "la sua e-mail PayPal", "Che e-mail usa fuori da Amazon?")
    "come si chiama (?:su|in) (?:facebook|instagram|tiktok)", `(?:la sua|il suo|la tua|il tuo) (?:numero (?:di )?(?:cellulare|telefono|whats ?app)|whats ?app|cellulare|indirizzo e-?mail|e-?mail|numero)(?: \\p{L}{1,12})? (?:personale|privat[oa])${NOT_NEG}`,
    "(?:la sua|il suo|la tua|il tuo) (?:e-?mail|indirizzo|account|conto) paypal", "(?:che|quale) (?:e-?mail|indirizzo e-?mail|numero)[^.!?]{0,30}fuori da amazon",
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
