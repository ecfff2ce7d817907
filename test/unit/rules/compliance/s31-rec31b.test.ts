// Session 31, helper rec31b: misses of the general-outbox batches g5/g6 read by structure, in our own words (not the batch's
// sentences) - each kind with wordings that must flag and near-misses that must keep or stay clear of the finding.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

/** Rules the rule layer finds (the learned layer's findings left out). */
const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, { buyerMessage }).filter((f) => f.layer !== 'model').map((f) => f.rule))].sort();

describe('s31 rec31b: a mark asked on a 0/1-to-5/10 scale (score-scale.ts)', () => {
  it.each([
    'Reply to this message with a score from 0 to 10 for your purchase.',
    'Antworten Sie einfach mit einer Zahl von 1 bis 10: Wie zufrieden sind Sie mit dem Kauf?',
    'Répondez à ce message avec une note de 0 à 10 pour votre achat.',
    'Responda a este mensaje con una nota del 0 al 10 para su compra.',
    'Risponda a questo messaggio con un voto da 1 a 10 sul suo acquisto.',
    'ご購入商品の満足度を0〜10の数字でご返信ください。',
    'Como foi o seu pedido? Responda com uma nota de 1 a 5, por favor.',
    'Wie zufrieden sind Sie mit Ihrem Kauf auf einer Skala von 1 bis 10?',
    'Tell us, on a scale from 1 to 5, how satisfied you are with our service.',
  ])('%s asks for a rating', (text) => expect(rules(text)).toContain('review_request'));
  it.each([
    'Your parcel arrives in 1 to 5 days.',
    'Set the power level from 1 to 10 and tell us if the noise stays.',
    'Welche Stufe von 1 bis 5 nutzen Sie? Bitte antworten Sie kurz.',
    'Choisissez la vitesse de 1 à 5 selon la pâte, puis répondez-nous si le bruit continue.',
    'La entrega tarda de 1 a 5 días laborables; responda si no llega.',
    'La batteria dura da 1 a 10 ore a seconda del livello scelto.',
    'O prazo de troca é de 1 a 10 dias úteis após o pedido.',
  ])('%s stays clean of review_request', (text) => expect(rules(text)).not.toContain('review_request'));
});

describe('s31 rec31b: a longer warranty for a review, a long adverb between verb and warranty (review-incentive.ts)', () => {
  it.each([
    'Si vous partagez votre avis sur Amazon, nous prolongeons gracieusement la garantie à 3 ans.',
    'Se ci lascia una recensione su Amazon, estendiamo gratuitamente la garanzia a 3 anni.',
    'If you leave a review, we will automatically extend your warranty to 3 years.',
    'Si nos deja una reseña en Amazon, ampliamos gratuitamente la garantía a 3 años.',
    'Se deixar uma avaliação na Amazon, estendemos gratuitamente a garantia para 3 anos.',
    'Wenn Sie eine Bewertung schreiben, verlängern wir selbstverständlich die Garantie auf 3 Jahre.',
    'Dès que votre évaluation est en ligne, nous prolongeons exceptionnellement la garantie de deux ans.',
    'For a review on Amazon we kindly extend the warranty by two years.',
  ])('%s is leading', (text) => expect(rules(text)).toContain('leading'));
  it.each([
    'Nous prolongeons gracieusement la garantie à 3 ans, quel que soit votre avis.',
    'Abbiamo esteso gratuitamente la garanzia a 3 anni per tutti i clienti.',
  ])('%s is no reward for a review', (text) => expect(rules(text)).not.toContain('leading'));
});

describe('s31 rec31b: Spanish "sale" (it comes out) before "a", "al" or a manner (promotion.ts SALE_VERB_AFTER)', () => {
  it.each([
    '¿El ruido sale a velocidad máxima o en todas?',
    '¿El vapor sale al encenderla o en todas las posiciones?',
    'El agua sale bien por todas las boquillas.',
    'La tapa sale muy fácil en todos los modelos.',
  ])('%s stays clean of marketing', (text) => expect(rules(text)).not.toContain('marketing'));
  it.each([
    'Esta semana la segunda unidad sale al 50 %.',
    'Our summer sale on all mugs ends Sunday.',
    'The sale on all mugs starts today.',
  ])('%s keeps marketing', (text) => expect(rules(text)).toContain('marketing'));
});

