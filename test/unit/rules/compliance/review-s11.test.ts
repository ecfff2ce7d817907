// The session-11 reviewer's cases (own words, written against the new detectors and guards): compliant
// replies the new structure must leave alone, and violations a new guard must not clear.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const flagged = (text: string, buyerMessage?: string) => checkMessage(text, { buyerMessage }).some((f) => f.severity !== 'info');

describe('compliant replies next to the new detectors', () => {
  it.each([
    // a refund back to the buyer's own payment method names the payment service
    'Your refund has been issued and will go back to your original payment method (PayPal) within 3-5 business days.',
    'Die Erstattung erfolgt auf Ihre ursprüngliche Zahlungsart, in Ihrem Fall PayPal.',
    'Da Sie per Überweisung bezahlt haben, dauert die Erstattung etwas länger als bei Kreditkarte.',
    'Il rimborso di 12 euro è stato emesso sul metodo di pagamento originale, cioè PayPal.',
    // someone else's survey or form
    'If DHL emails you a survey about the delivery, please just ignore it if you prefer.',
    'Merci de remplir le questionnaire de la douane joint par le transporteur pour débloquer le colis.',
    'Por favor, preencha o questionário de garantia do fabricante que vem na caixa.',
    '配送業者からアンケートが届いた場合は、ご回答は任意ですのでご放念ください。',
    // an assessment by a technician or the maker, the seller's opinion, a product's stars
    '¿Podría enviarnos una foto para que nuestro técnico haga una valoración del daño?',
    "N'hésitez pas à nous contacter si vous souhaitez notre avis sur la taille à choisir.",
    'Lasci caricare la lampada: le stelle compariranno sul soffitto dopo pochi secondi.',
    'Poderia nos enviar a nota da compra para acionarmos a garantia?',
    'Könnten Sie uns ein Foto schicken, damit unser Techniker den Schaden beurteilen kann?',
  ])('quiet: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('violations a new guard must not clear', () => {
  it.each([
    // thanks for feedback on something else, then an ask
    'Vielen Dank für Ihr Feedback zum Versand, hinterlassen Sie uns doch eine Bewertung auf Amazon.',
    'Gracias por su opinión sobre el envío, déjenos una reseña en Amazon.',
    'Obrigado pelo comentário sobre a entrega, deixe uma avaliação na Amazon.',
    // "not much / nothing else", then the ask
    "We won't ask for anything else, just add us on WhatsApp at our shop name.",
    'Non chiediamo mai troppo, solo il suo numero di cellulare personale per il nostro archivio.',
    // a pronoun after a carrier, but the channel is the seller's
    'The order ships with GLS. It will also contain our Telegram link for exclusive deals.',
    // instead of Amazon's checkout
    'Instead of paying at checkout, send us the money via PayPal and get 10% off.',
    // Subscribe & Save named, but the offer is the seller's
    'Subscribe & Save is nice, but our newsletter gives you 30% off every month.',
    // the seller asks for the ID itself
    'Please send us a photo of your passport and your date of birth, it will be required at customs.',
    // "we can only ask"
    'Non possiamo che chiederle di lasciare una recensione.',
  ])('flagged: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it("Amazon's review mail used as a nudge stays flagged even when the buyer asked about it", () => {
    const buyer = 'Did you send me a review email?';
    expect(flagged('Yes, that mail is sent by Amazon, so leave us a review there when you get it.', buyer)).toBe(true);
    expect(flagged('That email came from Amazon, and we\'d be thrilled if you left us 5 stars there.', buyer)).toBe(true);
  });
});
