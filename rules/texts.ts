// Seller-facing text has one source: the extension's _locales files (public/_locales/<locale>/messages.json),
// which the browser reads for the extension's pages and which rules/ reads here as data, for any
// language - the checker, the reply clock and the review pill speak the language of the Seller Central
// page, which need not be the browser's. A language is its _locales file (plus date words, rules/dates.ts).
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import es from '../public/_locales/es/messages.json';
import fr from '../public/_locales/fr/messages.json';
import it from '../public/_locales/it/messages.json';
import ja from '../public/_locales/ja/messages.json';
import pt from '../public/_locales/pt_BR/messages.json';
import type { UiLanguage } from './compliance/languages';

/** The keys rules/ reads: the build ships content scripts only these (scripts/build/bundle-data.ts). */
export type TextKey = Extract<keyof typeof en, `check${string}` | `model${string}` | `countdown${string}` | `pill${string}`>;
type Locale = Readonly<Partial<Record<string, { message: string }>>>;

/** Every UI language's messages; the compiler asks for a new language's file here. */
const LOCALES: Readonly<Record<UiLanguage, Locale>> = { en, de, fr, es, it, ja, pt };

/** A text in `lang` (English when that language lacks the key), with $1..$9 replaced as the browser's
 *  i18n.getMessage does. */
export function text(lang: UiLanguage, key: TextKey, ...substitutions: (string | number)[]): string {
  const entry = (Object.hasOwn(LOCALES, lang) ? LOCALES[lang][key] : undefined) ?? LOCALES.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\d|\$)/g, (whole, n: string) => (n === '$' ? '$' : String(substitutions[Number(n) - 1] ?? '')));
}

/** The keys TextKey admits, at run time (the build ships content scripts only these). */
export const RULE_TEXT_KEY = /^(?:check|model|countdown|pill)[A-Z]/;

/** Does the key exist (for keys built from rule ids)? */
export const hasText = (key: string): key is TextKey => Object.hasOwn(en, key) && RULE_TEXT_KEY.test(key);
