// Phrase lexicons by detection language. Add a language by adding a file and a line here.
import { UNSPACED_LANGUAGES, type DetectionLanguage } from '../languages';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { pt } from './pt';
import type { Lexicon } from './types';

export type { Lexicon } from './types';

export const LEXICONS: Readonly<Record<DetectionLanguage, Lexicon>> = { en, de, fr, es, it, ja, pt };
/** Language-independent entries, always compiled in (matched without word boundaries). */
export const UNIVERSAL: Partial<Record<keyof Lexicon, string[]>> = {
  // a row of stars is a 5-star ask in any language
  leading: ['(?:★|⭐|☆|✩|✭|✰|🌟){4,5}'],
  review_wording: ['(?:★|⭐|☆|✩|✭|✰|🌟){3,5}'],
};
/** Languages written without spaces: matched without word boundaries. */
export const UNSPACED: ReadonlySet<DetectionLanguage> = new Set(UNSPACED_LANGUAGES);
