// The seller who writes as "I" is read as the shop's "we". Lexicons and detectors say "our website",
// "rate us", "we'd love": the same English asks written by a one-person shop ("my website", "rate me",
// "I'd love") lost 9 % of their findings (dev rows with we/us/our turned into I/me/my, session 13:
// recall .950 -> .862, marketing and off-Amazon worst). English only: "my", "myself", "I'm", "I'd" are
// no words of the other languages; "me" only after an English verb or preposition (Spanish, French and
// Portuguese "me" stay); "I" only as typed, a capital before a lowercase word (not the Italian "I prodotti").
import type { Respelling } from './accents';

const WHOLE: Readonly<Record<string, string>> = {
  "i'm": "we're",
  "i'd": "we'd",
  "i'll": "we'll",
  "i've": "we've",
  my: 'our',
  myself: 'ourselves',
};
/** "I" with the verb that follows it, where the verb changes with the subject. */
const I_VERB: Readonly<Record<string, string>> = { am: 'we are', was: 'we were', "wasn't": "we weren't" };
/** English words after which "me" is the seller as object: "call me", "rated me", "let me know", "to me". */
const VERBS_BEFORE_ME = 'let call text email e-mail mail message contact rate give tell send help ask write ping reach review recommend support join follow find add dm pm phone ring drop show leave trust thank pay'.split(' ');
const BEFORE_ME: ReadonlySet<string> = new Set([
  ...['from', 'about', 'to', 'for', 'with', 'gave', 'given', 'told', 'sent', 'wrote', 'written', 'found', 'left', 'paid', 'shown'],
  // the verbs with -s, -ed, -ing ("rates", "rated", "rating"; "emailed", "emailing")
  ...VERBS_BEFORE_ME.flatMap((v) => {
    const stem = v.replace(/e$/, '');
    return [v, `${v}s`, `${stem}ed`, `${stem}ing`, `${v}ped`, `${v}ping`];
  }),
]);

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2d || (c >= 0xc0 && c <= 0x24f);

/**
 * Where the detection copy (lowercase) has the seller's first person singular, and the plural read there.
 * `typedCapital(k)`: the copy's unit k was typed as a capital letter.
 */
export function voiceRespellings(copy: string, typedCapital: (k: number) => boolean): Respelling[] {
  const out: Respelling[] = [];
  const n = copy.length;
  let previous = '';
  let i = 0;
  while (i < n) {
    if (!isLetter(copy.charCodeAt(i))) {
      // a sentence stop or a line break ends what "me" may follow
      if (/[.!?;:\n]/.test(copy[i]!)) previous = '';
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetter(copy.charCodeAt(i))) i++;
    const word = copy.slice(start, i);
    if (word.length > 7) {
      previous = word;
      continue;
    }
    const whole = WHOLE[word];
    if (whole !== undefined) {
      out.push({ start, end: i, word: whole });
    } else if (word === 'me' && BEFORE_ME.has(previous)) {
      out.push({ start, end: i, word: 'us' });
    } else if (word === 'i' && typedCapital(start) && copy.charCodeAt(i) === 0x20) {
      // the verb after it: "I am" -> "we are"; else "I" -> "we" before a lowercase word
      let j = i + 1;
      while (j < n && isLetter(copy.charCodeAt(j))) j++;
      const verb = copy.slice(i + 1, j);
      const both = I_VERB[verb];
      if (both !== undefined) {
        out.push({ start, end: j, word: both });
        previous = verb;
        i = j;
        continue;
      }
      // (not the Italian article before a masculine plural: "I prodotti", "I suoi dati")
      if (verb.length && !typedCapital(i + 1) && !verb.endsWith('i')) out.push({ start, end: i, word: 'we' });
    }
    previous = word;
  }
  return out;
}
