// (s29) A "new version / now available" phrase whose object is a document or software - the manual, the instructions, the
// firmware, the app: a notice about the buyer's item, not a new product on sale ("Ya está disponible la nueva versión del manual",
// "the new edition of the user guide is available", "die neue Version der Anleitung"). Read on the text right after the phrase.
import { accentOptionalRe } from '../accent-optional';
import { compactRegExp } from './compact-letters';

/** The phrase's complement: of/for the + a document or software noun, within a few words. */
const DOCUMENT_AFTER = accentOptionalRe(compactRegExp(
  `^\\s{0,3}(?:[\\p{L}-]{1,14}\\s{1,3}){0,2}?(?:of the|for the|of our|of your|der|des|zur|zum|für die|für das|du|de la|de l'|des|del|de la|della|dello|dell'|delle|do|da|dos)\\s{0,3}(?:(?:user|bedienungs|quick|pdf)\\s{0,2})?(?:manual|manuals|instructions|user guide|guide|firmware|software|app|handbook|datasheet|(?:bedienungs)?anleitung|handbuch|gebrauchsanweisung|datenblatt|notice|manuel|mode d'emploi|guide|micrologiciel|application|logiciel|manual|instrucciones|gu[ií]a|aplicaci[oó]n|manuale|istruzioni|libretto|applicazione|instru[cç][oõ]es|guia|aplicativo)(?![\\p{L}])`,
  'u',
));
/** Japanese: the document named right before the novelty ("取扱説明書の新版", "ファームウェアの最新版"). */
const DOCUMENT_BEFORE_JA = /(?:説明書|マニュアル|ファームウェア|アプリ|ソフトウェア)(?:の|を)?$/u;
/** Entries that announce something new or available (not a coupon, a pack or a follow). */
const NOVELTY_ENTRY = /(?:^|[:-])(?:new|novelty|news|version|edition|available|launch|launched|coming|release|released|update)(?:-|$)/u;

/** ... or the new model sent as the replacement, free ("新モデルを無償で交換品としてお送りいたします", "als Ersatz das neue Modell"). */
const AS_REPLACEMENT = accentOptionalRe(compactRegExp(
  `(?:^|[^\\p{L}])(?:as (?:a |your )?replacement|als ersatz|en remplacement|comme remplacement|como (?:reemplazo|reposición|sustitución|troca|substituição)|in sostituzione|come sostituzione|a troca será)(?![\\p{L}])|交換品として|代替品として`,
  'u',
));
/** A price or a surcharge: the replacement is then sold. */
const PRICE = /\d\s{0,2}(?:€|\x80|eur|\$|£|円|%)|(?:€|\x80|\$|£|r\$)\s{0,2}\d|surcharge|aufpreis|supplément|suplemento|supplemento|差額/u;

/** `sentence`: the phrase's whole sentence. */
export function documentNotice(entry: string, before: string, after: string, sentence = ''): boolean {
  if (!NOVELTY_ENTRY.test(entry)) return false;
  return DOCUMENT_AFTER.test(after) || DOCUMENT_BEFORE_JA.test(before) || (AS_REPLACEMENT.test(sentence) && !PRICE.test(sentence));
}
