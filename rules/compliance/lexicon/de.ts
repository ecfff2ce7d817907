import { ADDRESS, NOT_EXPLAINED, NOT_NEGATED, WORD_WITH_AT } from './shared';
import type { Lexicon } from './types';

const REVIEW = "(?:(?:[\\p{L}\\d]{1,12}-){0,2}\\p{L}{0,12}bewertung(?:en)?|rezension(?:en)?|feedback|sterne(?:bewertung)?|rückmeldung|beurteilung)";
const W2 = "(?:[^\\s.!?]{1,20} ){0,2}";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:bewert|rezension|feedback|sterne|worte))";
/** Review wording in any inflection or compound (Produktrezension, Verkäufer-Feedback, Ein-Stern-Bewertung, Sternen, nette Worte), for intent entries. */
const REV = "(?:(?:[\\p{L}\\d]{1,12}-){0,2}\\p{L}{0,16}(?:bewertung|rezension|feedback)(?:en|s)?|sternen?|(?:nette|liebe|freundliche|lobende|ein paar|einige) worte)";
/** After a review entry: not placed after "bevor/statt" (steering, a different rule) nor thanked for. */
const NOT_BEFORE = "(?<!(?:^|[^\\p{L}])(?:bevor|ehe|statt|anstatt|danke|dank)(?![\\p{L}])[^.!?;\\n]{0,90})";
/** A review or a "pass it on" after an assumed or conditioned good experience. */
const AFTER_ASK = "(?=[^]{0,160}?(?:bewert|rezension|feedback|sterne|worte|es weiter|weiter(?:sagen|erzählen)|anderen (?:käufern|kunden|interessenten)))";
/** A negation inside or before a cue ("wenn Ihnen die Farbe nicht gefällt"): goes after the cue. */
const NOT_NEG_CUE = "(?<!(?:^|[^\\p{L}])(?:nicht|kein\\p{L}{0,2}|nie)(?![\\p{L}])[^.!?;\\n]{0,70})";
/** A negation before the phrase in its sentence or after it, whole words only (the shared guard's
 *  after-part has no boundary: "nie" inside "stornieren" suppressed "das Geld per PayPal, wenn Sie … stornieren"). */
const NOT_NEG = "(?<!(?:^|[^\\p{L}'])(?:not|never|cannot|won't|não|nem|nunca|can't|don't|won't|unable|nicht|keine?[nmrs]?|nie|niemals|no|ne|n'|pas|jamais|non|mai)(?![\\p{L}])[^.!?;\\n]{0,100})(?![^.!?;\\n]{0,60}(?<![\\p{L}])(?:nicht|nie|niemals)(?![\\p{L}]))";
/** Not a manual, guide or video behind the address (a manual link gets the url finding only): "Die Anleitung gibt es unter …", "Visitez x.fr pour le guide complet". */
const NOT_MANUAL = "(?<!(?:anleitung|handbuch|guide|notice|manuel|mode d'emploi|tutoriel|manuale|istruzioni|guida|video)[^.!?;\\n]{0,80})(?![^.!?;\\n]{0,60}(?:anleitung|handbuch|guide|notice|manuel|mode d'emploi|tutoriel|manuale|istruzioni|guida|video))";
/** An address as written, also with "[punkt]"/"punkt" spelled out; never a carrier's tracking site. */
const DE_ADDRESS = `(?!(?:www\\.)?(?:dhl|dpd|hermes|gls|ups|fedex|deutschepost|post)\\.)(?:${ADDRESS}|[a-z0-9][a-z0-9._-]{0,30} ?[\\[(](?:at|@)[\\])] ?[a-z0-9-]{2,30} ?[\\[(]punkt[\\])] ?[a-z]{2,12}|[a-z0-9-]{2,30} punkt [a-z0-9-]{2,30}(?: punkt [a-z]{2,12})?)`;
/** Small or family business appeals next to review wording bias the review. */
const SMALL_BUSINESS = "(?:kleine[snrm]? (?:familien)?(?:unternehmen|betrieb|händler(?:in)?|firma|shop|laden|team|marke)|familien(?:unternehmen|betrieb)|kleinunternehmen|kleinunternehmer)";

