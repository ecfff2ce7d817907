// The words of the Hunspell dictionaries of our European languages (npm `dictionary-*`, devDependencies read only
// by the generators, never shipped): stems as the .dic lists them, without the entries that are no word alone
// (forbidden, affix-only, compound-only) and without affix expansion. Keys are lower case with their marks
// stripped, as accentKeys' last key. Used to keep a typo table from respelling a word of any of our languages
// ("saremo" is Italian for "we will be", not "saremmo"; "unseen" is English, not "unseren").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DICTIONARIES = ['en', 'de', 'fr', 'es', 'it', 'pt'] as const;
const NOT_ALONE = ['FORBIDDENWORD', 'NEEDAFFIX', 'ONLYINCOMPOUND'];

export function dictionaryWords(minLength = 5): Set<string> {
  const words = new Set<string>();
  for (const language of DICTIONARIES) {
    // the packages export only their loader; their files are read where npm put them
    const dir = join(import.meta.dirname, '..', 'node_modules', `dictionary-${language}`);
    const aff = readFileSync(join(dir, 'index.aff'), 'utf8');
    const longFlags = /^FLAG long/m.test(aff);
    const notAlone = new Set(NOT_ALONE.map((name) => aff.match(new RegExp(`^${name} (\\S+)`, 'm'))?.[1]).filter((f): f is string => !!f));
    // the first line is the entry count
    for (const line of readFileSync(join(dir, 'index.dic'), 'utf8').split('\n').slice(1)) {
      const [stem = '', flagText = ''] = (line.trim().split(/\s/)[0] ?? '').split('/');
      const flags = longFlags ? (flagText.match(/../g) ?? []) : [...flagText];
      if (flags.some((f) => notAlone.has(f))) continue;
      const word = stem.toLowerCase();
      if (word.length >= minLength && /^\p{L}+$/u.test(word)) words.add(word.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  }
  return words;
}
