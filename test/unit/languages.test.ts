// @vitest-environment node
// "A language is one list entry plus its words" (README recipe "Add a language"): every language in
// rules/compliance/languages.ts LANGUAGES has a phrase lexicon, engine messages, countdown and
// review-window words (those are typed Record<UiLanguage, …>: a missing one does not compile), a
// browser-UI locale folder, and the date words Seller Central prints in it (the table below is typed
// the same way, so adding a language fails here until its dates read).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type UiLanguage } from '../../rules/compliance/languages';
import { LEXICONS } from '../../rules/compliance/lexicon';
import { parseDateTime } from '../../rules/dates';
import { formatCountdown } from '../../rules/sla';
import { formatDay } from '../../rules/review-window';
import { checkMessage } from '../../rules';

const NOW = Date.UTC(2026, 10, 28, 18, 0);

/** A Seller Central date-time and "yesterday" in each language, with the instants they mean. */
const DATE_WORDS: Record<UiLanguage, { zone: string; lang: string; dateTime: [string, string]; yesterday: [string, string] }> = {
  en: { zone: 'America/Los_Angeles', lang: 'en-US', dateTime: ['Nov 26, 2026 9:15 AM PST', '2026-11-26T17:15:00.000Z'], yesterday: ['Yesterday', '2026-11-27T08:00:00.000Z'] },
  de: { zone: 'Europe/Berlin', lang: 'de-DE', dateTime: ['26. November 2026 09:15 MEZ', '2026-11-26T08:15:00.000Z'], yesterday: ['Gestern', '2026-11-26T23:00:00.000Z'] },
  fr: { zone: 'Europe/Paris', lang: 'fr-FR', dateTime: ['26 nov. 2026 09:15', '2026-11-26T08:15:00.000Z'], yesterday: ['Hier', '2026-11-26T23:00:00.000Z'] },
  es: { zone: 'Europe/Madrid', lang: 'es-ES', dateTime: ['26 de noviembre de 2026 09:15', '2026-11-26T08:15:00.000Z'], yesterday: ['Ayer', '2026-11-26T23:00:00.000Z'] },
  it: { zone: 'Europe/Rome', lang: 'it-IT', dateTime: ['26 nov 2026 09:15', '2026-11-26T08:15:00.000Z'], yesterday: ['Ieri', '2026-11-26T23:00:00.000Z'] },
  ja: { zone: 'Asia/Tokyo', lang: 'ja-JP', dateTime: ['2026年11月26日 9:15 JST', '2026-11-26T00:15:00.000Z'], yesterday: ['昨日', '2026-11-27T15:00:00.000Z'] },
  pt: { zone: 'America/Sao_Paulo', lang: 'pt-BR', dateTime: ['26 de novembro de 2026 09:15', '2026-11-26T12:15:00.000Z'], yesterday: ['Ontem', '2026-11-27T03:00:00.000Z'] },
};

const iso = (text: string, zone: string, lang: string) => {
  const at = parseDateTime(text, { timeZone: zone, now: NOW, lang })?.at;
  return at === undefined ? null : new Date(at).toISOString();
};

describe.each([...LANGUAGES])('language %s is complete', (lang) => {
  it('has a browser-UI locale folder', () => {
    const dir = join(process.cwd(), 'public/_locales');
    const folders = lang === 'en' ? ['en'] : [lang, `${lang}_BR`, `${lang}_PT`, `${lang}_${lang.toUpperCase()}`];
    expect(folders.some((f) => existsSync(join(dir, f, 'messages.json'))), `public/_locales/${lang}[_XX]/messages.json`).toBe(true);
  });

  it('has phrase rules for every intent', () => {
    const lexicon = LEXICONS[lang];
    for (const rule of ['offplatform', 'leading', 'review_request', 'marketing', 'personal_data'] as const) expect(lexicon[rule].length, rule).toBeGreaterThan(0);
  });

  it("has its own countdown, review-window and engine words (not English's)", () => {
    const english = (f: (l: UiLanguage) => string) => lang !== 'en' && f(lang) === f('en');
    expect(english((l) => formatCountdown(-2 * 3_600_000, l))).toBe(false);
    expect(english((l) => formatDay(NOW, 'UTC', l))).toBe(false);
    const [finding] = checkMessage('Please leave us a 5-star review!', { uiLanguage: lang });
    const [englishFinding] = checkMessage('Please leave us a 5-star review!', { uiLanguage: 'en' });
    expect(lang === 'en' || finding!.message !== englishFinding!.message).toBe(true);
  });

  it("reads Seller Central's date words", () => {
    const words = DATE_WORDS[lang];
    expect(iso(words.dateTime[0], words.zone, words.lang)).toBe(words.dateTime[1]);
    expect(iso(words.yesterday[0], words.zone, words.lang)).toBe(words.yesterday[1]);
  });
});
