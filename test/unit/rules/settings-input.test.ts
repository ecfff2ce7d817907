import { describe, expect, it } from 'vitest';
import { settingNumber, withLanguage, withPhrase } from '../../../rules/settings-input';
import { LANGUAGES } from '../../../rules/compliance/languages';

describe('settingNumber', () => {
  const sla = { min: 1, max: 23.5 };
  it('takes a number in range', () => {
    expect(settingNumber('20', sla)).toBe(20);
    expect(settingNumber(' 12.5 ', sla)).toBe(12.5);
    expect(settingNumber('1', sla)).toBe(1);
    expect(settingNumber('23.5', sla)).toBe(23.5);
  });
  it('refuses empty, non-numbers, out of range and fractions where whole numbers are asked', () => {
    expect(settingNumber('', sla)).toBeNull();
    expect(settingNumber('  ', sla)).toBeNull();
    expect(settingNumber('abc', sla)).toBeNull();
    expect(settingNumber('Infinity', sla)).toBeNull();
    expect(settingNumber('24', sla)).toBeNull();
    expect(settingNumber('0.5', sla)).toBeNull();
    expect(settingNumber('30.5', { min: 5, max: 600, integer: true })).toBeNull();
    expect(settingNumber('30', { min: 5, max: 600, integer: true })).toBe(30);
  });
});

describe('withPhrase', () => {
  it('adds a trimmed phrase', () => {
    expect(withPhrase([], '  lifetime   guarantee ', 'warn')).toEqual([{ phrase: 'lifetime guarantee', severity: 'warn' }]);
  });
  it('refuses a phrase of fewer than two characters', () => {
    expect(withPhrase([], ' a ', 'block')).toBeNull();
    expect(withPhrase([], '', 'block')).toBeNull();
  });
  it('never adds a phrase twice; choosing another severity changes it', () => {
    const list = [{ phrase: 'Guarantee', severity: 'block' as const }];
    expect(withPhrase(list, 'guarantee', 'block')).toBeNull();
    expect(withPhrase(list, ' GUARANTEE ', 'warn')).toEqual([{ phrase: 'Guarantee', severity: 'warn' }]);
  });
});

describe('withLanguage', () => {
  it("ticks and clears a language, keeping the product's order", () => {
    expect(withLanguage(['en', 'de'], 'ja', true, LANGUAGES)).toEqual(['en', 'de', 'ja']);
    expect(withLanguage(['ja', 'en'], 'de', true, LANGUAGES)).toEqual(['en', 'de', 'ja']);
    expect(withLanguage(['en', 'de'], 'en', false, LANGUAGES)).toEqual(['de']);
    expect(withLanguage(['en'], 'en', true, LANGUAGES)).toEqual(['en']);
  });
});
