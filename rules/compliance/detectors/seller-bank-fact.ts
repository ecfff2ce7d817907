// The seller's own bank details named as a fact about a document (s27 known #4): "Nossa agência e conta estão na nota fiscal",
// "Os dados bancários da empresa aparecem no rodapé do boleto" - the invoice explained, no request for the buyer's bank data
// (personal_data) and no payment asked outside Amazon (offplatform). The pt bank entries (bank-branch-account, bank-details)
// match the words whoever owns them.
// Cleared only when all hold in the phrase's sentence: the seller owns the details (nossa/nosso right before, "da loja", "da
// empresa", "do emitente", "do vendedor" right after), a document is named (nota fiscal, NF-e, DANFE, fatura, recibo; not a boleto),
// and nothing is asked or paid: no request or hand-over verb (informe, passe, envie, mande, precisamos), no payment or deposit
// (depositar, transferir, pagar, quitar, acertar, pagamento, Pix, TED, comprovante), no buyer's bank data (sua agência, seus dados), no question.
// Near-misses that still flag: "Informe sua agência e conta para o reembolso" (offplatform + personal_data, README conventions),
// "Nossa agência e conta para o depósito estão na nota fiscal" (a deposit), "Nossa loja precisa da sua agência e conta".
// s27 round 2 (o): the same kind in the other languages - "the sort code and account number at the bottom of the invoice are just
// our company bank details", "L'IBAN che vede in fondo alla fattura è solo il dato bancario della ditta", "le RIB imprimé sur la
// facture est celui de la société", "die IBAN auf der Rechnung ist unsere Firmenbankverbindung". The owner may stand anywhere in
// the sentence (our company, della ditta, de la société, der Firma), not only beside the phrase. Near-misses that still flag: "Please
// transfer the balance to our company bank details on the invoice" (a payment), "Mandi il suo IBAN, lo stampiamo sulla fattura"
// (the buyer's, asked), "Can you send your bank details for the invoice?" (a question and a request).
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

