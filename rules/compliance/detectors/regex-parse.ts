// A small parser for the lexicons' compiled regular-expression sources: enough of JavaScript's
// syntax (groups, lookarounds, classes, escapes, quantifiers) for triggers.ts to read what every
// match of an entry must hold. Not a validator: the sources are compiled by RegExp as well.

/** Letters and digits as the lexicon's word boundaries define them (detectors/lexical.ts LETTER). */
export function isWordChar(code: number): boolean {
  // (× and ÷ sit among the Latin letters but are none: a letter guard matches after them)
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x370 && code <= 0x4ff);
}

/** Does a literal start with a letter or digit (so it can only start where a word does)? */
export const startsWithWordChar = (s: string): boolean => s.length > 0 && isWordChar(s.charCodeAt(0));

export type Node =
  | { kind: 'char'; ch: string }
  | { kind: 'class'; chars: string[] | null; blank: boolean }
  | { kind: 'boundary' }
  | { kind: 'zero' }
  | { kind: 'group'; alts: Node[][]; look: 'none' | 'ahead' | 'behind' | 'negative' }
  | { kind: 'rep'; node: Node; min: number; max: number };

const ESCAPED_LITERAL = /[.\-?/()[\]+*$^|{}\\'"!#%&,:;<=>@`~ ]/;

/** A small regex parser: enough of JavaScript's syntax for the lexicons' compiled sources. */
export class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.i < this.s.length) throw new Error(`unbalanced ) at ${this.i}`);
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i += 1;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      seq.push(this.quantified(atom));
    }
    return seq;
  }

  private quantified(atom: Node): Node {
    const c = this.s[this.i];
    let min = -1;
    let max = -1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
        this.i += m[0].length - 1;
      }
    }
    if (min < 0) return atom;
    this.i += 1;
    if (this.s[this.i] === '?') this.i += 1; // lazy
    return this.quantified({ kind: 'rep', node: atom, min, max });
  }

  private atom(): Node {
    const c = this.s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    this.i += 1;
    if (c === '.') return { kind: 'class', chars: null, blank: false };
    if (c === '^' || c === '$') return { kind: 'boundary' };
    return { kind: 'char', ch: c };
  }

  private group(): Node {
    const rest = this.s.slice(this.i, this.i + 4);
    let look: 'none' | 'ahead' | 'behind' | 'negative' = 'none';
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=')) [look, this.i] = ['ahead', this.i + 3];
    else if (rest.startsWith('(?!')) [look, this.i] = ['negative', this.i + 3];
    else if (rest.startsWith('(?<=')) [look, this.i] = ['behind', this.i + 4];
    else if (rest.startsWith('(?<!')) [look, this.i] = ['negative', this.i + 4];
    else if (rest.startsWith('(?<')) this.i = this.s.indexOf('>', this.i) + 1;
    else this.i += 1;
    const alts = this.alternatives();
    if (this.s[this.i] !== ')') throw new Error(`missing ) at ${this.i}`);
    this.i += 1;
    // a negative lookbehind of letters ahead of a word: the entry's own word-boundary guard
    if (look === 'negative' && rest.startsWith('(?<!') && alts.length === 1 && alts[0]!.length === 1) {
      const only = alts[0]![0]!;
      if (only.kind === 'class' && only.chars === null && !only.blank) return { kind: 'boundary' };
    }
    return { kind: 'group', alts, look };
  }

  private charClass(): Node {
    const start = this.i;
    this.i += 1;
    const negated = this.s[this.i] === '^';
    if (negated) this.i += 1;
    const chars: string[] = [];
    let simple = !negated;
    let sawBlank = false;
    // anything but \s and non-word characters: the class may match a letter
    let wordish = false;
    while (this.i < this.s.length && this.s[this.i] !== ']') {
      let ch = this.s[this.i]!;
      if (ch === '\\') {
        const next = this.s[this.i + 1]!;
        if (next === 'p' || next === 'P') {
          this.i = this.s.indexOf('}', this.i) + 1;
          simple = false;
          wordish = true;
          continue;
        }
        if (next === 's') sawBlank = true;
        if (next === 'u' || next === 'x') {
          const digits = next === 'u' ? 4 : 2;
          ch = String.fromCharCode(parseInt(this.s.slice(this.i + 2, this.i + 2 + digits), 16));
          this.i += 2 + digits;
        } else {
          ch = ESCAPED_LITERAL.test(next) ? next : '';
          if (!ch) simple = false;
          if (!ch && next !== 's') wordish = true;
          this.i += 2;
        }
      } else {
        this.i += 1;
      }
      if (this.s[this.i] === '-' && this.s[this.i + 1] !== ']') {
        simple = false; // a range
        wordish = true;
      }
      if (ch) {
        chars.push(ch);
        if (isWordChar(ch.charCodeAt(0))) wordish = true;
      }
    }
    this.i += 1;
    if (this.i - start > 200) simple = false;
    return { kind: 'class', chars: simple && chars.length <= 6 ? chars : null, blank: sawBlank && !wordish && !negated };
  }

  private escape(): Node {
    const next = this.s[this.i + 1]!;
    if (next === 'p' || next === 'P') {
      this.i = this.s.indexOf('}', this.i) + 1;
      return { kind: 'class', chars: null, blank: false };
    }
    this.i += 2;
    if (next === 's') return { kind: 'class', chars: null, blank: true };
    if (next === 'b') return { kind: 'boundary' };
    if (next === 'B') return { kind: 'zero' };
    if (next === 'n') return { kind: 'char', ch: '\n' };
    if (next === 't') return { kind: 'char', ch: '\t' };
    if (next === 'u' || next === 'x') {
      const digits = next === 'u' ? 4 : 2;
      const ch = String.fromCharCode(parseInt(this.s.slice(this.i, this.i + digits), 16));
      this.i += digits;
      return { kind: 'char', ch };
    }
    if (ESCAPED_LITERAL.test(next)) return { kind: 'char', ch: next };
    return { kind: 'class', chars: null, blank: false }; // \d \w \S \1 ...
  }
}
