// The token walk the pattern rewrites share (lexical.ts, compact-letters.ts); no imports, so any module may use it.

/**
 * The one walk over a pattern's source that the rewrites share, escapes and classes handled
 * once: `visit` gets each piece (an escape, `\p{L}` whole, or one character), where it starts, and
 * whether it is in a character class (its own `[` and `]` included). A callback, not a token list:
 * all lexicons are rewritten when the checker starts.
 */
export function eachToken(source: string, visit: (text: string, start: number, inClass: boolean) => void): void {
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    let text = source[i]!;
    if (text === '\\') {
      const unicodeClass = source[i + 1] === 'p' || source[i + 1] === 'P' ? source.indexOf('}', i) : -1;
      text = source.slice(i, unicodeClass > 0 ? unicodeClass + 1 : i + 2);
    }
    const opensClass = !inClass && text === '[';
    visit(text, i, inClass || opensClass);
    if (opensClass) inClass = true;
    else if (inClass && text === ']') inClass = false;
    i += text.length;
  }
}
