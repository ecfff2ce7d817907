// Session 22, helper k2 (s22 blind k, fr/de/it): the causes behind its misses and false alarms, in our own words, with variants
// in the other languages each rule serves and near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, reviewAlreadyRequested = false) =>
  [...new Set(checkMessage(text, { reviewAlreadyRequested }).map((f) => f.rule))].sort();

describe('s22 k2: a payment app named with the seller number is a payment outside Amazon', () => {
  it.each([
    ['Pour le supplément de broderie, le plus rapide est un TWINT au 078 123 45 67, merci !'],
    ['Den Mehrpreis für die Prägung schicken Sie einfach per TWINT an 076 234 56 78.'],
    ['Lo más fácil es un Bizum al 612 34 56 78 y listo.'],
    ['Il supplemento per la dedica lo può mandare con Satispay, grazie.'],
  ])('%s -> offplatform', (text) => expect(rules(text)).toContain('offplatform'));

  it.each([
    ['Le supplément de broderie est de 6 €, vous le réglez directement sur Amazon lors de la commande.'],
    ['TWINT nehmen wir leider nicht an, der Aufpreis läuft über Amazon.'],
    ['Der Aufpreis für die Gravur ist im Amazon-Preis schon enthalten.'],
  ])('%s -> no offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s22 k2: a reward asked as a question, the seller giving as the condition of the review', () => {
  it.each([
    ["Dis, tu nous mettrais un avis si on t'envoie un filtre gratuit ?"],
    ['Würdest du uns bewerten, wenn wir dir einen Gratis-Nachfüllpack schicken?'],
    ['Ci lasceresti una recensione se ti mandiamo un omaggio?'],
    ['¿Nos dejarías una reseña si te regalamos una funda?'],
    ['Would you review the grinder if we sent you a free brush?'],
  ])('%s -> leading + review_request', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['leading', 'review_request'])));

  it.each([
    ["Si on vous envoie le remboursement aujourd'hui, vous le verrez sous 3 jours."],
    ['Wenn wir Ihnen den Ersatz schicken, melden Sie sich bitte kurz, ob er passt.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s22 k2: a price cut offered as two amounts is a promotion', () => {
  it.each([
    ['Hallo, wie wäre es mit dem Doppelpack? Der kostet nur 29 € statt 34 €.'],
    ['Et pourquoi pas le lot de deux ? Seulement 29 € au lieu de 34 €.'],
    ['Che ne dici della confezione doppia? Solo 29 € invece di 34 €.'],
    ['How about the twin pack? Just $29 instead of $34.'],
  ])('%s -> marketing', (text) => expect(rules(text)).toContain('marketing'));

  it.each([
    ['Ihnen wurden leider 34 € statt 29 € berechnet, wir erstatten die Differenz heute.'],
    ['Vous avez payé 34 € au lieu de 29 €, nous remboursons la différence.'],
    ['Le abbiamo addebitato 34 € invece di 29 €: il rimborso della differenza parte oggi.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s22 k2: product names made of rating words, and reflexive "s\'appeler"', () => {
  it.each([
    ['Ja, das Modell „Fünf Sterne“ hat 12 Gläser, die Deckel sind dabei.'],
    ['Oui, notre planche s\'appelle bien « Cinq Étoiles » ; vous avez reçu la version 40 cm.'],
    ['Sì, il modello «Cinque Stelle» ha 12 barattoli, coperchi inclusi.'],
    ['Notre lampe s\'appelle « Six Lumières », modèle 2024.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));

  it.each([
    ['Wir würden uns über „Fünf Sterne“ freuen.', 'leading'],
    ['Appelle-nous au 06 12 34 56 78 si besoin.', 'offplatform'],
  ])('%s -> %s', (text, rule) => expect(rules(text)).toContain(rule));
});

describe('s22 k2: a casual German refusal of a channel ("nix", "nichts")', () => {
  it.each([
    ['Schreib uns einfach hier. Per WhatsApp können wir leider nix klären.'],
    ['Über Telefon dürfen wir leider nichts regeln, bitte hier im Postfach.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));

  it('a channel offered after the refusal still counts', () => {
    expect(rules('Per Mail können wir nix verschicken, aber per WhatsApp geht alles.')).toContain('offplatform');
  });
});

describe('s22 k2: review asks without a "leave a review" verb', () => {
  it.each([
    ['Ti andrebbe di raccontare agli altri acquirenti come ti trovi con la moka?'],
    ['Pourriez-vous le raconter aux autres acheteurs ?'],
    ['¿Podrías contarlo a otros compradores?'],
  ])('%s -> review_request', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    ['Le ricordiamo che il Suo parere sulla moka per noi è importantissimo.'],
    ['Nous vous rappelons que votre avis sur la bouilloire nous est précieux.'],
    ['Le recordamos que su opinión sobre la tostadora es muy valiosa para nosotros.'],
  ])('%s, after Request a Review -> review_request + review_channel', (text) =>
    expect(rules(text, true)).toEqual(expect.arrayContaining(['review_channel', 'review_request'])));

  it.each([
    ['Come abbiamo spiegato agli altri clienti, la spedizione parte lunedì.'],
    ['Le ricordiamo che il reso è gratuito entro 30 giorni.'],
    ['Le ricordiamo che il parere del tecnico è importante per la garanzia.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));
});

describe('s22 k2: a star row said to come from the buyer', () => {
  it.each([
    ['Hey, ⭐⭐⭐⭐⭐ von dir wären mega!'],
    ['★★★★★ de votre part nous feraient très plaisir.'],
    ['Cinque ⭐⭐⭐⭐⭐ da te sarebbero il massimo!'],
    ['🌟🌟🌟🌟🌟 from you would make our week'],
  ])('%s -> review_request', (text) => expect(rules(text)).toContain('review_request'));

  it.each([
    ['Danke dir für die ⭐⭐⭐⭐⭐ von dir, das freut uns!'],
    ['Merci pour les ★★★★★ de votre part !'],
  ])('%s -> no review_request', (text) => expect(rules(text)).not.toContain('review_request'));
});
