import { describe, expect, it } from 'vitest';
import { COMPACT_LETTER_BLOCKS, COMPACT_LETTER_RANGES, compact, compactLetters, compactRegExp, writtenSource } from '../../../../rules/compliance/detectors/compact-letters';
import { accentOptionalRe } from '../../../../rules/compliance/accent-optional';

describe('compact letters', () => {
  it('hold exactly the \\p{L} code points of the covered blocks, and nothing outside them', () => {
    const letter = /^\p{L}$/u;
    const compact = new RegExp(`^[${COMPACT_LETTER_RANGES}]$`, 'u');
    const inBlock = (c: number) => COMPACT_LETTER_BLOCKS.some(([a, b]) => c >= a && c <= b);
    const wrong: number[] = [];
    for (let c = 0; c <= 0x323af; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (compact.test(s) !== (inBlock(c) && letter.test(s))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('rewrite \\p{L} alone and inside a class, and leave other escapes', () => {
    const source = String.raw`(?<![\p{L}'])regist\p{L}{0,3}\.\p{N}[^\p{L}\s]\P{L}`;
    const out = compactLetters(source);
    expect(out).not.toContain(String.raw`\p{L}`);
    expect(out).toContain(String.raw`\p{N}`);
    expect(out).toContain(String.raw`\P{L}`);
    expect(out.startsWith(`(?<![${COMPACT_LETTER_RANGES}'])regist[${COMPACT_LETTER_RANGES}]{0,3}`)).toBe(true);
    expect(out).toContain(`[^${COMPACT_LETTER_RANGES}\\s]`);
  });

  it('match as \\p{L} does on the languages checked, one- and two-byte subjects alike', () => {
    const source = String.raw`(?<![\p{L}])(?:regist\p{L}{0,3}|anmeld\p{L}*)(?![\p{L}])`;
    const wide = new RegExp(source, 'gu');
    const compact = compactRegExp(source, 'gu');
    for (const text of [
      'Please register here, or registered users can anmelden.',
      'Bitte anmelden – jetzt registrieren’s nicht vergessen 😀',
      '注文registration は不要です。unregistered 登録',
      'réregistre registrar registrazione ĞREGISTER Ωregister',
    ]) expect([...text.matchAll(compact)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(wide)].map((m) => [m.index, m[0]]));
  });

  it('remember the source as written, for code that rewrites a pattern\'s text (loose copies, cue sources)', () => {
    const written = String.raw`(?<![\p{L}])(?:entrega|pedido)(?![\p{L}])`;
    const built = compactRegExp(written, 'u');
    expect(built.source).not.toContain(String.raw`\p{L}`);
    expect(writtenSource(built)).toBe(written);
    expect(writtenSource(compact(/(?<![\p{L}])shop/u))).toBe(String.raw`(?<![\p{L}])shop`);
    // an accent-optional copy is rewritten from the written source and remembers its own
    const guard = accentOptionalRe(compactRegExp(String.raw`(?<![\p{L}])(?:commandée)`, 'u'));
    expect(writtenSource(guard).startsWith(String.raw`(?<![\p{L}])`)).toBe(true);
    expect(guard.test('vous avez commandee hier')).toBe(true);
    // a pattern built elsewhere is its own source
    expect(writtenSource(/plain/u)).toBe('plain');
  });
});

