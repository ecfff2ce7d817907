// Session 13: review and leading asks in phrasings the s13-rr batch showed the checker missed (colloquial
// modals, "please" alone, a wish to read the review, a presumed good review, "talk to us instead of the
// reviews", "don't rate us badly without talking to us first", rewards for "everyone who reviews"), each as a
// new sentence of the same shape (the rows are in test/corpus/real/s13-rr.jsonl), with the near-misses each
// fix must leave alone.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string) => [...new Set(checkMessage(text).filter((f) => f.severity !== 'info').map((f) => f.rule))].sort();

describe('s13 near-misses stay clear', () => {
  it.each([
    ['the seller assesses the damage (es)', 'Para valorar los daños, ¿podría mandarnos dos fotos del embalaje?'],
    ['the seller assesses the warranty claim (fr)', "Pour évaluer votre réclamation, pouvez-vous nous décrire le bruit ?"],
    ['a diagnostic scale for the seller (es)', '¿Podrías puntuar del 1 al 10 cuánto vibra, para saber si es el rodamiento?'],
    ['the buyer\'s review quoted (de)', 'In Ihrer Bewertung erwähnen Sie, dass die Naht aufgeht - ein Ersatz ist unterwegs.'],
    ['the other customers of a group order (de)', 'Schreiben Sie den anderen Kunden in Ihrer Sammelbestellung bitte, dass die Ware am Montag kommt.'],
    ['please read the reviews (it)', 'Per favore, legga le recensioni degli altri clienti sulla taglia.'],
    ['please check the energy rating (pt)', 'Por favor, confira a classificação energética na caixa.'],
    ['a favour about the delivery, not a review (de)', 'Tun Sie uns einen Gefallen? Nehmen Sie das Paket für die Nachbarin an.'],
    ['an account on Amazon (pt)', 'Poderia verificar o endereço na sua conta na Amazon?'],
    ['an exchange rate, a refund (en)', 'If you return it, we refund at the exchange rate of the order date.'],
    ['an assumed receipt is no assumed satisfaction, the ask is neutral (es)', 'Imagino que ya ha recibido la lámpara; si tiene dudas, escríbanos.'],
  ])('%s', (_name, text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('s13 asks are found', () => {
  it.each([
    ['a tú-modal question (es)', '¿Podrías dejarnos unas estrellas cuando tengas un rato?', ['review_request']],
    ['"tu peux" in chat register (fr)', 'tu peux nous donner une petite note sur le site stp', ['review_request']],
    ['a bare "per favore" with a review (it)', 'Una recensione sul tappetino, per favore: ci aiuta.', ['review_request']],
    ['a wish to read the review (it)', 'Ci auguriamo di leggere presto la tua recensione sul prodotto.', ['review_request']],
    ['a hope, then a positive comment on the listing (pt)', 'Torcemos para que o fone esteja ótimo e para ler um comentário positivo no anúncio.', ['leading', 'review_request']],
    ['a presumed nice story to tell (es)', 'Seguro que tiene algo bueno que contar de la sartén en Amazon.', ['leading', 'review_request']],
    ['everything went fine, so rate us (pt)', 'Agora que deu tudo certo, que tal avaliar a loja?', ['leading', 'review_request']],
    ['talk to us and not to the review section (es)', 'Si algo no va, hable con nosotros y no con las reseñas, por favor.', ['leading']],
    ['write first, before speaking publicly (it)', 'Se qualcosa non la convince, ci scriva prima di esprimersi pubblicamente sulla pagina del prodotto.', ['leading']],
    ['no bad rating without contacting us (pt)', 'Não nos avalie mal sem antes falar com a gente.', ['leading']],
    ['a bad review would break our hearts, a small team (es)', 'Somos dos hermanos y una mala reseña nos partiría el corazón.', ['leading', 'review_request']],
    ['a sample for everyone who reviews (fr)', 'Tous ceux qui publient un avis reçoivent un échantillon offert.', ['leading', 'review_request']],
    ['removing a review for a refund is leading only (fr)', 'Si vous supprimez votre commentaire, nous vous remboursons.', ['leading']],
    ['du-form with "Rezi" (de)', 'Wenn dir die Tasse gefällt, schreib doch mal ne Rezi, wär echt lieb.', ['leading', 'review_request']],
    ['counting on the review (de)', 'Wir zählen auf Ihre ehrliche Bewertung.', ['review_request']],
    ['an Italian tu-imperative with the venue (it)', 'Il cuscino ti è piaciuto? Scrivilo su Amazon!', ['leading', 'review_request']],
    ['a favour asked, the review named in the next sentence (it)', 'Ci fai un favore? Una stellina per il negozio.', ['review_request']],
    ['a favour asked, the review named in the next sentence (de)', 'Tun Sie uns einen Gefallen? Ein paar Sterne für unseren Laden.', ['review_request']],
    ['a second-person question (es)', 'Oye, ¿nos valoras cuando puedas?', ['review_request']],
    ['minimal effort framing (pt)', 'Bastaria um clique nas estrelas da loja.', ['review_request']],
    ['"tell it on Amazon" with the venue as object (de)', 'Sagen Sie es gern bei Amazon, wie der Mixer sich schlägt.', ['review_request']],
    ['a shipping refund if the buyer rates (de)', 'Den Versand erstatten wir Ihnen, sobald Sie uns bewerten.', ['leading', 'review_request']],
    // (a prize draw offered is also a promotion: test/corpus/real/README.md, settled in session 9; found since s18)
    ['a draw entered by reviewing, gerund (it)', "Recensendo il bollitore partecipi all'estrazione di una bici.", ['leading', 'marketing', 'review_request']],
    ['an assumption of liking before the ask (pt)', 'Suponho que a luminária já virou sua favorita; conta pra gente na Amazon!', ['leading', 'review_request']],
    ['an assumption of liking before the ask (de)', 'Bestimmt gefällt Ihnen der Schal schon, schreiben Sie uns doch eine Bewertung.', ['leading', 'review_request']],
  ])('%s', (_name, text, expected) => {
    expect(rules(text)).toEqual(expected);
  });
});
