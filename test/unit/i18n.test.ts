// Invariant guarded: every UI string exists in seven languages (en, de, fr, es, it, ja, pt_BR). Each
// public/_locales/<lang>/messages.json parses, has exactly the English keys (same order, no
// duplicates), a non-empty message for each, keeps every $1 / $NAME$ token the English message uses
// (and invents none), and the same placeholders, so getMessage() never falls back to a key or drops a
// number. The product name "ReplyGuard" stays untranslated.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

// paths, not URL objects: the happy-dom environment replaces the global URL class
const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../public/_locales');
const REQUIRED = ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt_BR'];
const TRANSLATIONS = REQUIRED.filter((l) => l !== 'en');
// any other locale someone adds must be complete too
const FOUND = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const CHECKED = [...new Set([...TRANSLATIONS, ...FOUND.filter((l) => l !== 'en')])];

const fileOf = (lang: string) => join(LOCALES_DIR, lang, 'messages.json');
const raw = (lang: string) => readFileSync(fileOf(lang), 'utf8');
const load = (lang: string) => JSON.parse(raw(lang)) as Messages;

/** `$1`…`$9` substitutions and `$name$` placeholder references; `$$` is a literal dollar. */
function tokens(message: string): string[] {
  const found = message.replace(/\$\$/g, '').match(/\$[A-Za-z_@][A-Za-z0-9_@]*\$|\$\d/g) ?? [];
  return [...new Set(found)].sort();
}

const en = load('en');
const enKeys = Object.keys(en);

describe('messages.json files', () => {
  it.each(REQUIRED)('%s exists and parses as a JSON object of { message } entries', (lang) => {
    expect(existsSync(fileOf(lang)), `public/_locales/${lang}/messages.json is missing`).toBe(true);
    const messages = load(lang);
    expect(typeof messages).toBe('object');
    for (const [key, entry] of Object.entries(messages)) {
      expect(key, 'Chrome i18n key names are [A-Za-z0-9_@]').toMatch(/^[A-Za-z0-9_@]+$/);
      expect(typeof entry, key).toBe('object');
    }
  });

  it.each(REQUIRED)('%s has no duplicate keys (JSON.parse would silently keep the last one)', (lang) => {
    const declared = [...raw(lang).matchAll(/"([A-Za-z0-9_@]+)"\s*:\s*\{\s*"message"/g)].map((m) => m[1]);
    expect(declared.length).toBe(Object.keys(load(lang)).length);
  });

  it('English has a manifest name and a description within the 132-character limit', () => {
    expect(en.extName?.message).toBeTruthy();
    expect(en.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe.each(CHECKED)('%s translation', (lang) => {
  const messages = existsSync(fileOf(lang)) ? load(lang) : ({} as Messages);

  it('has exactly the English keys, in the English order', () => {
    const keys = Object.keys(messages);
    expect(enKeys.filter((k) => !(k in messages)), 'keys missing from this locale').toEqual([]);
    expect(keys.filter((k) => !(k in en)), 'keys not in English').toEqual([]);
    expect(keys).toEqual(enKeys);
  });

  it('every message is a non-empty string', () => {
    for (const key of enKeys) {
      const message: unknown = messages[key]?.message;
      expect(typeof message, key).toBe('string');
      expect(String(message).trim(), key).not.toBe('');
    }
  });

  it('keeps every $N / $NAME$ token of the English message and adds none', () => {
    for (const [key, english] of Object.entries(en)) {
      const mine = messages[key];
      if (!mine) continue;
      expect(tokens(mine.message), key).toEqual(tokens(english.message));
    }
  });

  it('has the same placeholders as English, with the same content', () => {
    for (const [key, english] of Object.entries(en)) {
      if (!messages[key]) continue;
      const mine = messages[key]?.placeholders ?? {};
      const theirs = english.placeholders ?? {};
      expect(Object.keys(mine).sort(), key).toEqual(Object.keys(theirs).sort());
      for (const [name, placeholder] of Object.entries(theirs)) expect(mine[name]?.content, `${key}.${name}`).toBe(placeholder.content);
    }
  });

  it('keeps the product name "ReplyGuard" untranslated', () => {
    for (const [key, english] of Object.entries(en)) {
      const mine = messages[key];
      if (!mine || !english.message.includes('ReplyGuard')) continue;
      expect(mine.message, key).toContain('ReplyGuard');
    }
  });

  it('fits the manifest description limit (132 characters)', () => {
    expect(messages.extDescription?.message.length ?? 0).toBeLessThanOrEqual(132);
  });
});