describe('s31 rec31b: an id word, then "au/to" a trunk-prefixed number in groups - where something is sent (phone.ts)', () => {
  it.each([
    'Je vous envoie les photos du modèle au 06 55 55 21 47 ce soir.',
    "I'll send the photos of the model to 0161 555 0192 tonight.",
    'Je transmets la référence de la commande au 07 12 34 56 78 par SMS.',
    'Mando as fotos do modelo para o 021 5555 0192 hoje.',
  ])('%s is a phone', (text) => expect(rules(text)).toContain('phone'));
  it.each([
    'La référence du modèle 06 55 55 21 47 est gravée dessous.',
    'Votre commande n° 06 55 55 21 47 est partie.',
  ])('%s stays an id', (text) => expect(rules(text)).not.toContain('phone'));
});

describe("s31 rec31b: Amazon's channel named as what cannot carry the file - the reason to leave it (offsite-invite.ts CHANNEL_FAILS)", () => {
  it.each([
    'Schicken Sie das Video bitte an service@beispiel.de, hier im Postfach gehen größere Dateien oft nicht durch.',
    'Envoyez la vidéo à sav@exemple.fr, ici les fichiers lourds ne passent pas.',
    'Mande el vídeo a soporte@ejemplo.es, aquí no pasan los archivos grandes.',
    'Mandi il video a assistenza@esempio.it, qui i file grandi non passano.',
    'Envie o vídeo para suporte@exemplo.com.br, aqui os arquivos grandes não passam.',
    "Please send the clip to help@example.com, big files don't get through here.",
    'Please send the video to help@example.com, it is too big for Amazon messages.',
    'Die Fotos bitte an hilfe@beispiel.de, die sind zu groß für das Postfach.',
  ])('%s invites off Amazon', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'Bitte schicken Sie das Video hier im Postfach, nicht an service@beispiel.de.',
    'Please attach the video here; large files go through fine.',
  ])('%s stays on Amazon', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe("s31 rec31b: an offer told as found at the seller's address (offsite-invite.ts ADDRESS_OFFER)", () => {
  it.each([
    'Our bigger dispenser is 20% off this week on aquaexample.com with code SPRING.',
    'Mit dem Code HERBST ist der große Behälter 15 % günstiger auf wasserbeispiel.de.',
    'Le modèle XL est 10 % moins cher sur notre boutique maison-exemple.fr.',
    'El modelo grande sale más barato en casaejemplo.es esta semana.',
    'Con il codice ESTATE il modello grande è in offerta su casaesempio.it.',
    'O modelo maior está em promoção no nosso site casaexemplo.com.br.',
    'The refills are cheaper at refill-example.shop.',
    'Les recharges sont en promotion sur recharges-exemple.fr.',
  ])('%s invites to buy off Amazon', (text) => expect(rules(text)).toContain('offplatform'));
  it.each([
    'The user code is printed on page 4 of the manual at example.com/manual.',
    'The refills are 20% off this week on Amazon.',
  ])('%s invites nowhere', (text) => expect(rules(text)).not.toContain('offplatform'));
});

describe('s31 rec31b: an open account asked of other buyers after praise - a neutral ask, not the praise passed on (conditioned-ask.ts OPEN_CONTENT)', () => {
  it.each([
    ['Schön! Wenn Sie mögen, erzählen Sie anderen Käufern auf der Produktseite, wie Sie im Alltag mit der Pfanne zurechtkommen.', 'Die Pfanne ist da, sieht super aus.'],
    ["N'hésitez pas à raconter aux autres acheteurs sur Amazon comment vous utilisez la poêle au quotidien.", 'La poêle est arrivée, elle est superbe.'],
    ['Si quiere, cuente a otros compradores en la página del producto cómo le va con la sartén en el día a día.', 'La sartén ha llegado, es preciosa.'],
    ['Se le va, racconti agli altri clienti nella pagina del prodotto come si trova con la padella ogni giorno.', 'La padella è arrivata, è perfetta.'],
    ['Se quiser, conte aos outros compradores na página do produto como você usa a frigideira no dia a dia.', 'A frigideira chegou, é perfeita.'],
    ['Feel free to tell other shoppers on the product page how you use the pan day to day.', "The pan arrived, it's perfect."],
  ])('%s asks, without leading', (text, buyer) => {
    expect(rules(text, buyer)).toContain('review_request');
    expect(rules(text, buyer)).not.toContain('leading');
  });
  it.each([
    ['Wenn Sie mögen, schreiben Sie genau das doch auf der Produktseite für andere Käufer.', 'Die Pfanne ist da, sieht super aus.'],
    ['Se quiser, conte isso aos outros compradores na página do produto.', 'A frigideira chegou, é perfeita.'],
  ])('%s passes the praise on: leading', (text, buyer) => expect(rules(text, buyer)).toContain('leading'));
});