export const de: Lexicon = {
  offplatform: [
    { id: 'verb-then-address', re: `(?:registrier|anmelden|melde|schreib|schick|send|mail(?=\\p{L})|füll|leg|nutz|besuch|bestell|kauf|zahl|bezahl|begleich|überweis|trag|kontaktier|erreich|wend|erhalt|bekomm|gibt es|teil|sag|klick|öffn|aktivier|eröffn|reich|lad|logg)\\p{L}{0,4}:? (?:[^\\s.!?]{1,25} ){0,8}(?:(?:an|auf|unter|über|bei|via|per|zu|in|im|hier):? )?${DE_ADDRESS}${NOT_MANUAL}`, why: 'A verb sends the buyer to an address outside Amazon (register, order, pay, write there), which moves the contact or the sale off Amazon.',
      match: ['Registrieren Sie Ihr Gerät unter garantie.lampenhaus.de für zwei Jahre Extra-Garantie.', 'Schreiben Sie uns eine E-Mail an info@lampenhaus.de, dann geht es schneller.'], not: ['Laden Sie unter lampenhaus.de die Anleitung herunter.', 'Ihre Sendung können Sie unter dhl.de verfolgen.'] },
    { id: 'address-then-verb', re: `(?:über|auf|unter|bei|an|via) ${DE_ADDRESS} (?:[^\\s.!?]{1,25} ){0,3}(?:melden|bestellen|registrieren|anmelden|kaufen|zahlen|bezahlen|eintragen|einreichen|kontaktieren|schreiben|anlegen|ausfüllen)${NOT_MANUAL}`, why: 'The address comes first and the verb after it ("über x.store melden"), the same invitation to act outside Amazon.',
      match: ['Garantiefälle bitte über service.lampenhaus.de melden.', 'Ersatzfilter können Sie künftig direkt bei filterwelt.shop bestellen.'], not: ['Eine Adressänderung können Sie direkt bei dhl.de anmelden.'] },
    { id: 'call-number', re: "(?:wählen sie|anruf genügt|rufen sie (?:uns |mich )?(?:\\p{L}{1,12} ){0,3}an|ruf (?:uns|mich) (?:\\p{L}{1,12} ){0,2}an|(?:unsere[rn]? )?(?:kunden|service)-?(?:hotline|telefon|line)|servicenummer)(?![^.!?\\d]{0,30}(?:dhl|dpd|hermes|gls|ups|post|paketdienst|zusteller|spedition|hersteller|amazon))(?: [^.!?\\d]{0,30})?:?(?=\\s{0,3}(?:[+(0-9]|(?:null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun) ))", why: 'A phone number after a call verb or our hotline invites the buyer to phone the seller outside Amazon.',
      match: ['Rufen Sie uns einfach an: 030 1234567.', 'Unsere Kundenhotline: 0800 123456.'], not: ['Wählen Sie die Servicenummer des Herstellers: 0800 1234567.'] },
    { id: 'social-dm', re: `(?:schreib|kontaktier|erreich|meld|nachricht|direktnachricht|dm|pn)\\p{L}{0,4} [^.!?]{0,40}(?:auf|über|bei|in|via|per) (?:instagram|facebook|tiktok|threema|signal|snapchat|messenger)${NOT_NEG}`, why: 'Asks the buyer to message the seller on a social network, a channel outside Amazon.',
      match: ['Schicken Sie uns eine Direktnachricht auf Instagram, dort antworten wir schneller.'], not: ['Bitte schreiben Sie uns nicht über Facebook, sondern hier im Postfach.'] },
    { id: 'ask-buyer-channel', re: `(?:schick|send|nenn|geb|gib|teil|mitteil|verrat|lautet|brauch|bräucht|benötig)\\p{L}{0,4} [^.!?]{0,30}(?:ihre|deine|eure) (?:private[n]? |persönliche[n]? |eigene[n]? )?(?:paypal-?(?:adresse|konto|e-?mail)|handynummer|mobilnummer|telefonnummer|e-?mail-?adresse|mailadresse|whats ?app-?nummer)(?![^.!?]{0,40}(?:spediteur|zusteller|paketdienst|fahrer|lieferdienst|spedition|kurier|dhl|hermes|dpd|gls|ups))${NOT_NEG}`, why: 'Asks the buyer for a private contact (PayPal address, mobile number, e-mail) to continue outside Amazon.',
      match: ['Schicken Sie mir bitte Ihre PayPal-Adresse.', 'Teilen Sie uns Ihre Handynummer mit, dann melden wir uns.'], not: ['Bitte teilen Sie Ihre Telefonnummer dem Zusteller mit.'] },
    { id: 'private-number', re: `(?:ihre|deine|eure|welche) (?:private[n]?|persönliche[n]?) (?:handynummer|mobilnummer|telefonnummer|nummer|e-?mail-?adresse|mailadresse)${NOT_NEG}`, why: 'A private phone number or e-mail address of the buyer is asked for, to reach them outside Amazon.',
      match: ['Wie lautet Ihre private Handynummer?'], not: ['Ihre private Telefonnummer brauchen wir nicht.'] },
    { id: 'save-fees', re: "(?:spart|sparen|spare|umgehen|umgeht) (?:\\p{L}{1,10} ){0,3}(?:amazon-?)?gebühren", why: 'Proposes dealing around Amazon to save its fees, an off-Amazon sale.',
      match: ['Bestellen Sie direkt bei uns, dann sparen wir beide die Gebühren.'] },
    { id: 'direct-invoice', re: "(?:stellen|schreiben|schicken|senden) (?:ihnen|dir|euch) (?:\\p{L}{1,12} ){0,2}(?:direkt|selbst|separat) (?:eine )?rechnung", why: 'Offers to invoice the buyer directly, a sale outside Amazon.',
      match: ['Wir stellen Ihnen dann direkt eine Rechnung aus.'] },
    { id: 'own-shop-cheaper', re: "(?:in|bei|auf|über) unsere[mnr]? (?:eigenen? )?(?!amazon)(?:online-?shop|webshop|shop|laden|website|webseite)[^.!?]{0,40}(?:günstiger|billiger|preiswerter)", why: 'Says our own shop is cheaper, steering the buyer to buy outside Amazon.',
      match: ['In unserem eigenen Shop ist der Filter sogar günstiger.'] },
    { id: 'so-we-call-you', re: "(?:um sie|damit wir sie|damit ich sie) (?:\\p{L}{1,15} )?(?:anzurufen|anrufen)", why: 'Wants the buyer reachable by phone so the seller can call outside Amazon.',
      match: ['Teilen Sie uns Ihre Nummer mit, damit wir Sie anrufen können.'] },
    { id: 'us-by-phone-mail', re: "(?:uns|mich) (?:auch |jederzeit |gerne |direkt )?(?:unter|per e-?mail|per telefon|per whats ?app|telefonisch)", why: 'Gives phone, e-mail or WhatsApp as a way to reach the seller, a channel outside Amazon.',
      match: ['Sie erreichen uns jederzeit per E-Mail.', 'Sie können uns telefonisch erreichen.'] },
    { id: 'our-hotline', re: "(?:unsere[rn]?|die) (?:service-?)?(?:hotline|telefonnummer|servicenummer|rufnummer)(?! (?:des|der|vom|von) (?:paketdienst|zusteller|spediteur|kurier|fahrer|dhl|hermes|dpd|ups|gls|post))", why: 'Points the buyer to our hotline or phone number, a channel outside Amazon.',
      match: ['Unsere Hotline hilft Ihnen gern weiter.'], not: ['Die Hotline des Paketdienstes nennt Ihnen den Liefertermin.'] },
    { id: 'reach-us-at', re: "erreichen sie (?:uns )?(?:unter|per|telefonisch)", why: 'Tells the buyer how to reach the seller by phone or mail, outside Amazon.',
      match: ['Bei Fragen erreichen Sie uns unter 0221 555123.'] },
    { id: 'other-marketplace', re: "(?:bei|auf|über) (?:ebay|etsy|kaufland|otto|temu|aliexpress)", why: 'Points the buyer to another marketplace, a sale outside Amazon.',
      match: ['Den gleichen Artikel finden Sie bei eBay etwas günstiger.'] },
    { id: 'contact-us-by-phone', re: "(?:erreichen|kontaktieren) sie uns (?:\\p{L}{1,15} )?(?:telefonisch|per telefon|per e-?mail|per mail|unter)", why: 'Asks the buyer to contact the seller by phone or e-mail, outside Amazon.',
      match: ['Kontaktieren Sie uns gerne per E-Mail.'] },
    { id: 'we-call-you', re: "(?:wir|ich) (?:sie|dich) (?:\\p{L}{1,15} )?(?:anrufen|zurückrufen|kontaktieren per)", why: 'Offers to phone the buyer, a contact outside Amazon.',
      match: ['Wenn Sie möchten, können wir Sie morgen anrufen.'] },
    { id: 'write-us-at', re: "schreiben sie uns an", why: 'Asks the buyer to write to an address, an e-mail outside Amazon.', match: ['Schreiben Sie uns an service@lampenhaus.de.'] },
    { id: 'mail-us', re: "(?:schreiben|mailen|senden|schicken) sie (?:uns|mir) (?:eine |direkt )?(?:e-?mail|mail|nachricht per|whats ?app)", why: 'Asks the buyer to send an e-mail, WhatsApp or message by another channel, outside Amazon.',
      match: ['Senden Sie uns eine Nachricht per SMS.', 'Schicken Sie uns eine E-Mail mit den Fotos.'] },
    { id: 'via-channel', re: "(?<!amazon[^.!?\\n]{0,50})(?:per|via|über) (?:e-?mail|mail|telefon|whats ?app|telegram|signal|instagram|facebook)(?![^.!?\\n]{0,30}amazon)", why: 'Names e-mail, phone or a messenger as the channel for the conversation, outside Amazon.',
      match: ['Die Einzelheiten klären wir gern per Telefon.'], not: ['Sie erhalten eine Versandbestätigung per E-Mail von Amazon.'] },
    { id: 'call-us', re: "(?:rufen|ruf) (?:sie )?(?:uns|mich) (?:einfach |gerne |direkt )?an", why: 'Asks the buyer to phone the seller, outside Amazon.',
      match: ['Rufen Sie uns einfach an, wir helfen Ihnen sofort.'] },
    { id: 'contact-us-via', re: "(?:kontaktieren|erreichen) sie uns (?:direkt|gerne|einfach)? ?(?:per|unter|über|auf|via)(?! amazon| das amazon| den amazon)", why: 'Asks the buyer to contact the seller through a named channel that is not Amazon.',
      match: ['Kontaktieren Sie uns direkt über unsere Website.'], not: ['Kontaktieren Sie uns gerne über Amazon.'] },
    { id: 'call-to-us', re: "anruf(?:en)?(?: sie)? (?:uns|bei uns)", why: 'A call to the seller is proposed, a contact outside Amazon.', match: ['Ein kurzer Anruf bei uns genügt.'] },
    { id: 'phone-reachable', re: "telefonisch (?:erreichbar|kontaktieren|melden)", why: 'Says the seller can be reached by phone, a channel outside Amazon.',
      match: ['Wir sind werktags von 9 bis 17 Uhr telefonisch erreichbar.'] },
    { id: 'whatsapp', re: `whats ?app${NOT_NEG}`, why: 'WhatsApp named as a channel (not one we say we do not offer) moves the conversation off Amazon.',
      match: ['Sie erreichen uns auch auf WhatsApp.'], not: ['WhatsApp bieten wir leider nicht an.', 'Der Hersteller hat keine WhatsApp-Hotline.'] },
    { id: 'wechat', re: "wechat", why: 'WeChat named as a channel moves the conversation off Amazon.', match: ['Fügen Sie uns auf WeChat hinzu: lampenhaus_de.'] },
    { id: 'telegram', re: "telegram", why: 'Telegram named as a channel moves the conversation off Amazon.', match: ['Auf Telegram antworten wir schneller.'] },
    { id: 'viber', re: "viber", why: 'Viber named as a channel moves the conversation off Amazon.', match: ['Sie erreichen uns auch über Viber.'] },
    { id: 'skype', re: "skype", why: 'Skype named as a channel moves the conversation off Amazon.', match: ['Gern besprechen wir das per Skype.'] },
    { id: 'our-website', re: "unsere[rnm]? (?:eigene[nmr]? )?(?:webseite|website|homepage|online-?shop|internetseite|shop-?seite|webshop)", why: 'Points the buyer to our own website or web shop, outside Amazon.',
      match: ['Besuchen Sie unseren Onlineshop für weitere Angebote.'] },
    { id: 'order-from-us', re: "(?:direkt )?(?:bei|von) uns (?:direkt )?(?:bestellen|kaufen)", why: 'Invites the buyer to order directly from the seller, a sale outside Amazon.',
      match: ['Sie können auch direkt bei uns bestellen.'] },
    { id: 'outside-amazon', re: `(?:außerhalb|ausserhalb) (?:von )?amazon${NOT_NEGATED}`, why: 'Proposes to deal outside Amazon (unless negated).',
      match: ['Wir können das gern außerhalb von Amazon regeln.'], not: ['Wir dürfen nicht außerhalb von Amazon kommunizieren.'] },
    { id: 'without-amazon', re: "ohne amazon", why: 'Proposes a deal without Amazon, a sale outside Amazon.', match: ['Das Ersatzteil verkaufe ich Ihnen gern direkt, ganz ohne Amazon.'] },
    { id: 'fees-save', re: "amazon-?gebühren (?:sparen|umgehen)", why: 'Proposes to save or avoid the Amazon fees, a deal outside Amazon.', match: ['So können wir die Amazon-Gebühren sparen.'] },
    { id: 'pay-via', re: "(?:bezahlen|zahlen|überweisen|zahlung) (?:sie )?(?:per|über|via|mit) (?:paypal|überweisung|bank)", why: 'Asks for payment by PayPal or bank transfer, a payment outside Amazon.',
      match: ['Bezahlen Sie per PayPal an unsere Adresse.'] },
    { id: 'my-number-is', re: "meine (?:private |persönliche )?(?:e-?mail|handynummer|telefonnummer|nummer) (?:ist|lautet)", why: 'Gives the seller\'s own private contact, a channel outside Amazon.',
      match: ['Meine Handynummer lautet 0171 2345678.'] },
    { id: 'our-number-is', re: "unsere (?:e-?mail|telefonnummer|handynummer|nummer) (?:ist|lautet)", why: 'Gives our phone number or e-mail, a channel outside Amazon.',
      match: ['Unsere Telefonnummer lautet 030 1234567.'] },
    { id: 'write-message-to', re: "schreib(?:en sie)? (?:uns|mir) (?:eine )?(?:e-?mail|mail|sms|nachricht) an", why: 'Asks the buyer to write an e-mail, SMS or message to an address, outside Amazon.',
      match: ['Schreib mir eine Nachricht an meine private Adresse.'] },
    { id: 'send-us-mail', re: "(?:schreib|schreibe|schreibt|schreiben sie|schick|schicke|schickt|schicken sie|send|sende|sendet|senden sie|mail|mailt|mailen sie) (?:uns|mir) (?:\\p{L}{1,12} ){0,2}(?:eine |ne )?(?:e-?mail|mail|sms|kurznachricht|whats ?app)", why: 'Asks the buyer (any form of address) to send an e-mail, SMS or WhatsApp, outside Amazon.',
      match: ['Schick mir einfach eine SMS, dann melde ich mich.', 'Schreibt uns kurz eine Mail.'] },
    { id: 'call-us-informal', re: "(?:rufe|ruft|ruf doch|rufen sie doch) (?:uns|mich) (?:\\p{L}{1,12} ){0,2}an", why: 'Asks the buyer, informally, to phone the seller, outside Amazon.',
      match: ['Ruft uns gerne an, wir helfen sofort.'] },
    { id: 'number-to-call-back', re: "(?:handynummer|telefonnummer|mobilnummer|rufnummer)[^.!?]{0,50}(?:wir|ich|techniker|kollege|kollegin|kundendienst|team|mitarbeiter\\p{L}{0,2}) (?:sie|dich|euch) (?:\\p{L}{1,12} )?(?:anrufen|zurückrufen|kontaktieren)", why: 'Asks for a phone number so that we or our technician call the buyer, a contact outside Amazon.',
      match: ['Nennen Sie uns Ihre Handynummer, damit unser Techniker Sie zurückrufen kann.'] },
    { id: 'paypal-friends', re: "paypal (?:freunde|friends|familie)", why: 'PayPal friends and family is a payment outside Amazon (and without buyer protection).',
      match: ['Zahlen Sie bitte per PayPal Freunde, dann geht es schneller.'] },
    { id: 'pay-outside', re: `(?:zahlung|bezahlung|zahl\\p{L}{0,3}|bezahl\\p{L}{0,3}|begleich\\p{L}{0,3}|überweis\\p{L}{0,3}|erstattung|rückerstattung|erstatt\\p{L}{0,3}|geld) … (?:per|über|via|mit|auf) (?:paypal|banküberweisung|sofortüberweisung|überweisung|bankkonto|bar)(?!(?: [^\\s.!?]{1,20}){0,3} (?:durch|von|über|via) amazon)${NOT_NEG}`, why: 'Payment or refund by PayPal, transfer or cash, in any verb form, is a payment outside Amazon (unless refused or done by Amazon).',
      match: ['Begleichen Sie den Restbetrag per Überweisung.', 'Das Geld erstatten wir Ihnen per PayPal.'], not: ['Eine Erstattung per PayPal ist uns nicht erlaubt.', 'Die Rückerstattung erhalten Sie per Überweisung durch Amazon.'] },
    { id: 'reach-us-informal', re: "(?:erreichst|erreicht) (?:du|ihr) (?:uns|mich) (?:\\p{L}{1,12} )?(?:unter|per|über|auf|via|telefonisch)(?! amazon)", why: 'Tells the buyer, informally, how to reach the seller outside Amazon.',
      match: ['Am schnellsten erreichst du uns per WhatsApp.'] },
  ],
  leading: [
    // why: a satisfaction question, then the ask ("Ist alles zu Ihrer Zufriedenheit? Dann freuen wir uns über eine Bewertung", "Passt alles? Wenn ja, …")
    `(?:zufriedenheit|zufrieden|gefällt|gefallen|geschmeckt|passt|in ordnung|bestens)[^.!?]{0,12}\\? ?(?:dann|wenn ja|falls ja)${NOT_NEG_CUE}${AFTER_ASK}`,
    // why: an ask after an assumed or conditioned good experience ("Jetzt, wo Sie … genießen", "Da alles einwandfrei angekommen ist", "Sie sind bestimmt begeistert", "Wenn es Ihnen gefällt", "Sollte die Pfanne Ihre Erwartungen erfüllt haben", "Hat Ihnen der Tee geschmeckt?"), then review wording or "sagen Sie es weiter"
    `(?:(?:jetzt|nun),? (?:wo|da) (?:sie|du|ihr)|(?:sicher|sicherlich|bestimmt|zweifellos|garantiert) [^.!?]{0,40}(?:toll|super|begeistert|zufrieden|glücklich|wunderbar|klasse|prima|gefällt)|(?:sind|bin) (?:uns )?(?:sicher|überzeugt),? dass|(?:da|weil|nachdem) (?:alles|es|sie|du|ihr|der [\\p{L}-]{1,25}|die [\\p{L}-]{1,25}|das [\\p{L}-]{1,25}) [^.!?]{0,40}(?:einwandfrei|tadellos|perfekt|bestens|glücklich|zufrieden|begeistert|so gut|super|toll)|(?:schön|toll|prima|super|wunderbar|freut uns),? dass [^.!?]{0,50}(?:so gut|toll|super|prima|bestens|einwandfrei|perfekt|gefällt|gefallen|begeistert|zufrieden|funktionier\\p{L}{0,3})|(?:wenn|falls|sofern|sollte[n]?) [^.!?]{0,50}(?:gefällt|gefallen (?:hat|haben)|geschmeckt|zusagt|überzeugt|erwartungen (?:erfüllt|übertroffen)|nach (?:ihren|deinen|euren) wünschen|rundum zufrieden|zufrieden (?:sind|waren|bist|seid|war)|glücklich (?:sind|waren))|(?:gefällt|gefiel|schmeckt|schmeckte|taugt) (?:ihnen|dir|euch) [^.!?]{0,40}\\?|(?:hat|haben) (?:ihnen|dir|euch) [^.!?]{0,40}(?:geschmeckt|gefallen|zugesagt)\\?|(?:sie sind|du bist|ihr seid) (?:\\p{L}{1,12} )?(?:bestimmt|sicher|sicherlich) (?:schon )?(?:begeistert|zufrieden|glücklich)|macht sich (?:sicher|bestimmt|sicherlich) (?:\\p{L}{1,12} )?(?:toll|gut|super|wunderbar|prima|klasse))${NOT_NEG_CUE}${AFTER_ASK}`,
    // why: steering away from a review ("statt gleich eine Bewertung abzugeben", "Schlechte Bewertungen braucht es nicht")
    `(?:statt|anstatt|anstelle) (?:gleich |sofort |direkt |einfach )?(?:eine[rn]? |ihre[rn]? |die )?(?:\\p{L}{1,15} )?${REV}`, `(?:schlechte|negative)[nr]? ${REV} (?:\\p{L}{1,12} ){0,2}(?:braucht|brauchen|nötig|notwendig|müssen|muss)(?: es)? (?:nicht|nie)`,
    // why: change or remove a review, verb first or after ("vielleicht überdenken Sie nun Ihre Ein-Stern-Bewertung?", "So löschen Sie Ihr Feedback", "Ihre Rezension … bitte ergänzen oder zurücknehmen", "… - bitte ändern Sie sie", "zu einer besseren Bewertung")
    `(?:überdenken|ändern|löschen|entfernen|aktualisieren|überarbeiten|anpassen|korrigieren|ergänzen|revidieren|zurücknehmen|bearbeiten|verbessern|anheben|hochstufen) (?:sie )?(?:\\p{L}{1,12} ){0,3}(?:ihre|ihr|die|das|deine|dein|eure|euer|den) (?:[\\p{L}\\d-]{1,25} )?${REV}`,
    // why: separable verbs ("Bitte nehmen Sie Ihre negative Rezension zurück", "passen Sie Ihre Bewertung an", "stufen Sie … hoch")
    `(?:nehmen|ziehen|stufen|passen) sie (?:\\p{L}{1,12} ){0,3}(?:ihre|die|deine|eure|ihr) (?:[\\p{L}\\d-]{1,25} )?${REV} (?:\\p{L}{1,12} ){0,3}(?:zurück|an|hoch)`,
    `(?:ihre|die|diese|deine|eure) (?:[^\\s.!?]{1,20} ){0,2}${REV} …… (?:zu )?(?:ergänzen|zurücknehmen|zurückzunehmen|überdenken|revidieren|verbessern|anheben|hochstufen)`, `${REV}[^.!?]{0,80}(?:ändern|löschen|entfernen|anpassen|aktualisieren|überdenken|zurücknehmen) sie (?:sie|es|diese|das)`, `(?:bessere|höhere)[nr]? ${REV}`,
    // why: a reward tied to a published review, either order ("Sobald Ihre Rezension online ist, schicken wir …", "Nach Veröffentlichung Ihrer Bewertung erstatten wir 50 %", "Wir verlängern Ihre Garantie, wenn Sie eine Rezension schreiben", "Produkte gratis und schreiben dafür eine Rezension", "Sie erhalten 5 € zurück, sobald Ihre Bewertung sichtbar ist")
    `(?:sobald|wenn|nachdem|nach (?:der )?veröffentlichung|nach erscheinen) (?:ihre[rs]?|deine[rs]?|eure[rs]?|die|der|eine[rs]?) (?:\\p{L}{1,15} )?${REV}[^.!?]{0,80}(?:erstatten|erstattung|schicken|senden|schenken|gratis|kostenlos|gutschein|zurück|rabatt|geld|bonus|prämie|geschenk)${NOT_BEFORE}`,
    `(?:erstatten|schenken|verlängern|gratis|kostenlos|gutschein|rabatt|bonus|prämie|zurück|\\d{1,4} ?(?:€|euro))[^.!?]{0,80}(?:wenn|sobald|falls|nachdem|dafür|für) (?:\\p{L}{1,12} ){0,4}${REV}${NOT_BEFORE}`,
    // why: a screenshot of the review ("Schicken Sie uns einen Screenshot Ihrer Rezension", "einen Screenshot, sobald Sie die Bewertung geändert haben")
    `screenshot[^.!?]{0,60}${REV}`, `${REV}[^.!?]{0,60}screenshot`,
    // why: social proof of top ratings ("die Höchstzahl an Sternen", "alle fünf Sterne")
    "(?:höchstzahl|maximale[n]? (?:zahl|anzahl)) (?:an|von) sternen", "alle (?:5|fünf) sterne",
    `(?:falls|wenn) alles (?:passt|gut (?:ist|war|gelaufen ist)|in ordnung (?:ist|war))${AFTER_REVIEW}`,
    `(?:sind|waren) sie (?:\\p{L}{1,15} )?(?:zufrieden|glücklich|begeistert)${AFTER_REVIEW}`, `(?:bist|warst) du (?:\\p{L}{1,15} )?(?:zufrieden|glücklich|begeistert)${AFTER_REVIEW}`, `(?:seid|wart) ihr (?:\\p{L}{1,15} )?(?:zufrieden|glücklich|begeistert)${AFTER_REVIEW}`,
    `(?:zufrieden|begeistert|glücklich|gefällt (?:es )?(?:ihnen|dir|euch)|alles (?:gut|super|bestens|prima|top|in ordnung)) ?\\?${AFTER_REVIEW}`,
    `(?:hat|haben) (?:ihnen|dir|euch) (?:der |die |das |unser |unsere |ihr |ihre |dein |deine )?(?:[\\p{L}-]{1,25} )?gefallen\\?${AFTER_REVIEW}`,
    `(?:sollten|solltest|solltet) (?:sie|du|ihr) (?:mit [^.!?]{0,40} )?(?:\\p{L}{1,12} )?(?:zufrieden|glücklich|begeistert|happy|überzeugt)${AFTER_REVIEW}`,
    `(?:bevor|ehe) (?:sie|du|ihr) (?:[^\\s.!?]{1,20} ){0,3}(?:${REVIEW}|bewerte(?:st|t|n)?|rezensier(?:st|t|en)?)(?![\\p{L}])`,
    `(?:kontaktiere|kontaktiert|melde dich|meldet euch|schreib|schreibt|sag|sagt|gib|gebt) (?:uns )?(?:bitte |doch |gerne |gern )?(?:zuerst|zunächst|vorher|erst|bescheid(?:, bevor| bevor))${AFTER_REVIEW}`,
    `(?:kunden|käufer|kundinnen) … (?:vergeben|geben|gaben|vergaben|bewerten|bewerteten|verleihen) (?:uns |unseren? \\p{L}{1,20} )?(?:\\p{L}{1,12} ){0,3}(?:volle[n]? punktzahl|(?:5|fünf) sterne|höchstnote|bestnote|top-?noten?)`,
    "(?:volle[n]? punktzahl|höchstnote|bestnote|bestbewertung|höchstbewertung|top-?bewertung)(?:en)?", `sie (?:sind|waren) (?:\\p{L}{1,15} )?(?:zufrieden|glücklich|begeistert)\\?${AFTER_REVIEW}`,
    `(?:keine|nicht eine) (?:negative|schlechte|negativen|schlechten) ${REVIEW}`,
    `(?:ihre|die|diese|deine|eure) (?:[^\\s.!?]{1,20} ){0,2}${REVIEW} … (?:zu )?(?:ändern|entfernen|löschen|aktualisieren|überarbeiten|zurückziehen|anpassen|überdenken|korrigieren|zurückzunehmen|anzupassen)`,
    `(?:wenn|falls|sofern) (?:sie|du|ihr) (?:mit [^.!?]{0,40} )?(?:\\p{L}{1,12} )?(?:zufrieden|glücklich|begeistert|happy|überzeugt)${AFTER_REVIEW}`,
    `(?:wenn|falls|sofern) (?:ihnen|dir|euch) (?:das |der |die |unser |unsere )?\\p{L}{0,20} (?:gefällt|gefallen hat|gefallen haben|gefallen)${AFTER_REVIEW}`,
    // why: a 5-star ask, not a "5-Sterne-Kochtopf" or a quoted "„Fünf Sterne“-Gewürzset" (compound nouns), a 1-to-5 scale or thanks for one
    `(?<!(?:bis|-) )(?:5|fünf)[ -]?sterne?(?:n|-?(?:bewertung|rezension|feedback|beurteilung)(?:en)?)?(?![\\p{L}-])(?!["']-?\\p{L})(?! (?:hotel|restaurant|küche|koch))(?<!(?:thanks? for|thank you for|danke für|gracias por|merci pour|merci d'avoir|grazie per|grazie della|obrigad[oa] pel[oa])[^.!?;\\n]{0,50})`, `(?<!\\d[.,])(?:5|fünf) von (?:5|fünf)`, // why: good-review wording, not an English product name ("The Super Feedback microphone clip")
    `(?:positive|gute|tolle|super|ausgezeichnete|sehr gute|beste) ${REVIEW}(?<!(?:^|[^\\p{L}])the [^\\s.!?]{1,25} [^\\s.!?]{1,30})`,
    `(?:bevor|ehe) sie (?:eine |ihre )?(?:negative |schlechte )?${REVIEW}`, `(?:vor|statt) (?:einer|der|ihrer|deiner|eurer) (?:negativen |schlechten )?${REVIEW}`,
    `(?:kontaktieren|informieren|benachrichtigen) sie uns (?:bitte )?(?:zuerst|zunächst|vorher|erst)${AFTER_REVIEW}`, `(?:melden|wenden) sie sich (?:bitte )?(?:zuerst|zunächst|vorher|erst)${AFTER_REVIEW}`,
    `(?:bewertung(?:en)?|rezension(?:en)?|feedback|sterne)[^.!?]{0,60}${SMALL_BUSINESS}`, `${SMALL_BUSINESS}[^.!?]{0,80}${REVIEW}`,
    "die meisten (?:unserer )?kunden (?:bewerten|geben|lieben|sind)", "(?:tausende|hunderte) (?:zufriedene[rn]? )?kunden",
    `(?:gutschein|rabatt|geschenk|rückerstattung|erstattung|geld|bonus|belohnung|gratis|kostenlos)\\p{L}{0,10} (?:für|gegen) (?:eine |ihre )?${REVIEW}`,
    `(?:ändern|entfernen|löschen|aktualisieren|überarbeiten|zurückziehen|anpassen|korrigieren) sie (?:bitte )?(?:ihre|die) (?:negative |schlechte )?${REVIEW}`,
    `(?:ihre|die) (?:negative |schlechte )?${REVIEW} (?:zu )?(?:ändern|entfernen|löschen|aktualisieren|überarbeiten|zurückzuziehen|anzupassen)`,
    `(?:kleine[sn]?|familien)(?:unternehmen|betrieb|händler) … (?:angewiesen|lebt|leben)`,
    `(?:gegen|im austausch (?:gegen|für)|als dankeschön für) (?:eine |ihre |deine |eure )?${W2}${REVIEW}`, `für (?:eine|ihre|deine|eure|jede) ${W2}${REVIEW} (?:erhalten|erhältst|erhaltet|bekommen|bekommst|schenken|gibt es|senden|erstatten)`,
  ],
  review_request: [
    // why: a wish for a review, the wish first ("Wir wären froh, wenn Sie sich kurz Zeit für eine Produktrezension nehmen", "wir wären dankbar für eine Bewertung", "hoffen wir auf Ihre Bewertung")
    `(?:froh|dankbar|glücklich|erfreut|freuen|freut|hoffen|gespannt),?(?: [^\\s.!?]{1,25}){0,8} ${REV}${NOT_BEFORE}`,
    // why: ...or the review first ("Eine Bewertung würde anderen Käufern helfen", "jede Bewertung hilft uns zu überleben", "Sterne-Feedback hilft anderen Käufern", "… als Verkäuferbewertung wäre für uns Gold wert", "in einer Rezension - darüber würden wir uns freuen")
    `${REV}(?: [^\\s.!?]{1,25}){0,8} (?:(?:wäre|wären|würde|würden|hilft|helfen|bedeutet|bedeuten|freut|freuen)(?: [^\\s.!?]{1,25}){0,4} (?:schön|toll|super|wunderbar|klasse|prima|willkommen|wichtig|hilfreich|hilfe|helfen|wert|wertvoll|freuen|dankbar|viel|überleben)|(?:hilft|helfen|würde helfen) (?:anderen|uns|künftigen|zukünftigen|weiteren)|(?:darüber|da) würden wir uns (?:sehr )?freuen)${NOT_BEFORE}`,
    // why: the wish verb before the review ("wäre eine Rezension eine große Hilfe")
    `(?:wäre|wären|würde) (?:\\p{L}{1,12} )?${REV} (?:[^\\s.!?]{1,25} ){0,3}(?:hilfe|schön|toll|super|wunderbar|klasse|prima|willkommen|hilfreich|wertvoll|gold wert)${NOT_BEFORE}`,
    // why: a screenshot of the review for a reward ("Screenshot Ihrer Rezension und wir erstatten", "Bewertung schreiben, Screenshot senden und wir überweisen")
    `(?:screenshot[^.!?]{0,60}${REV}|${REV}[^.!?]{0,60}screenshot)[^.!?]{0,60}(?:erstatten|überweisen|zurück|gratis|kostenlos|gutschein|rabatt|schenken)`,
    // why: where to click and the follow-up ("Zum Bewerten einfach …", "„Verkäufer-Feedback abgeben“ klicken", "Gelegenheit gehabt, die Gartenschere zu rezensieren?", "einen Moment Zeit, uns als Verkäufer zu bewerten?", "ein paar Minuten, um den Mixer zu bewerten"); not "Zeit, um den Schaden zu bewerten"
    "zum (?:bewerten|rezensieren)", `${REV} (?:abgeben|schreiben|hinterlassen|verfassen)["']? (?:\\p{L}{1,12} )?(?:klicken|wählen|auswählen|tippen)`,
    `(?:zeit|momente?|minuten?|gelegenheit|lust|möglichkeit)(?: zeit)?(?: gehabt| gefunden)?,? (?:[^\\s.!?]{1,25} ){0,5}zu (?:bewerten|rezensieren)(?<!(?:schaden|schäden|schadens|gutachten|lage|fall|reklamation|reklamationen|situation|problem|antrag|anfrage|sachverhalt|angebot|angebote) zu (?:bewerten|rezensieren))${NOT_BEFORE}`,
    // why: wanting to hear the rating ("Wir würden gern erfahren, wie Sie den Akkuschrauber bewerten"), reviews missing ("Uns fehlen noch Rezensionen")
    "(?:erfahren|wissen|hören|lesen|gespannt|interessiert)[^.!?]{0,20} wie (?:sie|du|ihr) (?:[^\\s.!?]{1,25} ){0,4}(?:bewerten|bewertest|bewertet|rezensieren)", "(?:fehlen|brauchen|benötigen|sammeln|suchen) (?:\\p{L}{1,12} ){0,3}(?:bewertungen|rezensionen)",
    // why: after social proof, "wir hoffen, Sie auch" asks for the same stars
    "hoffen,? (?:dass )?(?:sie|du|ihr) (?:auch|ebenso|ebenfalls)(?= ?[.!]| ?$)(?<=(?:stern|bewert|punkt|höchst|bestnote|noten?)[^.!?;\\n]{0,120})",
    // why: leave-verbs with "nette Worte" and more fillers ("hinterlassen Sie uns doch ein paar nette Worte")
    `(?:hinterlassen|schreiben|schenken|lassen|geben|verfassen|teilen) sie (?:uns |mir )?(?:doch |bitte |gerne |gern |kurz |einfach |mal ){0,2}(?:eine |ihre |ein |ein paar |einige )?(?:[^\\s.!?]{1,20} ){0,2}${REV}${NOT_BEFORE}`,
    // why: a reward tied to a published review is also a review ask (see leading)
    `(?:sobald|wenn|nachdem|nach (?:der )?veröffentlichung|nach erscheinen) (?:ihre[rs]?|deine[rs]?|eure[rs]?|die|der|eine[rs]?) (?:\\p{L}{1,15} )?${REV}[^.!?]{0,80}(?:erstatten|erstattung|schicken|senden|schenken|gratis|kostenlos|gutschein|zurück|rabatt|geld|bonus|prämie|geschenk)${NOT_BEFORE}`,
    `(?:erstatten|schenken|verlängern|gratis|kostenlos|gutschein|rabatt|bonus|prämie|zurück|\\d{1,4} ?(?:€|euro))[^.!?]{0,80}(?:wenn|sobald|falls|nachdem|dafür|für) (?:\\p{L}{1,12} ){0,4}${REV}${NOT_BEFORE}`,
    // why: a wish or need for a review without an asking verb ("Ihre ehrliche Meinung wäre uns wichtig", "Feedback ist uns willkommen")
    "(?:(?:eine|ihre|ihr|deine|ein|eure) (?:\\p{L}{1,15} )?)?(?:\\p{L}{0,12}bewertung|rezension|meinung|feedback|eindrücke|sternebewertung)(?![\\p{L}]) (?:[^\\s.!?]{1,25} ){0,6}(?:wäre|wären|würde|ist|sind) (?:uns |für uns )?(?:wirklich |sehr |herzlich |jederzeit |immer )?(?:toll|super|wunderbar|schön|klasse|prima|willkommen|wichtig|hilfreich|eine große hilfe)",
    // why: hoping for / glad about / grateful for a review ("Über eine Rezension würden wir uns freuen", "wir hoffen auf Ihr Feedback")
    "(?:hoffen|freuen|dankbar) (?:\\p{L}{1,10} ){0,2}(?:auf|über|für) (?:eine|ihre|ihr|ein) (?:\\p{L}{1,15} )?(?:\\p{L}{0,12}bewertung|rezension|feedback|meinung)", "(?:über|auf) (?:eine|ihre|ihr) (?:\\p{L}{0,12}bewertung|rezension|feedback|meinung)[^.!?]{0,60}(?:freuen|hoffen|dankbar)", "brauchen (?:wir )?(?:\\p{L}{1,12} ){0,2}(?:bewertungen|rezensionen)",
    // why: "in Form einer Rezension", told "in einer Rezension", "teilen Sie uns Ihre Gedanken mit: <link>"
    "in form (?:einer|von) (?:\\p{L}{1,12} )?(?:rezension|bewertung|sternen)", "(?:erzählen|sagen|teilen|schreiben) (?:sie )?(?:\\p{L}{1,12} ){0,4}(?:in|mit) einer (?:\\p{L}{1,10} )?(?:rezension|bewertung)", "teilen sie (?:uns )?ihre (?:gedanken|erfahrung|meinung|eindrücke)(?: mit)?(?: [^.!?:]{1,40})? ?(?:hier|:)", "sagen sie es (?:weiter|uns auf)",
    // why: the follow-up and where to click ("Haben Sie eine Minute für eine Bewertung?", "schon Zeit gehabt, ... zu bewerten", "unter Meine Bestellungen")
    "(?:minute|moment)(?: zeit)? (?:für eine (?:\\p{L}{1,12} )?(?:bewertung|rezension)|,? (?:uns |die \\p{L}{1,20} )?(?:als verkäufer )?zu bewerten)", "zeit gehabt,? (?:\\p{L}{1,15} ){0,3}zu bewerten", "(?:bewertung|rezension)(?![\\p{L}])[^.!?]{0,60}(?:meine bestellungen|bestellseite)", "wenn sie (?:\\p{L}{1,15} ){0,3}bewerten (?:möchten|wollen)", "(?:bewertungen|rezensionen) helfen (?:anderen|uns)", "(?:eine|ihre) (?:rezension|bewertung) (?:zur|zum|für)(?: [^\\s.!?]{1,25}){1,3} ?\\?",
    `uns (?:sehr |riesig |wirklich |besonders )?(?:über|auf) (?:eine |ihre |ein )?${W2}${REVIEW}`,
    `freuen (?:wir )?uns (?:sehr |riesig |immer )?(?:über|auf) (?:eine |ihre |ein )?${W2}${REVIEW}`, `über (?:eine |ihre |ein |deine |eure )${W2}${REVIEW} (?:würden|freuen)(?: wir)?(?: uns)?`,
    `(?:gegen|im austausch (?:gegen|für)|als dankeschön für) (?:eine |ihre |deine |eure )?${W2}${REVIEW}`, `für (?:eine|ihre|deine|eure|jede) ${W2}${REVIEW} (?:erhalten|erhältst|erhaltet|bekommen|bekommst|schenken|gibt es|senden|erstatten)`,
    `(?:hinterlass|hinterlasse|hinterlasst|schreib|schreibe|schreibt|gib|gebt|teile|teilt|lass|lasse|lasst|schenk|schenke|schenkt|verfasse|verfasst|vergib|vergebt|vergeben sie|schenken sie|lassen sie) (?:uns |mir )?(?:doch |bitte |gerne |gern |kurz |einfach |mal ){0,2}(?:eine |ihre |deine |eure |ein |ein paar |einige |uns )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    `(?:ihre|deine|eure) (?:erfahrung(?:en)?|meinung|eindrücke|eindruck) …… (?:auf amazon|bei amazon|produktseite|anderen (?:käufern|kunden|interessenten))`,
    `(?:nette|liebe|freundliche|lobende|positive) worte … (?:auf|bei|über) amazon`, "(?:ein paar|einige) (?:nette |liebe |freundliche |kurze )?worte (?:auf|bei) amazon",
    `(?:bewerte|rezensiere|bewerten sie|rezensieren sie) (?:doch |gerne |gern |bitte |einfach |kurz |mal ){0,3}(?:uns|(?:den|das|die|deinen|ihren|euren|unseren|unser|unsere|deine|ihre|eure) (?:artikel|produkt|kauf|bestellung|einkauf|shop|service|händler|verkäufer|lieferung))`,
    `(?:uns|das produkt|den artikel|die ware|(?:ihren|deinen|euren) (?:kauf|einkauf)|(?:ihre|deine|eure) bestellung|unseren shop|unser produkt|es) (?:auf amazon |bei amazon |kurz |bitte |doch |zu |mal ){1,3}(?:bewerten|bewertest|rezensieren|rezensierst)`,
    `(?:ihre|eine|deine|eure|ein|ihr|dein|euer) (?:kurze[ns]? |ehrliche[ns]? |kleine[ns]? |positive[ns]? )?(?:\\p{L}{0,12}bewertung|rezension|sterne(?:bewertung)?|feedback) (?:von (?:ihnen|dir|euch) )?(?:wäre|würde|ist|hilft|bedeutet) (?:uns |für uns )?(?:sehr |riesig |enorm |wirklich |so |total )?(?:hilfreich|wichtig|willkommen|helfen|viel|wertvoll)`,
    `(?:hinterlassen|schreiben|abgeben|geben|teilen|verfassen) sie (?:uns )?(?:bitte )?(?:eine |ihre |ein |uns )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    // why: not steering after "bevor/statt" ("statt gleich eine Bewertung abzugeben")
    `(?<!(?:bevor|ehe|statt|anstatt) (?:sie|du|ihr) )(?:eine |ihre |ein |deine |eure |ein paar |einige )(?:[^\\s.!?]{1,20} ){0,2}${REVIEW} (?:zu )?(?:hinterlassen|schreiben|abzugeben|abgeben|geben|teilen|verfassen|dalassen|dazulassen|da|vergeben|schenken)${NOT_BEFORE}`,
    `(?:bewerten|rezensieren) sie (?:uns|den artikel|das produkt|ihren kauf|ihre bestellung|unseren shop|unseren service)`,
    // why: not "Bevor Sie uns bewerten"
    `(?:uns|das produkt|den artikel|ihren kauf|unseren shop) (?:zu |kurz |bitte )?(?:bewerten|rezensieren)${NOT_BEFORE}`, `(?:wir )?(?:würden|freuen) (?:uns )?(?:sehr )?(?:über|auf) (?:eine |ihre |ein )?(?:ehrliche |kurze )?${REVIEW}`,
    `(?:ihre|eine) (?!rückmeldung)${REVIEW} (?:wäre|würde|ist) (?:uns )?(?:sehr )?(?:hilfreich|wichtig|willkommen)`, "nehmen sie sich (?:kurz )?(?:einen moment|eine minute|kurz zeit)",
  ],
  marketing: [
    // why: sets and per-piece savings ("den gibt es auch im Set", "auch als Dreierset", "Damit sparen Sie pro Stück")
    "(?:auch|ebenfalls) (?:im|als|in einem) (?:\\p{L}{0,10}-?)?(?:set|paket|bundle|doppelpack|vorteilspack|sparpack)", "(?:zweier|dreier|vierer|fünfer|sechser|spar|vorteils|familien)-?set", "(?:sparen sie|günstiger|billiger) (?:pro|je) stück",
    // why: cross-sell and a coming version ("Zur Kaffeemühle passt unser Milchaufschäumer", "Im nächsten Monat erscheint eine größere Version")
    "(?:zu[mr]? [\\p{L}-]{1,25}|dazu) passt (?:\\p{L}{1,12} ){0,2}(?:unser|unsere)", "(?:erscheint|erscheinen|kommt|kommen|bringen|launchen) (?:\\p{L}{1,12} ){0,3}(?:eine |die |ein |das )?(?:größere|neue|kleinere|verbesserte|kabellose|leistungsstärkere)[sn]? (?:version|variante|ausführung|modell|größe|edition)",
    // why: "passend zum Grill empfehlen wir" (any article); a bigger model that pays off ("Die größere Ausführung … lohnt sich"), not the one ordered
    "(?:größere|stärkere|leistungsstärkere|hochwertigere)[nrs]? (?:ausführung|version|modell|variante) [^.!?]{0,60}(?:lohnt sich|empfehlen|doppelt|mehr leistung)(?<!(?:bestellt|gekauft|geliefert)[^.!?]{0,60})",
    // why: ordering from our own shop instead ("Bestellen Sie künftig direkt in unserem Onlineshop")
    "(?:bestellen|kaufen|ordern) (?:\\p{L}{1,12} ){0,3}(?:in|bei|auf|über) (?:unsere[mnr]?|unser) (?:eigenen? )?(?:online-?shop|webshop|website|webseite|homepage)",
    // why: cheaper outside Amazon, upsells (not the XL-Version the buyer ordered), multipacks (Familien: günstiger/billiger bei uns, Pro-Modell, Dreierpack, im Set)
    "(?:günstiger|billiger|preiswerter) (?:\\p{L}{1,12} ){0,3}(?:als bei amazon|bei uns|in unserem|im eigenen|auf unserer)", "(?:in unserem|im) (?:eigenen )?(?:shop|onlineshop|webshop)[^.!?]{0,40}(?:günstiger|billiger)", "(?:ist|sind) es (?:dort |sogar )?(?:günstiger|billiger)",
    "(?:pro|plus|premium|deluxe|xl|max)-(?:version|modell|ausführung)(?![^.!?]{0,30}(?:bestellt|gekauft|erhalten|geliefert))", "steigen (?:\\p{L}{1,12} ){0,3}auf (?:unser|das)(?= )", "(?:dreier|zweier|vierer|sechser|doppel|spar|familien)-?pack", "im set (?:deutlich |viel )?(?:günstiger|billiger)", "kaufen sie (?:\\d|zwei|drei),? erhalten sie (?:\\d|eins|einen)",
    "(?:gesamte[sn]?|komplette[sn]?) sortiment",
    "(?:andere[nm]?|weitere[nm]?) (?:\\p{L}{1,15} )?(?:produkte|artikel|angebote|aktionen)", "besuchen sie (?:auch )?unseren (?:amazon-?)?(?:shop|store|markenshop)", "\\d{1,3} ?% sparen", "sparen sie \\d{1,3} ?%", "(?:frühlings|sommer|herbst|winter|neue) ?-?kollektion",
    `gutschein(?:code)?s?${NOT_EXPLAINED}`, `rabatt(?:code|aktion)?s?${NOT_EXPLAINED}`, "(?:promo|aktions|vorteils)code", "\\d{1,3} ?(?:%|prozent) (?:rabatt|nachlass|günstiger|sparen|auf)",
    "(?:sommer|winter|weihnachts|oster|black friday|räumungs|frühlings|herbst|jubiläums)-?(?:sale|schlussverkauf|angebote?|aktion|rabatt)", "black friday", "cyber monday", "sale-?(?:aktion|angebote?|preise?)", "schnäppchen",
    "neue (?:produkte|artikel|kollektion|modelle|sortiment)", "neuheiten", "neu (?:eingetroffen|im sortiment|in unserem (?:shop|sortiment|store))",
    "(?:schauen|sehen) sie sich (?:auch )?(?:unsere|unser) (?:anderen|weiteren|neuen|gesamtes?|ganzes?)? ?(?:produkte|artikel|sortiment|shop|angebote|kollektion|markenshop)",
    "(?:besuchen|entdecken|stöbern) sie (?:in )?(?:unsere[nm]?|unser) (?:amazon-?)?(?:shop|store|sortiment|markenshop|produkte)", "(?:unsere )?(?:anderen|weitere[n]?) (?:produkte|artikel)",
    "das könnte (?:ihnen|dir|euch) (?:auch )?gefallen", "(?:folgen sie|folge|folgt|folg) uns", "(?:like|liken sie|abonniere|abonniert|abonnier) (?:uns|unseren)",
    "(?:schau|schaut|schauen sie|sieh|seht|sehen sie|stöbere|stöbert|stöbern sie|besuch|besuche|besucht|entdecke|entdeckt) (?:\\p{L}{1,10} ){0,3}(?:in |bei |auf )?(?:unsere[nmr]?|unser) (?:amazon-?)?(?:shop|store|markenshop|sortiment|produkte|kollektion|storefront)",
    "ab sofort (?:gibt es|erhältlich|neu|auch|bei uns|in unserem)", "(?:in|mit) (?:\\p{L}{1,10} )?neuen (?:farben|designs|motiven|varianten|ausführungen|größen|düften|sorten)",
    "passend (?:dazu|zu[mr]? (?:\\p{L}{1,12} )?[\\p{L}-]{1,25}) (?:empfehlen|gibt es|haben|bieten|führen|finden)", "(?:empfehlen|empfehle) (?:wir |ich )?(?:ihnen |dir |euch )?(?:auch |außerdem |zusätzlich |gerne )?(?:unsere[nmr]?|unser) (?!(?:anleitung|bedienungsanleitung|faq|hinweise|pflegehinweise|reinigungs))", "(?:liken|abonnieren) sie (?:uns|unseren)", "newsletter", "gewinnspiel", "verlosung", "gewinnen sie",
    "(?:exklusive[sn]?|sonder|vorteils)(?:angebot|preis|rabatt|aktion)e?", "(?:nur für kurze zeit|zeitlich begrenzt)", "auf ihre nächste bestellung", "bei ihrer nächsten bestellung (?:sparen|rabatt|erhalten)",
  ],
  personal_data: [
    // why: a social profile name or a private address asked for ("Wie heißen Sie auf Facebook?", "Über welche private Mailadresse …")
    "(?:wie heißen|wie heißt|unter welchem namen)[^.!?]{0,20}(?:auf|bei) (?:facebook|instagram|tiktok|snapchat|twitter)", `(?:welche|welcher) (?:private[n]? |persönliche[n]? )?(?:mailadresse|e-?mail-?adresse|handynummer|telefonnummer)${NOT_NEG}`,
    "geburtsdatum", "ihr(?:en|es)? geburtstag", "ihr alter", "(?:personal)?ausweis(?:es|nummer|kopie|foto|dokument)?", "reisepass(?:es)?", "führerschein(?:s|es)?", "steuer-?(?:id|nummer)", "sozialversicherungsnummer",
    // why: also "Mailadresse"; not one we say we do not need ("Ihre E-Mail-Adresse brauchen wir nicht") nor one passed to the carrier ("… geben wir an die Spedition weiter")
    `(?:ihre|eine) (?:private[n]? |persönliche[n]? )?(?:handynummer|mobilnummer|telefonnummer|e-?mail-?adresse|mailadresse|whats ?app-?nummer)(?! (?:für|an) (?:den|die) (?:spediteur|zusteller|paketdienst|fahrer|lieferdienst)| in ihrem amazon)(?![^.!?]{0,50}(?:spediteur|spedition|zusteller|paketdienst|fahrer|lieferdienst|kurier|dhl|hermes|dpd|gls|ups))${NOT_NEG}`,
    // why: also the inflected "Instagram-Namen"
    "(?:ihr|ihren) (?:instagram|facebook|tiktok|social-?media)-?(?:konto|profil|account|name)n?", "(?:ihre )?(?:bankverbindung|iban|kontonummer|kreditkartennummer|kreditkartendaten|paypal-?adresse)",
  ],
  review_wording: [`${REVIEW}`, "bewerten", "rezensieren"],
  auto_reply: [
    "(?:automatische|automatisch erstellte|automatisierte) (?:antwort|nachricht|e-?mail)", "wir haben ihre (?:nachricht|anfrage|e-?mail) erhalten",
    "(?:wir )?(?:melden uns|antworten|werden uns) (?:so schnell wie möglich|schnellstmöglich|innerhalb|in kürze|zeitnah)", "(?:im urlaub|abwesend) bis",
  ],
  accept: ["gerne", "gern", "natürlich", "selbstverständlich", "klar", "kein problem", "ja", "okay", "ok", "machen wir", "wird erledigt",
    "(?:wir|ich) (?:werden|können|schicken|senden|rufen|melden) (?:ihnen |sie |uns )?(?:eine )?(?:per|an ihre|auf ihre|unter|bei ihnen)", "(?:an|auf) ihre (?:e-?mail|handynummer|nummer|whats ?app)"],
  refuse: [
    "hier (?:im|über|in|bei) (?:amazon|postfach|chat|nachrichten)", "hier antworten", "(?:über|auf) diese nachricht", "in diesem (?:chat|postfach|nachrichtenverlauf)","(?:nur|ausschließlich) (?:über|via|per) (?:amazon|das nachrichtensystem)", "(?:dürfen|können) (?:wir )?(?:leider )?(?:keine|nicht)", "nicht (?:erlaubt|gestattet)", "amazon-?richtlinien"],
  buyer_offplatform: ["(?:mail|e-?mail|schreib|schreiben sie|ruf|rufen sie)\\p{L}{0,3} mi(?:r|ch)", "meine (?:e-?mail|nummer|handynummer|telefonnummer)", "whats ?app", "telegram", "außerhalb (?:von )?amazon", "paypal", "überweisung", "ihre (?:webseite|website|telefonnummer|e-?mail)", WORD_WITH_AT],
};
