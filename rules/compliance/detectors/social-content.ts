// Session 32 (mrec32): the seller's own content on a social network - videos, tips, news it posts there - or a follow, with the
// account named, is a social follow (marketing) to an address outside Amazon (offplatform), as direct-sale.ts reads "follow us" with
// a handle. Per sentence: a network, the seller posting there or a follow verb, and the account named (@handle or a network
// address):
//   "We post glazing videos every Friday on Instagram @clayandkiln_studio", "Vous trouverez des tutos sur notre page Instagram
//   @x", "Suivez nos nouveautés sur facebook.com/colibri"
// Not: a video of the maker's or Amazon's ("the maker's video on YouTube shows it"), no account named ("we post on Instagram
// sometimes"), a refusal ("we don't post on Facebook").
import { sentenceSpans } from './sentence';
import type { Span } from './span';
import { sliceOf } from '../normalize';
import { compactRegExp } from './compact-letters';

const W = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const re = (source: string) => compactRegExp(source, 'u');

const NETWORK = re(`${W}(?:instagram|insta|facebook|youtube|tiktok|pinterest)${E}`);
/** The seller posting there, or a follow of it. */
// (s37 g3: a one-person shop speaks in the first person singular - "posto tudo no Insta @x", "I post every new design on Instagram";
// still only with the network and the account in the sentence)
const POSTS_OR_FOLLOW = re(
  `${W}(?:we (?:also )?(?:post|share|upload|publish)|(?:posten|teilen|veröffentlichen|zeigen) wir|nous (?:publions|postons|partageons)|on (?:publie|poste|partage)|vous trouverez (?:des|nos) (?:tutos|vidéos|conseils|astuces)|(?:publicamos|subimos|compartimos)|(?:pubblichiamo|postiamo|condividiamo|carichiamo)|(?:postamos|publicamos|compartilhamos)|i (?:also )?(?:post|share|upload|publish)|(?:poste|teile|veröffentliche|zeige) ich|ich (?:poste|teile|veröffentliche|zeige)|je (?:publie|poste|partage)|(?:publico|subo|comparto|pubblico|posto|condivido|carico|compartilho)|seguici|seguiteci|suivez(?:[- ]nous| nos| notre)|follow us|folgen sie uns|síguenos|siga-nos|segue a gente)${E}`,
);
/** The account named: a handle, a network address, a search for its name, or its name after a colon. */
// (a search for the name or the name after a colon is labelled either way in the rows - s22g-fr-018 marketing only, s24p-en-021 both;
// s31g6-es-016's "Instagram y TikTok: cada mes sorteamos" is no name - so only a handle or an address counts)
const ACCOUNT = /(?<![a-z0-9_.])@[a-z0-9_][a-z0-9_.]{2,29}|(?:facebook|instagram|youtube|tiktok|pinterest)\.com\/[a-z0-9_.-]{2,40}/u;
/** A message asked there: a contact channel, offplatform only as the rows label it (s13o-*-004: "... schreiben Sie uns dort gern eine
 *  Direktnachricht"), which the handle finding already gives. */
const WRITE_THERE = re(`${W}(?:dms?|direct ?message|direktnachricht|nachricht|message privé|message|mensaje|messaggio|mensagem|privado|privato|direct|schreiben sie|écrivez|escríbenos|scriveteci|ci scriva|escreva|chama a gente)${E}`);
/** One video of the seller's on its channel, singular ("zeigen wir im Video auf unserem Kanal: youtube.com/@x", "the video on our
 *  channel shows it", "lo mostramos en el vídeo de nuestro canal"): a how-to answer pointed at, which the dev rows label url only (4 of
 *  4 videos on "our channel" with no follow or subscribe asked) - not a feed to follow. Not with a follow or subscribe verb, a plural
 *  of content, or news or a cadence ("every Friday", "new videos") in the sentence: those are the social follow. */
// why: s37 ga37 - s37h2-de-015 ("Wie man die Kette spannt, zeigen wir im Video auf unserem Kanal") read as marketing + offplatform
const ONE_VIDEO = re(`${W}(?:im|dem|das|ein(?:em)?|the|a|this|our|le|la|une?|ce|cette|el|este|il|lo|questo|o|um|esse)\\s(?:[\\p{L}-]{1,14}\\s)?(?:video|vídeo|vidéo|clip)${E}|この動画`);
const FEED = re(
  `${W}(?:videos|vídeos|vidéos|tutos|tutorials?|tutoriales|tutoriais|clips|posts|reels|tips|tipps|astuces|consejos|consigli|dicas|every|each|weekly|jeden|jede|wöchentlich|regelmäßig|chaque|toutes les|cada|todos los|todas las|ogni|tutte le|todas as|new|neue[nms]?|nouve(?:au|aux|lle|lles)|nuev[oa]s?|nuov[oaie]|nov[oa]s|subscri\\p{L}{0,4}|abonn\\p{L}{1,6}|suscr[ií]b\\p{L}{1,6}|iscriv\\p{L}{1,4}|inscrev\\p{L}{1,4}|seguici|seguiteci|suivez|follow|folgen|síguenos|siga-nos|segue)${E}`,
);
const DENIED = re(`${W}(?:don't|do not|not|never|nicht|keine?n?|ne|pas|no|non|não|nunca)${E}`);

/** marketing + offplatform over each sentence that has the seller's account named with its content or a follow. */
export function socialContents(t: string, links: readonly Span[]): Span[] {
  if (!NETWORK.test(t)) return [];
  const out: Span[] = [];
  const handles = links.filter((l) => l.rule === 'offplatform' && l.variant === 'handle');
  for (const [from, to] of sentenceSpans(t, 400)) {
    const s = sliceOf(t, from, to);
    const posts = NETWORK.test(s) ? POSTS_OR_FOLLOW.exec(s) : null;
    if (!posts || !ACCOUNT.test(s) || WRITE_THERE.test(s) || DENIED.test(s.slice(0, posts.index))) continue;
    if (ONE_VIDEO.test(s) && !FEED.test(s)) continue;
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:social-content-structure' });
    // (a handle finding in the sentence is already offplatform, entry handle:social - the entity it names - which a sentence-wide
    // span would swallow; a network address is a url finding, so the invitation is given here)
    if (!handles.some((h) => h.start >= from && h.start < to)) out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:social-content-structure' });
  }
  return out;
}