/** The bank entries this reads (the English entry matches the IBAN word in every language). */
export const SELLER_BANK_ENTRIES: ReadonlySet<string> = new Set([
  'pt:personal_data:bank-branch-account', 'pt:personal_data:bank-details', 'en:personal_data:bank-details', 'de:personal_data:bank-details',
  'fr:personal_data:bank-details', 'fr:personal_data:iban', 'es:personal_data:bank-details', 'es:personal_data:iban',
  'it:personal_data:bank-details', 'it:personal_data:iban', 'ja:personal_data:bank-details',
]);
const OWNER_BEFORE = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:noss[oa]s?|our(?: company| business| shop's| own)?|unser\p{L}{0,2}|notre|nuestr[oa]s?|nostr[oa])\s{1,3}(?:(?:dados|dado|banco|conta|company|firmen|firma)\s{1,3}(?:\p{L}{1,10}\s{1,3})?)?$`, 'u'));
const OWNER_AFTER = accentOptionalRe(
  compactRegExp(String.raw`^\s{0,3}(?:\([^)]{0,30}\)\s{0,3})?(?:da|do|de)\s{1,3}(?:(?:nossa|nosso)\s{1,3})?(?:loja|empresa|emitente|emissor|vendedor|vendedora|firma|cnpj)(?![\p{L}])`, 'u'),
);
/** The seller named as the owner anywhere in the sentence: "our company bank details", "della ditta", "de la société", "der Firma",
 *  "de la empresa", "当社の情報". */
// (s28: the seller's legal or standard company line as the owner - "just the standard company info we have to print on every invoice",
// "nur unsere gesetzliche Pflichtangabe als GmbH", "une mention légale de notre société", "un dato obbligatorio della nostra intestazione",
// "por obligación legal", "padrão da empresa", "当社の定型記載"; near-misses that still flag: "the standard company info: please transfer
// the 8.50 there" (a payment), "Pflichtangabe: bitte überweisen Sie 4,90 €" (a payment asked))
const OWNER_IN_SENTENCE = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:(?:every|each|all|any) (?:company |business )?invoices? (?:must|has to|have to|needs? to) (?:show|carry|include|list|display)|by law|required by law|legally required|per legge|por ley|por lei|laut gesetz|gesetzlich vorgeschrieben|(?:standard |legal |statutory )?company (?:info\p{L}{0,9}|details|data)|we (?:have|are required|must) (?:to )?print|(?:gesetzliche\p{L}{0,2} )?pflichtangabe\p{L}{0,2}|mentions? l[ée]gales?|dat[oi] obbligatori[oi]|obligaci[óo]n legal|padr[ãa]o da empresa|our (?:company|business|shop|own) (?:bank|account|details)|(?:just |only )?ours|unser(?:e|er) (?:firmen\p{L}{0,16}|bankverbindung|iban)|der firma|unserer firma|unseres unternehmens|unseres betriebs|de (?:la|notre) (?:société|entreprise|boutique)|celui de (?:la société|l'entreprise|notre société)|de (?:la|nuestra) empresa|de la tienda|della (?:ditta|società|nostra azienda|azienda)|dell'azienda|del negozio|da (?:loja|empresa))(?![\p{L}])|(?<![\p{L}])(?:(?:printed |shown |listed )?by us|bei uns|chez nous|da noi|(?:de|por) nosotros|por n[óo]s|aqui na loja|(?:dat[oi]|dati) aziendal\p{L}|dado cadastral|informa[çc][ãa]o cadastral|(?:datos?|informaci[óo]n) (?:corporativ\p{L}|de empresa)|donn[ée]es? de (?:la )?soci[ée]t[ée]|firmendaten)(?![\p{L}])|(?<![\p{L}])(?:all|every|each|allen|jede[mnrs]?|tous|toutes|chaque|todos|todas|cada|tutti|tutte|ogni)\s{1,3}(?:(?:of\s{1,3})?(?:our|os|as|les|nos|los|las|nuestros|nuestras|i|le|nostri|nostre|unsere[nmr]?)\s{1,3})?(?:(?:nossos|nossas|nuestros|nuestras|nostri|nostre|unseren)\s{1,3})?(?:documents?|documentos?|documenti|dokumente[n]?|belege?n?|invoices?|rechnungen|factures?|facturas?|fatture?|faturas?|notas?|receipts?)(?![\p{L}])|当社|弊社|当店`, 'u'));
// (s31 prec31b: the line printed on all the seller's documents - "aparecem em todos os nossos documentos", "steht auf jedem Beleg", "on
// every invoice", "sur toutes nos factures", "en todas nuestras facturas", "su tutte le nostre fatture": a standing line of the seller's
// paperwork; the ask and payment words below still hold the near-miss "on all our invoices - please transfer the balance there")
// (s28 go2: the seller as where the line is printed - "bei uns", "chez nous", "printed by us" - or a company-data noun - "un dato aziendale",
// "informação cadastral" - names the owner as "our" does)
// (no boleto: a payment slip, the payment outside Amazon, not a document explained - s27 review #13)
// (s28: a footer or letterhead word names the document's place - "in the footer", "unten im Fuß", "en bas de page", "in fondo", "a pie de
// página", "no rodapé", "下部の")
const DOCUMENT = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:nota fiscal|nf-?e|danfe|fatura|recibo|rodapé|cabeçalho|invoices?|receipts?|rechnung\p{L}{0,2}|quittung|facture|reçu|factura|fattura|ricevuta|footer|letterhead|fu(?:ß|ss)(?:zeile)?|briefkopf|(?:en )?bas de (?:la )?page|pied de page|en-t[êe]te|pie de p[áa]gina|in fondo|intestazione|pi[èe] di pagina)(?![\p{L}])|領収書|請求書|納品書|下部`, 'u'));
/** The invoice handed over in the sentence before ("Invoice attached as requested. The bank details in the footer are ...", "Anbei die Rechnung
 *  ... Die Bankverbindung unten ...", "In allegato la fattura. Le coordinate bancarie ..."): the document the bank line is read on. */
