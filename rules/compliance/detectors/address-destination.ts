// The buyer's own e-mail address or number named as where the seller sends something ("die Rechnung geht heute noch an Ihre
// private Mailadresse raus", "we'll send the invoice to your personal e-mail", "on vous l'envoie à votre adresse e-mail perso",
// "se la mandamos a su correo personal", "gliela inviamo al suo indirizzo email", "enviamos para o seu e-mail pessoal") asks
// for nothing: the seller already holds it (the buyer gave it). Using that channel is off Amazon (offplatform, the lexicons'
// and the accepted-proposal findings stay); the personal_data finding, which marks an ask for the data, is cleared.
// Not a question ("an welche Adresse?", "we'll send it to your e-mail - which one is it?"), nor an ask in the sentence
// ("nennen Sie uns Ihre Mailadresse, an Ihre Adresse schicken wir ..."): a hand-over verb to the seller keeps the finding.
// why: s25 blind e de-008 - "an Ihre private Mailadresse" (a destination) read as the address asked for
import { compact } from './compact-letters';
import { accentOptionalRe } from '../accent-optional';

interface Range {
  start: number;
  end: number;
}

/** A contact word the phrase names (the match of any language's list). */
const CONTACT_WORD = /mail|adress|nummer|number|num[ée]ro|n[úu]mero|correo|courriel|telefon|t[ée]l[ée]phone|tel[ée]fono|handy|mobil|cellulare|celular|indirizzo|endere[çc]o/u;
/** A destination preposition and the buyer's possessive right before the phrase (or opening it): "an Ihre", "to your", "à votre",
 *  "a su", "al suo", "all'", "para o seu", "no seu". */
const TO_BUYERS = accentOptionalRe(
  compact(/(?<![\p{L}])(?:an|auf|to|à|a|al|alla|all'|para|pra|para o|para a|no|na)\s?(?:(?:ihre|deine|your|votre|ta|ton|su|tu|il suo|la sua|suo|sua|il tuo|tuo|tua|o seu|a sua|seu|teu)\s)?$/u),
);
const PHRASE_OWNED = /^(?:ihre|deine|your|votre|ta|ton|su|tu|suo|sua|tuo|tua|seu|teu)\s/u;
/** The seller sending or the thing going there: a verb of sending or going in the sentence. */
const SENT = compact(/(?<![\p{L}])(?:geht|gehen|schick\p{L}{0,3}|send\p{L}{0,3}|sent|mail\p{L}{0,3}|raus|go(?:es)?|went|forward\p{L}{0,3}|envo\p{L}{1,5}|env[íi]\p{L}{1,5}|mand\p{L}{1,5}|invi\p{L}{1,5}|inoltr\p{L}{1,5}|arriv\p{L}{1,5}|part\p{L}{1,4}|sai|segue)(?![\p{L}])/u);
/** An ask or a question in the sentence: the address may be asked after all. */
const ASKED = compact(/[?？]|(?<![\p{L}])(?:nennen sie|teilen sie|geben sie|schicken sie uns|senden sie uns|bitte|please|tell us|send us|give us|let us know|what(?:'s| is)|wie lautet|quel(?:le)? est|cu[áa]l es|qual [èée]|indiquez|envoyez-nous|d[íi]ganos|ind[íi]quenos|env[íi]enos|ci dica|ci indichi|ci mandi|informe|passe|confirm\p{L}{0,4}|bestätigen|best[äa]tig\p{L}{0,3})(?![\p{L}])/u);

/** (s25 review 2) The buyer told to reply with, write or hand over the address in the same sentence: "just reply with it here",
 *  "die Sie uns hier mitteilen", "escríbalo aquí abajo", "écrivez-la ici", "lo scriva qui", "escreva-o aqui". These verbs
 *  are the buyer's (reply/write/tell us), never the seller's sending, so the destination reading is off. Near-misses kept
 *  clean: "we'll send the invoice to your personal e-mail" (no such verb), "wir schicken sie an Ihre Mailadresse" (sending). */
const HANDED_OVER = accentOptionalRe(
  compact(/(?<![\p{L}])(?:(?:reply|replying|answer|respond|write|type)(?: (?:back|simply|just|directly|here|it|them))? (?:with|it|here|below|down|in)|(?:sie )?uns\b[^.!?]{0,30}(?:mitteilen|mitzuteilen|nennen|angeben|schreiben|schicken|senden|geben)|mitteilen|mitzuteilen|schreiben sie|antworten sie|escr[íi]ba(?:lo|la|nos|noslo|nosla)?|escr[íi]belo|escr[íi]bela|escr[íi]benos|resp[óo]nda(?:nos)?|[ée]crivez(?:-la|-le|-nous)?|r[ée]pondez|scriva(?:lo|la|ci)?|scrivi(?:lo|la|ci)?|ci risponda|rispondi|risponda|escreva(?:-o|-a|-nos)?|escreve|responda)(?![\p{L}])/u),
);

/** Is the personal_data phrase at `span` the buyer's address named as where something is sent (no ask)? Reads the phrase's
 *  sentence only (`sentence`, already cut by the caller). */
export function buyersAddressAsDestination(t: string, span: Range, sentence: string): boolean {
  const phrase = t.slice(span.start, span.end);
  if (!CONTACT_WORD.test(phrase) || ASKED.test(sentence) || HANDED_OVER.test(sentence) || !SENT.test(sentence)) return false;
  const before = t.slice(Math.max(0, span.start - 24), span.start);
  const clauseBefore = before.split(/[.!?;,:\n]/u).pop() ?? '';
  if (PHRASE_OWNED.test(phrase)) return TO_BUYERS.test(clauseBefore) && /\S\s?$/u.test(clauseBefore);
  return TO_BUYERS.test(clauseBefore) && /(?:ihre|deine|your|votre|ta|ton|su|tu|suo|sua|tuo|tua|seu|teu)\s$/u.test(clauseBefore);
}
