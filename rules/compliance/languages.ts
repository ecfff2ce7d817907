// The checker's languages, written out once: every language list and type in rules/compliance
// derives from this constant (lexicons, function words, phrase-scope bits, UI messages, options).
// Adding a language = adding it here, then the compiler asks for its lexicon, its function words
// (spaced languages) and its messages.

/** Detection languages with a phrase lexicon, in phrase-scope bit order. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt'] as const;
export type DetectionLanguage = (typeof LANGUAGES)[number];

/** Languages written without spaces between words: matched without word boundaries, picked by script. */
export const UNSPACED_LANGUAGES = ['ja'] as const satisfies readonly DetectionLanguage[];
export type UnspacedLanguage = (typeof UNSPACED_LANGUAGES)[number];
export type SpacedLanguage = Exclude<DetectionLanguage, UnspacedLanguage>;

const UNSPACED_SET: ReadonlySet<string> = new Set(UNSPACED_LANGUAGES);
export const isSpaced = (lang: DetectionLanguage): lang is SpacedLanguage => !UNSPACED_SET.has(lang);
/** Spaced (Latin-script) languages: their function words pick the lexicons of a long text. */
export const SPACED_LANGUAGES: readonly SpacedLanguage[] = LANGUAGES.filter(isSpaced);

/** Frequent function words per Latin-script language: a sentence without any of them is not
 *  evidence for that language. Words shared by languages count for each. */
export const FUNCTION_WORDS: Readonly<Record<SpacedLanguage, readonly string[]>> = {
  en: ['the', 'and', 'you', 'your', 'we', 'our', 'us', 'please', 'thank', 'thanks', 'with', 'for', 'this', 'is', 'are', 'will', 'have', 'it', 'to', 'of', 'a', 'an', 'if', 'on'],
  de: ['der', 'die', 'das', 'und', 'sie', 'ihr', 'ihre', 'ihren', 'ihrer', 'wir', 'ist', 'nicht', 'mit', 'bitte', 'für', 'den', 'dem', 'ein', 'eine', 'einen', 'einem', 'einer', 'uns', 'zu', 'auf', 'danke'],
  fr: ['le', 'les', 'vous', 'votre', 'vos', 'nous', 'est', 'et', 'pour', 'avec', 'un', 'une', 'des', 'merci', 'du', 'de', 'ce', 'cette', 'pas', 'sur'],
  es: ['el', 'los', 'las', 'usted', 'su', 'sus', 'y', 'es', 'para', 'con', 'un', 'una', 'gracias', 'del', 'por', 'nos', 'le', 'lo', 'que', 'de'],
  it: ['il', 'gli', 'lei', 'suo', 'sua', 'è', 'e', 'per', 'con', 'un', 'una', 'grazie', 'della', 'del', 'di', 'che', 'ci', 'non', 'la', 'le'],
  // Brazilian Portuguese: words Spanish, Italian and German do not share (no 'de', 'que', 'da', 'das', 'um', 'para')
  pt: ['o', 'os', 'você', 'vocês', 'seu', 'sua', 'seus', 'suas', 'nós', 'nosso', 'nossa', 'nossos', 'nossas', 'é', 'não', 'pelo', 'pela', 'uma', 'na', 'em', 'ao', 'à', 'obrigado', 'obrigada', 'muito', 'foi', 'está', 'já', 'também', 'isso'],
};
/** The checker explains each finding in every detection language (messages.ts). */
export const CHECKER_UI_LANGUAGES = LANGUAGES;
export type UiLanguage = DetectionLanguage;
