// What the seller reads: one sentence per finding and what to write instead, in every checker language.
// The sentences live in the _locales files (rules/texts.ts): check<Rule>[<Variant>] and …Fix, model<Rule>
// and …Fix for the learned layer.
import { hasText, text } from '../texts';
import type { UiLanguage } from './types';

/** "review_request" + "amazon" -> "ReviewRequestAmazon" */
const keyPart = (id: string): string => id.split(/[_.]/).map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : '')).join('');

function sentences(base: string, lang: UiLanguage): { message: string; suggestion?: string } | undefined {
  if (!hasText(base)) return undefined;
  const fix = `${base}Fix`;
  return { message: text(lang, base), ...(hasText(fix) ? { suggestion: text(lang, fix) } : {}) };
}

/** Read once per rule, variant and language: a long paste has thousands of findings. */
const described = new Map<string, { message: string; suggestion?: string }>();

export function describe(rule: string, variant: string | undefined, lang: UiLanguage): { message: string; suggestion?: string } {
  const key = `${rule}|${variant ?? ''}|${lang}`;
  let out = described.get(key);
  if (!out) {
    out = (variant ? sentences(`check${keyPart(rule)}${keyPart(variant)}`, lang) : undefined) ?? sentences(`check${keyPart(rule)}`, lang) ?? { message: rule };
    described.set(key, out);
  }
  return { ...out };
}

/** The learned layer's wording (severity warn, over a whole sentence): what the sentence reads like and what to do. */
export function describeModel(label: string, lang: string): { message: string; suggestion?: string } {
  return sentences(`model${keyPart(label)}`, lang as UiLanguage) ?? { message: label };
}
