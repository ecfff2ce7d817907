// Number words of the checker's Latin-script languages, for a phone number read out in words
// ("zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"). The phone detector finds a run
// of number words with one alternation (detectors/phone.ts); this table says, per word, which
// languages it belongs to and what it stands for, so a run is read as a number only when it is one
// language's and long enough to be a phone number. A dozen anchored patterns, run only on such runs.

/** What a word stands for: a digit, a teen or a ten (two digits), a hundred, a connector ("y",
 *  "et": part of the number around it), a multiplier ("double oh"). */
export type NumberWordKind = 'digit' | 'tens' | 'hundred' | 'and' | 'times';

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt'] as const;
type Lang = (typeof LANGS)[number];

/** Every number word per language and kind. detectors/phone.ts finds runs with its own alternations
 *  (SPELLED_DIGIT, SPOKEN_NUMBER); number-words.test.ts checks that they find every word written here. */
export const NUMBER_WORDS: Readonly<Record<Lang, Readonly<Record<NumberWordKind, RegExp>>>> = {
  en: {
    digit: /^(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)$/,
    tens: /^(?:ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)$/,
    hundred: /^hundred$/,
    and: /^and$/,
    times: /^(?:double|triple)$/,
  },
  de: {
    digit: /^(?:null|eins|zwei|zwo|drei|vier|f[üu]nf|sechs|sieben|acht|neun)$/,
    tens: /^(?:zehn|elf|zw[öo]lf|(?:drei|vier|f[üu]nf|sech|sieb|acht|neun)zehn|(?:(?:ein|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun)und)?(?:zwanzig|drei[ßs]ig|vierzig|f[üu]nfzig|sechzig|siebzig|achtzig|neunzig))$/,
    hundred: /^hundert$/,
    and: /^und$/,
    times: /^doppel$/,
  },
  fr: {
    digit: /^(?:z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf)$/,
    tens: /^(?:dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante)$/,
    hundred: /^cents?$/,
    and: /^et$/,
    times: /^(?:double|triple)$/,
  },
  es: {
    digit: /^(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)$/,
    tens: /^(?:diez|once|doce|trece|catorce|quince|dieci(?:s[ée]is|siete|ocho|nueve)|veinte|veinti(?:uno|[úu]n|d[óo]s|tr[ée]s|cuatro|cinco|s[ée]is|siete|ocho|nueve)|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)$/,
    hundred: /^(?:cien|ciento)$/,
    and: /^y$/,
    times: /^(?:doble|triple)$/,
  },
  it: {
    digit: /^(?:zero|uno|due|tre|quattro|cinque|sei|sette|otto|nove)$/,
    tens: /^(?:dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|vent(?:i(?:due|tr[ée]|quattro|cinque|sei|sette|nove)?|uno|otto)|(?:trent|quarant|cinquant|sessant|settant|ottant|novant)(?:a(?:due|tr[ée]|quattro|cinque|sei|sette|nove)?|uno|otto))$/,
    hundred: /^cento$/,
    and: /^e$/,
    times: /^(?:doppio|triplo)$/,
  },
  pt: {
    digit: /^(?:zero|um|dois|duas|tr[êe]s|quatro|cinco|seis|meia|sete|oito|nove)$/,
    tens: /^(?:dez|onze|doze|treze|(?:qu|c)atorze|quinze|dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)$/,
    hundred: /^(?:cem|cento)$/,
    and: /^e$/,
    times: /^(?:dupla|duplo|triplo)$/,
  },
};
const KINDS: NumberWordKind[] = ['digit', 'tens', 'hundred', 'and', 'times'];

/** The languages a word is a number word of (a bit per language) and what it stands for there. */
function classify(word: string): { langs: number; kind: NumberWordKind | null } {
  let langs = 0;
  let kind: NumberWordKind | null = null;
  LANGS.forEach((lang, i) => {
    for (const k of KINDS) {
      if (NUMBER_WORDS[lang][k].test(word)) {
        langs |= 1 << i;
        kind ??= k;
        break;
      }
    }
  });
  return { langs, kind };
}

/** A run of number words read as a phone number: how many digits it says, whether the words are
 *  all of one language, and whether a group is digits read one by one (a phone number read out in
 *  words has one - "zéro six", "tre quattro sette" - a list of sizes or years in words has none). */
export interface NumberRunReading {
  digits: number;
  /** number words, "and" words left out */
  words: number;
  oneLanguage: boolean;
  hasDigitGroup: boolean;
}

