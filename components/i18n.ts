// UI strings go through the browser's i18n (public/_locales/*/messages.json). The English file is the
// source of the key type, so a missing key is a type error.
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';
import { LANGUAGES, type UiLanguage } from '../rules/compliance/languages';

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  try {
    // WXT types getMessage from the last `wxt prepare`; the key type above is the source of truth
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    const text = getMessage(key, subs.length ? subs : undefined);
    if (text) return text;
  } catch {
    // no i18n (unit tests without a browser): fall through to the key
  }
  return subs.length ? `${key}(${subs.join(', ')})` : key;
}

/** The browser UI language reduced to one ReplyGuard speaks (public/_locales has each). */
export function uiLanguage(): UiLanguage {
  let lang = 'en';
  try {
    lang = browser.i18n.getUILanguage();
  } catch {
    lang = globalThis.navigator?.language ?? 'en';
  }
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}