const DOCUMENT_HANDED = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:attached|enclosed|anbei|im anhang|anhängend|ci-joint|en pi[èe]ce jointe|adjunt\p{L}{1,5}|in allegato|allegat\p{L}|segue|em anexo|anexad\p{L}{1,2})(?![\p{L}])|添付`, 'u'));
const ASKED_OR_PAID = accentOptionalRe(
  compactRegExp(
    String.raw`\?|(?<![\p{L}])(?:inform(?!a[çc][ãa]o|a[çc][õo]es|ation|azion|aci[óo]n)\p{L}{0,4}|pass[ae]r?|envi\p{L}{0,4}|mand\p{L}{0,4}|precis\p{L}{0,5}|solicit\p{L}{0,5}|pe[çc]o|pedimos|deposit\p{L}{0,5}|dep[óo]sito|transfer\p{L}{0,6}|pag(?!es?(?![\p{L}]))\p{L}{0,5}|pagamentos?|quit\p{L}{0,4}|acert\p{L}{0,4}|pix|ted|doc|comprovante|(?:sua|seu|seus|suas|tua|teu)\s{1,3}(?:agência|conta|banco|dados)|send|give|tell|provide|share|need|pay\p{L}{0,4}|wire|your (?:bank|account|iban|card|details|sort)|schicken|senden|geben|nennen|mitteilen|brauchen|benötigen|zahl\p{L}{0,3}|überweis\p{L}{0,4}|ihre (?:bank\p{L}{0,8}|iban|kontonummer)|indiquez|communiquez|donnez|besoin|payer|virer|virement|votre (?:iban|rib|compte)|indíquenos|facilít\p{L}{0,5}|necesit\p{L}{0,4}|su (?:iban|cuenta)|indic\p{L}{0,4}|comunic\p{L}{0,4}|serv\p{L}{1,4}|bonific\p{L}{1,4}|vers\p{L}{1,4}|(?:il suo|suo) (?:iban|conto))(?![\p{L}])|お送り|教え|振り込んで|お振込(?:み)?ください|お支払いください|送金`,
    'u',
  ),
);

/** A payment said to be not needed is no payment asked: "you don't need to pay anything", "zahlen müssen Sie nichts", "vous n'avez
 *  rien à payer", "no tienes que pagar nada", "non c'è nulla da pagare", "não precisa pagar nada", "お支払いは不要". Blanked before
 *  ASKED_OR_PAID reads the sentence; "you need to pay the balance" keeps its payment. */
// (s28: a payment told as already made through Amazon, or a transfer told as not needed - "your payment already went through Amazon, so
// there's nothing to transfer", "bezahlt haben Sie ja schon über Amazon", "aucun paiement supplémentaire ne vous est demandé", "il pagamento
// risulta già saldato tramite Amazon", "o pagamento já foi feito pela Amazon, não precisa transferir nada"; near-miss: "the payment for the
// extra cable: transfer it to the IBAN in the footer" keeps its payment - no Amazon, no negation)
// (s31 prec31b: the order told as paid through Amazon - "o pedido já foi pago pela Amazon", "the order was paid through Amazon")
// (s28 go2: any negated payment verb with a nothing word - "non deve versare nulla", "no tiene que abonar nada", "zu überweisen ist nichts")
const NOTHING_TO_PAY = accentOptionalRe(
  compactRegExp(
    String.raw`(?<![\p{L}])(?:(?:your |the |il |o |el |le |ihre |die )?(?:payment|pagamento|pago|paiement|zahlung)(?: \p{L}{1,12}){0,3}? (?:already |bereits |schon |déjà |già |já |ya )?(?:went|was made|has been made|is done|(?:is |was )?(?:made|done|settled|completed)|erfolgt|ist erfolgt|a été (?:fait|effectué)|risulta (?:già )?(?:saldato|effettuato)|è (?:già )?stato (?:effettuato|fatto)|(?:j[áa] )?foi (?:feito|realizado|efetuado)|se hizo|(?:ya )?(?:fue|está) (?:hecho|realizado))(?: \p{L}{1,12}){0,3}? (?:through|via|on|über|par|sur|tramite|su|pela|pelo|por|a través de|en) amazon|(?:bezahlt|gezahlt) haben sie (?:\p{L}{1,8} ){0,2}(?:über|bei) amazon|(?:you |vous |você |lei |usted )?(?:already |avez déjà |déjà |já |ha già |già |ya )?(?:paid|payé|pagou|pagato|pagó|bezahlt)(?: \p{L}{1,12}){0,2}? (?:through|via|on|über|par|sur|tramite|su|pela|pelo|por|en|bei|a través de) amazon|(?:order|pedido|bestellung|commande|ordine) (?:\p{L}{1,8} )?(?:já |ya |déjà |bereits |già |already )?(?:foi|fue|wurde|a été|è stato|was|has been) (?:pag[oa]|pagad[oa]|bezahlt|payée?|pagat[oa]|paid) (?:pela|por|über|par|tramite|through|via|on) amazon|nothing (?:more )?to (?:transfer|wire)|aucun paiement (?:\p{L}{1,14} )?ne vous est demandé|(?:não|nem) precisa (?:de )?transferir(?: nada)?|no (?:tiene|tienes) que transferir(?: nada)?|(?:you )?(?:don't|do not|needn't|need not) (?:need to |have to )?pay(?: anything| again)?|no need to pay(?: anything| again)?|nothing (?:more )?to pay|zahlen müssen sie nichts|(?:müssen|brauchen) sie nichts (?:\p{L}{1,12} )?(?:zu )?(?:zahlen|überweisen)|nichts (?:zu )?(?:zahlen|überweisen)|(?:vous )?n'avez rien à (?:payer|virer|régler)|rien à (?:payer|virer|régler)|no (?:tienes|tiene|hay) que pagar(?: nada)?|nada que pagar|non (?:c'è )?(?:nulla|niente) da pagare|non deve pagare(?: nulla| niente)?|(?:não|nem) precisa (?:de )?pagar(?: nada)?|nada a pagar|(?:non|não|no|nicht|n'|don't|do not|needn't)(?: \p{L}{1,10}){0,2}? (?:versare|pagare|bonificare|depositar|transferir|pagar|abonar|ingresar|verser|virer|payer|régler|zahlen|überweisen|pay|transfer|wire)(?: \p{L}{1,8})?? (?:nulla|niente|nada|rien|nichts|anything)|(?:nothing|nulla|niente|nichts|rien) (?:(?:more |else )?for you |da |à |zu )?(?:to |da )?(?:pay|transfer|wire|versare|pagare|payer|verser|virer|überweisen|zahlen)|zu (?:überweisen|zahlen) ist nichts)(?![\p{L}])|(?:お振込み?|お支払い)は不要`,
    'gu',
  ),
);

