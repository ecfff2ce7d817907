// The address of the buyer's own channel asked for by a bare "the address / the number", the buyer having named that channel:
// buyer "Me manda a nota no meu e-mail pessoal", seller "Claro! Assim que você me passar o endereço, mando tudo por lá". The
// reply accepts the buyer's mailbox (offplatform) and asks for the buyer's e-mail address (personal_data), as "me passa seu
// e-mail" does (contact-ask.ts reads that one by its possessive; here the object is definite and points back at the buyer's
// message). In six languages: "send me the address", "geben Sie mir die Adresse", "donnez-moi l'adresse", "pásame la
// dirección", "mi passa l'indirizzo", "me passa o endereço"; "the number" when the buyer named their phone or a messenger.
// Not: a buyer who named no channel of theirs ("the address" is where the parcel goes), a delivery or postal address in the
// sentence, a refusal ("we can't take the address by e-mail"), the seller's own address given.
import type { Span } from './span';
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

const re = (source: string, flags = 'u'): RegExp => accentOptionalRe(compactRegExp(source, flags));
const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

// (English "my" reads "our" here: the buyer's message is normalized in the seller's voice, seller-voice.ts)
/** The buyer's own mailbox, or the mail as the way to get it ("no meu e-mail pessoal", "to my email", "an meine Mailadresse",
 *  "sur mon mail perso", "a mi correo", "alla mia email", "by e-mail", "per Mail", "par mail", "por correo", "via e-mail"). */
const BUYER_MAIL = re(
  `${W}(?:my|our|meine?[mnrs]?|mon|ma|mi|mio|mia|la mia|il mio|meu|minha)\\s(?:(?:personal|private|own|privat\\p{L}{0,2}|persönlich\\p{L}{0,2}|perso|personnel\\p{L}{0,2}|personal|personale|pessoal|particular)\\s)?(?:e-?mail\\p{L}{0,7}|mail\\p{L}{0,7}|gmail|inbox|courriel|adresse (?:e-?)?mail|correo(?: electr[óo]nico)?|posta(?: elettronica)?|indirizzo (?:e-?)?mail|endere[çc]o de e-?mail)${E}|${W}(?:by|via|per|par|por|tramite|pelo)\\s(?:e-?mail|mail|courriel|correo)${E}`,
);
/** ... or "my (private) address" beside a mail word ("could you e-mail it to my private address?"). */
const BUYER_ADDRESS = re(`${W}(?:my|our|meine?[mnrs]?|mon|ma|mi|la mia|il mio|meu|minha)\\s(?:\\p{L}{1,12}\\s)?(?:address|adresse|direcci[óo]n|indirizzo|endere[çc]o)${E}`);
const MAIL_WORD = re(`${W}(?:e-?mail\\p{L}{0,4}|mail|courriel|correo|posta elettronica)${E}`);
/** The buyer's own number or messenger ("my number", "meine Handynummer", "mon portable", "mi WhatsApp", "il mio cellulare", "meu
 *  zap"). */
const BUYER_NUMBER = re(
  `${W}(?:my|our|meine?[mnrs]?|mon|ma|mi|mio|mia|la mia|il mio|meu|minha)\\s(?:(?:personal|private|privat\\p{L}{0,2}|perso|personal|personale|pessoal)\\s)?(?:(?:cell|mobile|phone)(?: number)?|number|whats ?app|\\p{L}{0,6}nummer|handy|portable|num[ée]ro|t[ée]l[ée]phone|n[úu]mero|m[óo]vil|tel[ée]fono|celular|cellulare|numero|telefone|whats|zap)${E}`,
);

/** A verb handing the bare address over to the seller, then the address: "send me the address", "what's the address", "geben Sie
 *  mir die Adresse", "die Adresse durchgeben", "donnez-moi l'adresse", "vous me donnez l'adresse", "pásame la dirección", "me pase
 *  la dirección", "mi passa l'indirizzo", "passami l'indirizzo", "me passar o endereço", "passa-me o endereço". */
