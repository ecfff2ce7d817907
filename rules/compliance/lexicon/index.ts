// Phrase lexicons by detection language. Add a language by adding a file and a line here.
import type { DetectionLanguage } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import type { Lexicon } from './types';

export type { Lexicon } from './types';

/**
 * Smaller native code, same matches. Irregexp compiles the rest of a pattern once per way through
 * each optional or bounded group before it (up to ten copies), so entries like
 * "(?:leave|write) (?:us )?(?:a |your )?(?:[^\\s.!?]{1,20} ){0,2}(?:review|feedback)" blow up: a zero-width
 * "(?=)" after each such group stops the copying without changing what matches (measured with
 * node --print-regexp-code: all six lexicons 8.3 MB -> 6.5 MB of code). It matters beyond memory:
 * once V8's executable memory passes 16 MB it compiles every later regexp without optimisation
 * (scripts/bench/checker.ts went from 0.11 to 0.9 ms per 2,000 English characters). The head of an
 * entry (up to its first top-level space) is left alone so the first-character dispatch stays fast.
 * Japanese entries are short and left as written.
 */
export function cutCopies(source: string): string {
  let out = '';
  let depth = 0;
  let inClass = false;
  let pastHead = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 1;
      continue;
    }
    out += c;
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ' ' && depth === 0) pastHead = true;
    else if (c === ')') {
      depth -= 1;
      if (!pastHead) continue;
      const quantifier = /^(?:\?|\{\d+,\d+\})(?!\?)/.exec(source.slice(i + 1, i + 12));
      if (quantifier) {
        out += `${quantifier[0]}(?=)`;
        i += quantifier[0].length;
      }
    }
  }
  return out;
}

function withCutCopies(lexicon: Lexicon): Lexicon {
  const out = {} as Record<keyof Lexicon, string[]>;
  for (const list of Object.keys(lexicon) as (keyof Lexicon)[]) out[list] = lexicon[list].map(cutCopies);
  return out;
}

export const LEXICONS: Readonly<Record<DetectionLanguage, Lexicon>> = {
  en: withCutCopies(en),
  de: withCutCopies(de),
  fr: withCutCopies(fr),
  es: withCutCopies(es),
  it: withCutCopies(it),
  ja,
};
/** Language-independent entries, always compiled in (matched without word boundaries). */
export const UNIVERSAL: Partial<Record<keyof Lexicon, string[]>> = {
  // a row of stars is a 5-star ask in any language
  leading: ['(?:★|⭐|☆|✩|✭|✰|🌟){4,5}'],
  review_wording: ['(?:★|⭐|☆|✩|✭|✰|🌟){3,5}'],
};
/** Languages written without spaces: matched without word boundaries. */
export const UNSPACED: ReadonlySet<DetectionLanguage> = new Set(['ja']);
