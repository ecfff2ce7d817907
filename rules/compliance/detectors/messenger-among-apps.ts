// A messenger named as one member of a class of apps a product handles (s31 prec31): "the speaker plays the sound of every
// calling app, WhatsApp included", "works with any video app such as Skype", "toutes les applis d'appel, WhatsApp compris",
// "todas las aplicaciones de llamada, incluida WhatsApp", "alle Anruf-Apps, auch WhatsApp", 「WhatsAppを含む通話アプリ」.
// The name is an example of the app class, not a channel: context-guards.ts messengerAsCompatibility wants a works-with
// verb within six words or a call word right after, which the class noun with "included / such as" stands in for.
// Not (each keeps its finding): the seller or its team on it, or a write/add verb ("message us on any app, WhatsApp
// included", "écrivez-nous sur l'appli de votre choix, WhatsApp compris") - context-guards.ts WE_ON_IT, read the same way.
import { accentOptionalRe } from '../accent-optional';
import { compact, compactRegExp } from './compact-letters';
import { firstStopIn, sentenceStartIn } from './sentence';
import { MESSENGER_APPS } from '../lexicon/shared';
import { WE_ON_IT } from '../context-guards';

const MESSENGER = compactRegExp(`^(?:${MESSENGER_APPS})$`, 'u');
/** The app class noun ("apps", "Anwendungen", "applis", "aplicaciones", "applicazioni", "aplicativos", アプリ), then an example
 *  marker before the name ("such as", "like", "including", "wie", "auch", "comme", "como", "incluida", "come", "tra cui",
 *  "incluindo"), within four words and in the clause. */
const CLASS_THEN_EXAMPLE = accentOptionalRe(compact(/(?<![\p{L}])(?:apps?|applications?|applis?|anwendungen|aplicaci[oó]n(?:es)?|applicazion[ei]|aplicativos?|aplica[çc][õo]es|aplica[çc][ãa]o)(?![\p{L}])[^.!?;:\n]{0,40}?(?<![\p{L}])(?:such as|like|including|e\.g\.|wie|auch|etwa|z\. ?b\.|einschließlich|inklusive|comme|dont|y compris|notamment|como|incluid[oa]s?|incluso|incluyendo|come|tra cui|compres[oa]|incluindo|inclusive)\s{1,3}(?:(?:el|la|le|il|o|a|the)\s{1,3})?$|アプリ/u));
/** ... or the class noun in the clause before the name and an inclusion word right after it ("..., WhatsApp included",
 *  "WhatsApp compris", "WhatsApp incluido", "WhatsApp compreso", "WhatsApp incluído", "WhatsApp inbegriffen"). */
const CLASS_BEFORE = accentOptionalRe(compact(/(?<![\p{L}])(?:apps?|applications?|applis?|anwendungen|aplicaci[oó]n(?:es)?|applicazion[ei]|aplicativos?|aplica[çc][õo]es)(?![\p{L}])[^.!?;:\n]{0,60}$/u));
const INCLUDED_AFTER = accentOptionalRe(/^\s{0,2}(?:included|too|inbegriffen|eingeschlossen|compris|incluid[oa]|incluso|compres[oa]|inclu[íi]d[oa]|を含む|も)(?![\p{L}])/u);

/** `span` (normalized offsets in `t`) names a messenger as an example of the apps a product handles, no one of ours on it. */
export function messengerAmongApps(t: string, span: { start: number; end: number }): boolean {
  if (!MESSENGER.test(t.slice(span.start, span.end))) return false;
  const head = t.slice(sentenceStartIn(t, Math.max(0, span.start - 200), span.start), span.start).slice(-140);
  const tail = t.slice(span.end, span.end + 20);
  if (!CLASS_THEN_EXAMPLE.test(head) && !(CLASS_BEFORE.test(head) && INCLUDED_AFTER.test(tail))) return false;
  const stop = firstStopIn(t, span.end, span.end + 200);
  return !WE_ON_IT.test(head + t.slice(span.end, stop ? stop.at : span.end + 200));
}
