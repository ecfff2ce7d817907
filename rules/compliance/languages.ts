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

/** The checker explains each finding in every detection language (messages.ts). */
export const CHECKER_UI_LANGUAGES = LANGUAGES;
export type UiLanguage = DetectionLanguage;
