import { afterEach, describe, expect, it } from 'vitest';
import { pageLanguage, pageUiLanguage } from '../../../lib/page-language';

describe('page language (one reader for every surface)', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it("reads the page's <html lang>, lowercased", () => {
    document.documentElement.lang = 'de-DE';
    expect(pageLanguage()).toBe('de-de');
    expect(pageUiLanguage()).toBe('de');
    document.documentElement.lang = 'pt-BR';
    expect(pageUiLanguage()).toBe('pt');
  });

  it("falls back to the browser's language when the page declares none", () => {
    expect(pageLanguage()).toBe(navigator.language.toLowerCase());
  });

  it('a language ReplyGuard does not speak gives the fallback', () => {
    document.documentElement.lang = 'nl-NL';
    expect(pageLanguage()).toBe('nl-nl');
    expect(pageUiLanguage(document)).toBe('en');
    expect(pageUiLanguage(document, 'fr')).toBe('fr');
  });
});
