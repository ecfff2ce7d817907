// One negation vocabulary: the words that negate or refuse, and the words that open a contrast, per checker language, as named
// regexp building blocks (alternation sources without an outer group). The guards compose their own lists from these blocks
// (alt) instead of typing the words again; a guard that adds or drops a word says why next to its list.
// Blocks are plain sources: the caller puts the word edges around them (wholeWords) or reads a Japanese ending without edges.

/** Join alternation sources into one (empty parts skipped). */
export function alt(...parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('|');
}

/** A whole-word alternation: no letter right before or right after ("nicht" not inside "Nichtraucher", "nie" not inside
 *  "niedriger", "non" not inside "nonna"). */
export function wholeWords(...parts: readonly string[]): string {
  return `(?<![\\p{L}])(?:${alt(...parts)})(?![\\p{L}])`;
}

// ---- plain negators, one block per language ----

/** English: the plain negators ("we do not sell it", "never outside Amazon"). */
export const EN_NOT = 'not';
export const EN_NEVER = 'never';
/** English auxiliaries written with their negation, read as whole words ("we cannot", "we don't", "it won't"). */
export const EN_CANNOT = "cannot|can't|don't|won't";
/** English "unable" ("we are unable to accept"): a refusal without a "not". */
export const EN_UNABLE = 'unable';
/** The English contraction's tail, read inside its word ("isn't", "doesn't", "wouldn't") - no word edge before it. */
export const EN_NT = "n't";
/** German "nicht" ("wir dürfen nicht"). */
export const DE_NICHT = 'nicht';
/** German "nie", "niemals" ("niemals außerhalb von Amazon"). */
export const DE_NIE = 'nie';
export const DE_NIEMALS = 'niemals';
/** French "pas" (the second half of "ne ... pas", often alone in speech: "c'est pas possible"). */
export const FR_PAS = 'pas';
/** French and Portuguese "jamais" ("jamais en dehors d'Amazon", "jamais fora da Amazon"). */
export const JAMAIS = 'jamais';
/** Spanish and Portuguese "nunca" ("nunca fuera de Amazon", "nunca fora da Amazon"). */
export const NUNCA = 'nunca';
/** Spanish "jamás". */
export const ES_JAMAS = 'jamás';
/** "no" as a word: English and Spanish negation, Italian "no" - but Portuguese "no" is "in the" ("no site", "no Amazon"), so a guard
 *  reading Portuguese adds it only with a Portuguese test or a lookahead. */
export const NO = 'no';
/** Italian "non", "mai" ("non possiamo", "mai fuori da Amazon"). */
export const IT_NON = 'non';
export const IT_MAI = 'mai';
/** Portuguese "não", "nem" ("não podemos", "nem por e-mail"). */
export const PT_NAO = 'não';
export const PT_NEM = 'nem';
/** "ni" (Spanish/French "neither ... nor": "ni por correo ni por teléfono", "ni par mail"). */
export const NI = 'ni';


// ---- German kein- ----

/** German "kein-" with up to two letters after the stem ("kein", "keine", "keinen", "keinem", "keiner", "keines"): the detectors'
 *  form. */
export const DE_KEIN = 'kein\\p{L}{0,2}';
/** German "kein-" in its inflections only, nothing else after the stem (not "keinx"): the lexicons' negation-before-the-phrase
 *  form. */
export const DE_KEIN_INFLECTED = 'keine?[nmrs]?';
/** German "weder" ("weder per Mail noch per Telefon"). */
export const DE_WEDER = 'weder';

/** The core every detector's negation list reads: English "not/never", German "nicht" and "kein-", French "pas", Italian "non",
 *  Portuguese "não/nem". */
export const CORE_NEGATORS = alt(EN_NOT, EN_NEVER, DE_NICHT, DE_KEIN, FR_PAS, IT_NON, PT_NAO, PT_NEM);

// ---- Romance ne ... pas ----

/** French "ne" only with its second half within three words ("nous ne pouvons pas", "ne ... plus/jamais/rien/aucun"): a bare
 *  "ne" is Italian's pronoun ("ne approfitti", "se ne prende tre"). */
export const FR_NE_PAS = "ne(?=(?:\\s{1,3}[\\p{L}'’-]{1,20}){1,3}?\\s{1,3}(?:pas|plus|jamais|rien|aucun\\p{L}*|guère|point|personne)(?![\\p{L}]))";
/** French elided "ne" ("n'acceptons", "n'est") - also holds English "n't" when read without a word edge. */
export const FR_ELISION = "n'";

// ---- Japanese negative endings (read without word edges: Japanese has no blanks) ----

/** The polite and plain negative endings ("できません", "しておりません", "ない"). */
export const JA_MASEN = 'ません';
export const JA_NAI = 'ない';
/** The written negative continuative ("せず", "しておらず"). */
export const JA_ZU = 'ず';
export const JA_ORAZU = 'おらず';
/** The polite refusal "いたしかねます" ("we are unable to"), which has no ません. */
export const JA_KANEMASU = 'いたしかねます';
export const JA_NEG_ENDINGS = alt(JA_MASEN, JA_NAI);

// ---- contrast words ----

/** The contrast words that end a refusal's scope after a comma ("..., but", "..., aber", "..., mais", "..., pero", "..., ma",
 *  "..., mas", "..., però", "..., sondern", "..., sino", "..., porém"): what follows is said in its own right. */
export const CONTRAST_WORDS = 'but|aber|mais|pero|ma|mas|però|sondern|sino|porém';
/** The short "but" of each language, without the corrective "sondern/sino" and Portuguese "porém" (a refusal turned to an offer:
 *  "no gift on this order, but ..."). */
export const BUT_WORDS = 'but|aber|mais|pero|ma|però|mas';
/** The longer adverbs of contrast ("however", "jedoch", "sin embargo", "tuttavia", "no entanto"), which open a clause alone. */
export const HOWEVER_WORDS = 'however|jedoch|sin embargo|tuttavia|no entanto';
/** French "cependant", "toutefois" (the same, kept apart: not every contrast list reads French's). */
export const FR_HOWEVER_WORDS = 'cependant|toutefois';
/** Regret words that announce a refusal or a contrast ("unfortunately", "leider", "malheureusement", "lamentablemente",
 *  "purtroppo", "infelizmente"). */
export const REGRET_WORDS = 'unfortunately|leider|malheureusement|lamentablemente|purtroppo|infelizmente';
/** Japanese contrast after a negative ending ("販売しておりませんが、", "ないけど"). */
export const JA_CONTRAST_AFTER_NEG = `(?:${alt(JA_MASEN, JA_NAI, JA_ZU)})(?:が|けど|けれど|けれども)、?`;
