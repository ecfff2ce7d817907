// s35 fix A (fa35): review asks the rule layer missed on the s35 fitting rows, and stars that are parts of the product - each
// reading with sentences of its own and the near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { ruleLayer } from './helpers/cases';

const flags = (rule: string, cases: [string, string?][]) =>
  it.each(cases)(`flags ${rule}: %s`, (text, buyer) => expect(ruleLayer(text, buyer)).toContain(rule));
const clean = (rule: string, cases: [string, string?][]) =>
  it.each(cases)(`no ${rule}: %s`, (text, buyer) => expect(ruleLayer(text, buyer)).not.toContain(rule));

describe('product-stars: stars counted, described or sent as parts of the product are no rating', () => {
  clean('leading', [
    ['O kit de parede vem com 8 estrelas e 2 nuvens de feltro, tudo dentro da caixa.'],
    ['El móvil viene con 6 estrellas de fieltro y una luna.'],
    ['Le mobile est livré avec 5 étoiles et 1 lune en feutre.'],
    ['Das Mobile enthält 5 Sterne und einen Mond aus Filz.'],
  ]);
  clean('review_request', [
    ['The sticker chart ships with 40 glow-in-the-dark stars in a pouch; if yours were missing I will send the stars today.'],
    ["Tell me which set you ordered and we'll post the spare stars out this afternoon."],
    ["Je vous envoie les étoiles magnétiques demain."],
  ]);
  flags('leading', [
    ['Our mobile comes with 5 stars, so please leave us 5 stars too!'],
    ['Nos avalie com 5 estrelas!'],
    ['Dê 5 estrelas e 1 minuto do seu tempo.'],
  ]);
  flags('review_request', [['Give five stars and two minutes of your time.']]);
});

describe('en lexicon: "your feedback is important to us" and "put a star rating on it"', () => {
  flags('review_request', [
    ['Your honest opinion on the kettle is really important to us.'],
    ['Madam, your precious review about our rain jacket is extremely valuable for us.'],
    ['Did you find a minute to put a star rating on the blender?'],
    ['Have you had time to put some stars on it yet?'],
  ]);
  clean('review_request', [
    ['Your safety is very important to us.'],
    ['Your comfort on long trips is really important to us.'],
    ['Did you get a chance to put the stars on the reward chart yet?'],
  ]);
});

describe('conditioned-ask: an elliptic "if it is," after a fault condition conditions the review ask', () => {
  flags('leading', [
    ["If something isn't right, write to us here first. If it is, a quick review would be lovely."],
    ['Si algo no va bien, escríbanos primero. Si lo está, nos encantaría que dejara una reseña.'],
    ['Falls etwas nicht stimmt, schreiben Sie uns zuerst. Wenn doch, würden wir uns über eine Bewertung freuen.'],
  ]);
  clean('leading', [['Is the lid cracked? If it is broken, please leave a review of the courier.'], ['If it is, please send us a photo of the label.']]);
});

describe('review-nudge: "you will be the next" and the full count of stars after a counted crowd', () => {
  flags('review_request', [
    ['Over 1,500 buyers have given the pillow all five stars - we hope you will be next!'],
    ['Mehr als 800 Kunden haben der Lampe die volle Sternzahl gegeben. Wir hoffen, Sie werden der Nächste.'],
    ['Plus de 900 clients ont donné toutes les étoiles à la lampe : vous serez le prochain ?'],
    ['Más de 700 clientes le han dado todas las estrellas a la sartén. ¡Usted será el siguiente!'],
  ]);
  clean('review_request', [
    ['Über 2.000 Kunden haben das Kissen schon bestellt - die nächste Lieferung kommt Montag.'],
    ['Over 300 customers bought the lamp this month; you will be the next to get the new cable.'],
  ]);
});

describe('fr lexicon: "un retour sur <item> de votre part nous aiderait"', () => {
  flags('review_request', [['Au cas où : un petit retour sur la bouilloire de votre part nous aiderait beaucoup.'], ['Un retour sur la théière nous ferait plaisir.']]);
  clean('review_request', [
    ['Votre retour sur la taille nous aidera à choisir le bon échange : 38 ou 39 ?'],
    ['Un retour sur le défaut de votre part nous aiderait à comprendre la panne.'],
    ['Le retour sur la facture est déjà fait.'],
  ]);
});

describe('lexicons: "you know what to do" after reviews named in the sentence', () => {
  flags('review_request', [
    ['Reviews keep our little shop alive, so if you liked the mug, you know what to do.'],
    ['Zufriedene Kunden schreiben Bewertungen – Sie wissen ja, was zu tun ist.'],
    ["Clients heureux = avis heureux : si c'est votre cas, vous savez ce qu'il vous reste à faire."],
    ['Clientes felices = reseñas felices, así que si es su caso, ya sabe lo que tiene que hacer.'],
  ]);
  clean('review_request', [
    ['If the strap breaks again, you know what to do: send it back via Your Orders.'],
    ['Wenn das Licht rot blinkt, wissen Sie, was zu tun ist: Akku laden.'],
  ]);
});

describe('order-page-rating: a pointer to the feedback form on the order page', () => {
  flags('review_request', [
    ['Wie lief die Lieferung? Das Produktfeedback finden Sie unter Meine Bestellungen gleich neben dem Artikel.'],
    ["How did the delivery go? You'll find the seller feedback link under Your Orders, right next to the order."],
    ["Vous trouverez l'évaluation du vendeur dans Vos commandes, à côté du numéro."],
  ]);
  clean('review_request', [['Die Rechnung finden Sie unter Meine Bestellungen.'], ["You'll find the return label under Your Orders."]]);
});

describe('conditioned-ask: "if that\'s you" after happy customers named', () => {
  flags('leading', [
    ["Happy buyers leave happy reviews, so if that's you, you know what to do."],
    ["Clients heureux = avis heureux : si c'est votre cas, vous savez ce qu'il vous reste à faire."],
  ]);
  clean('leading', [['Reviews help other buyers pick the right size, so you know what to do.']]);
});

describe('order-page-rating: the rating word must be the pointer\'s own clause', () => {
  clean('review_request', [['Das „Fünf Sterne“-Teeset wird heute versandt; die Sendungsnummer finden Sie in Ihrer Bestellübersicht.']]);
});
