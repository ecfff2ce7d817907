import type { Lexicon } from './types';

const REVIEW = "(?:(?:[\\p{L}\\d]{1,12}-){0,2}\\p{L}{0,12}bewertung(?:en)?|rezension(?:en)?|feedback|sterne(?:bewertung)?|rückmeldung|beurteilung)";
const W2 = "(?:[^\\s.!?]{1,20} ){0,2}";
const AFTER_REVIEW = "(?=[^]{0,160}?(?:bewert|rezension|feedback|sterne))";

export const de: Lexicon = {
  offplatform: [
    "(?:um sie|damit wir sie|damit ich sie) (?:\\p{L}{1,15} )?(?:anzurufen|anrufen)",
    "(?:uns|mich) (?:auch |jederzeit |gerne |direkt )?(?:unter|per e-?mail|per telefon|per whats ?app|telefonisch)",
    "(?:unsere[rn]?|die) (?:service-?)?(?:hotline|telefonnummer|servicenummer|rufnummer)", "erreichen sie (?:uns )?(?:unter|per|telefonisch)", "(?:bei|auf|über) (?:ebay|etsy|kaufland|otto|temu|aliexpress)",
    "(?:erreichen|kontaktieren) sie uns (?:\\p{L}{1,15} )?(?:telefonisch|per telefon|per e-?mail|per mail|unter)", "uns telefonisch", "(?:wir|ich) (?:sie|dich) (?:\\p{L}{1,15} )?(?:anrufen|zurückrufen|kontaktieren per)", "schreiben sie uns an",
    "(?:schreiben|mailen|senden|schicken) sie (?:uns|mir) (?:eine |direkt )?(?:e-?mail|mail|nachricht per|whats ?app)", "(?<!amazon[^.!?\\n]{0,50})(?:per|via|über) (?:e-?mail|mail|telefon|whats ?app|telegram|signal|instagram|facebook)(?![^.!?\\n]{0,30}amazon)",
    "(?:rufen|ruf) (?:sie )?(?:uns|mich) (?:einfach |gerne |direkt )?an", "(?:kontaktieren|erreichen) sie uns (?:direkt|gerne|einfach)? ?(?:per|unter|über|auf|via)(?! amazon| das amazon| den amazon)",
    "anruf(?:en)?(?: sie)? (?:uns|bei uns)", "telefonisch (?:erreichbar|kontaktieren|melden)", "whats ?app", "wechat", "telegram", "viber", "skype",
    "unsere[rnm]? (?:eigene[nmr]? )?(?:webseite|website|homepage|online-?shop|internetseite|shop-?seite|webshop)", "(?:direkt )?(?:bei|von) uns (?:direkt )?(?:bestellen|kaufen)",
    "(?:außerhalb|ausserhalb) (?:von )?amazon", "ohne amazon", "amazon-?gebühren (?:sparen|umgehen)", "(?:bezahlen|zahlen|überweisen|zahlung) (?:sie )?(?:per|über|via|mit) (?:paypal|überweisung|bank)",
    "meine (?:private |persönliche )?(?:e-?mail|handynummer|telefonnummer|nummer) (?:ist|lautet)", "unsere (?:e-?mail|telefonnummer|handynummer|nummer) (?:ist|lautet)",
    "schreib(?:en sie)? (?:uns|mir) (?:eine )?(?:e-?mail|mail|sms|nachricht) an",
  ],
  leading: [
    `(?:falls|wenn) alles (?:passt|gut (?:ist|war|gelaufen ist)|in ordnung (?:ist|war))${AFTER_REVIEW}`,
    `(?:sind|waren) sie (?:\\p{L}{1,15} )?(?:zufrieden|glücklich|begeistert)${AFTER_REVIEW}`, `sie (?:sind|waren) (?:\\p{L}{1,15} )?(?:zufrieden|glücklich|begeistert)\\?${AFTER_REVIEW}`,
    `(?:keine|nicht eine) (?:negative|schlechte|negativen|schlechten) ${REVIEW}`,
    `(?:ihre|die|diese) (?:[^\\s.!?]{1,20} ){0,2}${REVIEW} … (?:zu )?(?:ändern|entfernen|löschen|aktualisieren|überarbeiten|zurückziehen|anpassen|überdenken|korrigieren|zurückzunehmen|anzupassen)`,
    `(?:wenn|falls|sofern) sie (?:mit [^.!?]{0,40} )?(?:zufrieden|glücklich|begeistert|happy)${AFTER_REVIEW}`,
    `(?:wenn|falls|sofern) ihnen (?:das |der |die |unser |unsere )?\\p{L}{0,20} (?:gefällt|gefallen hat)${AFTER_REVIEW}`,
    `(?:5|fünf)[ -]?sterne?\\p{L}{0,12}`, `(?:5|fünf) von (?:5|fünf)`, `(?:positive|gute|tolle|super|ausgezeichnete|sehr gute|beste) ${REVIEW}`,
    `(?:bevor|ehe) sie (?:eine |ihre )?(?:negative |schlechte )?${REVIEW}`, `(?:vor|statt) (?:einer|der|ihrer) (?:negativen |schlechten )?${REVIEW}`,
    `(?:kontaktieren|informieren|benachrichtigen) sie uns (?:bitte )?(?:zuerst|zunächst|vorher|erst)${AFTER_REVIEW}`, `(?:melden|wenden) sie sich (?:bitte )?(?:zuerst|zunächst|vorher|erst)${AFTER_REVIEW}`,
    "die meisten (?:unserer )?kunden (?:bewerten|geben|lieben|sind)", "(?:tausende|hunderte) (?:zufriedene[rn]? )?kunden",
    `(?:gutschein|rabatt|geschenk|rückerstattung|erstattung|geld|bonus|belohnung|gratis|kostenlos)\\p{L}{0,10} (?:für|gegen) (?:eine |ihre )?${REVIEW}`,
    `(?:ändern|entfernen|löschen|aktualisieren|überarbeiten|zurückziehen|anpassen|korrigieren) sie (?:bitte )?(?:ihre|die) (?:negative |schlechte )?${REVIEW}`,
    `(?:ihre|die) (?:negative |schlechte )?${REVIEW} (?:zu )?(?:ändern|entfernen|löschen|aktualisieren|überarbeiten|zurückzuziehen|anzupassen)`,
    `(?:kleine[sn]?|familien)(?:unternehmen|betrieb|händler) … (?:angewiesen|lebt|leben)`,
    `(?:gegen|im austausch (?:gegen|für)|als dankeschön für) (?:eine |ihre )?${W2}${REVIEW}`, `für (?:eine|ihre) ${W2}${REVIEW} (?:erhalten|bekommen|schenken|gibt es|senden|erstatten)`,
  ],
  review_request: [
    `uns (?:sehr |riesig |wirklich |besonders )?(?:über|auf) (?:eine |ihre |ein )?${W2}${REVIEW}`,
    `freuen (?:wir )?uns (?:sehr |riesig |immer )?(?:über|auf) (?:eine |ihre |ein )?${W2}${REVIEW}`, `über (?:eine |ihre |ein )${W2}${REVIEW} (?:würden|freuen) (?:wir )?(?:uns)?`,
    `(?:gegen|im austausch (?:gegen|für)|als dankeschön für) (?:eine |ihre )?${W2}${REVIEW}`, `für (?:eine|ihre) ${W2}${REVIEW} (?:erhalten|bekommen|schenken|gibt es|senden|erstatten)`,
    `(?:hinterlassen|schreiben|abgeben|geben|teilen|verfassen) sie (?:uns )?(?:bitte )?(?:eine |ihre |ein |uns )?(?:[^\\s.!?]{1,20} ){0,2}${REVIEW}`,
    `(?<!(?:bevor|ehe|statt|anstatt) sie )(?:eine |ihre |ein )(?:[^\\s.!?]{1,20} ){0,2}${REVIEW} (?:zu )?(?:hinterlassen|schreiben|abzugeben|abgeben|geben|teilen|verfassen)`,
    `(?:bewerten|rezensieren) sie (?:uns|den artikel|das produkt|ihren kauf|ihre bestellung|unseren shop|unseren service)`,
    `(?:uns|das produkt|den artikel|ihren kauf|unseren shop) (?:zu |kurz |bitte )?(?:bewerten|rezensieren)`, `(?:wir )?(?:würden|freuen) (?:uns )?(?:sehr )?(?:über|auf) (?:eine |ihre |ein )?(?:ehrliche |kurze )?${REVIEW}`,
    `(?:ihre|eine) ${REVIEW} (?:wäre|würde|ist) (?:uns )?(?:sehr )?(?:hilfreich|wichtig|willkommen)`, "nehmen sie sich (?:kurz )?(?:einen moment|eine minute|kurz zeit)",
  ],
  marketing: [
    "(?:gesamte[sn]?|komplette[sn]?) sortiment",
    "(?:andere[nm]?|weitere[nm]?) (?:\\p{L}{1,15} )?(?:produkte|artikel|angebote|aktionen)", "besuchen sie (?:auch )?unseren (?:amazon-?)?(?:shop|store|markenshop)", "\\d{1,3} ?% sparen", "sparen sie \\d{1,3} ?%", "(?:frühlings|sommer|herbst|winter|neue) ?-?kollektion",
    "gutschein(?:code)?s?", "rabatt(?:code|aktion)?s?", "(?:promo|aktions|vorteils)code", "\\d{1,3} ?(?:%|prozent) (?:rabatt|nachlass|günstiger|sparen|auf)",
    "(?:sommer|winter|weihnachts|oster|black friday|räumungs|frühlings|herbst|jubiläums)-?(?:sale|schlussverkauf|angebote?|aktion|rabatt)", "black friday", "cyber monday", "sale-?(?:aktion|angebote?|preise?)", "schnäppchen",
    "neue (?:produkte|artikel|kollektion|modelle|sortiment)", "neuheiten", "neu (?:eingetroffen|im sortiment|in unserem (?:shop|sortiment|store))",
    "(?:schauen|sehen) sie sich (?:auch )?(?:unsere|unser) (?:anderen|weiteren|neuen|gesamtes?|ganzes?)? ?(?:produkte|artikel|sortiment|shop|angebote|kollektion|markenshop)",
    "(?:besuchen|entdecken|stöbern) sie (?:in )?(?:unsere[nm]?|unser) (?:amazon-?)?(?:shop|store|sortiment|markenshop|produkte)", "(?:unsere )?(?:anderen|weitere[n]?) (?:produkte|artikel)",
    "das könnte ihnen (?:auch )?gefallen", "folgen sie uns", "(?:liken|abonnieren) sie (?:uns|unseren)", "newsletter", "gewinnspiel", "verlosung", "gewinnen sie",
    "(?:exklusive[sn]?|sonder|vorteils)(?:angebot|preis|rabatt|aktion)e?", "(?:nur für kurze zeit|zeitlich begrenzt)", "auf ihre nächste bestellung", "bei ihrer nächsten bestellung (?:sparen|rabatt|erhalten)",
  ],
  personal_data: [
    "geburtsdatum", "ihr(?:en|es)? geburtstag", "ihr alter", "(?:personal)?ausweis(?:es|nummer|kopie|foto|dokument)?", "reisepass(?:es)?", "führerschein(?:s|es)?", "steuer-?(?:id|nummer)", "sozialversicherungsnummer",
    "(?:ihre|eine) (?:private[n]? |persönliche[n]? )?(?:handynummer|mobilnummer|telefonnummer|e-?mail-?adresse|whats ?app-?nummer)(?! (?:für|an) (?:den|die) (?:spediteur|zusteller|paketdienst|fahrer|lieferdienst)| in ihrem amazon)",
    "(?:ihr|ihren) (?:instagram|facebook|tiktok|social-?media)-?(?:konto|profil|account|name)", "(?:ihre )?(?:bankverbindung|iban|kontonummer|kreditkartennummer|kreditkartendaten|paypal-?adresse)",
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
  buyer_offplatform: ["(?:mail|e-?mail|schreib|schreiben sie|ruf|rufen sie)\\p{L}{0,3} mi(?:r|ch)", "meine (?:e-?mail|nummer|handynummer|telefonnummer)", "whats ?app", "telegram", "außerhalb (?:von )?amazon", "paypal", "überweisung", "ihre (?:webseite|website|telefonnummer|e-?mail)", "\\S+@\\S+"],
};
