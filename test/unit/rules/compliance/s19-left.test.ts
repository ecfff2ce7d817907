// s19 (left helper): the two findings the s18 reviewers left open, fixed by cause, with own paraphrases in the languages
// each cause serves and near-misses that must keep their findings.
//  1. a get phrase whose source is the carrier or its pick-up point ("get it from DHL's parcel shop") is no invitation to
//     buy or contact off Amazon: the carrier's address keeps its url finding only (README: a carrier's tracking link is url).
//  2. an arrival condition ("if everything arrived in good order") whose ask is for word back ("let us know") does not
//     reach a review ask after a clause break; the conditioned review ask itself stays leading.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) =>
  [...new Set(checkMessage(text, {}).filter((f) => f.severity === 'block').map((f) => f.rule))].sort();
// every finding, warn included (the learned layer's too): a url-only case must carry nothing else (s19 review 2 nit 15)
const allRules = (text: string) => [...new Set(checkMessage(text, {}).map((f) => f.rule))].sort();

describe('s19: the parcel got from the carrier is no off-Amazon invitation (url only)', () => {
  it.each([
    ['parcel shop (en, reviewer 1 #16)', "Get it from DHL's parcel shop; tracking is on dhl.de."],
    ['post office (en)', 'Grab it from the post office tomorrow, tracking at usps.com.'],
    ["carrier's depot (en)", "Get it from the carrier's depot; tracking is on dpd.co.uk."],
    ['ParcelShop, opening hours (en)', 'Get it from the Evri ParcelShop, see evri.com for opening hours.'],
    ['DHL-Filiale (de)', 'Holen Sie sich das Paket in der DHL-Filiale ab; die Sendungsverfolgung steht auf dhl.de.'],
    ['Packstation (de)', 'Bekommen Sie es bei der Packstation; Infos unter dhl.de.'],
    ['point relais (fr)', 'Procurez-vous le colis au point relais ; suivi sur laposte.fr.'],
    ['oficina de Correos (es)', 'Puede conseguirlo en la oficina de Correos; seguimiento en correos.es.'],
    ['punto di ritiro (it)', 'Può prenderlo al punto di ritiro BRT; tracciamento su brt.it.'],
    ['agência dos Correios (pt)', 'Pode pegar na agência dos Correios; rastreio em correios.com.br.'],
    ['郵便局 (ja)', '郵便局で受け取れます。日本郵便のサイトpost.japanpost.jpで追跡できます。'],
  ])('%s', (_name, text) => {
    expect(allRules(text)).toEqual(['url']);
  });
});

describe('s19: a get phrase with the seller, Amazon or the maker as source still invites', () => {
  it.each([
    ['another ask beside the carrier (en)', "Get it from DHL's parcel shop, or buy a spare at acme-parts.com."],
    ['our own parcel shop (en)', 'Get them from our parcel shop, acme-parts.com.'],
    ['the carrier after the address (en)', 'Get them at acme-tools dot com with DHL shipping.'],
    ['the carrier after the address (es)', 'Puede conseguirlo en acme.es con envío por Correos.'],
    ['the carrier in the next clause (de)', 'Holen Sie sich die Klingen unter acme.de, DHL liefert in zwei Tagen.'],
    ['point relais after the address (fr)', 'Procurez-vous les lames sur acme.fr, livrées en point relais.'],
    ['Amazon or the site (en)', 'Get one from Amazon or at acme-parts.com.'],
    ['the manufacturer (en)', 'Get one from the manufacturer at acme-parts.com.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual(['offplatform', 'url']);
  });
});

describe('s19: an arrival condition whose ask is for word back leaves the separate review ask plain', () => {
  it.each([
    ['let us know; up to you (en, reviewer 1 #17)', 'Sorry it took so long. If it arrived in one piece, please let us know; a review is of course up to you.'],
    ['en dash (en)', 'If it arrived in one piece, please let us know – a review is of course up to you.'],
    ['em dash (it, lexicon entry)', 'Se è arrivato tutto bene, ci faccia sapere se ha bisogno di qualcosa — e se vuole, lasci una recensione.'],
    ['comma splice (en)', 'If it arrived in one piece, please let us know, a review is of course up to you.'],
    ['and if not, let us know (en)', 'If everything arrived in good order, and if not, let us know; feel free to leave a review.'],
    ['Bescheid geben (de)', 'Wenn alles gut angekommen ist, geben Sie uns bitte kurz Bescheid; eine Bewertung ist natürlich freiwillig.'],
    ['faites-le nous savoir (fr)', 'Si tout est bien arrivé, faites-le nous savoir ; laisser un avis reste bien sûr facultatif.'],
    ['avísenos (es)', 'Si todo llegó bien, avísenos si necesita algo; y si quiere, deje una reseña.'],
    ['ci faccia sapere (it, lexicon entry)', 'Se è arrivato tutto bene, ci faccia sapere se ha bisogno di qualcosa; e se vuole, lasci una recensione.'],
    ['nos avise (pt)', 'Se tudo chegou bem, nos avise se precisar de algo; e, se quiser, deixe uma avaliação.'],
    ['ご連絡ください (ja)', '無事に届きましたら、何かございましたらご連絡ください。よろしければレビューもお願いいたします。'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual(['review_request']);
  });

  it.each([
    ['let us know if you need anything (en)', 'If it arrived well, let us know if you need anything.'],
    ['Bescheid (de)', 'Wenn alles gut angekommen ist, geben Sie uns kurz Bescheid.'],
    ['sinon, prévenez-nous (fr)', 'Si tout est bien arrivé, et sinon, prévenez-nous.'],
  ])('no review ask at all: %s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('s19: the review ask conditioned on the arrival is still leading', () => {
  it.each([
    ["we'd love a review (en)", "If everything arrived well, we'd love a review."],
    ['help ask after the review ask (en)', "If everything arrived well, we'd love a review; if not, let us know."],
    ['told in a review (en)', 'If everything arrived well, tell us about it in a review on Amazon.'],
    ['an opinion told, then a review (en)', 'If everything arrived well, let us know what you think, and leave a review.'],
    ['coordinated with the help ask (en)', 'If it arrived well, let us know if you need anything, and feel free to leave a review.'],
    ['one clause (en)', 'If everything arrived well, let us know and leave a review.'],
    ['coordinated (de)', 'Wenn alles heil angekommen ist, sagen Sie uns Bescheid, ob alles passt, und hinterlassen Sie eine Bewertung.'],
    ['in einer Bewertung (de)', 'Wenn alles gut angekommen ist, lassen Sie es uns in einer Bewertung wissen.'],
    ['dans un avis (fr)', 'Si tout est bien arrivé, dites-le nous dans un avis sur Amazon.'],
    ['ce que vous en pensez (fr)', 'Si tout est bien arrivé, dites-nous ce que vous en pensez, et laissez un avis.'],
    ['qué le parece (es)', 'Si todo llegó bien, díganos qué le parece, y deje una reseña.'],
    ['com\'è andata in una recensione (it)', "Se è arrivato tutto bene, ci faccia sapere com'è andata in una recensione."],
    ['coordinated (it)', 'Se è arrivato tutto bene, ci faccia sapere se ha bisogno di qualcosa, e lasci una recensione.'],
    ['o que achou (pt)', 'Se tudo chegou bem, nos diga o que achou, e deixe uma avaliação.'],
    ['deixe uma avaliação (pt)', 'Se tudo chegou bem, deixe uma avaliação.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual(['leading', 'review_request']);
  });
});
