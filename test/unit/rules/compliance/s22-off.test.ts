// Session 22, off helper: money and conversations taken off Amazon (s22 blind c). Our own sentences: paraphrases of the
// batch's causes, variants in the other languages each rule serves, and near-misses that must stay clean.
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../../rules/compliance';

const rules = (text: string, buyerMessage?: string) =>
  [...new Set(checkMessage(text, buyerMessage === undefined ? {} : { buyerMessage }).map((f) => f.rule))].sort();

describe('s22 off: the buyer\'s bank data asked for a refund is money off Amazon', () => {
  it.each([
    ['For the partial refund we need your IBAN and the account holder\'s name.'],
    ['Glad to refund the postage. Could you send me your account number and routing number? I will wire it tomorrow.'],
    ['Für die Erstattung der Versandkosten brauchen wir Ihre Bankverbindung.'],
    ['Pour vous rembourser la différence, merci de nous communiquer votre RIB.'],
    ['Para la devolución del importe necesitamos tu número de cuenta y el titular.'],
    ['Per il rimborso della spedizione ci serve il suo IBAN.'],
    ['Para estornar o frete precisamos dos seus dados bancários: banco, agência e conta.'],
    ['送料の返金のため、口座番号をお知らせください。'],
  ])('%s -> offplatform + personal_data', (text) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data']));
  });

  it.each([
    ['The refund reaches your bank account within three days.'],
    ['We never need your IBAN for a refund: Amazon sends it back to your payment method.'],
    ['Der Betrag wurde über Amazon erstattet, Ihre Bankverbindung brauchen wir nicht.'],
    ['返金はAmazonから行いましたので、口座情報のご連絡は不要です。'],
  ])('%s -> no offplatform', (text) => expect(rules(text)).not.toContain('offplatform'));

  it('a bank account asked for a warranty, with no money sent back, stays personal data only (no rule reads it as a payment)', () => {
    const found = checkMessage('Per attivare la garanzia ci mandi il suo IBAN.', {});
    expect(found.filter((f) => f.rule === 'offplatform' && f.severity === 'block')).toEqual([]);
    expect(found.map((f) => f.rule)).toContain('personal_data');
  });

  it('the bank details said not to be needed are not asked', () => {
    expect(rules('ご返金はAmazonを通じて手続きしました。口座情報などは必要ありません。')).toEqual([]);
  });
});

describe('s22 off: the buyer\'s id on a payment service asked for the money', () => {
  it.each([
    ['Am schnellsten geht die Rückzahlung per PayPal - schicken Sie mir Ihre PayPal-Adresse, dann überweise ich heute.'],
    ['Je vous rembourse par Lydia : envoyez-moi le numéro associé à votre compte.'],
    ['Te devuelvo los 12 € por Bizum, solo necesito el móvil que tengas vinculado.'],
    ['Le restituisco i 9 € con Satispay, mi dica il numero collegato al suo profilo.'],
    ['I can refund the $15 over Zelle, just send the phone number linked to it.'],
  ])('%s -> personal_data', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data'])));

  it('a number of the order is no payee', () => {
    expect(rules('Wir erstatten über Amazon; die Bestellnummer, die mit Ihrem Konto verknüpft ist, genügt.')).not.toContain('personal_data');
  });
});

describe('s22 off: a messenger group or channel of the seller\'s with deals is a promotion', () => {
  it.each([
    ['We run a Telegram group for grinder owners with cleaning tips and early offers.'],
    ['Wir haben eine WhatsApp-Gruppe für Besitzer des Mixers, dort posten wir Rezepte und Angebote.'],
    ['Nous avons un canal Telegram avec des astuces et des offres réservées aux membres.'],
    ['Tenemos un grupo de WhatsApp con recetas y ofertas para los dueños de la olla.'],
    ['Abbiamo un canale Telegram con consigli e offerte in anteprima.'],
    ['Temos um grupo no WhatsApp com dicas e promoções para quem comprou a panela.'],
  ])('%s -> marketing', (text) => expect(rules(text)).toContain('marketing'));

  it('the buyer\'s number asked to add them is personal data', () => {
    expect(rules('We have a WhatsApp group with tips and deals for owners - send your number and I will add you.')).toContain('personal_data');
  });

  it.each([
    ['We have a group of technicians who answer questions within a day.'],
    ['Abbiamo un gruppo di tecnici che risponde alle domande.'],
    ['Wir haben eine Gruppe von Testern, die jedes Gerät vor dem Versand prüfen.'],
  ])('%s -> clean (no messenger named)', (text) => expect(rules(text)).toEqual([]));
});

describe('s22 off: an item sold cheaper or for a price through a payment app is marketing', () => {
  it.each([
    ['Den passenden Deckel gebe ich Ihnen für 12 € statt 18 €, wenn Sie per PayPal Freunde zahlen.'],
    ['La housse assortie est à 15 € au lieu de 22 € si vous payez par Lydia.'],
    ['Si quieres otra jarra igual para la oficina, te la dejo en 25 € pagando por Bizum.'],
  ])('%s -> marketing + offplatform', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['marketing', 'offplatform'])));

  it('a spare part for a price through the app is the payment only', () => {
    expect(rules('El repuesto te lo dejo en 5 € por Bizum y lo envío hoy.')).not.toContain('marketing');
  });

  it('a Pix key that is a mobile number is a phone and a payment off Amazon', () => {
    expect(rules('Custa R$ 30, o Pix é a chave 21987654321 e eu envio hoje.')).toEqual(expect.arrayContaining(['offplatform', 'phone']));
  });
});

describe('s22 off: the buyer\'s personal e-mail asked "for the carrier"', () => {
  it.each([
    ['Pour que le transporteur vous contacte, envoyez-moi votre adresse mail personnelle.'],
    ['Para o entregador falar com você, preciso do seu telefone particular.'],
  ])('%s -> offplatform + personal_data', (text) => expect(rules(text)).toEqual(expect.arrayContaining(['offplatform', 'personal_data'])));

  it.each([
    ['Nous ne vous demandons pas votre adresse mail personnelle.'],
    ['Não precisamos do seu e-mail pessoal, seguimos por aqui.'],
  ])('%s -> clean', (text) => expect(rules(text)).toEqual([]));

  it('sending to the buyer\'s mail after the buyer asked for it accepts the channel', () => {
    expect(rules('Certo, gliela mando sulla sua mail.', 'Me la invia alla mia mail personale?')).toContain('offplatform');
    expect(rules('Certo, gliela mando qui nei messaggi.', 'Me la invia qui?')).toEqual([]);
  });
});

describe('s22 off: refusals of a sale or a payment off Amazon stay clean', () => {
  it.each([
    ['Fuera de Amazon no podemos venderte piezas, lo siento. Pídela en la misma ficha.', '¿Me vendes la pieza directamente?'],
    ['Fuori da Amazon non possiamo accettare pagamenti, ci scusi.', 'Posso pagarla a parte?'],
    ['Fora da Amazon não podemos vender nada, desculpe.', 'Vende separado?'],
    ['Lo siento, no aceptamos pagos fuera de Amazon, tampoco por Bizum.', '¿Te pago por Bizum?'],
  ])('%s -> clean', (text, buyer) => expect(rules(text, buyer)).toEqual([]));

  it('a deal proposed outside Amazon is still found', () => {
    expect(rules('Fuera de Amazon te lo dejo más barato.')).toContain('offplatform');
    expect(rules('Possiamo chiudere la vendita fuori da Amazon.')).toContain('offplatform');
  });
});
