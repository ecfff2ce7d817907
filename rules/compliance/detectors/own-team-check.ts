// The seller checking something with its own team before getting back (s31 prec31b): "I'll check with our tech team whether we
// can send you a new battery directly and get back to you by 2 pm tomorrow", "Ich kläre das mit unserem Technikteam und melde
// mich", "je vois avec notre équipe technique et je reviens vers vous", "lo consulto con nuestro equipo técnico y le escribo",
// "verifico con il nostro team tecnico e le faccio sapere", "verifico com nossa equipe técnica e retorno". The team is the
// seller's own (our, unser, notre, nuestro, nostro, nosso) and no channel is named: the reply comes in the thread. The learned
// layer reads "directly" and "get back to you" as a way off Amazon.
// Not (each keeps its finding): a channel in the sentence ("our tech team will call you", "... and e-mail you"), a team that is
// not the seller's ("the carrier's team"), a contact asked of the buyer ("contact our tech team").
import { accentOptionalRe } from '../accent-optional';
import { compact } from './compact-letters';

/** A checking verb of the seller's and its own team: "check with our tech team", "mit unserem Technikteam klären". */
const OWN_TEAM_CHECKED = accentOptionalRe(compact(/(?<![\p{L}])(?:(?:check|clarify|confirm|sort (?:it|this) out|talk|speak|discuss)\p{L}{0,3} (?:it |this |that )?with our|(?:mit|bei) unser(?:em|er|en) \p{L}{0,20}(?:team|abteilung|technik|kollegen|kollegin|service|werkstatt|lager)\p{L}{0,6}|(?:voir|vérifier|vois|vérifie|vérifions|voyons|confirmer|confirme) (?:\p{L}+ ){0,2}avec notre|(?:consultar|consulto|consultamos|verificar|verifico|verificamos|confirmar|confirmo|revisar|reviso|lo veo|hablar|hablo) (?:\p{L}+ ){0,2}con nuestr[oa]|(?:verificare|verifico|verifichiamo|controllare|controllo|sentire|sento|confermare|confermo) (?:\p{L}+ ){0,2}con (?:il |la |i )?nostr[oaie]|(?:verificar|verifico|verificamos|confirmar|confirmo|conferir|confiro|ver|vejo|falar|falo|checar|checo) (?:\p{L}+ ){0,2}com (?:a |o )?noss[oa])(?![\p{L}])/u));
/** A team after "our" (for the verb forms that name it after the possessive). */
const TEAM = accentOptionalRe(compact(/(?:team|department|technician|engineers?|colleagues?|warehouse|workshop|équipe|service|atelier|collègues?|equipo|departamento|técnicos?|taller|almacén|compañer\p{L}{1,2}|reparto|magazzino|colleghi|laboratorio|equipe|setor|oficina|armazém|colegas|técnic\p{L}{1,2}|tecnic\p{L}{1,2}|abteilung|technik|kollegen|werkstatt|lager)/u));
const CHANNEL = accentOptionalRe(compact(/(?<![\p{L}])(?:e-?mail\p{L}*|mail|whats ?app|telegram|signal|phone|call\p{L}{0,3}|ring|text|sms|telefon\p{L}*|anruf\p{L}*|rufen|handy|t[ée]l[ée]phon\p{L}*|appel\p{L}*|portable|llam\p{L}{1,5}|tel[ée]fono|m[óo]vil|chiam\p{L}{1,5}|telefono|cellulare|lig\p{L}{1,5}|telefone|celular|zap|site|website|webseite|sitio|sito|correo|courriel|number|nummer|num[ée]ro|n[úu]mero|numero|contact\p{L}*|kontakt\p{L}*|contatt\p{L}*|contat\p{L}*)(?![\p{L}])|https?:|www\.|@/u));

/** Does `sentence` (normalized) tell the seller checking with its own team, no channel named? */
export function checksWithOwnTeam(sentence: string): boolean {
  const m = OWN_TEAM_CHECKED.exec(sentence);
  return m !== null && TEAM.test(sentence.slice(m.index, m.index + m[0].length + 40)) && !CHANNEL.test(sentence);
}