/** Is the bank phrase at sentence[at, end) the seller's own details named as a fact about a document? */
export function sellersBankOnDocument(sentence: string, at: number, end: number, before = ''): boolean {
  const document = DOCUMENT.test(sentence) || (DOCUMENT.test(before) && DOCUMENT_HANDED.test(before) && !ASKED_OR_PAID.test(before.replace(NOTHING_TO_PAY, ' ')));
  if (!document || ASKED_OR_PAID.test(sentence.replace(NOTHING_TO_PAY, ' '))) return false;
  return OWNER_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) || OWNER_AFTER.test(sentence.slice(end, end + 50)) || OWNER_IN_SENTENCE.test(sentence);
}

/** The bank words of the entries above, for the learned layer's sentence (which carries no entry): IBAN, bank details, RIB,
 *  agência/conta, 振込先, 口座. */
const BANK_WORD = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:iban|bic|swift|rib|sort code|bank (?:details|account|information)|bankverbindung|kontonummer|coordonnées bancaires|datos bancarios|cuenta bancaria|coordinate bancarie|conto bancario|dados banc[áa]rios|conta banc[áa]ria|ag[êe]ncia e conta)(?![\p{L}])|振込先|口座`, 'u'));
/** (s31 prec31b) The learned layer's sentence (normalized) names the seller's bank details as a fact of a document, as the rules'
 *  bank entries are cleared (`before` is the sentence before): "Die IBAN unten auf der Rechnung ist nur unsere Bankverbindung". */
export function sellersBankSentence(sentence: string, before = ''): boolean {
  const m = BANK_WORD.exec(sentence);
  return m !== null && sellersBankOnDocument(sentence, m.index, m.index + m[0].length, before);
}
