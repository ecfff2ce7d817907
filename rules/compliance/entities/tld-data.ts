// Top-level domains from data: every IANA TLD (the `tlds` package, refreshed from the IANA root
// zone list on each release) instead of a hand-kept list, plus the few sets that need stronger
// evidence than "name.tld" because the same letters are also file extensions or everyday words.
// About 1,450 ASCII TLDs (~5 KB gzip in the content script) and ~150 internationalised ones.
import ALL_TLDS from 'tlds/index.json';
import { TLDS as CORE } from '../tlds';

const ascii: string[] = [];
const idn: string[] = [];
for (const tld of ALL_TLDS as readonly string[]) (/^[a-z0-9-]+$/.test(tld) ? ascii : idn).push(tld);

/** Every ASCII IANA TLD (punycode TLDs such as `xn--p1ai` are looked up in IDN_ASCII). */
export const IANA_TLDS: ReadonlySet<string> = new Set(ascii);
/** Internationalised TLDs as written (`онлайн`, `みんな`, `中文网`). */
export const IDN_TLDS: readonly string[] = idn;

let idnAscii: Set<string> | undefined;
/** Punycode forms of the IDN TLDs (`xn--80asehdb`), computed on first use by the URL parser. */
export function idnAsciiTlds(): ReadonlySet<string> {
  if (!idnAscii) {
    idnAscii = new Set();
    for (const tld of idn) {
      try {
        const host = new URL(`http://a.${tld}/`).hostname;
        idnAscii.add(host.slice(host.lastIndexOf('.') + 1));
      } catch {
        // a TLD the platform's URL parser rejects is left out
      }
    }
  }
  return idnAscii;
}

/** The established TLDs sellers and shorteners use (the former curated list): accepted bare and
 *  title-cased ("MyShop.Com") as before. */
export const CORE_TLDS: ReadonlySet<string> = new Set(CORE);

const known = (words: string): Set<string> => new Set(words.split(/\s+/).filter((w) => IANA_TLDS.has(w)));

/** TLDs that are common file extensions or units/abbreviations, so "manual.zip", "setup.py",
 *  "clip.mov", "notes.md", "art.ai", "install.sh" name a file far more often than a web site. A bare
 *  "name.<tld>" with one of these is a link only with stronger evidence: `www.`, a scheme, a path or
 *  port, an e-mail "@", or an invitation word ("visit", "unter", "sur" …) before it.
 *  zip mov: archives and QuickTime; md rs py sh pm ps java pub: source, scripts, PostScript, Publisher;
 *  ai: Illustrator; so: shared objects; docs: "see the docs"; cab: Windows cabinets; ml: millilitre and
 *  OCaml; mp: "mp" shorthand; kg km cm mm: units after an abbreviation ("ca.kg"); nr: German "Nr."
 *  ("Art.nr."); st: "St." street/saint; ltd inc: company suffixes ("Co.Ltd"). */
export const FILE_LIKE_TLDS: ReadonlySet<string> = known(
  'zip mov md rs py sh pm ps java pub ai so docs cab ml mp kg km cm mm nr st ltd inc',
);

/** TLDs that are function words, pronouns or sentence openers in en/de/fr/es/it/pt. With a missing
 *  space after a full stop they start the next sentence ("thank you.it will", "merci.de rien",
 *  "Obrigado.com certeza", "model.no adapter"): glued to a word and followed by more words, such a
 *  "domain" needs the same stronger evidence. A real address there ("visit shop.it now") has an
 *  invitation word before it. */
export const WORD_TLDS: ReadonlySet<string> = known(
  'it in no de es is as am at be by do to me us my so we you now how here today new next one day ' +
    'mit im er ist an um da ja sie wer wo was ' + // de
    'et ne ni la le je tu il on au se sa si ce un ' + // fr
    'el lo su al ya mi te ti ' + // es
    'ma ci vi di da ed se ' + // it
    'eu na os um em ao sim ' + // pt
    'win top fun live life best care free fast love like help buy save sale show run play watch read talk ' +
    'open plus rest map meet call case deal game gift guide news photo review zone link page site ' +
    'got man men mom dad eat fit fly hot ice joy red rip safe seven sex sky song tab tel wed wow zero ad id ' +
    'place select search secure final compare report contact discover direct express smart cheap cool press ' +
    'prime trust trade rent works work soy uno viva moi jetzt casa ye va mo nu ga',
);

/** Core TLDs that are a word in one checked language ("com" is Portuguese "with": "Obrigado.com
 *  certeza"): a join guard only after a capitalised word. */
export const CORE_WORD_TLDS: ReadonlySet<string> = known('com');

/** The word TLDs that are everyday English/Romance words after a spelled-out separator: "at some
 *  point you", "this point fun" are sentences, not "some.you". */
export const SPELLED_BLOCKED: ReadonlySet<string> = new Set([...WORD_TLDS, ...FILE_LIKE_TLDS, ...CORE_WORD_TLDS]);

/** Words before a bare domain that invite the reader to go there, or name it as a site or shop ("en
 *  nuestra web tiendacasaverde.es el mismo modelo..." is no "gracias.es un placer"). Checked on the
 *  normalized copy in the 60 characters before the host, within its sentence. (Portuguese "veja", "confira" = see, check out:
 *  "Veja loja.com o quanto antes" is no "Tudo bem.com o pedido" - s31 prec31b.) */
export const INVITATION_RE =
  /(?:^|[^a-z\u00c0-\u024f])(?:visit|go to|head to|at|on|via|see|check out|find us|web ?site|site|sito|s[íi]tio|internetseite|online|link|url|open|click|browse|type|enter|unter|auf|bei|besuchen|besuche|webseite|homepage|seite|sur|visitez|rendez-vous|allez|sitio|visita|visite|visiti|visitate|visitare|visitar|vis[íi]t[ae]nos|entra|entre|vaya|en|su|vai|vada|acesse|acessar|veja|confira|em|no site|página|pagina|portal|form|formular|formulaire|formulario|modulo|web|webshop|onlineshop|shop|store|tienda|negozio|loja|boutique)[ \t]*:?[ \t]*$|(?:^|[^a-z\u00c0-\u024f])(?:web ?site|site|sito|s[íi]tio|webseite|homepage|web|webshop|onlineshop|tienda|negozio|loja|boutique)[ \t]*,[ \t]*$|:[ \t]*$|(?:サイト|ホームページ|url|アクセス)[^\n。]{0,10}$/u;
