// Options come from stored settings that may be stale or corrupt; checkMessage runs on every keystroke
// of the composer, so a malformed option is ignored as if it were absent and never throws (issue #13).
import { describe, expect, it } from 'vitest';
import { checkAttachment, checkMessage, type CheckOptions } from '../../../../rules/compliance';

const TEXT = 'Email me at info@shop.com or call 555-123-4567, and leave a 5-star review!';
const plain = checkMessage(TEXT);
const check = (options: unknown) => checkMessage(TEXT, options as CheckOptions);

const throwing = new Proxy({}, { get: () => { throw new Error('corrupt'); } });

describe('malformed options are ignored', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'en'],
    ['a number', 42],
    ['a boolean', true],
    ['an array', ['en', 'de']],
    ['an empty object', {}],
    ['an object without prototype', Object.create(null)],
    ['an object whose getters throw', throwing],
    ['languages as a string', { languages: 'en' }],
    ['languages as a number', { languages: 5 }],
    ['languages as an object', { languages: { 0: 'en', length: 1 } }],
    ['languages with non-strings', { languages: [null, 5, {}, undefined] }],
    ['languages all unknown', { languages: ['xx', 'klingon', ''] }],
    ['languages null', { languages: null }],
    ['customPhrases [undefined]', { customPhrases: [undefined] }],
    ['customPhrases with junk entries', { customPhrases: [null, 5, 'guarantee', [], {}, { phrase: 5 }, { phrase: null, severity: 'warn' }, { severity: 'block' }, { phrase: '   ' }] }],
    ['customPhrases as a string', { customPhrases: 'guarantee' }],
    ['customPhrases as an object', { customPhrases: { phrase: 'guarantee' } }],
    ['customPhrases whose entries throw', { customPhrases: [throwing] }],
    ['buyerMessage as a number', { buyerMessage: 5 }],
    ['buyerMessage as an object', { buyerMessage: { text: 'email me' } }],
    ['buyerMessage as an array', { buyerMessage: ['email me'] }],
    ['buyerMessage null', { buyerMessage: null }],
    ['uiLanguage unknown', { uiLanguage: 'xx' }],
    ['uiLanguage __proto__', { uiLanguage: '__proto__' }],
    ['uiLanguage constructor', { uiLanguage: 'constructor' }],
    ['uiLanguage a number', { uiLanguage: 7 }],
    ['reviewAlreadyRequested not a boolean', { reviewAlreadyRequested: 'no' }],
  ])('%s: no throw, same findings as no options', (_name, options) => {
    expect(() => check(options)).not.toThrow();
    expect(check(options)).toEqual(plain);
  });

  it('keeps the well-formed parts of a partly broken object', () => {
    const findings = check({ languages: ['en', 5, 'xx'], customPhrases: [undefined, { phrase: 'call', severity: 'warn' }], uiLanguage: 'de', buyerMessage: 3 });
    expect(findings.some((f) => f.rule === 'custom' && f.severity === 'warn')).toBe(true);
    expect(findings.find((f) => f.rule === 'email')?.message).toBe(checkMessage(TEXT, { uiLanguage: 'de' }).find((f) => f.rule === 'email')?.message);
    // German lexicon off, English on: the English review ask is still found
    expect(findings.some((f) => f.rule === 'review_request' || f.rule === 'leading')).toBe(true);
  });

  it('an unknown severity on a custom phrase blocks', () => {
    const [f] = checkMessage('We guarantee it.', { customPhrases: [{ phrase: 'guarantee', severity: 'urgent' as 'warn' }] });
    expect(f).toMatchObject({ rule: 'custom', severity: 'block', start: 3, end: 12 });
  });

  it.each([null, undefined, 5, {}, [], true, Symbol('x')])('a non-string text (%s) gives no findings', (text) => {
    expect(checkMessage(text as unknown as string)).toEqual([]);
    expect(checkMessage(text as unknown as string, null)).toEqual([]);
  });

  it('checkAttachment ignores malformed options too', async () => {
    const bytes = new TextEncoder().encode('Manual: www.shop.com'); // a bare label: url only
    const verdict = await checkAttachment({ name: 'note.txt', size: bytes.length, type: 'text/plain', bytes }, null);
    expect(verdict.textFindings.map((f) => f.rule)).toEqual(['url']);
  });
});
