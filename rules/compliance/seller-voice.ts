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

/** The first-person words, whole (a regexp finds them faster than a walk over every word of a 1 MB paste). */
const CANDIDATE = /(?<![a-z\u00c0-\u024f'-])(?:i'(?:m|d|ll|ve)|myself|my|me|i)(?![a-z\u00c0-\u024f'-])/g;
const WORD_BEFORE = /([a-z-]{1,15})[ \t]{1,3}$/;
const WORD_AFTER = /^ ([a-z\u00c0-\u024f'-]{1,20})/;

/**
 * Where the detection copy (lowercase) has the seller's first person singular, and the plural read there.
 * `typedCapital(k)`: the copy's unit k was typed as a capital letter.
 */
export function voiceRespellings(copy: string, typedCapital: (k: number) => boolean): Respelling[] {
  const out: Respelling[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(copy); m; m = CANDIDATE.exec(copy)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const whole = WHOLE[word];
    if (whole !== undefined) {
      out.push({ start, end, word: whole });
    } else if (word === 'me') {
      // after an English verb or preposition of its sentence: "call me", "rated me", "to me"
      const before = WORD_BEFORE.exec(copy.slice(Math.max(0, start - 20), start));
      if (before && BEFORE_ME.has(before[1]!)) out.push({ start, end, word: 'us' });
    } else if (word === 'i' && typedCapital(start)) {
      const after = WORD_AFTER.exec(copy.slice(end, end + 22));
      if (!after) continue;
      const verb = after[1]!;
      // the verb that changes with the subject: "I am" -> "we are"
      const both = I_VERB[verb];
      if (both !== undefined) {
        out.push({ start, end: end + 1 + verb.length, word: both });
        CANDIDATE.lastIndex = end + 1 + verb.length;
        continue;
      }
      // "I" -> "we" before a lowercase word (not the Italian article before a masculine plural: "I prodotti")
      if (!typedCapital(end + 1) && !verb.endsWith('i')) out.push({ start, end, word: 'we' });
    }
  }
  return out;
}