/** Reads tokens (the words as split at blanks, commas and hyphens) with the separator before each.
 *  Words joined by a hyphen or an "and" word form one number ("trente-quatre", "treinta y cuatro",
 *  "quatre-vingt-dix-huit": two digits, three with a hundred); a group of digit words stands for one
 *  digit each ("zero-seven-seven": three), "double"/"triple" repeat the next one. Digits typed as
 *  digits count one each. */
export function readNumberRun(tokens: readonly string[], separators: readonly string[]): NumberRunReading {
  let langs = (1 << LANGS.length) - 1;
  let digits = 0;
  let words = 0;
  let hasDigitGroup = false;
  let tens = false;
  let hundred = false;
  let groupDigits = 0;
  let open = false;
  let prevAnd = false;
  const close = () => {
    if (tens || hundred) digits += 2 + (hundred ? 1 : 0);
    else if (groupDigits) {
      digits += groupDigits;
      hasDigitGroup = true;
    }
    tens = hundred = open = false;
    groupDigits = 0;
  };
  tokens.forEach((token, i) => {
    if (/^\d$/.test(token)) {
      close();
      digits += 1;
      hasDigitGroup = true;
      prevAnd = false;
      return;
    }
    const { langs: l, kind } = classify(token);
    langs &= l;
    if (kind !== 'and') words += 1;
    const sep = separators[i] ?? '';
    // (only a hyphen written between the words joins them, "trente-quatre"; one between blanks parts the groups as a comma
    // does: "seis uno cero - cuarenta y cinco - veintidós" - s20 blind f es-031)
    if (!(open && (prevAnd || kind === 'and' || /^-+$/.test(sep)))) close();
    open = true;
    if (kind === 'tens') tens = true;
    else if (kind === 'hundred') hundred = true;
    else if (kind === 'digit') groupDigits += 1;
    else if (kind === 'times') groupDigits += /^tripl/.test(token) ? 2 : 1;
    prevAnd = kind === 'and';
  });
  close();
  return { digits, words, oneLanguage: langs !== 0, hasDigitGroup };
}

/** Digit words and their values, every language at once ("oh" and "nought" are 0, "meia" is the
 *  six of a Brazilian number read out). */
const DIGIT_VALUES = new Map<string, number>();
[
  'zero oh nought null zéro cero', 'one eins un uno um', 'two zwei zwo deux dos due dois duas', 'three drei trois tres tre três',
  'four vier quatre cuatro quattro quatro', 'five fünf funf cinq cinco cinque', 'six sechs seis sei meia', 'seven sieben sept siete sette sete',
  'eight acht huit ocho otto oito', 'nine neun neuf nueve nove',
].forEach((words, value) => words.split(' ').forEach((w) => DIGIT_VALUES.set(w, value)));

/** The "and" words of the six languages (NUMBER_WORDS[lang].and, all at once). */
export const AND_WORD = /^(?:y|e|et|und|and)$/;

/** Digit words counting up one by one ("one, two, three, four, five, six, seven, eight packs"): a
 *  list, not a number read out. */
export function countsUp(words: readonly string[]): boolean {
  let prev = -1;
  for (const w of words) {
    if (AND_WORD.test(w)) continue; // "..., seven and eight"
    const v = DIGIT_VALUES.get(w);
    if (v === undefined || (prev >= 0 && v !== prev + 1)) return false;
    prev = v;
  }
  return words.length > 0;
}

/** A ten or a hundred that an "and" word continues inside one number ("treinta y cuatro", "vingt et
 *  un", "trinta e quatro", "a hundred and five"); German writes those as one word. */
const CONTINUED_BY_AND = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|vingt|trente|quarante|cinquante|soixante|cents?|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento)$/;

/** Does an "and" word between these two words join one number ("trente et un", "treinta y cuatro")?
 *  Otherwise it closes a list ("six, huit, dix et douze", "catorce y dieciséis", "seven and eight"):
 *  a list of sizes or counts, not a number read out. */
export function andJoinsOneNumber(before: string | undefined, after: string | undefined): boolean {
  if (!before || !after || !CONTINUED_BY_AND.test(before)) return false;
  if (classify(before).kind === 'hundred') return true;
  const v = DIGIT_VALUES.get(after);
  return (v !== undefined && v > 0) || (before === 'soixante' && /^(?:dix|onze|douze|treize|quatorze|quinze|seize)$/.test(after));
}
