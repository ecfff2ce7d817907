// What the seller typed on the options page, decided (pure: the page reads inputs, calls, renders).
import type { DetectionLanguage } from './compliance/languages';

export interface NumberRange {
  min: number;
  max: number;
  /** whole numbers only */
  integer?: boolean;
}

/** The number typed, or null when it is empty, not a number, out of range, or not whole when it must be. */
export function settingNumber(typed: string, { min, max, integer = false }: NumberRange): number | null {
  if (typed.trim() === '') return null;
  const value = Number(typed);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) return null;
  return value;
}

export interface PhraseEntry {
  phrase: string;
  severity: 'block' | 'warn';
}

/** Shortest phrase worth flagging: one letter would flag nearly every message. */
export const MIN_PHRASE_LENGTH = 2;

/**
 * The list with `typed` added: trimmed, at least two characters. A phrase already there (ignoring
 * case and spacing) is not added twice; its severity becomes the one just chosen. Null when there is
 * nothing to add.
 */
export function withPhrase(list: readonly PhraseEntry[], typed: string, severity: PhraseEntry['severity']): PhraseEntry[] | null {
  const phrase = typed.trim().replace(/\s+/g, ' ');
  if (phrase.length < MIN_PHRASE_LENGTH) return null;
  const key = phrase.toLowerCase();
  const at = list.findIndex((p) => p.phrase.trim().replace(/\s+/g, ' ').toLowerCase() === key);
  if (at === -1) return [...list, { phrase, severity }];
  if (list[at]!.severity === severity) return null;
  return list.map((p, i) => (i === at ? { ...p, severity } : p));
}

/** The languages checked after one box is ticked or cleared; the product's order is kept. */
export function withLanguage<L extends DetectionLanguage>(checked: readonly string[], lang: L, on: boolean, order: readonly L[]): L[] {
  const next = new Set<string>(checked);
  if (on) next.add(lang);
  else next.delete(lang);
  return order.filter((l) => next.has(l));
}
