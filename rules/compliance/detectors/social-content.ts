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
    out.push({ rule: 'marketing', severity: 'block', start: from, end: to, entry: 'marketing:social-content-structure' });
    // (a handle finding in the sentence is already offplatform, entry handle:social - the entity it names - which a sentence-wide
    // span would swallow; a network address is a url finding, so the invitation is given here)
    if (!handles.some((h) => h.start >= from && h.start < to)) out.push({ rule: 'offplatform', severity: 'block', start: from, end: to, entry: 'offplatform:social-content-structure' });
  }
  return out;
}