const ADDRESS = String.raw`(?:(?:e-?mail[- ]?)?(?:address|adresse|mailadresse)|l'adresse(?: (?:e-?)?mail)?|la direcci[óo]n(?: de (?:correo|e-?mail))?|l'indirizzo(?: (?:e-?)?mail)?|o endere[çc]o(?: de e-?mail)?|o e-?mail|el (?:correo|e-?mail)|the e-?mail)`;
const NUMBER = String.raw`(?:(?:phone |mobile |cell )?number|(?:handy|telefon)?nummer|le num[ée]ro|el n[úu]mero|il numero|o n[úu]mero)`;
const TO_ME = String.raw`(?:send|give|text|drop|tell|pass|shoot|share|email|forward)\s(?:me|us)\s(?:the|that)\s|(?:what(?:'s| is)|whats)\s(?:the|that)\s|(?:geben|nennen|schicken|senden|schreiben)(?:\ssie)?\s(?:mir|uns)\s(?:die|diese)\s|(?:mir|uns)\s(?:die|diese)\s(?=(?:e-?mail-?)?(?:adresse|mailadresse|nummer|handynummer|telefonnummer)\s(?:geben|nennen|schicken|senden|durchgeben|mitteilen|zukommen))|(?:donnez|envoyez|communiquez|indiquez|transmettez)-(?:moi|nous)\s|(?:me|nous)\s(?:donnez|envoyez|communiquez|indiquez|transmettez|donner|envoyer|communiquer|indiquer|transmettre)\s|(?:p[áa]same|m[áa]ndame|d[ée]me|dime|env[íi]ame|p[áa]seme|ind[íi]queme|m[áa]ndeme|env[íi]eme|d[íi]game)\s|me\s(?:pase|pasa|pasas|mande|manda|mandas|env[íi]e|env[íi]a|env[íi]as|da|das|d[ée]|indique|diga|dices|dice)\s|mi\s(?:passa|passi|dia|d[àa]|manda|mandi|invia|invii|lascia|lasci|dica|indichi|scriva)\s|(?:passami|mandami|dammi|inviami|lasciami|dimmi)\s|me\s(?:passa|passe|passar|manda|mande|mandar|envia|envie|enviar|informa|informe|d[áa]|d[êe]|der|fala|diz)\s|(?:passa|manda|envia)-me\s`;
/** ... not of something else: "the number of the order", "el número de pedido", "the address on the label". */
const NOT_OF = String.raw`(?!\s(?:de|di|do|da|du|del|della|dell'|of|on|from|auf|von|sur|no|na|in)\s)`;
const ASK_ADDRESS = re(`${W}(?:${TO_ME})${ADDRESS}${E}${NOT_OF}`, 'gu');
const ASK_NUMBER = re(`${W}(?:${TO_ME})${NUMBER}${E}${NOT_OF}`, 'gu');
/** A delivery or postal address in the sentence: the parcel's, not the mailbox. */
const POSTAL = re(
  `${W}(?:ship\\p{L}{0,4}|deliver\\p{L}{0,4}|parcel|package|street|liefer\\p{L}{0,8}|versand\\p{L}{0,4}|paket\\p{L}{0,3}|post(?:adresse|anschrift)|straße|livraison|colis|rue|entrega\\p{L}{0,2}|paquete|postal|calle|spedizion\\p{L}|consegn\\p{L}{1,3}|pacco|postale|frete|pacote|rua|cep|código postal|codice postale|code postal|plz)${E}`,
);
/** A refusal in the ask's sentence before it. */
const REFUSED = re(`${W}(?:not|never|can't|cannot|won't|don't|nicht|kein\\p{L}{0,2}|nie|pas|jamais|no|nunca|non|mai|não|nem)${E}|n't${E}`);

const SENTENCE_STOP = /[.!?\n。！？]/u;

/** offplatform + personal_data spans over asks for the address (or number) of the buyer's own channel (normalized copies). */
export function buyerChannelAddressAsks(t: string, buyerText: string): Span[] {
  if (!buyerText) return [];
  const mail = BUYER_MAIL.test(buyerText) || (MAIL_WORD.test(buyerText) && BUYER_ADDRESS.test(buyerText) && !POSTAL.test(buyerText));
  const number = BUYER_NUMBER.test(buyerText);
  if (!mail && !number) return [];
  const out: Span[] = [];
  for (const ask of [mail ? ASK_ADDRESS : null, number ? ASK_NUMBER : null]) {
    if (!ask) continue;
    ask.lastIndex = 0;
    for (let m = ask.exec(t); m; m = ask.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      // the ask's sentence, bounded both ways
      const before = t.slice(Math.max(0, start - 120), start);
      let from = before.length;
      while (from > 0 && !SENTENCE_STOP.test(before[from - 1]!)) from--;
      const head = before.slice(from);
      const after = t.slice(end, end + 120);
      const stop = after.search(SENTENCE_STOP);
      const sentence = head + m[0] + (stop < 0 ? after : after.slice(0, stop));
      if (POSTAL.test(sentence) || REFUSED.test(head)) continue;
      out.push({ rule: 'offplatform', severity: 'block', start, end, entry: 'offplatform:buyer-channel-address-asked' });
      out.push({ rule: 'personal_data', severity: 'block', start, end, entry: 'personal_data:buyer-channel-address-asked' });
    }
  }
  return out;
}
