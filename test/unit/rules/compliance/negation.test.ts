// The shared negation guard of the lexicons (lexicon/shared.ts NOT_NEGATED) reads whole words: a
// negation after the phrase clears it, a word that merely starts like one does not.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const offplatform = (text: string, lang: string) => checkMessage(text, { languages: [lang] }).filter((f) => f.rule === 'offplatform');

describe('negation after the phrase', () => {
  it('clears the phrase when the negation is a word of its own', () => {
    expect(offplatform('Außerhalb von Amazon ist das nicht möglich.', 'de')).toEqual([]);
    expect(offplatform('Zahlungen außerhalb von Amazon nehmen wir nie an.', 'de')).toEqual([]);
  });

  it('does not clear it for a word that only starts like a negation ("niedriger", "Nichtraucher")', () => {
    expect(offplatform('Kaufen Sie außerhalb von Amazon, dort ist der Preis niedriger.', 'de')).not.toEqual([]);
    expect(offplatform('Bestellen Sie außerhalb von Amazon bei uns, Nichtraucherhaushalt.', 'de')).not.toEqual([]);
  });
});
